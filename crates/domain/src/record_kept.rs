//! The record kept by its users (issue 12): which meetings record decisions, the status of a
//! nomination, P2.4 applied at nomination, and who holds which office on a date (with the
//! outgoing President where the architecture in force has one).
//!
//! Pure rules over the [`Record`] and the [`Facts`]: this module must never do I/O, read the
//! clock or store anything; the store calls it before it writes.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::architecture::MemberRule;
use crate::calendar::format_date;
use crate::meeting::{CycleDate, Edge, Meeting, MeetingKind};
use crate::office::{Post, Record, TermEnd};
use crate::participation::ParticipationStatus;
use crate::rules::{Concerns, Facts, Finding, Message, Severity};

/// Does a meeting of this kind adopt numbered decisions for the register? Formal meetings (an
/// MSP, a Review Conference, an extraordinary MSP) and the Coordination Committee do.
pub fn records_decisions(kind: MeetingKind) -> bool {
    matches!(
        kind,
        MeetingKind::Msp
            | MeetingKind::ReviewConference
            | MeetingKind::ExtraordinaryMsp
            | MeetingKind::CoordinationCommittee
    )
}

/// Where a nomination stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NominationStatus {
    /// Before the meeting: the planner and the appointments page read it.
    Standing,
    /// Withdrawn by the State (or the ISU on its behalf) before the meeting opened.
    Withdrawn,
}

impl NominationStatus {
    pub fn slug(self) -> &'static str {
        match self {
            NominationStatus::Standing => "standing",
            NominationStatus::Withdrawn => "withdrawn",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        match slug {
            "standing" => Some(NominationStatus::Standing),
            "withdrawn" => Some(NominationStatus::Withdrawn),
            _ => None,
        }
    }
}

/// May a nomination for `meeting` still be made or withdrawn on `today`? Until the meeting
/// opens; a meeting without an opening date on record has not opened.
pub fn nominations_open(meeting: &Meeting, today: Date) -> bool {
    meeting.opens_on.is_none_or(|opens| today < opens)
}

/// The first day of a term given by `meeting`: its closing day when on record, otherwise the
/// day expected from the annual cycle.
pub fn term_first_day(record: &Record, meeting: &Meeting) -> Option<CycleDate> {
    match meeting.closes_on {
        Some(d) => Some(CycleDate::Known(d)),
        None => record.cycles().date_after(meeting, 0, Edge::Closing),
    }
}

/// P2.4 at nomination: a Coordinator is a State Party in force on the term's first day,
/// selected by a meeting allowed to select. The findings a nomination of `state` for seats at
/// `meeting` gets at once (not only at appointment); `seats` are the keys chosen.
pub fn p2_4_nomination(
    record: &Record,
    facts: &dyn Facts,
    meeting: &Meeting,
    state: &str,
    seats: &[String],
) -> Vec<Finding> {
    const CLAUSE: &str = "P2.4";
    let mut out = Vec::new();
    let concerns = || vec![Concerns::Meeting(meeting.id)];
    let who = facts.name(state);
    let msg = |id: &str| Message::new(id).actor("who", state, &who);
    match facts.is_state(state) {
        Some(true) => {}
        Some(false) => {
            out.push(Finding::new(
                Severity::Error,
                CLAUSE,
                concerns(),
                msg("finding-p2-4-nominee-not-a-state"),
                format!("{who} is not a State; only a State Party may be nominated."),
            ));
            return out;
        }
        None => {
            out.push(Finding::new(
                Severity::Error,
                CLAUSE,
                concerns(),
                Message::new("finding-p2-4-nominee-not-in-registry").text("code", state),
                format!("\"{state}\" is not in the registry of States."),
            ));
            return out;
        }
    }
    let on = meeting
        .closes_on
        .or(meeting.opens_on)
        .or_else(|| term_first_day(record, meeting).map(CycleDate::date));
    let version = on.and_then(|d| record.architecture.version_on(d));
    let may_select = version
        .and_then(|v| v.meeting_rule(meeting.kind))
        .is_some_and(|r| r.selects);
    if !may_select {
        out.push(Finding::new(
            Severity::Error,
            CLAUSE,
            concerns(),
            Message::new("finding-p2-4-nomination-meeting-does-not-select")
                .meeting("meeting", &meeting.label),
            format!(
                "{} does not select Coordinators, so no nomination can be made for it.",
                meeting.label
            ),
        ));
        return out;
    }
    for seat in seats {
        if version.is_some_and(|v| v.seat(seat).is_none()) {
            out.push(Finding::new(
                Severity::Error,
                CLAUSE,
                vec![Concerns::Meeting(meeting.id), Concerns::Seat(seat.clone())],
                Message::new("finding-p2-4-nomination-no-such-seat")
                    .seat("seat", seat)
                    .meeting("meeting", &meeting.label),
                format!(
                    "{seat} is not a seat of the architecture in force at {}.",
                    meeting.label
                ),
            ));
        }
    }
    let Some(first) = term_first_day(record, meeting) else {
        out.push(Finding::new(
            Severity::Warning,
            CLAUSE,
            concerns(),
            msg("finding-p2-4-nomination-first-day-unknown").meeting("meeting", &meeting.label),
            format!(
                "The first day of the term given by {} cannot be worked out from the meetings on record, so it cannot be confirmed that {who} will be a State Party in force then.",
                meeting.label
            ),
        ));
        return out;
    };
    let (day, expected) = match first {
        CycleDate::Known(d) => (d, ""),
        CycleDate::Expected(d) => (d, " (expected)"),
    };
    let dated = |id: &str| {
        msg(id)
            .date("date", day)
            .flag("expected", matches!(first, CycleDate::Expected(_)))
    };
    match facts.status_on(state, day) {
        ParticipationStatus::PartyInForce => {}
        ParticipationStatus::Unknown => out.push(Finding::new(
            Severity::Warning,
            CLAUSE,
            concerns(),
            dated("finding-p2-4-nominee-party-unconfirmed"),
            format!(
                "Cannot confirm that {who} will be a State Party in force on {}{expected}, the first day of the term: its participation is not on record for that date.",
                format_date(day)
            ),
        )),
        other => out.push(Finding::new(
            Severity::Error,
            CLAUSE,
            concerns(),
            dated("finding-p2-4-nominee-not-party").code("status", other.slug()),
            format!(
                "{who} will not be a State Party in force on {}{expected}, the first day of the term (status then: {}), so it cannot hold a Coordinator seat.",
                format_date(day),
                other.slug()
            ),
        )),
    }
    out
}

