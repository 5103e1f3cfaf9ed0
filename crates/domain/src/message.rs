//! Messages to audiences (P4.4(d)): who a message is for, named by a rule resolved on the day
//! it is sent (never a list typed by hand), which of the author's language versions each
//! recipient gets, and how a delivery stands. This module must never do I/O.

use serde::{Deserialize, Serialize};

use crate::Lang;
use crate::finding::{Message, Problem, checked};

/// The audience a message is written to; the store resolves it to people on a date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Audience {
    /// The focal points of every State that is a State Party on the date.
    FocalPoints,
    /// The Coordination Committee as of the date (P3.2, derived as on the Committee page).
    Committee,
    /// The approved participants of a meeting (by its label).
    MeetingParticipants { meeting: String },
    /// The Coordinators of a Working Group or thematic area (by its key) on the date.
    WorkingGroup { body: String },
    /// The focal points of the States with an overdue report on the date.
    OverdueReports,
}

impl Audience {
    /// The kinds, in the order a form offers them.
    pub const KINDS: [&'static str; 5] = [
        "focal-points",
        "committee",
        "meeting-participants",
        "working-group",
        "overdue-reports",
    ];

    pub fn kind(&self) -> &'static str {
        match self {
            Audience::FocalPoints => "focal-points",
            Audience::Committee => "committee",
            Audience::MeetingParticipants { .. } => "meeting-participants",
            Audience::WorkingGroup { .. } => "working-group",
            Audience::OverdueReports => "overdue-reports",
        }
    }

    /// The meeting label or body key the audience names, if any.
    pub fn reference(&self) -> Option<&str> {
        match self {
            Audience::MeetingParticipants { meeting } => Some(meeting),
            Audience::WorkingGroup { body } => Some(body),
            _ => None,
        }
    }

    /// From a kind and its reference; the sentence says what is missing or unknown.
    pub fn parse(kind: &str, reference: Option<&str>) -> Result<Audience, Problem> {
        let reference = reference.map(str::trim).filter(|r| !r.is_empty());
        let needs = |id: &str, what: &str| {
            checked(
                Message::new(id).code("kind", kind),
                format!("the audience \"{kind}\" needs {what}"),
            )
        };
        match kind {
            "focal-points" => Ok(Audience::FocalPoints),
            "committee" => Ok(Audience::Committee),
            "overdue-reports" => Ok(Audience::OverdueReports),
            "meeting-participants" => reference
                .map(|m| Audience::MeetingParticipants {
                    meeting: m.to_string(),
                })
                .ok_or_else(|| needs("refuse-audience-needs-meeting", "a meeting")),
            "working-group" => reference
                .map(|b| Audience::WorkingGroup {
                    body: b.to_string(),
                })
                .ok_or_else(|| needs("refuse-audience-needs-group", "a Working Group")),
            other => {
                let known = Audience::KINDS.join(", ");
                Err(checked(
                    Message::new("refuse-audience-unknown")
                        .code("value", other)
                        .code("known", &known),
                    format!("\"{other}\" is not an audience; choose one of {known}"),
                ))
            }
        }
    }
}

/// The version a recipient gets: their preferred language when the author wrote it, else the
/// original.
pub fn version_for(written: &[Lang], preferred: Option<Lang>, original: Lang) -> Lang {
    preferred
        .filter(|p| written.contains(p))
        .unwrap_or(original)
}

/// How one recipient's mail stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Delivery {
    /// No address on record: the recipient reads it in the product only.
    InProductOnly,
    /// Waiting for its first attempt.
    Queued,
    /// Sent at the first attempt.
    Sent,
    /// Sent after one or more failed attempts.
    Retried,
    /// The last attempt failed; it will be tried again.
    Failed,
}

impl Delivery {
    /// From the outbox row's facts (none: no mail was queued).
    pub fn of(mail: Option<(bool, i32)>) -> Delivery {
        match mail {
            None => Delivery::InProductOnly,
            Some((true, attempts)) if attempts > 1 => Delivery::Retried,
            Some((true, _)) => Delivery::Sent,
            Some((false, 0)) => Delivery::Queued,
            Some((false, _)) => Delivery::Failed,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Delivery::InProductOnly => "in-product-only",
            Delivery::Queued => "queued",
            Delivery::Sent => "sent",
            Delivery::Retried => "retried",
            Delivery::Failed => "failed",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn p4_4d_audiences_parse_and_refuse() {
        assert_eq!(Audience::parse("committee", None), Ok(Audience::Committee));
        assert_eq!(
            Audience::parse("meeting-participants", Some(" 13MSP ")),
            Ok(Audience::MeetingParticipants {
                meeting: "13MSP".into()
            })
        );
        assert!(Audience::parse("meeting-participants", Some("")).is_err());
        assert!(Audience::parse("working-group", None).is_err());
        assert!(Audience::parse("everyone", None).is_err());
        for kind in Audience::KINDS {
            let a = Audience::parse(kind, Some("x")).expect("a kind");
            assert_eq!(a.kind(), kind);
        }
    }

    #[test]
    fn p4_4d_recipient_gets_preferred_language_when_written_else_original() {
        let written = [Lang::En, Lang::Fr];
        assert_eq!(version_for(&written, Some(Lang::Fr), Lang::En), Lang::Fr);
        assert_eq!(version_for(&written, Some(Lang::Ar), Lang::En), Lang::En);
        assert_eq!(version_for(&written, None, Lang::En), Lang::En);
        assert_eq!(version_for(&[Lang::Es], Some(Lang::Fr), Lang::Es), Lang::Es);
    }

    #[test]
    fn p4_4d_delivery_states() {
        assert_eq!(Delivery::of(None), Delivery::InProductOnly);
        assert_eq!(Delivery::of(Some((false, 0))), Delivery::Queued);
        assert_eq!(Delivery::of(Some((false, 2))), Delivery::Failed);
        assert_eq!(Delivery::of(Some((true, 1))), Delivery::Sent);
        assert_eq!(Delivery::of(Some((true, 3))), Delivery::Retried);
    }
}
