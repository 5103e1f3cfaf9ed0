//! Obligations of States (issue 16): each State's deadlines as of a date (page, JSON API and an
//! iCalendar feed of what is still owed), the convention's public overdue list (page and API),
//! and the ISU recording a submission (a form with CSRF, and the JSON API).
//!
//! Everyone reads deadlines and the overdue list: whether a State met a deadline is public. A
//! submission's document reference is shown only to readers who reach its access level, and the
//! record of submissions (who recorded what, and why) only to ISU staff. Writes go through the
//! store's audited `record_submission`; this module never writes otherwise.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Form, Json, Router};
use serde::{Deserialize, Serialize};
use time::Date;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::calendar::{format_date, parse_date};
use treatydesk_domain::obligation::{
    Deadline, DeadlineStatus, DueRule, Obligation, SubmissionKind, next_deadline,
};
use treatydesk_store::StoreError;
use treatydesk_store::entities::{actor, convention};
use treatydesk_store::ical::{FeedEvent, write_feed};
use treatydesk_store::obligations::{NewSubmission, SubmissionRecord};
use utoipa::ToSchema;

use super::{Choice, ShownDate, render_form};
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::listing::{self, name_in};
use crate::pages::home::convention_name;
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/obligations/overdue", get(overdue_page))
        .route(
            "/{code}/states/{iso3}/obligations",
            get(state_page).post(record_form),
        )
        .route("/{code}/states/{iso3}/obligations.ics", get(state_ics))
}

pub fn api_routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/conventions/{code}/obligations/overdue",
            get(overdue_api),
        )
        .route(
            "/api/v1/conventions/{code}/states/{iso3}/obligations",
            get(state_api).post(record_api),
        )
}

#[derive(Deserialize, Default)]
pub struct AsOfQuery {
    #[serde(default)]
    pub as_of: String,
}

// ---------------------------------------------------------------------------------------------
// Read models shared by the pages and the API.

/// One deadline as a page shows it.
pub struct DeadlineView {
    pub obligation: String,
    pub name: String,
    pub article: String,
    pub period: Option<i32>,
    pub due: ShownDate,
    pub status_slug: &'static str,
    pub status: String,
    pub submitted: Option<ShownDate>,
    /// The document reference, when the reader may see it.
    pub reference: Option<String>,
    pub restricted: bool,
    pub basis: String,
}

fn obligation_of<'a>(obligations: &'a [Obligation], key: &str) -> Option<&'a Obligation> {
    obligations.iter().find(|o| o.key == key)
}

/// The basis of a deadline as a sentence in the reader's language.
pub fn basis_text(ctx: &Ctx, d: &Deadline) -> String {
    let b = &d.basis;
    let eif = ctx.date(b.entry_into_force).text;
    let article = b.article.as_str();
    let mut text = match &b.rule {
        DueRule::DaysAfterEntryIntoForce { days } => crate::i18n::tr_args(
            ctx.lang,
            "ob-basis-days",
            &[
                ("article", article),
                ("days", &days.to_string()),
                ("eif", &eif),
            ],
        ),
        DueRule::YearsAfterEntryIntoForce { years } => crate::i18n::tr_args(
            ctx.lang,
            "ob-basis-years",
            &[
                ("article", article),
                ("years", &years.to_string()),
                ("eif", &eif),
            ],
        ),
        DueRule::Annually { .. } => {
            let day = ctx.date(d.due_on).text;
            // "30 April": the day and month of the due date, without its year.
            let date = day
                .rsplit_once(' ')
                .map(|(dm, _)| dm.trim_end_matches(" de").to_string())
                .unwrap_or(day);
            crate::i18n::tr_args(
                ctx.lang,
                "ob-basis-annual",
                &[("article", article), ("date", &date)],
            )
        }
    };
    if let Some(p) = b.profile {
        text.push(' ');
        text.push_str(&ctx.ts("ob-basis-profile", &ctx.profile_label(p)));
    }
    if let Some(e) = b.extended_to {
        text.push(' ');
        text.push_str(&ctx.ts("ob-basis-extended", &ctx.date(e).text));
    }
    text
}