/// One office on a date: who holds it (or held it last, for the outgoing President).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeHolding {
    /// The office key (`president`, `president-designate`, `isu-director`).
    pub office: String,
    /// The office's name in the architecture version in force on the date.
    pub name: String,
    /// The outgoing holder (whose term ended most recently), not the one in office.
    pub outgoing: bool,
    /// The holder's actor code or name; `None` when the office is vacant that day.
    pub holder: Option<String>,
    pub appointment: Option<i64>,
    pub start: Option<Date>,
    pub end: Option<TermEnd>,
}

/// Who holds which office on `date`, in the order of the architecture version in force then,
/// followed by the outgoing holders its Committee counts. Empty before the architecture exists.
pub fn offices_on(record: &Record, date: Date) -> Vec<OfficeHolding> {
    let Some(version) = record.architecture.version_on(date) else {
        return Vec::new();
    };
    let terms = record.terms();
    let mut out = Vec::new();
    for office in &version.offices {
        let post = Post::Office(office.key.clone());
        let held: Vec<_> = terms
            .iter()
            .filter(|t| t.post == post && t.covers(date))
            .collect();
        if held.is_empty() {
            out.push(OfficeHolding {
                office: office.key.clone(),
                name: office.name.clone(),
                outgoing: false,
                holder: None,
                appointment: None,
                start: None,
                end: None,
            });
        }
        for t in held {
            out.push(OfficeHolding {
                office: office.key.clone(),
                name: office.name.clone(),
                outgoing: false,
                holder: Some(t.holder.clone()),
                appointment: Some(t.appointment),
                start: Some(t.start),
                end: Some(t.end),
            });
        }
    }
    let outgoing = version
        .committee
        .iter()
        .flat_map(|c| &c.members)
        .filter_map(|m| match m {
            MemberRule::Outgoing { office } => Some(office),
            _ => None,
        });
    for office in outgoing {
        let post = Post::Office(office.clone());
        let last = terms
            .iter()
            .filter(|t| t.post == post && t.end.date().is_some_and(|end| end <= date))
            .max_by_key(|t| t.end.date());
        out.push(OfficeHolding {
            office: office.clone(),
            name: version
                .office(office)
                .map_or(office.clone(), |o| o.name.clone()),
            outgoing: true,
            holder: last.map(|t| t.holder.clone()),
            appointment: last.map(|t| t.appointment),
            start: last.map(|t| t.start),
            end: last.map(|t| t.end),
        });
    }
    out
}
