//! Nominations (issue 12): before a meeting that selects Coordinators, a State nominates itself
//! for one or more seats (in order of preference, with a short statement), and may withdraw
//! until the meeting opens. ISU staff may enter one on a State's behalf, recorded as such. P2.4
//! applies at once: a State that will not be a State Party in force on the term's first day is
//! refused with the finding; a State whose participation is not on record gets the warning.
//!
//! The rotation planner and the appointments page read the standing nominations through
//! [`Store::record`]. A nomination is never deleted: a withdrawal keeps it, marked withdrawn.
//! Every write is audited. This module never decides who may act for a State; the web does.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use time::Date;
use treatydesk_domain::record_kept::{NominationStatus, nominations_open, p2_4_nomination};
use treatydesk_domain::rules::{Finding, Severity};

use crate::audit::Author;
use crate::entities::{convention, meeting, nomination};
use crate::error::{Problem, longer, said};
use crate::{Store, StoreError};
use treatydesk_domain::finding::Message;

/// The longest statement accepted.
pub const MAX_STATEMENT: usize = 2_000;

/// A nomination as a form or file gives it.
#[derive(Clone, Debug, Default)]
pub struct NewNomination {
    /// The State's actor code (alpha-3).
    pub state: String,
    /// Seat keys with the order of preference (1 = first choice).
    pub choices: Vec<(String, u8)>,
    pub statement: String,
    /// Entered by ISU staff on the State's behalf (not by the State's focal point).
    pub on_behalf: bool,
}

/// A nomination recorded, with the findings P2.4 gives it (warnings only: errors refuse it).
#[derive(Clone, Debug)]
pub struct Nominated {
    pub nomination: nomination::Model,
    pub findings: Vec<Finding>,
}

fn check_choices(choices: &[(String, u8)]) -> Vec<Problem> {
    let mut problems = Vec::new();
    if choices.is_empty() {
        problems.push(said(
            "refuse-nomination-no-seat",
            "choose at least one seat",
        ));
    }
    if choices.len() > 20 {
        problems.push(said(
            "refuse-nomination-too-many",
            "choose at most 20 seats",
        ));
    }
    let mut seats: Vec<&str> = choices.iter().map(|(s, _)| s.as_str()).collect();
    seats.sort_unstable();
    if seats.windows(2).any(|w| w[0] == w[1]) {
        problems.push(said(
            "refuse-nomination-seat-twice",
            "each seat is chosen once",
        ));
    }
    let mut prefs: Vec<u8> = choices.iter().map(|(_, p)| *p).collect();
    prefs.sort_unstable();
    let expected: Vec<u8> = (1..=u8::try_from(prefs.len()).unwrap_or(u8::MAX)).collect();
    if !choices.is_empty() && prefs != expected {
        problems.push(Problem::new(
            Message::new("refuse-nomination-order")
                .number("count", i64::try_from(choices.len()).unwrap_or(i64::MAX)),
            format!(
                "the order of preference runs 1 to {} without gaps or repeats",
                choices.len()
            ),
        ));
    }
    problems
}

impl Store {
    /// Records a State's nomination for seats at `meeting` (`nomination.add`). Refused when
    /// the meeting has opened (on `today`), when the State already has a standing nomination for
    /// it, or when P2.4 gives an error; P2.4 warnings are returned with the nomination.
    pub async fn nominate(
        &self,
        author: &Author,
        convention: &convention::Model,
        meeting: &meeting::Model,
        new: NewNomination,
        today: Date,
    ) -> Result<Nominated, StoreError> {
        let (state, findings) = self
            .check_nomination(convention, meeting, &new, today)
            .await
            .map_err(StoreError::Invalid)?;
        let mut write = self
            .write(
                author,
                "nomination.add",
                format!("{} nomination of {state}", meeting.label),
            )
            .await?;
        write.convention(convention.id);
        let stored = self
            .insert_nomination(&write, author, convention, meeting, &state, &new)
            .await?;
        write.detail(serde_json::json!({
            "nomination": stored.id,
            "choices": new.choices,
            "on_behalf": new.on_behalf,
            "findings": findings.iter().map(|f| &f.sentence).collect::<Vec<_>>(),
        }));
        write.commit().await?;
        Ok(Nominated {
            nomination: stored,
            findings,
        })
    }

    /// Every reason `new` cannot be recorded for `meeting` on `today`, or the State's code and
    /// the P2.4 warnings it gets.
    pub(crate) async fn check_nomination(
        &self,
        convention: &convention::Model,
        meeting: &meeting::Model,
        new: &NewNomination,
        today: Date,
    ) -> Result<(String, Vec<Finding>), Vec<Problem>> {
        if meeting.convention_id != convention.id {
            return Err(vec![Problem::new(
                Message::new("refuse-nomination-other-meeting")
                    .meeting("meeting", &meeting.label)
                    .text("convention", convention.code.to_uppercase()),
                format!(
                    "{} is not a meeting of {}",
                    meeting.label,
                    convention.code.to_uppercase()
                ),
            )]);
        }
        let state = new.state.trim().to_uppercase();
        let (record, facts) = self
            .offices(convention)
            .await
            .map_err(|e| vec![Problem::from(e.to_string())])?;
        let Some(m) = record.meeting(i64::from(meeting.id)).cloned() else {
            return Err(vec![Problem::new(
                Message::new("refuse-meeting-not-on-record").meeting("meeting", &meeting.label),
                format!("{} is not on record", meeting.label),
            )]);
        };
        let mut problems = Vec::new();
        if !nominations_open(&m, today) {
            let opened = m.opens_on.map(|d| d.to_string()).unwrap_or_default();
            problems.push(Problem::new(
                Message::new("refuse-nominations-closed")
                    .meeting("meeting", &m.label)
                    .code("date", &opened),
                format!(
                    "{} opened on {opened}; nominations for it are closed",
                    m.label
                ),
            ));
        }
        problems.extend(check_choices(&new.choices));
        if new.statement.trim().chars().count() > MAX_STATEMENT {
            problems.push(longer(
                "refuse-nomination-statement-long",
                MAX_STATEMENT,
                format!("the statement is longer than {MAX_STATEMENT} characters"),
            ));
        }
        let seats: Vec<String> = new.choices.iter().map(|(s, _)| s.clone()).collect();
        let findings = p2_4_nomination(&record, &*facts, &m, &state, &seats);
        for f in findings.iter().filter(|f| f.severity == Severity::Error) {
            problems.push(Problem::new(
                Message::new("refuse-with-clause")
                    .messages("problem", vec![f.message.clone()])
                    .text("clause", &f.clause),
                format!("{} ({})", f.sentence, f.clause),
            ));
        }
        if problems.is_empty() {
            Ok((state, findings))
        } else {
            Err(problems)
        }
    }

