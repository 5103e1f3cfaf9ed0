//! Synthetic planner instances for the bench and the property tests: families of generated
//! meetings with fixed seeds, labelled as such (States `X000`…, bodies "group 0"…). Nothing
//! here is treaty data and the product never plans them; they exist so that anyone can rerun
//! the same hard cases. Deterministic: the same family, seed and size give the same input.

use super::{Candidate, ContinuingTerm, PlanInput, VacantSeat};

const UN_GROUPS: [&str; 5] = [
    "african",
    "asia-pacific",
    "eastern-european",
    "latin-american-caribbean",
    "weog",
];

/// A family of generated instances.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// Many nominees, each choosing 2 to 4 seats: today's bench instance.
    Easy,
    /// Few nominees per seat (about one and a half per seat), several outgoing.
    Tight,
    /// As easy, plus seats no nominee can take (one nobody chose, one only outgoing States chose).
    Solo,
    /// Nearly every nominee from one UN regional group, few affected.
    Skewed,
    /// Bodies of one to three seats, terms of one to three cycles, renewable thematic seats
    /// inside group 0, staggered bodies and continuing terms, switches varied.
    Varied,
}

impl Family {
    pub const ALL: [Family; 5] = [
        Family::Easy,
        Family::Tight,
        Family::Solo,
        Family::Skewed,
        Family::Varied,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Family::Easy => "easy",
            Family::Tight => "tight",
            Family::Solo => "solo",
            Family::Skewed => "skewed",
            Family::Varied => "varied",
        }
    }
}

/// A small deterministic pseudo-random sequence (no dependency, same numbers everywhere).
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n.max(1)
    }
}

