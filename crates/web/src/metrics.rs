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

/// How often recorded latencies are folded into the histograms' buckets. Until then the
/// recorder keeps every sample (8 bytes each): a server nobody scrapes would otherwise grow by
/// its request count (issue 13: about 2 MiB per 200,000 requests, without end).
pub const UPKEEP: std::time::Duration = std::time::Duration::from_secs(5);

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

    /// Folds the samples recorded since the last upkeep into the buckets, freeing them.
    pub fn upkeep(&self) {
        self.recorder.handle().run_upkeep();
    }

    /// Runs [`Metrics::upkeep`] every [`UPKEEP`] for as long as the server runs.
    pub fn spawn_upkeep(metrics: std::sync::Arc<Metrics>) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            let mut every = tokio::time::interval(UPKEEP);
            loop {
                every.tick().await;
                metrics.upkeep();
            }
        })
    }

    /// The Prometheus text.
    pub fn render(&self) -> String {
        self.recorder.handle().run_upkeep();
        self.recorder.handle().render()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upkeep_keeps_every_count_and_sum() {
        let m = Metrics::default();
        m.with(|| {
            for _ in 0..1000 {
                metrics::histogram!(LATENCY, "route" => "/x", "status" => "2xx").record(0.0003);
            }
        });
        m.upkeep();
        m.with(|| {
            metrics::histogram!(LATENCY, "route" => "/x", "status" => "2xx").record(0.003);
        });
        m.upkeep();
        let text = m.render();
        assert!(
            text.contains(
                "treatydesk_http_request_duration_seconds_count{route=\"/x\",status=\"2xx\"} 1001"
            ),
            "{text}"
        );
        assert!(
            text.contains("treatydesk_http_request_duration_seconds_bucket{route=\"/x\",status=\"2xx\",le=\"0.0005\"} 1000"),
            "{text}"
        );
    }
}
