//! The planner's input for a formal meeting, read from the record: which seats fall vacant at
//! the meeting (their terms end at its close, or they are vacant already), which holders stay,
//! whose terms end there (P2.6), and the nominations for the meeting, with each nominee's UN
//! regional group and whether it is affected on that day. Nominees that were not States Parties
//! in force are left out (P2.4), and the notes say so. The term rules (first round, stagger,
//! renewable seats' outgoing holders) and the switches are read as `rules` reads them.

use time::Date;

use super::{Candidate, ContinuingTerm, Note, PlanInput, VacantSeat};
use crate::finding::{Message, Problem, checked};
use crate::meeting::{Edge, Meeting};
use crate::office::{Post, Record};
use crate::participation::ParticipationStatus;
use crate::rules::Facts;

/// The day a meeting selects: its closing day, or the expected one from the annual cycle.
pub fn selection_day(record: &Record, meeting: &Meeting) -> Option<Date> {
    meeting.closes_on.or_else(|| {
        record
            .cycles()
            .date_after(meeting, 0, Edge::Closing)
            .map(|d| d.date())
    })
}

/// The planner's input for `meeting`, and notes about what was left out and why.
pub fn input_for(
    record: &Record,
    meeting: &Meeting,
    facts: &dyn Facts,
    horizon: u32,
    slates: usize,
) -> Result<(PlanInput, Vec<Note>), Problem> {
    let day = selection_day(record, meeting).ok_or_else(|| {
        checked(
            Message::new("plan-refuse-no-date").meeting("meeting", &meeting.label),
            format!(
                "{} has no date, and none can be expected from the cycle.",
                meeting.label
            ),
        )
    })?;
    let version = record.architecture.version_on(day).ok_or_else(|| {
        checked(
            Message::new("plan-refuse-no-architecture").meeting("meeting", &meeting.label),
            format!(
                "No architecture was in force at {}: there were no seats to fill.",
                meeting.label
            ),
        )
    })?;
    if !version
        .meeting_rule(meeting.kind)
        .is_some_and(|r| r.selects)
    {
        return Err(checked(
            Message::new("plan-refuse-not-selecting").meeting("meeting", &meeting.label),
            format!(
                "{} is not a meeting that selects Coordinators.",
                meeting.label
            ),
        ));
    }
    let terms = record.terms();
    let mut input = PlanInput {
        horizon,
        slates,
        cooling_off: version.rules.cooling_off,
        affected_preference: version.rules.affected_preference,
        ..PlanInput::default()
    };
    let mut notes = Vec::new();
    for (body, seat) in version.seats().filter(|(_, s)| s.coordinator) {
        // P2.5, as `rules::p2_5_term_length` and `rules::p2_5_staggered` judge it: the first
        // round of a version is the meeting that adopted it, for a body with first-round terms.
        let first_round = version.effective_on == day
            && body.seats.iter().any(|s| s.first_round_cycles.is_some());
        let working_group = body
            .within
            .as_deref()
            .and_then(|k| version.body(k))
            .map(|b| b.name.clone());
        let post = Post::Seat(seat.key.clone());
        let term = terms
            .iter()
            .filter(|t| t.post == post)
            .max_by_key(|t| t.start);
        match term.and_then(|t| t.end.date().map(|end| (t, end))) {
            Some((t, end)) if end > day => {
                let years = u32::try_from((end.year() - day.year()).max(1)).unwrap_or(1);
                input.continuing.push(ContinuingTerm {
                    seat: seat.key.clone(),
                    body: body.name.clone(),
                    holder: t.holder.clone(),
                    un_group: facts.un_group(&t.holder).unwrap_or_default(),
                    affected: facts.affected_on(&t.holder, day),
                    vacant_after: years,
                    term_cycles: seat.term_cycles,
                    working_group,
                });
            }
            found => {
                let outgoing_holder = found
                    .filter(|(_, end)| *end == day)
                    .map(|(t, _)| t.holder.clone());
                if let Some(h) = &outgoing_holder
                    && !input.outgoing.contains(h)
                    && !seat.renewable
                {
                    input.outgoing.push(h.clone());
                }
                if body.staggered && !first_round && !input.staggered.contains(&body.name) {
                    input.staggered.push(body.name.clone());
                }
                input.seats.push(VacantSeat {
                    key: seat.key.clone(),
                    body: body.name.clone(),
                    term_cycles: match seat.first_round_cycles {
                        Some(first) if first_round => first,
                        _ => seat.term_cycles,
                    },
                    renewable: seat.renewable,
                    working_group,
                    outgoing_holder,
                });
            }
        }
    }
    let mut said: Vec<&str> = Vec::new();
    for n in record
        .nominations
        .iter()
        .filter(|n| n.meeting == meeting.id)
    {
        if !n.note.is_empty() && !said.contains(&n.note.as_str()) {
            said.push(&n.note);
            notes.push(checked(
                Message::new("plan-note-nominations").text("note", &n.note),
                format!("Nominations: {}", n.note),
            ));
        }
        let name = facts.name(&n.state);
        match facts.status_on(&n.state, day) {
            ParticipationStatus::PartyInForce => {}
            ParticipationStatus::Unknown => notes.push(checked(
                Message::new("plan-note-party-unconfirmed").actor("state", &n.state, &name),
                format!(
                    "Cannot confirm that {name} is a State Party in force on the day of selection (P2.4); it is kept among the nominees."
                ),
            )),
            other => {
                notes.push(checked(
                    Message::new("plan-note-not-party")
                        .actor("state", &n.state, &name)
                        .code("status", other.slug()),
                    format!(
                        "{name} is left out: it is not a State Party in force (status: {}, P2.4).",
                        other.slug()
                    ),
                ));
                continue;
            }
        }
        let choices: Vec<(String, u8)> = n
            .choices
            .iter()
            .filter(|(k, _)| input.seats.iter().any(|s| &s.key == k))
            .cloned()
            .collect();
        if choices.len() < n.choices.len() {
            notes.push(checked(
                Message::new("plan-note-choices-left-out")
                    .actor("state", &n.state, &name)
                    .meeting("meeting", &meeting.label),
                format!(
                    "{name} chose seats that do not fall vacant at {}; those choices are left out.",
                    meeting.label
                ),
            ));
        }
        if choices.is_empty() {
            continue;
        }
        input.candidates.push(Candidate {
            state: n.state.clone(),
            name,
            un_group: facts.un_group(&n.state).unwrap_or_default(),
            affected: facts.affected_on(&n.state, day),
            choices,
        });
    }
    Ok((input, notes))
}
