//! What a finding says, as a message rather than a sentence: a message id (`finding-...`) and
//! typed arguments (a State, a seat, a body, a meeting, a date, a number, a text), so that a
//! reader is told it in their own language (the web renders it through Fluent) while the CLI
//! and the API keep the English sentence beside the id and the arguments.
//!
//! Ground layer: this module knows no rule and no record; it must never do I/O, never format a
//! message for a language (that is the web's Fluent files) and never hold a sentence.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::Date;

#[cfg(test)]
use crate::calendar::format_date;

/// One argument of a message, typed so that a renderer can write it in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Arg {
    /// Text shown as it is (a reason given by the record, a name from the preset).
    Text { value: String },
    /// A State or an organization: its actor code and its (English) display name.
    Actor { code: String, name: String },
    /// Several actors, in order.
    Actors { actors: Vec<ActorName> },
    /// A seat: its key or title, as the preset gives it.
    Seat { value: String },
    /// A body (Working Group, thematic area...): its key or name, as the preset gives it.
    Body { value: String },
    /// An office: its key or name, as the preset gives it.
    Office { value: String },
    /// A meeting, by its symbol (`2MSP`).
    Meeting { value: String },
    /// Several meetings, by their symbols.
    Meetings { values: Vec<String> },
    /// A calendar date.
    Date { value: Date },
    /// A whole number (plural rules apply).
    Number { value: i64 },
    /// A yes-or-no choice between two wordings.
    Flag { value: bool },
    /// A code the renderer translates (a participation status, a meeting status...).
    Code { value: String },
    /// Messages shown one after another (a list the sentence names).
    Messages { messages: Vec<Message> },
}

/// An actor named in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorName {
    pub code: String,
    pub name: String,
}

/// A message: its id in the Fluent files and its named arguments.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Message {
    #[serde(rename = "message_id")]
    pub id: String,
    pub args: BTreeMap<String, Arg>,
}

impl Message {
    pub fn new(id: &str) -> Self {
        Message {
            id: id.to_string(),
            args: BTreeMap::new(),
        }
    }

    fn with(mut self, name: &str, arg: Arg) -> Self {
        self.args.insert(name.to_string(), arg);
        self
    }

    pub fn text(self, name: &str, value: impl Into<String>) -> Self {
        self.with(
            name,
            Arg::Text {
                value: value.into(),
            },
        )
    }

    pub fn actor(self, name: &str, code: &str, display: &str) -> Self {
        self.with(
            name,
            Arg::Actor {
                code: code.to_string(),
                name: display.to_string(),
            },
        )
    }

    pub fn actors(self, name: &str, actors: Vec<ActorName>) -> Self {
        self.with(name, Arg::Actors { actors })
    }

    pub fn seat(self, name: &str, value: &str) -> Self {
        self.with(
            name,
            Arg::Seat {
                value: value.to_string(),
            },
        )
    }

    pub fn body(self, name: &str, value: &str) -> Self {
        self.with(
            name,
            Arg::Body {
                value: value.to_string(),
            },
        )
    }

    pub fn office(self, name: &str, value: &str) -> Self {
        self.with(
            name,
            Arg::Office {
                value: value.to_string(),
            },
        )
    }

    pub fn meeting(self, name: &str, value: &str) -> Self {
        self.with(
            name,
            Arg::Meeting {
                value: value.to_string(),
            },
        )
    }

    pub fn meetings(self, name: &str, values: Vec<String>) -> Self {
        self.with(name, Arg::Meetings { values })
    }

    pub fn date(self, name: &str, value: Date) -> Self {
        self.with(name, Arg::Date { value })
    }

    pub fn number(self, name: &str, value: i64) -> Self {
        self.with(name, Arg::Number { value })
    }

    pub fn flag(self, name: &str, value: bool) -> Self {
        self.with(name, Arg::Flag { value })
    }

    pub fn code(self, name: &str, value: &str) -> Self {
        self.with(
            name,
            Arg::Code {
                value: value.to_string(),
            },
        )
    }

    pub fn messages(self, name: &str, messages: Vec<Message>) -> Self {
        self.with(name, Arg::Messages { messages })
    }

    /// The message ids this message uses: its own and those of the messages in its arguments.
    pub fn ids(&self) -> Vec<&str> {
        let mut out = vec![self.id.as_str()];
        for arg in self.args.values() {
            if let Arg::Messages { messages } = arg {
                for m in messages {
                    out.extend(m.ids());
                }
            }
        }
        out
    }
}

/// A refusal or a form error: the English sentence (the CLI's, the log's, the API's `error`)
/// and, where it has one, the same as a message (`refuse-...` in `locales/*/refusals.ftl`) so
/// that a page says it in the reader's language. A problem made from a bare sentence has an
/// empty message id and is shown in English everywhere.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub sentence: String,
    #[serde(flatten)]
    pub message: Message,
}

impl Problem {
    /// A problem that says `sentence`, which is what `message` writes in English.
    pub fn new(message: Message, sentence: impl Into<String>) -> Self {
        Problem {
            sentence: sentence.into(),
            message,
        }
    }

    /// Does it have a message other languages can write?
    pub fn translatable(&self) -> bool {
        !self.message.id.is_empty()
    }
}

impl From<String> for Problem {
    fn from(sentence: String) -> Self {
        Problem {
            sentence,
            message: Message::default(),
        }
    }
}

impl From<&str> for Problem {
    fn from(sentence: &str) -> Self {
        Problem::from(sentence.to_string())
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.sentence)
    }
}

