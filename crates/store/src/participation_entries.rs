//! Participation and profiles entered by ISU staff (issue 12): a signature, a deposit (with the
//! instrument type), a withdrawal notice. The entry into force (CCM Art. 17) and the date a
//! withdrawal takes effect (Art. 20) are computed by the convention's rules, never typed; only a
//! later effective date (the State then engaged in armed conflict) may be given with a notice.
//! Profile periods (affected, stockpile holder, victim assistance) are recorded with a source.
//!
//! Nothing is overwritten: every change to a participation record adds a revision (the whole
//! record as it then stood, who, when, why), and a corrected profile entry is kept, pointing at
//! the entry that replaces it. The note saying the list is partial is set here too, its old text
//! kept in the audit entry. Every write is audited. This module never decides who may
//! record; the web does.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder,
};
use serde::Serialize;
use time::Date;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::participation::ParticipationRow;
use treatydesk_domain::{DepositKind, Participation, ProfileKind};

use crate::audit::{Author, Write};
use crate::entities::{actor, convention, participation, participation_revision, profile_entry};
use crate::error::{Problem, said};
use crate::registry::rules_of;
use crate::{Store, StoreError};
use treatydesk_domain::finding::Message;

/// What ISU staff record about a State's participation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParticipationEvent {
    Signature {
        on: Date,
    },
    /// An instrument of ratification or accession deposited with the depositary.
    Deposit {
        on: Date,
        kind: DepositKind,
    },
    /// Notice of withdrawal received by the depositary; `effective_on` only when later than the
    /// convention's rule gives (the State then engaged in armed conflict).
    WithdrawalNotice {
        on: Date,
        effective_on: Option<Date>,
    },
}

/// A correction of a State's participation record: the facts as they should read. Entry into
/// force and the effective withdrawal are computed from them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParticipationFacts {
    pub signed_on: Option<Date>,
    pub deposited_on: Option<Date>,
    pub deposit_kind: Option<DepositKind>,
    pub withdrawal_notified_on: Option<Date>,
    /// Only a date later than the rule gives, with a notice.
    pub withdrawal_effective_later: Option<Date>,
    pub note: String,
}

/// One revision of a participation record as the history shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ParticipationRevision {
    pub revision: i32,
    pub participation: Participation,
    pub at: time::OffsetDateTime,
    pub who: String,
    pub reason: String,
}

/// A profile period to record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewProfileEntry {
    pub kind: ProfileKind,
    pub from: Option<Date>,
    pub until: Option<Date>,
    pub source: String,
}

fn show(d: Option<Date>) -> String {
    d.map(format_date).unwrap_or_default()
}

fn domain_of(code: &str, m: &participation::Model) -> Participation {
    Participation {
        actor: code.to_string(),
        signed_on: m.signed_on,
        deposited_on: m.deposited_on,
        deposit_kind: m.deposit_kind.as_deref().and_then(DepositKind::parse),
        in_force_on: m.in_force_on,
        withdrawal_notified_on: m.withdrawal_notified_on,
        withdrawal_effective_on: m.withdrawal_effective_on,
        note: m.note.clone(),
    }
}

