//! The ISU's pages (issue 14): `/{code}/isu` (who supported the Convention on a date and in
//! what capacity, the status periods with their decisions, the Director's office, staff, the
//! mandate), `/{code}/isu/workplans/{year}` (the work plan and budget at the newest revision the
//! reader may read, with the P4.4(h) workflow for ISU staff) and `/{code}/isu/finances` (the
//! funding gap per year as a table and a server-drawn chart with its text alternative, the
//! contributions, CSV and XLSX exports).
//!
//! It must never write except through the store's audited ISU functions, never let anyone below
//! ISU staff write, never show a revision above the reader's level, and never lose what was
//! typed when it refuses (422 with the form as typed). Money is exact decimal text; the chart
//! turns amounts into pixels only.

use std::fmt::Write as _;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::Deserialize;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::meeting::MeetingKind;
use treatydesk_store::StoreError;
use treatydesk_store::entities::convention;

use super::{Choice, ShownDate, render_form};
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::services::exports;
use crate::views::findings::problem;
use crate::views::isu::{
    ContributionIn, ExpenditureIn, FinancesOut, IsuOut, PeriodIn, StaffIn, StepIn, WorkPlanOut,
    contribution, decision_names, expenditure, finances_out, isu_out, period, plan, plan_from_text,
    plan_to_text, spending_out, staff, step, workplan_out,
};
use crate::views::listing;
use crate::{AppState, WebError};
use treatydesk_domain::finding::{Message, Problem};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/isu", get(isu_page))
        .route("/{code}/isu/periods", post(period_post))
        .route("/{code}/isu/staff", post(staff_post))
        .route(
            "/{code}/isu/workplans/{year}",
            get(workplan_page).post(draft_post),
        )
        .route(
            "/{code}/isu/workplans/{year}/endorsement",
            post(endorse_post),
        )
        .route("/{code}/isu/workplans/{year}/approval", post(approve_post))
        .route("/{code}/isu/workplans/{year}/spending", post(spending_post))
        .route("/{code}/isu/finances", get(finances_page))
        .route("/{code}/isu/contributions", post(contribution_post))
        .route("/{code}/isu/finances.csv", get(finances_csv))
        .route("/{code}/isu/finances.xlsx", get(finances_xlsx))
}

#[derive(Deserialize, Default)]
pub struct PageQuery {
    #[serde(default)]
    as_of: String,
    #[serde(default)]
    saved: String,
    /// The id of a current row whose values fill the correction form.
    #[serde(default)]
    correct_period: String,
    #[serde(default)]
    correct_staff: String,
    #[serde(default)]
    correct: String,
}

#[derive(Deserialize, Default, Clone)]
pub struct PeriodForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    capacity: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    host: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    starts_on: String,
    #[serde(default)]
    ends_on: String,
    #[serde(default)]
    decision: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    corrects: String,
}

#[derive(Deserialize, Default, Clone)]
pub struct StaffForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    person: String,
    #[serde(default)]
    function: String,
    #[serde(default)]
    starts_on: String,
    #[serde(default)]
    ends_on: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    corrects: String,
}

/// The parsed input when it and the form's other fields are all well formed, else every problem
/// at once (the parser's first, then the form's).
fn all_problems<T>(
    parsed: Result<T, Vec<Problem>>,
    mut more: Vec<Problem>,
) -> Result<T, StoreError> {
    match parsed {
        Ok(new) if more.is_empty() => Ok(new),
        Ok(_) => Err(StoreError::Invalid(more)),
        Err(mut p) => {
            p.append(&mut more);
            Err(StoreError::Invalid(p))
        }
    }
}

/// An id typed in a form's `field` (decision or corrects, as `refuse-isu-not-a-choice` names
/// them): empty is none; anything else must be a number.
fn id_of(raw: &str, field: &str, problems: &mut Vec<Problem>) -> Option<i32> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let id = raw.parse().ok();
    if id.is_none() {
        problems.push(problem(
            Message::new("refuse-isu-not-a-choice")
                .code("field", field)
                .code("value", raw),
        ));
    }
    id
}

/// A labelled choice for the form's select.
pub struct Labelled {
    pub value: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "isu.html")]
