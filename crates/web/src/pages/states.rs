//! The States Parties: the filtered list (page and CSV) and one page per State with its
//! participation history and profile. ISU staff record there a signature, a deposit, a
//! withdrawal notice, a correction of the record and profile periods (issue 12 item 4); the
//! entry into force and the effective withdrawal are computed by the store, never typed.
//!
//! It must never write except through the store's audited participation and profile calls,
//! never let anyone below ISU staff write, and never lose what was typed when it refuses (422
//! with the form as typed).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::{AccessLevel, ParticipationStatus, ProfileKind, UnGroup};
use treatydesk_store::StoreError;

use super::{Choice, ShownDate, render, render_form};
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::views::listing::{self, ListParams, name_in};
use crate::views::participation::{
    EventIn, ParticipationCorrectionIn, ProfileEntryIn, correction, event, profile_entry,
};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/states", get(list))
        .route("/{code}/states.csv", get(csv_export))
        .route("/{code}/states/note", post(set_note))
        .route("/{code}/states/{iso3}", get(state))
        .route("/{code}/states/{iso3}/participation", post(record_event))
        .route(
            "/{code}/states/{iso3}/participation/correct",
            post(correct_record),
        )
        .route("/{code}/states/{iso3}/profile", post(record_profile))
        .route(
            "/{code}/states/{iso3}/profile/correct",
            post(correct_profile),
        )
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
    /// ISU staff set the note on the list (issue 19 item 3 and the rules' partial list).
    may_write: bool,
    note: NoteForm,
    note_problems: Vec<String>,
}

/// The form saying whether the participation list is partial, as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct NoteForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub reason: String,
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
    list_page(ctx, &state, &code, &params, None, Vec::new()).await
}

/// ISU staff say what the participation list holds when it is partial, or empty it when the
/// list is complete; a refusal shows the list again with the note as typed.
pub async fn set_note(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Form(form): Form<NoteForm>,
) -> Result<Response, WebError> {
    let c = isu_of(&ctx, &state, &code, &form.csrf).await?;
    match state
        .store
        .set_participation_note(&ctx.author(form.reason.trim()), &c, &form.note)
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/{}/states", c.code)).into_response()),
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            let mut page = list_page(
                ctx,
                &state,
                &code,
                &ListParams::default(),
                Some(form),
                problems,
            )
            .await?;
            *page.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(page)
        }
        Err(e) => Err(e.into()),
    }
}

async fn list_page(
    ctx: Ctx,
    state: &AppState,
    code: &str,
    params: &ListParams,
    typed: Option<NoteForm>,
    note_problems: Vec<String>,
) -> Result<Response, WebError> {
    let filters = params.check()?;
    let listing = listing::load(&state.store, code, filters, ctx.lang).await?;
    let f = &listing.filters;
    let base = query_without(params, true);
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
    let full_query = query_without(params, false);
    let may_write = ctx
        .viewer
        .can_read(&listing.convention.code, AccessLevel::Isu);
    let note = typed.unwrap_or_else(|| NoteForm {
        note: listing.convention.participation_note.clone(),
        ..NoteForm::default()
    });
    let page = StatesPage {
        may_write,
        note,
        note_problems,
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
    pub id: i32,
    pub kind: String,
    pub from: Option<ShownDate>,
    pub until: Option<ShownDate>,
    pub holds: bool,
    pub source: String,
    /// Why it was recorded or corrected.
    pub reason: String,
    /// The entry that corrects this one (a corrected entry is kept, never overwritten).
    pub superseded_by: Option<i32>,
    /// Who recorded it: for ISU staff only.
    pub by: String,
}

/// One revision of the participation record, as the history table shows it.
pub struct RevisionRow {
    pub revision: i32,
    pub at: ShownDate,
    pub signed_on: Option<ShownDate>,
    pub deposited: String,
    pub in_force_on: Option<ShownDate>,
    pub withdrawal_effective_on: Option<ShownDate>,
    pub reason: String,
    /// Who recorded it: for ISU staff only.
    pub by: String,
}

#[derive(Deserialize, Default, Clone)]
pub struct EventForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    event: String,
    #[serde(default)]
    on: String,
    #[serde(default)]
    deposit_kind: String,
    #[serde(default)]
    effective_on: String,
}

#[derive(Deserialize, Default, Clone)]
pub struct CorrectionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    signed_on: String,
    #[serde(default)]
    deposited_on: String,
    #[serde(default)]
    deposit_kind: String,
    #[serde(default)]
    withdrawal_notified_on: String,
    #[serde(default)]
    withdrawal_effective_on: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    reason: String,
}

