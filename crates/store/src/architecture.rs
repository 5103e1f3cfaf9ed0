//! Persistence of the architecture: versions (from the presets), meetings, decisions,
//! appointments with their overrides and handover notes, and nominations. Loads them as one
//! domain [`Record`] and answers the rules' questions about actors through [`StoreFacts`].
//!
//! Appointments are added, ended early or annotated (handover note, override), never rewritten:
//! the record of who held what is history. Every write goes through the audit log.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder,
};
use time::Date;
use treatydesk_domain::architecture::{Architecture, Version};
use treatydesk_domain::finding::{Message, Problem};
use treatydesk_domain::meeting::{Meeting, MeetingKind};
use treatydesk_domain::office::{Appointment, Decision, Nomination, Override, Post, Record};
use treatydesk_domain::rules::{self, Facts, Finding};
use treatydesk_domain::schedule::{MeetingStatus, Sitting};
use treatydesk_domain::{ParticipationStatus, ProfileEntry, ProfileKind, WithdrawalRule};

use crate::audit::Author;
use crate::entities::{
    actor, appointment, architecture_version, convention, decision, handover_revision, meeting,
    nomination,
};
use crate::error::said;
use crate::registry::rules_of;
use crate::{Store, StoreError};

/// A new meeting to record.
#[derive(Clone, Debug)]
pub struct NewMeeting {
    pub kind: MeetingKind,
    pub number: u32,
    pub venue: String,
    pub opens_on: Option<Date>,
    pub closes_on: Option<Date>,
    pub source: String,
    pub status: MeetingStatus,
    pub sitting: Sitting,
    pub presiding: Option<String>,
}

/// A new appointment, as a form or the demo gives it.
#[derive(Clone, Debug, Default)]
pub struct NewAppointment {
    pub post: Option<Post>,
    pub holder: String,
    pub selected_at: Option<i64>,
    pub decision: Option<i64>,
    pub cycles: Option<u32>,
    pub presides: Option<i64>,
    pub starts_on: Option<Date>,
    pub overrides: Vec<Override>,
    pub source: String,
}

fn meeting_out(m: &meeting::Model) -> Option<Meeting> {
    Some(Meeting {
        id: i64::from(m.id),
        kind: MeetingKind::from_slug(&m.kind)?,
        label: m.label.clone(),
        venue: m.venue.clone(),
        opens_on: m.opens_on,
        closes_on: m.closes_on,
    })
}

/// An appointment as the domain reads it; `None` for a post this version cannot read. Its
/// overrides (who set a warning aside, and why) must never vanish: unreadable ones are an error.
fn appointment_out(m: &appointment::Model) -> Result<Option<Appointment>, StoreError> {
    let overrides = serde_json::from_str(&m.overrides).map_err(|e| {
        StoreError::Database(sea_orm::DbErr::Custom(format!(
            "the overrides of appointment {} cannot be read: {e}",
            m.id
        )))
    })?;
    let Some(post) = Post::parse(&m.post) else {
        return Ok(None);
    };
    Ok(Some(Appointment {
        id: i64::from(m.id),
        post,
        holder: m.holder.clone(),
        selected_at: m.selected_at.map(i64::from),
        decision: m.decision_id.map(i64::from),
        cycles: m.cycles.and_then(|c| u32::try_from(c).ok()),
        presides: m.presides.map(i64::from),
        starts_on: m.starts_on,
        ended_on: m.ended_on,
        overrides,
        source: m.source.clone(),
    }))
}

/// What is wrong with the `n`th appointment of a list (counted from 1).
pub(crate) fn appointment_problem(n: usize, message: Message, sentence: &str) -> Problem {
    Problem::new(
        Message::new("refuse-appointment-n")
            .number("n", i64::try_from(n).unwrap_or(i64::MAX))
            .messages("problem", vec![message]),
        format!("appointment {n}: {sentence}"),
    )
}

fn id32(id: i64, what: &str) -> Result<i32, StoreError> {
    i32::try_from(id).map_err(|_| StoreError::NotFound(format!("{what} {id}")))
}

/// The record of offices and the facts about actors per convention, kept with the generation
/// stamp of the areas they are read from ([`OFFICES_AREAS`]), taken before reading: every write
/// bumps its areas at commit, so an entry whose stamp is still current is current (a
/// registration does not touch it).
#[derive(Clone, Debug, Default)]
pub struct OfficesCache(Arc<Mutex<HashMap<i32, MarkedOffices>>>);

