//! The rotation planner: given the seats that fall vacant at a formal meeting and the States'
//! nominations, find the best slates (seat → State, or left vacant) that break no hard rule,
//! ranked by the soft goals, and prove that no better slate exists.
//!
//! Hard rules: a State takes only a seat it was nominated for; P2.6, a State whose Coordinator
//! term ends at this meeting takes no seat now (unless a person recorded the necessity, listed
//! in `cooling_off_waived`).
//!
//! Soft goals, as a penalty (lower is better), each explained in a sentence:
//! - P2.3, a seat left vacant: 1000 per seat;
//! - P2.6 looking `horizon` cycles ahead: 500 per later seat that today's slate leaves without
//!   an eligible nominee (see [`horizon`]);
//! - P2.5, a body with no Coordinator from an affected State after the meeting although an
//!   affected State was nominated for one of its seats: 100 per body;
//! - a State holding two seats at once (counting seats it keeps): 50 per extra seat;
//! - balance across UN regional groups: 10 per holder beyond an even share, the share being
//!   ⌈all seats ÷ groups present among nominees and holders⌉;
//! - nominees' preferences: (preference − 1) per State placed.
//!
//! The search is branch and bound over the vacant seats with an admissible lower bound, so the
//! slates returned are the exact best ones (`proved_optimal`); ties keep the order of discovery,
//! which is deterministic. Pure: no I/O, no clock, no randomness.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

pub mod from_record;
pub mod horizon;
#[cfg(test)]
mod tests;

/// Penalty weights.
pub const VACANCY: u32 = 1000;
pub const NO_AFFECTED: u32 = 100;
pub const TWO_SEATS: u32 = 50;
pub const OVER_SHARE: u32 = 10;
pub const LATER_UNFILLABLE: u32 = 500;

/// A seat falling vacant at the meeting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VacantSeat {
    pub key: String,
    pub body: String,
    pub term_cycles: u32,
    /// A renewable seat: its holder may be selected again for it (P2.6 does not bar that).
    #[serde(default)]
    pub renewable: bool,
}

/// A seat whose holder stays after the meeting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContinuingTerm {
    pub seat: String,
    pub body: String,
    pub holder: String,
    pub un_group: String,
    pub affected: bool,
    /// The seat falls vacant at the meeting this many cycles later (1 or more).
    pub vacant_after: u32,
    pub term_cycles: u32,
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

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanInput {
    pub seats: Vec<VacantSeat>,
    pub continuing: Vec<ContinuingTerm>,
    /// States whose Coordinator term ends at this meeting (P2.6 bars them now).
    pub outgoing: Vec<String>,
    pub candidates: Vec<Candidate>,
    /// States the P2.6 bar does not apply to: a person recorded the necessity.
    pub cooling_off_waived: Vec<String>,
    /// Later cycles to keep fillable (0: today only).
    pub horizon: u32,
    /// How many slates to return.
    pub slates: usize,
}

/// Which soft goal a penalty serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Goal {
    Vacancy,
    LaterCycle,
    AffectedState,
    TwoSeats,
    RegionalBalance,
    Preference,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub goal: Goal,
    pub penalty: u32,
    pub sentence: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slate {
    pub rank: usize,
    /// (seat, State or None for vacant), in the order of `PlanInput::seats`.
    pub assignments: Vec<(String, Option<String>)>,
    pub penalty: u32,
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub slates: Vec<Slate>,
    /// Search nodes explored.
    pub nodes: u64,
    /// The search ran to completion: no slate has a lower penalty than those returned.
    pub proved_optimal: bool,
    pub notes: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct PlanError(pub String);

/// Checks the input's shape.
fn validate(input: &PlanInput) -> Result<(), PlanError> {
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
        for (seat, pref) in &c.choices {
            if !keys.contains(seat.as_str()) {
                return Err(PlanError(format!(
                    "{} chose the seat {seat}, which does not fall vacant at this meeting",
                    c.state
                )));
            }
            if *pref == 0 {
                return Err(PlanError(format!("{}'s preferences start at 1", c.state)));
            }
        }
    }
    if input.slates == 0 {
        return Err(PlanError("ask for at least one slate".into()));
    }
    Ok(())
}

/// The State's option for a seat: candidate index and preference.
#[derive(Clone, Copy, Debug)]
struct Opt {
    candidate: usize,
    pref: u8,
}

