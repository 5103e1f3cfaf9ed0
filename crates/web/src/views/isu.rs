//! The ISU (issue 14) as views shared by its pages and its JSON API: the unit over time (status
//! periods, the Director's office, staff, the mandate), a year's work plan and budget as the
//! reader may read it (draft: ISU and Committee; endorsed: States Parties; approved: everyone),
//! and the finances (approved budget, contributions, the gap). Also the reading of what a form
//! or a JSON body gives, so that a page and the API check alike.
//!
//! Money leaves as exact decimal text (`"1250.50"`) and enters as text, never as a JSON
//! number (which would pass through floating point). Nothing here writes.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::Date;
use treatydesk_domain::calendar::{format_date, parse_date};
use treatydesk_domain::isu::{Capacity, WorkPlanStatus, parse_amount, parse_rate};
use treatydesk_domain::{AccessLevel, Lang};
use treatydesk_store::entities::{convention, isu_period, isu_staff};
use treatydesk_store::isu::{
    Activity, BudgetLine, Contribution, Earmark, Finances, NewContribution, NewPeriod, NewStaff,
    Plan, Step, Supported, WorkPlan, WorkPlanRevision,
};
use utoipa::ToSchema;

use crate::views::findings::problem;
use crate::{AppState, WebError};
use treatydesk_domain::finding::{Message, Problem};

/// A task of the ISU's mandate (from the convention's preset).
#[derive(Clone, Serialize, ToSchema)]
pub struct TaskOut {
    pub key: String,
    pub clause: String,
    pub title: String,
}

/// A period in which a body supported the Convention.
#[derive(Clone, Serialize, ToSchema)]
pub struct PeriodOut {
    pub id: i32,
    /// interim or permanent
    pub capacity: String,
    pub body: String,
    pub host: String,
    pub place: String,
    pub starts_on: String,
    /// The last day (inclusive); absent while it lasts.
    pub ends_on: Option<String>,
    pub decision_id: Option<i32>,
    /// The decision as the register names it (`2MSP decision 1`).
    pub decision: Option<String>,
    pub source: String,
    /// The row this one corrects.
    pub corrects: Option<i32>,
}

/// A member of the ISU's staff.
#[derive(Clone, Serialize, ToSchema)]
pub struct StaffOut {
    pub id: i32,
    pub person: String,
    pub function: String,
    pub starts_on: String,
    pub ends_on: Option<String>,
    pub source: String,
    pub corrects: Option<i32>,
}

/// The ISU Director's office on the date.
#[derive(Clone, Serialize, ToSchema)]
pub struct DirectorOut {
    pub office: String,
    /// Absent when the record names no holder that day.
    pub holder: Option<String>,
    pub start: Option<String>,
}

/// Who supported the Convention on a date, and in what capacity.
#[derive(Clone, Serialize, ToSchema)]
pub struct SupportedOut {
    pub date: String,
    pub periods: Vec<PeriodOut>,
    pub director: Vec<DirectorOut>,
    pub staff: Vec<StaffOut>,
}

/// The ISU of a convention.
#[derive(Clone, Serialize, ToSchema)]
pub struct IsuOut {
    pub convention: String,
    pub as_of: String,
    /// What the preset's sources say of the ISU.
    pub note: String,
    pub budget_currency: Option<String>,
    pub mandate: Vec<TaskOut>,
    /// On `as_of`.
    pub supported: SupportedOut,
    /// Every period as the record stands (corrections applied).
    pub periods: Vec<PeriodOut>,
    pub staff: Vec<StaffOut>,
    /// The years with a work plan the reader may read.
    pub workplan_years: Vec<i32>,
}

#[derive(Clone, Serialize, ToSchema)]
pub struct ActivityOut {
    pub key: String,
    pub task: String,
    pub title: String,
    pub outputs: Vec<String>,
}

#[derive(Clone, Serialize, ToSchema)]
pub struct LineOut {
    pub key: String,
    pub category: String,
    /// Exact decimal text.
    pub amount: String,
    pub currency: String,
}

