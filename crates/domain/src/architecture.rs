//! A convention's implementation architecture as data: its bodies (Working Groups, thematic areas,
//! Standing Committees, groups of experts), their seats and term rules, its offices (President,
//! President-Designate, ISU Director), and the composition of its coordinating committee (P3.2).
//!
//! An architecture has versions. Each takes effect from a decision of a formal meeting; the past
//! keeps its own version, so "which rules held on D" is answered by `Architecture::version_on`.
//! Nothing here names a particular convention: the CCM's six Working Groups are a preset
//! (`conventions/ccm.toml`), never code. This module must never do I/O.

use serde::{Deserialize, Serialize};
use time::{Date, Month};

use crate::meeting::MeetingKind;

/// Every version of a convention's architecture, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Architecture {
    pub versions: Vec<Version>,
}

/// One version of the architecture, in force from `effective_on` until the next version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Version {
    pub version: u32,
    /// The first day the version applies: the close of the meeting that adopted it.
    pub effective_on: Date,
    /// The meeting and decision that adopted it, as cited (e.g. "2MSP, Beirut 2011").
    pub adopted_by: String,
    /// Where the description comes from, with its confidence ([V], [K], [U]).
    pub source: String,
    #[serde(default)]
    pub meetings: Vec<MeetingRule>,
    #[serde(default)]
    pub bodies: Vec<Body>,
    #[serde(default)]
    pub offices: Vec<Office>,
    pub committee: Option<Committee>,
    pub rules: TermRules,
}

/// How a convention names and uses a kind of meeting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingRule {
    pub kind: MeetingKind,
    pub name: String,
    /// The short form used in labels: "MSP" gives 2MSP, "RC" gives 1RC.
    pub abbreviation: String,
    /// May this kind of meeting select Coordinators (P2.4)?
    #[serde(default)]
    pub selects: bool,
    /// Where, when and how long this kind of meeting sits, and who chairs it (P1.1, ¶18, P3.1).
    #[serde(default)]
    pub schedule: ScheduleRule,
    /// The root of this kind's document symbols, with `{year}` for the meeting's year
    /// (`CCM/MSP/{year}`), from which the next free symbol is suggested.
    #[serde(default)]
    pub symbols: Option<String>,
}

/// The rule parameters of Proposal 2.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermRules {
    /// P2.6: a State that provided a Coordinator does not provide one for the term immediately
    /// following, except when necessary.
    pub cooling_off: bool,
    /// P2.5: when possible, one Coordinator of each group is from an affected State Party.
    pub affected_preference: bool,
}

/// What a body is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BodyKind {
    WorkingGroup,
    ThematicArea,
    StandingCommittee,
    GroupOfExperts,
}

impl BodyKind {
    pub fn slug(self) -> &'static str {
        match self {
            BodyKind::WorkingGroup => "working-group",
            BodyKind::ThematicArea => "thematic-area",
            BodyKind::StandingCommittee => "standing-committee",
            BodyKind::GroupOfExperts => "group-of-experts",
        }
    }
}

/// A body of the architecture with its seats.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub key: String,
    pub kind: BodyKind,
    pub name: String,
    /// The body whose meeting time this one shares (P2.2: the thematic areas inside group (a)).
    pub within: Option<String>,
    /// P2.5: two seats whose terms start in alternating cycles.
    #[serde(default)]
    pub staggered: bool,
    #[serde(default)]
    pub source: String,
    pub seats: Vec<Seat>,
}

/// A seat: one Coordinator (or Co-Chair, Co-Rapporteur) place on a body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seat {
    pub key: String,
    /// "Coordinator", "Co-Chair", "Co-Rapporteur".
    pub title: String,
    /// Term length in cycles of formal meetings (two in the CCM preset, P2.5).
    pub term_cycles: u32,
    /// In the version's first round, this seat serves fewer cycles so that terms alternate (P2.5).
    pub first_round_cycles: Option<u32>,
    /// A renewable term: the same State may be selected again for this seat (P2.6 does not apply
    /// to a renewal of the same seat).
    #[serde(default)]
    pub renewable: bool,
    /// By practice the holder goes on to this seat (APLC Co-Rapporteurs become Co-Chairs).
    pub succeeds_to: Option<String>,
    /// Is this a Coordinator seat for P2.6 and P3.2?
    #[serde(default = "yes")]
    pub coordinator: bool,
}

fn yes() -> bool {
    true
}

