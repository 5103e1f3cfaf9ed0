//! Obligations of States (issue 16) as read models shared by the pages, the API and the feed:
//! a State's deadlines as of a date with the obligations and submissions behind them, the
//! basis of a deadline as a sentence in the reader's language, the API's answers, and the
//! checking of a submission typed in a form or sent as JSON.
//!
//! Whether a State met a deadline is public; a submission's document reference is shown only to
//! a reader who reaches its access level, and the record of submissions only to ISU staff. This
//! module never writes and never renders HTML.

use serde::{Deserialize, Serialize};
use time::Date;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::finding::{Message, Problem};
use treatydesk_domain::obligation::{Deadline, DueRule, Obligation, SubmissionKind};
use treatydesk_domain::{AccessLevel, Lang, ProfileKind, Viewer};
use treatydesk_store::entities::{actor, convention};
use treatydesk_store::obligations::{NewSubmission, OverdueRow, SubmissionRecord};
use utoipa::ToSchema;

use crate::views::findings::{problem, typed_date};
use crate::views::listing;
use crate::{AppState, WebError};

/// The obligation `key` of a convention.
pub fn obligation_of<'a>(obligations: &'a [Obligation], key: &str) -> Option<&'a Obligation> {
    obligations.iter().find(|o| o.key == key)
}

/// What the State page, its API answer and its feed read.
pub struct StateObligations {
    pub convention: convention::Model,
    pub actor: actor::Model,
    pub as_of: Date,
    pub in_force_on: Option<Date>,
    pub obligations: Vec<Obligation>,
    /// Oldest first.
    pub deadlines: Vec<Deadline>,
    /// Every submission, corrected ones included.
    pub submissions: Vec<SubmissionRecord>,
}