/// The current report submission a deadline was met by, if any.
fn met_by<'a>(subs: &'a [SubmissionRecord], d: &Deadline) -> Option<&'a SubmissionRecord> {
    let on = d.submitted_on?;
    subs.iter().find(|s| {
        s.superseded_by.is_none()
            && s.kind == SubmissionKind::Report
            && s.obligation == d.obligation
            && s.period == d.period
            && s.received_on == on
    })
}

/// The reference of the submission that met `d`, when `ctx` may read it; and whether it is
/// hidden from this reader.
fn visible_reference(
    ctx: &Ctx,
    code: &str,
    subs: &[SubmissionRecord],
    d: &Deadline,
) -> (Option<String>, bool) {
    match met_by(subs, d) {
        Some(s) if ctx.viewer.can_read(code, s.access) => (Some(s.reference.clone()), false),
        Some(_) => (None, true),
        None => (None, false),
    }
}

fn view(
    ctx: &Ctx,
    code: &str,
    obligations: &[Obligation],
    subs: &[SubmissionRecord],
    d: &Deadline,
) -> DeadlineView {
    let (reference, restricted) = visible_reference(ctx, code, subs, d);
    DeadlineView {
        obligation: d.obligation.clone(),
        name: obligation_of(obligations, &d.obligation)
            .map(|o| o.name.get(ctx.lang).to_string())
            .unwrap_or_else(|| d.obligation.clone()),
        article: d.article.clone(),
        period: d.period,
        due: ctx.date(d.due_on),
        status_slug: d.status.slug(),
        status: ctx.t(&format!("ob-status-{}", d.status.slug())),
        submitted: ctx.opt_date(d.submitted_on),
        reference,
        restricted,
        basis: basis_text(ctx, d),
    }
}

/// What the State page and the API read: the convention, the State, its deadlines as of a date,
/// the obligations and its submissions.
pub struct StateObligations {
    pub convention: convention::Model,
    pub actor: actor::Model,
    pub as_of: Date,
    pub in_force_on: Option<Date>,
    pub obligations: Vec<Obligation>,
    pub deadlines: Vec<Deadline>,
    pub submissions: Vec<SubmissionRecord>,
}

pub async fn load_state(
    state: &AppState,
    code: &str,
    iso3: &str,
    as_of: Date,
) -> Result<StateObligations, WebError> {
    let convention = listing::convention(&state.store, code).await?;
    let actor = listing::state_actor(&state.store, iso3).await?;
    let computed = state
        .store
        .state_deadlines(&convention, &actor, as_of)
        .await?;
    let obligations = state.store.obligations(&convention).await?;
    let submissions = state.store.submissions(&convention, &actor, false).await?;
    let (in_force_on, deadlines) = match computed {
        Some(c) => (c.in_force_on, c.deadlines),
        None => (None, Vec::new()),
    };
    Ok(StateObligations {
        convention,
        actor,
        as_of,
        in_force_on,
        obligations,
        deadlines,
        submissions,
    })
}

/// The State's next deadline as the State page shows it.
pub fn next_view(ctx: &Ctx, s: &StateObligations) -> Option<DeadlineView> {
    next_deadline(&s.deadlines)
        .map(|d| view(ctx, &s.convention.code, &s.obligations, &s.submissions, d))
}

// ---------------------------------------------------------------------------------------------
// Pages.

/// A submission in the ISU's list.
pub struct SubmissionRow {
    pub id: i32,
    pub obligation: String,
    pub kind: String,
    pub period: Option<i32>,
    pub received: ShownDate,
    pub extended_to: Option<ShownDate>,
    pub reference: String,
    pub access: String,
    pub superseded: bool,
    pub recorded_by: String,
    pub reason: String,
}

