//! Obligations of States (issue 16), the pages: a State's deadlines as of a date (with its
//! next deadline, each deadline's basis and, for ISU staff, the recording form and the record of
//! submissions) and the convention's public overdue list.
//!
//! Everyone reads them; only ISU staff record (CSRF-checked, audited by the store). A
//! submission's reference shows only at its access level.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Form, Router};
use serde::Deserialize;
use time::Date;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::obligation::SubmissionKind;
use treatydesk_store::StoreError;

use super::deadlines::{DeadlineView, basis, next_view, obligation_label, view};
use super::{Choice, ShownDate, render_form};
use crate::ctx::Ctx;
use crate::extract::{AsOf, convention_name};
use crate::views::listing::{self, name_in};
use crate::views::obligations::{SubmissionFields, load_state};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/obligations/overdue", get(overdue_page))
        .route(
            "/{code}/states/{iso3}/obligations",
            get(state_page).post(record_form),
        )
}

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

/// The recording form as typed: the fields and the CSRF token.
#[derive(Deserialize, Default, Clone)]
pub struct RecordForm {
    #[serde(default)]
    csrf: String,
    #[serde(flatten)]
    fields: SubmissionFields,
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

/// Links each deadline reported on forms to its report filled online (when the reader may read
/// it), or to the form (when the reader may file for the State and the deadline is open).
async fn link_reports(
    ctx: &Ctx,
    state: &AppState,
    s: &crate::views::obligations::StateObligations,
    deadlines: &mut [DeadlineView],
) -> Result<(), WebError> {
    let c = &s.convention;
    let reports = state.store.reports(c).await?;
    let filer = crate::views::extensions::may_file_for(ctx, c, &s.actor.code);
    for d in deadlines.iter_mut() {
        if treatydesk_store::reports::forms_of(c, &d.obligation).is_empty() {
            continue;
        }
        let found = reports.iter().find(|r| {
            r.state_code == s.actor.code
                && r.obligation == d.obligation
                && r.period == d.period
                && crate::views::reports::may_read(ctx, c, r)
        });
        d.online = match found {
            Some(r) => Some((
                crate::views::reports::report_url(&c.code, r.id),
                ctx.t("ob-online-report"),
            )),
            None if filer && matches!(d.status_slug, "overdue" | "upcoming") => Some((
                format!(
                    "/{}/reports/new?obligation={}&state={}&period={}",
                    c.code,
                    d.obligation,
                    s.actor.code,
                    d.period.map(|p| p.to_string()).unwrap_or_default()
                ),
                ctx.t("ob-online-fill"),
            )),
            None => None,
        };
    }
    Ok(())
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
    let may_record = ctx.viewer.can_read(&s.convention.code, AccessLevel::Isu);
    let mut deadlines: Vec<DeadlineView> = s
        .deadlines
        .iter()
        .rev()
        .map(|d| view(&ctx, &s, d))
        .collect();
    link_reports(&ctx, state, &s, &mut deadlines).await?;
    let submissions = if may_record {
        s.submissions
            .iter()
            .map(|r| SubmissionRow {
                id: r.id,
                obligation: obligation_label(&ctx, &s.obligations, &r.obligation),
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
            selected: o.key == form.fields.obligation,
        })
        .collect();
    let kind_choices = Choice::translated(
        &ctx,
        "ob-kind-",
        SubmissionKind::ALL.iter().map(|k| k.slug()),
        if form.fields.kind.is_empty() {
            "report"
        } else {
            &form.fields.kind
        },
    );
    let access_choices = Choice::translated(
        &ctx,
        "mtg-level-",
        AccessLevel::ALL.iter().map(|a| a.slug()),
        if form.fields.access.is_empty() {
            "public"
        } else {
            &form.fields.access
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
    Query(q): Query<AsOf>,
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

pub async fn record_form(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    Form(form): Form<RecordForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let actor = listing::state_actor(&state.store, &iso3).await?;
    let today = listing::today();
    let new = match form.fields.check() {
        Ok(n) => n,
        Err(p) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            return state_view(ctx, &state, &code, &iso3, today, form, p).await;
        }
    };
    let reason = form.fields.reason();
    match state
        .store
        .record_submission(&ctx.author(reason), &c, &actor, new)
        .await
    {
        Ok(_) => Ok(
            Redirect::to(&format!("/{}/states/{}/obligations", c.code, actor.code)).into_response(),
        ),
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            state_view(ctx, &state, &code, &iso3, today, form, p).await
        }
        Err(StoreError::Conflict(p)) => {
            let p = vec![crate::views::findings::problem_in(ctx.lang, &p)];
            state_view(ctx, &state, &code, &iso3, today, form, p).await
        }
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
    Query(q): Query<AsOf>,
) -> Result<Response, WebError> {
    let as_of = listing::as_of(&q.as_of)?;
    let c = crate::extract::convention(&state.store, &code).await?;
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
            article: obligation_label(&ctx, &obligations, &row.deadline.obligation),
            periods: row
                .deadline
                .period
                .map(|p| p.to_string())
                .unwrap_or_default(),
            due: ctx.date(row.deadline.due_on),
            days: row.days_overdue,
            count: 1,
            basis: basis(&ctx, &row.deadline),
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
