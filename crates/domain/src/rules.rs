//! The rules of Proposals 2 and 3 as checks. Each check is one small function that cites its
//! clause and returns findings: a severity, the clause, the records concerned and one plain
//! sentence. "When possible" and "except when necessary" give warnings that a person may override
//! with a written justification kept with the appointment; an overridden finding is still
//! reported, marked with its override. Checks read the record and the facts; they never write and
//! never do I/O.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::calendar::format_date;
pub use crate::finding::{ActorName, Arg, Message};
use crate::office::{Appointment, Override, Post, Record, Term};
use crate::participation::ParticipationStatus;

/// How serious a finding is (SPEC: error, warning, info). Errors break a rule; warnings ask a
/// person to look (and may be overridden with a justification); info tells what the system
/// worked out for itself, breaks nothing and never blocks a write.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn slug(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// A record a finding is about.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "kebab-case")]
pub enum Concerns {
    Appointment(i64),
    Seat(String),
    Body(String),
    Meeting(i64),
}

/// One finding of one rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub severity: Severity,
    pub clause: String,
    pub concerns: Vec<Concerns>,
    /// The English sentence (the CLI's and the API's), made from the same data as `message`.
    pub sentence: String,
    /// What the sentence says as a message id and typed arguments, for other languages.
    #[serde(flatten)]
    pub message: Message,
    /// A person may set this finding aside with a justification.
    pub overridable: bool,
    pub overridden: Option<Override>,
}

impl Finding {
    pub(crate) fn new(
        severity: Severity,
        clause: &str,
        concerns: Vec<Concerns>,
        message: Message,
        sentence: String,
    ) -> Self {
        #[cfg(test)]
        crate::finding::english::check(&message, &sentence);
        Finding {
            severity,
            clause: clause.to_string(),
            concerns,
            sentence,
            message,
            overridable: false,
            overridden: None,
        }
    }

    /// A warning that a justification recorded on `appointment` may set aside.
    fn overridable(
        clause: &str,
        a: &Appointment,
        mut concerns: Vec<Concerns>,
        message: Message,
        sentence: String,
    ) -> Self {
        concerns.insert(0, Concerns::Appointment(a.id));
        #[cfg(test)]
        crate::finding::english::check(&message, &sentence);
        Finding {
            severity: Severity::Warning,
            clause: clause.to_string(),
            concerns,
            sentence,
            message,
            overridable: true,
            overridden: a.override_for(clause).cloned(),
        }
    }

    /// Does this finding still stand (not set aside by an override)?
    pub fn stands(&self) -> bool {
        self.overridden.is_none()
    }
}

/// What the rules need to know about actors, from outside the record.
pub trait Facts {
    /// The actor's name, for sentences.
    fn name(&self, actor: &str) -> String;
    /// Is the actor a State? `None` when the actor is unknown.
    fn is_state(&self, actor: &str) -> Option<bool>;
    /// The State's participation status on `date`.
    fn status_on(&self, state: &str, date: Date) -> ParticipationStatus;
    /// Is the State affected (contaminated) on `date`, by its profile?
    fn affected_on(&self, state: &str, date: Date) -> bool;
    /// The actor's UN regional group (for the planner's balance), when known.
    fn un_group(&self, actor: &str) -> Option<String> {
        let _ = actor;
        None
    }
}

/// Every finding on the record, as of `today` (vacancies are judged up to that day).
pub fn check(record: &Record, facts: &dyn Facts, today: Date) -> Vec<Finding> {
    let terms = record.terms();
    let mut out = Vec::new();
    out.extend(p2_3_vacant_seats(record, &terms, today));
    for a in &record.appointments {
        out.extend(term_computable(record, a));
        out.extend(p2_4_holder_and_selection(record, a, facts));
        out.extend(p2_5_term_length(record, a, facts));
        out.extend(p2_6_cooling_off(record, &terms, a, facts));
    }
    out.extend(p2_5_staggered(record, facts));
    out.extend(p2_5_affected_state(record, &terms, facts));
    out
}

fn seat_of(a: &Appointment) -> Option<&str> {
    match &a.post {
        Post::Seat(k) => Some(k),
        Post::Office(_) => None,
    }
}

fn date(d: Date) -> String {
    format_date(d)
}

