//! Offices, seats and the terms people hold them for: appointments (who, which post, selected by
//! which meeting and decision), nominations, overrides of a rule, and the terms derived from them.
//!
//! A term is never typed in: it is computed from the meetings (DESIGN.md, "Terms of office,
//! precisely"). A Coordinator's term runs from the close of the selecting meeting (that day
//! included) to the close of the formal meeting `cycles` later (that day belongs to the successor);
//! a President's from the opening of the meeting presided to the opening of the next one; a
//! President-Designate's from designation to the opening of the meeting to preside. This module
//! must never do I/O.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::architecture::{Architecture, OfficeTerm};
use crate::meeting::{CycleDate, Cycles, Edge, Meeting};

/// What an appointment fills: a seat of a body, or an office.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "kind", content = "key", rename_all = "kebab-case")]
pub enum Post {
    Seat(String),
    Office(String),
}

impl Post {
    /// `seat:wg-a-1`, `office:president`: the form stored and used in addresses.
    pub fn slug(&self) -> String {
        match self {
            Post::Seat(k) => format!("seat:{k}"),
            Post::Office(k) => format!("office:{k}"),
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text.split_once(':')? {
            ("seat", k) if !k.is_empty() => Some(Post::Seat(k.to_string())),
            ("office", k) if !k.is_empty() => Some(Post::Office(k.to_string())),
            _ => None,
        }
    }

    pub fn key(&self) -> &str {
        match self {
            Post::Seat(k) | Post::Office(k) => k,
        }
    }
}

/// A person's written decision to set a warning aside ("when possible", "except when
/// necessary"), kept with the appointment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Override {
    pub clause: String,
    pub justification: String,
    pub by: String,
    pub on: Date,
}

/// A numbered decision of a meeting: enough to be cited by an appointment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub id: i64,
    pub meeting: i64,
    pub number: u32,
    pub text: String,
}

/// An appointment to a seat or an office.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    pub id: i64,
    pub post: Post,
    /// The actor code of the State (or organization) that holds it, or a person's name for an
    /// office not held by a State.
    pub holder: String,
    /// The formal meeting that selected (seats) or designated (President-Designate).
    pub selected_at: Option<i64>,
    /// The decision of that meeting the appointment cites (P2.4).
    pub decision: Option<i64>,
    /// Seats: the term length in cycles that the decision gave.
    pub cycles: Option<u32>,
    /// Offices tied to a meeting: the meeting presided (or to be presided).
    pub presides: Option<i64>,
    /// An explicit first day (an office not tied to meetings, or a designation between meetings).
    pub starts_on: Option<Date>,
    /// The term ended early (resignation, withdrawal).
    pub ended_on: Option<Date>,
    pub overrides: Vec<Override>,
    /// Where the record comes from (and, for demo data, that it is demo).
    pub source: String,
}

impl Appointment {
    pub fn override_for(&self, clause: &str) -> Option<&Override> {
        self.overrides.iter().find(|o| o.clause == clause)
    }
}

/// A State's offer to take seats at a formal meeting, with its preference (1 = first choice).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Nomination {
    pub id: i64,
    pub meeting: i64,
    pub state: String,
    pub choices: Vec<(String, u8)>,
    /// What the record says about the nomination (for demo data, that it is made up).
    #[serde(default)]
    pub note: String,
}

/// The end of a term.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "date", rename_all = "kebab-case")]
pub enum TermEnd {
    /// On record (the later meeting has its date, or the term ended early).
    Known(Date),
    /// Computed from the annual cycle: the later meeting has no date yet.
    Expected(Date),
    /// No end in view (an open-ended office).
    Open,
}

impl TermEnd {
    pub fn date(self) -> Option<Date> {
        match self {
            TermEnd::Known(d) | TermEnd::Expected(d) => Some(d),
            TermEnd::Open => None,
        }
    }

    fn from_cycle(d: CycleDate) -> Self {
        match d {
            CycleDate::Known(d) => TermEnd::Known(d),
            CycleDate::Expected(d) => TermEnd::Expected(d),
        }
    }
}

