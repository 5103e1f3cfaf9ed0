//! The rotation planner: given the seats that fall vacant at a formal meeting and the States'
//! nominations, find the best slates (seat → State, or left vacant) that break no hard rule,
//! ranked by the soft goals, and prove that no better slate exists (or, past the deadline, say
//! how far from proved the best slate found may be).
//!
//! The planner reads the same rules as [`crate::rules`]: the input built by [`from_record`]
//! carries each seat's term for this appointment (the first-round term in the first round of a
//! version, P2.5), the staggered bodies whose two seats may not both be filled at this meeting,
//! the renewable seats' outgoing holders, and the architecture's `cooling_off` and
//! `affected_preference` switches. A "group" is a Working Group; a thematic area inside a group
//! (P2.2, `working_group`) belongs to that group, not to a group of its own.
//!
//! The objective is lexicographic, in this order (each tier outweighs everything below it; the
//! weights are powers of ten chosen so that no lower tier can add up to one unit of a higher one
//! within the input limits [`validate`] enforces):
//! 1. Hard rules, never broken by a slate: a State takes only a seat it was nominated for
//!    (P2.4, from_record leaves out nominees that are not States Parties); a seat's term is the
//!    input's (P2.5 term and first round); at most one seat of a staggered body is filled after
//!    the first round (P2.5 stagger); one State holds at most one seat of a group, counting the
//!    holders who stay (P2.1 "one or two Coordinators"); P2.6, a State whose Coordinator term ends
//!    at this meeting takes no seat (a renewable seat's holder may renew that seat), unless a
//!    person recorded the necessity (`cooling_off_waived`), or unless it is the only kind of
//!    nominee a seat has: then the slate offers it, flagged as a P2.6 warning needing a recorded
//!    necessity (see tier 3), rather than leaving the seat silently vacant.
//! 2. P2.3, fill the seats: [`VACANCY`] per seat left vacant.
//! 3. P2.6 necessity: [`NECESSITY`] per outgoing State seated because no other nominee could
//!    take that seat.
//! 4. P2.5, an affected Coordinator in each group: [`NO_AFFECTED`] per group with no Coordinator
//!    from an affected State after the meeting although an affected State was nominated for it.
//! 5. The look-ahead, P2.6 `horizon` cycles ahead: [`LATER_UNFILLABLE`] per later seat that
//!    today's slate leaves without an eligible nominee (see [`horizon`]).
//! 6. Preferences and balance: (preference − 1) per State placed; [`TWO_SEATS`] per extra seat a
//!    State holds at once (in different groups); [`OVER_SHARE`] per holder beyond an even share of
//!    the UN regional groups, the share being ⌈all seats ÷ groups present among nominees and
//!    holders⌉.
//!
//! The search ([`search`]) is branch and bound with a lower bound that counts, for the seats
//! still open, an exact minimum-cost assignment per group (vacancies, necessities, the group's
//! affected Coordinator and preferences) with the regional shares and second seats priced by
//! Lagrangian multipliers, or a minimum-cost flow over all groups where that is larger, and
//! the later seats already made unfillable. Every call has a deadline
//! ([`DEFAULT_DEADLINE`] unless the caller gives one). Ties keep the order of discovery, which is
//! deterministic. No I/O and no randomness; the only outside input is the monotonic clock read
//! for the deadline.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::finding::{ActorName, Message, Problem, checked};

pub mod families;
pub mod from_record;
pub mod horizon;
pub mod search;
#[cfg(test)]
mod tests;

/// Penalty weights, one per tier of the objective (see the module doc).
pub const VACANCY: u64 = 1_000_000_000_000_000;
pub const NECESSITY: u64 = 1_000_000_000_000;
pub const NO_AFFECTED: u64 = 1_000_000_000;
pub const LATER_UNFILLABLE: u64 = 100_000;
pub const TWO_SEATS: u64 = 50;
pub const OVER_SHARE: u64 = 10;

/// The deadline of a call that gives none (a page or API request).
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(2);