/// The record must let every term be computed (dates of the meetings it depends on).
fn term_computable(record: &Record, a: &Appointment) -> Option<Finding> {
    let why = record.term(a).err()?;
    Some(Finding::new(
        Severity::Error,
        "P2.5",
        vec![Concerns::Appointment(a.id)],
        Message::new("finding-p2-5-term-not-computable")
            .seat("post", a.post.key())
            .text("why", why.to_string()),
        format!("The term of {} cannot be worked out: {why}.", a.post.key()),
    ))
}

/// P2.3: every seat of the architecture in force has a holder. One finding per seat and per
/// stretch of days without one, from the day the seat first exists up to `today` (a seat that
/// carries over into a new version keeps one history).
pub fn p2_3_vacant_seats(record: &Record, terms: &[Term], today: Date) -> Vec<Finding> {
    let arch = &record.architecture;
    // The periods in which each seat exists, merged across consecutive versions.
    let mut periods: Vec<(String, String, String, String, Date, Option<Date>)> = Vec::new();
    for v in &arch.versions {
        let end = arch.version_end(v);
        for (body, seat) in v.seats() {
            match periods
                .iter_mut()
                .find(|p| p.0 == seat.key && p.5 == Some(v.effective_on))
            {
                Some(p) => {
                    p.5 = end;
                    p.1.clone_from(&seat.title);
                    p.2.clone_from(&body.name);
                }
                None => periods.push((
                    seat.key.clone(),
                    seat.title.clone(),
                    body.name.clone(),
                    body.key.clone(),
                    v.effective_on,
                    end,
                )),
            }
        }
    }
    let mut out = Vec::new();
    for (key, title, body_name, body_key, from, end) in periods {
        let until = end.map_or(today, |e| e.min(today));
        if from >= until {
            continue;
        }
        let post = Post::Seat(key.clone());
        let mut held: Vec<(Date, Option<Date>)> = terms
            .iter()
            .filter(|t| t.post == post)
            .map(|t| (t.start, t.end.date()))
            .collect();
        held.sort();
        let mut cursor = from;
        let mut gaps = Vec::new();
        for (start, stop) in held {
            if start > cursor && cursor < until {
                gaps.push((cursor, start.min(until)));
            }
            cursor = match stop {
                None => Date::MAX,
                Some(stop) => cursor.max(stop),
            };
        }
        if cursor < until {
            gaps.push((cursor, until));
        }
        for (gap_from, gap_to) in gaps {
            let base = |id: &str| {
                Message::new(id)
                    .seat("title", &title)
                    .seat("seat", &key)
                    .body("body", &body_name)
                    .date("from", gap_from)
            };
            let (span, message) = if gap_to == today && end.is_none_or(|e| e > today) {
                (
                    format!("has been vacant since {}", date(gap_from)),
                    base("finding-p2-3-vacant-since"),
                )
            } else {
                (
                    format!("was vacant from {} to {}", date(gap_from), date(gap_to)),
                    base("finding-p2-3-vacant-from-to").date("to", gap_to),
                )
            };
            out.push(Finding::new(
                Severity::Warning,
                "P2.3",
                vec![
                    Concerns::Seat(key.clone()),
                    Concerns::Body(body_key.clone()),
                ],
                message,
                format!("{title} seat {key} of {body_name} {span} (no appointment on record)."),
            ));
        }
    }
    out
}