/// A term of office: the appointment's span in days. `start` is included, `end` is not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub appointment: i64,
    pub post: Post,
    pub holder: String,
    pub start: Date,
    pub end: TermEnd,
}

impl Term {
    pub fn covers(&self, date: Date) -> bool {
        self.start <= date && self.end.date().is_none_or(|end| date < end)
    }
}

/// Everything on record about a convention's offices: the architecture, its meetings, decisions,
/// appointments and nominations. The domain queries and the rules read this.
#[derive(Clone, Debug, Default)]
pub struct Record {
    pub architecture: Architecture,
    pub meetings: Vec<Meeting>,
    pub decisions: Vec<Decision>,
    pub appointments: Vec<Appointment>,
    pub nominations: Vec<Nomination>,
}

/// A seat in words: "Coordinator 1, Universalization" (its place among the body's seats of the
/// same title), or "Co-Chair, Mine Clearance" when it is the only one.
fn seat_name(
    body: &crate::architecture::Body,
    seat: &crate::architecture::Seat,
    term: &dyn Fn(&str) -> String,
) -> String {
    let same: Vec<&str> = body
        .seats
        .iter()
        .filter(|x| x.title == seat.title)
        .map(|x| x.key.as_str())
        .collect();
    let title = term(&seat.title);
    let body_name = term(&body.name);
    match same.iter().position(|k| *k == seat.key) {
        Some(i) if same.len() > 1 => format!("{title} {}, {body_name}", i + 1),
        _ => format!("{title}, {body_name}"),
    }
}

impl Record {
    /// The name of a post in words ("Coordinator 1, Universalization"; "President"), from the
    /// newest version that has it; its key when none does. A seat is named by its title and,
    /// when its body has several seats of that title, its place among them: never by its key
    /// (`b-1`), which is for forms and addresses.
    pub fn post_name(&self, post: &Post) -> String {
        self.post_name_in(post, &|s| s.to_string())
    }

    /// `post_name` with the preset's names passed through `term` (a translation).
    pub fn post_name_in(&self, post: &Post, term: &dyn Fn(&str) -> String) -> String {
        let versions = &self.architecture.versions;
        match post {
            Post::Seat(k) => versions
                .iter()
                .rev()
                .find_map(|v| v.seat(k))
                .map_or(k.clone(), |(b, s)| seat_name(b, s, term)),
            Post::Office(k) => versions
                .iter()
                .rev()
                .find_map(|v| v.office(k))
                .map_or(k.clone(), |o| term(&o.name)),
        }
    }

    /// The name of a seat or office as the architecture version in force on `date` gave it
    /// (a seat renamed later keeps its old name on a past date); the newest name when no
    /// version in force that day has the post.
    pub fn post_name_on(&self, post: &Post, date: Date) -> String {
        self.post_name_on_in(post, date, &|s| s.to_string())
    }

    /// `post_name_on` with the preset's names passed through `term` (a translation).
    pub fn post_name_on_in(
        &self,
        post: &Post,
        date: Date,
        term: &dyn Fn(&str) -> String,
    ) -> String {
        let then = self.architecture.version_on(date);
        let named = match post {
            Post::Seat(k) => then
                .and_then(|v| v.seat(k))
                .map(|(b, s)| seat_name(b, s, term)),
            Post::Office(k) => then.and_then(|v| v.office(k)).map(|o| term(&o.name)),
        };
        named.unwrap_or_else(|| self.post_name_in(post, term))
    }

    /// The name of a kind of meeting (its slug) as the newest version that has its rule calls
    /// it; the slug when none does.
    pub fn kind_name(&self, kind: &str) -> String {
        crate::meeting::MeetingKind::from_slug(kind)
            .and_then(|k| {
                self.architecture
                    .versions
                    .iter()
                    .rev()
                    .find_map(|v| v.meeting_rule(k))
            })
            .map_or_else(|| kind.to_string(), |r| r.name.clone())
    }

