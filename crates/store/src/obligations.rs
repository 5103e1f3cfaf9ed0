//! Obligations of States under a convention (issue 16): the obligations of the preset, kept with
//! the convention; what the ISU records against them (a report received, an extension granted);
//! and each State's deadlines as of a date, computed by `treatydesk_domain::obligation`.
//!
//! A submission is never overwritten: a correction adds a row that supersedes the old one, which
//! is kept with who replaced it, when and why. Every write is audited. This module never decides
//! who may record or read; the web checks roles, and hides a restricted reference from readers
//! below its level.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use serde::Serialize;
use time::Date;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::obligation::{
    self, Deadline, DeadlineStatus, Obligation, StateFacts, Submission, SubmissionKind,
};
use treatydesk_domain::{AccessLevel, ParticipationStatus};

use crate::audit::Author;
use crate::entities::{actor, convention, obligation_submission};
use crate::error::Problem;
use crate::registry::{obligations_of, rules_of};
use crate::{Store, StoreError};
use treatydesk_domain::finding::Message;

/// What the ISU records: a report received or an extension granted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewSubmission {
    pub obligation: String,
    pub kind: SubmissionKind,
    /// For a yearly report: the calendar year covered (required then, refused otherwise).
    pub period: Option<i32>,
    pub received_on: Date,
    /// For an extension granted: the new deadline (required then, refused otherwise).
    pub extended_to: Option<Date>,
    pub reference: String,
    pub access: AccessLevel,
    pub note: String,
}

/// A stored submission as pages and the API show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SubmissionRecord {
    pub id: i32,
    pub state: String,
    pub obligation: String,
    pub kind: SubmissionKind,
    pub period: Option<i32>,
    pub received_on: Date,
    pub extended_to: Option<Date>,
    pub reference: String,
    pub access: AccessLevel,
    pub note: String,
    pub supersedes: Option<i32>,
    pub superseded_by: Option<i32>,
    pub recorded_at: time::OffsetDateTime,
    pub recorded_by: String,
    pub reason: String,
}

/// One State's deadlines as of a date.
#[derive(Clone, Debug, Serialize)]
pub struct StateDeadlines {
    pub state: String,
    pub status: ParticipationStatus,
    pub in_force_on: Option<Date>,
    pub deadlines: Vec<Deadline>,
}

/// An overdue deadline of one State, for the convention's overdue list.
#[derive(Clone, Debug, Serialize)]
pub struct OverdueRow {
    pub actor: actor::Model,
    pub deadline: Deadline,
    pub days_overdue: i64,
}

fn record_of(state: &str, m: obligation_submission::Model) -> Option<SubmissionRecord> {
    Some(SubmissionRecord {
        id: m.id,
        state: state.to_string(),
        obligation: m.obligation,
        kind: SubmissionKind::from_slug(&m.kind)?,
        period: m.period,
        received_on: m.received_on,
        extended_to: m.extended_to,
        reference: m.reference,
        access: AccessLevel::from_slug(&m.access).unwrap_or(AccessLevel::Isu),
        note: m.note,
        supersedes: m.supersedes,
        superseded_by: m.superseded_by,
        recorded_at: m.recorded_at,
        recorded_by: m.recorded_by,
        reason: m.reason,
    })
}

fn to_domain(r: &SubmissionRecord) -> Submission {
    Submission {
        obligation: r.obligation.clone(),
        kind: r.kind,
        period: r.period,
        received_on: r.received_on,
        extended_to: r.extended_to,
        reference: r.reference.clone(),
    }
}