/// P2.4: the holder of a seat is a State Party in force on the term's first day, selected by a
/// formal meeting allowed to select, and the appointment cites a decision of that meeting.
pub fn p2_4_holder_and_selection(
    record: &Record,
    a: &Appointment,
    facts: &dyn Facts,
) -> Vec<Finding> {
    const CLAUSE: &str = "P2.4";
    let mut out = Vec::new();
    if seat_of(a).is_none() {
        return out;
    }
    let who = facts.name(&a.holder);
    let msg = |id: &str| Message::new(id).actor("who", &a.holder, &who);
    let concerns = || vec![Concerns::Appointment(a.id)];
    match facts.is_state(&a.holder) {
        Some(true) => {}
        Some(false) => out.push(Finding::new(
            Severity::Error,
            CLAUSE,
            concerns(),
            msg("finding-p2-4-not-a-state"),
            format!("{who} is not a State; a Coordinator is from a State Party."),
        )),
        None => out.push(Finding::new(
            Severity::Error,
            CLAUSE,
            concerns(),
            Message::new("finding-p2-4-not-in-registry").text("code", &a.holder),
            format!("\"{}\" is not in the registry of States.", a.holder),
        )),
    }
    let meeting = a.selected_at.and_then(|id| record.meeting(id));
    if let (Ok(term), Some(true)) = (record.term(a), facts.is_state(&a.holder)) {
        let first = term.start;
        match facts.status_on(&a.holder, first) {
            ParticipationStatus::PartyInForce => {}
            ParticipationStatus::Unknown => out.push(Finding::new(
                Severity::Warning,
                CLAUSE,
                concerns(),
                msg("finding-p2-4-party-unconfirmed").date("date", first),
                format!(
                    "Cannot confirm that {who} was a State Party in force on {}, the first day of its term: its participation is not on record for that date.",
                    date(first)
                ),
            )),
            other => out.push(Finding::new(
                Severity::Error,
                CLAUSE,
                concerns(),
                msg("finding-p2-4-not-party")
                    .date("date", first)
                    .code("status", other.slug()),
                format!(
                    "{who} was not a State Party in force on {}, the first day of its term (status: {}).",
                    date(first),
                    other.slug()
                ),
            )),
        }
    }
    let Some(meeting) = meeting else {
        out.push(Finding::new(
            Severity::Error,
            CLAUSE,
            concerns(),
            msg("finding-p2-4-no-selecting-meeting"),
            format!("The appointment of {who} names no meeting that selected it."),
        ));
        return out;
    };
    let may_select = record
        .architecture
        .version_on(meeting.closes_on.or(meeting.opens_on).unwrap_or(Date::MIN))
        .and_then(|v| v.meeting_rule(meeting.kind))
        .is_some_and(|r| r.selects);
    if !may_select {
        out.push(Finding::new(
            Severity::Error,
            CLAUSE,
            vec![Concerns::Appointment(a.id), Concerns::Meeting(meeting.id)],
            msg("finding-p2-4-meeting-does-not-select").meeting("meeting", &meeting.label),
            format!(
                "{who} was selected by {}, which is not a meeting that selects Coordinators (a Meeting of States Parties or a Review Conference).",
                meeting.label
            ),
        ));
    }
    match a.decision.and_then(|id| record.decision(id)) {
        Some(d) if d.meeting == meeting.id => {}
        Some(d) => out.push(Finding::new(
            Severity::Error,
            CLAUSE,
            concerns(),
            msg("finding-p2-4-decision-of-other-meeting")
                .text("decision", d.number.to_string())
                .meeting("meeting", &meeting.label),
            format!(
                "The appointment of {who} cites decision {} of another meeting, not of {}.",
                d.number, meeting.label
            ),
        )),
        None => out.push(Finding::new(
            Severity::Error,
            CLAUSE,
            concerns(),
            msg("finding-p2-4-no-decision").meeting("meeting", &meeting.label),
            format!(
                "The appointment of {who} by {} cites no decision of that meeting.",
                meeting.label
            ),
        )),
    }
    out
}

/// Is `a` made in the first round of the version in force (at the meeting that adopted it), for
/// a body whose seats declare a shorter first-round term?
fn first_round(record: &Record, a: &Appointment) -> bool {
    let (Some(key), Ok(term)) = (seat_of(a), record.term(a)) else {
        return false;
    };
    record.architecture.version_on(term.start).is_some_and(|v| {
        v.effective_on == term.start
            && v.seat(key)
                .is_some_and(|(body, _)| body.seats.iter().any(|s| s.first_round_cycles.is_some()))
    })
}