/// The recording form as typed.
#[derive(Deserialize, Default, Clone)]
pub struct RecordForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    obligation: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    period: String,
    #[serde(default)]
    received_on: String,
    #[serde(default)]
    extended_to: String,
    #[serde(default)]
    reference: String,
    #[serde(default)]
    access: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    reason: String,
}

#[derive(Template)]
#[template(path = "obligations_state.html")]
struct StatePage {
    ctx: Ctx,
    code: String,
    convention: String,
    iso3: String,
    name: String,
    as_of: ShownDate,
    in_force_on: Option<ShownDate>,
    next: Option<DeadlineView>,
    deadlines: Vec<DeadlineView>,
    may_record: bool,
    submissions: Vec<SubmissionRow>,
    obligation_choices: Vec<Choice>,
    kind_choices: Vec<Choice>,
    access_choices: Vec<Choice>,
    form: RecordForm,
    problems: Vec<String>,
}

async fn state_view(
    ctx: Ctx,
    state: &AppState,
    code: &str,
    iso3: &str,
    as_of: Date,
    form: RecordForm,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let s = load_state(state, code, iso3, as_of).await?;
    let c = &s.convention.code;
    let may_record = ctx.viewer.can_read(c, AccessLevel::Isu);
    let deadlines = s
        .deadlines
        .iter()
        .rev()
        .map(|d| view(&ctx, c, &s.obligations, &s.submissions, d))
        .collect();
    let submissions = if may_record {
        s.submissions
            .iter()
            .map(|r| SubmissionRow {
                id: r.id,
                obligation: obligation_of(&s.obligations, &r.obligation)
                    .map(|o| format!("{} ({})", o.name.get(ctx.lang), o.article))
                    .unwrap_or_else(|| r.obligation.clone()),
                kind: ctx.t(&format!("ob-kind-{}", r.kind.slug())),
                period: r.period,
                received: ctx.date(r.received_on),
                extended_to: ctx.opt_date(r.extended_to),
                reference: r.reference.clone(),
                access: ctx.t(&format!("mtg-level-{}", r.access.slug())),
                superseded: r.superseded_by.is_some(),
                recorded_by: r.recorded_by.clone(),
                reason: r.reason.clone(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let obligation_choices = s
        .obligations
        .iter()
        .map(|o| Choice {
            value: o.key.clone(),
            label: format!("{} ({})", o.name.get(ctx.lang), o.article),
            selected: o.key == form.obligation,
        })
        .collect();
    let kind_choices = Choice::translated(
        &ctx,
        "ob-kind-",
        SubmissionKind::ALL.iter().map(|k| k.slug()),
        if form.kind.is_empty() {
            "report"
        } else {
            &form.kind
        },
    );
    let access_choices = Choice::translated(
        &ctx,
        "mtg-level-",
        AccessLevel::ALL.iter().map(|a| a.slug()),
        if form.access.is_empty() {
            "public"
        } else {
            &form.access
        },
    );
    let refused = !problems.is_empty();
    let page = StatePage {
        convention: convention_name(&ctx, &s.convention),
        code: s.convention.code.clone(),
        iso3: s.actor.code.clone(),
        name: name_in(&s.actor, ctx.lang).to_string(),
        as_of: ctx.date(as_of),
        in_force_on: ctx.opt_date(s.in_force_on),
        next: next_view(&ctx, &s),
        deadlines,
        may_record,
        submissions,
        obligation_choices,
        kind_choices,
        access_choices,
        form,
        problems,
        ctx,
    };
    render_form(&page, refused)
}

pub async fn state_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    Query(q): Query<AsOfQuery>,
) -> Result<Response, WebError> {
    let as_of = listing::as_of(&q.as_of)?;
    state_view(
        ctx,
        &state,
        &code,
        &iso3,
        as_of,
        RecordForm::default(),
        Vec::new(),
    )
    .await
}

/// The typed form as a submission; every problem as a sentence.
fn parse_form(form: &RecordForm) -> Result<NewSubmission, Vec<String>> {
    let mut problems = Vec::new();
    let kind = SubmissionKind::from_slug(form.kind.trim());
    if kind.is_none() {
        problems.push("choose what was received: a report or an extension granted".to_string());
    }
    let date_field = |raw: &str, what: &str, problems: &mut Vec<String>| match raw.trim() {
        "" => None,
        t => {
            let d = parse_date(t);
            if d.is_none() {
                problems.push(format!("{what} \"{t}\" is not a date (YYYY-MM-DD)"));
            }
            d
        }
    };
    let received_on = date_field(&form.received_on, "the date received", &mut problems);
    if form.received_on.trim().is_empty() {
        problems.push("give the date the report was received (or the extension decided)".into());
    }
    let extended_to = date_field(&form.extended_to, "the new deadline", &mut problems);
    let period = match form.period.trim() {
        "" => None,
        t => match t.parse::<i32>() {
            Ok(y) => Some(y),
            Err(_) => {
                problems.push(format!("the year covered \"{t}\" is not a year"));
                None
            }
        },
    };
    let access = AccessLevel::from_slug(form.access.trim());
    if access.is_none() {
        problems.push("choose who may read the reference".to_string());
    }
    match (kind, received_on, access) {
        (Some(kind), Some(received_on), Some(access)) if problems.is_empty() => Ok(NewSubmission {
            obligation: form.obligation.trim().to_string(),
            kind,
            period,
            received_on,
            extended_to,
            reference: form.reference.clone(),
            access,
            note: form.note.clone(),
        }),
        _ => Err(problems),
    }
}

pub async fn record_form(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    Form(form): Form<RecordForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let c = listing::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let actor = listing::state_actor(&state.store, &iso3).await?;
    let today = listing::today();
    let new = match parse_form(&form) {
        Ok(n) => n,
        Err(p) => return state_view(ctx, &state, &code, &iso3, today, form, p).await,
    };
    let reason = match form.reason.trim() {
        "" => "record a submission".to_string(),
        r => r.to_string(),
    };
    match state
        .store
        .record_submission(&ctx.author(reason), &c, &actor, new)
        .await
    {
        Ok(_) => Ok(
            Redirect::to(&format!("/{}/states/{}/obligations", c.code, actor.code)).into_response(),
        ),
        Err(StoreError::Invalid(p)) => state_view(ctx, &state, &code, &iso3, today, form, p).await,
        Err(e) => Err(e.into()),
    }
}

/// One row of the overdue list: a State's overdue deadlines under one obligation.
pub struct OverdueGroup {
    pub iso3: String,
    pub state: String,
    pub obligation: String,
    pub article: String,
    pub periods: String,
    pub due: ShownDate,
    pub days: i64,
    pub count: usize,
    pub basis: String,
}

#[derive(Template)]
#[template(path = "obligations_overdue.html")]
struct OverduePage {
    ctx: Ctx,
    code: String,
    convention: String,
    as_of: ShownDate,
    total: usize,
    groups: Vec<OverdueGroup>,
    participation_note: String,
}

pub async fn overdue_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AsOfQuery>,
) -> Result<Response, WebError> {
    let as_of = listing::as_of(&q.as_of)?;
    let c = listing::convention(&state.store, &code).await?;
    let obligations = state.store.obligations(&c).await?;
    let rows = state.store.overdue(&c, as_of).await?;
    let mut groups: Vec<OverdueGroup> = Vec::new();
    for row in &rows {
        let key = (&row.actor.code, &row.deadline.obligation);
        if let Some(g) = groups
            .iter_mut()
            .find(|g| (&g.iso3, &g.obligation) == (key.0, key.1))
        {
            g.count += 1;
            if let Some(p) = row.deadline.period {
                g.periods.push_str(&format!(", {p}"));
            }
            continue;
        }
        groups.push(OverdueGroup {
            iso3: row.actor.code.clone(),
            state: name_in(&row.actor, ctx.lang).to_string(),
            obligation: row.deadline.obligation.clone(),
            article: obligation_of(&obligations, &row.deadline.obligation)
                .map(|o| format!("{} ({})", o.name.get(ctx.lang), o.article))
                .unwrap_or_else(|| row.deadline.article.clone()),
            periods: row
                .deadline
                .period
                .map(|p| p.to_string())
                .unwrap_or_default(),
            due: ctx.date(row.deadline.due_on),
            days: row.days_overdue,
            count: 1,
            basis: basis_text(&ctx, &row.deadline),
        });
    }
    let page = OverduePage {
        convention: convention_name(&ctx, &c),
        code: c.code.clone(),
        as_of: ctx.date(as_of),
        total: rows.len(),
        groups,
        participation_note: c.participation_note.clone(),
        ctx,
    };
    render_form(&page, false)
}

/// Upcoming and overdue deadlines of one State as a calendar (one all-day event on each due
/// date); deadlines met are left out.
pub async fn state_ics(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let iso3 = iso3.trim_end_matches(".ics").to_string();
    let s = load_state(&state, &code, &iso3, listing::today()).await?;
    let name = name_in(&s.actor, ctx.lang).to_string();
    let events: Vec<FeedEvent> = s
        .deadlines
        .iter()
        .filter(|d| matches!(d.status, DeadlineStatus::Upcoming | DeadlineStatus::Overdue))
        .map(|d| {
            let ob = obligation_of(&s.obligations, &d.obligation);
            let title = ob
                .map(|o| o.name.get(ctx.lang).to_string())
                .unwrap_or_else(|| d.obligation.clone());
            let period = d.period.map(|p| format!(" {p}")).unwrap_or_default();
            FeedEvent {
                uid: format!(
                    "{}{}.{}.{}@treatydesk",
                    d.obligation,
                    d.period.map(|p| format!("-{p}")).unwrap_or_default(),
                    s.actor.code,
                    s.convention.code
                ),
                title: format!("{name}: {title}{period} ({})", d.article),
                venue: String::new(),
                opens_on: d.due_on,
                closes_on: d.due_on,
                // A feed's URL must be absolute and the server does not know its public address.
                url: None,
                description: basis_text(&ctx, d),
            }
        })
        .collect();
    let body = write_feed(
        &format!(
            "{} {}: {}",
            s.convention.short_name,
            name,
            ctx.t("ob-heading")
        ),
        &events,
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "inline; filename=\"{}-{}-obligations.ics\"",
                    s.convention.code, s.actor.code
                ),
            ),
        ],
        body,
    )
        .into_response())
}

