//! Operational endpoints: `/healthz` (is the database answering) and `/metrics` (Prometheus text
//! format from the `metrics` crate family: requests by route and status class, a latency
//! histogram per route, and the response cache's hits and misses). Counts only, never records.
//!
//! Each application (`AppState`) has its own recorder, used through
//! `metrics::with_local_recorder`, so two applications in one process (tests) never mix counts.

use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusRecorder};

use crate::AppState;

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

fn class(status: StatusCode) -> &'static str {
    match status.as_u16() {
        100..=199 => "1xx",
        200..=299 => "2xx",
        300..=399 => "3xx",
        400..=499 => "4xx",
        _ => "5xx",
    }
}

pub async fn record(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".to_string());
    let started = Instant::now();
    let response = next.run(request).await;
    let elapsed = started.elapsed().as_secs_f64();
    let status = class(response.status());
    state.metrics.with(|| {
        metrics::counter!("treatydesk_http_requests_total", "route" => route.clone(), "status" => status)
            .increment(1);
        metrics::histogram!(LATENCY, "route" => route, "status" => status).record(elapsed);
    });
    response
}

/// `/metrics` is for the operator (D17): a bearer of the configured token, or, when no token
/// is set, a loopback client only. Anyone else is told there is nothing here.
pub async fn prometheus(
    State(state): State<AppState>,
    crate::guard::ClientIp(ip): crate::guard::ClientIp,
    headers: axum::http::HeaderMap,
) -> Response {
    let allowed = match &state.guard.settings.metrics_token {
        Some(token) => headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .is_some_and(|given| crate::guard::same(given.trim(), token)),
        None => ip.is_loopback(),
    };
    if !allowed {
        return crate::WebError::NotFound("metrics".into()).into_response();
    }
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        state.metrics.render(),
    )
        .into_response()
}

pub async fn healthz(State(state): State<AppState>) -> Response {
    if state.store.ping().await {
        (StatusCode::OK, "ok\n").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
    }
}
