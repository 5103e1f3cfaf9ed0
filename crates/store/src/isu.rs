//! The Implementation Support Unit's record (issue 14): the ISU as a body over time (status
//! periods citing their decisions, staff, the Director's office), its work plan and budget per
//! year with the P4.4(h) workflow (draft → endorsed by a Coordination Committee meeting →
//! approved by an MSP/RC), and contributions with the funding gap per year (P4.2).
//!
//! The record is never rewritten: a correction of a period, a staff row or a contribution is a
//! new row superseding the old one (who, when, why); every step of a work plan is a new
//! revision, so the endorsed revision stays readable after a change returns the plan to draft.
//! Every write is one audited transaction. Money is exact ([`Decimal`]); figures (totals, gaps)
//! are computed here from the record, never typed, so that pages, the API and the ISU report read
//! the same numbers. This module never decides who may write or read; the web checks roles and
//! uses [`WorkPlan::readable_by`].

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use serde::{Deserialize, Serialize};
use time::Date;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::isu::{
    self, Capacity, Counted, IsuPreset, WorkPlanStatus, YearFunding, is_currency,
};
use treatydesk_domain::meeting::MeetingKind;
use treatydesk_domain::record_kept::OfficeHolding;

use crate::audit::Author;
use crate::entities::{
    actor, convention, decision, isu_contribution, isu_period, isu_staff, isu_workplan_revision,
    meeting,
};
use crate::error::said;
use crate::offices::ISU_DIRECTOR;
use crate::{Store, StoreError};
use treatydesk_domain::finding::{Message, Problem};

const MAX_TEXT: usize = 300;

/// Which step of P4.4(h) a meeting is chosen for.
#[derive(Clone, Copy)]
enum StepKind {
    /// A Coordination Committee meeting endorses.
    Endorsement,
    /// An MSP or a Review Conference approves.
    Approval,
}

impl StepKind {
    /// Its code in `refuse-isu-step-*` (`locales/*/refusals_isu.ftl`).
    fn code(self) -> &'static str {
        match self {
            StepKind::Endorsement => "committee",
            StepKind::Approval => "formal",
        }
    }

    fn english(self) -> &'static str {
        match self {
            StepKind::Endorsement => "a meeting of the Coordination Committee",
            StepKind::Approval => "a Meeting of States Parties or a Review Conference",
        }
    }
}

/// A status period as a form or the API gives it.
#[derive(Clone, Debug)]
pub struct NewPeriod {
    pub capacity: Capacity,
    pub body: String,
    pub host: String,
    pub place: String,
    pub starts_on: Date,
    pub ends_on: Option<Date>,
    pub decision_id: Option<i32>,
    pub source: String,
}

/// A staff member as a form or the API gives it.
#[derive(Clone, Debug)]
pub struct NewStaff {
    pub person: String,
    pub function: String,
    pub starts_on: Date,
    pub ends_on: Option<Date>,
    pub source: String,
}

/// Who supported the Convention on a date, and in what capacity.
#[derive(Clone, Debug)]
pub struct Supported {
    pub date: Date,
    /// The periods holding that day (usually one).
    pub periods: Vec<isu_period::Model>,
    /// The ISU Director's office that day (from the record of offices).
    pub director: Vec<OfficeHolding>,
    /// The staff in post that day.
    pub staff: Vec<isu_staff::Model>,
}

/// An activity of a work plan, under a task of the mandate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    /// `A1`, `A2` ... in the plan's order (what an earmark names).
    pub key: String,
    /// The mandate task's key.
    pub task: String,
    pub title: String,
    pub outputs: Vec<String>,
}

/// A budget line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetLine {
    /// `L1`, `L2` ... in the plan's order.
    pub key: String,
    pub category: String,
    pub amount: Decimal,
    pub currency: String,
}

/// A whole work plan and budget, as one revision holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub activities: Vec<Activity>,
    pub lines: Vec<BudgetLine>,
    /// Prose: what the plan is (a DEMO plan says so here).
    #[serde(default)]
    pub note: String,
}

impl Plan {
    /// The budget's total (exact).
    pub fn total(&self) -> Decimal {
        self.lines.iter().map(|l| l.amount).sum()
    }
}

/// One revision of a work plan.
#[derive(Clone, Debug)]
pub struct WorkPlanRevision {
    pub revision: i32,
    pub status: WorkPlanStatus,
    pub plan: Plan,
    /// The meeting that endorsed or approved at this revision.
    pub meeting: Option<meeting::Model>,
    pub decision_id: Option<i32>,
    pub citation: String,
    pub at: time::OffsetDateTime,
    pub who: String,
    pub reason: String,
}

/// A year's work plan: every revision, oldest first.
#[derive(Clone, Debug)]
pub struct WorkPlan {
    pub year: i32,
    pub revisions: Vec<WorkPlanRevision>,
}

impl WorkPlan {
    pub fn current(&self) -> Option<&WorkPlanRevision> {
        self.revisions.last()
    }

