//! The rotation planner on a generated instance: 10 vacant seats (5 groups × 2), 120 nominees,
//! looking 6 cycles ahead (and today only, for comparison). Prints the nodes explored too.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use treatydesk_bench::planner_instance;
use treatydesk_domain::rotation::plan;

fn planner(c: &mut Criterion) {
    for (states, horizon) in [(120, 6), (120, 0), (14, 6)] {
        let input = planner_instance(2026, 5, states, horizon);
        let once = plan(&input).expect("the instance is valid");
        println!(
            "planner 10 seats x {states} States x horizon {horizon}: {} nodes, proved optimal: {}, best penalty {}",
            once.nodes, once.proved_optimal, once.slates[0].penalty
        );
        c.bench_function(
            &format!("plan 10 seats x {states} States, horizon {horizon}"),
            |b| b.iter(|| plan(black_box(&input))),
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(5));
    targets = planner
}
criterion_main!(benches);