/// A problem the domain finds: in this crate's tests, its English message is checked against
/// its sentence.
pub(crate) fn checked(message: Message, sentence: String) -> Problem {
    #[cfg(test)]
    english::check(&message, &sentence);
    Problem::new(message, sentence)
}

/// Problems made from bare sentences (English only).
pub fn problems(sentences: Vec<String>) -> Vec<Problem> {
    sentences.into_iter().map(Problem::from).collect()
}

/// Every message id a finding may carry, with the messages its arguments may nest. The web's
/// Fluent files have one message for each, in every language, with the same variables.
pub const ALL_IDS: &[&str] = &[
    // rules.rs (Proposal 2)
    "finding-p2-5-term-not-computable",
    "finding-p2-3-vacant-since",
    "finding-p2-3-vacant-from-to",
    "finding-p2-4-not-a-state",
    "finding-p2-4-not-in-registry",
    "finding-p2-4-party-unconfirmed",
    "finding-p2-4-not-party",
    "finding-p2-4-no-selecting-meeting",
    "finding-p2-4-meeting-does-not-select",
    "finding-p2-4-decision-of-other-meeting",
    "finding-p2-4-no-decision",
    "finding-p2-5-before-architecture",
    "finding-p2-5-no-such-seat",
    "finding-p2-5-term-length-first-round",
    "finding-p2-5-term-length",
    "finding-p2-5-staggered",
    "finding-p2-5-affected-state",
    "finding-p2-6-cooling-off",
    // record_kept.rs (P2.4 at nomination)
    "finding-p2-4-nominee-not-a-state",
    "finding-p2-4-nominee-not-in-registry",
    "finding-p2-4-nomination-meeting-does-not-select",
    "finding-p2-4-nomination-no-such-seat",
    "finding-p2-4-nomination-first-day-unknown",
    "finding-p2-4-nominee-party-unconfirmed",
    "finding-p2-4-nominee-not-party",
    // schedule.rs (meetings)
    "finding-meeting-venue-none",
    "finding-meeting-venue-elsewhere",
    "finding-meeting-closes-before-opens",
    "finding-meeting-outside-window",
    "finding-meeting-too-long",
    "finding-meeting-half-day-whole-day",
    "finding-meeting-half-day-span",
    "finding-record-held-before-opening",
    "finding-record-closed-still-planned",
    "finding-p3-1-chair-mismatch",
    "finding-p3-1-chair-derived",
    "finding-p3-1-no-chair",
    "finding-art-11-first-msp-late",
    "finding-art-11-no-first-msp",
    "finding-art-12-review-year",
    "finding-art-11-no-msp-in-year",
    "finding-art-11-several-in-year",
    "finding-meeting-yearly-none",
    "finding-meeting-yearly-several",
    // schedule/adjacent.rs (P1.3)
    "finding-p1-3-not-consecutive",
    "finding-p1-3-other-meeting",
    "finding-p1-3-no-adjacent-dates",
    "finding-p1-3-adjacent-dates",
    "finding-p1-3-suggestion",
];

/// In this crate's unit tests, every finding built is checked against the English Fluent file
/// (`finding_tests.rs`, which the integration tests include too).
#[cfg(test)]
#[path = "finding_tests.rs"]
pub(crate) mod english;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_is_unique_and_a_finding_id() {
        let mut seen = std::collections::BTreeSet::new();
        for id in ALL_IDS {
            assert!(id.starts_with("finding-"), "{id}");
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{id} is not kebab-case"
            );
            assert!(seen.insert(*id), "{id} is listed twice");
        }
    }

    #[test]
    fn every_id_is_used_by_the_checks() {
        // The sources of the checks: an id listed here but never built is a dead message, and
        // an id built but not listed would have no Fluent message.
        let sources = [
            include_str!("rules.rs"),
            include_str!("record_kept.rs"),
            include_str!("schedule.rs"),
            include_str!("schedule/adjacent.rs"),
        ]
        .concat();
        for id in ALL_IDS {
            assert!(
                sources.contains(&format!("\"{id}\"")),
                "{id} is listed but no check builds it"
            );
        }
        for (i, _) in sources.match_indices("\"finding-") {
            let rest = &sources[i + 1..];
            let id = rest.split('"').next().unwrap_or_default();
            assert!(ALL_IDS.contains(&id), "{id} is built but not in ALL_IDS");
        }
    }

    #[test]
    fn the_english_file_writes_a_nested_message_and_a_flag() {
        let m = Message::new("finding-p2-4-nominee-party-unconfirmed")
            .actor("who", "NZL", "New Zealand")
            .date("date", time::macros::date!(2026 - 12 - 04))
            .flag("expected", true);
        assert_eq!(
            english::render(&m),
            "Cannot confirm that New Zealand will be a State Party in force on 2026-12-04 (expected), the first day of the term: its participation is not on record for that date."
        );
        let advice = Message::new("finding-p1-3-no-adjacent-dates");
        assert_eq!(
            english::render(&advice),
            " No adjacent dates keep the meeting's own rules."
        );
    }

    #[test]
    fn a_message_serializes_with_its_id_and_typed_arguments() {
        let m = Message::new("finding-p2-4-not-a-state").actor("who", "ICRC", "ICRC");
        let json = serde_json::to_value(&m).unwrap_or_default();
        assert_eq!(json["message_id"], "finding-p2-4-not-a-state");
        assert_eq!(json["args"]["who"]["kind"], "actor");
        assert_eq!(json["args"]["who"]["code"], "ICRC");
    }
}