/// An endorsement or an approval.
#[derive(Clone, Serialize, ToSchema)]
pub struct StepOut {
    pub revision: i32,
    pub meeting: Option<String>,
    pub decision_id: Option<i32>,
    pub citation: String,
    pub on: String,
}

/// A revision in the list of a plan's history.
#[derive(Clone, Serialize, ToSchema)]
pub struct WorkPlanRevisionOut {
    pub revision: i32,
    /// draft, endorsed or approved
    pub status: String,
    pub at: String,
    pub meeting: Option<String>,
}

/// A year's work plan and budget, at the newest revision the reader may read.
#[derive(Clone, Serialize, ToSchema)]
pub struct WorkPlanOut {
    pub convention: String,
    pub year: i32,
    pub revision: i32,
    /// draft, endorsed or approved
    pub status: String,
    /// The state of the newest revision (the reader may be shown an older one).
    pub current_status: String,
    pub current_revision: i32,
    pub note: String,
    pub activities: Vec<ActivityOut>,
    pub lines: Vec<LineOut>,
    pub total: String,
    pub currency: String,
    /// The endorsement this revision carries (the newest one at or before it).
    pub endorsed: Option<StepOut>,
    pub approved: Option<StepOut>,
    /// The revisions the reader may read, oldest first.
    pub revisions: Vec<WorkPlanRevisionOut>,
}

/// A contribution with its figures.
#[derive(Clone, Serialize, ToSchema)]
pub struct ContributionOut {
    pub id: i32,
    pub contributor_code: Option<String>,
    pub contributor: String,
    pub amount: String,
    pub currency: String,
    pub rate: String,
    /// `amount × rate`, rounded to the hundredth, in the budget currency.
    pub in_budget_currency: String,
    pub pledged_on: String,
    pub received_on: Option<String>,
    /// unearmarked, task or activity
    pub earmark: String,
    pub earmark_ref: String,
    pub funds_year: i32,
    pub source: String,
    pub corrects: Option<i32>,
}

/// A year's funding.
#[derive(Clone, Serialize, ToSchema)]
pub struct YearOut {
    pub year: i32,
    /// The approved budget; absent when no plan for the year is approved.
    pub budget: Option<String>,
    pub approved_revision: Option<i32>,
    pub pledged: String,
    pub received: String,
    /// Approved budget − received.
    pub gap_received: Option<String>,
    /// Approved budget − pledged.
    pub gap_pledged: Option<String>,
    pub contributions: Vec<ContributionOut>,
}

/// The ISU's finances, in the budget currency.
#[derive(Clone, Serialize, ToSchema)]
pub struct FinancesOut {
    pub convention: String,
    pub currency: String,
    pub years: Vec<YearOut>,
}

/// A status period as a form or the API gives it.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct PeriodIn {
    /// interim or permanent
    #[serde(default)]
    pub capacity: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub host: String,
    #[serde(default)]
    pub place: String,
    /// YYYY-MM-DD
    #[serde(default)]
    pub starts_on: String,
    /// YYYY-MM-DD, the last day; empty while it lasts
    #[serde(default)]
    pub ends_on: String,
    /// The decision that made the change (an id of the register), when it is there.
    #[serde(default)]
    pub decision_id: Option<i32>,
    #[serde(default)]
    pub source: String,
    /// The id of the current row this one corrects.
    #[serde(default)]
    pub corrects: Option<i32>,
}

/// A staff member as a form or the API gives it.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct StaffIn {
    #[serde(default)]
    pub person: String,
    #[serde(default)]
    pub function: String,
    #[serde(default)]
    pub starts_on: String,
    #[serde(default)]
    pub ends_on: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub corrects: Option<i32>,
}

#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct ActivityIn {
    /// The mandate task's key (`a` ... `i`).
    pub task: String,
    pub title: String,
    #[serde(default)]
    pub outputs: Vec<String>,
}

