//! The instance's front page (its conventions) and a convention's home page: its facts, the
//! next meeting and whether one may register for it, who holds the offices and seats today, the
//! latest documents the reader may read, the deadlines of the next 90 days, and the participation
//! counts. Nothing here writes.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;

use super::deadlines::obligation_label;
use super::{ShownDate, render};
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::views::listing::{self, ListParams, name_in, today};
use crate::views::meetings::{MeetingOut, meetings_of, registration_today, upcoming_and_past};
use crate::views::offices::load;
use crate::views::records::newest_documents_for;
use crate::{AppState, WebError};
use axum::Router;
use axum::routing::get;
use treatydesk_domain::office::Post;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(index))
        .route("/{code}", get(convention))
}

#[derive(Clone)]
pub struct ConventionCard {
    pub code: String,
    pub short_name: String,
    pub name: String,
}

#[derive(Template)]
#[template(path = "index.html")]
struct IndexPage {
    ctx: Ctx,
    code: String,
    conventions: Vec<ConventionCard>,
    /// Each convention's next meeting, office holders, latest documents and deadlines.
    summaries: Vec<(ConventionCard, Summary)>,
}

/// At most this many documents and deadlines per convention on the front page.
const FRONT_ROWS: usize = 3;

pub async fn index(ctx: Ctx, State(state): State<AppState>) -> Result<Response, WebError> {
    let today = today();
    let mut conventions = Vec::new();
    let mut summaries = Vec::new();
    for c in state.store.conventions().await?.iter() {
        let card = ConventionCard {
            code: c.code.clone(),
            short_name: c.short_name.clone(),
            name: convention_name(&ctx, c),
        };
        summaries.push((
            card.clone(),
            summary(&state, &ctx, c, today, FRONT_ROWS).await?,
        ));
        conventions.push(card);
    }
    // Conventions with something on record lead; the others follow in one line each.
    summaries.sort_by_key(|(_, s)| s.is_empty());
    render(&IndexPage {
        ctx,
        code: String::new(),
        conventions,
        summaries,
    })
}

pub struct Count {
    pub slug: &'static str,
    pub label: String,
    pub count: usize,
}

#[derive(Template)]
#[template(path = "convention.html")]
struct ConventionPage {
    ctx: Ctx,
    code: String,
    name: String,
    short_name: String,
    adopted_on: Option<ShownDate>,
    opened_on: Option<ShownDate>,
    in_force_on: Option<ShownDate>,
    depositary: String,
    as_of: ShownDate,
    counts: Vec<Count>,
    total: usize,
    participation_note: String,
    s: Summary,
}

/// What a convention's home and the front page lead with (issue 18 item 6).
pub struct Summary {
    next: Option<NextMeeting>,
    /// Offices (the President, the President-Designate...) held today.
    offices: Vec<HolderRow>,
    /// Seats (Coordinators, Co-Chairs...) held today.
    seats: Vec<HolderRow>,
    documents: Vec<DocumentRow>,
    deadlines: Vec<DeadlineRow>,
    /// An office is shown with its last holder on record (nobody holds it today on record).
    last_on_record: bool,
}

impl Summary {
    /// Nothing to lead with: no meeting ahead, no holder, no document, no deadline.
    pub fn is_empty(&self) -> bool {
        self.next.is_none()
            && self.offices.is_empty()
            && self.seats.is_empty()
            && self.documents.is_empty()
            && self.deadlines.is_empty()
    }
}

/// The summary of convention `c` on `today`, with at most `rows` documents and deadlines.
async fn summary(
    state: &AppState,
    ctx: &Ctx,
    c: &treatydesk_store::entities::convention::Model,
    today: time::Date,
    rows: usize,
) -> Result<Summary, WebError> {
    let next = next_meeting(state, ctx, c, today).await?;
    let (offices, seats) = holders(state, ctx, c, today).await?;
    let documents = newest_documents_for(state, ctx, c, rows)
        .await?
        .into_iter()
        .map(|d| DocumentRow {
            issued: ctx.iso(&d.issued_on),
            title: d.title_for(ctx.lang),
            id: d.id,
            symbol: d.symbol,
        })
        .collect();
    let obligations = state.store.obligations(c).await?;
    let deadlines = state
        .store
        .upcoming(c, today, today + time::Duration::days(DEADLINES_AHEAD_DAYS))
        .await?
        .into_iter()
        .take(rows)
        .map(|(actor, d)| DeadlineRow {
            state: name_in(&actor, ctx.lang).to_string(),
            iso3: actor.code,
            obligation: obligation_label(ctx, &obligations, &d.obligation),
            due: ctx.date(d.due_on),
        })
        .collect();
    Ok(Summary {
        last_on_record: offices.iter().any(|r| r.last_on_record),
        next,
        offices,
        seats,
        documents,
        deadlines,
    })
}