/// Input limits that keep the tiers of the objective apart.
pub const MAX_SEATS: usize = 200;
pub const MAX_CONTINUING: usize = 400;
pub const MAX_CANDIDATES: usize = 2000;
pub const MAX_HORIZON: u32 = 12;
pub const MAX_SLATES: usize = 50;

fn yes() -> bool {
    true
}

/// A seat falling vacant at the meeting.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VacantSeat {
    pub key: String,
    pub body: String,
    /// The term this meeting's appointment gets (the first-round term in a first round).
    pub term_cycles: u32,
    /// A renewable seat: its holder may be selected again for it (P2.6 does not bar that).
    #[serde(default)]
    pub renewable: bool,
    /// The Working Group the body sits inside (P2.2: the thematic areas inside group (a)); the
    /// body is its own group when absent.
    #[serde(default)]
    pub working_group: Option<String>,
    /// The State whose term on this seat ends at this meeting, if any (P2.6 bars it from every
    /// other seat; a renewable seat it may renew).
    #[serde(default)]
    pub outgoing_holder: Option<String>,
}

impl VacantSeat {
    /// The group the seat counts in (P2.1, P2.5).
    pub fn group(&self) -> &str {
        self.working_group.as_deref().unwrap_or(&self.body)
    }
}

/// A seat whose holder stays after the meeting.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContinuingTerm {
    pub seat: String,
    pub body: String,
    pub holder: String,
    pub un_group: String,
    pub affected: bool,
    /// The seat falls vacant at the meeting this many cycles later (1 or more).
    pub vacant_after: u32,
    pub term_cycles: u32,
    /// As [`VacantSeat::working_group`].
    #[serde(default)]
    pub working_group: Option<String>,
}

impl ContinuingTerm {
    pub fn group(&self) -> &str {
        self.working_group.as_deref().unwrap_or(&self.body)
    }
}

/// A nominee: the seats it would take, each with a preference (1 = first choice).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub state: String,
    pub name: String,
    pub un_group: String,
    pub affected: bool,
    pub choices: Vec<(String, u8)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanInput {
    pub seats: Vec<VacantSeat>,
    pub continuing: Vec<ContinuingTerm>,
    /// States whose Coordinator term on a seat that is not renewable ends at this meeting (P2.6
    /// bars them from every seat now). Renewable seats name theirs in `outgoing_holder`.
    pub outgoing: Vec<String>,
    pub candidates: Vec<Candidate>,
    /// States the P2.6 bar does not apply to: a person recorded the necessity.
    pub cooling_off_waived: Vec<String>,
    /// Later cycles to keep fillable (0: today only).
    pub horizon: u32,
    /// How many slates to return.
    pub slates: usize,
    /// Bodies (by `body`) whose seats are staggered and not in their first round: at most one
    /// of their seats is filled at this meeting (P2.5).
    #[serde(default)]
    pub staggered: Vec<String>,
    /// The architecture's P2.6 switch.
    #[serde(default = "yes")]
    pub cooling_off: bool,
    /// The architecture's P2.5 affected-State switch.
    #[serde(default = "yes")]
    pub affected_preference: bool,
}

impl Default for PlanInput {
    fn default() -> Self {
        PlanInput {
            seats: Vec::new(),
            continuing: Vec::new(),
            outgoing: Vec::new(),
            candidates: Vec::new(),
            cooling_off_waived: Vec::new(),
            horizon: 0,
            slates: 1,
            staggered: Vec::new(),
            cooling_off: true,
            affected_preference: true,
        }
    }
}

/// Which goal a penalty serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Goal {
    Vacancy,
    Necessity,
    AffectedState,
    LaterCycle,
    TwoSeats,
    RegionalBalance,
    Preference,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub goal: Goal,
    pub penalty: u64,
    /// The English sentence (the CLI's, the API's).
    pub sentence: String,
    /// The same as a message (`plan-reason-*` in `locales/*/plan.ftl`), for other languages.
    #[serde(flatten)]
    pub message: Message,
}