#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct LineIn {
    pub category: String,
    /// Exact decimal text, at most two decimals (`"412500.00"`).
    pub amount: String,
}

/// A whole draft of a year's work plan and budget (the budget currency is the convention's).
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct WorkPlanIn {
    #[serde(default)]
    pub activities: Vec<ActivityIn>,
    #[serde(default)]
    pub lines: Vec<LineIn>,
    #[serde(default)]
    pub note: String,
}

/// An endorsement (a Committee meeting, its decision or minutes) or an approval (an MSP/RC and
/// its decision).
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct StepIn {
    /// The meeting's label (`25CC`, `13MSP`).
    #[serde(default)]
    pub meeting: String,
    #[serde(default)]
    pub decision_id: Option<i32>,
    /// Where it is recorded (the minutes, the final report's paragraph).
    #[serde(default)]
    pub citation: String,
}

/// A contribution as a form or the API gives it.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct ContributionIn {
    /// A State's ISO alpha-3 code or an organization's registry code.
    #[serde(default)]
    pub contributor_code: String,
    /// The contributor's name (the registry's when a code is given and this is empty).
    #[serde(default)]
    pub contributor: String,
    /// Exact decimal text, at most two decimals.
    #[serde(default)]
    pub amount: String,
    #[serde(default)]
    pub currency: String,
    /// Units of the budget currency one unit is worth, as recorded (never fetched); 1 for the
    /// budget currency.
    #[serde(default)]
    pub rate: String,
    #[serde(default)]
    pub pledged_on: String,
    #[serde(default)]
    pub received_on: String,
    /// unearmarked, task or activity
    #[serde(default)]
    pub earmark: String,
    /// The task's key or the activity's key.
    #[serde(default)]
    pub earmark_ref: String,
    #[serde(default)]
    pub funds_year: Option<i32>,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub corrects: Option<i32>,
}

/// A date typed into `field` (a code `refuse-isu-date-missing` and `refuse-isu-not-a-date`
/// name in every language: first-day, last-day, pledge-date, received-on).
fn date_in(raw: &str, field: &str, required: bool, problems: &mut Vec<Problem>) -> Option<Date> {
    let raw = raw.trim();
    if raw.is_empty() {
        if required {
            problems.push(problem(
                Message::new("refuse-isu-date-missing").code("field", field),
            ));
        }
        return None;
    }
    let d = parse_date(raw);
    if d.is_none() {
        problems.push(problem(
            Message::new("refuse-isu-not-a-date")
                .code("field", field)
                .code("value", raw),
        ));
    }
    d
}

/// A position in a list (the first is 1), as a message's number.
fn position(i: usize) -> i64 {
    i64::try_from(i + 1).unwrap_or(i64::MAX)
}

/// Reads a status period; every problem is listed.
pub fn period(input: &PeriodIn) -> Result<NewPeriod, Vec<Problem>> {
    let mut problems = Vec::new();
    let capacity = Capacity::from_slug(input.capacity.trim());
    if capacity.is_none() {
        problems.push(problem(Message::new("refuse-isu-capacity")));
    }
    let starts_on = date_in(&input.starts_on, "first-day", true, &mut problems);
    let ends_on = date_in(&input.ends_on, "last-day", false, &mut problems);
    match (capacity, starts_on, problems.is_empty()) {
        (Some(capacity), Some(starts_on), true) => Ok(NewPeriod {
            capacity,
            body: input.body.clone(),
            host: input.host.clone(),
            place: input.place.clone(),
            starts_on,
            ends_on,
            decision_id: input.decision_id,
            source: input.source.clone(),
        }),
        _ => Err(problems),
    }
}

/// Reads a staff member; every problem is listed.
pub fn staff(input: &StaffIn) -> Result<NewStaff, Vec<Problem>> {
    let mut problems = Vec::new();
    let starts_on = date_in(&input.starts_on, "first-day", true, &mut problems);
    let ends_on = date_in(&input.ends_on, "last-day", false, &mut problems);
    match (starts_on, problems.is_empty()) {
        (Some(starts_on), true) => Ok(NewStaff {
            person: input.person.clone(),
            function: input.function.clone(),
            starts_on,
            ends_on,
            source: input.source.clone(),
        }),
        _ => Err(problems),
    }
}