// ---------------------------------------------------------------------------------------------
// The JSON API.

#[derive(Serialize, ToSchema)]
pub struct DeadlineOut {
    /// The obligation's key in the convention's preset (art7-initial, art3-destruction ...).
    pub obligation: String,
    pub article: String,
    /// The obligation's English name.
    pub name: String,
    /// For a yearly report: the calendar year covered.
    pub period: Option<i32>,
    /// YYYY-MM-DD, after any extension granted by `as_of`.
    pub due_on: String,
    /// YYYY-MM-DD, as the rule gives it before any extension.
    pub original_due_on: String,
    /// met, met-late, overdue or upcoming
    pub status: String,
    pub submitted_on: Option<String>,
    /// The document reference (absent when none, or when above the reader's level).
    pub reference: Option<String>,
    /// The article and the rule, as an English sentence.
    pub basis: String,
}

#[derive(Serialize, ToSchema)]
pub struct SubmissionOut {
    pub id: i32,
    pub state: String,
    pub obligation: String,
    /// report or extension-granted
    pub kind: String,
    pub period: Option<i32>,
    pub received_on: String,
    pub extended_to: Option<String>,
    pub reference: String,
    /// public, states-parties, committee or isu
    pub access: String,
    pub supersedes: Option<i32>,
    pub superseded_by: Option<i32>,
    pub recorded_by: String,
}

