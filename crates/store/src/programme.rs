//! Persistence of meetings' programmes of work (P1.2, P2.2): sessions and their speakers.
//!
//! Every change is one audited write, all or nothing, and is refused with the domain's own
//! sentences (`treatydesk_domain::programme::new_problems`) when it would introduce a problem into
//! the programme; the check reads the programme inside the same transaction. This module decides
//! what a programme may hold, never who may change it: the web layer checks the editor's scope
//! (`treatydesk_domain::programme::edit_scope`) before calling it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder,
};
use time::{Date, Time};
use treatydesk_domain::finding::Message;
use treatydesk_domain::meeting::Meeting;
use treatydesk_domain::programme::{self, Session, SessionFormat, Speaker, SpeakerKind};

use crate::audit::Author;
use crate::entities::{convention, meeting, programme_session, session_speaker};
use crate::error::{Problem, longer, said};
use crate::{Store, StoreError};

/// A session as a form or the demo gives it.
#[derive(Clone, Debug)]
pub struct NewSession {
    pub day: Date,
    pub starts_at: Time,
    pub ends_at: Time,
    pub room: String,
    pub format: SessionFormat,
    pub title: String,
    pub body: Option<String>,
    pub area: Option<String>,
    pub description: String,
}

/// A speaker as a form or the demo gives it.
#[derive(Clone, Debug)]
pub struct NewSpeaker {
    pub name: String,
    pub actor: Option<String>,
    pub capacity: String,
    pub kind: SpeakerKind,
}

/// Which way a speaker moves in their list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

/// A session with its panel and its list of speakers, in order.
#[derive(Clone, Debug)]
pub struct ScheduledSession {
    pub session: Session,
    /// When the session was last changed (the feed's DTSTAMP).
    pub updated_at: time::OffsetDateTime,
    pub panel: Vec<Speaker>,
    pub floor: Vec<Speaker>,
}

/// Programmes per meeting, kept with the generation stamp of the programme area taken before
/// reading (the same scheme as `architecture::OfficesCache`).
#[derive(Clone, Debug, Default)]
pub struct ProgrammeCache(Arc<Mutex<HashMap<i32, MarkedProgramme>>>);

/// A meeting's programme, shared read-only, with the audit mark it was read at.
type MarkedProgramme = (u64, Arc<Vec<ScheduledSession>>);

const MAX_TITLE: usize = 300;
const MAX_ROOM: usize = 100;
const MAX_TEXT: usize = 4000;
const MAX_NAME: usize = 200;

fn session_out(m: &programme_session::Model) -> Option<Session> {
    Some(Session {
        id: i64::from(m.id),
        day: m.day,
        starts_at: m.starts_at,
        ends_at: m.ends_at,
        room: m.room.clone(),
        format: SessionFormat::from_slug(&m.format)?,
        title: m.title.clone(),
        body: m.body_key.clone(),
        area: m.area_key.clone(),
        description: m.description.clone(),
        position: m.position,
    })
}

fn speaker_out(m: &session_speaker::Model) -> Option<Speaker> {
    Some(Speaker {
        id: i64::from(m.id),
        session: i64::from(m.session_id),
        position: m.position,
        name: m.name.clone(),
        actor: m.actor_code.clone(),
        capacity: m.capacity.clone(),
        kind: SpeakerKind::from_slug(&m.kind)?,
        requested_at: m.requested_at,
    })
}

fn key(text: &Option<String>) -> Option<String> {
    text.as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(String::from)
}

/// A text longer than `max`: `id` says which (`refuse-programme-*-long`), `what` in English.
fn too_long(id: &str, what: &str, text: &str, max: usize, out: &mut Vec<Problem>) {
    if text.chars().count() > max {
        out.push(longer(
            id,
            max,
            format!("The {what} is longer than {max} characters."),
        ));
    }
}

fn not_found_session(id: i64) -> StoreError {
    StoreError::NotFound(format!("session {id}"))
}