/// A State's obligations as of `as_of`: 404 for an unknown convention or State; a State with no
/// record under the convention owes nothing.
pub async fn load_state(
    state: &AppState,
    code: &str,
    iso3: &str,
    as_of: Date,
) -> Result<StateObligations, WebError> {
    let convention = crate::extract::convention(&state.store, code).await?;
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

/// The current report that met `d`, if any.
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

/// The reference of the submission that met `d` when `viewer` may read it, and whether one is
/// there but hidden from this reader.
pub fn visible_reference(
    viewer: &Viewer,
    code: &str,
    subs: &[SubmissionRecord],
    d: &Deadline,
) -> (Option<String>, bool) {
    match met_by(subs, d) {
        Some(s) if viewer.can_read(code, s.access) => (Some(s.reference.clone()), false),
        Some(_) => (None, true),
        None => (None, false),
    }
}

/// The basis of a deadline as a sentence in `lang`: the article, the rule, the profile that
/// makes the State owe it and any extension granted. `date` writes a date for the reader;
/// `profile` names a profile.
pub fn basis_text(
    lang: Lang,
    d: &Deadline,
    date: impl Fn(Date) -> String,
    profile: impl Fn(ProfileKind) -> String,
) -> String {
    use crate::i18n::{tr_args, tr_s};
    let b = &d.basis;
    let eif = date(b.entry_into_force);
    let article = b.article.as_str();
    let mut text = match &b.rule {
        DueRule::DaysAfterEntryIntoForce { days } => tr_args(
            lang,
            "ob-basis-days",
            &[
                ("article", article),
                ("days", &days.to_string()),
                ("eif", &eif),
            ],
        ),
        DueRule::YearsAfterEntryIntoForce { years } => tr_args(
            lang,
            "ob-basis-years",
            &[
                ("article", article),
                ("years", &years.to_string()),
                ("eif", &eif),
            ],
        ),
        DueRule::Annually { .. } => {
            // "30 April": the due date without its year.
            let full = date(d.due_on);
            let day_month = full
                .rsplit_once(' ')
                .map(|(dm, _)| dm.trim_end_matches(" de").to_string())
                .unwrap_or(full);
            tr_args(
                lang,
                "ob-basis-annual",
                &[("article", article), ("date", &day_month)],
            )
        }
    };
    if let Some(p) = b.profile {
        text.push(' ');
        text.push_str(&tr_s(lang, "ob-basis-profile", "value", &profile(p)));
    }
    if let Some(e) = b.extended_to {
        text.push(' ');
        text.push_str(&tr_s(lang, "ob-basis-extended", "value", &date(e)));
    }
    text
}

/// A submission as typed in the form or sent as JSON, before it is checked.
#[derive(Deserialize, Default, Clone)]
pub struct SubmissionFields {
    #[serde(default)]
    pub obligation: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub period: String,
    #[serde(default)]
    pub received_on: String,
    #[serde(default)]
    pub extended_to: String,
    #[serde(default)]
    pub reference: String,
    #[serde(default)]
    pub access: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub reason: String,
}

impl SubmissionFields {
    /// The submission, or every problem as a message. The store checks it against the
    /// convention's obligations.
    pub fn check(&self) -> Result<NewSubmission, Vec<Problem>> {
        let mut problems = Vec::new();
        let kind = SubmissionKind::from_slug(self.kind.trim());
        if kind.is_none() {
            problems.push(problem(Message::new("refuse-submission-kind")));
        }
        let received_on = typed_date(&self.received_on, "received-on", &mut problems);
        if self.received_on.trim().is_empty() {
            problems.push(problem(Message::new("refuse-submission-received-missing")));
        }
        let extended_to = typed_date(&self.extended_to, "new-deadline", &mut problems);
        let period = match self.period.trim() {
            "" => None,
            t => match t.parse::<i32>() {
                Ok(y) => Some(y),
                Err(_) => {
                    problems.push(problem(Message::new("refuse-not-a-year").code("value", t)));
                    None
                }
            },
        };
        let access = AccessLevel::from_slug(self.access.trim());
        if access.is_none() {
            problems.push(problem(Message::new("refuse-submission-access")));
        }
        match (kind, received_on, access) {
            (Some(kind), Some(received_on), Some(access)) if problems.is_empty() => {
                Ok(NewSubmission {
                    obligation: self.obligation.trim().to_string(),
                    kind,
                    period,
                    received_on,
                    extended_to,
                    reference: self.reference.clone(),
                    access,
                    note: self.note.clone(),
                })
            }
            _ => Err(problems),
        }
    }

    /// The reason kept in the audit log.
    pub fn reason(&self) -> String {
        match self.reason.trim() {
            "" => "record a submission".to_string(),
            r => r.to_string(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The API's answers.

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

pub fn deadline_out(viewer: &Viewer, s: &StateObligations, d: &Deadline) -> DeadlineOut {
    let (reference, _) = visible_reference(viewer, &s.convention.code, &s.submissions, d);
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

pub fn submission_out(r: &SubmissionRecord) -> SubmissionOut {
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

pub fn state_out(viewer: &Viewer, s: &StateObligations) -> StateObligationsOut {
    let isu = viewer.can_read(&s.convention.code, AccessLevel::Isu);
    StateObligationsOut {
        convention: s.convention.code.clone(),
        state: s.actor.code.clone(),
        as_of: format_date(s.as_of),
        in_force_on: s.in_force_on.map(format_date),
        next: treatydesk_domain::obligation::next_deadline(&s.deadlines)
            .map(|d| deadline_out(viewer, s, d)),
        deadlines: s
            .deadlines
            .iter()
            .map(|d| deadline_out(viewer, s, d))
            .collect(),
        submissions: if isu {
            s.submissions.iter().map(submission_out).collect()
        } else {
            Vec::new()
        },
    }
}

pub fn overdue_out(c: &convention::Model, as_of: Date, rows: &[OverdueRow]) -> OverdueOut {
    OverdueOut {
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
    }
}