impl Reason {
    fn new(goal: Goal, penalty: u64, message: Message, sentence: String) -> Reason {
        let said = checked(message, sentence);
        Reason {
            goal,
            penalty,
            sentence: said.sentence,
            message: said.message,
        }
    }
}

/// What the planner notes beside its slates (who was left out and why, what binds this
/// meeting): the English sentence and its message, shaped as a refusal's problem is.
pub type Note = Problem;

/// Items a reason lists (`plan-item-*` messages), and their English, joined as the English
/// file joins nested messages.
fn items(list: Vec<(Message, String)>) -> (Vec<Message>, String) {
    let english = list
        .iter()
        .map(|(_, e)| e.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    (list.into_iter().map(|(m, _)| m).collect(), english)
}

/// The English name of a UN regional group by its slug, as `plan-group` writes it.
fn group_name(slug: &str) -> String {
    match crate::actor::UnGroup::from_slug(slug) {
        Some(crate::actor::UnGroup::African) => "African Group".into(),
        Some(crate::actor::UnGroup::AsiaPacific) => "Asia-Pacific Group".into(),
        Some(crate::actor::UnGroup::EasternEuropean) => "Eastern European Group".into(),
        Some(crate::actor::UnGroup::LatinAmericanAndCaribbean) => {
            "Latin American and Caribbean Group".into()
        }
        Some(crate::actor::UnGroup::WesternEuropeanAndOthers) => {
            "Western European and Others Group".into()
        }
        None => slug.to_string(),
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slate {
    pub rank: usize,
    /// (seat, State or None for vacant), in the order of `PlanInput::seats`.
    pub assignments: Vec<(String, Option<String>)>,
    pub penalty: u64,
    pub reasons: Vec<Reason>,
    /// States this slate seats although P2.6 bars them: each needs a recorded necessity.
    #[serde(default)]
    pub needs_necessity: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub slates: Vec<Slate>,
    /// Search nodes explored.
    pub nodes: u64,
    /// The search ran to completion: no slate has a lower penalty than those returned.
    pub proved_optimal: bool,
    /// A proven lower bound on the best slate's penalty (equal to it when proved).
    pub lower_bound: u64,
    /// How much better than the first slate the best slate may be (0 when proved).
    pub gap: u64,
    /// Time spent, in microseconds.
    pub micros: u64,
    /// The deadline the call had, in milliseconds.
    pub deadline_ms: u64,
    pub notes: Vec<Note>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct PlanError(pub String);

/// Checks the input's shape and limits.
pub fn validate(input: &PlanInput) -> Result<(), PlanError> {
    if input.seats.len() > MAX_SEATS
        || input.continuing.len() > MAX_CONTINUING
        || input.candidates.len() > MAX_CANDIDATES
    {
        return Err(PlanError(format!(
            "the planner takes at most {MAX_SEATS} vacant seats, {MAX_CONTINUING} continuing terms and {MAX_CANDIDATES} nominees"
        )));
    }
    if input.horizon > MAX_HORIZON {
        return Err(PlanError(format!(
            "look at most {MAX_HORIZON} cycles ahead"
        )));
    }
    let mut keys = BTreeSet::new();
    for s in &input.seats {
        if !keys.insert(s.key.as_str()) {
            return Err(PlanError(format!("the seat {} is listed twice", s.key)));
        }
        if s.term_cycles == 0 {
            return Err(PlanError(format!(
                "the seat {} has a term of 0 cycles",
                s.key
            )));
        }
    }
    for c in &input.continuing {
        if c.vacant_after == 0 || c.term_cycles == 0 {
            return Err(PlanError(format!(
                "the continuing term of {} on {} must end 1 or more cycles later",
                c.holder, c.seat
            )));
        }
    }
    let mut states = BTreeSet::new();
    for c in &input.candidates {
        if !states.insert(c.state.as_str()) {
            return Err(PlanError(format!(
                "{} is nominated twice; merge its choices",
                c.state
            )));
        }
        let mut chosen = BTreeSet::new();
        for (seat, pref) in &c.choices {
            if !keys.contains(seat.as_str()) {
                return Err(PlanError(format!(
                    "{} chose the seat {seat}, which does not fall vacant at this meeting",
                    c.state
                )));
            }
            if !chosen.insert(seat.as_str()) {
                return Err(PlanError(format!(
                    "{} chose the seat {seat} twice",
                    c.state
                )));
            }
            if *pref == 0 {
                return Err(PlanError(format!("{}'s preferences start at 1", c.state)));
            }
        }
    }
    if input.slates == 0 || input.slates > MAX_SLATES {
        return Err(PlanError(format!("ask for 1 to {MAX_SLATES} slates")));
    }
    Ok(())
}

/// The index of `name` in `names`, added at the end when new.
pub(crate) fn intern<'x>(name: &'x str, names: &mut Vec<&'x str>) -> usize {
    match names.iter().position(|x| *x == name) {
        Some(i) => i,
        None => {
            names.push(name);
            names.len() - 1
        }
    }
}

/// The hard rules and fixed facts of one input, by index, shared by the score, the check of a
/// slate and the search.
pub(crate) struct Model<'a> {
    pub input: &'a PlanInput,
    /// Per seat: (candidate, preference, needs a necessity), in candidate order.
    pub nominees: Vec<Vec<(usize, u8, bool)>>,
    /// Per seat: its group's index in `groups`.
    pub seat_group: Vec<usize>,
    pub groups: Vec<&'a str>,
    /// Per seat: the index of its staggered body in `input.staggered`, if any.
    pub seat_stagger: Vec<Option<usize>>,
    /// Per candidate and group: a continuing holder there already.
    pub continuing_in: Vec<Vec<bool>>,
    /// Per group: an affected State was nominated for one of its seats (and the switch is on).
    pub group_needs: Vec<bool>,
    /// Per group: a continuing holder is affected.
    pub group_kept: Vec<bool>,
}

impl<'a> Model<'a> {
    pub fn new(input: &'a PlanInput) -> Self {
        let mut groups: Vec<&str> = Vec::new();
        let seat_group: Vec<usize> = input
            .seats
            .iter()
            .map(|s| intern(s.group(), &mut groups))
            .collect();
        let cont_group: Vec<usize> = input
            .continuing
            .iter()
            .map(|c| intern(c.group(), &mut groups))
            .collect();
        let seat_index: BTreeMap<&str, usize> = input
            .seats
            .iter()
            .enumerate()
            .map(|(i, s)| (s.key.as_str(), i))
            .collect();
        let waived: BTreeSet<&str> = input
            .cooling_off_waived
            .iter()
            .map(String::as_str)
            .collect();
        let outgoing: BTreeSet<&str> = input.outgoing.iter().map(String::as_str).collect();
        // P2.6: is the State barred from seat `si`?
        let barred = |state: &str, si: usize| -> bool {
            if !input.cooling_off || waived.contains(state) {
                return false;
            }
            if outgoing.contains(state) {
                return true;
            }
            input.seats.iter().enumerate().any(|(k, s)| {
                s.outgoing_holder.as_deref() == Some(state) && !(k == si && s.renewable)
            })
        };
        let mut all: Vec<Vec<(usize, u8, bool)>> = vec![Vec::new(); input.seats.len()];
        for (ci, c) in input.candidates.iter().enumerate() {
            for (key, pref) in &c.choices {
                if let Some(&si) = seat_index.get(key.as_str()) {
                    all[si].push((ci, *pref, barred(&c.state, si)));
                }
            }
        }
        // Where every nominee of a seat is barred, each may take it with a recorded necessity;
        // elsewhere the barred ones are left out.
        let nominees = all
            .into_iter()
            .map(|list| {
                if list.iter().all(|(_, _, b)| *b) {
                    list
                } else {
                    list.into_iter().filter(|(_, _, b)| !*b).collect()
                }
            })
            .collect();
        let seat_stagger = input
            .seats
            .iter()
            .map(|s| input.staggered.iter().position(|b| *b == s.body))
            .collect();
        let mut continuing_in = vec![vec![false; groups.len()]; input.candidates.len()];
        for (ci, c) in input.candidates.iter().enumerate() {
            for (t, g) in input.continuing.iter().zip(&cont_group) {
                if t.holder == c.state {
                    continuing_in[ci][*g] = true;
                }
            }
        }
        let mut group_needs = vec![false; groups.len()];
        if input.affected_preference {
            for c in input.candidates.iter().filter(|c| c.affected) {
                for (key, _) in &c.choices {
                    if let Some(&si) = seat_index.get(key.as_str()) {
                        group_needs[seat_group[si]] = true;
                    }
                }
            }
        }
        let mut group_kept = vec![false; groups.len()];
        for (t, g) in input.continuing.iter().zip(&cont_group) {
            if t.affected {
                group_kept[*g] = true;
            }
        }
        Model {
            input,
            nominees,
            seat_group,
            groups,
            seat_stagger,
            continuing_in,
            group_needs,
            group_kept,
        }
    }

    /// The option of candidate `c` on seat `si`: (preference, needs a necessity), if allowed.
    pub fn option(&self, si: usize, c: usize) -> Option<(u8, bool)> {
        self.nominees[si]
            .iter()
            .find(|(x, _, _)| *x == c)
            .map(|(_, p, n)| (*p, *n))
    }

    /// Why the slate breaks a hard rule, if it does.
    pub fn violation(&self, slate: &[Option<usize>]) -> Option<String> {
        let input = self.input;
        if slate.len() != input.seats.len() {
            return Some("the slate does not list every seat".into());
        }
        let mut in_group: BTreeSet<(usize, usize)> = BTreeSet::new();
        let mut stagger_filled: BTreeSet<usize> = BTreeSet::new();
        for (si, c) in slate.iter().enumerate() {
            let Some(c) = *c else { continue };
            let Some(cand) = input.candidates.get(c) else {
                return Some(format!("seat {}: no such nominee", input.seats[si].key));
            };
            let seat = &input.seats[si];
            if self.option(si, c).is_none() {
                return Some(format!(
                    "{} may not take {}: not nominated for it, or barred by P2.6 while another nominee can take it",
                    cand.state, seat.key
                ));
            }
            let g = self.seat_group[si];
            if self.continuing_in[c][g] || !in_group.insert((c, g)) {
                return Some(format!(
                    "{} would hold two seats of {} (one State per group)",
                    cand.state, self.groups[g]
                ));
            }
            if let Some(b) = self.seat_stagger[si]
                && !stagger_filled.insert(b)
            {
                return Some(format!(
                    "both seats of {} would be filled at one meeting after the first round (P2.5)",
                    seat.body
                ));
            }
        }
        None
    }

    /// Has group `g` an affected Coordinator after the meeting, with this slate?
    fn group_has_affected(&self, g: usize, slate: &[Option<usize>]) -> bool {
        self.group_kept[g]
            || slate.iter().enumerate().any(|(si, c)| {
                self.seat_group[si] == g && c.is_some_and(|c| self.input.candidates[c].affected)
            })
    }

    /// The regional share: ⌈all seats ÷ UN regional groups present⌉.
    pub fn share(&self) -> u32 {
        let input = self.input;
        let mut all_groups: BTreeSet<&str> = input
            .candidates
            .iter()
            .map(|c| c.un_group.as_str())
            .collect();
        all_groups.extend(input.continuing.iter().map(|c| c.un_group.as_str()));
        let all_seats =
            u32::try_from(input.seats.len() + input.continuing.len()).unwrap_or(u32::MAX);
        all_seats.div_ceil(u32::try_from(all_groups.len().max(1)).unwrap_or(1))
    }

    /// The penalty of a complete slate and the sentences that explain it.
    pub fn score(&self, slate: &[Option<usize>]) -> (u64, Vec<Reason>) {
        let input = self.input;
        let mut reasons = Vec::new();
        let name = |c: usize| &input.candidates[c].name;
        let count = |n: usize| u64::try_from(n).unwrap_or(u64::MAX);
        let vacant: Vec<(Message, String)> = input
            .seats
            .iter()
            .zip(slate)
            .filter(|(_, c)| c.is_none())
            .map(|(s, _)| {
                (
                    Message::new("plan-item-seat").seat("seat", &s.key),
                    s.key.clone(),
                )
            })
            .collect();
        if !vacant.is_empty() {
            let n = vacant.len();
            let (list, english) = items(vacant);
            reasons.push(Reason::new(
                Goal::Vacancy,
                VACANCY * count(n),
                Message::new("plan-reason-vacant").messages("seats", list),
                format!("P2.3: {english} left vacant (no eligible nominee placed)."),
            ));
        }
        let necessary: Vec<(Message, String)> = slate
            .iter()
            .enumerate()
            .filter_map(|(si, c)| {
                let c = (*c)?;
                let seat = &input.seats[si].key;
                self.option(si, c).filter(|(_, n)| *n).map(|_| {
                    (
                        Message::new("plan-item-state-for-seat")
                            .actor("state", &input.candidates[c].state, name(c))
                            .seat("seat", seat),
                        format!("{} for {seat}", name(c)),
                    )
                })
            })
            .collect();
        if !necessary.is_empty() {
            let n = necessary.len();
            let (list, english) = items(necessary);
            reasons.push(Reason::new(
                Goal::Necessity,
                NECESSITY * count(n),
                Message::new("plan-reason-necessity").messages("items", list),
                format!(
                    "P2.6: only States whose Coordinator term ends at this meeting were nominated, so {english} would serve the term immediately following; this needs a recorded necessity."
                ),
            ));
        }
        for g in 0..self.groups.len() {
            if self.group_needs[g] && !self.group_has_affected(g, slate) {
                let who: Vec<ActorName> = input
                    .candidates
                    .iter()
                    .filter(|c| {
                        c.affected
                            && c.choices.iter().any(|(k, _)| {
                                input
                                    .seats
                                    .iter()
                                    .any(|s| &s.key == k && s.group() == self.groups[g])
                            })
                    })
                    .map(|c| ActorName {
                        code: c.state.clone(),
                        name: c.name.clone(),
                    })
                    .collect();
                let names = who
                    .iter()
                    .map(|a| a.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                reasons.push(Reason::new(
                    Goal::AffectedState,
                    NO_AFFECTED,
                    Message::new("plan-reason-no-affected")
                        .body("body", self.groups[g])
                        .actors("who", who),
                    format!(
                        "P2.5: no Coordinator of {} would be from an affected State, although {names} (affected) was nominated.",
                        self.groups[g],
                    ),
                ));
            }
        }
        let later = horizon::unfillable(input, slate);
        if !later.is_empty() {
            let (list, english) = items(
                later
                    .iter()
                    .map(|(c, k)| {
                        (
                            Message::new("plan-item-seat-at-cycle")
                                .seat("seat", k)
                                .number("cycle", i64::from(*c)),
                            format!("{k} at cycle +{c}"),
                        )
                    })
                    .collect(),
            );
            reasons.push(Reason::new(
                Goal::LaterCycle,
                LATER_UNFILLABLE * count(later.len()),
                Message::new("plan-reason-later-cycle").messages("items", list),
                format!(
                    "P2.6 ahead: every nominee for {english} would end a term at that meeting, so none could take the seat then."
                ),
            ));
        }
        let mut held: BTreeMap<&str, u64> = BTreeMap::new();
        let mut groups: BTreeMap<&str, u64> = BTreeMap::new();
        for c in &input.continuing {
            *held.entry(c.holder.as_str()).or_default() += 1;
            *groups.entry(c.un_group.as_str()).or_default() += 1;
        }
        let mut preference = 0;
        let mut not_first = Vec::new();
        for (si, c) in slate.iter().enumerate() {
            let Some(ci) = *c else { continue };
            let cand = &input.candidates[ci];
            let seat = &input.seats[si];
            *held.entry(cand.state.as_str()).or_default() += 1;
            *groups.entry(cand.un_group.as_str()).or_default() += 1;
            let pref = self.option(si, ci).map_or(1, |(p, _)| p);
            if pref > 1 {
                preference += u64::from(pref) - 1;
                not_first.push((
                    Message::new("plan-item-choice")
                        .actor("state", &cand.state, name(ci))
                        .number("choice", i64::from(pref))
                        .seat("seat", &seat.key),
                    format!("{} (choice {pref} for {})", name(ci), seat.key),
                ));
            }
        }
        let doubles: Vec<(Message, String)> = held
            .iter()
            .filter(|(_, n)| **n > 1)
            .map(|(s, n)| {
                let named = input
                    .candidates
                    .iter()
                    .find(|c| c.state == *s)
                    .map_or(*s, |c| c.name.as_str());
                (
                    Message::new("plan-item-state-seats")
                        .actor("state", s, named)
                        .number("count", i64::try_from(*n).unwrap_or(i64::MAX)),
                    format!("{named} ({n} seats)"),
                )
            })
            .collect();
        let extra: u64 = held.values().map(|n| n.saturating_sub(1)).sum();
        if extra > 0 {
            let (list, english) = items(doubles);
            reasons.push(Reason::new(
                Goal::TwoSeats,
                TWO_SEATS * extra,
                Message::new("plan-reason-two-seats").messages("items", list),
                format!("A State would hold two seats at once: {english}."),
            ));
        }
        let share = u64::from(self.share());
        let over: Vec<(Message, String)> = groups
            .iter()
            .filter(|(_, n)| **n > share)
            .map(|(g, n)| {
                (
                    Message::new("plan-item-group-seats")
                        .code("group", g)
                        .number("count", i64::try_from(*n).unwrap_or(i64::MAX)),
                    format!("{} {n}", group_name(g)),
                )
            })
            .collect();
        let over_total: u64 = groups.values().map(|n| n.saturating_sub(share)).sum();
        if over_total > 0 {
            let (list, english) = items(over);
            let seats = if share == 1 { "seat" } else { "seats" };
            reasons.push(Reason::new(
                Goal::RegionalBalance,
                OVER_SHARE * over_total,
                Message::new("plan-reason-regional-balance")
                    .number("share", i64::try_from(share).unwrap_or(i64::MAX))
                    .messages("items", list),
                format!(
                    "Regional balance: an even share is {share} {seats} per UN regional group; over it: {english}."
                ),
            ));
        }
        if preference > 0 {
            let (list, english) = items(not_first);
            reasons.push(Reason::new(
                Goal::Preference,
                preference,
                Message::new("plan-reason-preference").messages("items", list),
                format!("Not every nominee gets its first choice: {english}."),
            ));
        }
        (reasons.iter().map(|r| r.penalty).sum(), reasons)
    }
}

/// A State's name as the nominations give it, its code when it is not a nominee.
fn candidate_name<'a>(input: &'a PlanInput, state: &'a str) -> &'a str {
    input
        .candidates
        .iter()
        .find(|c| c.state == state)
        .map_or(state, |c| c.name.as_str())
}

/// Why a complete slate (candidate index per seat) breaks a hard rule, if it does. The search
/// proposes only slates for which this is `None`.
pub fn violation(input: &PlanInput, slate: &[Option<usize>]) -> Option<String> {
    Model::new(input).violation(slate)
}

/// The penalty of a complete slate and the sentences that explain it. This is the one
/// definition of the objective; the search's bounds never exceed it.
pub fn score(input: &PlanInput, slate: &[Option<usize>]) -> (u64, Vec<Reason>) {
    Model::new(input).score(slate)
}

/// Plans the meeting's slates within [`DEFAULT_DEADLINE`].
pub fn plan(input: &PlanInput) -> Result<Plan, PlanError> {
    plan_within(input, DEFAULT_DEADLINE)
}

/// Plans the meeting's slates, stopping at `deadline` with the best found so far, the proven
/// lower bound and the gap.
pub fn plan_within(input: &PlanInput, deadline: Duration) -> Result<Plan, PlanError> {
    validate(input)?;
    let model = Model::new(input);
    let outcome = search::run(&model, deadline);
    let mut notes: Vec<Note> = Vec::new();
    if input.cooling_off {
        let mut said = BTreeSet::new();
        for s in &input.outgoing {
            if !input.cooling_off_waived.contains(s) && said.insert(s.as_str()) {
                notes.push(checked(
                    Message::new("plan-note-outgoing").actor("state", s, candidate_name(input, s)),
                    format!(
                        "{}'s Coordinator term ends at this meeting: P2.6 bars it from every seat now, unless no other nominee can take one.",
                        candidate_name(input, s)
                    ),
                ));
            }
        }
        for seat in &input.seats {
            if let Some(h) = &seat.outgoing_holder
                && !input.cooling_off_waived.contains(h)
                && said.insert(h.as_str())
            {
                notes.push(checked(
                    Message::new("plan-note-outgoing-seat")
                        .actor("state", h, candidate_name(input, h))
                        .seat("seat", &seat.key)
                        .flag("renewable", seat.renewable),
                    format!(
                        "{}'s Coordinator term on {} ends at this meeting: P2.6 bars it from every other seat now{}.",
                        candidate_name(input, h),
                        seat.key,
                        if seat.renewable { " (it may renew this one)" } else { "" }
                    ),
                ));
            }
        }
        for s in &input.cooling_off_waived {
            if input.outgoing.contains(s)
                || input
                    .seats
                    .iter()
                    .any(|k| k.outgoing_holder.as_ref() == Some(s))
            {
                notes.push(checked(
                    Message::new("plan-note-necessity-recorded").actor(
                        "state",
                        s,
                        candidate_name(input, s),
                    ),
                    format!(
                        "{} may stand despite P2.6: the necessity is recorded.",
                        candidate_name(input, s)
                    ),
                ));
            }
        }
    }
    for b in &input.staggered {
        if input.seats.iter().filter(|s| &s.body == b).count() > 1 {
            notes.push(checked(
                Message::new("plan-note-staggered").body("body", b),
                format!(
                    "P2.5: the seats of {b} are staggered, so only one of them may be filled at this meeting."
                ),
            ));
        }
    }
    let slates: Vec<Slate> = outcome
        .best
        .iter()
        .enumerate()
        .map(|(i, (penalty, slate))| {
            let (scored, reasons) = model.score(slate);
            debug_assert_eq!(scored, *penalty);
            Slate {
                rank: i + 1,
                assignments: input
                    .seats
                    .iter()
                    .zip(slate)
                    .map(|(s, c)| (s.key.clone(), c.map(|c| input.candidates[c].state.clone())))
                    .collect(),
                penalty: scored,
                reasons,
                needs_necessity: slate
                    .iter()
                    .enumerate()
                    .filter_map(|(si, c)| {
                        let c = (*c)?;
                        model
                            .option(si, c)
                            .filter(|(_, n)| *n)
                            .map(|_| input.candidates[c].state.clone())
                    })
                    .collect(),
            }
        })
        .collect();
    let best = slates.first().map_or(0, |s| s.penalty);
    let lower_bound = if outcome.complete {
        best
    } else {
        outcome.lower_bound.min(best)
    };
    if !outcome.complete {
        let ms = i64::try_from(deadline.as_millis()).unwrap_or(i64::MAX);
        let nodes = i64::try_from(outcome.nodes).unwrap_or(i64::MAX);
        let gap = i64::try_from(best - lower_bound).unwrap_or(i64::MAX);
        notes.push(checked(
            Message::new("plan-note-not-proved")
                .number("ms", ms)
                .number("nodes", nodes)
                .number("gap", gap),
            format!(
                "Not proved optimal: the search stopped at its deadline of {ms} ms after {nodes} nodes; the best slate may be up to {gap} better than the first one shown."
            ),
        ));
    }
    Ok(Plan {
        slates,
        nodes: outcome.nodes,
        proved_optimal: outcome.complete,
        lower_bound,
        gap: best - lower_bound,
        micros: u64::try_from(outcome.elapsed.as_micros()).unwrap_or(u64::MAX),
        deadline_ms: u64::try_from(deadline.as_millis()).unwrap_or(u64::MAX),
        notes,
    })
}