#[derive(Serialize, ToSchema)]
pub struct StateObligationsOut {
    pub convention: String,
    pub state: String,
    pub as_of: String,
    pub in_force_on: Option<String>,
    pub next: Option<DeadlineOut>,
    /// Oldest first.
    pub deadlines: Vec<DeadlineOut>,
    /// Every submission on record, corrected ones included (ISU staff only; empty otherwise).
    pub submissions: Vec<SubmissionOut>,
}

#[derive(Serialize, ToSchema)]
pub struct OverdueItemOut {
    pub state: String,
    pub state_name: String,
    pub obligation: String,
    pub article: String,
    pub period: Option<i32>,
    pub due_on: String,
    pub days_overdue: i64,
    pub basis: String,
}

#[derive(Serialize, ToSchema)]
pub struct OverdueOut {
    pub convention: String,
    pub as_of: String,
    pub count: usize,
    /// Longest overdue first.
    pub overdue: Vec<OverdueItemOut>,
}

fn deadline_out(ctx: &Ctx, s: &StateObligations, d: &Deadline) -> DeadlineOut {
    let (reference, _) = visible_reference(ctx, &s.convention.code, &s.submissions, d);
    DeadlineOut {
        obligation: d.obligation.clone(),
        article: d.article.clone(),
        name: obligation_of(&s.obligations, &d.obligation)
            .map(|o| o.name.en.clone())
            .unwrap_or_default(),
        period: d.period,
        due_on: format_date(d.due_on),
        original_due_on: format_date(d.original_due_on),
        status: d.status.slug().to_string(),
        submitted_on: d.submitted_on.map(format_date),
        reference,
        basis: d.basis.sentence_en(),
    }
}