impl Store {
    /// Says what the convention's participation list is when it is partial (which States it
    /// holds, from where), or that it is complete (an empty note). The rules read it: a State
    /// missing from a partial list is unknown, not a non-party. The note before and after are in
    /// the audit entry (`convention.note`); a reason is required.
    pub async fn set_participation_note(
        &self,
        author: &Author,
        convention: &convention::Model,
        note: &str,
    ) -> Result<convention::Model, StoreError> {
        let note = note.trim();
        let mut problems = Vec::new();
        if author.reason.trim().chars().count() < 5 {
            problems.push(said(
                "refuse-note-reason",
                "say why the note changes (5 characters or more)",
            ));
        }
        if note.chars().count() > 2000 {
            problems.push(said(
                "refuse-note-long",
                "the note may be at most 2,000 characters",
            ));
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let old = convention.participation_note.clone();
        let mut write = self
            .write(
                author,
                "convention.note",
                format!("participation note of {}", convention.code),
            )
            .await?;
        write.convention(convention.id);
        let mut model: convention::ActiveModel = convention.clone().into();
        model.participation_note = Set(note.to_string());
        let saved = model.update(write.txn()).await?;
        write.detail(serde_json::json!({ "old": old, "new": note }));
        write.commit().await?;
        Ok(saved)
    }

    /// Records a signature, deposit or withdrawal notice of `state` (`participation.record`).
    /// An event already on record is refused (correct the record instead).
    pub async fn record_participation_event(
        &self,
        author: &Author,
        convention: &convention::Model,
        state: &str,
        event: ParticipationEvent,
    ) -> Result<Participation, StoreError> {
        let actor = self.participation_actor(state).await?;
        let current = participation::Entity::find()
            .filter(participation::Column::ConventionId.eq(convention.id))
            .filter(participation::Column::ActorId.eq(actor.id))
            .one(self.db())
            .await?;
        let mut facts = current
            .as_ref()
            .map_or_else(ParticipationFacts::default, |c| ParticipationFacts {
                signed_on: c.signed_on,
                deposited_on: c.deposited_on,
                deposit_kind: c.deposit_kind.as_deref().and_then(DepositKind::parse),
                withdrawal_notified_on: c.withdrawal_notified_on,
                withdrawal_effective_later: None,
                note: c.note.clone(),
            });
        let name = &actor.name_en;
        let what = match event {
            ParticipationEvent::Signature { on } => {
                if let Some(s) = facts.signed_on {
                    return Err(StoreError::conflict(Problem::new(
                        Message::new("conflict-signature-on-record")
                            .actor("who", &actor.code, name)
                            .date("date", s),
                        format!(
                            "{name}'s signature on {} is already on record; correct the record instead",
                            format_date(s)
                        ),
                    )));
                }
                facts.signed_on = Some(on);
                "signature"
            }
            ParticipationEvent::Deposit { on, kind } => {
                if let Some(d) = facts.deposited_on {
                    return Err(StoreError::conflict(Problem::new(
                        Message::new("conflict-deposit-on-record")
                            .actor("who", &actor.code, name)
                            .date("date", d),
                        format!(
                            "{name}'s instrument deposited on {} is already on record; correct the record instead",
                            format_date(d)
                        ),
                    )));
                }
                facts.deposited_on = Some(on);
                facts.deposit_kind = Some(kind);
                "deposit"
            }
            ParticipationEvent::WithdrawalNotice { on, effective_on } => {
                if current.as_ref().is_some_and(|c| {
                    c.withdrawal_notified_on.is_some() || c.withdrawal_effective_on.is_some()
                }) {
                    return Err(StoreError::conflict(Problem::new(
                        Message::new("conflict-withdrawal-on-record").actor(
                            "who",
                            &actor.code,
                            name,
                        ),
                        format!(
                            "{name}'s withdrawal is already on record; correct the record instead"
                        ),
                    )));
                }
                if facts.deposited_on.is_none() {
                    return Err(StoreError::refuse(Problem::new(
                        Message::new("refuse-withdraw-no-deposit").actor("who", &actor.code, name),
                        format!(
                            "{name} has deposited no instrument on record, so it cannot withdraw"
                        ),
                    )));
                }
                facts.withdrawal_notified_on = Some(on);
                facts.withdrawal_effective_later = effective_on;
                "withdrawal notice"
            }
        };
        self.save_participation(author, convention, &actor, current, facts, what)
            .await
    }

    /// Corrects a State's participation record: a new revision, the old one kept
    /// (`participation.correct`). A reason is required.
    pub async fn correct_participation(
        &self,
        author: &Author,
        convention: &convention::Model,
        state: &str,
        facts: ParticipationFacts,
    ) -> Result<Participation, StoreError> {
        if author.reason.trim().chars().count() < 5 {
            return Err(StoreError::refuse(said(
                "refuse-participation-reason",
                "say why the record is corrected (5 characters or more)",
            )));
        }
        let actor = self.participation_actor(state).await?;
        let current = participation::Entity::find()
            .filter(participation::Column::ConventionId.eq(convention.id))
            .filter(participation::Column::ActorId.eq(actor.id))
            .one(self.db())
            .await?;
        self.save_participation(author, convention, &actor, current, facts, "correction")
            .await
    }

    async fn participation_actor(&self, state: &str) -> Result<actor::Model, StoreError> {
        let actor = self.actor(state.trim()).await?;
        if actor.kind != "state" {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-participation-not-a-state").actor(
                    "who",
                    &actor.code,
                    &actor.name_en,
                ),
                format!(
                    "{} is not a State; only States sign and deposit",
                    actor.name_en
                ),
            )));
        }
        Ok(actor)
    }

    /// Checks `facts` by the convention's rules (the same checks as an imported row), computes
    /// the entry into force and the effective withdrawal, and stores the record with a revision.
    async fn save_participation(
        &self,
        author: &Author,
        convention: &convention::Model,
        actor: &actor::Model,
        current: Option<participation::Model>,
        facts: ParticipationFacts,
        what: &str,
    ) -> Result<Participation, StoreError> {
        let rules = rules_of(convention)?;
        let (Some(eif), Some(withdrawal)) = (rules.entry_into_force, rules.withdrawal) else {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-rules-missing")
                    .text("convention", convention.code.to_uppercase()),
                format!(
                    "the entry-into-force and withdrawal rules of {} are not on record, so participation cannot be computed",
                    convention.code.to_uppercase()
                ),
            )));
        };
        if facts.withdrawal_effective_later.is_some() && facts.withdrawal_notified_on.is_none() {
            return Err(StoreError::refuse(said(
                "refuse-later-needs-notice",
                "a later effective date of withdrawal needs the date of the notice",
            )));
        }
        let keep_effective = current
            .as_ref()
            .filter(|c| {
                c.withdrawal_notified_on.is_none() && facts.withdrawal_notified_on.is_none()
            })
            .and_then(|c| c.withdrawal_effective_on);
        let row = ParticipationRow {
            state: actor.name_en.clone(),
            iso3: actor.code.clone(),
            signature_date: show(facts.signed_on),
            ratification_date: show(facts.deposited_on),
            entry_into_force_date: String::new(),
            // The note is free text: never read for dates here.
            note: String::new(),
            deposit_kind: facts
                .deposit_kind
                .map(|k| k.as_str().to_string())
                .unwrap_or_default(),
            withdrawal_notice_date: show(facts.withdrawal_notified_on),
            withdrawal_effective_date: show(facts.withdrawal_effective_later.or(keep_effective)),
        };
        let mut computed = row
            .validate(eif, withdrawal, |code| code == actor.code)
            .map_err(StoreError::Invalid)?;
        if let (Some(later), Some(notice)) = (
            facts.withdrawal_effective_later,
            facts.withdrawal_notified_on,
        ) && later <= withdrawal.effective_on(notice)
        {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-withdrawal-not-later")
                    .date("date", withdrawal.effective_on(notice)),
                format!(
                    "the withdrawal takes effect on {} by the convention's rule; give an effective date only when it is later (the State then engaged in armed conflict)",
                    format_date(withdrawal.effective_on(notice))
                ),
            )));
        }
        computed.note = facts.note.trim().to_string();
        if let Some(c) = &current
            && domain_of(&actor.code, c) == computed
        {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-record-unchanged").actor("who", &actor.code, &actor.name_en),
                format!(
                    "{}'s record already reads so; nothing to record",
                    actor.name_en
                ),
            )));
        }
        let action = if what == "correction" {
            "participation.correct"
        } else {
            "participation.record"
        };
        let mut write = self
            .write(
                author,
                action,
                format!("participation of {}: {what}", actor.code),
            )
            .await?;
        write.convention(convention.id);
        let mut model = participation::ActiveModel {
            convention_id: Set(convention.id),
            actor_id: Set(actor.id),
            signed_on: Set(computed.signed_on),
            deposited_on: Set(computed.deposited_on),
            deposit_kind: Set(computed.deposit_kind.map(|k| k.as_str().to_string())),
            in_force_on: Set(computed.in_force_on),
            withdrawal_notified_on: Set(computed.withdrawal_notified_on),
            withdrawal_effective_on: Set(computed.withdrawal_effective_on),
            note: Set(computed.note.clone()),
            ..Default::default()
        };
        let stored = match &current {
            Some(c) => {
                model.id = Set(c.id);
                model.update(write.txn()).await?
            }
            None => model.insert(write.txn()).await?,
        };
        let number = add_revision(&write, current.as_ref(), &stored, author).await?;
        write.detail(serde_json::json!({
            "state": actor.code,
            "revision": number,
            "what": what,
            "in_force_on": computed.in_force_on,
            "withdrawal_effective_on": computed.withdrawal_effective_on,
        }));
        write.commit().await?;
        Ok(computed)
    }

    /// Every revision of a State's participation record, oldest first (empty when it was never
    /// changed since it was imported).
    pub async fn participation_history(
        &self,
        convention: &convention::Model,
        state: &str,
    ) -> Result<Vec<ParticipationRevision>, StoreError> {
        let actor = self.actor(state).await?;
        Ok(participation_revision::Entity::find()
            .filter(participation_revision::Column::ConventionId.eq(convention.id))
            .filter(participation_revision::Column::ActorId.eq(actor.id))
            .order_by_asc(participation_revision::Column::Revision)
            .all(self.db())
            .await?
            .into_iter()
            .map(|r| ParticipationRevision {
                revision: r.revision,
                participation: Participation {
                    actor: actor.code.clone(),
                    signed_on: r.signed_on,
                    deposited_on: r.deposited_on,
                    deposit_kind: r.deposit_kind.as_deref().and_then(DepositKind::parse),
                    in_force_on: r.in_force_on,
                    withdrawal_notified_on: r.withdrawal_notified_on,
                    withdrawal_effective_on: r.withdrawal_effective_on,
                    note: r.note,
                },
                at: r.at,
                who: r.who,
                reason: r.reason,
            })
            .collect())
    }

    /// Records a profile period of `state` with its source (`profile.record`).
    pub async fn record_profile_entry(
        &self,
        author: &Author,
        convention: &convention::Model,
        state: &str,
        entry: NewProfileEntry,
    ) -> Result<profile_entry::Model, StoreError> {
        let actor = self.participation_actor(state).await?;
        check_profile_entry(&entry)?;
        let mut write = self
            .write(
                author,
                "profile.record",
                format!("profile of {}: {}", actor.code, entry.kind.slug()),
            )
            .await?;
        write.convention(convention.id);
        let stored = insert_profile_entry(&write, author, convention, &actor, &entry).await?;
        write.detail(serde_json::json!({ "entry": stored.id }));
        write.commit().await?;
        Ok(stored)
    }

    /// Corrects a profile entry: the new entry is recorded and the old one kept, pointing at it
    /// (`profile.correct`). A reason is required.
    pub async fn correct_profile_entry(
        &self,
        author: &Author,
        convention: &convention::Model,
        entry_id: i32,
        entry: NewProfileEntry,
    ) -> Result<profile_entry::Model, StoreError> {
        if author.reason.trim().chars().count() < 5 {
            return Err(StoreError::refuse(said(
                "refuse-profile-reason",
                "say why the profile is corrected (5 characters or more)",
            )));
        }
        check_profile_entry(&entry)?;
        let old = profile_entry::Entity::find_by_id(entry_id)
            .filter(profile_entry::Column::ConventionId.eq(convention.id))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("profile entry {entry_id}")))?;
        if old.superseded_by.is_some() {
            return Err(StoreError::conflict(Problem::new(
                Message::new("conflict-profile-corrected").number("id", i64::from(entry_id)),
                format!("profile entry {entry_id} was already corrected; correct the newest one"),
            )));
        }
        let actor = actor::Entity::find_by_id(old.actor_id)
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("the State of entry {entry_id}")))?;
        let mut write = self
            .write(
                author,
                "profile.correct",
                format!("profile of {}: {}", actor.code, entry.kind.slug()),
            )
            .await?;
        write.convention(convention.id);
        let stored = insert_profile_entry(&write, author, convention, &actor, &entry).await?;
        let mut active: profile_entry::ActiveModel = old.into();
        active.superseded_by = Set(Some(stored.id));
        active.update(write.txn()).await?;
        write.detail(serde_json::json!({ "entry": stored.id, "corrects": entry_id }));
        write.commit().await?;
        Ok(stored)
    }

    /// Every profile entry of a State, corrected ones included (their `superseded_by` says by
    /// which), oldest first.
    pub async fn profile_history(
        &self,
        convention: &convention::Model,
        state: &str,
    ) -> Result<Vec<profile_entry::Model>, StoreError> {
        let actor = self.actor(state).await?;
        Ok(profile_entry::Entity::find()
            .filter(profile_entry::Column::ConventionId.eq(convention.id))
            .filter(profile_entry::Column::ActorId.eq(actor.id))
            .order_by_asc(profile_entry::Column::Id)
            .all(self.db())
            .await?)
    }
}

