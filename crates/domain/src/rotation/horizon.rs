//! The horizon goal of the rotation planner: today's slate should not make a later meeting
//! unable to fill a seat under P2.6.
//!
//! Precisely: today's slate bars its holders at the meeting where their new terms end (and the
//! continuing holders at the meeting where theirs end). For each later cycle up to the horizon,
//! a seat falling vacant then, whose body has nominees, is *made unfillable* when every nominee
//! of its body (anyone who chose a seat of that body today, assumed to stand again for any seat
//! of it) ends a Coordinator term at that same meeting; the holder of a renewable seat may
//! renew it. Bars that depend on later choices are left to the later meetings. The count only
//! grows as seats are filled (a partial slate's count is a lower bound of any completion's),
//! which the search uses. Pure; never reads anything but its input.

use std::collections::BTreeMap;

use super::PlanInput;

/// The nominee pools of an input, by index, computed once.
pub(crate) struct Ahead {
    pools: Vec<Vec<usize>>,
    seat_pool: Vec<usize>,
    cont_pool: Vec<usize>,
    /// The candidate index of each continuing holder, when it is a nominee.
    cont_cand: Vec<Option<usize>>,
}

impl Ahead {
    pub fn new(input: &PlanInput) -> Self {
        let mut bodies: BTreeMap<&str, usize> = BTreeMap::new();
        let mut pools: Vec<Vec<usize>> = Vec::new();
        let mut id = |b: &str, pools: &mut Vec<Vec<usize>>| -> usize {
            if let Some(i) = bodies.get(b) {
                return *i;
            }
            pools.push(Vec::new());
            let i = pools.len() - 1;
            bodies.insert(
                input
                    .seats
                    .iter()
                    .map(|s| s.body.as_str())
                    .chain(input.continuing.iter().map(|c| c.body.as_str()))
                    .find(|x| *x == b)
                    .unwrap_or(""),
                i,
            );
            i
        };
        let seat_pool: Vec<usize> = input
            .seats
            .iter()
            .map(|s| id(&s.body, &mut pools))
            .collect();
        let cont_pool: Vec<usize> = input
            .continuing
            .iter()
            .map(|c| id(&c.body, &mut pools))
            .collect();
        for (ci, c) in input.candidates.iter().enumerate() {
            for (k, _) in &c.choices {
                if let Some(si) = input.seats.iter().position(|s| &s.key == k) {
                    let p = &mut pools[seat_pool[si]];
                    if !p.contains(&ci) {
                        p.push(ci);
                    }
                }
            }
        }
        let cont_cand = input
            .continuing
            .iter()
            .map(|t| input.candidates.iter().position(|c| c.state == t.holder))
            .collect();
        Ahead {
            pools,
            seat_pool,
            cont_pool,
            cont_cand,
        }
    }

    /// Calls `found(cycle, seat key)` for each later seat the (partial) slate leaves without an
    /// eligible nominee; unplaced seats count as not filled.
    pub fn each(
        &self,
        input: &PlanInput,
        slate: &[Option<usize>],
        mut found: impl FnMut(u32, &str),
    ) {
        if input.horizon == 0 {
            return;
        }
        let mut barred = vec![false; input.candidates.len()];
        for cycle in 1..=input.horizon {
            barred.iter_mut().for_each(|b| *b = false);
            let mut any = false;
            for (s, c) in input.seats.iter().zip(slate) {
                if let Some(c) = c
                    && s.term_cycles == cycle
                {
                    barred[*c] = true;
                    any = true;
                }
            }
            for (t, c) in input.continuing.iter().zip(&self.cont_cand) {
                if t.vacant_after == cycle {
                    any = true;
                    if let Some(c) = c {
                        barred[*c] = true;
                    }
                }
            }
            if !any {
                continue;
            }
            let all_barred = |pool: usize, keeps: Option<usize>| {
                let p = &self.pools[pool];
                !p.is_empty() && p.iter().all(|n| barred[*n] && Some(*n) != keeps)
            };
            for (si, (s, c)) in input.seats.iter().zip(slate).enumerate() {
                let Some(c) = c else { continue };
                if cycle % s.term_cycles != 0 {
                    continue;
                }
                let keeps = (s.renewable && s.term_cycles == cycle).then_some(*c);
                if all_barred(self.seat_pool[si], keeps) {
                    found(cycle, &s.key);
                }
            }
            for (ti, t) in input.continuing.iter().enumerate() {
                if cycle >= t.vacant_after
                    && (cycle - t.vacant_after) % t.term_cycles == 0
                    && all_barred(self.cont_pool[ti], None)
                {
                    found(cycle, &t.seat);
                }
            }
        }
    }
}

/// (cycle, seat) pairs that today's slate leaves without an eligible nominee.
pub fn unfillable(input: &PlanInput, slate: &[Option<usize>]) -> Vec<(u32, String)> {
    let mut out = Vec::new();
    Ahead::new(input).each(input, slate, |c, k| out.push((c, k.to_string())));
    out
}