#[derive(Deserialize, Default, Clone)]
pub struct ProfileForm {
    #[serde(default)]
    csrf: String,
    /// The entry corrected (the correction form only).
    #[serde(default)]
    entry: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    until: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    reason: String,
}

impl ProfileForm {
    fn input(&self) -> ProfileEntryIn {
        ProfileEntryIn {
            kind: self.kind.clone(),
            from: self.from.clone(),
            until: self.until.clone(),
            source: self.source.clone(),
            reason: self.reason.clone(),
        }
    }
}

#[derive(Deserialize, Default)]
pub struct StateQuery {
    #[serde(default)]
    as_of: String,
    #[serde(default)]
    saved: String,
}

/// What was typed in the form that was refused, and why.
#[derive(Default)]
struct Typed {
    event: EventForm,
    correction: Option<CorrectionForm>,
    profile: ProfileForm,
    profile_fix: ProfileForm,
    /// `event`, `correction`, `profile` or `profile-fix`.
    refused: &'static str,
    problems: Vec<String>,
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
    revisions: Vec<RevisionRow>,
    corrected_profile: Vec<ProfileRow>,
    saved: bool,
    may_write: bool,
    events_offered: Vec<Choice>,
    deposit_kinds: Vec<Choice>,
    correction_kinds: Vec<Choice>,
    profile_kinds: Vec<Choice>,
    profile_fix_kinds: Vec<Choice>,
    entries: Vec<Choice>,
    event: EventForm,
    correction: CorrectionForm,
    profile_form: ProfileForm,
    profile_fix: ProfileForm,
    refused: &'static str,
    problems: Vec<String>,
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
    Query(q): Query<StateQuery>,
) -> Result<Response, WebError> {
    state_page(ctx, &state, &code, &iso3, &q, Typed::default()).await
}

fn choice(value: &str, label: String, selected: &str) -> Choice {
    Choice {
        selected: value == selected,
        value: value.to_string(),
        label,
    }
}

fn kind_choices(ctx: &Ctx, selected: &str) -> Vec<Choice> {
    ProfileKind::ALL
        .iter()
        .map(|k| choice(k.slug(), ctx.profile_label(*k), selected))
        .collect()
}

fn deposit_choices(ctx: &Ctx, selected: &str) -> Vec<Choice> {
    let mut out = vec![choice("", ctx.t("st-none"), selected)];
    out.extend(
        ["ratification", "accession"]
            .iter()
            .map(|k| choice(k, ctx.t(&format!("deposit-{k}")), selected)),
    );
    out
}