struct Search<'a> {
    input: &'a PlanInput,
    /// Seat indexes in search order.
    order: Vec<usize>,
    options: Vec<Vec<Opt>>,
    /// Lowest local cost of each seat (by search position), and suffix sums.
    rest_min: Vec<u32>,
    share: u32,
    held: HashMap<&'a str, u32>,
    group_count: HashMap<&'a str, u32>,
    best: Vec<(u32, Vec<Option<usize>>)>,
    slate: Vec<Option<usize>>,
    nodes: u64,
    /// Per body (index into `body_names`): an affected State was nominated for one of its
    /// seats, and a continuing holder is affected.
    body_names: Vec<&'a str>,
    body_needs: Vec<bool>,
    body_kept: Vec<bool>,
    seat_body: Vec<usize>,
    seat_affected_option: Vec<bool>,
}

/// Plans the meeting's slates.
pub fn plan(input: &PlanInput) -> Result<Plan, PlanError> {
    validate(input)?;
    let barred: BTreeSet<&str> = input
        .outgoing
        .iter()
        .filter(|s| !input.cooling_off_waived.contains(s))
        .map(String::as_str)
        .collect();
    let mut options: Vec<Vec<Opt>> = vec![Vec::new(); input.seats.len()];
    for (ci, c) in input.candidates.iter().enumerate() {
        if barred.contains(c.state.as_str()) {
            continue;
        }
        for (seat, pref) in &c.choices {
            if let Some(si) = input.seats.iter().position(|s| &s.key == seat) {
                options[si].push(Opt {
                    candidate: ci,
                    pref: *pref,
                });
            }
        }
    }
    for o in &mut options {
        o.sort_by_key(|o| (o.pref, input.candidates[o.candidate].state.clone()));
    }
    let mut order: Vec<usize> = (0..input.seats.len()).collect();
    order.sort_by_key(|&i| (options[i].len(), i));
    let local_min = |i: usize| {
        options[i]
            .first()
            .map_or(VACANCY, |o| u32::from(o.pref) - 1)
    };
    let mut rest_min = vec![0; order.len() + 1];
    for pos in (0..order.len()).rev() {
        rest_min[pos] = rest_min[pos + 1] + local_min(order[pos]);
    }
    let mut groups: BTreeSet<&str> = input
        .candidates
        .iter()
        .map(|c| c.un_group.as_str())
        .collect();
    groups.extend(input.continuing.iter().map(|c| c.un_group.as_str()));
    let all_seats = u32::try_from(input.seats.len() + input.continuing.len()).unwrap_or(u32::MAX);
    let share = all_seats.div_ceil(u32::try_from(groups.len().max(1)).unwrap_or(1));
    let mut held: HashMap<&str, u32> = HashMap::new();
    let mut group_count: HashMap<&str, u32> = HashMap::new();
    for c in &input.continuing {
        *held.entry(c.holder.as_str()).or_default() += 1;
        *group_count.entry(c.un_group.as_str()).or_default() += 1;
    }
    let body_names: Vec<&str> = bodies(input).into_iter().collect();
    let body_needs = body_names
        .iter()
        .map(|b| affected_nominee_for(input, b))
        .collect();
    let body_kept = body_names
        .iter()
        .map(|b| input.continuing.iter().any(|c| c.body == *b && c.affected))
        .collect();
    let seat_body = input
        .seats
        .iter()
        .map(|s| body_names.iter().position(|b| *b == s.body).unwrap_or(0))
        .collect();
    let seat_affected_option = options
        .iter()
        .map(|o| o.iter().any(|o| input.candidates[o.candidate].affected))
        .collect();
    let mut search = Search {
        body_names,
        body_needs,
        body_kept,
        seat_body,
        seat_affected_option,
        input,
        order,
        options,
        rest_min,
        share,
        held,
        group_count,
        best: Vec::new(),
        slate: vec![None; input.seats.len()],
        nodes: 0,
    };
    search.descend(0, 0);
    let mut notes: Vec<String> = barred
        .iter()
        .map(|s| {
            format!(
                "{s}'s Coordinator term ends at this meeting: P2.6 bars it from every seat now."
            )
        })
        .collect();
    for s in &input.cooling_off_waived {
        if input.outgoing.contains(s) {
            notes.push(format!(
                "{s} may stand despite P2.6: the necessity is recorded."
            ));
        }
    }
    let mut best = std::mem::take(&mut search.best);
    best.sort_by_key(|(p, _)| *p);
    let slates = best
        .into_iter()
        .enumerate()
        .map(|(i, (penalty, slate))| {
            let (scored, reasons) = score(input, &slate);
            debug_assert_eq!(scored, penalty);
            Slate {
                rank: i + 1,
                assignments: input
                    .seats
                    .iter()
                    .zip(&slate)
                    .map(|(s, c)| (s.key.clone(), c.map(|c| input.candidates[c].state.clone())))
                    .collect(),
                penalty,
                reasons,
            }
        })
        .collect();
    Ok(Plan {
        slates,
        nodes: search.nodes,
        proved_optimal: true,
        notes,
    })
}