struct IsuPage {
    ctx: Ctx,
    code: String,
    convention: String,
    as_of: ShownDate,
    isu: IsuOut,
    saved: bool,
    may_write: bool,
    capacities: Vec<Labelled>,
    decisions: Vec<Labelled>,
    period_rows: Vec<Labelled>,
    staff_rows: Vec<Labelled>,
    period: PeriodForm,
    staff: StaffForm,
    refused: &'static str,
    problems: Vec<String>,
}

struct Typed {
    period: PeriodForm,
    staff: StaffForm,
    refused: &'static str,
    problems: Vec<String>,
}

impl Typed {
    fn none() -> Typed {
        Typed {
            period: PeriodForm::default(),
            staff: StaffForm::default(),
            refused: "",
            problems: Vec::new(),
        }
    }
}

async fn render_isu(
    ctx: Ctx,
    state: &AppState,
    code: &str,
    q: &PageQuery,
    typed: Typed,
) -> Result<Response, WebError> {
    let as_of = listing::as_of(&q.as_of)?;
    let c = crate::extract::convention(&state.store, code).await?;
    let level = ctx.viewer.level_in(&c.code);
    let isu = isu_out(state, &c, as_of, level, ctx.lang).await?;
    let may_write = ctx.viewer.can_read(&c.code, AccessLevel::Isu);
    let decisions = decision_names(state, &c)
        .await?
        .into_iter()
        .map(|(id, label)| Labelled {
            value: id.to_string(),
            label,
        })
        .collect();
    let period_rows = isu
        .periods
        .iter()
        .map(|p| Labelled {
            value: p.id.to_string(),
            label: format!("{} ({}, {})", p.body, p.capacity, p.starts_on),
        })
        .collect();
    let staff_rows = isu
        .staff
        .iter()
        .map(|s| Labelled {
            value: s.id.to_string(),
            label: format!("{}, {} ({})", s.person, s.function, s.starts_on),
        })
        .collect();
    let capacities = treatydesk_domain::isu::Capacity::ALL
        .iter()
        .map(|k| Labelled {
            value: k.slug().into(),
            label: ctx.t(&format!("isu-capacity-{}", k.slug())),
        })
        .collect();
    let mut period_form = typed.period;
    let mut staff_form = typed.staff;
    if may_write && typed.refused.is_empty() {
        if let Some(p) = isu
            .periods
            .iter()
            .find(|p| p.id.to_string() == q.correct_period)
        {
            period_form = PeriodForm {
                csrf: String::new(),
                capacity: p.capacity.clone(),
                body: p.body.clone(),
                host: p.host.clone(),
                place: p.place.clone(),
                starts_on: p.starts_on.clone(),
                ends_on: p.ends_on.clone().unwrap_or_default(),
                decision: p.decision_id.map(|d| d.to_string()).unwrap_or_default(),
                source: p.source.clone(),
                corrects: p.id.to_string(),
            };
        }
        if let Some(r) = isu
            .staff
            .iter()
            .find(|r| r.id.to_string() == q.correct_staff)
        {
            staff_form = StaffForm {
                csrf: String::new(),
                person: r.person.clone(),
                function: r.function.clone(),
                starts_on: r.starts_on.clone(),
                ends_on: r.ends_on.clone().unwrap_or_default(),
                source: r.source.clone(),
                corrects: r.id.to_string(),
            };
        }
    }
    let page = IsuPage {
        convention: convention_name(&ctx, &c),
        code: c.code.clone(),
        as_of: ctx.date(as_of),
        isu,
        saved: q.saved == "1",
        may_write,
        capacities,
        decisions,
        period_rows,
        staff_rows,
        period: period_form,
        staff: staff_form,
        refused: typed.refused,
        problems: typed.problems,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

pub async fn isu_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<PageQuery>,
) -> Result<Response, WebError> {
    render_isu(ctx, &state, &code, &q, Typed::none()).await
}

async fn isu_writer(
    ctx: &Ctx,
    state: &AppState,
    code: &str,
    csrf: &str,
) -> Result<convention::Model, WebError> {
    ctx.check_csrf(csrf)?;
    let c = crate::extract::convention(&state.store, code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    Ok(c)
}

pub async fn period_post(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Form(form): Form<PeriodForm>,
) -> Result<Response, WebError> {
    let c = isu_writer(&ctx, &state, &code, &form.csrf).await?;
    let mut problems = Vec::new();
    let input = PeriodIn {
        capacity: form.capacity.clone(),
        body: form.body.clone(),
        host: form.host.clone(),
        place: form.place.clone(),
        starts_on: form.starts_on.clone(),
        ends_on: form.ends_on.clone(),
        decision_id: id_of(&form.decision, "decision", &mut problems),
        source: form.source.clone(),
        corrects: id_of(&form.corrects, "corrects", &mut problems),
    };
    let outcome = match all_problems(period(&input), problems) {
        Ok(new) => state
            .store
            .record_isu_period(
                &ctx.author("record an ISU status period"),
                &c,
                &new,
                input.corrects,
            )
            .await
            .map(|_| ()),
        Err(e) => Err(e),
    };
    match outcome {
        Ok(()) => Ok(Redirect::to(&format!("/{}/isu?saved=1", c.code)).into_response()),
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            let typed = Typed {
                period: form,
                refused: "period",
                problems,
                ..Typed::none()
            };
            render_isu(ctx, &state, &code, &PageQuery::default(), typed).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn staff_post(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Form(form): Form<StaffForm>,
) -> Result<Response, WebError> {
    let c = isu_writer(&ctx, &state, &code, &form.csrf).await?;
    let mut problems = Vec::new();
    let input = StaffIn {
        person: form.person.clone(),
        function: form.function.clone(),
        starts_on: form.starts_on.clone(),
        ends_on: form.ends_on.clone(),
        source: form.source.clone(),
        corrects: id_of(&form.corrects, "corrects", &mut problems),
    };
    let outcome = match all_problems(staff(&input), problems) {
        Ok(new) => state
            .store
            .record_isu_staff(&ctx.author("record ISU staff"), &c, &new, input.corrects)
            .await
            .map(|_| ()),
        Err(e) => Err(e),
    };
    match outcome {
        Ok(()) => Ok(Redirect::to(&format!("/{}/isu?saved=1", c.code)).into_response()),
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            let typed = Typed {
                staff: form,
                refused: "staff",
                problems,
                ..Typed::none()
            };
            render_isu(ctx, &state, &code, &PageQuery::default(), typed).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default, Clone)]
pub struct DraftForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    activities: String,
    #[serde(default)]
    lines: String,
    #[serde(default)]
    note: String,
}

#[derive(Deserialize, Default, Clone)]
pub struct StepForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    meeting: String,
    #[serde(default)]
    decision: String,
    #[serde(default)]
    citation: String,
}

/// A task of the mandate with the plan's activities under it.
pub struct TaskActivities {
    pub key: String,
    pub clause: String,
    pub title: String,
    pub activities: Vec<crate::views::isu::ActivityOut>,
}

#[derive(Template)]
#[template(path = "isu_workplan.html")]
struct WorkPlanPage {
    ctx: Ctx,
    code: String,
    convention: String,
    year: i32,
    plan: Option<WorkPlanOut>,
    tasks: Vec<TaskActivities>,
    total: String,
    lines: Vec<(String, String, String)>,
    saved: bool,
    may_write: bool,
    committee_meetings: Vec<Choice>,
    formal_meetings: Vec<Choice>,
    decisions: Vec<Labelled>,
    draft: DraftForm,
    endorse: StepForm,
    approve: StepForm,
    spending: Option<SpendingView>,
    spend: SpendForm,
    refused: &'static str,
    problems: Vec<String>,
}

/// The approved budget against spending, formatted for the reader.
pub struct SpendingView {
    pub revision: i32,
    /// Key, category, budget, the four quarters, spent, remaining.
    pub lines: Vec<(String, String, String, Vec<String>, String, String)>,
    pub budget: String,
    pub quarters: Vec<String>,
    pub spent: String,
    pub remaining: String,
    /// The current rows, for the correction choice.
    pub rows: Vec<Labelled>,
    pub line_keys: Vec<Labelled>,
}

#[derive(Deserialize, Default, Clone)]
pub struct SpendForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    line_key: String,
    #[serde(default)]
    quarter: String,
    #[serde(default)]
    amount: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    corrects: String,
}

struct StepTyped {
    draft: Option<DraftForm>,
    endorse: StepForm,
    approve: StepForm,
    spend: SpendForm,
    refused: &'static str,
    problems: Vec<String>,
}

impl StepTyped {
    fn none() -> StepTyped {
        StepTyped {
            draft: None,
            endorse: StepForm::default(),
            approve: StepForm::default(),
            spend: SpendForm::default(),
            refused: "",
            problems: Vec::new(),
        }
    }
}

async fn render_workplan(
    ctx: Ctx,
    state: &AppState,
    code: &str,
    year: i32,
    saved: bool,
    typed: StepTyped,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, code).await?;
    let level = ctx.viewer.level_in(&c.code);
    let may_write = ctx.viewer.can_read(&c.code, AccessLevel::Isu);
    let preset = state.store.isu_preset(&c);
    let currency = preset.budget_currency.clone().unwrap_or_default();
    let wp = state.store.workplan(&c, year).await?;
    let plan_out = wp
        .as_ref()
        .and_then(|wp| workplan_out(&c, wp, level, &currency));
    if plan_out.is_none() && !may_write {
        return Err(WebError::NotFound(format!(
            "there is no {year} work plan you may read"
        )));
    }
    let draft = typed.draft.unwrap_or_else(|| {
        let (activities, lines) = wp
            .as_ref()
            .and_then(|w| w.current())
            .map(|r| plan_to_text(&r.plan))
            .unwrap_or_default();
        DraftForm {
            csrf: String::new(),
            activities,
            lines,
            note: wp
                .as_ref()
                .and_then(|w| w.current())
                .map(|r| r.plan.note.clone())
                .unwrap_or_default(),
        }
    });
    let tasks = preset
        .mandate
        .iter()
        .map(|t| TaskActivities {
            key: t.key.clone(),
            clause: t.clause.clone(),
            title: t.title.get(ctx.lang).to_string(),
            activities: plan_out
                .as_ref()
                .map(|p| {
                    p.activities
                        .iter()
                        .filter(|a| a.task == t.key)
                        .cloned()
                        .collect()
                })
                .unwrap_or_default(),
        })
        .filter(|t| !t.activities.is_empty())
        .collect();
    let money = |amount: &str| -> String {
        amount
            .parse::<Decimal>()
            .map(|d| ctx.money(treatydesk_domain::isu::hundredths(d), &currency))
            .unwrap_or_else(|_| amount.to_string())
    };
    let lines = plan_out
        .as_ref()
        .map(|p| {
            p.lines
                .iter()
                .map(|l| (l.key.clone(), l.category.clone(), money(&l.amount)))
                .collect()
        })
        .unwrap_or_default();
    let total = plan_out
        .as_ref()
        .map(|p| money(&p.total))
        .unwrap_or_default();
    let meetings = state.store.meetings(&c).await?;
    let choices = |kinds: &[MeetingKind], selected: &str| -> Vec<Choice> {
        meetings
            .iter()
            .filter(|m| MeetingKind::from_slug(&m.kind).is_some_and(|k| kinds.contains(&k)))
            .rev()
            .map(|m| Choice {
                selected: m.label == selected,
                value: m.label.clone(),
                label: m.label.clone(),
            })
            .collect()
    };
    let committee_meetings = choices(
        &[MeetingKind::CoordinationCommittee],
        &typed.endorse.meeting,
    );
    let formal_meetings = choices(
        &[
            MeetingKind::Msp,
            MeetingKind::ReviewConference,
            MeetingKind::ExtraordinaryMsp,
        ],
        &typed.approve.meeting,
    );
    let decisions = if may_write {
        decision_names(state, &c)
            .await?
            .into_iter()
            .map(|(id, label)| Labelled {
                value: id.to_string(),
                label,
            })
            .collect()
    } else {
        Vec::new()
    };
    let spending = state.store.budget_vs_actual(&c, year).await?.map(|b| {
        let out = spending_out(&c, &b);
        SpendingView {
            revision: out.revision,
            lines: out
                .lines
                .iter()
                .map(|l| {
                    (
                        l.key.clone(),
                        l.category.clone(),
                        money(&l.budget),
                        l.quarters.iter().map(|q| money(q)).collect(),
                        money(&l.spent),
                        money(&l.remaining),
                    )
                })
                .collect(),
            budget: money(&out.budget),
            quarters: out.quarters.iter().map(|q| money(q)).collect(),
            spent: money(&out.spent),
            remaining: money(&out.remaining),
            rows: b
                .rows
                .iter()
                .map(|r| Labelled {
                    value: r.id.to_string(),
                    label: format!("{} Q{} {}", r.line_key, r.quarter, r.amount),
                })
                .collect(),
            line_keys: out
                .lines
                .iter()
                .map(|l| Labelled {
                    value: l.key.clone(),
                    label: format!("{} {}", l.key, l.category),
                })
                .collect(),
        }
    });
    let page = WorkPlanPage {
        convention: convention_name(&ctx, &c),
        code: c.code.clone(),
        year,
        plan: plan_out,
        tasks,
        total,
        lines,
        saved,
        may_write,
        committee_meetings,
        formal_meetings,
        decisions,
        draft,
        endorse: typed.endorse,
        approve: typed.approve,
        spending,
        spend: typed.spend,
        refused: typed.refused,
        problems: typed.problems,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

pub async fn workplan_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, year)): Path<(String, i32)>,
    Query(q): Query<PageQuery>,
) -> Result<Response, WebError> {
    render_workplan(ctx, &state, &code, year, q.saved == "1", StepTyped::none()).await
}

