//! The horizon goal of the rotation planner: today's slate should not make a later meeting
//! unable to fill a seat under P2.6.
//!
//! Precisely: today's slate bars its holders at the meeting where their new terms end (and the
//! continuing holders at the meeting where theirs end). For each later cycle up to the horizon,
//! a seat falling vacant then, whose body has nominees, is *made unfillable* when every nominee
//! of its body (anyone who chose a seat of that body today, assumed to stand again for any seat
//! of it) ends a Coordinator term at that same meeting; the holder of a renewable seat may
//! renew it. Bars that depend on later choices are
//! left to the later meetings. The count is computed exactly in one pass over the cycles.

use std::collections::BTreeSet;

use super::PlanInput;

/// (cycle, seat) pairs that today's slate leaves without an eligible nominee.
pub fn unfillable(input: &PlanInput, slate: &[Option<usize>]) -> Vec<(u32, String)> {
    let mut out = Vec::new();
    if input.horizon == 0 {
        return out;
    }
    // Holders whose term ends at each cycle, as today's slate and the continuing terms decide.
    let ending = |cycle: u32| -> BTreeSet<&str> {
        let mut set: BTreeSet<&str> = input
            .seats
            .iter()
            .zip(slate)
            .filter(|(s, c)| c.is_some() && s.term_cycles == cycle)
            .filter_map(|(_, c)| c.map(|c| input.candidates[c].state.as_str()))
            .collect();
        set.extend(
            input
                .continuing
                .iter()
                .filter(|c| c.vacant_after == cycle)
                .map(|c| c.holder.as_str()),
        );
        set
    };
    let pool = |body: &str| -> Vec<&str> {
        input
            .candidates
            .iter()
            .filter(|c| {
                c.choices
                    .iter()
                    .any(|(k, _)| input.seats.iter().any(|s| &s.key == k && s.body == body))
            })
            .map(|c| c.state.as_str())
            .collect()
    };
    for cycle in 1..=input.horizon {
        let barred = ending(cycle);
        if barred.is_empty() {
            continue;
        }
        // (seat, body, the holder a renewable seat may keep)
        let mut due: Vec<(&str, &str, Option<&str>)> = input
            .seats
            .iter()
            .zip(slate)
            .filter(|(s, c)| c.is_some() && cycle % s.term_cycles == 0)
            .map(|(s, c)| {
                let keeps = c
                    .filter(|_| s.renewable && s.term_cycles == cycle)
                    .map(|c| input.candidates[c].state.as_str());
                (s.key.as_str(), s.body.as_str(), keeps)
            })
            .collect();
        due.extend(
            input
                .continuing
                .iter()
                .filter(|c| {
                    cycle >= c.vacant_after && (cycle - c.vacant_after) % c.term_cycles == 0
                })
                .map(|c| (c.seat.as_str(), c.body.as_str(), None)),
        );
        for (seat, body, keeps) in due {
            let nominees = pool(body);
            if !nominees.is_empty()
                && nominees
                    .iter()
                    .all(|n| barred.contains(n) && Some(*n) != keeps)
            {
                out.push((cycle, seat.to_string()));
            }
        }
    }
    out
}
