//! Operational endpoints: `/healthz` (is the database answering) and `/metrics` (Prometheus text
//! format: requests by route and status class, and their total duration). Counts only, never
//! records.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppState;

/// (route, status class): the key of a counter.
type RouteStatus = (String, &'static str);

#[derive(Default)]
pub struct Metrics {
    /// (route, status class) -> (count, seconds)
    requests: Mutex<BTreeMap<RouteStatus, (u64, f64)>>,
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
    if let Ok(mut map) = state.metrics.requests.lock() {
        let entry = map.entry((route, class(response.status()))).or_default();
        entry.0 += 1;
        entry.1 += elapsed;
    }
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
    let mut out = String::from(
        "# HELP treatydesk_http_requests_total HTTP requests answered, by route and status class.\n\
# TYPE treatydesk_http_requests_total counter\n",
    );
    let mut seconds = String::from(
        "# HELP treatydesk_http_request_seconds_total Time spent answering, by route and status class.\n\
# TYPE treatydesk_http_request_seconds_total counter\n",
    );
    if let Ok(map) = state.metrics.requests.lock() {
        for ((route, class), (count, secs)) in map.iter() {
            let route = route.replace('\\', "\\\\").replace('"', "\\\"");
            out.push_str(&format!(
                "treatydesk_http_requests_total{{route=\"{route}\",status=\"{class}\"}} {count}\n"
            ));
            seconds.push_str(&format!(
                "treatydesk_http_request_seconds_total{{route=\"{route}\",status=\"{class}\"}} {secs:.6}\n"
            ));
        }
    }
    out.push_str(&seconds);
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        out,
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