    /// The newest revision a reader at `level` may read (a States Party reads the endorsed
    /// revision while a later draft is being prepared; the public the approved one).
    pub fn readable_by(&self, level: AccessLevel) -> Option<&WorkPlanRevision> {
        self.revisions
            .iter()
            .rev()
            .find(|r| level >= r.status.readers())
    }

    /// The newest approved revision (what the funding gap counts).
    pub fn approved(&self) -> Option<&WorkPlanRevision> {
        self.revisions
            .iter()
            .rev()
            .find(|r| r.status == WorkPlanStatus::Approved)
    }
}

/// A Committee meeting's endorsement, or an MSP/RC's approval: the meeting (by label), the
/// decision (optional for an endorsement, which may cite the minutes instead) and the citation.
#[derive(Clone, Debug, Default)]
pub struct Step {
    pub meeting: String,
    pub decision_id: Option<i32>,
    pub citation: String,
}

/// What a contribution is earmarked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Earmark {
    Unearmarked,
    /// A mandate task's key.
    Task(String),
    /// An activity's key in the year's work plan.
    Activity(String),
}

impl Earmark {
    pub fn slug(&self) -> &'static str {
        match self {
            Earmark::Unearmarked => "unearmarked",
            Earmark::Task(_) => "task",
            Earmark::Activity(_) => "activity",
        }
    }

    pub fn reference(&self) -> &str {
        match self {
            Earmark::Unearmarked => "",
            Earmark::Task(k) | Earmark::Activity(k) => k,
        }
    }
}

/// A contribution as a form or the API gives it.
#[derive(Clone, Debug)]
pub struct NewContribution {
    /// An actor code from the registry, when the contributor is in it.
    pub contributor_code: Option<String>,
    /// The contributor's name (taken from the registry when a code is given and this is empty).
    pub contributor: String,
    pub amount: Decimal,
    pub currency: String,
    /// Units of the budget currency one unit of `currency` is worth (1 for the same currency).
    pub rate: Decimal,
    pub pledged_on: Date,
    pub received_on: Option<Date>,
    pub earmark: Earmark,
    pub funds_year: i32,
    pub source: String,
}

/// A stored contribution with its figures.
#[derive(Clone, Debug)]
pub struct Contribution {
    pub row: isu_contribution::Model,
    pub amount: Decimal,
    pub rate: Decimal,
    /// `amount × rate`, rounded to the hundredth.
    pub in_budget_currency: Decimal,
}

/// A year's finances: the funding figures and the contributions counted.
#[derive(Clone, Debug)]
pub struct YearFinances {
    pub funding: YearFunding,
    /// The approved revision the budget is taken from.
    pub approved_revision: Option<i32>,
    pub contributions: Vec<Contribution>,
}

/// The finances of the ISU: per year, in the budget currency.
#[derive(Clone, Debug)]
pub struct Finances {
    pub currency: String,
    pub years: Vec<YearFinances>,
}

/// The rows no later row supersedes.
fn current<T>(
    all: Vec<T>,
    id: impl Fn(&T) -> i32,
    supersedes: impl Fn(&T) -> Option<i32>,
) -> Vec<T> {
    let replaced: std::collections::HashSet<i32> = all.iter().filter_map(&supersedes).collect();
    all.into_iter()
        .filter(|r| !replaced.contains(&id(r)))
        .collect()
}

/// A text field of the ISU's record: its code in `refuse-isu-give` and `refuse-isu-too-long`
/// (`locales/*/refusals_isu.ftl`), its English name, and the position of the activity or the
/// budget line it belongs to.
struct Field<'a> {
    code: &'a str,
    what: String,
    n: Option<usize>,
}

fn field<'a>(code: &'a str, what: &str) -> Field<'a> {
    Field {
        code,
        what: what.to_string(),
        n: None,
    }
}

fn field_message(id: &str, f: &Field) -> Message {
    let m = Message::new(id).code("field", f.code);
    match f.n {
        Some(n) => m.number("n", i64::try_from(n).unwrap_or(i64::MAX)),
        None => m,
    }
}

fn text_problem(out: &mut Vec<Problem>, f: &Field, value: &str, required: bool) {
    let n = value.trim().chars().count();
    let what = &f.what;
    if required && n == 0 {
        out.push(Problem::new(
            field_message("refuse-isu-give", f),
            format!("Give {what}."),
        ));
    } else if n > MAX_TEXT {
        out.push(Problem::new(
            field_message("refuse-isu-too-long", f)
                .number("max", i64::try_from(MAX_TEXT).unwrap_or(i64::MAX)),
            format!("{what} is longer than {MAX_TEXT} characters."),
        ));
    }
}

fn dates_problem(out: &mut Vec<Problem>, starts_on: Date, ends_on: Option<Date>) {
    if let Some(e) = ends_on.filter(|e| *e < starts_on) {
        out.push(Problem::new(
            Message::new("refuse-isu-ends-before-starts")
                .date("last", e)
                .date("first", starts_on),
            format!("The last day ({e}) comes before the first ({starts_on})."),
        ));
    }
}