fn saved_plan(code: &str, year: i32) -> Response {
    Redirect::to(&format!("/{code}/isu/workplans/{year}?saved=1")).into_response()
}

pub async fn draft_post(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, year)): Path<(String, i32)>,
    Form(form): Form<DraftForm>,
) -> Result<Response, WebError> {
    let c = isu_writer(&ctx, &state, &code, &form.csrf).await?;
    let currency = state
        .store
        .isu_preset(&c)
        .budget_currency
        .unwrap_or_default();
    let outcome = match plan_from_text(&form.activities, &form.lines, &form.note)
        .and_then(|input| plan(&input, &currency))
    {
        Ok(p) => state
            .store
            .save_workplan_draft(
                &ctx.author("draft the ISU work plan and budget"),
                &c,
                year,
                &p,
            )
            .await
            .map(|_| ()),
        Err(p) => Err(StoreError::Invalid(p)),
    };
    match outcome {
        Ok(()) => Ok(saved_plan(&c.code, year)),
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            let typed = StepTyped {
                draft: Some(form),
                refused: "draft",
                problems,
                ..StepTyped::none()
            };
            render_workplan(ctx, &state, &code, year, false, typed).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn step_post(
    ctx: Ctx,
    state: AppState,
    code: String,
    year: i32,
    form: StepForm,
    approval: bool,
) -> Result<Response, WebError> {
    let c = isu_writer(&ctx, &state, &code, &form.csrf).await?;
    let mut problems = Vec::new();
    let input = StepIn {
        meeting: form.meeting.clone(),
        decision_id: id_of(&form.decision, "decision", &mut problems),
        citation: form.citation.clone(),
    };
    let outcome = if !problems.is_empty() {
        Err(StoreError::Invalid(problems))
    } else if approval {
        state
            .store
            .approve_workplan(
                &ctx.author("record the approval of the work plan"),
                &c,
                year,
                &step(&input),
            )
            .await
            .map(|_| ())
    } else {
        state
            .store
            .endorse_workplan(
                &ctx.author("record the Committee's endorsement"),
                &c,
                year,
                &step(&input),
            )
            .await
            .map(|_| ())
    };
    match outcome {
        Ok(()) => Ok(saved_plan(&c.code, year)),
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            let typed = if approval {
                StepTyped {
                    approve: form,
                    refused: "approve",
                    problems,
                    ..StepTyped::none()
                }
            } else {
                StepTyped {
                    endorse: form,
                    refused: "endorse",
                    problems,
                    ..StepTyped::none()
                }
            };
            render_workplan(ctx, &state, &code, year, false, typed).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn endorse_post(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, year)): Path<(String, i32)>,
    Form(form): Form<StepForm>,
) -> Result<Response, WebError> {
    step_post(ctx, state, code, year, form, false).await
}

pub async fn approve_post(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, year)): Path<(String, i32)>,
    Form(form): Form<StepForm>,
) -> Result<Response, WebError> {
    step_post(ctx, state, code, year, form, true).await
}

