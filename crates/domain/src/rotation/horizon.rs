//! The horizon check of the rotation planner: does today's slate leave every later cycle
//! fillable under P2.6?
//!
//! Precisely: for cycles 1..=horizon, each seat falls vacant when its term ends (a seat left
//! vacant today is filled at cycle 1) and must be filled by a nominee of its body (anyone who
//! chose a seat of that body today is assumed to stand again for any seat of it) who does not
//! end a Coordinator term at that same meeting. No waivers are assumed for later meetings. A
//! seat whose body has no nominee at all cannot be filled whatever is chosen today, so it is not
//! held against today's slate. The check is an exhaustive search with memoisation: a slate is
//! refused only when no sequence of later appointments keeps every cycle filled.

use std::collections::{BTreeSet, HashMap};

use super::PlanInput;

/// One seat's current holder and the cycle its term ends.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Held {
    seat: usize,
    holder: Option<usize>,
    ends_at: u32,
}

struct Check<'a> {
    input: &'a PlanInput,
    /// For each seat (today's vacant seats, then continuing ones): body pool and term length.
    pools: Vec<Vec<usize>>,
    terms: Vec<u32>,
    memo: HashMap<(u32, Vec<Held>), bool>,
}

/// Candidate index of a State name, for continuing holders (who may not be nominees).
fn holder_index(input: &PlanInput, state: &str) -> Option<usize> {
    input.candidates.iter().position(|c| c.state == state)
}

/// Is every later cycle up to the horizon fillable after `slate` (candidate index per seat)?
pub fn fillable(input: &PlanInput, slate: &[Option<usize>]) -> bool {
    let mut pools = Vec::new();
    let mut terms = Vec::new();
    let mut held = Vec::new();
    let pool_of = |body: &str| -> Vec<usize> {
        let keys: BTreeSet<&str> = input
            .seats
            .iter()
            .filter(|s| s.body == body)
            .map(|s| s.key.as_str())
            .collect();
        input
            .candidates
            .iter()
            .enumerate()
            .filter(|(_, c)| c.choices.iter().any(|(k, _)| keys.contains(k.as_str())))
            .map(|(i, _)| i)
            .collect()
    };
    for (i, (seat, c)) in input.seats.iter().zip(slate).enumerate() {
        pools.push(pool_of(&seat.body));
        terms.push(seat.term_cycles);
        held.push(Held {
            seat: i,
            holder: *c,
            ends_at: if c.is_some() { seat.term_cycles } else { 1 },
        });
    }
    // Continuing holders who are not nominees still bar themselves; give them an index past
    // the candidates so they never fill a seat.
    let mut outsiders: Vec<&str> = Vec::new();
    for c in &input.continuing {
        let i = pools.len();
        pools.push(pool_of(&c.body));
        terms.push(c.term_cycles);
        let holder = holder_index(input, &c.holder).or_else(|| {
            let pos = outsiders
                .iter()
                .position(|o| *o == c.holder)
                .unwrap_or_else(|| {
                    outsiders.push(&c.holder);
                    outsiders.len() - 1
                });
            Some(input.candidates.len() + pos)
        });
        held.push(Held {
            seat: i,
            holder,
            ends_at: c.vacant_after,
        });
    }
    let mut check = Check {
        input,
        pools,
        terms,
        memo: HashMap::new(),
    };
    check.cycle_on(1, held)
}

impl Check<'_> {
    fn cycle_on(&mut self, cycle: u32, mut held: Vec<Held>) -> bool {
        if cycle > self.input.horizon {
            return true;
        }
        held.sort();
        let key = (cycle, held.clone());
        if let Some(ok) = self.memo.get(&key) {
            return *ok;
        }
        let barred: BTreeSet<usize> = held
            .iter()
            .filter(|h| h.ends_at == cycle)
            .filter_map(|h| h.holder)
            .collect();
        let due: Vec<usize> = held
            .iter()
            .enumerate()
            .filter(|(_, h)| h.ends_at == cycle && !self.pools[h.seat].is_empty())
            .map(|(i, _)| i)
            .collect();
        // Seats with no nominee at all stay vacant whatever happens; move them on a cycle.
        for h in held.iter_mut().filter(|h| h.ends_at == cycle) {
            if self.pools[h.seat].is_empty() {
                h.holder = None;
                h.ends_at = cycle + 1;
            }
        }
        let ok = self.fill(cycle, &barred, &due, 0, &mut held);
        self.memo.insert(key, ok);
        ok
    }

    fn fill(
        &mut self,
        cycle: u32,
        barred: &BTreeSet<usize>,
        due: &[usize],
        k: usize,
        held: &mut Vec<Held>,
    ) -> bool {
        let Some(&i) = due.get(k) else {
            return self.cycle_on(cycle + 1, held.clone());
        };
        let seat = held[i].seat;
        let pool = self.pools[seat].clone();
        let before = held[i].clone();
        for c in pool.into_iter().filter(|c| !barred.contains(c)) {
            held[i] = Held {
                seat,
                holder: Some(c),
                ends_at: cycle + self.terms[seat],
            };
            if self.fill(cycle, barred, due, k + 1, held) {
                held[i] = before;
                return true;
            }
        }
        held[i] = before;
        false
    }
}
