//! Meetings as the ISU runs them: a meeting's status, dates, venue, sitting and presiding officer;
//! the rules of meetings as findings (P1.1, ¶18, P1.3, P3.1, Art. 11 and 12); the shared calendar
//! of every convention in this instance plus imported entries; agenda items; and Coordination
//! Committee meetings (attendance proposed from the membership in force, guests, minutes).
//!
//! Every write is audited and all-or-nothing. This module never decides who may read minutes: it
//! stores their access level, and the web layer checks it on every read.

use std::collections::BTreeMap;

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use time::Date;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::committee::{Capacity, committee_on};
use treatydesk_domain::finding::{Message, Problem};
use treatydesk_domain::meeting::MeetingKind;
use treatydesk_domain::rules::Finding;
use treatydesk_domain::schedule::{self, Details, MeetingStatus, OtherMeeting, Sitting};

use crate::audit::Author;
use crate::entities::{
    agenda_item, attendance, calendar_entry, convention, meeting, minutes, minutes_revision,
};
use crate::error::{longer, said};
use crate::registry::rules_of;
use crate::{Store, StoreError};

/// What the ISU may change about a meeting. The kind, number and label never change.
#[derive(Clone, Debug, Default)]
pub struct MeetingEdit {
    pub venue: String,
    pub opens_on: Option<Date>,
    pub closes_on: Option<Date>,
    pub status: MeetingStatus,
    pub sitting: Sitting,
    pub presiding: Option<String>,
}

/// A stored meeting's details, as the domain's schedule checks read them.
pub fn details_of(m: &meeting::Model) -> Details {
    Details {
        status: MeetingStatus::from_slug(&m.status).unwrap_or_default(),
        sitting: Sitting::from_slug(&m.sitting).unwrap_or_default(),
        presiding: m.presiding.clone(),
    }
}

/// A meeting whose closing day comes before its opening day.
pub(crate) fn closes_before_opens(closes: Date, opens: Date) -> Problem {
    Problem::new(
        Message::new("refuse-meeting-closes-before-opens")
            .date("closes", closes)
            .date("opens", opens),
        format!("the meeting closes ({closes}) before it opens ({opens})"),
    )
}

impl Store {
    /// One meeting of a convention by its label (2MSP, 3ISM; case is forgiven: 2ism).
    pub async fn meeting(
        &self,
        convention: &convention::Model,
        label: &str,
    ) -> Result<meeting::Model, StoreError> {
        // An exact label from `lookups::LookupCache` while nothing it is read from has changed.
        let stamp = self.generations.stamp(crate::lookups::LOOKUP_AREAS);
        if let Some(kept) = self.lookups.meeting(stamp, convention.id, label) {
            return Ok(kept);
        }
        let exact = meeting::Entity::find()
            .filter(meeting::Column::ConventionId.eq(convention.id))
            .filter(meeting::Column::Label.eq(label))
            .one(self.db())
            .await?;
        if let Some(m) = exact {
            self.lookups.keep_meeting(stamp, &m);
            return Ok(m);
        }
        self.meetings(convention)
            .await?
            .into_iter()
            .find(|m| m.label.eq_ignore_ascii_case(label))
            .ok_or_else(|| {
                StoreError::NotFound(format!(
                    "the meeting \"{label}\" of {}",
                    convention.short_name
                ))
            })
    }