pub async fn spending_post(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, year)): Path<(String, i32)>,
    Form(form): Form<SpendForm>,
) -> Result<Response, WebError> {
    let c = isu_writer(&ctx, &state, &code, &form.csrf).await?;
    let mut problems = Vec::new();
    let quarter = match form.quarter.trim() {
        "" => None,
        q => {
            let parsed = q.parse().ok();
            if parsed.is_none() {
                problems.push(problem(
                    Message::new("refuse-isu-not-a-quarter").code("value", q),
                ));
            }
            parsed
        }
    };
    let input = ExpenditureIn {
        line_key: form.line_key.clone(),
        quarter,
        amount: form.amount.clone(),
        source: form.source.clone(),
        corrects: id_of(&form.corrects, "corrects", &mut problems),
    };
    let outcome = match all_problems(expenditure(&input, year), problems) {
        Ok(new) => state
            .store
            .record_expenditure(&ctx.author("record ISU spending"), &c, &new, input.corrects)
            .await
            .map(|_| ()),
        Err(e) => Err(e),
    };
    match outcome {
        Ok(()) => Ok(saved_plan(&c.code, year)),
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            let typed = StepTyped {
                spend: form,
                refused: "spend",
                problems,
                ..StepTyped::none()
            };
            render_workplan(ctx, &state, &code, year, false, typed).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default, Clone)]