impl NewSession {
    fn tidy(mut self) -> Result<NewSession, StoreError> {
        self.title = self.title.trim().to_string();
        self.room = self.room.trim().to_string();
        self.description = self.description.trim().to_string();
        self.body = key(&self.body);
        self.area = key(&self.area);
        let mut out = Vec::new();
        if self.title.is_empty() {
            out.push(said(
                "refuse-programme-session-title",
                "Give the session a title.",
            ));
        }
        if self.room.is_empty() {
            out.push(said(
                "refuse-programme-session-room",
                "Give the room the session is held in.",
            ));
        }
        too_long(
            "refuse-programme-title-long",
            "title",
            &self.title,
            MAX_TITLE,
            &mut out,
        );
        too_long(
            "refuse-programme-room-long",
            "room",
            &self.room,
            MAX_ROOM,
            &mut out,
        );
        too_long(
            "refuse-programme-description-long",
            "description",
            &self.description,
            MAX_TEXT,
            &mut out,
        );
        if out.is_empty() {
            Ok(self)
        } else {
            Err(StoreError::Invalid(out))
        }
    }

    fn as_session(&self, id: i64, position: i32) -> Session {
        Session {
            id,
            day: self.day,
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            room: self.room.clone(),
            format: self.format,
            title: self.title.clone(),
            body: self.body.clone(),
            area: self.area.clone(),
            description: self.description.clone(),
            position,
        }
    }
}

impl Store {
    async fn sessions_in(
        &self,
        db: &impl ConnectionTrait,
        meeting_id: i32,
    ) -> Result<Vec<programme_session::Model>, StoreError> {
        Ok(programme_session::Entity::find()
            .filter(programme_session::Column::MeetingId.eq(meeting_id))
            .order_by_asc(programme_session::Column::Day)
            .order_by_asc(programme_session::Column::StartsAt)
            .order_by_asc(programme_session::Column::Position)
            .order_by_asc(programme_session::Column::Id)
            .all(db)
            .await?)
    }

    /// The programme of a meeting, in order of day and time, each session with its speakers.
    pub async fn programme(
        &self,
        meeting: &meeting::Model,
    ) -> Result<Vec<ScheduledSession>, StoreError> {
        self.programme_of(meeting.id).await
    }

    /// The programme of the meeting `meeting_id`, from the cache while no write has happened
    /// since it was read (the public page and API read it this way).
    pub async fn programme_shared(
        &self,
        meeting_id: i32,
    ) -> Result<Arc<Vec<ScheduledSession>>, StoreError> {
        let mark = self.generations.stamp(crate::generation::Areas::of(&[
            crate::generation::Area::Programme,
        ]));
        if let Ok(cache) = self.programmes.0.lock()
            && let Some((at, programme)) = cache.get(&meeting_id)
            && *at == mark
        {
            return Ok(programme.clone());
        }
        let programme = Arc::new(self.programme_of(meeting_id).await?);
        if let Ok(mut cache) = self.programmes.0.lock() {
            cache.insert(meeting_id, (mark, programme.clone()));
        }
        Ok(programme)
    }

    async fn programme_of(&self, meeting_id: i32) -> Result<Vec<ScheduledSession>, StoreError> {
        let rows = self.sessions_in(self.db(), meeting_id).await?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
        let speakers: Vec<Speaker> = session_speaker::Entity::find()
            .filter(session_speaker::Column::SessionId.is_in(ids))
            .order_by_asc(session_speaker::Column::Position)
            .order_by_asc(session_speaker::Column::RequestedAt)
            .order_by_asc(session_speaker::Column::Id)
            .all(self.db())
            .await?
            .iter()
            .filter_map(speaker_out)
            .collect();
        Ok(rows
            .iter()
            .filter_map(|r| Some((session_out(r)?, r.updated_at)))
            .map(|(session, updated_at)| {
                let of = |kind| {
                    speakers
                        .iter()
                        .filter(|s| s.session == session.id && s.kind == kind)
                        .cloned()
                        .collect()
                };
                ScheduledSession {
                    updated_at,
                    panel: of(SpeakerKind::Panel),
                    floor: of(SpeakerKind::Floor),
                    session,
                }
            })
            .collect())
    }