fn year_problem(year: i32) -> Option<Problem> {
    (!(2000..=2100).contains(&year)).then(|| {
        Problem::new(
            Message::new("refuse-isu-year-out-of-range").code("year", &year.to_string()),
            format!("{year} is not a year TreatyDesk keeps work plans for (2000 to 2100)."),
        )
    })
}

/// A row that cannot be read back: not the reader's doing, so an internal error (a 500, logged).
fn unreadable(what: String) -> StoreError {
    StoreError::Database(sea_orm::DbErr::Custom(what))
}

impl Store {
    /// The ISU section of the convention's preset (mandate tasks, budget currency).
    pub fn isu_preset(&self, convention: &convention::Model) -> IsuPreset {
        crate::registry::isu_preset(&convention.code)
    }

    async fn own_decision(
        &self,
        convention: &convention::Model,
        id: i32,
    ) -> Result<Option<decision::Model>, StoreError> {
        Ok(decision::Entity::find_by_id(id)
            .filter(decision::Column::ConventionId.eq(convention.id))
            .one(self.db())
            .await?)
    }

    /// Every status period of the convention, every version (corrected ones too), oldest first.
    pub async fn isu_period_rows(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<isu_period::Model>, StoreError> {
        Ok(isu_period::Entity::find()
            .filter(isu_period::Column::ConventionId.eq(convention.id))
            .order_by_asc(isu_period::Column::Id)
            .all(self.db())
            .await?)
    }

    /// The status periods as they stand (corrections applied), by first day.
    pub async fn isu_periods(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<isu_period::Model>, StoreError> {
        let mut rows = current(
            self.isu_period_rows(convention).await?,
            |r| r.id,
            |r| r.supersedes_id,
        );
        rows.sort_by_key(|r| (r.starts_on, r.id));
        Ok(rows)
    }

    /// Every staff row, every version, oldest first.
    pub async fn isu_staff_rows(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<isu_staff::Model>, StoreError> {
        Ok(isu_staff::Entity::find()
            .filter(isu_staff::Column::ConventionId.eq(convention.id))
            .order_by_asc(isu_staff::Column::Id)
            .all(self.db())
            .await?)
    }

    /// The staff as the record stands (corrections applied), by first day.
    pub async fn isu_staff(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<isu_staff::Model>, StoreError> {
        let mut rows = current(
            self.isu_staff_rows(convention).await?,
            |r| r.id,
            |r| r.supersedes_id,
        );
        rows.sort_by_key(|r| (r.starts_on, r.id));
        Ok(rows)
    }

    /// Who supported the Convention on `date`, and in what capacity: the status periods
    /// holding that day, the ISU Director's office, and the staff in post.
    pub async fn isu_supported_on(
        &self,
        convention: &convention::Model,
        date: Date,
    ) -> Result<Supported, StoreError> {
        let periods = self
            .isu_periods(convention)
            .await?
            .into_iter()
            .filter(|p| isu::holds_on(p.starts_on, p.ends_on, date))
            .collect();
        let staff = self
            .isu_staff(convention)
            .await?
            .into_iter()
            .filter(|s| isu::holds_on(s.starts_on, s.ends_on, date))
            .collect();
        let director = self
            .offices_on(convention, date)
            .await?
            .into_iter()
            .filter(|o| o.office == ISU_DIRECTOR && !o.outgoing)
            .collect();
        Ok(Supported {
            date,
            periods,
            director,
            staff,
        })
    }

    /// Records a status period, or (with `corrects`) a correction of a current one, which the
    /// new row supersedes (`isu.period`). Every problem is a sentence.
    pub async fn record_isu_period(
        &self,
        author: &Author,
        convention: &convention::Model,
        new: &NewPeriod,
        corrects: Option<i32>,
    ) -> Result<isu_period::Model, StoreError> {
        let mut problems = Vec::new();
        text_problem(
            &mut problems,
            &field("body", "who supported the Convention (the body)"),
            &new.body,
            true,
        );
        text_problem(&mut problems, &field("host", "the host"), &new.host, false);
        text_problem(
            &mut problems,
            &field("place", "the place"),
            &new.place,
            false,
        );
        dates_problem(&mut problems, new.starts_on, new.ends_on);
        if new.source.trim().is_empty() {
            problems.push(said(
                "refuse-isu-period-source",
                "Say where the change is recorded (the source); where its decision is not in the register, say so.",
            ));
        }
        if let Some(id) = new.decision_id
            && self.own_decision(convention, id).await?.is_none()
        {
            problems.push(Problem::new(
                Message::new("refuse-isu-decision-not-in-register")
                    .code("id", &id.to_string())
                    .text("convention", &convention.short_name),
                format!(
                    "Decision {id} is not in the register of {}; choose one of its decisions or leave it out and say why in the source.",
                    convention.short_name
                ),
            ));
        }
        if let Some(id) = corrects {
            let rows = self.isu_periods(convention).await?;
            if !rows.iter().any(|r| r.id == id) {
                problems.push(Problem::new(
                    Message::new("refuse-isu-period-not-current")
                        .code("id", &id.to_string())
                        .text("convention", &convention.short_name),
                    format!(
                        "Period {id} is not a current period of {}; correct the current version.",
                        convention.short_name
                    ),
                ));
            }
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let mut write = self
            .write(
                author,
                "isu.period",
                format!(
                    "{} ISU: {} ({}) from {}",
                    convention.short_name,
                    new.body.trim(),
                    new.capacity.slug(),
                    new.starts_on
                ),
            )
            .await?;
        write.convention(convention.id);
        let row = isu_period::ActiveModel {
            convention_id: Set(convention.id),
            capacity: Set(new.capacity.slug().into()),
            body: Set(new.body.trim().into()),
            host: Set(new.host.trim().into()),
            place: Set(new.place.trim().into()),
            starts_on: Set(new.starts_on),
            ends_on: Set(new.ends_on),
            decision_id: Set(new.decision_id),
            source: Set(new.source.trim().into()),
            supersedes_id: Set(corrects),
            at: Set(crate::now()),
            who: Set(author.who.clone()),
            reason: Set(author.reason.clone()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.detail(serde_json::json!({ "period": row.id, "corrects": corrects }));
        write.commit().await?;
        Ok(row)
    }

    /// Records a staff member, or (with `corrects`) a correction (`isu.staff`).
    pub async fn record_isu_staff(
        &self,
        author: &Author,
        convention: &convention::Model,
        new: &NewStaff,
        corrects: Option<i32>,
    ) -> Result<isu_staff::Model, StoreError> {
        let mut problems = Vec::new();
        text_problem(
            &mut problems,
            &field("person", "the person's name"),
            &new.person,
            true,
        );
        text_problem(
            &mut problems,
            &field("function", "the function"),
            &new.function,
            true,
        );
        dates_problem(&mut problems, new.starts_on, new.ends_on);
        if new.source.trim().is_empty() {
            problems.push(said(
                "refuse-isu-staff-source",
                "Say where the appointment is recorded (the source).",
            ));
        }
        if let Some(id) = corrects
            && !self.isu_staff(convention).await?.iter().any(|r| r.id == id)
        {
            problems.push(Problem::new(
                Message::new("refuse-isu-staff-not-current")
                    .code("id", &id.to_string())
                    .text("convention", &convention.short_name),
                format!(
                    "Staff row {id} is not a current row of {}; correct the current version.",
                    convention.short_name
                ),
            ));
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let mut write = self
            .write(
                author,
                "isu.staff",
                format!(
                    "{} ISU staff: {}, {} from {}",
                    convention.short_name,
                    new.person.trim(),
                    new.function.trim(),
                    new.starts_on
                ),
            )
            .await?;
        write.convention(convention.id);
        let row = isu_staff::ActiveModel {
            convention_id: Set(convention.id),
            person: Set(new.person.trim().into()),
            function: Set(new.function.trim().into()),
            starts_on: Set(new.starts_on),
            ends_on: Set(new.ends_on),
            source: Set(new.source.trim().into()),
            supersedes_id: Set(corrects),
            at: Set(crate::now()),
            who: Set(author.who.clone()),
            reason: Set(author.reason.clone()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.detail(serde_json::json!({ "staff": row.id, "corrects": corrects }));
        write.commit().await?;
        Ok(row)
    }

    /// The years that have a work plan, oldest first.
    pub async fn workplan_years(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<i32>, StoreError> {
        let mut years: Vec<i32> = isu_workplan_revision::Entity::find()
            .filter(isu_workplan_revision::Column::ConventionId.eq(convention.id))
            .all(self.db())
            .await?
            .into_iter()
            .map(|r| r.year)
            .collect();
        years.sort_unstable();
        years.dedup();
        Ok(years)
    }

    /// A year's work plan with every revision (`None` when the ISU has drafted none).
    pub async fn workplan(
        &self,
        convention: &convention::Model,
        year: i32,
    ) -> Result<Option<WorkPlan>, StoreError> {
        let rows = isu_workplan_revision::Entity::find()
            .filter(isu_workplan_revision::Column::ConventionId.eq(convention.id))
            .filter(isu_workplan_revision::Column::Year.eq(year))
            .order_by_asc(isu_workplan_revision::Column::Revision)
            .all(self.db())
            .await?;
        if rows.is_empty() {
            return Ok(None);
        }
        let meetings: BTreeMap<i32, meeting::Model> = self
            .meetings(convention)
            .await?
            .into_iter()
            .map(|m| (m.id, m))
            .collect();
        let mut revisions = Vec::new();
        for r in rows {
            let plan: Plan = serde_json::from_str(&r.plan).map_err(|e| {
                unreadable(format!(
                    "revision {} of the {year} work plan cannot be read: {e}",
                    r.revision
                ))
            })?;
            let status = WorkPlanStatus::from_slug(&r.status).ok_or_else(|| {
                unreadable(format!(
                    "revision {} of the {year} work plan has an unknown state “{}”",
                    r.revision, r.status
                ))
            })?;
            revisions.push(WorkPlanRevision {
                revision: r.revision,
                status,
                plan,
                meeting: r.meeting_id.and_then(|id| meetings.get(&id).cloned()),
                decision_id: r.decision_id,
                citation: r.citation,
                at: r.at,
                who: r.who,
                reason: r.reason,
            });
        }
        Ok(Some(WorkPlan { year, revisions }))
    }

    /// The problems of a plan against the convention's mandate and budget currency.
    fn plan_problems(&self, convention: &convention::Model, plan: &Plan) -> Vec<Problem> {
        let preset = self.isu_preset(convention);
        let short = convention.short_name.as_str();
        let position = |i: usize| i64::try_from(i + 1).unwrap_or(i64::MAX);
        let mut out = Vec::new();
        if plan.activities.is_empty() && plan.lines.is_empty() {
            out.push(said(
                "refuse-isu-plan-empty",
                "Give at least one activity or one budget line.",
            ));
        }
        for (i, a) in plan.activities.iter().enumerate() {
            if preset.task(&a.task).is_none() {
                let keys: Vec<&str> = preset.mandate.iter().map(|t| t.key.as_str()).collect();
                out.push(if keys.is_empty() {
                    Problem::new(
                        Message::new("refuse-isu-activity-no-mandate")
                            .number("n", position(i))
                            .text("convention", short),
                        format!(
                            "Activity {}: the preset of {short} lists no mandate tasks to place it under.",
                            i + 1
                        ),
                    )
                } else {
                    Problem::new(
                        Message::new("refuse-isu-activity-task")
                            .number("n", position(i))
                            .code("value", &a.task)
                            .code("keys", &keys.join(", ")),
                        format!(
                            "Activity {}: “{}” is not a task of the ISU's mandate ({}).",
                            i + 1,
                            a.task,
                            keys.join(", ")
                        ),
                    )
                });
            }
            text_problem(
                &mut out,
                &Field {
                    code: "activity-title",
                    what: format!("activity {}'s title", i + 1),
                    n: Some(i + 1),
                },
                &a.title,
                true,
            );
        }
        let currency = preset.budget_currency.clone();
        for (i, l) in plan.lines.iter().enumerate() {
            text_problem(
                &mut out,
                &Field {
                    code: "line-category",
                    what: format!("budget line {}'s category", i + 1),
                    n: Some(i + 1),
                },
                &l.category,
                true,
            );
            if l.amount <= Decimal::ZERO || l.amount.scale() > 2 {
                out.push(Problem::new(
                    Message::new("refuse-isu-line-amount").number("n", position(i)),
                    format!(
                        "Budget line {}: the amount must be more than zero, with at most two decimals.",
                        i + 1
                    ),
                ));
            }
            match &currency {
                Some(c) if *c != l.currency => out.push(Problem::new(
                    Message::new("refuse-isu-line-currency")
                        .number("n", position(i))
                        .text("convention", short)
                        .code("budget", c)
                        .code("currency", &l.currency),
                    format!(
                        "Budget line {}: the budget of {short} is in {c}, not {}.",
                        i + 1,
                        l.currency
                    ),
                )),
                None => out.push(Problem::new(
                    Message::new("refuse-isu-line-no-currency")
                        .number("n", position(i))
                        .text("convention", short),
                    format!(
                        "Budget line {}: the preset of {short} gives no budget currency.",
                        i + 1
                    ),
                )),
                _ => {}
            }
        }
        out
    }

    async fn append_revision(
        &self,
        author: &Author,
        convention: &convention::Model,
        year: i32,
        status: WorkPlanStatus,
        plan: &Plan,
        step: Option<(&meeting::Model, Option<i32>, &str)>,
    ) -> Result<WorkPlan, StoreError> {
        let mut write = self
            .write(
                author,
                &format!("isu.workplan.{}", status.slug()),
                format!("{} ISU work plan and budget {year}", convention.short_name),
            )
            .await?;
        write.convention(convention.id);
        // The revision number is read inside the write (the unique index refuses a race).
        let last = isu_workplan_revision::Entity::find()
            .filter(isu_workplan_revision::Column::ConventionId.eq(convention.id))
            .filter(isu_workplan_revision::Column::Year.eq(year))
            .order_by_desc(isu_workplan_revision::Column::Revision)
            .one(write.txn())
            .await?
            .map(|r| r.revision)
            .unwrap_or(0);
        let plan_json = serde_json::to_string(plan)
            .map_err(|e| unreadable(format!("the plan cannot be stored: {e}")))?;
        isu_workplan_revision::ActiveModel {
            convention_id: Set(convention.id),
            year: Set(year),
            revision: Set(last + 1),
            status: Set(status.slug().into()),
            plan: Set(plan_json),
            meeting_id: Set(step.map(|(m, _, _)| m.id)),
            decision_id: Set(step.and_then(|(_, d, _)| d)),
            citation: Set(step
                .map(|(_, _, c)| c.trim().to_string())
                .unwrap_or_default()),
            at: Set(crate::now()),
            who: Set(author.who.clone()),
            reason: Set(author.reason.clone()),
            ..Default::default()
        }
        .insert(write.txn())
        .await
        .map_err(|_| {
            StoreError::conflict(Problem::new(
                Message::new("conflict-isu-workplan-race").code("year", &year.to_string()),
                format!(
                    "another revision of the {year} work plan was saved at the same time; reload the plan and try again"
                ),
            ))
        })?;
        write.detail(serde_json::json!({
            "year": year,
            "revision": last + 1,
            "status": status.slug(),
            "meeting": step.map(|(m, _, _)| m.label.clone()),
            "decision": step.and_then(|(_, d, _)| d),
            "total": plan.total().to_string(),
        }));
        write.commit().await?;
        self.workplan(convention, year)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("the {year} work plan")))
    }

    /// Saves the ISU's draft of a year's plan: a new draft revision. A change to an endorsed
    /// or approved plan returns it to draft; the endorsed revision stays readable. Saving the
    /// plan unchanged over a draft records nothing and says so.
    pub async fn save_workplan_draft(
        &self,
        author: &Author,
        convention: &convention::Model,
        year: i32,
        plan: &Plan,
    ) -> Result<WorkPlan, StoreError> {
        let mut problems: Vec<Problem> = year_problem(year).into_iter().collect();
        problems.extend(self.plan_problems(convention, plan));
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        if let Some(wp) = self.workplan(convention, year).await?
            && let Some(cur) = wp.current()
            && cur.plan == *plan
            && cur.status == WorkPlanStatus::Draft
        {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-isu-draft-unchanged")
                    .code("revision", &cur.revision.to_string()),
                format!(
                    "The draft (revision {}) already reads like this; nothing was changed.",
                    cur.revision
                ),
            )));
        }
        self.append_revision(author, convention, year, WorkPlanStatus::Draft, plan, None)
            .await
    }

    async fn step_meeting(
        &self,
        convention: &convention::Model,
        step: &Step,
        kinds: &[MeetingKind],
        kind: StepKind,
        problems: &mut Vec<Problem>,
    ) -> Result<Option<meeting::Model>, StoreError> {
        let what = kind.english();
        let label = step.meeting.trim();
        let found = self
            .meetings(convention)
            .await?
            .into_iter()
            .find(|m| m.label == label);
        let m = match found {
            None => {
                problems.push(Problem::new(
                    Message::new("refuse-isu-step-no-meeting")
                        .code("value", label)
                        .text("convention", &convention.short_name)
                        .code("kind", kind.code()),
                    format!(
                        "“{label}” is not a meeting of {}; choose {what}.",
                        convention.short_name
                    ),
                ));
                return Ok(None);
            }
            Some(m) => m,
        };
        if !MeetingKind::from_slug(&m.kind).is_some_and(|k| kinds.contains(&k)) {
            problems.push(Problem::new(
                Message::new("refuse-isu-step-wrong-meeting")
                    .meeting("meeting", &m.label)
                    .code("kind", kind.code()),
                format!("{} is not {what}.", m.label),
            ));
        }
        if let Some(id) = step.decision_id {
            match self.own_decision(convention, id).await? {
                Some(d) if d.meeting_id == m.id => {}
                _ => problems.push(Problem::new(
                    Message::new("refuse-isu-step-decision")
                        .code("id", &id.to_string())
                        .meeting("meeting", &m.label),
                    format!(
                        "Decision {id} is not a decision of {}; cite one of that meeting's decisions.",
                        m.label
                    ),
                )),
            }
        }
        Ok(Some(m))
    }

    /// Records a Coordination Committee meeting's endorsement of the current draft (P4.4(h)),
    /// citing that meeting's decision or its minutes.
    pub async fn endorse_workplan(
        &self,
        author: &Author,
        convention: &convention::Model,
        year: i32,
        step: &Step,
    ) -> Result<WorkPlan, StoreError> {
        let wp = self
            .workplan(convention, year)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("a work plan for {year}")))?;
        let cur = wp
            .current()
            .ok_or_else(|| StoreError::NotFound(format!("a work plan for {year}")))?;
        let mut problems: Vec<Problem> = isu::check_endorsement(cur.status)
            .err()
            .into_iter()
            .collect();
        let m = self
            .step_meeting(
                convention,
                step,
                &[MeetingKind::CoordinationCommittee],
                StepKind::Endorsement,
                &mut problems,
            )
            .await?;
        if step.decision_id.is_none() && step.citation.trim().is_empty() {
            problems.push(said(
                "refuse-isu-endorsement-citation",
                "Cite the Committee meeting's decision or its minutes (where the endorsement is recorded).",
            ));
        }
        let (Some(m), true) = (m, problems.is_empty()) else {
            return Err(StoreError::Invalid(problems));
        };
        let plan = cur.plan.clone();
        self.append_revision(
            author,
            convention,
            year,
            WorkPlanStatus::Endorsed,
            &plan,
            Some((&m, step.decision_id, &step.citation)),
        )
        .await
    }

    /// Records an MSP's or Review Conference's approval of the endorsed plan, citing its
    /// decision. Refused, naming P4.4(h), when the current revision is not endorsed.
    pub async fn approve_workplan(
        &self,
        author: &Author,
        convention: &convention::Model,
        year: i32,
        step: &Step,
    ) -> Result<WorkPlan, StoreError> {
        let wp = self
            .workplan(convention, year)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("a work plan for {year}")))?;
        let cur = wp
            .current()
            .ok_or_else(|| StoreError::NotFound(format!("a work plan for {year}")))?;
        if let Err(refusal) = isu::check_approval(cur.status) {
            return Err(StoreError::refuse(refusal));
        }
        let mut problems = Vec::new();
        let m = self
            .step_meeting(
                convention,
                step,
                &[
                    MeetingKind::Msp,
                    MeetingKind::ReviewConference,
                    MeetingKind::ExtraordinaryMsp,
                ],
                StepKind::Approval,
                &mut problems,
            )
            .await?;
        if step.decision_id.is_none() {
            problems.push(said(
                "refuse-isu-approval-decision",
                "Cite the decision of the meeting that approved the plan.",
            ));
        }
        let (Some(m), true) = (m, problems.is_empty()) else {
            return Err(StoreError::Invalid(problems));
        };
        let plan = cur.plan.clone();
        self.append_revision(
            author,
            convention,
            year,
            WorkPlanStatus::Approved,
            &plan,
            Some((&m, step.decision_id, &step.citation)),
        )
        .await
    }

    /// Every contribution row, every version, oldest first.
    pub async fn contribution_rows(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<isu_contribution::Model>, StoreError> {
        Ok(isu_contribution::Entity::find()
            .filter(isu_contribution::Column::ConventionId.eq(convention.id))
            .order_by_asc(isu_contribution::Column::Id)
            .all(self.db())
            .await?)
    }

    /// The contributions as they stand (corrections applied), with their figures, by year and
    /// pledge date.
    pub async fn contributions(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<Contribution>, StoreError> {
        let rows = current(
            self.contribution_rows(convention).await?,
            |r| r.id,
            |r| r.supersedes_id,
        );
        let mut out = Vec::new();
        for row in rows {
            let bad = |what: &str| {
                unreadable(format!(
                    "contribution {}: the {what} cannot be read",
                    row.id
                ))
            };
            let amount: Decimal = row.amount.parse().map_err(|_| bad("amount"))?;
            let rate: Decimal = row.rate.parse().map_err(|_| bad("rate"))?;
            out.push(Contribution {
                in_budget_currency: isu::convert(amount, rate),
                amount,
                rate,
                row,
            });
        }
        out.sort_by_key(|c| (c.row.funds_year, c.row.pledged_on, c.row.id));
        Ok(out)
    }

    /// Records a contribution, or (with `corrects`) a correction (`isu.contribution`).
    pub async fn record_contribution(
        &self,
        author: &Author,
        convention: &convention::Model,
        new: &NewContribution,
        corrects: Option<i32>,
    ) -> Result<isu_contribution::Model, StoreError> {
        let preset = self.isu_preset(convention);
        let mut problems: Vec<Problem> = year_problem(new.funds_year).into_iter().collect();
        let mut name = new.contributor.trim().to_string();
        let code = new
            .contributor_code
            .as_deref()
            .map(|c| c.trim().to_uppercase())
            .filter(|c| !c.is_empty());
        if let Some(c) = &code {
            match actor::Entity::find()
                .filter(actor::Column::Code.eq(c.as_str()))
                .one(self.db())
                .await?
            {
                Some(a) if name.is_empty() => name = a.name_en,
                Some(_) => {}
                None => problems.push(Problem::new(
                    Message::new("refuse-isu-contributor-unknown").code("value", c),
                    format!(
                        "“{c}” is not a State or organization in the registry; leave the code out and give the name."
                    ),
                )),
            }
        }
        text_problem(
            &mut problems,
            &field(
                "contributor",
                "the contributor (a State or an organization)",
            ),
            &name,
            true,
        );
        let budget_currency = match &preset.budget_currency {
            Some(c) => c.clone(),
            None => {
                problems.push(Problem::new(
                    Message::new("refuse-isu-no-budget-currency")
                        .text("convention", &convention.short_name),
                    format!(
                        "The preset of {} gives no budget currency; contributions cannot be counted against a budget.",
                        convention.short_name
                    ),
                ));
                String::new()
            }
        };
        if !is_currency(&new.currency) {
            problems.push(Problem::new(
                Message::new("refuse-isu-not-a-currency").code("value", &new.currency),
                format!(
                    "“{}” is not a currency code (three capital letters, as CHF or EUR).",
                    new.currency
                ),
            ));
        }
        if new.amount <= Decimal::ZERO || new.amount.scale() > 2 {
            problems.push(said(
                "refuse-isu-amount",
                "The amount must be more than zero, with at most two decimals.",
            ));
        }
        if new.rate <= Decimal::ZERO {
            problems.push(said("refuse-isu-rate", "The rate must be more than zero."));
        } else if new.currency == budget_currency && new.rate != Decimal::ONE {
            problems.push(Problem::new(
                Message::new("refuse-isu-rate-one").code("currency", &budget_currency),
                format!(
                    "The contribution is in the budget currency ({budget_currency}); its rate is 1."
                ),
            ));
        }
        dates_problem(&mut problems, new.pledged_on, new.received_on);
        match &new.earmark {
            Earmark::Unearmarked => {}
            Earmark::Task(k) => {
                if preset.task(k).is_none() {
                    problems.push(Problem::new(
                        Message::new("refuse-isu-earmark-task").code("value", k),
                        format!("“{k}” is not a task of the ISU's mandate."),
                    ));
                }
            }
            Earmark::Activity(k) => {
                let known = self
                    .workplan(convention, new.funds_year)
                    .await?
                    .and_then(|wp| wp.current().cloned())
                    .is_some_and(|r| r.plan.activities.iter().any(|a| &a.key == k));
                if !known {
                    problems.push(Problem::new(
                        Message::new("refuse-isu-earmark-activity")
                            .code("value", k)
                            .code("year", &new.funds_year.to_string()),
                        format!(
                            "“{k}” is not an activity of the {} work plan.",
                            new.funds_year
                        ),
                    ));
                }
            }
        }
        if new.source.trim().is_empty() {
            problems.push(said(
                "refuse-isu-contribution-source",
                "Name the source document of the contribution.",
            ));
        }
        if let Some(id) = corrects
            && !self
                .contributions(convention)
                .await?
                .iter()
                .any(|c| c.row.id == id)
        {
            problems.push(Problem::new(
                Message::new("refuse-isu-contribution-not-current")
                    .code("id", &id.to_string())
                    .text("convention", &convention.short_name),
                format!(
                    "Contribution {id} is not a current contribution of {}; correct the current version.",
                    convention.short_name
                ),
            ));
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let mut write = self
            .write(
                author,
                "isu.contribution",
                format!(
                    "{} ISU: contribution of {name}, {} {} for {}",
                    convention.short_name, new.amount, new.currency, new.funds_year
                ),
            )
            .await?;
        write.convention(convention.id);
        let row = isu_contribution::ActiveModel {
            convention_id: Set(convention.id),
            contributor_code: Set(code),
            contributor: Set(name),
            amount: Set(new.amount.to_string()),
            currency: Set(new.currency.clone()),
            rate: Set(new.rate.to_string()),
            budget_currency: Set(budget_currency),
            pledged_on: Set(new.pledged_on),
            received_on: Set(new.received_on),
            earmark: Set(new.earmark.slug().into()),
            earmark_ref: Set(new.earmark.reference().into()),
            funds_year: Set(new.funds_year),
            source: Set(new.source.trim().into()),
            supersedes_id: Set(corrects),
            at: Set(crate::now()),
            who: Set(author.who.clone()),
            reason: Set(author.reason.clone()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.detail(serde_json::json!({ "contribution": row.id, "corrects": corrects }));
        write.commit().await?;
        Ok(row)
    }

    /// The ISU's finances per year (every year with an approved plan or a contribution): the
    /// approved budget, pledged and received in the budget currency, and the gaps.
    pub async fn isu_finances(
        &self,
        convention: &convention::Model,
    ) -> Result<Finances, StoreError> {
        let currency = self
            .isu_preset(convention)
            .budget_currency
            .unwrap_or_default();
        let contributions = self.contributions(convention).await?;
        let mut years: Vec<i32> = self.workplan_years(convention).await?;
        years.extend(contributions.iter().map(|c| c.row.funds_year));
        years.sort_unstable();
        years.dedup();
        let mut out = Vec::new();
        for year in years {
            let approved = self
                .workplan(convention, year)
                .await?
                .and_then(|wp| wp.approved().cloned());
            let of_year: Vec<Contribution> = contributions
                .iter()
                .filter(|c| c.row.funds_year == year)
                .cloned()
                .collect();
            if approved.is_none() && of_year.is_empty() {
                continue;
            }
            let counted: Vec<Counted> = of_year
                .iter()
                .map(|c| Counted {
                    in_budget_currency: c.in_budget_currency,
                    received: c.row.received_on.is_some(),
                })
                .collect();
            out.push(YearFinances {
                funding: isu::funding(year, approved.as_ref().map(|r| r.plan.total()), &counted),
                approved_revision: approved.map(|r| r.revision),
                contributions: of_year,
            });
        }
        Ok(Finances {
            currency,
            years: out,
        })
    }
}
