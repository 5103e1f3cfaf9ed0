//! A meeting's programme of work as pages, API and feed read it: the meeting, its sessions and
//! speakers, and what the reader may edit.

use std::sync::Arc;

use serde::Serialize;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::meeting::Meeting;
use treatydesk_domain::programme::{self, EditScope, Session, Speaker, hhmm, meeting_scope};
use treatydesk_store::entities::meeting;
use treatydesk_store::programme::ScheduledSession;
use utoipa::ToSchema;

use crate::ctx::Ctx;
use crate::views::offices::{OfficeRecord, load};
use crate::{AppState, WebError};

/// A speaker on a panel or in the list of speakers.
#[derive(Clone, Serialize, ToSchema)]
pub struct SpeakerOut {
    pub id: i64,
    /// Order in the panel, or in the list of speakers (by request, then as the chair reordered).
    pub position: i32,
    pub name: String,
    /// The State or organization spoken for, by actor code.
    pub actor: Option<String>,
    /// Its name, in the reader's language where the registry has one.
    pub actor_name: Option<String>,
    pub capacity: String,
}

/// One session of the programme.
#[derive(Clone, Serialize, ToSchema)]
pub struct SessionOut {
    pub id: i64,
    /// YYYY-MM-DD
    pub day: String,
    /// HH:MM, local time at the venue.
    pub starts_at: String,
    pub ends_at: String,
    pub room: String,
    /// plenary, panel, interactive-dialogue or side-event
    pub format: String,
    pub title: String,
    /// The Working Group (or other body) whose time this is, by key and name.
    pub body: Option<String>,
    pub body_name: Option<String>,
    /// The thematic area discussed (P2.2), by key and name.
    pub area: Option<String>,
    pub area_name: Option<String>,
    pub description: String,
    pub panel: Vec<SpeakerOut>,
    pub list_of_speakers: Vec<SpeakerOut>,
}

/// One day of the programme.
#[derive(Clone, Serialize, ToSchema)]
pub struct DayOut {
    /// YYYY-MM-DD
    pub day: String,
    pub sessions: Vec<SessionOut>,
}

/// A meeting's programme of work.
#[derive(Clone, Serialize, ToSchema)]
pub struct ProgrammeOut {
    pub convention: String,
    pub meeting: String,
    /// msp, review-conference, intersessional, ...
    pub kind: String,
    pub venue: String,
    pub opens_on: Option<String>,
    pub closes_on: Option<String>,
    pub days: Vec<DayOut>,
}

/// What every programme handler needs: the convention's record, the meeting as the domain
/// reads it, and its programme (shared from the store's cache).
pub struct Setting {
    pub loaded: OfficeRecord,
    pub meeting: Meeting,
    pub programme: Arc<Vec<ScheduledSession>>,
}

impl Setting {
    /// The same setting, its names in the reader's language.
    pub fn read_by(mut self, ctx: &crate::ctx::Ctx) -> Setting {
        self.loaded.read_by(ctx);
        self
    }
}

pub async fn setting(state: &AppState, code: &str, label: &str) -> Result<Setting, WebError> {
    let loaded = load(state, code).await?;
    let meetings = &loaded.record.meetings;
    let meeting = meetings
        .iter()
        .find(|m| m.label == label)
        .or_else(|| {
            meetings
                .iter()
                .find(|m| m.label.eq_ignore_ascii_case(label))
        })
        .cloned()
        .ok_or_else(|| {
            WebError::NotFound(format!(
                "{} has no meeting \"{label}\" on record",
                loaded.convention.short_name
            ))
        })?;
    let id = i32::try_from(meeting.id)
        .map_err(|_| WebError::NotFound(format!("the meeting {label}")))?;
    let programme = state.store.programme_shared(id).await?;
    Ok(Setting {
        loaded,
        meeting,
        programme,
    })
}

impl Setting {
    /// The meeting as stored, which the store's writes take.
    pub async fn row(&self, state: &AppState) -> Result<meeting::Model, WebError> {
        Ok(state
            .store
            .meeting(&self.loaded.convention, &self.meeting.label)
            .await?)
    }

    /// The name of a body of the architecture in force on the session's day.
    pub fn body_name(&self, s: &Session, key: Option<&String>) -> Option<String> {
        let key = key?;
        Some(
            self.loaded
                .record
                .architecture
                .version_on(s.day)
                .and_then(|v| v.body(key))
                .map_or_else(|| key.clone(), |b| self.loaded.term(&b.name)),
        )
    }

    pub fn session_out(&self, s: &ScheduledSession) -> SessionOut {
        let speakers = |list: &[Speaker]| {
            list.iter()
                .map(|p| SpeakerOut {
                    id: p.id,
                    position: p.position,
                    name: p.name.clone(),
                    actor: p.actor.clone(),
                    actor_name: p.actor.as_deref().map(|a| self.loaded.name(a)),
                    capacity: p.capacity.clone(),
                })
                .collect()
        };
        let session = &s.session;
        SessionOut {
            id: session.id,
            day: format_date(session.day),
            starts_at: hhmm(session.starts_at),
            ends_at: hhmm(session.ends_at),
            room: session.room.clone(),
            format: session.format.slug().to_string(),
            title: session.title.clone(),
            body: session.body.clone(),
            body_name: self.body_name(session, session.body.as_ref()),
            area: session.area.clone(),
            area_name: self.body_name(session, session.area.as_ref()),
            description: session.description.clone(),
            panel: speakers(&s.panel),
            list_of_speakers: speakers(&s.floor),
        }
    }

    pub fn out(&self) -> ProgrammeOut {
        let mut days: Vec<DayOut> = Vec::new();
        for s in self.programme.iter() {
            let day = format_date(s.session.day);
            match days.last_mut() {
                Some(d) if d.day == day => d.sessions.push(self.session_out(s)),
                _ => days.push(DayOut {
                    day,
                    sessions: vec![self.session_out(s)],
                }),
            }
        }
        ProgrammeOut {
            convention: self.loaded.convention.code.clone(),
            meeting: self.meeting.label.clone(),
            kind: self.meeting.kind.slug().to_string(),
            venue: self.meeting.venue.clone(),
            opens_on: self.meeting.opens_on.map(format_date),
            closes_on: self.meeting.closes_on.map(format_date),
            days,
        }
    }

    /// What the reader may edit in this programme.
    pub fn scope(&self, ctx: &Ctx) -> EditScope {
        meeting_scope(
            &ctx.viewer,
            &self.loaded.convention.code,
            &self.loaded.record,
            &self.meeting,
        )
    }

    /// May the reader edit this session (on its own day)?
    pub fn may_edit(&self, ctx: &Ctx, s: &Session) -> bool {
        programme::edit_scope(
            &ctx.viewer,
            &self.loaded.convention.code,
            &self.loaded.record,
            s.day,
        )
        .covers(s.body.as_deref(), s.area.as_deref())
    }
}