    /// Every other convention's dated meetings in this instance, and every imported calendar
    /// entry: what P1.3 looks for next to `convention`'s meetings.
    pub async fn others_for(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<OtherMeeting>, StoreError> {
        let names: BTreeMap<i32, String> = self
            .conventions()
            .await?
            .into_iter()
            .map(|c| (c.id, c.short_name))
            .collect();
        let mut out: Vec<OtherMeeting> = meeting::Entity::find()
            .filter(meeting::Column::ConventionId.ne(convention.id))
            .all(self.db())
            .await?
            .into_iter()
            .filter_map(|m| {
                Some(OtherMeeting {
                    convention: names.get(&m.convention_id).cloned().unwrap_or_default(),
                    title: m.label.clone(),
                    venue: m.venue.clone(),
                    opens_on: m.opens_on?,
                    closes_on: m.closes_on.or(m.opens_on)?,
                })
            })
            .collect();
        out.extend(
            self.calendar_entries()
                .await?
                .into_iter()
                .map(|e| OtherMeeting {
                    convention: e.calendar,
                    title: e.title,
                    venue: e.venue,
                    opens_on: e.opens_on,
                    closes_on: e.closes_on,
                }),
        );
        out.sort_by_key(|o| (o.opens_on, o.closes_on));
        Ok(out)
    }

    /// Every imported calendar entry, by date.
    pub async fn calendar_entries(&self) -> Result<Vec<calendar_entry::Model>, StoreError> {
        Ok(calendar_entry::Entity::find()
            .order_by_asc(calendar_entry::Column::OpensOn)
            .order_by_asc(calendar_entry::Column::Id)
            .all(self.db())
            .await?)
    }

    /// Every meeting finding of the convention, as of `today`.
    pub async fn meeting_findings(
        &self,
        convention: &convention::Model,
        today: Date,
    ) -> Result<Vec<Finding>, StoreError> {
        let (record, _) = self.offices(convention).await?;
        let details: BTreeMap<i64, Details> = self
            .meetings(convention)
            .await?
            .iter()
            .map(|m| (i64::from(m.id), details_of(m)))
            .collect();
        let others = self.others_for(convention).await?;
        let rules = rules_of(convention)?;
        Ok(schedule::check(&schedule::Input {
            record: &record,
            details: &details,
            others: &others,
            cadence: rules.formal_meetings,
            entry_into_force: rules
                .entry_into_force
                .map(|r| r.convention_entry_into_force()),
            today,
            now: crate::now().date(),
        }))
    }

    /// Changes a meeting's dates, venue, status, sitting or presiding officer (audited).
    pub async fn update_meeting(
        &self,
        author: &Author,
        convention: &convention::Model,
        label: &str,
        edit: MeetingEdit,
    ) -> Result<meeting::Model, StoreError> {
        let current = self.meeting(convention, label).await?;
        let mut problems = Vec::new();
        if let (Some(o), Some(c)) = (edit.opens_on, edit.closes_on)
            && c < o
        {
            problems.push(closes_before_opens(c, o));
        }
        if edit.closes_on.is_some() && edit.opens_on.is_none() {
            problems.push(said(
                "refuse-meeting-closing-needs-opening",
                "a closing day needs an opening day",
            ));
        }
        if let Some(p) = &edit.presiding
            && !self.actors().await?.iter().any(|a| &a.code == p)
        {
            problems.push(Problem::new(
                Message::new("refuse-meeting-presiding-unknown").code("value", p),
                format!("\"{p}\" is not an actor in the registry"),
            ));
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let mut write = self
            .write(
                author,
                "meeting.update",
                format!(
                    "meeting {label}: {} {}..{} {} {} chair {}",
                    edit.venue,
                    show(edit.opens_on),
                    show(edit.closes_on),
                    edit.status.slug(),
                    edit.sitting.slug(),
                    edit.presiding.as_deref().unwrap_or("-")
                ),
            )
            .await?;
        write.convention(convention.id);
        let mut active: meeting::ActiveModel = current.into();
        active.venue = Set(edit.venue);
        active.opens_on = Set(edit.opens_on);
        active.closes_on = Set(edit.closes_on);
        active.status = Set(edit.status.slug().to_string());
        active.sitting = Set(edit.sitting.slug().to_string());
        active.presiding = Set(edit.presiding);
        let stored = active.update(write.txn()).await?;
        write.commit().await?;
        Ok(stored)
    }

    /// The agenda of a meeting, in order.
    pub async fn agenda(&self, meeting_id: i32) -> Result<Vec<agenda_item::Model>, StoreError> {
        Ok(agenda_item::Entity::find()
            .filter(agenda_item::Column::MeetingId.eq(meeting_id))
            .order_by_asc(agenda_item::Column::Position)
            .all(self.db())
            .await?)
    }

    /// Every agenda item of the given meetings, in one query.
    pub async fn agenda_items(
        &self,
        meeting_ids: &[i32],
    ) -> Result<Vec<agenda_item::Model>, StoreError> {
        Ok(agenda_item::Entity::find()
            .filter(agenda_item::Column::MeetingId.is_in(meeting_ids.to_vec()))
            .order_by_asc(agenda_item::Column::MeetingId)
            .order_by_asc(agenda_item::Column::Position)
            .all(self.db())
            .await?)
    }

    /// Replaces a meeting's agenda with `titles` (blank lines dropped), all or nothing.
    pub async fn set_agenda(
        &self,
        author: &Author,
        meeting: &meeting::Model,
        titles: &[String],
    ) -> Result<Vec<agenda_item::Model>, StoreError> {
        let titles: Vec<&str> = titles
            .iter()
            .map(|t| t.trim())
            .filter(|t| !t.is_empty())
            .collect();
        if let Some(long) = titles.iter().find(|t| t.chars().count() > 300) {
            let start = long.chars().take(40).collect::<String>();
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-agenda-item-long")
                    .number("max", 300)
                    .code("start", &start),
                format!("an agenda item is at most 300 characters: \"{start}…\""),
            )));
        }
        let mut write = self
            .write(
                author,
                "meeting.agenda",
                format!("agenda of {}: {} items", meeting.label, titles.len()),
            )
            .await?;
        write.convention(meeting.convention_id);
        agenda_item::Entity::delete_many()
            .filter(agenda_item::Column::MeetingId.eq(meeting.id))
            .exec(write.txn())
            .await?;
        for (i, title) in titles.iter().enumerate() {
            agenda_item::ActiveModel {
                meeting_id: Set(meeting.id),
                position: Set(i32::try_from(i + 1).unwrap_or(i32::MAX)),
                title: Set((*title).to_string()),
                ..Default::default()
            }
            .insert(write.txn())
            .await?;
        }
        write.commit().await?;
        self.agenda(meeting.id).await
    }

    /// Who attends a Committee meeting: members first, then guests, each in recorded order.
    pub async fn attendance(&self, meeting_id: i32) -> Result<Vec<attendance::Model>, StoreError> {
        let mut all = attendance::Entity::find()
            .filter(attendance::Column::MeetingId.eq(meeting_id))
            .order_by_asc(attendance::Column::Id)
            .all(self.db())
            .await?;
        all.sort_by_key(|a| a.guest);
        Ok(all)
    }

    /// Proposes the attendance of a Committee meeting from the membership in force on its first
    /// day (P3.2): every member not yet listed is added, marked present. Returns how many.
    pub async fn propose_attendance(
        &self,
        author: &Author,
        convention: &convention::Model,
        meeting: &meeting::Model,
    ) -> Result<usize, StoreError> {
        if meeting.kind != MeetingKind::CoordinationCommittee.slug() {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-attendance-not-committee").meeting("meeting", &meeting.label),
                format!("{} is not a Coordination Committee meeting", meeting.label),
            )));
        }
        let Some(day) = meeting.opens_on else {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-attendance-undated").meeting("meeting", &meeting.label),
                format!(
                    "{} has no date yet, so its membership cannot be known",
                    meeting.label
                ),
            )));
        };
        let (record, _) = self.offices(convention).await?;
        let Some(committee) = committee_on(&record, day) else {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-attendance-no-committee").date("day", day),
                format!("no Coordination Committee is in the architecture in force on {day}"),
            )));
        };
        let listed: Vec<String> = self
            .attendance(meeting.id)
            .await?
            .into_iter()
            .map(|a| a.attendee)
            .collect();
        let architecture = &record.architecture;
        let mut added = 0;
        let mut write = self
            .write(
                author,
                "meeting.attendance.propose",
                format!(
                    "attendance of {} from the Committee on {day}",
                    meeting.label
                ),
            )
            .await?;
        write.convention(convention.id);
        for member in &committee.members {
            if listed.contains(&member.actor) {
                continue;
            }
            let capacity = match &member.capacity {
                Capacity::Office { office, chair } => {
                    let name = architecture
                        .latest()
                        .and_then(|v| v.office(office))
                        .map(|o| o.name.clone())
                        .unwrap_or_else(|| office.clone());
                    if *chair {
                        format!("{name} (chair)")
                    } else {
                        name
                    }
                }
                Capacity::Outgoing { office } => format!("outgoing {office}"),
                Capacity::Coordinator { body, .. } => {
                    let name = architecture
                        .version_on(day)
                        .and_then(|v| v.body(body))
                        .map(|b| b.name.clone())
                        .unwrap_or_else(|| body.clone());
                    format!("Coordinator, {name}")
                }
                Capacity::Organization { observer: true } => "observer".to_string(),
                Capacity::Organization { observer: false } => "member".to_string(),
            };
            attendance::ActiveModel {
                meeting_id: Set(meeting.id),
                attendee: Set(member.actor.clone()),
                capacity: Set(capacity),
                guest: Set(false),
                present: Set(true),
                ..Default::default()
            }
            .insert(write.txn())
            .await?;
            added += 1;
        }
        write.commit().await?;
        Ok(added)
    }

    /// Records an invited guest (P3.1: the Committee "may call upon any relevant party").
    pub async fn add_guest(
        &self,
        author: &Author,
        meeting: &meeting::Model,
        guest: &str,
        capacity: &str,
    ) -> Result<attendance::Model, StoreError> {
        let guest = guest.trim();
        let capacity = capacity.trim();
        if guest.is_empty() || guest.chars().count() > 200 {
            return Err(StoreError::refuse(longer(
                "refuse-attendance-guest-name",
                200,
                "a guest needs a name (an actor code or a person), at most 200 characters".into(),
            )));
        }
        let exists = attendance::Entity::find()
            .filter(attendance::Column::MeetingId.eq(meeting.id))
            .filter(attendance::Column::Attendee.eq(guest))
            .one(self.db())
            .await?;
        if exists.is_some() {
            return Err(StoreError::conflict(Problem::new(
                Message::new("conflict-attendance-guest")
                    .code("guest", guest)
                    .meeting("meeting", &meeting.label),
                format!("{guest} is already on the attendance of {}", meeting.label),
            )));
        }
        let mut write = self
            .write(
                author,
                "meeting.attendance.guest",
                format!("guest {guest} at {}", meeting.label),
            )
            .await?;
        write.convention(meeting.convention_id);
        let stored = attendance::ActiveModel {
            meeting_id: Set(meeting.id),
            attendee: Set(guest.to_string()),
            capacity: Set(if capacity.is_empty() {
                "guest".to_string()
            } else {
                capacity.to_string()
            }),
            guest: Set(true),
            present: Set(true),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.commit().await?;
        Ok(stored)
    }

    /// Marks who was present: every listed attendee in `present` is present, the others absent.
    pub async fn set_presence(
        &self,
        author: &Author,
        meeting: &meeting::Model,
        present: &[i32],
    ) -> Result<(), StoreError> {
        let mut write = self
            .write(
                author,
                "meeting.attendance.presence",
                format!("presence at {}: {} present", meeting.label, present.len()),
            )
            .await?;
        write.convention(meeting.convention_id);
        for a in attendance::Entity::find()
            .filter(attendance::Column::MeetingId.eq(meeting.id))
            .all(write.txn())
            .await?
        {
            let here = present.contains(&a.id);
            if a.present != here {
                let mut active: attendance::ActiveModel = a.into();
                active.present = Set(here);
                active.update(write.txn()).await?;
            }
        }
        write.commit().await
    }

    /// A meeting's minutes, whoever may read them (the caller checks `access`).
    pub async fn minutes(&self, meeting_id: i32) -> Result<Option<minutes::Model>, StoreError> {
        Ok(minutes::Entity::find()
            .filter(minutes::Column::MeetingId.eq(meeting_id))
            .one(self.db())
            .await?)
    }

    /// Writes a meeting's minutes with their access level, audited. Minutes are revised, never
    /// overwritten: every version is kept in `minutes_revisions` with who, when and why, and a
    /// change to minutes already on record must say why (`reason`).
    pub async fn write_minutes(
        &self,
        author: &Author,
        meeting: &meeting::Model,
        text: &str,
        access: AccessLevel,
        reason: &str,
    ) -> Result<minutes::Model, StoreError> {
        if text.trim().is_empty() {
            return Err(StoreError::refuse(said(
                "refuse-minutes-empty",
                "the minutes are empty",
            )));
        }
        let mut write = self
            .write(
                author,
                "meeting.minutes",
                format!("minutes of {} ({})", meeting.label, access.slug()),
            )
            .await?;
        write.convention(meeting.convention_id);
        let existing = minutes::Entity::find()
            .filter(minutes::Column::MeetingId.eq(meeting.id))
            .one(write.txn())
            .await?;
        let revisions = minutes_revision::Entity::find()
            .filter(minutes_revision::Column::MeetingId.eq(meeting.id))
            .all(write.txn())
            .await?;
        if let Some(old) = &existing {
            if old.text == text.trim() && old.access == access.slug() {
                return Err(StoreError::refuse(said(
                    "refuse-minutes-unchanged",
                    "the minutes are unchanged: nothing to record",
                )));
            }
            if reason.trim().is_empty() {
                return Err(StoreError::refuse(Problem::new(
                    Message::new("refuse-minutes-reason").meeting("meeting", &meeting.label),
                    format!(
                        "say why the minutes of {} change: the earlier version stays readable with your reason",
                        meeting.label
                    ),
                )));
            }
            // Minutes written before revisions were kept: their first version becomes revision 1.
            if revisions.is_empty() {
                minutes_revision::ActiveModel {
                    meeting_id: Set(meeting.id),
                    revision: Set(1),
                    text: Set(old.text.clone()),
                    access: Set(old.access.clone()),
                    at: Set(old.written_at),
                    who: Set(old.written_by.clone()),
                    reason: Set(String::new()),
                    ..Default::default()
                }
                .insert(write.txn())
                .await?;
            }
        }
        let next = revisions.iter().map(|r| r.revision).max().unwrap_or(
            // The first version, or the one just kept as revision 1.
            i32::from(existing.is_some()),
        ) + 1;
        let now = crate::now();
        let mut active = match existing {
            Some(m) => m.into(),
            None => minutes::ActiveModel {
                meeting_id: Set(meeting.id),
                ..Default::default()
            },
        };
        active.text = Set(text.trim().to_string());
        active.access = Set(access.slug().to_string());
        active.written_by = Set(author.who.clone());
        active.written_at = Set(now);
        active.save(write.txn()).await?;
        minutes_revision::ActiveModel {
            meeting_id: Set(meeting.id),
            revision: Set(next),
            text: Set(text.trim().to_string()),
            access: Set(access.slug().to_string()),
            at: Set(now),
            who: Set(author.who.clone()),
            reason: Set(reason.trim().to_string()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.detail(serde_json::json!({ "revision": next, "reason": reason.trim() }));
        write.commit().await?;
        self.minutes(meeting.id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("the minutes of {}", meeting.label)))
    }

    /// Every version of a meeting's minutes, oldest first.
    pub async fn minutes_revisions(
        &self,
        meeting_id: i32,
    ) -> Result<Vec<minutes_revision::Model>, StoreError> {
        Ok(minutes_revision::Entity::find()
            .filter(minutes_revision::Column::MeetingId.eq(meeting_id))
            .order_by_asc(minutes_revision::Column::Revision)
            .all(self.db())
            .await?)
    }
}

fn show(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}