    pub fn meeting(&self, id: i64) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.id == id)
    }

    pub fn decision(&self, id: i64) -> Option<&Decision> {
        self.decisions.iter().find(|d| d.id == id)
    }

    pub fn cycles(&self) -> Cycles<'_> {
        Cycles::new(&self.meetings)
    }

    /// The term an appointment gives, or why it cannot be computed.
    pub fn term(&self, a: &Appointment) -> Result<Term, String> {
        let cycles = self.cycles();
        let (start, end) = match &a.post {
            Post::Seat(_) => {
                let meeting = a
                    .selected_at
                    .and_then(|id| self.meeting(id))
                    .ok_or("the appointment names no selecting meeting")?;
                let start = meeting
                    .closes_on
                    .ok_or_else(|| format!("{} has no closing date on record", meeting.label))?;
                let n = a.cycles.ok_or("the appointment gives no term length")?;
                let end = cycles
                    .date_after(meeting, n as usize, Edge::Closing)
                    .map(TermEnd::from_cycle)
                    .ok_or("the end of the term cannot be computed from the meetings")?;
                (start, end)
            }
            Post::Office(key) => {
                let kind = self
                    .architecture
                    .versions
                    .iter()
                    .rev()
                    .find_map(|v| v.office(key))
                    .map(|o| o.term)
                    .ok_or_else(|| format!("no office \"{key}\" in the architecture"))?;
                let presided = a.presides.and_then(|id| self.meeting(id));
                match kind {
                    OfficeTerm::PresidesMeeting => {
                        let m = presided.ok_or("the appointment names no meeting presided")?;
                        let start = m
                            .opens_on
                            .ok_or_else(|| format!("{} has no opening date on record", m.label))?;
                        let end = cycles
                            .date_after(m, 1, Edge::Opening)
                            .map_or(TermEnd::Open, TermEnd::from_cycle);
                        (start, end)
                    }
                    OfficeTerm::UntilMeetingOpens => {
                        let m = presided.ok_or("the appointment names no meeting to preside")?;
                        let start = a
                            .starts_on
                            .or_else(|| a.selected_at.and_then(|id| self.meeting(id)?.closes_on))
                            .ok_or("the designation has no date")?;
                        let end = match m.opens_on {
                            Some(d) => TermEnd::Known(d),
                            None => cycles
                                .date_after(m, 0, Edge::Opening)
                                .map_or(TermEnd::Open, TermEnd::from_cycle),
                        };
                        (start, end)
                    }
                    OfficeTerm::OpenEnded => (
                        a.starts_on.ok_or("the appointment has no first day")?,
                        TermEnd::Open,
                    ),
                }
            }
        };
        let end = match a.ended_on {
            Some(early) if end.date().is_none_or(|d| early < d) => TermEnd::Known(early),
            _ => end,
        };
        Ok(Term {
            appointment: a.id,
            post: a.post.clone(),
            holder: a.holder.clone(),
            start,
            end,
        })
    }

    /// Every term that can be computed, in order of start.
    pub fn terms(&self) -> Vec<Term> {
        let mut out: Vec<Term> = self
            .appointments
            .iter()
            .filter_map(|a| self.term(a).ok())
            .collect();
        out.sort_by(|a, b| {
            (a.start, &a.post, a.appointment).cmp(&(b.start, &b.post, b.appointment))
        });
        out
    }

    /// Who held which post on `date`.
    pub fn held_on(&self, date: Date) -> Vec<Term> {
        self.terms()
            .into_iter()
            .filter(|t| t.covers(date))
            .collect()
    }

    /// The holder of `post` on `date`.
    pub fn holder_on(&self, post: &Post, date: Date) -> Option<Term> {
        self.terms()
            .into_iter()
            .find(|t| &t.post == post && t.covers(date))
    }

    /// Every term `actor` held or holds, in order.
    pub fn terms_of(&self, actor: &str) -> Vec<Term> {
        self.terms()
            .into_iter()
            .filter(|t| t.holder == actor)
            .collect()
    }

    /// The terms of one post, in order.
    pub fn history(&self, post: &Post) -> Vec<Term> {
        self.terms()
            .into_iter()
            .filter(|t| &t.post == post)
            .collect()
    }
}