    /// Inserts a checked nomination inside `write`; a State with a standing nomination for the
    /// meeting is a conflict.
    pub(crate) async fn insert_nomination(
        &self,
        write: &crate::audit::Write,
        author: &Author,
        convention: &convention::Model,
        meeting: &meeting::Model,
        state: &str,
        new: &NewNomination,
    ) -> Result<nomination::Model, StoreError> {
        let standing = nomination::Entity::find()
            .filter(nomination::Column::MeetingId.eq(meeting.id))
            .filter(nomination::Column::State.eq(state))
            .filter(nomination::Column::Status.eq(NominationStatus::Standing.slug()))
            .one(write.txn())
            .await?;
        if standing.is_some() {
            let name = self
                .actor(state)
                .await
                .map_or(state.to_string(), |a| a.name_en);
            return Err(StoreError::conflict(Problem::new(
                Message::new("conflict-nomination-standing")
                    .actor("who", state, &name)
                    .meeting("meeting", &meeting.label),
                format!(
                    "{name} already has a standing nomination for {}; withdraw it first to nominate again",
                    meeting.label
                ),
            )));
        }
        Ok(nomination::ActiveModel {
            convention_id: Set(convention.id),
            meeting_id: Set(meeting.id),
            state: Set(state.to_string()),
            choices: Set(serde_json::to_string(&new.choices).unwrap_or_else(|_| "[]".into())),
            note: Set(if new.on_behalf {
                format!("entered by the ISU ({}) on behalf of {state}", author.who)
            } else {
                String::new()
            }),
            statement: Set(new.statement.trim().to_string()),
            status: Set(NominationStatus::Standing.slug().to_string()),
            withdrawn_at: Set(None),
            entered_by: Set(author.who.clone()),
            on_behalf: Set(new.on_behalf),
            created_at: Set(Some(crate::now())),
            ..Default::default()
        }
        .insert(write.txn())
        .await?)
    }

    /// Withdraws a standing nomination (`nomination.withdraw`), until the meeting opens.
    pub async fn withdraw_nomination(
        &self,
        author: &Author,
        convention: &convention::Model,
        nomination_id: i32,
        today: Date,
    ) -> Result<nomination::Model, StoreError> {
        let n = nomination::Entity::find_by_id(nomination_id)
            .filter(nomination::Column::ConventionId.eq(convention.id))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("nomination {nomination_id}")))?;
        let meeting = meeting::Entity::find_by_id(n.meeting_id)
            .one(self.db())
            .await?
            .ok_or_else(|| {
                StoreError::NotFound(format!("the meeting of nomination {nomination_id}"))
            })?;
        if n.status == NominationStatus::Withdrawn.slug() {
            return Err(StoreError::conflict(Problem::new(
                Message::new("conflict-nomination-withdrawn")
                    .code("who", &n.state)
                    .meeting("meeting", &meeting.label),
                format!(
                    "the nomination of {} for {} is already withdrawn",
                    n.state, meeting.label
                ),
            )));
        }
        if meeting.opens_on.is_some_and(|opens| today >= opens) {
            let opened = meeting.opens_on.map(|d| d.to_string()).unwrap_or_default();
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-nomination-withdraw-late")
                    .meeting("meeting", &meeting.label)
                    .code("date", &opened),
                format!(
                    "{} opened on {opened}: a nomination can be withdrawn only until the meeting opens",
                    meeting.label
                ),
            )));
        }
        let mut write = self
            .write(
                author,
                "nomination.withdraw",
                format!("{} nomination of {}", meeting.label, n.state),
            )
            .await?;
        write.convention(convention.id);
        write.detail(serde_json::json!({ "nomination": n.id }));
        let mut active: nomination::ActiveModel = n.into();
        active.status = Set(NominationStatus::Withdrawn.slug().to_string());
        active.withdrawn_at = Set(Some(crate::now()));
        let stored = active.update(write.txn()).await?;
        write.commit().await?;
        Ok(stored)
    }

    /// Every nomination for a meeting, standing and withdrawn, in the order they were made.
    pub async fn nominations_for(
        &self,
        meeting: &meeting::Model,
    ) -> Result<Vec<nomination::Model>, StoreError> {
        Ok(nomination::Entity::find()
            .filter(nomination::Column::MeetingId.eq(meeting.id))
            .order_by_asc(nomination::Column::Id)
            .all(self.db())
            .await?)
    }
}