fn submission_out(r: &SubmissionRecord) -> SubmissionOut {
    SubmissionOut {
        id: r.id,
        state: r.state.clone(),
        obligation: r.obligation.clone(),
        kind: r.kind.slug().to_string(),
        period: r.period,
        received_on: format_date(r.received_on),
        extended_to: r.extended_to.map(format_date),
        reference: r.reference.clone(),
        access: r.access.slug().to_string(),
        supersedes: r.supersedes,
        superseded_by: r.superseded_by,
        recorded_by: r.recorded_by.clone(),
    }
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/states/{iso3}/obligations", tag = "obligations",
    params(("code" = String, Path), ("iso3" = String, Path, description = "the State, e.g. NGA"),
        ("as_of" = Option<String>, Query, format = Date, description = "YYYY-MM-DD; today when absent")),
    responses((status = 200, description = "The State's deadlines as of the date, with their basis", body = StateObligationsOut)))]
pub async fn state_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    Query(q): Query<AsOfQuery>,
) -> Result<Json<StateObligationsOut>, ApiError> {
    let as_of = listing::as_of(&q.as_of)?;
    let s = load_state(&state, &code, &iso3, as_of).await?;
    let isu = ctx.viewer.can_read(&s.convention.code, AccessLevel::Isu);
    Ok(Json(StateObligationsOut {
        convention: s.convention.code.clone(),
        state: s.actor.code.clone(),
        as_of: format_date(as_of),
        in_force_on: s.in_force_on.map(format_date),
        next: next_deadline(&s.deadlines).map(|d| deadline_out(&ctx, &s, d)),
        deadlines: s
            .deadlines
            .iter()
            .map(|d| deadline_out(&ctx, &s, d))
            .collect(),
        submissions: if isu {
            s.submissions.iter().map(submission_out).collect()
        } else {
            Vec::new()
        },
    }))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/obligations/overdue", tag = "obligations",
    params(("code" = String, Path),
        ("as_of" = Option<String>, Query, format = Date, description = "YYYY-MM-DD; today when absent")),
    responses((status = 200, description = "Every deadline overdue on the date, as the rules compute it from the record", body = OverdueOut)))]