/// Reads a draft plan; activities and lines are keyed `A1`, `L1` ... in their order; amounts
/// are read exactly, in `currency` (the convention's budget currency).
pub fn plan(input: &WorkPlanIn, currency: &str) -> Result<Plan, Vec<Problem>> {
    let mut problems = Vec::new();
    let activities = input
        .activities
        .iter()
        .enumerate()
        .map(|(i, a)| Activity {
            key: format!("A{}", i + 1),
            task: a.task.trim().to_string(),
            title: a.title.trim().to_string(),
            outputs: a
                .outputs
                .iter()
                .map(|o| o.trim().to_string())
                .filter(|o| !o.is_empty())
                .collect(),
        })
        .collect();
    let mut lines = Vec::new();
    for (i, l) in input.lines.iter().enumerate() {
        match parse_amount(&l.amount) {
            Ok(amount) => lines.push(BudgetLine {
                key: format!("L{}", i + 1),
                category: l.category.trim().to_string(),
                amount,
                currency: currency.to_string(),
            }),
            Err(e) => problems.push(problem(
                Message::new("refuse-isu-line-problem")
                    .number("n", position(i))
                    .messages("problem", vec![e.message]),
            )),
        }
    }
    if problems.is_empty() {
        Ok(Plan {
            activities,
            lines,
            note: input.note.trim().to_string(),
        })
    } else {
        Err(problems)
    }
}

/// Reads a plan typed in two text areas: one activity a line (`task | title | output; output`)
/// and one budget line a line (`category | amount`).
pub fn plan_from_text(
    activities: &str,
    lines: &str,
    note: &str,
) -> Result<WorkPlanIn, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut input = WorkPlanIn {
        note: note.to_string(),
        ..Default::default()
    };
    for (i, line) in activities
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
    {
        let parts: Vec<&str> = line.split('|').map(str::trim).collect();
        if parts.len() < 2 {
            problems.push(problem(
                Message::new("refuse-isu-activity-line-form").number("n", position(i)),
            ));
            continue;
        }
        input.activities.push(ActivityIn {
            task: parts[0].to_string(),
            title: parts[1].to_string(),
            outputs: parts
                .get(2)
                .map(|o| o.split(';').map(|s| s.trim().to_string()).collect())
                .unwrap_or_default(),
        });
    }
    for (i, line) in lines.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        match line.rsplit_once('|') {
            Some((category, amount)) => input.lines.push(LineIn {
                category: category.trim().to_string(),
                amount: amount.trim().to_string(),
            }),
            None => problems.push(problem(
                Message::new("refuse-isu-line-form").number("n", position(i)),
            )),
        }
    }
    if problems.is_empty() {
        Ok(input)
    } else {
        Err(problems)
    }
}

