//! The States Parties: the filtered list (page and CSV) and one page per State with its
//! participation history and profile.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::{ParticipationStatus, ProfileKind, UnGroup};

use super::{Choice, ShownDate, render};
use crate::ctx::Ctx;
use crate::extract::AsOf;
use crate::extract::convention_name;
use crate::views::listing::{self, ListParams, name_in};
use crate::{AppState, WebError};
use axum::Router;
use axum::routing::get;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/states", get(list))
        .route("/{code}/states.csv", get(csv_export))
        .route("/{code}/states/{iso3}", get(state))
}

pub struct Row {
    pub iso3: String,
    pub name: String,
    pub group: String,
    pub status_slug: &'static str,
    pub status: String,
    pub signed_on: Option<ShownDate>,
    pub deposited_on: Option<ShownDate>,
    pub deposit_kind: String,
    pub in_force_on: Option<ShownDate>,
    pub profiles: String,
}

pub struct CountLink {
    pub label: String,
    pub count: usize,
    pub href: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "states.html")]
struct StatesPage {
    ctx: Ctx,
    code: String,
    convention: String,
    rows: Vec<Row>,
    counts: Vec<CountLink>,
    statuses: Vec<Choice>,
    groups: Vec<Choice>,
    profiles: Vec<Choice>,
    q: String,
    as_of: ShownDate,
    shown: usize,
    total: usize,
    csv_href: String,
    participation_note: String,
}

fn choices<T: Copy + PartialEq>(
    all: &[T],
    selected: Option<T>,
    slug: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> String,
) -> Vec<Choice> {
    all.iter()
        .map(|v| Choice {
            value: slug(*v).to_string(),
            label: label(*v),
            selected: selected == Some(*v),
        })
        .collect()
}

fn query_without(params: &ListParams, drop_status: bool) -> String {
    let mut parts = Vec::new();
    let mut push = |k: &str, v: &str| {
        if !v.trim().is_empty() {
            parts.push(format!("{k}={}", crate::error::url_encode(v.trim())));
        }
    };
    if !drop_status {
        push("status", &params.status);
    }
    push("group", &params.group);
    push("profile", &params.profile);
    push("q", &params.q);
    push("as_of", &params.as_of);
    parts.join("&")
}

pub async fn list(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(params): Query<ListParams>,
) -> Result<Response, WebError> {
    let filters = params.check()?;
    let listing = listing::load(&state.store, &code, filters, ctx.lang).await?;
    let f = &listing.filters;
    let base = query_without(&params, true);
    let counts = listing
        .counts
        .iter()
        .map(|(status, count)| CountLink {
            label: ctx.status_label(*status),
            count: *count,
            href: format!(
                "/{code}/states?status={}{}{}",
                status.slug(),
                if base.is_empty() { "" } else { "&" },
                base
            ),
            current: f.status == Some(*status),
        })
        .collect();
    let rows = listing
        .rows
        .iter()
        .map(|r| {
            let p = &r.record.participation;
            Row {
                iso3: r.record.actor.code.clone(),
                name: name_in(&r.record.actor, ctx.lang).to_string(),
                group: ctx.group_label(r.group),
                status_slug: r.status.slug(),
                status: ctx.status_label(r.status),
                signed_on: ctx.opt_date(p.signed_on),
                deposited_on: ctx.opt_date(p.deposited_on),
                deposit_kind: p
                    .deposit_kind
                    .map(|k| ctx.t(&format!("deposit-{}", k.as_str())))
                    .unwrap_or_default(),
                in_force_on: ctx.opt_date(p.in_force_on),
                profiles: r
                    .profile_kinds()
                    .iter()
                    .map(|k| ctx.profile_label(*k))
                    .collect::<Vec<_>>()
                    .join(", "),
            }
        })
        .collect();
    let full_query = query_without(&params, false);
    let page = StatesPage {
        convention: convention_name(&ctx, &listing.convention),
        statuses: choices(
            &ParticipationStatus::FILTERABLE,
            f.status,
            |s| s.slug(),
            |s| ctx.status_label(s),
        ),
        groups: choices(
            &UnGroup::ALL,
            f.group,
            |g| g.slug(),
            |g| ctx.group_label(Some(g)),
        ),
        profiles: choices(
            &ProfileKind::ALL,
            f.profile,
            |p| p.slug(),
            |p| ctx.profile_label(p),
        ),
        q: f.q.clone(),
        as_of: ctx.date(f.as_of),
        shown: listing.rows.len(),
        total: listing.total,
        csv_href: format!(
            "/{code}/states.csv{}{}",
            if full_query.is_empty() { "" } else { "?" },
            full_query
        ),
        participation_note: listing.convention.participation_note.clone(),
        code: listing.convention.code.clone(),
        rows,
        counts,
        ctx,
    };
    render(&page)
}