/// One instance of `family` with about `seats` vacant seats, `states` nominees, looking
/// `horizon` cycles ahead, 3 slates asked for. The shape is the one `from_record` builds:
/// outgoing States are the holders of seats falling vacant (`outgoing_holder`), those of
/// seats that are not renewable also listed in `outgoing`.
pub fn generate(family: Family, seed: u64, seats: usize, states: usize, horizon: u32) -> PlanInput {
    let mut r = Lcg(seed ^ (family as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let seats_wanted = seats.max(1);
    let mut vacant: Vec<VacantSeat> = Vec::new();
    let mut staggered = Vec::new();
    let mut b = 0;
    while vacant.len() < seats_wanted {
        let size = match family {
            Family::Varied => 1 + r.next(3) as usize,
            _ => 2,
        }
        .min(seats_wanted - vacant.len());
        let body = format!("group {b}");
        let thematic = family == Family::Varied && b > 0 && size == 1 && r.next(3) == 0;
        if size == 2 && (family != Family::Varied || r.next(2) == 0) && r.next(3) == 0 {
            staggered.push(body.clone());
        }
        for s in 1..=size {
            let term = match family {
                Family::Varied if thematic => 1,
                Family::Varied => 1 + r.next(3) as u32,
                _ => 2,
            };
            vacant.push(VacantSeat {
                key: format!("g{b}-{s}"),
                body: body.clone(),
                term_cycles: term,
                renewable: thematic,
                working_group: thematic.then(|| "group 0".to_string()),
                outgoing_holder: None,
            });
        }
        b += 1;
    }
    let bodies = b;
    let mut solo_keys = Vec::new();
    if family == Family::Solo {
        for (i, k) in ["solo-1", "solo-2"].iter().enumerate() {
            vacant.push(VacantSeat {
                key: (*k).to_string(),
                body: format!("solo {i}"),
                term_cycles: 2,
                ..VacantSeat::default()
            });
            solo_keys.push((*k).to_string());
        }
    }
    let states = states.max(1);
    let skew = family == Family::Skewed;
    let choosable: Vec<&VacantSeat> = vacant
        .iter()
        .filter(|s| !solo_keys.contains(&s.key))
        .collect();
    let mut candidates: Vec<Candidate> = (0..states)
        .map(|i| {
            let n = match family {
                Family::Tight => 1 + r.next(2) as usize,
                _ => 2 + r.next(3) as usize,
            };
            let mut choices: Vec<(String, u8)> = Vec::new();
            let mut tries = 0;
            while choices.len() < n.min(choosable.len()) && tries < 50 {
                tries += 1;
                let key = &choosable[r.next(choosable.len() as u64) as usize].key;
                if !choices.iter().any(|(k, _)| k == key) {
                    let pref = u8::try_from(choices.len() + 1).unwrap_or(u8::MAX);
                    choices.push((key.clone(), pref));
                }
            }
            let un = if skew && r.next(10) < 8 {
                UN_GROUPS[4]
            } else {
                UN_GROUPS[r.next(5) as usize]
            };
            Candidate {
                state: format!("X{i:03}"),
                name: format!("Generated State {i}"),
                un_group: un.to_string(),
                affected: r.next(if skew { 12 } else { 5 }) == 0,
                choices,
            }
        })
        .collect();
    // Outgoing holders: about one seat in three (fewer for many States), some of them nominees.
    let mut outgoing = Vec::new();
    let mut holders: Vec<String> = Vec::new();
    for (i, s) in vacant.iter_mut().enumerate() {
        if solo_keys.contains(&s.key) || r.next(3) != 0 {
            continue;
        }
        let holder = if r.next(2) == 0 {
            format!("X{:03}", r.next(states as u64))
        } else {
            format!("Y{i:03}")
        };
        if holders.contains(&holder) {
            continue;
        }
        holders.push(holder.clone());
        if !s.renewable {
            outgoing.push(holder.clone());
        }
        s.outgoing_holder = Some(holder);
    }
    // Solo: the second solo seat is chosen only by outgoing nominees (P2.6 necessity).
    if family == Family::Solo {
        for c in candidates
            .iter_mut()
            .filter(|c| outgoing.contains(&c.state))
        {
            let pref = u8::try_from(c.choices.len() + 1).unwrap_or(u8::MAX);
            c.choices.push(("solo-2".to_string(), pref));
        }
    }
    let varied = family == Family::Varied;
    let continuing = (0..4.min(bodies))
        .filter_map(|i| {
            let term = 2 + r.next(2) as u32;
            if varied && r.next(2) == 0 {
                return None;
            }
            Some(ContinuingTerm {
                seat: format!("k{i}"),
                body: format!("group {i}"),
                holder: format!("Z{i:03}"),
                un_group: UN_GROUPS[i % 5].to_string(),
                affected: i == 0,
                vacant_after: 1 + r.next(u64::from(term - 1)) as u32,
                term_cycles: term,
                working_group: None,
            })
        })
        .collect();
    PlanInput {
        seats: vacant,
        continuing,
        outgoing,
        candidates,
        cooling_off_waived: Vec::new(),
        horizon,
        slates: 3,
        staggered,
        cooling_off: !varied || r.next(8) != 0,
        affected_preference: !varied || r.next(8) != 0,
    }
}

/// The sizes the bench runs for a family: (seats, States, horizon), up to 20 × 200 × 6.
pub fn sizes(family: Family) -> Vec<(usize, usize, u32)> {
    match family {
        Family::Easy => vec![(10, 120, 6), (10, 120, 0), (20, 200, 6), (14, 55, 5)],
        Family::Tight => vec![(10, 14, 6), (10, 18, 2), (16, 24, 4), (20, 30, 6)],
        Family::Solo => vec![(10, 18, 2), (10, 26, 2), (10, 60, 2), (20, 200, 6)],
        Family::Skewed => vec![(10, 60, 2), (14, 100, 4), (20, 200, 6)],
        Family::Varied => vec![(8, 31, 2), (12, 60, 4), (16, 120, 6), (20, 200, 6)],
    }
}