impl Search<'_> {
    fn worst(&self) -> Option<u32> {
        if self.best.len() < self.input.slates {
            None
        } else {
            self.best.iter().map(|(p, _)| *p).max()
        }
    }

    /// The P2.5 penalty that cannot be avoided any more, for bodies whose seats are all placed
    /// or whose open seats have no affected option.
    fn affected_bound(&self, pos: usize) -> u32 {
        let mut total = 0;
        for b in 0..self.body_names.len() {
            if !self.body_needs[b] || self.body_kept[b] {
                continue;
            }
            let placed = self.slate.iter().enumerate().any(|(si, c)| {
                self.seat_body[si] == b && c.is_some_and(|c| self.input.candidates[c].affected)
            });
            let open = self.order[pos..]
                .iter()
                .any(|&si| self.seat_body[si] == b && self.seat_affected_option[si]);
            if !placed && !open {
                total += NO_AFFECTED;
            }
        }
        total
    }

    fn descend(&mut self, pos: usize, cost: u32) {
        self.nodes += 1;
        let bound = cost + self.rest_min[pos] + self.affected_bound(pos);
        if self.worst().is_some_and(|w| bound >= w) {
            return;
        }
        if pos == self.order.len() {
            let (penalty, _) = score(self.input, &self.slate);
            if self.worst().is_some_and(|w| penalty >= w) {
                return;
            }
            if self.best.len() >= self.input.slates
                && let Some(i) = self
                    .best
                    .iter()
                    .enumerate()
                    .max_by_key(|(_, (p, _))| *p)
                    .map(|(i, _)| i)
            {
                self.best.swap_remove(i);
            }
            self.best.push((penalty, self.slate.clone()));
            return;
        }
        let si = self.order[pos];
        let options = self.options[si].clone();
        for o in options {
            let c = &self.input.candidates[o.candidate];
            let state = c.state.as_str();
            let group = c.un_group.as_str();
            let held = self.held.get(state).copied().unwrap_or(0);
            let count = self.group_count.get(group).copied().unwrap_or(0);
            let step = u32::from(o.pref) - 1
                + if held > 0 { TWO_SEATS } else { 0 }
                + if count >= self.share { OVER_SHARE } else { 0 };
            *self.held.entry(state).or_default() += 1;
            *self.group_count.entry(group).or_default() += 1;
            self.slate[si] = Some(o.candidate);
            self.descend(pos + 1, cost + step);
            self.slate[si] = None;
            *self.held.entry(state).or_default() -= 1;
            *self.group_count.entry(group).or_default() -= 1;
        }
        self.descend(pos + 1, cost + VACANCY);
    }
}

fn bodies(input: &PlanInput) -> BTreeSet<&str> {
    input.seats.iter().map(|s| s.body.as_str()).collect()
}

fn affected_nominee_for(input: &PlanInput, body: &str) -> bool {
    input.candidates.iter().any(|c| {
        c.affected
            && c.choices
                .iter()
                .any(|(k, _)| input.seats.iter().any(|s| &s.key == k && s.body == body))
    })
}

fn body_has_affected_holder(input: &PlanInput, body: &str, slate: &[Option<usize>]) -> bool {
    input
        .continuing
        .iter()
        .any(|c| c.body == body && c.affected)
        || input
            .seats
            .iter()
            .zip(slate)
            .any(|(s, c)| s.body == body && c.is_some_and(|c| input.candidates[c].affected))
}