async fn state_page(
    ctx: Ctx,
    state: &AppState,
    code: &str,
    iso3: &str,
    q: &StateQuery,
    typed: Typed,
) -> Result<Response, WebError> {
    let as_of = listing::as_of(&q.as_of)?;
    let convention = crate::extract::convention(&state.store, code).await?;
    let rules = treatydesk_store::registry::rules_of(&convention)?;
    let actor = listing::state_actor(&state.store, iso3).await?;
    let participation = state.store.state_record(&convention, &actor).await?;
    let kept = state
        .store
        .profile_history(&convention, &actor.code)
        .await?;
    let may_write = ctx.viewer.can_read(&convention.code, AccessLevel::Isu);
    let (record, _) = state.store.offices(&convention).await?;
    let seats = record
        .terms_of(&actor.code)
        .iter()
        .map(|t| SeatHeld {
            post: record.post_name_in(&t.post, &|s| ctx.term(&convention.code, s)),
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
    let profile_row = |e: &treatydesk_store::entities::profile_entry::Model| {
        let kind = ProfileKind::from_slug(&e.kind);
        let holds = kind.is_some_and(|kind| {
            treatydesk_domain::ProfileEntry {
                kind,
                from: e.from_date,
                until: e.until_date,
                source: String::new(),
            }
            .holds_on(as_of)
        });
        ProfileRow {
            id: e.id,
            kind: kind.map_or_else(|| e.kind.clone(), |k| ctx.profile_label(k)),
            from: ctx.opt_date(e.from_date),
            until: ctx.opt_date(e.until_date),
            holds,
            source: e.source.clone(),
            reason: e.reason.clone(),
            superseded_by: e.superseded_by,
            by: if may_write {
                e.recorded_by.clone()
            } else {
                String::new()
            },
        }
    };
    let mut current: Vec<&treatydesk_store::entities::profile_entry::Model> =
        kept.iter().filter(|e| e.superseded_by.is_none()).collect();
    current.sort_by_key(|e| (e.from_date, e.id));
    let profile: Vec<ProfileRow> = current.iter().map(|e| profile_row(e)).collect();
    let corrected_profile = kept
        .iter()
        .filter(|e| e.superseded_by.is_some())
        .map(profile_row)
        .collect();
    let revisions = state
        .store
        .participation_history(&convention, &actor.code)
        .await?
        .iter()
        .rev()
        .map(|r| {
            let p = &r.participation;
            RevisionRow {
                revision: r.revision,
                at: ctx.date(r.at.date()),
                signed_on: ctx.opt_date(p.signed_on),
                deposited: match (p.deposited_on, p.deposit_kind) {
                    (Some(d), Some(k)) => format!(
                        "{} ({})",
                        ctx.date(d).text,
                        ctx.t(&format!("deposit-{}", k.as_str()))
                    ),
                    (Some(d), None) => ctx.date(d).text,
                    _ => String::new(),
                },
                in_force_on: ctx.opt_date(p.in_force_on),
                withdrawal_effective_on: ctx.opt_date(p.withdrawal_effective_on),
                reason: r.reason.clone(),
                by: if may_write {
                    r.who.clone()
                } else {
                    String::new()
                },
            }
        })
        .collect();
    // The correction form starts from the record as it stands; a later effective date of
    // withdrawal only where the record has one the rule would not give.
    let correction = typed.correction.unwrap_or_else(|| {
        let iso = |d: Option<time::Date>| d.map(format_date).unwrap_or_default();
        participation
            .as_ref()
            .map_or_else(CorrectionForm::default, |p| CorrectionForm {
                signed_on: iso(p.signed_on),
                deposited_on: iso(p.deposited_on),
                deposit_kind: p
                    .deposit_kind
                    .map(|k| k.as_str().to_string())
                    .unwrap_or_default(),
                withdrawal_notified_on: iso(p.withdrawal_notified_on),
                withdrawal_effective_on: match (p.withdrawal_notified_on, rules.withdrawal) {
                    (Some(n), Some(w)) if p.withdrawal_effective_on != Some(w.effective_on(n)) => {
                        iso(p.withdrawal_effective_on)
                    }
                    _ => String::new(),
                },
                note: p.note.clone(),
                ..CorrectionForm::default()
            })
    });
    let events_offered = ["signature", "deposit", "withdrawal-notice"]
        .iter()
        .map(|e| choice(e, ctx.t(&format!("st-event-{e}")), &typed.event.event))
        .collect();
    let entries = current
        .iter()
        .map(|e| {
            let label = ProfileKind::from_slug(&e.kind)
                .map_or_else(|| e.kind.clone(), |k| ctx.profile_label(k));
            let from = e.from_date.map(|d| ctx.date(d).text).unwrap_or_default();
            choice(
                &e.id.to_string(),
                format!("#{} {label} {from}", e.id),
                &typed.profile_fix.entry,
            )
        })
        .collect();

    let obligations =
        crate::views::obligations::load_state(state, &convention.code, &actor.code, as_of).await?;
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
        revisions,
        corrected_profile,
        saved: q.saved == "1",
        may_write,
        events_offered,
        deposit_kinds: deposit_choices(&ctx, &typed.event.deposit_kind),
        correction_kinds: deposit_choices(&ctx, &correction.deposit_kind),
        profile_kinds: kind_choices(&ctx, &typed.profile.kind),
        profile_fix_kinds: kind_choices(&ctx, &typed.profile_fix.kind),
        entries,
        event: typed.event,
        correction,
        profile_form: typed.profile,
        profile_fix: typed.profile_fix,
        refused: typed.refused,
        problems: typed.problems,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

/// After a write: the State page again, or, when the store refused, the page with the form as
/// typed and every problem (422). A conflict (the event is already on record) is a problem too.
async fn answer(
    ctx: Ctx,
    state: &AppState,
    code: &str,
    iso3: &str,
    outcome: Result<(), StoreError>,
    typed: impl FnOnce(Vec<String>) -> Typed,
) -> Result<Response, WebError> {
    match outcome {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{code}/states/{}?saved=1",
            iso3.trim().to_uppercase()
        ))
        .into_response()),
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            state_page(
                ctx,
                state,
                code,
                iso3,
                &StateQuery::default(),
                typed(problems),
            )
            .await
        }
        Err(StoreError::Conflict(problem)) => {
            let problem = crate::views::findings::problem_in(ctx.lang, &problem);
            state_page(
                ctx,
                state,
                code,
                iso3,
                &StateQuery::default(),
                typed(vec![problem]),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// Checks the CSRF token and that the reader is ISU staff of the convention.
async fn isu_of(
    ctx: &Ctx,
    state: &AppState,
    code: &str,
    csrf: &str,
) -> Result<treatydesk_store::entities::convention::Model, WebError> {
    ctx.check_csrf(csrf)?;
    let c = crate::extract::convention(&state.store, code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    Ok(c)
}

pub async fn record_event(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    Form(form): Form<EventForm>,
) -> Result<Response, WebError> {
    let c = isu_of(&ctx, &state, &code, &form.csrf).await?;
    let input = EventIn {
        event: form.event.clone(),
        on: form.on.clone(),
        deposit_kind: form.deposit_kind.clone(),
        effective_on: form.effective_on.clone(),
    };
    let outcome = match event(&input) {
        Ok(e) => state
            .store
            .record_participation_event(&ctx.author("record a participation event"), &c, &iso3, e)
            .await
            .map(|_| ()),
        Err(p) => Err(StoreError::Invalid(p)),
    };
    answer(ctx, &state, &code, &iso3, outcome, |problems| Typed {
        event: form,
        refused: "event",
        problems,
        ..Typed::default()
    })
    .await
}

pub async fn correct_record(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    Form(form): Form<CorrectionForm>,
) -> Result<Response, WebError> {
    let c = isu_of(&ctx, &state, &code, &form.csrf).await?;
    let input = ParticipationCorrectionIn {
        signed_on: form.signed_on.clone(),
        deposited_on: form.deposited_on.clone(),
        deposit_kind: form.deposit_kind.clone(),
        withdrawal_notified_on: form.withdrawal_notified_on.clone(),
        withdrawal_effective_on: form.withdrawal_effective_on.clone(),
        note: form.note.clone(),
        reason: form.reason.clone(),
    };
    let outcome = match correction(&input) {
        Ok(facts) => state
            .store
            .correct_participation(&ctx.author(form.reason.trim()), &c, &iso3, facts)
            .await
            .map(|_| ()),
        Err(p) => Err(StoreError::Invalid(p)),
    };
    answer(ctx, &state, &code, &iso3, outcome, |problems| Typed {
        correction: Some(form),
        refused: "correction",
        problems,
        ..Typed::default()
    })
    .await
}

pub async fn record_profile(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    Form(form): Form<ProfileForm>,
) -> Result<Response, WebError> {
    let c = isu_of(&ctx, &state, &code, &form.csrf).await?;
    let reason = match form.reason.trim() {
        "" => "record a profile period",
        r => r,
    };
    let outcome = match profile_entry(&form.input()) {
        Ok(entry) => state
            .store
            .record_profile_entry(&ctx.author(reason), &c, &iso3, entry)
            .await
            .map(|_| ()),
        Err(p) => Err(StoreError::Invalid(p)),
    };
    answer(ctx, &state, &code, &iso3, outcome, |problems| Typed {
        profile: form,
        refused: "profile",
        problems,
        ..Typed::default()
    })
    .await
}

pub async fn correct_profile(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    Form(form): Form<ProfileForm>,
) -> Result<Response, WebError> {
    let c = isu_of(&ctx, &state, &code, &form.csrf).await?;
    let actor = listing::state_actor(&state.store, &iso3).await?;
    let kept = state.store.profile_history(&c, &actor.code).await?;
    let entry_id = form
        .entry
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|id| kept.iter().any(|e| e.id == *id));
    let outcome = match (entry_id, profile_entry(&form.input())) {
        (Some(id), Ok(entry)) => state
            .store
            .correct_profile_entry(&ctx.author(form.reason.trim()), &c, id, entry)
            .await
            .map(|_| ()),
        (None, parsed) => {
            let mut problems = vec![crate::views::findings::problem(
                treatydesk_domain::finding::Message::new("refuse-profile-choose"),
            )];
            problems.extend(parsed.err().unwrap_or_default());
            Err(StoreError::Invalid(problems))
        }
        (_, Err(p)) => Err(StoreError::Invalid(p)),
    };
    answer(ctx, &state, &code, &iso3, outcome, |problems| Typed {
        profile_fix: form,
        refused: "profile-fix",
        problems,
        ..Typed::default()
    })
    .await
}
