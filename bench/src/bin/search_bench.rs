//! The search benchmark: builds an index of a synthetic archive (100,000 documents by default,
//! `SEARCH_DOCS` to change) in a temporary directory, then runs a fixed mix of one- and
//! two-word queries in four languages, with and without facet filters, as a public reader and
//! as ISU staff, and prints the build time and the latency percentiles; then closes the index
//! and opens it again from disk, as a restarted server does, and times its first answer.
//!
//! Run: `cargo run --release -p treatydesk-bench --bin search_bench`

use std::time::Instant;

use treatydesk_bench::archive::{Rng, archive, vocabulary};
use treatydesk_domain::AccessLevel;
use treatydesk_search::{Search, SearchIndex};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: usize = std::env::var("SEARCH_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = std::env::temp_dir().join(format!("treatydesk-search-bench-{}", std::process::id()));
    let started = Instant::now();
    let entries = archive(n, 300, 42);
    let generated = started.elapsed();
    let index = SearchIndex::open(&dir)?;
    let started = Instant::now();
    let count = index.rebuild(entries, |_| {})?;
    let built = started.elapsed();
    println!(
        "archive: {count} documents, 300 words each, generated in {:.1} s",
        generated.as_secs_f64()
    );
    println!(
        "index build: {:.1} s ({:.0} documents/s)",
        built.as_secs_f64(),
        count as f64 / built.as_secs_f64()
    );
    let mut rng = Rng::new(7);
    let langs = ["en", "fr", "es", "ar"];
    let mut times = Vec::new();
    let mut hits = 0usize;
    for i in 0..2000 {
        let vocab = vocabulary(langs[i % 4]);
        let mut words = vec![vocab[rng.below(vocab.len())]];
        if i % 2 == 0 {
            words.push(vocab[rng.below(vocab.len())]);
        }
        let search = Search {
            text: words.join(" "),
            year: (i % 3 == 0).then_some(2012 + (i % 10) as i32),
            limit: 20,
            ..Default::default()
        };
        let level = if i % 5 == 0 {
            AccessLevel::Isu
        } else {
            AccessLevel::Public
        };
        let t = Instant::now();
        let r = index.search(&search, level)?;
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        hits += r.total;
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let pct = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
    println!(
        "search ({} queries, top 20 with snippets and facets): p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms; {} matches in all",
        times.len(),
        pct(0.50),
        pct(0.90),
        pct(0.99),
        times.last().copied().unwrap_or_default(),
        hits
    );
    // A restart: the index is closed and opened again from its files on disk (what `serve`
    // does when its index is current), then answers its first query.
    drop(index);
    let started = Instant::now();
    let reopened = SearchIndex::open(&dir)?;
    let opened = started.elapsed();
    let first = reopened.search(
        &Search {
            text: vocabulary("en")[0].to_string(),
            limit: 20,
            ..Default::default()
        },
        AccessLevel::Public,
    )?;
    println!(
        "restart: the index of {} documents opened from disk in {:.1} ms, its first answer ({} matches) {:.1} ms after the start",
        reopened.len(),
        opened.as_secs_f64() * 1000.0,
        first.total,
        started.elapsed().as_secs_f64() * 1000.0
    );
    drop(reopened);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