pub async fn overdue_api(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AsOfQuery>,
) -> Result<Json<OverdueOut>, ApiError> {
    let as_of = listing::as_of(&q.as_of)?;
    let c = listing::convention(&state.store, &code).await?;
    let rows = state.store.overdue(&c, as_of).await?;
    Ok(Json(OverdueOut {
        convention: c.code.clone(),
        as_of: format_date(as_of),
        count: rows.len(),
        overdue: rows
            .iter()
            .map(|r| OverdueItemOut {
                state: r.actor.code.clone(),
                state_name: r.actor.name_en.clone(),
                obligation: r.deadline.obligation.clone(),
                article: r.deadline.article.clone(),
                period: r.deadline.period,
                due_on: format_date(r.deadline.due_on),
                days_overdue: r.days_overdue,
                basis: r.deadline.basis.sentence_en(),
            })
            .collect(),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct SubmissionIn {
    /// The obligation's key (art7-initial, art7-annual, art3-destruction ...).
    pub obligation: String,
    /// report (the default) or extension-granted
    #[serde(default)]
    pub kind: Option<String>,
    /// For a yearly report: the calendar year covered.
    #[serde(default)]
    pub period: Option<i32>,
    /// YYYY-MM-DD
    pub received_on: String,
    /// For an extension granted: the new deadline, YYYY-MM-DD.
    #[serde(default)]
    pub extended_to: Option<String>,
    pub reference: String,
    /// public (the default), states-parties, committee or isu
    #[serde(default)]
    pub access: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    /// Why, kept in the audit log.
    #[serde(default)]
    pub reason: Option<String>,
}

/// The header a signed-in client sends its session's CSRF token in.
pub const CSRF_HEADER: &str = "x-csrf-token";

#[utoipa::path(post, path = "/api/v1/conventions/{code}/states/{iso3}/obligations", tag = "obligations",
    params(("code" = String, Path), ("iso3" = String, Path, description = "the State, e.g. NGA"),
        ("x-csrf-token" = String, Header, description = "the session's CSRF token")),
    request_body = SubmissionIn,
    responses((status = 201, description = "Recorded (audited)", body = SubmissionOut),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only, or the CSRF token is missing"),
        (status = 422, description = "The submission breaks a rule; every reason is listed")))]
pub async fn record_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    headers: HeaderMap,
    body: Result<Json<SubmissionIn>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, ApiError> {
    let c = listing::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let token = headers
        .get(CSRF_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    ctx.check_csrf(token)?;
    let Json(body) = body.map_err(|e| WebError::BadRequest(e.body_text()))?;
    let actor = listing::state_actor(&state.store, &iso3).await?;
    let form = RecordForm {
        csrf: String::new(),
        obligation: body.obligation,
        kind: body.kind.unwrap_or_else(|| "report".into()),
        period: body.period.map(|p| p.to_string()).unwrap_or_default(),
        received_on: body.received_on,
        extended_to: body.extended_to.unwrap_or_default(),
        reference: body.reference,
        access: body.access.unwrap_or_else(|| "public".into()),
        note: body.note.unwrap_or_default(),
        reason: body.reason.unwrap_or_default(),
    };
    let new = parse_form(&form).map_err(StoreError::Invalid)?;
    let reason = match form.reason.trim() {
        "" => "record a submission".to_string(),
        r => r.to_string(),
    };
    let saved = state
        .store
        .record_submission(&ctx.author(reason), &c, &actor, new)
        .await?;
    Ok((StatusCode::CREATED, Json(submission_out(&saved))).into_response())
}