/// Checks a submission against the convention's obligations; every problem as a sentence.
fn validate(obligations: &[Obligation], new: &NewSubmission) -> Result<(), StoreError> {
    let mut problems = Vec::new();
    let Some(ob) = obligations.iter().find(|o| o.key == new.obligation) else {
        let known: Vec<&str> = obligations.iter().map(|o| o.key.as_str()).collect();
        return Err(StoreError::refuse(Problem::new(
            Message::new("refuse-obligation-unknown")
                .code("value", &new.obligation)
                .code("known", &known.join(", ")),
            format!(
                "\"{}\" is not an obligation of this convention (known: {})",
                new.obligation,
                known.join(", ")
            ),
        )));
    };
    let yearly = matches!(ob.due, obligation::DueRule::Annually { .. });
    match (new.kind, yearly, new.period) {
        (SubmissionKind::Report, true, None) => problems.push(Problem::new(
            Message::new("refuse-report-needs-year").text("obligation", &ob.name.en),
            format!(
                "{} covers a calendar year: give the year it covers",
                ob.name.en
            ),
        )),
        (_, false, Some(_)) | (SubmissionKind::ExtensionGranted, _, Some(_)) => {
            problems.push(Problem::new(
                Message::new("refuse-year-not-yearly"),
                "only a yearly report covers a year: leave the year out",
            ))
        }
        (_, _, Some(y)) if !(1900..=2200).contains(&y) => problems.push(Problem::new(
            Message::new("refuse-year-out-of-range").code("year", &y.to_string()),
            format!("the year covered ({y}) is out of range"),
        )),
        _ => {}
    }
    match (new.kind, new.extended_to) {
        (SubmissionKind::ExtensionGranted, None) => problems.push(Problem::new(
            Message::new("refuse-extension-needs-deadline"),
            "an extension granted needs the new deadline",
        )),
        (SubmissionKind::ExtensionGranted, Some(_)) if ob.extension.is_none() => {
            problems.push(Problem::new(
                Message::new("refuse-no-extension-rule")
                    .text("article", &ob.article)
                    .text("obligation", &ob.name.en),
                format!("{} {} has no extension rule", ob.article, ob.name.en),
            ))
        }
        (SubmissionKind::Report, Some(_)) => problems.push(Problem::new(
            Message::new("refuse-deadline-only-extension"),
            "only an extension granted has a new deadline",
        )),
        _ => {}
    }
    if new.reference.trim().is_empty() {
        problems.push(Problem::new(
            Message::new("refuse-reference-missing"),
            "give the document reference (a symbol or the ISU's file number)",
        ));
    }
    if new.reference.chars().count() > 200 || new.note.chars().count() > 2000 {
        problems.push(Problem::new(
            Message::new("refuse-reference-too-long"),
            "the reference is limited to 200 characters, the note to 2000",
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Invalid(problems))
    }
}

impl Store {
    /// Stores the preset's obligations for a convention that has none stored yet (a list once
    /// stored is never rewritten by a preset).
    pub(crate) async fn add_missing_obligations(
        &self,
        file: &str,
        stored: &convention::Model,
        obligations: &[Obligation],
    ) -> Result<(), StoreError> {
        if obligations.is_empty() || !obligations_of(stored)?.is_empty() {
            return Ok(());
        }
        let mut write = self
            .write(
                &Author::system(format!("load the obligations of the preset {file}")),
                "convention.obligations",
                format!("convention {}", stored.code),
            )
            .await?;
        write.convention(stored.id);
        write.detail(serde_json::json!({ "obligations": obligations.len() }));
        let mut model: convention::ActiveModel = stored.clone().into();
        model.obligations = Set(serde_json::to_string(obligations).unwrap_or_else(|_| "[]".into()));
        model.update(write.txn()).await?;
        write.commit().await?;
        Ok(())
    }

    /// The convention's obligations.
    pub async fn obligations(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<Obligation>, StoreError> {
        // Read afresh: the row passed in may predate the preset's obligations being stored.
        let fresh = self.convention(&convention.code).await?;
        obligations_of(&fresh)
    }

    /// Records a report received or an extension granted for `state` (`obligation.record`).
    pub async fn record_submission(
        &self,
        author: &Author,
        convention: &convention::Model,
        state: &actor::Model,
        new: NewSubmission,
    ) -> Result<SubmissionRecord, StoreError> {
        self.insert_submission(author, convention, state, new, None)
            .await
    }

    /// Corrects a submission: the correction is a new row that supersedes `id`, which is kept
    /// (`obligation.correct`). A submission already superseded is refused (correct the newest).
    pub async fn correct_submission(
        &self,
        author: &Author,
        convention: &convention::Model,
        id: i32,
        new: NewSubmission,
    ) -> Result<SubmissionRecord, StoreError> {
        if author.reason.trim().is_empty() {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-reason-correction"),
                "say why the record is corrected",
            )));
        }
        let old = obligation_submission::Entity::find_by_id(id)
            .filter(obligation_submission::Column::ConventionId.eq(convention.id))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("the submission {id}")))?;
        if let Some(newer) = old.superseded_by {
            return Err(StoreError::conflict(Problem::new(
                Message::new("conflict-submission-corrected")
                    .number("id", i64::from(id))
                    .number("newer", i64::from(newer)),
                format!("the submission {id} was already corrected by {newer}: correct that one"),
            )));
        }
        let state = crate::entities::actor::Entity::find_by_id(old.actor_id)
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("the actor {}", old.actor_id)))?;
        self.insert_submission(author, convention, &state, new, Some(old))
            .await
    }

    async fn insert_submission(
        &self,
        author: &Author,
        convention: &convention::Model,
        state: &actor::Model,
        new: NewSubmission,
        replaces: Option<obligation_submission::Model>,
    ) -> Result<SubmissionRecord, StoreError> {
        let obligations = self.obligations(convention).await?;
        validate(&obligations, &new)?;
        if state.kind != "state" {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-not-a-state-obligations").actor(
                    "who",
                    &state.code,
                    &state.name_en,
                ),
                format!(
                    "{} is not a State: obligations are owed by States",
                    state.name_en
                ),
            )));
        }
        let (action, record) = match &replaces {
            Some(old) => ("obligation.correct", format!("submission {}", old.id)),
            None => (
                "obligation.record",
                format!("{} {} {}", state.code, new.obligation, new.kind.slug()),
            ),
        };
        let mut write = self.write(author, action, record).await?;
        write.convention(convention.id);
        write.detail(serde_json::json!({
            "state": state.code,
            "obligation": new.obligation,
            "kind": new.kind.slug(),
            "period": new.period,
            "received_on": format_date(new.received_on),
            "extended_to": new.extended_to.map(format_date),
            "reference": new.reference,
            "access": new.access.slug(),
            "supersedes": replaces.as_ref().map(|o| o.id),
        }));
        let stored = obligation_submission::ActiveModel {
            convention_id: Set(convention.id),
            actor_id: Set(state.id),
            obligation: Set(new.obligation.clone()),
            kind: Set(new.kind.slug().to_string()),
            period: Set(new.period),
            received_on: Set(new.received_on),
            extended_to: Set(new.extended_to),
            reference: Set(new.reference.trim().to_string()),
            access: Set(new.access.slug().to_string()),
            note: Set(new.note.trim().to_string()),
            supersedes: Set(replaces.as_ref().map(|o| o.id)),
            superseded_by: Set(None),
            recorded_at: Set(crate::now()),
            recorded_by: Set(author.who.clone()),
            reason: Set(author.reason.clone()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        if let Some(old) = replaces {
            let mut old: obligation_submission::ActiveModel = old.into();
            old.superseded_by = Set(Some(stored.id));
            old.update(write.txn()).await?;
        }
        write.commit().await?;
        record_of(&state.code, stored).ok_or_else(|| {
            StoreError::Database(sea_orm::DbErr::Custom(
                "a stored submission's kind cannot be read".into(),
            ))
        })
    }

    /// A State's submissions, oldest received first. With `current_only`, corrected rows are
    /// left out.
    pub async fn submissions(
        &self,
        convention: &convention::Model,
        state: &actor::Model,
        current_only: bool,
    ) -> Result<Vec<SubmissionRecord>, StoreError> {
        let mut query = obligation_submission::Entity::find()
            .filter(obligation_submission::Column::ConventionId.eq(convention.id))
            .filter(obligation_submission::Column::ActorId.eq(state.id));
        if current_only {
            query = query.filter(obligation_submission::Column::SupersededBy.is_null());
        }
        Ok(query
            .order_by_asc(obligation_submission::Column::ReceivedOn)
            .order_by_asc(obligation_submission::Column::Id)
            .all(self.db())
            .await?
            .into_iter()
            .filter_map(|m| record_of(&state.code, m))
            .collect())
    }

    /// One State's deadlines as of `as_of` (None when the State has no record under the
    /// convention).
    pub async fn state_deadlines(
        &self,
        convention: &convention::Model,
        state: &actor::Model,
        as_of: Date,
    ) -> Result<Option<StateDeadlines>, StoreError> {
        let Some(participation) = self.state_record(convention, state).await? else {
            return Ok(None);
        };
        let obligations = self.obligations(convention).await?;
        let profile = self.profile(convention, state).await?;
        let submissions: Vec<Submission> = self
            .submissions(convention, state, true)
            .await?
            .iter()
            .map(to_domain)
            .collect();
        let rules = rules_of(convention)?;
        let deadlines = obligation::deadlines(
            &obligations,
            StateFacts {
                participation: &participation,
                profile: &profile,
                submissions: &submissions,
            },
            as_of,
        );
        Ok(Some(StateDeadlines {
            state: state.code.clone(),
            status: participation.status_on(as_of, rules.withdrawal),
            in_force_on: participation.in_force_on,
            deadlines,
        }))
    }

    /// Every overdue deadline of the convention's States as of `as_of`, longest overdue first.
    pub async fn overdue(
        &self,
        convention: &convention::Model,
        as_of: Date,
    ) -> Result<Vec<OverdueRow>, StoreError> {
        let mut rows: Vec<OverdueRow> = self
            .all_deadlines(convention, as_of)
            .await?
            .into_iter()
            .filter(|(_, d)| d.status == DeadlineStatus::Overdue)
            .map(|(actor, deadline)| OverdueRow {
                actor,
                days_overdue: deadline.days_overdue(as_of),
                deadline,
            })
            .collect();
        rows.sort_by(|a, b| {
            b.days_overdue
                .cmp(&a.days_overdue)
                .then(a.actor.name_en.cmp(&b.actor.name_en))
        });
        Ok(rows)
    }

    /// The deadlines of the convention's States that fall due after `as_of` and on or before
    /// `until`, the soonest first.
    pub async fn upcoming(
        &self,
        convention: &convention::Model,
        as_of: Date,
        until: Date,
    ) -> Result<Vec<(actor::Model, Deadline)>, StoreError> {
        let mut rows: Vec<(actor::Model, Deadline)> = self
            .all_deadlines(convention, as_of)
            .await?
            .into_iter()
            .filter(|(_, d)| d.status == DeadlineStatus::Upcoming && d.due_on <= until)
            .collect();
        rows.sort_by(|a, b| {
            a.1.due_on
                .cmp(&b.1.due_on)
                .then(a.0.name_en.cmp(&b.0.name_en))
        });
        Ok(rows)
    }

    /// Every deadline of every State on record as of `as_of`, with its State.
    pub async fn all_deadlines(
        &self,
        convention: &convention::Model,
        as_of: Date,
    ) -> Result<Vec<(actor::Model, Deadline)>, StoreError> {
        let obligations = self.obligations(convention).await?;
        if obligations.is_empty() {
            return Ok(Vec::new());
        }
        let records = self.state_records(convention).await?;
        let profiles = self.profiles_by_actor(convention).await?;
        let mut by_actor: HashMap<i32, Vec<Submission>> = HashMap::new();
        for m in obligation_submission::Entity::find()
            .filter(obligation_submission::Column::ConventionId.eq(convention.id))
            .filter(obligation_submission::Column::SupersededBy.is_null())
            .all(self.db())
            .await?
        {
            let actor_id = m.actor_id;
            if let Some(r) = record_of("", m) {
                by_actor.entry(actor_id).or_default().push(to_domain(&r));
            }
        }
        let mut rows = Vec::new();
        for record in records.iter() {
            let profile = profiles
                .get(&record.actor.id)
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            let submissions = by_actor
                .get(&record.actor.id)
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            for deadline in obligation::deadlines(
                &obligations,
                StateFacts {
                    participation: &record.participation,
                    profile,
                    submissions,
                },
                as_of,
            ) {
                rows.push((record.actor.clone(), deadline));
            }
        }
        Ok(rows)
    }
}

