//! The programme editors' forms as the reader sees them and as they come back: the fields of a
//! session and of a speaker, what was typed, and the sentence under each field that was wrong.
//! Reads forms and builds views only; never writes.

use serde::Deserialize;
use time::Date;
use treatydesk_domain::architecture::BodyKind;
use treatydesk_domain::calendar::{format_date, parse_date};
use treatydesk_domain::programme::{Session, SessionFormat, SpeakerKind, hhmm, parse_hhmm};
use treatydesk_store::programme::{NewSession, NewSpeaker};

use crate::ctx::Ctx;
use crate::pages::Choice;
use crate::views::programme::Setting;

/// The session form as posted.
#[derive(Clone, Default, Deserialize)]
pub struct SessionForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub day: String,
    #[serde(default)]
    pub starts_at: String,
    #[serde(default)]
    pub ends_at: String,
    #[serde(default)]
    pub room: String,
    #[serde(default)]
    pub format: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub area: String,
    #[serde(default)]
    pub description: String,
}

impl SessionForm {
    pub fn from_session(s: &Session) -> Self {
        SessionForm {
            csrf: String::new(),
            day: format_date(s.day),
            starts_at: hhmm(s.starts_at),
            ends_at: hhmm(s.ends_at),
            room: s.room.clone(),
            format: s.format.slug().to_string(),
            title: s.title.clone(),
            body: s.body.clone().unwrap_or_default(),
            area: s.area.clone().unwrap_or_default(),
            description: s.description.clone(),
        }
    }

    /// The session typed, or the sentence for each field that cannot be read.
    pub fn parse(&self, ctx: &Ctx) -> Result<NewSession, Vec<(String, String)>> {
        let mut errors = Vec::new();
        let day = parse_date(self.day.trim());
        if day.is_none() {
            errors.push(("day".into(), ctx.t("prog-err-day")));
        }
        let starts = parse_hhmm(&self.starts_at);
        if starts.is_none() {
            errors.push(("starts_at".into(), ctx.t("prog-err-time")));
        }
        let ends = parse_hhmm(&self.ends_at);
        if ends.is_none() {
            errors.push(("ends_at".into(), ctx.t("prog-err-time")));
        }
        let format = SessionFormat::from_slug(self.format.trim());
        if format.is_none() {
            errors.push(("format".into(), ctx.t("prog-err-format")));
        }
        if self.title.trim().is_empty() {
            errors.push(("title".into(), ctx.t("prog-err-title")));
        }
        if self.room.trim().is_empty() {
            errors.push(("room".into(), ctx.t("prog-err-room")));
        }
        match (day, starts, ends, format) {
            (Some(day), Some(starts_at), Some(ends_at), Some(format)) if errors.is_empty() => {
                Ok(NewSession {
                    day,
                    starts_at,
                    ends_at,
                    room: self.room.clone(),
                    format,
                    title: self.title.clone(),
                    body: Some(self.body.clone()),
                    area: Some(self.area.clone()),
                    description: self.description.clone(),
                })
            }
            _ => Err(errors),
        }
    }
}

/// The session fields as the form shows them.
pub struct SessionFields {
    pub typed: SessionForm,
    pub errors: Vec<(String, String)>,
    pub min_day: String,
    pub max_day: String,
    pub formats: Vec<Choice>,
    pub bodies: Vec<Choice>,
    pub areas: Vec<Choice>,
}

impl SessionFields {
    pub fn err(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, e)| e.as_str())
    }
}

fn choices(list: Vec<(String, String)>, typed: &str, none: String) -> Vec<Choice> {
    let mut out = vec![Choice {
        value: String::new(),
        label: none,
        selected: typed.is_empty(),
    }];
    out.extend(list.into_iter().map(|(value, label)| Choice {
        selected: value == typed,
        value,
        label,
    }));
    out
}

impl Setting {
    /// The day whose architecture the form offers: the meeting's opening day.
    fn form_day(&self) -> Option<Date> {
        self.meeting.opens_on
    }

    pub fn fields(
        &self,
        ctx: &Ctx,
        typed: SessionForm,
        errors: Vec<(String, String)>,
    ) -> SessionFields {
        let version = match self.form_day() {
            Some(d) => self.loaded.record.architecture.version_on(d),
            None => self.loaded.record.architecture.latest(),
        };
        let bodies_of = |area: bool| -> Vec<(String, String)> {
            version
                .map(|v| {
                    v.bodies
                        .iter()
                        .filter(|b| (b.kind == BodyKind::ThematicArea) == area)
                        .map(|b| (b.key.clone(), self.loaded.term(&b.name)))
                        .collect()
                })
                .unwrap_or_default()
        };
        let formats = SessionFormat::ALL
            .iter()
            .map(|f| Choice {
                value: f.slug().to_string(),
                label: ctx.t(&format!("prog-format-{}", f.slug())),
                selected: typed.format == f.slug(),
            })
            .collect();
        SessionFields {
            min_day: self.meeting.opens_on.map(format_date).unwrap_or_default(),
            max_day: self.meeting.closes_on.map(format_date).unwrap_or_default(),
            formats,
            bodies: choices(bodies_of(false), &typed.body, ctx.t("prog-none")),
            areas: choices(bodies_of(true), &typed.area, ctx.t("prog-none")),
            typed,
            errors,
        }
    }

    /// A new session's form: the first day, the plenary format.
    pub fn blank(&self) -> SessionForm {
        SessionForm {
            day: self.meeting.opens_on.map(format_date).unwrap_or_default(),
            format: SessionFormat::Plenary.slug().to_string(),
            ..SessionForm::default()
        }
    }
}

/// The speaker form as posted.
#[derive(Clone, Default, Deserialize)]
pub struct SpeakerForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub actor: String,
    #[serde(default)]
    pub capacity: String,
    #[serde(default)]
    pub kind: String,
}

impl SpeakerForm {
    pub fn parse(&self, ctx: &Ctx) -> Result<NewSpeaker, Vec<(String, String)>> {
        let mut errors = Vec::new();
        if self.name.trim().is_empty() {
            errors.push(("name".to_string(), ctx.t("prog-err-speaker-name")));
        }
        let kind = SpeakerKind::from_slug(self.kind.trim());
        if kind.is_none() {
            errors.push(("kind".to_string(), ctx.t("prog-err-speaker-kind")));
        }
        match kind {
            Some(kind) if errors.is_empty() => Ok(NewSpeaker {
                name: self.name.clone(),
                actor: Some(self.actor.clone()),
                capacity: self.capacity.clone(),
                kind,
            }),
            _ => Err(errors),
        }
    }
}

/// A speaker as the session page lists it, with the buttons an editor has.
pub struct SpeakerRow {
    pub id: i64,
    pub name: String,
    pub capacity: String,
    pub actor: Option<String>,
    pub first: bool,
    pub last: bool,
}

/// The panel or the list of speakers, under its heading.
pub struct SpeakerList {
    pub heading: String,
    pub rows: Vec<SpeakerRow>,
}

/// The action buttons of a speaker row, as posted.
#[derive(Default, Deserialize)]
pub struct SpeakerAction {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub action: String,
}

/// The delete button, as posted.
#[derive(Default, Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    pub csrf: String,
}
