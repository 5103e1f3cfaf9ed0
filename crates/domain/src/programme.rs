//! The programme of work of a meeting (P1.2, P2.2, P2.4): its sessions, their formats and
//! speakers, the rules a programme builder follows, and who may edit a programme.
//!
//! The rules return plain sentences, one per problem: a session's day lies within the meeting's
//! dates; it starts before it ends; two sessions never overlap in the same room (side events,
//! like any session, may run at the same time in other rooms); a session of a thematic area
//! lies wholly inside a session of the body the architecture attaches that area to (P2.2: the
//! discussion of National Implementation Measures and Reporting happens within Working Group
//! (a)'s time), and the body or area exists in the architecture in force on the session's day.
//! Nothing here names a particular body: the parent of an area is the architecture's `within`.
//!
//! Who may edit (P2.4, "that President, along with the Coordinators, would be responsible for
//! the organization of the programme of work"): ISU staff (and administrators) every session;
//! a user with the President role acting for the State that holds the office `president` on the
//! session's day, every session; a user with the Coordinator (or President) role acting for a
//! State that holds a Coordinator seat on that day, the sessions of that seat's body only — a
//! session whose Working Group or thematic area is that body. Everyone else reads.
//! This module must never do I/O or read a clock.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime, Time};

use crate::access::{AccessLevel, Role, Viewer};
use crate::architecture::{Architecture, BodyKind};
use crate::calendar::format_date;
use crate::finding::{Message, Problem, checked};
use crate::meeting::Meeting;
use crate::office::{Post, Record};

#[cfg(test)]
mod tests;

/// How a session works (P1.2: working methods that promote interaction and dialogue).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SessionFormat {
    Plenary,
    Panel,
    InteractiveDialogue,
    SideEvent,
}

impl SessionFormat {
    pub const ALL: [SessionFormat; 4] = [
        SessionFormat::Plenary,
        SessionFormat::Panel,
        SessionFormat::InteractiveDialogue,
        SessionFormat::SideEvent,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            SessionFormat::Plenary => "plenary",
            SessionFormat::Panel => "panel",
            SessionFormat::InteractiveDialogue => "interactive-dialogue",
            SessionFormat::SideEvent => "side-event",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        SessionFormat::ALL.into_iter().find(|f| f.slug() == slug)
    }
}

/// A session: one slot of a meeting's programme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// 0 for a session not stored yet.
    pub id: i64,
    pub day: Date,
    pub starts_at: Time,
    pub ends_at: Time,
    pub room: String,
    pub format: SessionFormat,
    pub title: String,
    /// The Working Group (or other body) whose time this is.
    pub body: Option<String>,
    /// The thematic area discussed (P2.2), a body of kind thematic area.
    pub area: Option<String>,
    pub description: String,
    pub position: i32,
}

impl Session {
    /// `“Title” (2012-04-16, 10:00–11:00)`: how sentences name a session.
    pub fn named(&self) -> String {
        format!(
            "“{}” ({}, {}–{})",
            self.title,
            format_date(self.day),
            hhmm(self.starts_at),
            hhmm(self.ends_at)
        )
    }

    /// How messages name a session: its title, day and hours (`refuse-session-named`).
    pub fn message(&self) -> Message {
        Message::new("refuse-session-named")
            .text("title", &self.title)
            .date("day", self.day)
            .code("starts", &hhmm(self.starts_at))
            .code("ends", &hhmm(self.ends_at))
    }

    fn overlaps(&self, other: &Session) -> bool {
        self.day == other.day && self.starts_at < other.ends_at && other.starts_at < self.ends_at
    }

    fn inside(&self, outer: &Session) -> bool {
        self.day == outer.day && outer.starts_at <= self.starts_at && self.ends_at <= outer.ends_at
    }
}

/// `HH:MM`.
pub fn hhmm(t: Time) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// Reads `HH:MM` (or `HH:MM:SS`, as browsers may send).
pub fn parse_hhmm(text: &str) -> Option<Time> {
    let mut parts = text.trim().split(':');
    let h: u8 = parts.next()?.parse().ok()?;
    let m: u8 = parts.next()?.parse().ok()?;
    let s: u8 = match parts.next() {
        Some(s) => s.parse().ok()?,
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    Time::from_hms(h, m, s).ok()
}

/// A speaker on a panel, or an entry in the list of speakers (who asked for the floor).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SpeakerKind {
    Panel,
    Floor,
}

impl SpeakerKind {
    pub fn slug(self) -> &'static str {
        match self {
            SpeakerKind::Panel => "panel",
            SpeakerKind::Floor => "floor",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        [SpeakerKind::Panel, SpeakerKind::Floor]
            .into_iter()
            .find(|k| k.slug() == slug)
    }
}