/// The CCM's sourced obligation facts (DOMAIN §1 and §4), loaded with the sourced record:
/// Bulgaria and Guinea-Bissau held stockpiles at entry into force (their Art. 3 deadlines,
/// 1 Oct 2019 and 1 May 2019, are on record [V MON]); Bulgaria's first extension, 18 months to
/// 1 Apr 2021, was granted at the 9MSP [V MON]. Bulgaria's second extension is not recorded: its
/// length (~15 months, "into 2023") and end date are not confirmed [U].
const SOURCED_STOCKPILES: &[(&str, &str, &str)] = &[
    (
        "BGR",
        "2011-10-01",
        "Held stocks from entry into force: Art. 3 deadline 1 Oct 2019 and the first-ever Art. 3 extension, granted at the 9MSP (Cluster Munition Monitor) [V]",
    ),
    (
        "GNB",
        "2011-05-01",
        "Held stocks from entry into force: Art. 3 deadline 1 May 2019, missed (Cluster Munition Monitor) [V]; whether they were destroyed since is not in the reference facts [U]",
    ),
];

/// Made-up submissions for the demo, each labelled DEMO in its reference and note: Nigeria's
/// initial report received before its deadline of 28 Jan 2024, so that South Sudan (deadline
/// 30 Jul 2024, none recorded) shows an initial report overdue as the rule computes it.
const DEMO_SUBMISSIONS: &[(&str, &str, &str)] = &[("NGA", "art7-initial", "2024-01-22")];