/// The next meeting that is not the Coordination Committee's, with its registration.
struct NextMeeting {
    m: MeetingOut,
    opens: Option<ShownDate>,
    closes: Option<ShownDate>,
    /// The registration's state in a sentence: not open, opens on, open until, closed.
    registration: String,
    /// Registering is possible today.
    may_register: bool,
}

/// An office or seat and who holds it today.
struct HolderRow {
    post: String,
    holder: String,
    /// The holder's State page, when the holder is a State.
    state: Option<String>,
    until: Option<ShownDate>,
    /// Nobody holds the office today on record: this is its last holder on record.
    last_on_record: bool,
}

struct DocumentRow {
    id: i32,
    symbol: String,
    title: crate::views::records::ShownTitle,
    issued: ShownDate,
}

struct DeadlineRow {
    iso3: String,
    state: String,
    obligation: String,
    due: ShownDate,
}

/// How far ahead the home page lists deadlines.
const DEADLINES_AHEAD_DAYS: i64 = 90;
/// At most this many documents and deadlines on the home page.
const HOME_ROWS: usize = 8;

pub async fn convention(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(params): Query<ListParams>,
) -> Result<Response, WebError> {
    let filters = ListParams {
        as_of: params.as_of,
        ..Default::default()
    }
    .check()?;
    let listing = listing::load(&state.store, &code, filters, ctx.lang).await?;
    let c = &listing.convention;
    let counts = listing
        .counts
        .iter()
        .map(|(status, count)| Count {
            slug: status.slug(),
            label: ctx.status_label(*status),
            count: *count,
        })
        .collect();
    let s = summary(&state, &ctx, c, today(), HOME_ROWS).await?;
    let page = ConventionPage {
        s,
        name: convention_name(&ctx, c),
        short_name: c.short_name.clone(),
        adopted_on: ctx.opt_date(c.adopted_on),
        opened_on: ctx.opt_date(c.opened_for_signature_on),
        in_force_on: listing
            .rules
            .entry_into_force
            .map(|r| ctx.date(r.convention_entry_into_force())),
        depositary: c.depositary.clone(),
        as_of: ctx.date(listing.filters.as_of),
        counts,
        total: listing.total,
        participation_note: c.participation_note.clone(),
        code: c.code.clone(),
        ctx,
    };
    render(&page)
}

async fn next_meeting(
    state: &AppState,
    ctx: &Ctx,
    c: &treatydesk_store::entities::convention::Model,
    today: time::Date,
) -> Result<Option<NextMeeting>, WebError> {
    let all = meetings_of(state, &c.code, None).await?;
    let (upcoming, _) = upcoming_and_past(&all.meetings, &today.to_string());
    let Some(mut m) = upcoming
        .into_iter()
        .find(|m| m.kind != treatydesk_domain::meeting::MeetingKind::CoordinationCommittee.slug())
    else {
        return Ok(None);
    };
    m.kind_name = ctx.term(&c.code, &m.kind_name);
    let row = state.store.meeting(c, &m.label).await?;
    let (registration, may_register) = registration_today(state, ctx, &row, today).await?;
    Ok(Some(NextMeeting {
        opens: m.opens_on.as_deref().map(|d| ctx.iso(d)),
        closes: m
            .closes_on
            .as_deref()
            .filter(|c| Some(*c) != m.opens_on.as_deref())
            .map(|d| ctx.iso(d)),
        registration,
        may_register,
        m,
    }))
}

/// The offices and the seats of the architecture in force today, with their holders; vacant
/// ones are left out.
async fn holders(
    state: &AppState,
    ctx: &Ctx,
    c: &treatydesk_store::entities::convention::Model,
    today: time::Date,
) -> Result<(Vec<HolderRow>, Vec<HolderRow>), WebError> {
    let record = load(state, &c.code).await?.for_reader(ctx);
    let architecture = record.architecture_on(today)?;
    let row = |post: String, h: &crate::views::offices::HolderOut| HolderRow {
        post,
        holder: h.name.clone(),
        state: h.is_state.then(|| h.actor.clone()),
        until: h.end.as_deref().map(|d| ctx.iso(d)),
        last_on_record: false,
    };
    let mut offices: Vec<HolderRow> = architecture
        .offices
        .iter()
        .filter_map(|o| o.holder.as_ref().map(|h| row(o.name.clone(), h)))
        .collect();
    if offices.is_empty() {
        // Nobody holds an office on record today (the record stops before today): the last
        // holder on record, said to be so, rather than nothing or a guess.
        let last = record
            .record
            .terms()
            .into_iter()
            .filter(|t| matches!(t.post, Post::Office(_)) && t.start <= today)
            .max_by_key(|t| t.start);
        if let Some(t) = last {
            let mut r = row(record.post_name(&t.post), &record.holder(&t));
            r.last_on_record = true;
            offices.push(r);
        }
    }
    let mut seats = Vec::new();
    for body in &architecture.bodies {
        for seat in &body.seats {
            if let Some(h) = &seat.holder {
                seats.push(row(format!("{} — {}", body.name, seat.title), h));
            }
        }
    }
    Ok((offices, seats))
}