/// The penalty of a complete slate and the sentences that explain it. This is the one
/// definition of the objective; the search's bounds never exceed it.
pub fn score(input: &PlanInput, slate: &[Option<usize>]) -> (u32, Vec<Reason>) {
    let mut reasons = Vec::new();
    let name = |c: usize| &input.candidates[c].name;
    let vacant: Vec<&str> = input
        .seats
        .iter()
        .zip(slate)
        .filter(|(_, c)| c.is_none())
        .map(|(s, _)| s.key.as_str())
        .collect();
    let later = horizon::unfillable(input, slate);
    if !later.is_empty() {
        let list: Vec<String> = later
            .iter()
            .map(|(c, k)| format!("{k} at cycle +{c}"))
            .collect();
        reasons.push(Reason {
            goal: Goal::LaterCycle,
            penalty: LATER_UNFILLABLE * u32::try_from(later.len()).unwrap_or(u32::MAX),
            sentence: format!(
                "P2.6 ahead: every nominee for {} would end a term at that meeting, so none could take the seat then.",
                list.join(", ")
            ),
        });
    }
    if !vacant.is_empty() {
        reasons.push(Reason {
            goal: Goal::Vacancy,
            penalty: VACANCY * u32::try_from(vacant.len()).unwrap_or(u32::MAX),
            sentence: format!(
                "P2.3: {} left vacant (no eligible nominee placed).",
                vacant.join(", ")
            ),
        });
    }
    for body in bodies(input) {
        if affected_nominee_for(input, body) && !body_has_affected_holder(input, body, slate) {
            let who: Vec<&str> = input
                .candidates
                .iter()
                .filter(|c| {
                    c.affected
                        && c.choices
                            .iter()
                            .any(|(k, _)| input.seats.iter().any(|s| &s.key == k && s.body == body))
                })
                .map(|c| c.name.as_str())
                .collect();
            reasons.push(Reason {
                goal: Goal::AffectedState,
                penalty: NO_AFFECTED,
                sentence: format!(
                    "P2.5: no Coordinator of {body} would be from an affected State, although {} (affected) was nominated.",
                    who.join(", ")
                ),
            });
        }
    }
    let mut held: BTreeMap<&str, u32> = BTreeMap::new();
    let mut groups: BTreeMap<&str, u32> = BTreeMap::new();
    for c in &input.continuing {
        *held.entry(c.holder.as_str()).or_default() += 1;
        *groups.entry(c.un_group.as_str()).or_default() += 1;
    }
    let mut preference = 0;
    let mut not_first = Vec::new();
    for c in slate
        .iter()
        .zip(&input.seats)
        .filter_map(|(c, s)| c.map(|c| (c, s)))
    {
        let (ci, seat) = c;
        let cand = &input.candidates[ci];
        *held.entry(cand.state.as_str()).or_default() += 1;
        *groups.entry(cand.un_group.as_str()).or_default() += 1;
        let pref = cand
            .choices
            .iter()
            .find(|(k, _)| k == &seat.key)
            .map_or(1, |(_, p)| *p);
        if pref > 1 {
            preference += u32::from(pref) - 1;
            not_first.push(format!("{} (choice {pref} for {})", name(ci), seat.key));
        }
    }
    let doubles: Vec<String> = held
        .iter()
        .filter(|(_, n)| **n > 1)
        .map(|(s, n)| format!("{s} ({n} seats)"))
        .collect();
    let extra: u32 = held.values().map(|n| n.saturating_sub(1)).sum();
    if extra > 0 {
        reasons.push(Reason {
            goal: Goal::TwoSeats,
            penalty: TWO_SEATS * extra,
            sentence: format!(
                "A State would hold two seats at once: {}.",
                doubles.join(", ")
            ),
        });
    }
    let mut all_groups: BTreeSet<&str> = input
        .candidates
        .iter()
        .map(|c| c.un_group.as_str())
        .collect();
    all_groups.extend(input.continuing.iter().map(|c| c.un_group.as_str()));
    let all_seats = u32::try_from(input.seats.len() + input.continuing.len()).unwrap_or(u32::MAX);
    let share = all_seats.div_ceil(u32::try_from(all_groups.len().max(1)).unwrap_or(1));
    let over: Vec<String> = groups
        .iter()
        .filter(|(_, n)| **n > share)
        .map(|(g, n)| format!("{g} {n}"))
        .collect();
    let over_total: u32 = groups.values().map(|n| n.saturating_sub(share)).sum();
    if over_total > 0 {
        reasons.push(Reason {
            goal: Goal::RegionalBalance,
            penalty: OVER_SHARE * over_total,
            sentence: format!(
                "Regional balance: an even share is {share} seat(s) per UN regional group; over it: {}.",
                over.join(", ")
            ),
        });
    }
    if preference > 0 {
        reasons.push(Reason {
            goal: Goal::Preference,
            penalty: preference,
            sentence: format!(
                "Not every nominee gets its first choice: {}.",
                not_first.join(", ")
            ),
        });
    }
    (reasons.iter().map(|r| r.penalty).sum(), reasons)
}