pub struct ContributionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    contributor_code: String,
    #[serde(default)]
    contributor: String,
    #[serde(default)]
    amount: String,
    #[serde(default)]
    currency: String,
    #[serde(default)]
    rate: String,
    #[serde(default)]
    pledged_on: String,
    #[serde(default)]
    received_on: String,
    #[serde(default)]
    earmark: String,
    #[serde(default)]
    earmark_ref: String,
    #[serde(default)]
    funds_year: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    corrects: String,
}

/// A year's row of the funding table, formatted for the reader.
pub struct YearRow {
    pub year: i32,
    pub budget: Option<String>,
    pub pledged: String,
    pub received: String,
    pub gap_received: Option<String>,
    pub gap_pledged: Option<String>,
    pub contributions: Vec<ContributionView>,
}

pub struct ContributionView {
    pub id: i32,
    pub contributor: String,
    pub amount: String,
    pub rate: String,
    pub converted: String,
    pub pledged_on: ShownDate,
    pub received_on: Option<ShownDate>,
    pub earmark: String,
    pub source: String,
}

#[derive(Template)]
#[template(path = "isu_finances.html")]
struct FinancesPage {
    ctx: Ctx,
    code: String,
    convention: String,
    currency: String,
    years: Vec<YearRow>,
    svg: String,
    saved: bool,
    may_write: bool,
    current_rows: Vec<Labelled>,
    form: ContributionForm,
    problems: Vec<String>,
}