    /// The domain's view of the meeting, and the convention's architecture.
    async fn programme_setting(
        &self,
        convention: &convention::Model,
        meeting: &meeting::Model,
    ) -> Result<(Meeting, treatydesk_domain::architecture::Architecture), StoreError> {
        if meeting.convention_id != convention.id {
            return Err(StoreError::NotFound(format!(
                "the meeting {} of {}",
                meeting.label, convention.short_name
            )));
        }
        let (record, _) = self.offices(convention).await?;
        let m = record
            .meeting(i64::from(meeting.id))
            .cloned()
            .ok_or_else(|| StoreError::NotFound(format!("the meeting {}", meeting.label)))?;
        Ok((m, record.architecture.clone()))
    }

    /// Adds a session, refused with sentences when it would introduce a problem.
    pub async fn add_session(
        &self,
        author: &Author,
        convention: &convention::Model,
        meeting: &meeting::Model,
        new: NewSession,
    ) -> Result<i64, StoreError> {
        let new = new.tidy()?;
        let (m, architecture) = self.programme_setting(convention, meeting).await?;
        let mut write = self
            .write(
                author,
                "programme.session.add",
                format!("{} programme: {}", meeting.label, new.title),
            )
            .await?;
        write.convention(convention.id);
        let rows = self.sessions_in(write.txn(), meeting.id).await?;
        let before: Vec<Session> = rows.iter().filter_map(session_out).collect();
        let position = i32::try_from(rows.len()).unwrap_or(i32::MAX);
        let mut after = before.clone();
        after.push(new.as_session(0, position));
        let problems = programme::new_problems(&m, &architecture, &before, &after);
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let stored = programme_session::ActiveModel {
            meeting_id: Set(meeting.id),
            day: Set(new.day),
            starts_at: Set(new.starts_at),
            ends_at: Set(new.ends_at),
            room: Set(new.room),
            format: Set(new.format.slug().to_string()),
            title: Set(new.title),
            body_key: Set(new.body),
            area_key: Set(new.area),
            description: Set(new.description),
            position: Set(position),
            updated_at: Set(crate::now()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.detail(serde_json::json!({ "session": stored.id }));
        write.commit().await?;
        Ok(i64::from(stored.id))
    }

    /// One session of the meeting.
    pub async fn session_of(
        &self,
        meeting: &meeting::Model,
        id: i64,
    ) -> Result<Session, StoreError> {
        let id32 = i32::try_from(id).map_err(|_| not_found_session(id))?;
        programme_session::Entity::find_by_id(id32)
            .filter(programme_session::Column::MeetingId.eq(meeting.id))
            .one(self.db())
            .await?
            .as_ref()
            .and_then(session_out)
            .ok_or_else(|| not_found_session(id))
    }

    /// Changes a session, refused with sentences when it would introduce a problem.
    pub async fn edit_session(
        &self,
        author: &Author,
        convention: &convention::Model,
        meeting: &meeting::Model,
        id: i64,
        new: NewSession,
    ) -> Result<(), StoreError> {
        let new = new.tidy()?;
        let (m, architecture) = self.programme_setting(convention, meeting).await?;
        let mut write = self
            .write(
                author,
                "programme.session.edit",
                format!("{} programme: session {id}", meeting.label),
            )
            .await?;
        write.convention(convention.id);
        let rows = self.sessions_in(write.txn(), meeting.id).await?;
        let row = rows
            .iter()
            .find(|r| i64::from(r.id) == id)
            .cloned()
            .ok_or_else(|| not_found_session(id))?;
        let before: Vec<Session> = rows.iter().filter_map(session_out).collect();
        let after: Vec<Session> = before
            .iter()
            .map(|s| {
                if s.id == id {
                    new.as_session(id, s.position)
                } else {
                    s.clone()
                }
            })
            .collect();
        let problems = programme::new_problems(&m, &architecture, &before, &after);
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        write.detail(serde_json::json!({ "before": session_out(&row) }));
        let mut model: programme_session::ActiveModel = row.into();
        model.day = Set(new.day);
        model.starts_at = Set(new.starts_at);
        model.ends_at = Set(new.ends_at);
        model.room = Set(new.room);
        model.format = Set(new.format.slug().to_string());
        model.title = Set(new.title);
        model.body_key = Set(new.body);
        model.area_key = Set(new.area);
        model.description = Set(new.description);
        model.updated_at = Set(crate::now());
        model.update(write.txn()).await?;
        write.commit().await
    }

    /// Deletes a session and its speakers, refused when that would leave a problem behind
    /// (a thematic area's session without its group's slot around it) or when statements were
    /// delivered at it (they stay attached to it).
    pub async fn delete_session(
        &self,
        author: &Author,
        convention: &convention::Model,
        meeting: &meeting::Model,
        id: i64,
    ) -> Result<(), StoreError> {
        let (m, architecture) = self.programme_setting(convention, meeting).await?;
        let mut write = self
            .write(
                author,
                "programme.session.delete",
                format!("{} programme: session {id}", meeting.label),
            )
            .await?;
        write.convention(convention.id);
        let rows = self.sessions_in(write.txn(), meeting.id).await?;
        let row = rows
            .iter()
            .find(|r| i64::from(r.id) == id)
            .cloned()
            .ok_or_else(|| not_found_session(id))?;
        // Statements delivered at a session keep it on the record (P1.2): never deleted.
        let statements = crate::entities::statement::Entity::find()
            .filter(crate::entities::statement::Column::SessionId.eq(row.id))
            .count(write.txn())
            .await?;
        if statements > 0 {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-programme-session-has-statements")
                    .text("title", &row.title)
                    .number("count", i64::try_from(statements).unwrap_or(i64::MAX)),
                format!(
                    "“{}” has statements on record ({statements}); a session where statements were delivered stays on the programme: change it instead of deleting it.",
                    row.title
                ),
            )));
        }
        let before: Vec<Session> = rows.iter().filter_map(session_out).collect();
        let after: Vec<Session> = before.iter().filter(|s| s.id != id).cloned().collect();
        let problems = programme::new_problems(&m, &architecture, &before, &after);
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        write.detail(serde_json::json!({ "deleted": session_out(&row) }));
        session_speaker::Entity::delete_many()
            .filter(session_speaker::Column::SessionId.eq(row.id))
            .exec(write.txn())
            .await?;
        programme_session::Entity::delete_by_id(row.id)
            .exec(write.txn())
            .await?;
        write.commit().await
    }

    /// Adds a speaker to a panel, or an entry at the end of the list of speakers (the floor
    /// is given in order of request).
    pub async fn add_speaker(
        &self,
        author: &Author,
        convention: &convention::Model,
        meeting: &meeting::Model,
        session_id: i64,
        new: NewSpeaker,
    ) -> Result<i64, StoreError> {
        let session = self.session_of(meeting, session_id).await?;
        let name = new.name.trim().to_string();
        let capacity = new.capacity.trim().to_string();
        let actor = key(&new.actor).map(|a| a.to_uppercase());
        let mut out = Vec::new();
        if name.is_empty() {
            out.push(said(
                "refuse-programme-speaker-name",
                "Give the speaker's name.",
            ));
        }
        too_long(
            "refuse-programme-name-long",
            "name",
            &name,
            MAX_NAME,
            &mut out,
        );
        too_long(
            "refuse-programme-capacity-long",
            "role or capacity",
            &capacity,
            MAX_NAME,
            &mut out,
        );
        if let Some(code) = &actor
            && self.actor(code).await.is_err()
        {
            out.push(Problem::new(
                Message::new("refuse-programme-speaker-actor").code("value", code),
                format!("“{code}” is not in the actors registry."),
            ));
        }
        if !out.is_empty() {
            return Err(StoreError::Invalid(out));
        }
        let mut write = self
            .write(
                author,
                "programme.speaker.add",
                format!(
                    "{} programme: {} in “{}”",
                    meeting.label, name, session.title
                ),
            )
            .await?;
        write.convention(convention.id);
        let last = session_speaker::Entity::find()
            .filter(session_speaker::Column::SessionId.eq(session.id))
            .filter(session_speaker::Column::Kind.eq(new.kind.slug()))
            .all(write.txn())
            .await?
            .iter()
            .map(|s| s.position)
            .max()
            .unwrap_or(0);
        let stored = session_speaker::ActiveModel {
            session_id: Set(i32::try_from(session.id).map_err(|_| not_found_session(session.id))?),
            position: Set(last.saturating_add(1)),
            name: Set(name),
            actor_code: Set(actor),
            capacity: Set(capacity),
            kind: Set(new.kind.slug().to_string()),
            requested_at: Set(crate::now()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.detail(serde_json::json!({ "speaker": stored.id }));
        write.commit().await?;
        Ok(i64::from(stored.id))
    }

    async fn speaker_row(
        &self,
        meeting: &meeting::Model,
        session_id: i64,
        speaker_id: i64,
    ) -> Result<session_speaker::Model, StoreError> {
        let session = self.session_of(meeting, session_id).await?;
        let missing = || StoreError::NotFound(format!("speaker {speaker_id}"));
        let id = i32::try_from(speaker_id).map_err(|_| missing())?;
        session_speaker::Entity::find_by_id(id)
            .one(self.db())
            .await?
            .filter(|s| i64::from(s.session_id) == session.id)
            .ok_or_else(missing)
    }

    /// Moves a speaker one place up or down in their list (a no-op at either end).
    pub async fn move_speaker(
        &self,
        author: &Author,
        convention: &convention::Model,
        meeting: &meeting::Model,
        session_id: i64,
        speaker_id: i64,
        way: Move,
    ) -> Result<(), StoreError> {
        let row = self.speaker_row(meeting, session_id, speaker_id).await?;
        let mut write = self
            .write(
                author,
                "programme.speaker.move",
                format!("{} programme: speaker {speaker_id}", meeting.label),
            )
            .await?;
        write.convention(convention.id);
        let list = session_speaker::Entity::find()
            .filter(session_speaker::Column::SessionId.eq(row.session_id))
            .filter(session_speaker::Column::Kind.eq(row.kind.clone()))
            .order_by_asc(session_speaker::Column::Position)
            .order_by_asc(session_speaker::Column::Id)
            .all(write.txn())
            .await?;
        let Some(at) = list.iter().position(|s| s.id == row.id) else {
            return Err(StoreError::NotFound(format!("speaker {speaker_id}")));
        };
        let other = match way {
            Move::Up => at.checked_sub(1),
            Move::Down => Some(at + 1).filter(|i| *i < list.len()),
        };
        // Renumber the whole list 1..n with the two swapped, so equal positions cannot stick.
        let mut order: Vec<&session_speaker::Model> = list.iter().collect();
        if let Some(other) = other {
            order.swap(at, other);
        }
        for (i, s) in order.into_iter().enumerate() {
            let position = i32::try_from(i + 1).unwrap_or(i32::MAX);
            if s.position != position {
                let mut model: session_speaker::ActiveModel = s.clone().into();
                model.position = Set(position);
                model.update(write.txn()).await?;
            }
        }
        write.detail(serde_json::json!({ "speaker": row.id, "up": way == Move::Up }));
        write.commit().await
    }

    /// Removes a speaker from the panel or the list of speakers.
    pub async fn remove_speaker(
        &self,
        author: &Author,
        convention: &convention::Model,
        meeting: &meeting::Model,
        session_id: i64,
        speaker_id: i64,
    ) -> Result<(), StoreError> {
        let row = self.speaker_row(meeting, session_id, speaker_id).await?;
        let mut write = self
            .write(
                author,
                "programme.speaker.remove",
                format!("{} programme: {}", meeting.label, row.name),
            )
            .await?;
        write.convention(convention.id);
        write.detail(serde_json::json!({ "speaker": row.id, "name": row.name }));
        session_speaker::Entity::delete_by_id(row.id)
            .exec(write.txn())
            .await?;
        write.commit().await
    }
}