/// P2.5 (term length): a term lasts the seat's number of cycles; in the first round a staggered
/// seat's term is the shorter first-round term.
pub fn p2_5_term_length(record: &Record, a: &Appointment, facts: &dyn Facts) -> Vec<Finding> {
    let Some(key) = seat_of(a) else {
        return Vec::new();
    };
    let Ok(term) = record.term(a) else {
        return Vec::new();
    };
    let Some(version) = record.architecture.version_on(term.start) else {
        return vec![Finding::new(
            Severity::Error,
            "P2.5",
            vec![Concerns::Appointment(a.id)],
            Message::new("finding-p2-5-before-architecture")
                .actor("who", &a.holder, &facts.name(&a.holder))
                .date("date", term.start),
            format!(
                "{}'s term starts on {}, before the architecture took effect.",
                facts.name(&a.holder),
                date(term.start)
            ),
        )];
    };
    let Some((body, seat)) = version.seat(key) else {
        return vec![Finding::new(
            Severity::Error,
            "P2.5",
            vec![Concerns::Appointment(a.id)],
            Message::new("finding-p2-5-no-such-seat")
                .seat("seat", key)
                .number("version", i64::from(version.version)),
            format!(
                "There is no seat \"{key}\" in version {} of the architecture.",
                version.version
            ),
        )];
    };
    let expected = match seat.first_round_cycles {
        Some(first) if first_round(record, a) => first,
        _ => seat.term_cycles,
    };
    let given = a.cycles.unwrap_or(0);
    if given == expected {
        return Vec::new();
    }
    let first_round_why = Some(expected) == seat.first_round_cycles;
    let message = Message::new(if first_round_why {
        "finding-p2-5-term-length-first-round"
    } else {
        "finding-p2-5-term-length"
    })
    .actor("who", &a.holder, &facts.name(&a.holder))
    .body("body", &body.name)
    .seat("seat", &seat.title)
    .number("given", i64::from(given))
    .number("expected", i64::from(expected));
    let why = if first_round_why {
        format!(
            "in the first round this seat serves {expected} cycle(s) so that the two terms of {} alternate",
            body.name
        )
    } else {
        format!("the architecture in force gives this seat terms of {expected} cycle(s)")
    };
    vec![Finding::new(
        Severity::Error,
        "P2.5",
        vec![Concerns::Appointment(a.id), Concerns::Seat(key.to_string())],
        message,
        format!(
            "{}'s term on {} as {} lasts {given} cycle(s), but {why}.",
            facts.name(&a.holder),
            body.name,
            seat.title
        ),
    )]
}

/// P2.5 (staggered seats): the two seats of a staggered body are not filled at the same meeting,
/// except in the first round.
pub fn p2_5_staggered(record: &Record, facts: &dyn Facts) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut seen = std::collections::BTreeMap::<(i64, String), Vec<&Appointment>>::new();
    for a in &record.appointments {
        let (Some(key), Some(meeting), Ok(term)) = (seat_of(a), a.selected_at, record.term(a))
        else {
            continue;
        };
        let Some(version) = record.architecture.version_on(term.start) else {
            continue;
        };
        let Some((body, _)) = version.seat(key) else {
            continue;
        };
        if body.staggered && !first_round(record, a) {
            seen.entry((meeting, body.key.clone())).or_default().push(a);
        }
    }
    for ((meeting, body_key), list) in seen {
        let mut seats: Vec<&str> = list.iter().filter_map(|a| seat_of(a)).collect();
        seats.sort_unstable();
        seats.dedup();
        if seats.len() < 2 {
            continue;
        }
        let label = record
            .meeting(meeting)
            .map_or("one meeting".to_string(), |m| m.label.clone());
        let names: Vec<String> = list.iter().map(|a| facts.name(&a.holder)).collect();
        let message = Message::new("finding-p2-5-staggered")
            .body("body", &body_key)
            .meeting("meeting", &label)
            .actors(
                "holders",
                list.iter()
                    .zip(&names)
                    .map(|(a, name)| ActorName {
                        code: a.holder.clone(),
                        name: name.clone(),
                    })
                    .collect(),
            );
        let mut concerns: Vec<Concerns> =
            list.iter().map(|a| Concerns::Appointment(a.id)).collect();
        concerns.push(Concerns::Body(body_key.clone()));
        out.push(Finding::new(
            Severity::Error,
            "P2.5",
            concerns,
            message,
            format!(
                "Both seats of {body_key} were filled at {label} ({}); after the first round the two terms start in alternating cycles.",
                names.join(", ")
            ),
        ));
    }
    out
}

