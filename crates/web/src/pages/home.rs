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
use crate::views::meetings::{MeetingOut, meetings_of, upcoming_and_past};
use crate::views::offices::load;
use crate::views::records::documents_for;
use crate::{AppState, WebError};
use axum::Router;
use axum::routing::get;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(index))
        .route("/{code}", get(convention))
}

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
}

pub async fn index(ctx: Ctx, State(state): State<AppState>) -> Result<Response, WebError> {
    let conventions = state
        .store
        .conventions()
        .await?
        .iter()
        .map(|c| ConventionCard {
            code: c.code.clone(),
            short_name: c.short_name.clone(),
            name: convention_name(&ctx, c),
        })
        .collect();
    render(&IndexPage {
        ctx,
        code: String::new(),
        conventions,
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
    next: Option<NextMeeting>,
    holders: Vec<HolderRow>,
    documents: Vec<DocumentRow>,
    deadlines: Vec<DeadlineRow>,
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
}

struct DocumentRow {
    id: i32,
    symbol: String,
    title: String,
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
    let today = today();
    let next = next_meeting(&state, &ctx, c, today).await?;
    let holders = holders(&state, &ctx, c, today).await?;
    let mut documents = documents_for(&state, &ctx, c).await?;
    documents.sort_by(|a, b| b.issued_on.cmp(&a.issued_on).then(b.id.cmp(&a.id)));
    let documents = documents
        .into_iter()
        .take(HOME_ROWS)
        .map(|d| DocumentRow {
            issued: ctx.iso(&d.issued_on),
            id: d.id,
            symbol: d.symbol,
            title: d.title,
        })
        .collect();
    let obligations = state.store.obligations(c).await?;
    let deadlines = state
        .store
        .upcoming(c, today, today + time::Duration::days(DEADLINES_AHEAD_DAYS))
        .await?
        .into_iter()
        .take(HOME_ROWS)
        .map(|(actor, d)| DeadlineRow {
            state: name_in(&actor, ctx.lang).to_string(),
            iso3: actor.code,
            obligation: obligation_label(&ctx, &obligations, &d.obligation),
            due: ctx.date(d.due_on),
        })
        .collect();
    let page = ConventionPage {
        next,
        holders,
        documents,
        deadlines,
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
    let settings = state.store.registration_settings(&row).await?;
    let (registration, may_register) = match settings {
        None => (ctx.t("home-reg-not-open"), false),
        Some(s) => match (s.opens_on, s.deadline) {
            (Some(o), _) if today < o => (ctx.ts("home-reg-opens", &ctx.date(o).text), false),
            (_, Some(d)) if today > d => (ctx.ts("home-reg-closed", &ctx.date(d).text), false),
            (_, Some(d)) => (ctx.ts("home-reg-open-until", &ctx.date(d).text), true),
            (_, None) => (ctx.t("home-reg-open"), true),
        },
    };
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
) -> Result<Vec<HolderRow>, WebError> {
    let record = load(state, &c.code).await?.for_reader(ctx);
    let architecture = record.architecture_on(today)?;
    let row = |post: String, h: &crate::views::offices::HolderOut| HolderRow {
        post,
        holder: h.name.clone(),
        state: h.is_state.then(|| h.actor.clone()),
        until: h.end.as_deref().map(|d| ctx.iso(d)),
    };
    let mut rows: Vec<HolderRow> = architecture
        .offices
        .iter()
        .filter_map(|o| o.holder.as_ref().map(|h| row(o.name.clone(), h)))
        .collect();
    for body in &architecture.bodies {
        for seat in &body.seats {
            if let Some(h) = &seat.holder {
                rows.push(row(format!("{} — {}", body.name, seat.title), h));
            }
        }
    }
    Ok(rows)
}