/// A convention's record and facts, shared read-only.
pub type Offices = (Arc<Record>, Arc<StoreFacts>);
type MarkedOffices = (u64, Offices);

/// What the record of offices and the facts are read from.
pub const OFFICES_AREAS: crate::generation::Areas = crate::generation::Areas::of(&[
    crate::generation::Area::Registry,
    crate::generation::Area::Participation,
    crate::generation::Area::Offices,
    crate::generation::Area::Meetings,
    crate::generation::Area::Decisions,
]);

impl Store {
    /// The convention's record and facts, from the cache while no write has happened since.
    pub async fn offices(&self, convention: &convention::Model) -> Result<Offices, StoreError> {
        let mark = self.generations.stamp(OFFICES_AREAS);
        if let Ok(cache) = self.offices.0.lock()
            && let Some((at, offices)) = cache.get(&convention.id)
            && *at == mark
        {
            return Ok(offices.clone());
        }
        let offices = (
            Arc::new(self.record(convention).await?),
            Arc::new(self.facts(convention).await?),
        );
        if let Ok(mut cache) = self.offices.0.lock() {
            cache.insert(convention.id, (mark, offices.clone()));
        }
        Ok(offices)
    }

    /// Stores the versions of `architecture` that the convention lacks.
    pub(crate) async fn add_missing_versions(
        &self,
        file: &str,
        convention: &convention::Model,
        architecture: &Architecture,
    ) -> Result<(), StoreError> {
        let stored: Vec<i32> = architecture_version::Entity::find()
            .filter(architecture_version::Column::ConventionId.eq(convention.id))
            .all(self.db())
            .await?
            .into_iter()
            .map(|v| v.version)
            .collect();
        let missing: Vec<&Version> = architecture
            .versions
            .iter()
            .filter(|v| !stored.contains(&i32::try_from(v.version).unwrap_or(i32::MAX)))
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        let mut write = self
            .write(
                &Author::system(format!("load the architecture of {file}")),
                "architecture.add",
                format!("architecture of {}", convention.code),
            )
            .await?;
        write.convention(convention.id);
        for v in &missing {
            architecture_version::ActiveModel {
                convention_id: Set(convention.id),
                version: Set(i32::try_from(v.version).unwrap_or(i32::MAX)),
                effective_on: Set(v.effective_on),
                definition: Set(serde_json::to_string(v).map_err(|e| {
                    StoreError::Database(sea_orm::DbErr::Custom(format!(
                        "{file}: cannot encode: {e}"
                    )))
                })?),
                ..Default::default()
            }
            .insert(write.txn())
            .await?;
        }
        write.detail(serde_json::json!({ "versions": missing.iter().map(|v| v.version).collect::<Vec<_>>() }));
        write.commit().await
    }

    /// Every version of the convention's architecture, oldest first.
    pub async fn architecture(
        &self,
        convention: &convention::Model,
    ) -> Result<Architecture, StoreError> {
        let mut versions = Vec::new();
        for row in architecture_version::Entity::find()
            .filter(architecture_version::Column::ConventionId.eq(convention.id))
            .order_by_asc(architecture_version::Column::EffectiveOn)
            .all(self.db())
            .await?
        {
            // A stored version this build cannot read is a fault of the store, not of a
            // reader's input.
            versions.push(serde_json::from_str(&row.definition).map_err(|e| {
                StoreError::Database(sea_orm::DbErr::Custom(format!(
                    "version {} of the architecture of {} cannot be read: {e}",
                    row.version, convention.code
                )))
            })?);
        }
        Ok(Architecture { versions })
    }