/// A speaker of a session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    pub id: i64,
    pub session: i64,
    /// Order within the panel, or within the list of speakers (by request, then as reordered).
    pub position: i32,
    pub name: String,
    /// The State or organization the speaker speaks for, by actor code.
    pub actor: Option<String>,
    /// Role or capacity: "Coordinator of Working Group (a)", "Head of delegation".
    pub capacity: String,
    pub kind: SpeakerKind,
    pub requested_at: OffsetDateTime,
}

/// Every problem of a programme, one plain sentence each (with its message), in a stable order.
pub fn problems(
    meeting: &Meeting,
    architecture: &Architecture,
    sessions: &[Session],
) -> Vec<Problem> {
    let mut out = Vec::new();
    for s in sessions {
        session_problems(meeting, architecture, sessions, s, &mut out);
    }
    for (i, a) in sessions.iter().enumerate() {
        for b in sessions.iter().skip(i + 1) {
            let same_room =
                !a.room.trim().is_empty() && a.room.trim().eq_ignore_ascii_case(b.room.trim());
            if same_room
                && a.overlaps(b)
                && !nested(architecture, a, b)
                && !nested(architecture, b, a)
            {
                out.push(checked(
                    Message::new("refuse-session-overlap")
                        .messages("first", vec![a.message()])
                        .messages("second", vec![b.message()])
                        .code("room", a.room.trim()),
                    format!(
                        "{} and {} overlap in room {}; move one of them to another time or room.",
                        a.named(),
                        b.named(),
                        a.room.trim()
                    ),
                ));
            }
        }
    }
    out
}

/// The problems `after` has that `before` had not: what a change would introduce. A change is
/// refused on these only, so that an old problem elsewhere does not block unrelated work.
pub fn new_problems(
    meeting: &Meeting,
    architecture: &Architecture,
    before: &[Session],
    after: &[Session],
) -> Vec<Problem> {
    let old = problems(meeting, architecture, before);
    problems(meeting, architecture, after)
        .into_iter()
        .filter(|p| !old.contains(p))
        .collect()
}

/// Is `inner` a thematic-area session placed inside `outer`, a session of the area's parent body?
fn nested(architecture: &Architecture, inner: &Session, outer: &Session) -> bool {
    let Some(area) = &inner.area else {
        return false;
    };
    let parent = architecture
        .version_on(inner.day)
        .and_then(|v| v.body(area))
        .and_then(|b| b.within.clone());
    outer.area.is_none() && parent.is_some() && outer.body == parent && inner.inside(outer)
}

fn session_problems(
    meeting: &Meeting,
    architecture: &Architecture,
    all: &[Session],
    s: &Session,
    out: &mut Vec<Problem>,
) {
    let name = s.named();
    let says = |id: &str| Message::new(id).messages("session", vec![s.message()]);
    if s.title.trim().is_empty() {
        out.push(checked(
            Message::new("refuse-session-untitled").date("day", s.day),
            format!("A session on {} has no title.", format_date(s.day)),
        ));
    }
    match (meeting.opens_on, meeting.closes_on) {
        (Some(open), Some(close)) if s.day < open || s.day > close => out.push(checked(
            says("refuse-session-outside-meeting")
                .meeting("meeting", &meeting.label)
                .date("opens", open)
                .date("closes", close),
            format!(
                "{name} is not on a day of {}, which runs from {} to {}.",
                meeting.label,
                format_date(open),
                format_date(close)
            ),
        )),
        (Some(_), Some(_)) => {}
        _ => out.push(checked(
            says("refuse-session-meeting-undated").meeting("meeting", &meeting.label),
            format!(
                "{} has no dates on record, so {name} cannot be placed on one of its days.",
                meeting.label
            ),
        )),
    }
    if s.starts_at >= s.ends_at {
        out.push(checked(
            says("refuse-session-hours"),
            format!("{name} must start before it ends."),
        ));
    }
    let version = architecture.version_on(s.day);
    if let Some(key) = &s.body {
        match version.and_then(|v| v.body(key)) {
            None => out.push(checked(
                says("refuse-session-body-unknown")
                    .code("key", key)
                    .date("day", s.day),
                format!(
                    "{name}: there is no body “{key}” in the architecture in force on {}.",
                    format_date(s.day)
                ),
            )),
            Some(b) if b.kind == BodyKind::ThematicArea => out.push(checked(
                says("refuse-session-body-is-area").body("area", &b.name),
                format!(
                    "{name}: {} is a thematic area; choose it as the session's thematic area and its group as the body.",
                    b.name
                ),
            )),
            Some(_) => {}
        }
    }
    let Some(key) = &s.area else {
        return;
    };
    let Some(area) = version.and_then(|v| v.body(key)) else {
        out.push(checked(
            says("refuse-session-area-unknown")
                .code("key", key)
                .date("day", s.day),
            format!(
                "{name}: there is no thematic area “{key}” in the architecture in force on {}.",
                format_date(s.day)
            ),
        ));
        return;
    };
    if area.kind != BodyKind::ThematicArea {
        out.push(checked(
            says("refuse-session-area-not-area").body("body", &area.name),
            format!(
                "{name}: {} is not a thematic area; choose it as the session's body.",
                area.name
            ),
        ));
        return;
    }
    let Some(parent) = &area.within else {
        return;
    };
    let parent_name = version
        .and_then(|v| v.body(parent))
        .map_or_else(|| parent.clone(), |b| b.name.clone());
    if s.body.as_ref().is_some_and(|b| b != parent) {
        out.push(checked(
            says("refuse-session-area-body")
                .body("area", &area.name)
                .body("parent", &parent_name),
            format!(
                "{name}: the thematic area {} is discussed within the time of {parent_name}, so its body must be {parent_name} or none (P2.2).",
                area.name
            ),
        ));
    }
    let inside = all.iter().any(|o| {
        o.id != s.id && o.area.is_none() && o.body.as_deref() == Some(parent) && s.inside(o)
    });
    if !inside {
        out.push(checked(
            says("refuse-session-area-outside")
                .body("area", &area.name)
                .body("parent", &parent_name)
                .date("day", s.day),
            format!(
                "{name}: the thematic area {} is discussed within the time of {parent_name} (P2.2); place it wholly inside a session of {parent_name} on {}.",
                area.name,
                format_date(s.day)
            ),
        ));
    }
}

