//! Generators shared by the benchmarks and `treatydesk plan --generated`: deterministic
//! synthetic instances, labelled as such in their names. Nothing here is treaty data.

pub mod archive;

use treatydesk_domain::rotation::{Candidate, ContinuingTerm, PlanInput, VacantSeat};

const GROUPS: [&str; 5] = [
    "african",
    "asia-pacific",
    "eastern-european",
    "latin-american-caribbean",
    "weog",
];

/// A small deterministic pseudo-random sequence (no dependency, same numbers everywhere).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n.max(1)
    }
}

/// The planner's benchmark instance: `bodies` × 2 vacant seats (two-cycle terms), 4 continuing
/// terms, `states` nominees spread over the five UN regional groups (about one in five
/// affected), each choosing 2 to 4 seats with preferences, 6 of them outgoing (P2.6), looking
/// `horizon` cycles ahead, 3 slates asked for.
pub fn planner_instance(seed: u64, bodies: usize, states: usize, horizon: u32) -> PlanInput {
    let mut r = Lcg(seed);
    let seats: Vec<VacantSeat> = (0..bodies)
        .flat_map(|b| {
            (1..=2).map(move |s| VacantSeat {
                key: format!("g{b}-{s}"),
                body: format!("group {b}"),
                term_cycles: 2,
                ..VacantSeat::default()
            })
        })
        .collect();
    let candidates: Vec<Candidate> = (0..states)
        .map(|i| {
            let n = 2 + r.next(3) as usize;
            let mut choices: Vec<(String, u8)> = Vec::new();
            while choices.len() < n.min(seats.len()) {
                let key = &seats[r.next(seats.len() as u64) as usize].key;
                if !choices.iter().any(|(k, _)| k == key) {
                    let pref = u8::try_from(choices.len() + 1).unwrap_or(u8::MAX);
                    choices.push((key.clone(), pref));
                }
            }
            Candidate {
                state: format!("X{i:03}"),
                name: format!("Generated State {i}"),
                un_group: GROUPS[r.next(5) as usize].to_string(),
                affected: r.next(5) == 0,
                choices,
            }
        })
        .collect();
    let continuing = (0..4)
        .map(|i| ContinuingTerm {
            seat: format!("k{i}"),
            body: format!("group {}", i % bodies.max(1)),
            holder: format!("X{:03}", states + i),
            un_group: GROUPS[i % 5].to_string(),
            affected: i == 0,
            vacant_after: 1,
            term_cycles: 2,
            working_group: None,
        })
        .collect();
    let outgoing = (0..6).map(|i| format!("X{:03}", i * 7)).collect();
    PlanInput {
        seats,
        continuing,
        outgoing,
        candidates,
        cooling_off_waived: Vec::new(),
        horizon,
        slates: 3,
        ..PlanInput::default()
    }
}