/// The funding chart: per year, the approved budget, the pledged and the received amounts as
/// bars, drawn on the server, with a title and a description (the table is its text
/// alternative).
fn chart(f: &FinancesOut, title: &str, desc: &str, labels: [&str; 3]) -> String {
    const WIDTH: f64 = 720.0;
    const LEFT: f64 = 60.0;
    const BAR: f64 = 16.0;
    const GROUP: f64 = 70.0;
    const TOP: f64 = 40.0;
    let amount = |s: &Option<String>| -> Decimal {
        s.as_deref()
            .and_then(|v| v.parse().ok())
            .unwrap_or(Decimal::ZERO)
    };
    let max = f
        .years
        .iter()
        .flat_map(|y| {
            [
                amount(&y.budget),
                amount(&Some(y.pledged.clone())),
                amount(&Some(y.received.clone())),
            ]
        })
        .max()
        .unwrap_or(Decimal::ZERO)
        .max(Decimal::ONE);
    // Pixels only: the ratio of an amount to the largest, as a float for drawing.
    let width = |d: Decimal| (d / max).to_f64().unwrap_or(0.0) * (WIDTH - LEFT - 20.0);
    let height = TOP + GROUP * f.years.len() as f64 + 10.0;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="funding" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="fc-title fc-desc"><title id="fc-title">{}</title><desc id="fc-desc">{}</desc>"#,
        xml(title),
        xml(desc)
    );
    for (i, (label, class)) in labels
        .iter()
        .zip(["budget", "pledged", "received"])
        .enumerate()
    {
        let x = LEFT + 160.0 * i as f64;
        let _ = write!(
            s,
            r#"<rect class="{class}" x="{x:.1}" y="8" width="12" height="12"/><text x="{:.1}" y="18">{}</text>"#,
            x + 16.0,
            xml(label)
        );
    }
    for (i, y) in f.years.iter().enumerate() {
        let top = TOP + GROUP * i as f64;
        let _ = write!(
            s,
            r#"<text class="year" x="4" y="{:.1}">{}</text>"#,
            top + BAR * 1.8,
            y.year
        );
        for (j, (value, class)) in [
            (amount(&y.budget), "budget"),
            (amount(&Some(y.pledged.clone())), "pledged"),
            (amount(&Some(y.received.clone())), "received"),
        ]
        .into_iter()
        .enumerate()
        {
            let _ = write!(
                s,
                r#"<rect class="{class}" x="{LEFT}" y="{:.1}" width="{:.1}" height="{BAR}"><title>{} {}</title></rect>"#,
                top + (BAR + 2.0) * j as f64,
                width(value),
                xml(labels[j]),
                crate::views::isu::money(value)
            );
        }
    }
    s.push_str("</svg>");
    s
}

