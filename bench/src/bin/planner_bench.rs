//! The rotation planner's bench of hard families (issue 20): every family of
//! `treatydesk_domain::rotation::families` at its sizes (up to 20 seats × 200 States × 6
//! cycles), 10 fixed seeds each, then the three hard instances of the tracker
//! (`crates/domain/tests/data/planner/`). Prints, per family and size, the median and the maximum
//! time and nodes, and how many answers were proved optimal within the deadline.
//!
//! ```bash
//! cargo run --release -p treatydesk-bench --bin planner-bench            # deadline 10 s
//! PLANNER_DEADLINE_MS=2000 PLANNER_SEEDS=3 cargo run -p treatydesk-bench --bin planner-bench
//! ```

use std::time::{Duration, Instant};

use treatydesk_domain::rotation::families::{self, Family};
use treatydesk_domain::rotation::{PlanInput, plan_within};

const SHARED: [(&str, &str); 3] = [
    (
        "solo-seat-11x26-h2",
        include_str!("../../../crates/domain/tests/data/planner/solo-seat-11x26-h2.json"),
    ),
    (
        "solo-seat-11x60-h2",
        include_str!("../../../crates/domain/tests/data/planner/solo-seat-11x60-h2.json"),
    ),
    (
        "varied-8x31-h2",
        include_str!("../../../crates/domain/tests/data/planner/varied-8x31-h2.json"),
    ),
];

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

struct Row {
    label: String,
    times: Vec<Duration>,
    nodes: Vec<u64>,
    proved: usize,
}

fn run(label: String, inputs: &[PlanInput], deadline: Duration) -> Row {
    let mut row = Row {
        label,
        times: Vec::new(),
        nodes: Vec::new(),
        proved: 0,
    };
    for input in inputs {
        let t = Instant::now();
        let plan = match plan_within(input, deadline) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("{}: refused: {e}", row.label);
                continue;
            }
        };
        row.times.push(t.elapsed());
        if std::env::var_os("PLANNER_VERBOSE").is_some() {
            eprintln!(
                "{}: nodes {} proved {} gap {} best {:?}",
                row.label,
                plan.nodes,
                plan.proved_optimal,
                plan.gap,
                plan.slates.first().map(|s| &s.reasons)
            );
        }
        row.nodes.push(plan.nodes);
        if plan.proved_optimal {
            row.proved += 1;
        }
    }
    row
}

fn median<T: Copy + Ord>(v: &[T]) -> Option<T> {
    let mut s = v.to_vec();
    s.sort_unstable();
    s.get(s.len() / 2).copied()
}

fn ms(d: Option<Duration>) -> String {
    d.map_or("-".into(), |d| format!("{:.2}", d.as_secs_f64() * 1000.0))
}

fn print(row: &Row) {
    println!(
        "| {} | {} | {}/{} | {} | {} | {} | {} |",
        row.label,
        row.times.len(),
        row.proved,
        row.times.len(),
        ms(median(&row.times)),
        ms(row.times.iter().max().copied()),
        median(&row.nodes).unwrap_or(0),
        row.nodes.iter().max().copied().unwrap_or(0),
    );
}

fn main() {
    let seeds = env("PLANNER_SEEDS", 10);
    let deadline = Duration::from_millis(env("PLANNER_DEADLINE_MS", 10_000));
    println!(
        "Rotation planner bench: {seeds} seeds per size, deadline {} ms.\n",
        deadline.as_millis()
    );
    println!(
        "| family, seats × States × horizon | runs | proved | median ms | max ms | median nodes | max nodes |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    let mut family_rows = Vec::new();
    let only = std::env::var("PLANNER_ONLY").unwrap_or_default();
    for family in Family::ALL {
        if !only.is_empty() && only != family.slug() {
            continue;
        }
        let mut all = Row {
            label: format!("**{}, all sizes**", family.slug()),
            times: Vec::new(),
            nodes: Vec::new(),
            proved: 0,
        };
        for (seats, states, horizon) in families::sizes(family) {
            let inputs: Vec<PlanInput> = (0..seeds)
                .map(|seed| families::generate(family, 2026 + seed, seats, states, horizon))
                .collect();
            let row = run(
                format!("{}, {seats} × {states} × {horizon}", family.slug()),
                &inputs,
                deadline,
            );
            print(&row);
            all.times.extend(&row.times);
            all.nodes.extend(&row.nodes);
            all.proved += row.proved;
        }
        print(&all);
        family_rows.push(all);
    }
    for (name, text) in SHARED {
        match serde_json::from_str::<PlanInput>(text) {
            Ok(input) => print(&run(format!("shared {name}"), &[input], deadline)),
            Err(e) => eprintln!("{name}: not a PlanInput: {e}"),
        }
    }
    let worst = family_rows
        .iter()
        .flat_map(|r| r.times.iter())
        .max()
        .copied();
    println!("\nSlowest generated instance: {} ms.", ms(worst));
}