    /// The convention's meetings in date order (undated, planned ones last).
    pub async fn meetings(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<meeting::Model>, StoreError> {
        let mut all = meeting::Entity::find()
            .filter(meeting::Column::ConventionId.eq(convention.id))
            .all(self.db())
            .await?;
        all.sort_by_key(|m| (m.opens_on.unwrap_or(Date::MAX), m.id));
        Ok(all)
    }

    /// The whole record of offices of a convention, as the domain reads it.
    pub async fn record(&self, convention: &convention::Model) -> Result<Record, StoreError> {
        let architecture = self.architecture(convention).await?;
        let meetings = self.meetings(convention).await?;
        let decisions = decision::Entity::find()
            .filter(decision::Column::ConventionId.eq(convention.id))
            .all(self.db())
            .await?;
        let appointments = appointment::Entity::find()
            .filter(appointment::Column::ConventionId.eq(convention.id))
            .order_by_asc(appointment::Column::Id)
            .all(self.db())
            .await?;
        // Only standing nominations: a withdrawn one is kept on record but no longer offered.
        let nominations = nomination::Entity::find()
            .filter(nomination::Column::ConventionId.eq(convention.id))
            .filter(nomination::Column::Status.eq("standing"))
            .order_by_asc(nomination::Column::Id)
            .all(self.db())
            .await?;
        Ok(Record {
            architecture,
            meetings: meetings.iter().filter_map(meeting_out).collect(),
            decisions: decisions
                .into_iter()
                .map(|d| Decision {
                    id: i64::from(d.id),
                    meeting: i64::from(d.meeting_id),
                    number: u32::try_from(d.number).unwrap_or(0),
                    text: d.text,
                })
                .collect(),
            appointments: appointments
                .iter()
                .map(appointment_out)
                .filter_map(Result::transpose)
                .collect::<Result<_, _>>()?,
            nominations: nominations
                .into_iter()
                .map(|n| Nomination {
                    id: i64::from(n.id),
                    meeting: i64::from(n.meeting_id),
                    state: n.state,
                    choices: serde_json::from_str(&n.choices).unwrap_or_default(),
                    note: n.note,
                })
                .collect(),
        })
    }

    /// The stored rows of the convention's appointments (with handover notes), by id.
    pub async fn appointment_rows(
        &self,
        convention: &convention::Model,
    ) -> Result<HashMap<i64, appointment::Model>, StoreError> {
        Ok(appointment::Entity::find()
            .filter(appointment::Column::ConventionId.eq(convention.id))
            .all(self.db())
            .await?
            .into_iter()
            .map(|a| (i64::from(a.id), a))
            .collect())
    }

    /// What the rules need to know about actors under this convention.
    pub async fn facts(&self, convention: &convention::Model) -> Result<StoreFacts, StoreError> {
        let actors = self.actors().await?;
        let records = self.state_records(convention).await?;
        let profiles = self.profiles_by_actor(convention).await?;
        let rules = rules_of(convention)?;
        let mut facts = StoreFacts {
            withdrawal: rules.withdrawal,
            partial: !convention.participation_note.is_empty(),
            ..StoreFacts::default()
        };
        for a in actors {
            let affected = profiles
                .get(&a.id)
                .map(|entries| {
                    entries
                        .iter()
                        .filter(|e| e.kind == ProfileKind::Affected)
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            facts.affected.insert(a.code.clone(), affected);
            facts.actors.insert(a.code.clone(), a);
        }
        for r in records.iter() {
            facts
                .participation
                .insert(r.actor.code.clone(), r.participation.clone());
        }
        Ok(facts)
    }

    /// Every finding on the convention's record (the rules of Proposal 2 and the rules of
    /// meetings), vacancies judged up to `today`.
    pub async fn findings(
        &self,
        convention: &convention::Model,
        today: Date,
    ) -> Result<Vec<Finding>, StoreError> {
        let record = self.record(convention).await?;
        let facts = self.facts(convention).await?;
        let mut findings = rules::check(&record, &facts, today);
        findings.extend(self.meeting_findings(convention, today).await?);
        Ok(findings)
    }

    /// Records a meeting; its label follows the UN way (2MSP, 1RC) from the architecture.
    pub async fn add_meeting(
        &self,
        author: &Author,
        convention: &convention::Model,
        new: NewMeeting,
    ) -> Result<meeting::Model, StoreError> {
        let architecture = self.architecture(convention).await?;
        let abbreviation = architecture
            .versions
            .iter()
            .rev()
            .find_map(|v| v.meeting_rule(new.kind))
            .map(|r| r.abbreviation.clone())
            .ok_or_else(|| {
                StoreError::refuse(Problem::new(
                    Message::new("refuse-arch-no-meeting-kind")
                        .code("convention", &convention.code)
                        .code("kind", new.kind.slug()),
                    format!(
                        "the architecture of {} has no meetings of kind {}",
                        convention.code,
                        new.kind.slug()
                    ),
                ))
            })?;
        if let (Some(o), Some(c)) = (new.opens_on, new.closes_on)
            && c < o
        {
            return Err(StoreError::refuse(crate::meetings::closes_before_opens(
                c, o,
            )));
        }
        let label = format!("{}{abbreviation}", new.number);
        let mut write = self
            .write(author, "meeting.add", format!("meeting {label}"))
            .await?;
        write.convention(convention.id);
        let clash = meeting::Entity::find()
            .filter(meeting::Column::ConventionId.eq(convention.id))
            .filter(meeting::Column::Label.eq(&label))
            .one(write.txn())
            .await?;
        if clash.is_some() {
            return Err(StoreError::conflict(Problem::new(
                Message::new("conflict-arch-meeting-recorded").meeting("meeting", &label),
                format!("{label} is already recorded"),
            )));
        }
        let stored = meeting::ActiveModel {
            convention_id: Set(convention.id),
            kind: Set(new.kind.slug().to_string()),
            number: Set(i32::try_from(new.number).unwrap_or(i32::MAX)),
            label: Set(label),
            venue: Set(new.venue),
            opens_on: Set(new.opens_on),
            closes_on: Set(new.closes_on),
            source: Set(new.source),
            status: Set(new.status.slug().to_string()),
            sitting: Set(new.sitting.slug().to_string()),
            presiding: Set(new.presiding),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.commit().await?;
        Ok(stored)
    }

    /// Records a numbered decision of a meeting.
    pub async fn add_decision(
        &self,
        author: &Author,
        meeting: &meeting::Model,
        number: u32,
        text: &str,
        source: &str,
    ) -> Result<decision::Model, StoreError> {
        let mut write = self
            .write(
                author,
                "decision.add",
                format!("{} decision {number}", meeting.label),
            )
            .await?;
        write.convention(meeting.convention_id);
        let stored = decision::ActiveModel {
            convention_id: Set(meeting.convention_id),
            meeting_id: Set(meeting.id),
            number: Set(i32::try_from(number).unwrap_or(i32::MAX)),
            text: Set(text.to_string()),
            source: Set(source.to_string()),
            ..Default::default()
        }
        .insert(write.txn())
        .await
        .map_err(|e| match e {
            sea_orm::DbErr::Exec(_) | sea_orm::DbErr::Query(_) => {
                StoreError::conflict(Problem::new(
                    Message::new("conflict-arch-decision-number")
                        .meeting("meeting", &meeting.label)
                        .number("number", i64::from(number)),
                    format!("{} already has a decision numbered {number}", meeting.label),
                ))
            }
            other => StoreError::Database(other),
        })?;
        write.commit().await?;
        Ok(stored)
    }

    /// Records a State's nomination for seats at a meeting as given, without the checks of
    /// [`Store::nominate`] (the demo's made-up rows; a form or file uses `nominate`).
    pub async fn add_nomination(
        &self,
        author: &Author,
        meeting: &meeting::Model,
        state: &str,
        choices: &[(String, u8)],
        note: &str,
    ) -> Result<nomination::Model, StoreError> {
        let actor = self.actor(state).await?;
        if actor.kind != "state" {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-arch-nominee-not-a-state").actor(
                    "who",
                    &actor.code,
                    &actor.name_en,
                ),
                format!("{} is not a State", actor.name_en),
            )));
        }
        let mut write = self
            .write(
                author,
                "nomination.add",
                format!("{} nomination of {state}", meeting.label),
            )
            .await?;
        write.convention(meeting.convention_id);
        let stored = nomination::ActiveModel {
            convention_id: Set(meeting.convention_id),
            meeting_id: Set(meeting.id),
            state: Set(state.to_string()),
            choices: Set(serde_json::to_string(choices).unwrap_or_else(|_| "[]".into())),
            note: Set(note.to_string()),
            statement: Set(String::new()),
            status: Set("standing".into()),
            withdrawn_at: Set(None),
            entered_by: Set(author.who.clone()),
            on_behalf: Set(false),
            created_at: Set(Some(crate::now())),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.commit().await?;
        Ok(stored)
    }

    /// Records a formal meeting's appointments, all or none. Each is checked for what makes a
    /// record (a known post, holder, meeting and decision of this convention); the rules' findings
    /// are the caller's to show, and warnings the caller's to override.
    pub async fn appoint(
        &self,
        author: &Author,
        convention: &convention::Model,
        list: Vec<NewAppointment>,
    ) -> Result<Vec<i64>, StoreError> {
        let record = self.record(convention).await?;
        let mut problems = Vec::new();
        for (i, a) in list.iter().enumerate() {
            let n = i + 1;
            let known_post = match &a.post {
                Some(Post::Seat(k)) => record
                    .architecture
                    .versions
                    .iter()
                    .any(|v| v.seat(k).is_some()),
                Some(Post::Office(k)) => record
                    .architecture
                    .versions
                    .iter()
                    .any(|v| v.office(k).is_some()),
                None => false,
            };
            let mut said_here = Vec::new();
            if !known_post {
                said_here.push((
                    Message::new("refuse-appointment-post"),
                    "choose a seat or office of the architecture".to_string(),
                ));
            }
            if let Some(Post::Office(k)) = &a.post
                && record
                    .architecture
                    .versions
                    .iter()
                    .rev()
                    .find_map(|v| v.office(k))
                    .is_some_and(|o| !o.held_by_state)
            {
                if a.holder.trim().is_empty() {
                    said_here.push((
                        Message::new("refuse-appointment-person"),
                        "give the name of the person".to_string(),
                    ));
                }
            } else if self.actor(&a.holder).await.is_err() {
                said_here.push((
                    Message::new("refuse-appointment-holder-unknown").code("value", &a.holder),
                    format!("\"{}\" is not in the actors registry", a.holder),
                ));
            }
            for (id, code, what) in [
                (a.selected_at, "selecting", "selecting meeting"),
                (a.presides, "presided", "meeting presided"),
            ] {
                if let Some(id) = id
                    && record.meeting(id).is_none()
                {
                    said_here.push((
                        Message::new("refuse-appointment-meeting-other")
                            .code("what", code)
                            .code("convention", &convention.code),
                        format!("the {what} is not a meeting of {}", convention.code),
                    ));
                }
            }
            if let Some(d) = a.decision
                && record.decision(d).is_none()
            {
                said_here.push((
                    Message::new("refuse-appointment-decision"),
                    "the decision cited is not on record".to_string(),
                ));
            }
            if matches!(a.post, Some(Post::Seat(_))) && a.cycles.is_none_or(|c| c == 0) {
                said_here.push((
                    Message::new("refuse-appointment-cycles"),
                    "give the term length in cycles (1 or more)".to_string(),
                ));
            }
            for o in &a.overrides {
                if o.justification.trim().len() < 10 {
                    said_here.push((
                        Message::new("refuse-appointment-justification")
                            .code("clause", &o.clause)
                            .number("min", 10),
                        format!(
                            "the justification for setting {} aside must say why (10 characters or more)",
                            o.clause
                        ),
                    ));
                }
            }
            for (message, sentence) in said_here {
                problems.push(appointment_problem(n, message, &sentence));
            }
        }
        if list.is_empty() {
            problems.push(said(
                "refuse-appointment-none",
                "there is no appointment to record",
            ));
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let mut write = self
            .write(
                author,
                "appointment.add",
                format!("{} appointment(s)", list.len()),
            )
            .await?;
        write.convention(convention.id);
        let mut ids = Vec::new();
        for a in &list {
            let stored = appointment::ActiveModel {
                convention_id: Set(convention.id),
                post: Set(a.post.as_ref().map(Post::slug).unwrap_or_default()),
                holder: Set(a.holder.trim().to_string()),
                selected_at: Set(a.selected_at.map(|id| id32(id, "meeting")).transpose()?),
                decision_id: Set(a.decision.map(|id| id32(id, "decision")).transpose()?),
                cycles: Set(a.cycles.and_then(|c| i32::try_from(c).ok())),
                presides: Set(a.presides.map(|id| id32(id, "meeting")).transpose()?),
                starts_on: Set(a.starts_on),
                ended_on: Set(None),
                overrides: Set(serde_json::to_string(&a.overrides).unwrap_or_else(|_| "[]".into())),
                source: Set(a.source.clone()),
                handover_note: Set(String::new()),
                handover_by: Set(String::new()),
                ..Default::default()
            }
            .insert(write.txn())
            .await?;
            ids.push(i64::from(stored.id));
        }
        write.detail(serde_json::json!({ "appointments": ids }));
        write.commit().await?;
        Ok(ids)
    }

    /// Writes the handover note of a term (P2.7), by its holder or the ISU. The note is revised,
    /// never overwritten: every version is kept in `handover_revisions` with who, when and why
    /// (the note as it stood before revisions were kept becomes revision 1).
    pub async fn set_handover_note(
        &self,
        author: &Author,
        convention: &convention::Model,
        appointment_id: i64,
        note: &str,
    ) -> Result<(), StoreError> {
        let id = id32(appointment_id, "appointment")?;
        let row = appointment::Entity::find_by_id(id)
            .filter(appointment::Column::ConventionId.eq(convention.id))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("appointment {appointment_id}")))?;
        if note.len() > 20_000 {
            return Err(StoreError::refuse(said(
                "refuse-handover-note-long",
                "the handover note is longer than 20,000 characters",
            )));
        }
        let mut write = self
            .write(
                author,
                "appointment.handover",
                format!("appointment {appointment_id}"),
            )
            .await?;
        write.convention(convention.id);
        let note = note.trim().to_string();
        if note == row.handover_note {
            return Err(StoreError::refuse(said(
                "refuse-handover-note-unchanged",
                "the handover note already reads so; nothing to record",
            )));
        }
        let mut revisions = handover_revision::Entity::find()
            .filter(handover_revision::Column::AppointmentId.eq(row.id))
            .count(write.txn())
            .await?;
        let revision =
            |number: u64, note: &str, who: &str, reason: &str| handover_revision::ActiveModel {
                appointment_id: Set(row.id),
                revision: Set(i32::try_from(number).unwrap_or(i32::MAX)),
                note: Set(note.to_string()),
                at: Set(crate::now()),
                who: Set(who.to_string()),
                reason: Set(reason.to_string()),
                ..Default::default()
            };
        if revisions == 0 && !row.handover_note.is_empty() {
            revision(
                1,
                &row.handover_note,
                &row.handover_by,
                "as on record before revisions were kept",
            )
            .insert(write.txn())
            .await?;
            revisions = 1;
        }
        revision(revisions + 1, &note, &author.who, &author.reason)
            .insert(write.txn())
            .await?;
        write.detail(serde_json::json!({ "revision": revisions + 1 }));
        let mut model: appointment::ActiveModel = row.into();
        model.handover_note = Set(note);
        model.handover_by = Set(author.who.clone());
        model.update(write.txn()).await?;
        write.commit().await
    }