/// How an office's term is bounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OfficeTerm {
    /// The President: from the opening of the meeting presided to the opening of the next formal
    /// meeting of the cycle.
    PresidesMeeting,
    /// The President-Designate: from designation until the meeting to preside opens.
    UntilMeetingOpens,
    /// From a recorded date until a recorded end (the ISU Director).
    OpenEnded,
}

/// An office: President, President-Designate, ISU Director.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub key: String,
    pub name: String,
    pub term: OfficeTerm,
    /// Held by a State (its representative) rather than a named person.
    #[serde(default = "yes")]
    pub held_by_state: bool,
}

/// The coordinating committee and the rule that composes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Committee {
    pub name: String,
    pub clause: String,
    pub members: Vec<MemberRule>,
}

/// One line of the committee's composition rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum MemberRule {
    /// The holder of an office in force that day (`chair` for the President).
    Office {
        office: String,
        #[serde(default)]
        chair: bool,
    },
    /// The holder whose term in this office ended most recently (the outgoing President).
    Outgoing { office: String },
    /// Every holder of a Coordinator seat in force that day.
    Coordinators,
    /// An organization's representative (ICRC, UN, CMC), by actor code.
    Organization {
        actor: String,
        #[serde(default)]
        observer: bool,
    },
}

impl Architecture {
    /// The version in force on `date`, if the architecture existed then.
    pub fn version_on(&self, date: Date) -> Option<&Version> {
        self.versions.iter().rev().find(|v| v.effective_on <= date)
    }

    /// The date the version after `v` takes effect.
    pub fn version_end(&self, v: &Version) -> Option<Date> {
        self.versions
            .iter()
            .find(|w| w.effective_on > v.effective_on)
            .map(|w| w.effective_on)
    }

    pub fn latest(&self) -> Option<&Version> {
        self.versions.last()
    }

    /// Checks the architecture as a preset author wrote it; each problem names the field.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.versions.is_empty() {
            out.push("architecture: at least one version is needed".to_string());
        }
        for (i, pair) in self.versions.windows(2).enumerate() {
            if let [a, b] = pair
                && b.effective_on <= a.effective_on
            {
                out.push(format!(
                    "architecture[{}].effective_on: versions must take effect in order (after {})",
                    i + 1,
                    a.effective_on
                ));
            }
        }
        for (i, v) in self.versions.iter().enumerate() {
            v.problems(&format!("architecture[{i}]"), &mut out);
        }
        out
    }
}

impl Version {
    pub fn body(&self, key: &str) -> Option<&Body> {
        self.bodies.iter().find(|b| b.key == key)
    }

    /// The seat `key` with its body.
    pub fn seat(&self, key: &str) -> Option<(&Body, &Seat)> {
        self.bodies
            .iter()
            .find_map(|b| b.seats.iter().find(|s| s.key == key).map(|s| (b, s)))
    }

    pub fn seats(&self) -> impl Iterator<Item = (&Body, &Seat)> {
        self.bodies
            .iter()
            .flat_map(|b| b.seats.iter().map(move |s| (b, s)))
    }

    pub fn office(&self, key: &str) -> Option<&Office> {
        self.offices.iter().find(|o| o.key == key)
    }

    pub fn meeting_rule(&self, kind: MeetingKind) -> Option<&MeetingRule> {
        self.meetings.iter().find(|m| m.kind == kind)
    }