fn xml(text: &str) -> String {
    crate::limits::xml_text(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

async fn render_finances(
    ctx: Ctx,
    state: &AppState,
    code: &str,
    q: &PageQuery,
    mut form: ContributionForm,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let saved = q.saved == "1";
    let c = crate::extract::convention(&state.store, code).await?;
    let may_write = ctx.viewer.can_read(&c.code, AccessLevel::Isu);
    let f = finances_out(&c, &state.store.isu_finances(&c).await?);
    let currency = f.currency.clone();
    let money = |amount: &str, cur: &str| -> String {
        amount
            .parse::<Decimal>()
            .map(|d| ctx.money(treatydesk_domain::isu::hundredths(d), cur))
            .unwrap_or_else(|_| amount.to_string())
    };
    let years = f
        .years
        .iter()
        .map(|y| YearRow {
            year: y.year,
            budget: y.budget.as_deref().map(|b| money(b, &currency)),
            pledged: money(&y.pledged, &currency),
            received: money(&y.received, &currency),
            gap_received: y.gap_received.as_deref().map(|b| money(b, &currency)),
            gap_pledged: y.gap_pledged.as_deref().map(|b| money(b, &currency)),
            contributions: y
                .contributions
                .iter()
                .map(|x| ContributionView {
                    id: x.id,
                    contributor: x.contributor.clone(),
                    amount: money(&x.amount, &x.currency),
                    rate: x.rate.clone(),
                    converted: money(&x.in_budget_currency, &currency),
                    pledged_on: ctx.iso(&x.pledged_on),
                    received_on: x.received_on.as_deref().map(|d| ctx.iso(d)),
                    earmark: if x.earmark_ref.is_empty() {
                        ctx.t(&format!("isu-earmark-{}", x.earmark))
                    } else {
                        format!(
                            "{} {}",
                            ctx.t(&format!("isu-earmark-{}", x.earmark)),
                            x.earmark_ref
                        )
                    },
                    source: x.source.clone(),
                })
                .collect(),
        })
        .collect();
    let desc = f
        .years
        .iter()
        .map(|y| {
            format!(
                "{}: {} {}, {} {}, {} {}.",
                y.year,
                ctx.t("isu-budget"),
                y.budget
                    .as_deref()
                    .map(|b| money(b, &currency))
                    .unwrap_or_else(|| ctx.t("isu-no-budget")),
                ctx.t("isu-pledged"),
                money(&y.pledged, &currency),
                ctx.t("isu-received"),
                money(&y.received, &currency)
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let svg = chart(
        &f,
        &ctx.t("isu-chart-title"),
        &desc,
        [
            &ctx.t("isu-budget"),
            &ctx.t("isu-pledged"),
            &ctx.t("isu-received"),
        ],
    );
    let current_rows = f
        .years
        .iter()
        .flat_map(|y| y.contributions.iter())
        .map(|x| Labelled {
            value: x.id.to_string(),
            label: format!(
                "{} {} {} ({})",
                x.contributor, x.amount, x.currency, x.funds_year
            ),
        })
        .collect();
    if may_write
        && problems.is_empty()
        && let Some(x) = f
            .years
            .iter()
            .flat_map(|y| y.contributions.iter())
            .find(|x| x.id.to_string() == q.correct)
    {
        form = ContributionForm {
            csrf: String::new(),
            contributor_code: x.contributor_code.clone().unwrap_or_default(),
            contributor: x.contributor.clone(),
            amount: x.amount.clone(),
            currency: x.currency.clone(),
            rate: x.rate.clone(),
            pledged_on: x.pledged_on.clone(),
            received_on: x.received_on.clone().unwrap_or_default(),
            earmark: x.earmark.clone(),
            earmark_ref: x.earmark_ref.clone(),
            funds_year: x.funds_year.to_string(),
            source: x.source.clone(),
            corrects: x.id.to_string(),
        };
    }
    let page = FinancesPage {
        convention: convention_name(&ctx, &c),
        code: c.code.clone(),
        currency,
        years,
        svg,
        saved,
        may_write,
        current_rows,
        form,
        problems,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

pub async fn finances_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<PageQuery>,
) -> Result<Response, WebError> {
    render_finances(
        ctx,
        &state,
        &code,
        &q,
        ContributionForm::default(),
        Vec::new(),
    )
    .await
}

pub async fn contribution_post(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Form(form): Form<ContributionForm>,
) -> Result<Response, WebError> {
    let c = isu_writer(&ctx, &state, &code, &form.csrf).await?;
    let mut problems = Vec::new();
    let funds_year = match form.funds_year.trim() {
        "" => None,
        y => {
            let parsed = y.parse().ok();
            if parsed.is_none() {
                problems.push(problem(
                    Message::new("refuse-isu-not-a-year").code("value", y),
                ));
            }
            parsed
        }
    };
    let input = ContributionIn {
        contributor_code: form.contributor_code.clone(),
        contributor: form.contributor.clone(),
        amount: form.amount.clone(),
        currency: form.currency.clone(),
        rate: form.rate.clone(),
        pledged_on: form.pledged_on.clone(),
        received_on: form.received_on.clone(),
        earmark: form.earmark.clone(),
        earmark_ref: form.earmark_ref.clone(),
        funds_year,
        source: form.source.clone(),
        corrects: id_of(&form.corrects, "corrects", &mut problems),
    };
    let outcome = match all_problems(contribution(&input), problems) {
        Ok(new) => state
            .store
            .record_contribution(
                &ctx.author("record a contribution"),
                &c,
                &new,
                input.corrects,
            )
            .await
            .map(|_| ()),
        Err(e) => Err(e),
    };
    match outcome {
        Ok(()) => Ok(Redirect::to(&format!("/{}/isu/finances?saved=1", c.code)).into_response()),
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            render_finances(ctx, &state, &code, &PageQuery::default(), form, problems).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn export_rows(
    state: &AppState,
    code: &str,
) -> Result<(convention::Model, String, Vec<exports::ContributionRow>), WebError> {
    let c = crate::extract::convention(&state.store, code).await?;
    let f = finances_out(&c, &state.store.isu_finances(&c).await?);
    let rows = f
        .years
        .iter()
        .flat_map(|y| y.contributions.iter())
        .map(|x| exports::ContributionRow {
            funds_year: x.funds_year.to_string(),
            contributor: x.contributor.clone(),
            amount: x.amount.clone(),
            currency: x.currency.clone(),
            rate: x.rate.clone(),
            in_budget_currency: x.in_budget_currency.clone(),
            pledged_on: x.pledged_on.clone(),
            received_on: x.received_on.clone().unwrap_or_default(),
            earmark: if x.earmark_ref.is_empty() {
                x.earmark.clone()
            } else {
                format!("{}:{}", x.earmark, x.earmark_ref)
            },
            source: x.source.clone(),
        })
        .collect();
    Ok((c, f.currency, rows))
}

fn export_failed(e: String) -> WebError {
    WebError::Internal(format!("the file could not be written: {e}"))
}

pub async fn finances_csv(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let (c, currency, rows) = export_rows(&state, &code).await?;
    let bytes = exports::contributions_csv(&currency, &rows).map_err(export_failed)?;
    Ok(crate::pages::download_file(
        bytes,
        "text/csv; charset=utf-8",
        format!("{}-isu-contributions.csv", c.code),
    ))
}

pub async fn finances_xlsx(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let (c, currency, rows) = export_rows(&state, &code).await?;
    let headings: exports::FinanceHeadings = [
        ctx.t("isu-col-year"),
        ctx.t("isu-col-contributor"),
        ctx.t("isu-col-amount"),
        ctx.t("isu-col-currency"),
        ctx.t("isu-col-rate"),
        format!("{} ({currency})", ctx.t("isu-col-converted")),
        ctx.t("isu-col-pledged"),
        ctx.t("isu-col-received"),
        ctx.t("isu-col-earmark"),
        ctx.t("isu-col-source"),
    ];
    let bytes = exports::contributions_xlsx(&headings, &rows).map_err(export_failed)?;
    Ok(crate::pages::download_file(
        bytes,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        format!("{}-isu-contributions.xlsx", c.code),
    ))
}