    /// Every version of the handover notes of the convention's terms, by appointment id,
    /// oldest first.
    pub async fn handover_revisions(
        &self,
        convention: &convention::Model,
    ) -> Result<HashMap<i64, Vec<handover_revision::Model>>, StoreError> {
        let ids: Vec<i32> = appointment::Entity::find()
            .filter(appointment::Column::ConventionId.eq(convention.id))
            .all(self.db())
            .await?
            .into_iter()
            .map(|a| a.id)
            .collect();
        let mut out: HashMap<i64, Vec<handover_revision::Model>> = HashMap::new();
        for r in handover_revision::Entity::find()
            .filter(handover_revision::Column::AppointmentId.is_in(ids))
            .order_by_asc(handover_revision::Column::Revision)
            .all(self.db())
            .await?
        {
            out.entry(i64::from(r.appointment_id)).or_default().push(r);
        }
        Ok(out)
    }
}

/// The rules' view of actors, read once per request from the store.
#[derive(Clone, Debug, Default)]
pub struct StoreFacts {
    actors: HashMap<String, actor::Model>,
    participation: HashMap<String, treatydesk_domain::Participation>,
    affected: HashMap<String, Vec<ProfileEntry>>,
    withdrawal: Option<WithdrawalRule>,
    /// The participation list is partial: a State missing from it is unknown, not a non-party.
    partial: bool,
}

impl StoreFacts {
    pub fn actor(&self, code: &str) -> Option<&actor::Model> {
        self.actors.get(code)
    }
}

impl Facts for StoreFacts {
    fn name(&self, actor: &str) -> String {
        self.actors
            .get(actor)
            .map_or_else(|| actor.to_string(), |a| a.name_en.clone())
    }

    fn is_state(&self, actor: &str) -> Option<bool> {
        self.actors.get(actor).map(|a| a.kind == "state")
    }

    fn status_on(&self, state: &str, date: Date) -> ParticipationStatus {
        match self.participation.get(state) {
            Some(p) => p.status_on(date, self.withdrawal),
            None if self.partial => ParticipationStatus::Unknown,
            None => ParticipationStatus::NotParty,
        }
    }

    fn un_group(&self, actor: &str) -> Option<String> {
        self.actors.get(actor).and_then(|a| a.un_group.clone())
    }

    fn affected_on(&self, state: &str, date: Date) -> bool {
        self.affected
            .get(state)
            .is_some_and(|entries| entries.iter().any(|e| e.holds_on(date)))
    }
}