    fn problems(&self, at: &str, out: &mut Vec<String>) {
        let mut keys = std::collections::HashSet::new();
        for (b, body) in self.bodies.iter().enumerate() {
            let here = format!("{at}.bodies[{b}]");
            if !is_key(&body.key) {
                out.push(format!(
                    "{here}.key: \"{}\" must be lowercase letters, digits and dashes",
                    body.key
                ));
            }
            if !keys.insert(body.key.clone()) {
                out.push(format!("{here}.key: \"{}\" is used twice", body.key));
            }
            if let Some(parent) = &body.within
                && !self.bodies.iter().any(|p| &p.key == parent)
            {
                out.push(format!(
                    "{here}.within: no body \"{parent}\" in this version"
                ));
            }
            if body.staggered && body.seats.len() != 2 {
                out.push(format!(
                    "{here}.staggered: staggered terms need exactly two seats"
                ));
            }
            for (s, seat) in body.seats.iter().enumerate() {
                let here = format!("{here}.seats[{s}]");
                if !is_key(&seat.key) {
                    out.push(format!(
                        "{here}.key: \"{}\" must be lowercase letters, digits and dashes",
                        seat.key
                    ));
                }
                if !keys.insert(seat.key.clone()) {
                    out.push(format!("{here}.key: \"{}\" is used twice", seat.key));
                }
                if seat.term_cycles == 0 {
                    out.push(format!(
                        "{here}.term_cycles: a term lasts at least one cycle"
                    ));
                }
                if let Some(first) = seat.first_round_cycles
                    && (first == 0 || first >= seat.term_cycles)
                {
                    out.push(format!(
                        "{here}.first_round_cycles: must be at least 1 and shorter than term_cycles ({})",
                        seat.term_cycles
                    ));
                }
                if let Some(next) = &seat.succeeds_to
                    && !body.seats.iter().any(|o| &o.key == next)
                {
                    out.push(format!(
                        "{here}.succeeds_to: no seat \"{next}\" in this body"
                    ));
                }
            }
        }
        for (o, office) in self.offices.iter().enumerate() {
            if !is_key(&office.key) || !keys.insert(office.key.clone()) {
                out.push(format!(
                    "{at}.offices[{o}].key: \"{}\" is not a new key",
                    office.key
                ));
            }
        }
        if let Some(committee) = &self.committee {
            for (m, member) in committee.members.iter().enumerate() {
                if let MemberRule::Office { office, .. } | MemberRule::Outgoing { office } = member
                    && self.office(office).is_none()
                {
                    out.push(format!(
                        "{at}.committee.members[{m}].office: no office \"{office}\""
                    ));
                }
            }
        }
        for (m, rule) in self.meetings.iter().enumerate() {
            for problem in rule.schedule.problems() {
                out.push(format!("{at}.meetings[{m}].schedule.{problem}"));
            }
            if let Some(office) = &rule.schedule.chaired_by
                && self.office(office).is_none()
            {
                out.push(format!(
                    "{at}.meetings[{m}].schedule.chaired_by: no office \"{office}\""
                ));
            }
        }
        if !self.meetings.iter().any(|m| m.selects)
            && self.bodies.iter().any(|b| !b.seats.is_empty())
        {
            out.push(format!(
                "{at}.meetings: no kind of meeting selects the holders of seats"
            ));
        }
    }
}

fn is_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The schedule rules of one kind of meeting, from the preset. Every field is optional; a field
/// left out checks nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScheduleRule {
    /// The clause the rules come from, cited in findings ("P1.1").
    #[serde(default)]
    pub clause: String,
    /// The city the meeting sits in ("Geneva").
    pub venue: Option<String>,
    /// The first and last day of the year ("MM-DD") between which every meeting day falls.
    pub window: Option<[String; 2]>,
    /// At most this many meeting days (weekdays from opening to closing).
    pub max_days: Option<u32>,
    /// One meeting each calendar year: warn on a year with none or with more than one.
    #[serde(default)]
    pub yearly: bool,
    /// The meeting sits for half a day (¶18).
    #[serde(default)]
    pub half_day: bool,
    /// The office whose holder on the day chairs the meeting (P3.1: "president").
    pub chaired_by: Option<String>,
    /// Held consecutively with other conventions' meetings in the same city (P1.3).
    #[serde(default)]
    pub consecutive: bool,
}

impl ScheduleRule {
    /// The window of `year`, when the rule has one and it reads.
    pub fn window_in(&self, year: i32) -> Option<(Date, Date)> {
        let [from, to] = self.window.as_ref()?;
        Some((month_day(year, from)?, month_day(year, to)?))
    }

    /// Problems with the rule as a preset author wrote it, each naming its field.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some([from, to]) = &self.window {
            // 2024 is a leap year, so 02-29 reads.
            match (month_day(2024, from), month_day(2024, to)) {
                (Some(a), Some(b)) if a <= b => {}
                (Some(_), Some(_)) => out.push("window: the first day comes after the last".into()),
                _ => out.push(format!(
                    "window: \"{from}\" and \"{to}\" must be days of the year as MM-DD"
                )),
            }
        }
        if self.max_days == Some(0) {
            out.push("max_days: a meeting sits at least one day".into());
        }
        out
    }

    pub(crate) fn clause(&self) -> &str {
        if self.clause.is_empty() {
            "architecture"
        } else {
            &self.clause
        }
    }
}

fn month_day(year: i32, text: &str) -> Option<Date> {
    let (m, d) = text.split_once('-')?;
    let month = Month::try_from(m.parse::<u8>().ok()?).ok()?;
    Date::from_calendar_date(year, month, d.parse().ok()?).ok()
}