/// P2.5 (affected State): when possible, one Coordinator of each group is from an affected State
/// Party. At each meeting that fills a seat of a body with this preference, if none of the
/// body's holders is affected while an affected State was nominated for it, warn.
pub fn p2_5_affected_state(record: &Record, terms: &[Term], facts: &dyn Facts) -> Vec<Finding> {
    let mut out = Vec::new();
    for a in &record.appointments {
        let (Some(key), Some(meeting), Ok(term)) = (seat_of(a), a.selected_at, record.term(a))
        else {
            continue;
        };
        let Some(version) = record.architecture.version_on(term.start) else {
            continue;
        };
        if !version.rules.affected_preference {
            continue;
        }
        let Some((body, _)) = version.seat(key) else {
            continue;
        };
        // One finding per body and meeting: report it on the first appointment of the body there.
        let first_here = record
            .appointments
            .iter()
            .filter(|b| b.selected_at == Some(meeting))
            .find(|b| seat_of(b).is_some_and(|k| body.seats.iter().any(|s| s.key == k)));
        if first_here.map(|b| b.id) != Some(a.id) {
            continue;
        }
        let day = term.start;
        let holders: Vec<&Term> = terms
            .iter()
            .filter(|t| t.covers(day))
            .filter(|t| matches!(&t.post, Post::Seat(k) if body.seats.iter().any(|s| &s.key == k)))
            .collect();
        if holders.iter().any(|t| facts.affected_on(&t.holder, day)) {
            continue;
        }
        let affected: Vec<ActorName> = record
            .nominations
            .iter()
            .filter(|n| n.meeting == meeting)
            .filter(|n| {
                n.choices
                    .iter()
                    .any(|(k, _)| body.seats.iter().any(|s| &s.key == k))
            })
            .filter(|n| facts.affected_on(&n.state, day))
            .map(|n| ActorName {
                code: n.state.clone(),
                name: facts.name(&n.state),
            })
            .collect();
        let affected_nominees: Vec<String> = affected.iter().map(|n| n.name.clone()).collect();
        if affected_nominees.is_empty() {
            continue;
        }
        let label = record
            .meeting(meeting)
            .map_or(String::new(), |m| m.label.clone());
        out.push(Finding::overridable(
            "P2.5",
            a,
            vec![Concerns::Body(body.key.clone()), Concerns::Meeting(meeting)],
            Message::new("finding-p2-5-affected-state")
                .meeting("meeting", &label)
                .body("body", &body.name)
                .actors("nominees", affected),
            format!(
                "After {label}, no Coordinator of {} is from an affected State Party, although {} (affected) was nominated.",
                body.name,
                affected_nominees.join(", ")
            ),
        ));
    }
    out
}

/// P2.6: except when necessary, a State whose Coordinator term ends at a meeting does not take
/// any Coordinator seat at that meeting (the term immediately following). A renewal of the same
/// renewable seat is allowed.
pub fn p2_6_cooling_off(
    record: &Record,
    terms: &[Term],
    a: &Appointment,
    facts: &dyn Facts,
) -> Option<Finding> {
    let key = seat_of(a)?;
    let term = record.term(a).ok()?;
    let version = record.architecture.version_on(term.start)?;
    if !version.rules.cooling_off {
        return None;
    }
    let (_, seat) = version.seat(key)?;
    if !seat.coordinator {
        return None;
    }
    let previous = terms.iter().find(|t| {
        t.appointment != a.id
            && t.holder == a.holder
            && t.end.date() == Some(term.start)
            && match &t.post {
                Post::Seat(k) => {
                    let same_renewable = k == key && seat.renewable;
                    let coordinator = version.seat(k).is_none_or(|(_, s)| s.coordinator);
                    coordinator && !same_renewable
                }
                Post::Office(_) => false,
            }
    })?;
    let label = a
        .selected_at
        .and_then(|id| record.meeting(id))
        .map_or(String::new(), |m| m.label.clone());
    Some(Finding::overridable(
        "P2.6",
        a,
        vec![Concerns::Appointment(previous.appointment)],
        Message::new("finding-p2-6-cooling-off")
            .actor("who", &a.holder, &facts.name(&a.holder))
            .seat("previous", previous.post.key())
            .meeting("meeting", &label)
            .seat("seat", key),
        format!(
            "{} provided a Coordinator ({}) for the term that ended at {label}, and takes {} for the term immediately following; this needs a recorded necessity.",
            facts.name(&a.holder),
            previous.post.key(),
            key
        ),
    ))
}