pub async fn csv_export(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(params): Query<ListParams>,
) -> Result<Response, WebError> {
    let filters = params.check()?;
    let listing = listing::load(&state.store, &code, filters, ctx.lang).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let opt = |d: Option<time::Date>| d.map(format_date).unwrap_or_default();
    let write = |out: &mut csv::Writer<Vec<u8>>, row: &[String]| {
        out.write_record(row.iter().map(|v| crate::limits::csv_cell(v).into_owned()))
            .map_err(|e| WebError::Internal(format!("cannot write the CSV: {e}")))
    };
    write(
        &mut out,
        &[
            "iso3",
            "iso2",
            "state",
            "un_group",
            "status",
            "as_of",
            "signature_date",
            "deposit_date",
            "deposit_kind",
            "entry_into_force_date",
            "withdrawal_notice_date",
            "withdrawal_effective_date",
            "profile",
            "note",
        ]
        .map(String::from),
    )?;
    let as_of = format_date(listing.filters.as_of);
    for r in &listing.rows {
        let p = &r.record.participation;
        write(
            &mut out,
            &[
                r.record.actor.code.clone(),
                r.record.actor.iso2.clone().unwrap_or_default(),
                name_in(&r.record.actor, ctx.lang).to_string(),
                r.group.map(|g| g.slug().to_string()).unwrap_or_default(),
                r.status.slug().to_string(),
                as_of.clone(),
                opt(p.signed_on),
                opt(p.deposited_on),
                p.deposit_kind
                    .map(|k| k.as_str().to_string())
                    .unwrap_or_default(),
                opt(p.in_force_on),
                opt(p.withdrawal_notified_on),
                opt(p.withdrawal_effective_on),
                r.profile_kinds()
                    .iter()
                    .map(|k| k.slug())
                    .collect::<Vec<_>>()
                    .join(";"),
                p.note.clone(),
            ],
        )?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| WebError::Internal(format!("cannot write the CSV: {e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{code}-states-{as_of}.csv\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

pub struct Event {
    pub label: String,
    pub date: ShownDate,
    pub note: String,
}

pub struct ProfileRow {
    pub kind: String,
    pub from: Option<ShownDate>,
    pub until: Option<ShownDate>,
    pub holds: bool,
    pub source: String,
}

#[derive(Template)]
#[template(path = "state.html")]
struct StatePage {
    ctx: Ctx,
    code: String,
    convention: String,
    iso3: String,
    iso2: String,
    name: String,
    other_names: Vec<(String, String)>,
    group: String,
    as_of: ShownDate,
    status: Option<String>,
    status_slug: &'static str,
    events: Vec<Event>,
    note: String,
    profile: Vec<ProfileRow>,
    seats: Vec<SeatHeld>,
    participation_note: String,
    /// The State's next deadline as of the date (issue 16), and whether it owes any.
    next_deadline: Option<super::deadlines::DeadlineView>,
    has_obligations: bool,
}

/// A seat or office the State held (terms computed from the record of appointments).
pub struct SeatHeld {
    pub post: String,
    pub seat: Option<String>,
    pub start: ShownDate,
    pub end: Option<ShownDate>,
    pub expected: bool,
}

pub async fn state(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    Query(q): Query<AsOf>,
) -> Result<Response, WebError> {
    let as_of = listing::as_of(&q.as_of)?;
    let convention = crate::extract::convention(&state.store, &code).await?;
    let rules = treatydesk_store::registry::rules_of(&convention)?;
    let actor = listing::state_actor(&state.store, &iso3).await?;
    let participation = state.store.state_record(&convention, &actor).await?;
    let profile = state.store.profile(&convention, &actor).await?;
    let (record, _) = state.store.offices(&convention).await?;
    let seats = record
        .terms_of(&actor.code)
        .iter()
        .map(|t| SeatHeld {
            post: record.post_name(&t.post),
            seat: match &t.post {
                treatydesk_domain::office::Post::Seat(k) => Some(k.clone()),
                treatydesk_domain::office::Post::Office(_) => None,
            },
            start: ctx.date(t.start),
            end: t.end.date().map(|d| ctx.date(d)),
            expected: matches!(t.end, treatydesk_domain::office::TermEnd::Expected(_)),
        })
        .collect();
    let mut events = Vec::new();
    let mut status = None;
    let mut status_slug = "";
    let mut note = String::new();
    if let Some(p) = &participation {
        let s = p.status_on(as_of, rules.withdrawal);
        status = Some(ctx.status_label(s));
        status_slug = s.slug();
        note = p.note.clone();
        let mut push = |key: &str, date: Option<time::Date>, note: String| {
            if let Some(d) = date {
                events.push(Event {
                    label: ctx.t(key),
                    date: ctx.date(d),
                    note,
                });
            }
        };
        push("event-signature", p.signed_on, String::new());
        push(
            match p.deposit_kind {
                Some(treatydesk_domain::DepositKind::Accession) => "event-accession",
                _ => "event-ratification",
            },
            p.deposited_on,
            String::new(),
        );
        push(
            "event-entry-into-force",
            p.in_force_on,
            ctx.t("event-computed-art17"),
        );
        push(
            "event-withdrawal-notice",
            p.withdrawal_notified_on,
            String::new(),
        );
        push(
            "event-withdrawal-effective",
            p.withdrawal_effective_on,
            if p.withdrawal_notified_on.is_some() {
                ctx.t("event-computed-art20")
            } else {
                String::new()
            },
        );
    }
    let profile = profile
        .iter()
        .map(|e| ProfileRow {
            kind: ctx.profile_label(e.kind),
            from: ctx.opt_date(e.from),
            until: ctx.opt_date(e.until),
            holds: e.holds_on(as_of),
            source: e.source.clone(),
        })
        .collect();
    let obligations =
        crate::views::obligations::load_state(&state, &convention.code, &actor.code, as_of).await?;
    let next_deadline = super::deadlines::next_view(&ctx, &obligations);
    let has_obligations = !obligations.deadlines.is_empty();
    let other_names = treatydesk_domain::Lang::ALL
        .iter()
        .filter(|l| **l != ctx.lang)
        .map(|l| (l.code().to_string(), name_in(&actor, *l).to_string()))
        .collect();
    let page = StatePage {
        convention: convention_name(&ctx, &convention),
        code: convention.code.clone(),
        iso3: actor.code.clone(),
        iso2: actor.iso2.clone().unwrap_or_default(),
        name: name_in(&actor, ctx.lang).to_string(),
        other_names,
        group: ctx.group_label(actor.un_group.as_deref().and_then(UnGroup::from_slug)),
        as_of: ctx.date(as_of),
        status,
        status_slug,
        events,
        note,
        profile,
        seats,
        participation_note: convention.participation_note.clone(),
        next_deadline,
        has_obligations,
        ctx,
    };
    render(&page)
}