impl Store {
    /// Loads the sourced obligation facts of the CCM when none of its submissions is recorded.
    pub(crate) async fn load_ccm_obligation_record(
        &self,
        ccm: &convention::Model,
    ) -> Result<(), StoreError> {
        let any = obligation_submission::Entity::find()
            .filter(obligation_submission::Column::ConventionId.eq(ccm.id))
            .one(self.db())
            .await?;
        if any.is_some() {
            return Ok(());
        }
        let author = Author::system("the CCM's Art. 3 facts on record (Cluster Munition Monitor)");
        for (state, from, source) in SOURCED_STOCKPILES {
            self.record_profile_entry(
                &author,
                ccm,
                state,
                crate::participation_entries::NewProfileEntry {
                    kind: treatydesk_domain::ProfileKind::StockpileHolder,
                    from: treatydesk_domain::calendar::parse_date(from),
                    until: None,
                    source: (*source).to_string(),
                },
            )
            .await?;
        }
        let bulgaria = self.actor("BGR").await?;
        self.record_submission(
            &author,
            ccm,
            &bulgaria,
            NewSubmission {
                obligation: "art3-destruction".into(),
                kind: SubmissionKind::ExtensionGranted,
                period: None,
                // The 9MSP sat 2-4 Sep 2019; the day of the decision is taken as its last [K].
                received_on: time::macros::date!(2019 - 09 - 04),
                extended_to: Some(time::macros::date!(2021 - 04 - 01)),
                reference: "9MSP decision (18 months, to 1 Apr 2021)".into(),
                access: AccessLevel::Public,
                note: "Cluster Munition Monitor [V]; decision day taken as the 9MSP's last day [K]"
                    .into(),
            },
        )
        .await?;
        Ok(())
    }

    /// Loads the demo's made-up submissions (labelled DEMO) when the State has none recorded.
    pub(crate) async fn load_demo_submissions(
        &self,
        ccm: &convention::Model,
    ) -> Result<(), StoreError> {
        let author = Author::system("demo: made-up submissions, labelled DEMO");
        for (state, obligation, on) in DEMO_SUBMISSIONS {
            let actor = self.actor(state).await?;
            if !self.submissions(ccm, &actor, false).await?.is_empty() {
                continue;
            }
            let Some(received_on) = treatydesk_domain::calendar::parse_date(on) else {
                continue;
            };
            self.record_submission(
                &author,
                ccm,
                &actor,
                NewSubmission {
                    obligation: (*obligation).to_string(),
                    kind: SubmissionKind::Report,
                    period: None,
                    received_on,
                    extended_to: None,
                    reference: "DEMO: made up, not a real document".into(),
                    access: AccessLevel::Public,
                    note: "DEMO: made up to show a deadline met; not a real submission".into(),
                },
            )
            .await?;
        }
        Ok(())
    }
}