fn check_profile_entry(entry: &NewProfileEntry) -> Result<(), StoreError> {
    let mut problems = Vec::new();
    if entry.source.trim().is_empty() || entry.source.chars().count() > 2_000 {
        problems.push(said(
            "refuse-profile-source",
            "cite the source of the profile period (1 to 2,000 characters)",
        ));
    }
    if let (Some(f), Some(u)) = (entry.from, entry.until)
        && u <= f
    {
        problems.push(Problem::new(
            Message::new("refuse-profile-period")
                .date("until", u)
                .date("from", f),
            format!(
                "the period ends ({}) before it begins ({})",
                format_date(u),
                format_date(f)
            ),
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Invalid(problems))
    }
}

async fn insert_profile_entry(
    write: &Write,
    author: &Author,
    convention: &convention::Model,
    actor: &actor::Model,
    entry: &NewProfileEntry,
) -> Result<profile_entry::Model, StoreError> {
    Ok(profile_entry::ActiveModel {
        convention_id: Set(convention.id),
        actor_id: Set(actor.id),
        kind: Set(entry.kind.slug().to_string()),
        from_date: Set(entry.from),
        until_date: Set(entry.until),
        source: Set(entry.source.trim().to_string()),
        superseded_by: Set(None),
        recorded_at: Set(Some(crate::now())),
        recorded_by: Set(author.who.clone()),
        reason: Set(author.reason.clone()),
        ..Default::default()
    }
    .insert(write.txn())
    .await?)
}

/// Adds the revision of a participation record just written (`after`); when the record had
/// none yet, the record as it stood before (`before`) becomes revision 1. Returns the number.
pub(crate) async fn add_revision(
    write: &Write,
    before: Option<&participation::Model>,
    after: &participation::Model,
    author: &Author,
) -> Result<i32, StoreError> {
    let mut revisions = participation_revision::Entity::find()
        .filter(participation_revision::Column::ParticipationId.eq(after.id))
        .count(write.txn())
        .await?;
    if revisions == 0
        && let Some(before) = before
    {
        // The record as it stood before revisions were kept (an imported list).
        revision_row(
            write,
            before,
            1,
            "import",
            "as on record before the first revision",
        )
        .await?;
        revisions = 1;
    }
    let number = i32::try_from(revisions).unwrap_or(i32::MAX - 1) + 1;
    revision_row(write, after, number, &author.who, &author.reason).await?;
    Ok(number)
}

async fn revision_row(
    write: &Write,
    m: &participation::Model,
    revision: i32,
    who: &str,
    reason: &str,
) -> Result<(), StoreError> {
    participation_revision::ActiveModel {
        participation_id: Set(m.id),
        convention_id: Set(m.convention_id),
        actor_id: Set(m.actor_id),
        revision: Set(revision),
        signed_on: Set(m.signed_on),
        deposited_on: Set(m.deposited_on),
        deposit_kind: Set(m.deposit_kind.clone()),
        in_force_on: Set(m.in_force_on),
        withdrawal_notified_on: Set(m.withdrawal_notified_on),
        withdrawal_effective_on: Set(m.withdrawal_effective_on),
        note: Set(m.note.clone()),
        at: Set(crate::now()),
        who: Set(who.to_string()),
        reason: Set(reason.to_string()),
        ..Default::default()
    }
    .insert(write.txn())
    .await?;
    Ok(())
}