/// What a user may edit in a programme on a day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditScope {
    /// ISU staff, administrators, the President: every session.
    All,
    /// A sitting Coordinator: the sessions of these bodies (the bodies of the seats held).
    Bodies(Vec<String>),
    /// Reads only.
    None,
}

impl EditScope {
    pub fn may_edit_any(&self) -> bool {
        !matches!(self, EditScope::None) && !matches!(self, EditScope::Bodies(b) if b.is_empty())
    }

    /// May this user edit (or add) a session with this body and area?
    pub fn covers(&self, body: Option<&str>, area: Option<&str>) -> bool {
        match self {
            EditScope::All => true,
            EditScope::None => false,
            EditScope::Bodies(keys) => keys
                .iter()
                .any(|k| body == Some(k.as_str()) || area == Some(k.as_str())),
        }
    }
}

/// What `viewer` may edit in `convention`'s programme on `day` (see the module's rules).
pub fn edit_scope(viewer: &Viewer, convention: &str, record: &Record, day: Date) -> EditScope {
    if viewer.can_read(convention, AccessLevel::Isu) {
        return EditScope::All;
    }
    let acting: Vec<&str> = viewer
        .grants
        .iter()
        .filter(|g| {
            matches!(g.role, Role::President | Role::Coordinator)
                && g.convention.as_deref() == Some(convention)
        })
        .filter_map(|g| g.actor.as_deref())
        .collect();
    if acting.is_empty() {
        return EditScope::None;
    }
    let president = viewer.grants.iter().any(|g| {
        g.role == Role::President
            && g.convention.as_deref() == Some(convention)
            && g.actor.as_deref().is_some_and(|a| {
                record
                    .holder_on(&Post::Office("president".into()), day)
                    .is_some_and(|t| t.holder == a)
            })
    });
    if president {
        return EditScope::All;
    }
    let Some(version) = record.architecture.version_on(day) else {
        return EditScope::None;
    };
    let mut bodies: Vec<String> = record
        .held_on(day)
        .into_iter()
        .filter(|t| acting.contains(&t.holder.as_str()))
        .filter_map(|t| match t.post {
            Post::Seat(k) => version
                .seat(&k)
                .filter(|(_, s)| s.coordinator)
                .map(|(b, _)| b.key.clone()),
            Post::Office(_) => None,
        })
        .collect();
    bodies.sort();
    bodies.dedup();
    if bodies.is_empty() {
        EditScope::None
    } else {
        EditScope::Bodies(bodies)
    }
}

/// What `viewer` may edit in the programme of `meeting`: the widest scope over its days.
pub fn meeting_scope(
    viewer: &Viewer,
    convention: &str,
    record: &Record,
    meeting: &Meeting,
) -> EditScope {
    if viewer.can_read(convention, AccessLevel::Isu) {
        return EditScope::All;
    }
    let (Some(open), Some(close)) = (meeting.opens_on, meeting.closes_on) else {
        return EditScope::None;
    };
    let mut bodies = Vec::new();
    let mut day = open;
    while day <= close {
        match edit_scope(viewer, convention, record, day) {
            EditScope::All => return EditScope::All,
            EditScope::Bodies(b) => bodies.extend(b),
            EditScope::None => {}
        }
        match day.next_day() {
            Some(d) => day = d,
            None => break,
        }
    }
    bodies.sort();
    bodies.dedup();
    if bodies.is_empty() {
        EditScope::None
    } else {
        EditScope::Bodies(bodies)
    }
}
