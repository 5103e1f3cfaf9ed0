//! An application's metrics recorder, rendered at `/metrics` by `ops` (Prometheus text format
//! from the `metrics` crate family: requests by route and status class, a latency
//! histogram per route, and the response cache's hits and misses). Counts only, never records.
//!
//! Each application (`AppState`) has its own recorder, used through
//! `metrics::with_local_recorder`, so two applications in one process (tests) never mix counts.

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusRecorder};

/// The latency histogram's name.
pub const LATENCY: &str = "treatydesk_http_request_duration_seconds";

/// Upper bounds of the latency buckets, in seconds (0.25 ms to 10 s).
const BUCKETS: &[f64] = &[
    0.000_25, 0.000_5, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
];

/// An application's metrics recorder.
pub struct Metrics {
    recorder: PrometheusRecorder,
}

impl Default for Metrics {
    fn default() -> Self {
        let builder = PrometheusBuilder::new();
        let builder = match builder.set_buckets_for_metric(Matcher::Full(LATENCY.into()), BUCKETS) {
            Ok(b) => b,
            Err(_) => PrometheusBuilder::new(),
        };
        let recorder = builder.build_recorder();
        metrics::with_local_recorder(&recorder, || {
            metrics::describe_counter!(
                "treatydesk_http_requests_total",
                "HTTP requests answered, by route and status class."
            );
            metrics::describe_histogram!(
                LATENCY,
                metrics::Unit::Seconds,
                "Time spent answering, by route and status class."
            );
            metrics::describe_counter!(
                "treatydesk_response_cache_total",
                "Anonymous GET requests answered from the response cache (hit) or not (miss)."
            );
        });
        Self { recorder }
    }
}

impl Metrics {
    /// Runs `f` with this application's recorder as the current one.
    pub fn with<T>(&self, f: impl FnOnce() -> T) -> T {
        metrics::with_local_recorder(&self.recorder, f)
    }

    /// The Prometheus text.
    pub fn render(&self) -> String {
        self.recorder.handle().run_upkeep();
        self.recorder.handle().render()
    }
}