/// The plan as the two text areas show it (to edit the current revision).
pub fn plan_to_text(plan: &Plan) -> (String, String) {
    let activities = plan
        .activities
        .iter()
        .map(|a| {
            if a.outputs.is_empty() {
                format!("{} | {}", a.task, a.title)
            } else {
                format!("{} | {} | {}", a.task, a.title, a.outputs.join("; "))
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let lines = plan
        .lines
        .iter()
        .map(|l| format!("{} | {}", l.category, l.amount))
        .collect::<Vec<_>>()
        .join("\n");
    (activities, lines)
}

pub fn step(input: &StepIn) -> Step {
    Step {
        meeting: input.meeting.trim().to_string(),
        decision_id: input.decision_id,
        citation: input.citation.trim().to_string(),
    }
}

/// Reads a contribution; every problem is listed.
pub fn contribution(input: &ContributionIn) -> Result<NewContribution, Vec<Problem>> {
    let mut problems = Vec::new();
    let amount = parse_amount(&input.amount)
        .map_err(|e| problems.push(e))
        .ok();
    let rate = parse_rate(&input.rate).map_err(|e| problems.push(e)).ok();
    let pledged_on = date_in(&input.pledged_on, "pledge-date", true, &mut problems);
    let received_on = date_in(&input.received_on, "received-on", false, &mut problems);
    let reference = input.earmark_ref.trim().to_string();
    let earmark = match input.earmark.trim() {
        "" | "unearmarked" => Some(Earmark::Unearmarked),
        "task" => Some(Earmark::Task(reference)),
        "activity" => Some(Earmark::Activity(reference.to_uppercase())),
        other => {
            problems.push(problem(
                Message::new("refuse-isu-earmark").code("value", other),
            ));
            None
        }
    };
    if input.funds_year.is_none() {
        problems.push(problem(Message::new("refuse-isu-funds-year")));
    }
    match (
        amount,
        rate,
        pledged_on,
        earmark,
        input.funds_year,
        problems.is_empty(),
    ) {
        (Some(amount), Some(rate), Some(pledged_on), Some(earmark), Some(funds_year), true) => {
            Ok(NewContribution {
                contributor_code: Some(input.contributor_code.clone()),
                contributor: input.contributor.clone(),
                amount,
                currency: input.currency.trim().to_uppercase(),
                rate,
                pledged_on,
                received_on,
                earmark,
                funds_year,
                source: input.source.clone(),
            })
        }
        _ => Err(problems),
    }
}

/// Money as exact decimal text with two decimals.
pub fn money(d: Decimal) -> String {
    format!("{:.2}", d)
}

fn opt(d: Option<Date>) -> Option<String> {
    d.map(format_date)
}

pub fn period_out(p: &isu_period::Model, decisions: &[(i32, String)]) -> PeriodOut {
    PeriodOut {
        id: p.id,
        capacity: p.capacity.clone(),
        body: p.body.clone(),
        host: p.host.clone(),
        place: p.place.clone(),
        starts_on: format_date(p.starts_on),
        ends_on: opt(p.ends_on),
        decision_id: p.decision_id,
        decision: p.decision_id.and_then(|id| {
            decisions
                .iter()
                .find(|(d, _)| *d == id)
                .map(|(_, l)| l.clone())
        }),
        source: p.source.clone(),
        corrects: p.supersedes_id,
    }
}

pub fn staff_out(s: &isu_staff::Model) -> StaffOut {
    StaffOut {
        id: s.id,
        person: s.person.clone(),
        function: s.function.clone(),
        starts_on: format_date(s.starts_on),
        ends_on: opt(s.ends_on),
        source: s.source.clone(),
        corrects: s.supersedes_id,
    }
}

/// The decisions of a convention as `(id, "2MSP decision 1")`, for choosing and naming.
pub async fn decision_names(
    state: &AppState,
    c: &convention::Model,
) -> Result<Vec<(i32, String)>, WebError> {
    Ok(state
        .store
        .decision_records(c, None)
        .await?
        .into_iter()
        .map(|r| {
            (
                r.decision.id,
                format!("{} decision {}", r.meeting.label, r.decision.number),
            )
        })
        .collect())
}

/// The ISU of `c` on `as_of`, for a reader at `level` in `lang`.
pub async fn isu_out(
    state: &AppState,
    c: &convention::Model,
    as_of: Date,
    level: AccessLevel,
    lang: Lang,
) -> Result<IsuOut, WebError> {
    let preset = state.store.isu_preset(c);
    let decisions = decision_names(state, c).await?;
    let Supported {
        date,
        periods,
        director,
        staff,
    } = state.store.isu_supported_on(c, as_of).await?;
    let mut years = Vec::new();
    for year in state.store.workplan_years(c).await? {
        if let Some(wp) = state.store.workplan(c, year).await?
            && wp.readable_by(level).is_some()
        {
            years.push(year);
        }
    }
    Ok(IsuOut {
        convention: c.code.clone(),
        as_of: format_date(as_of),
        note: preset.note.clone(),
        budget_currency: preset.budget_currency.clone(),
        mandate: preset
            .mandate
            .iter()
            .map(|t| TaskOut {
                key: t.key.clone(),
                clause: t.clause.clone(),
                title: t.title.get(lang).to_string(),
            })
            .collect(),
        supported: SupportedOut {
            date: format_date(date),
            periods: periods.iter().map(|p| period_out(p, &decisions)).collect(),
            director: director
                .iter()
                .map(|o| DirectorOut {
                    office: crate::i18n::term(lang, false, &c.code, &o.name),
                    holder: o.holder.clone(),
                    start: opt(o.start),
                })
                .collect(),
            staff: staff.iter().map(staff_out).collect(),
        },
        periods: state
            .store
            .isu_periods(c)
            .await?
            .iter()
            .map(|p| period_out(p, &decisions))
            .collect(),
        staff: state
            .store
            .isu_staff(c)
            .await?
            .iter()
            .map(staff_out)
            .collect(),
        workplan_years: years,
    })
}

fn step_out(r: &WorkPlanRevision) -> StepOut {
    StepOut {
        revision: r.revision,
        meeting: r.meeting.as_ref().map(|m| m.label.clone()),
        decision_id: r.decision_id,
        citation: r.citation.clone(),
        on: format_date(r.at.date()),
    }
}

/// The plan at the newest revision a reader at `level` may read; `None` when there is none
/// (the page and the API then answer 404, as for a plan that does not exist).
pub fn workplan_out(
    c: &convention::Model,
    wp: &WorkPlan,
    level: AccessLevel,
    currency: &str,
) -> Option<WorkPlanOut> {
    let shown = wp.readable_by(level)?;
    let current = wp.current()?;
    let before: Vec<&WorkPlanRevision> = wp
        .revisions
        .iter()
        .filter(|r| r.revision <= shown.revision)
        .collect();
    // The endorsement this revision rests on: the newest endorsement with no draft after it.
    let endorsed = before
        .iter()
        .rev()
        .take_while(|r| r.status != WorkPlanStatus::Draft)
        .find(|r| r.status == WorkPlanStatus::Endorsed)
        .map(|r| step_out(r));
    let approved = (shown.status == WorkPlanStatus::Approved).then(|| step_out(shown));
    Some(WorkPlanOut {
        convention: c.code.clone(),
        year: wp.year,
        revision: shown.revision,
        status: shown.status.slug().into(),
        current_status: current.status.slug().into(),
        current_revision: current.revision,
        note: shown.plan.note.clone(),
        activities: shown
            .plan
            .activities
            .iter()
            .map(|a| ActivityOut {
                key: a.key.clone(),
                task: a.task.clone(),
                title: a.title.clone(),
                outputs: a.outputs.clone(),
            })
            .collect(),
        lines: shown
            .plan
            .lines
            .iter()
            .map(|l| LineOut {
                key: l.key.clone(),
                category: l.category.clone(),
                amount: money(l.amount),
                currency: l.currency.clone(),
            })
            .collect(),
        total: money(shown.plan.total()),
        currency: currency.to_string(),
        endorsed,
        approved,
        revisions: wp
            .revisions
            .iter()
            .filter(|r| level >= r.status.readers())
            .map(|r| WorkPlanRevisionOut {
                revision: r.revision,
                status: r.status.slug().into(),
                at: format_date(r.at.date()),
                meeting: r.meeting.as_ref().map(|m| m.label.clone()),
            })
            .collect(),
    })
}

pub fn contribution_out(c: &Contribution) -> ContributionOut {
    ContributionOut {
        id: c.row.id,
        contributor_code: c.row.contributor_code.clone(),
        contributor: c.row.contributor.clone(),
        amount: money(c.amount),
        currency: c.row.currency.clone(),
        rate: c.rate.normalize().to_string(),
        in_budget_currency: money(c.in_budget_currency),
        pledged_on: format_date(c.row.pledged_on),
        received_on: opt(c.row.received_on),
        earmark: c.row.earmark.clone(),
        earmark_ref: c.row.earmark_ref.clone(),
        funds_year: c.row.funds_year,
        source: c.row.source.clone(),
        corrects: c.row.supersedes_id,
    }
}

pub fn finances_out(c: &convention::Model, f: &Finances) -> FinancesOut {
    FinancesOut {
        convention: c.code.clone(),
        currency: f.currency.clone(),
        years: f
            .years
            .iter()
            .map(|y| YearOut {
                year: y.funding.year,
                budget: y.funding.budget.map(money),
                approved_revision: y.approved_revision,
                pledged: money(y.funding.pledged),
                received: money(y.funding.received),
                gap_received: y.funding.gap_received.map(money),
                gap_pledged: y.funding.gap_pledged.map(money),
                contributions: y.contributions.iter().map(contribution_out).collect(),
            })
            .collect(),
    }
}

/// One budget line against its spending.
#[derive(Clone, Serialize, ToSchema)]
pub struct LineActualOut {
    pub key: String,
    pub category: String,
    pub budget: String,
    /// Spent in quarters 1 to 4.
    pub quarters: Vec<String>,
    pub spent: String,
    /// Budget − spent (negative when overspent).
    pub remaining: String,
}

/// A year's approved budget against actual spending (issue 14 item 4).
#[derive(Clone, Serialize, ToSchema)]
pub struct SpendingOut {
    pub convention: String,
    pub year: i32,
    /// The approved revision the lines are taken from.
    pub revision: i32,
    pub currency: String,
    pub lines: Vec<LineActualOut>,
    pub budget: String,
    pub quarters: Vec<String>,
    pub spent: String,
    pub remaining: String,
}

/// An expenditure as a form or the API gives it.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct ExpenditureIn {
    /// The budget line's key in the approved plan (`L1` ...).
    #[serde(default)]
    pub line_key: String,
    /// 1 to 4
    #[serde(default)]
    pub quarter: Option<i32>,
    /// Exact decimal text in the budget currency, at most two decimals.
    #[serde(default)]
    pub amount: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub corrects: Option<i32>,
}

/// Reads an expenditure for `year`; every problem is listed.
pub fn expenditure(
    input: &ExpenditureIn,
    year: i32,
) -> Result<treatydesk_store::isu_spending::NewExpenditure, Vec<Problem>> {
    let mut problems = Vec::new();
    let amount = parse_amount(&input.amount)
        .map_err(|e| problems.push(e))
        .ok();
    if input.quarter.is_none() {
        problems.push(problem(Message::new("refuse-isu-quarter-missing")));
    }
    match (amount, input.quarter, problems.is_empty()) {
        (Some(amount), Some(quarter), true) => Ok(treatydesk_store::isu_spending::NewExpenditure {
            year,
            line_key: input.line_key.trim().to_uppercase(),
            quarter,
            amount,
            source: input.source.clone(),
        }),
        _ => Err(problems),
    }
}

pub fn spending_out(
    c: &convention::Model,
    b: &treatydesk_store::isu_spending::BudgetVsActual,
) -> SpendingOut {
    SpendingOut {
        convention: c.code.clone(),
        year: b.year,
        revision: b.revision,
        currency: b.currency.clone(),
        lines: b
            .lines
            .iter()
            .map(|l| LineActualOut {
                key: l.key.clone(),
                category: l.category.clone(),
                budget: money(l.budget),
                quarters: l.quarters.iter().map(|q| money(*q)).collect(),
                spent: money(l.spent),
                remaining: money(l.remaining),
            })
            .collect(),
        budget: money(b.budget),
        quarters: b.quarters.iter().map(|q| money(*q)).collect(),
        spent: money(b.spent),
        remaining: money(b.remaining),
    }
}
