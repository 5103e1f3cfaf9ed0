//! Operations: `/healthz` (is the database answering), `/metrics` (for the operator) and the
//! middleware every response passes through (security headers and error pages, the response
//! cache, request metrics, the settings' headers). Nothing here reads or writes records.

use std::time::Instant;

use askama::Template;
use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use treatydesk_domain::Lang;

use crate::AppState;
use crate::ctx::{ClientIp, Ctx, LANG_COOKIE, query_param, set_cookie};
use crate::error::ErrorPage;
use crate::metrics::LATENCY;

/// `/healthz` and `/metrics`.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(prometheus))
}

/// The Content Security Policy: everything from this origin, nothing inline, no framing.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
frame-ancestors 'none'";

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate {
    ctx: Ctx,
    code: String,
    status: u16,
    message: String,
}

/// Adds the security headers to every response, remembers a language chosen with `?lang=`, and
/// renders page errors in the reader's language, with the reader's own header when signed in
/// (their name, their desk, sign out).
pub async fn headers(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let chosen = query_param(parts.uri.query(), "lang").and_then(Lang::parse);
    let bare = Ctx::bare(&parts);
    let is_api = parts.uri.path().starts_with("/api/");
    // Kept to name the reader on an error page; a page without a session needs none of it.
    let signed_in = (!is_api
        && crate::ctx::cookie(&parts.headers, crate::ctx::SESSION_COOKIE).is_some())
    .then(|| (parts.uri.clone(), parts.headers.clone()));
    let mut response = next.run(Request::from_parts(parts, body)).await;
    // A limit enforced below the handlers (body size, timeout) answers a bare status: give it
    // the sentence and the shape of every other error (JSON on the API), D12.
    if response.extensions().get::<ErrorPage>().is_none()
        && let Some(key) = match response.status() {
            StatusCode::PAYLOAD_TOO_LARGE => Some("error-too-large"),
            StatusCode::REQUEST_TIMEOUT => Some("error-timeout"),
            _ => None,
        }
    {
        let message = crate::i18n::tr(bare.lang, key);
        let status = response.status();
        response = status.into_response();
        response.extensions_mut().insert(ErrorPage::Text(message));
    }
    // An extractor's refusal (a query parameter given twice, a path or body it cannot read)
    // answers bare text: on the API it becomes the JSON error with that text, on a page the
    // error page with a sentence in the reader's language.
    if response.status().is_client_error()
        && response.extensions().get::<ErrorPage>().is_none()
        && response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("text/plain"))
    {
        let status = response.status();
        let message = if is_api {
            let bytes = axum::body::to_bytes(response.into_body(), 16 * 1024)
                .await
                .unwrap_or_default();
            let text = String::from_utf8_lossy(&bytes).trim().to_string();
            if text.is_empty() {
                crate::i18n::tr(bare.lang, "error-unreadable")
            } else {
                text
            }
        } else {
            crate::i18n::tr(bare.lang, "error-unreadable")
        };
        response = status.into_response();
        response.extensions_mut().insert(ErrorPage::Text(message));
    }
    if let Some(page) = response.extensions_mut().remove::<ErrorPage>() {
        let message = match page {
            ErrorPage::Text(text) => text,
            ErrorPage::Key(key) => crate::i18n::tr(bare.lang, key),
            ErrorPage::Problems(problems) => {
                crate::views::findings::problems_in(bare.lang, &problems).join("; ")
            }
        };
        let status = response.status();
        response = if is_api {
            (
                status,
                axum::Json(serde_json::json!({ "error": message, "status": status.as_u16() })),
            )
                .into_response()
        } else {
            let ctx = match signed_in {
                Some((uri, headers)) => reader(&state, uri, headers).await.unwrap_or(bare),
                None => bare,
            };
            let page = ErrorTemplate {
                ctx,
                code: String::new(),
                status: status.as_u16(),
                message,
            };
            match page.render() {
                Ok(html) => (status, Html(html)).into_response(),
                Err(_) => (StatusCode::INTERNAL_SERVER_ERROR, "error").into_response(),
            }
        };
    }
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    if let Some(lang) = chosen
        && let Ok(v) =
            HeaderValue::from_str(&set_cookie(LANG_COOKIE, lang.code(), 31_536_000, false))
    {
        h.append(header::SET_COOKIE, v);
    }
    response
}

/// The signed-in reader of a request that failed, for its error page's header (None when the
/// session is no longer valid).
async fn reader(
    state: &AppState,
    uri: axum::http::Uri,
    headers: axum::http::HeaderMap,
) -> Option<Ctx> {
    use axum::extract::FromRequestParts;
    let (mut parts, ()) = Request::builder().uri(uri).body(()).ok()?.into_parts();
    parts.headers = headers;
    Ctx::from_request_parts(&mut parts, state).await.ok()
}

/// What every response gets from the settings (D15, D17): `Strict-Transport-Security` when
/// served over TLS, and `Cache-Control: no-store` on every answer to a signed-in reader (who may
/// see more than the public) and on every answer that sets a cookie.
pub async fn respond(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let signed_in = crate::ctx::cookie(request.headers(), crate::ctx::SESSION_COOKIE).is_some();
    let mut response = next.run(request).await;
    let sets_cookie = response.headers().contains_key(header::SET_COOKIE);
    let h = response.headers_mut();
    if signed_in || sets_cookie {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if state.guard.settings.hsts {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    response
}

/// The stamp a public answer is filled under now.
fn stamp(state: &AppState) -> u64 {
    state
        .store
        .generations()
        .stamp(crate::cache::PUBLIC_AREAS)
        .wrapping_add(state.search.generation().wrapping_mul(1 << 32))
}

/// The stamp a signed-in reader's answer is filled under now: every area.
fn session_stamp(state: &AppState) -> u64 {
    state
        .store
        .generations()
        .stamp(treatydesk_store::generation::Areas::ALL)
        .wrapping_add(state.search.generation().wrapping_mul(1 << 32))
}

/// The response cache as a middleware (see `cache`): anonymous readers share answers; a
/// signed-in reader's are kept for their session, looked up only once the session is found
/// valid (the store's session lookups are themselves cached).
pub async fn cache(State(state): State<AppState>, request: Request, next: Next) -> Response {
    use crate::cache::Reader;
    let token = crate::request::cookie(request.headers(), crate::request::SESSION_COOKIE)
        .map(str::to_string);
    let Some(token) = token else {
        let stamp = stamp(&state);
        return crate::cache::answer(
            &state.cache,
            &state.metrics,
            stamp,
            Reader::Anonymous,
            request,
            next,
        )
        .await;
    };
    match state.store.session(&token).await {
        Ok(Some(s)) if !s.must_change_password => {
            let stamp = session_stamp(&state);
            crate::cache::answer(
                &state.cache,
                &state.metrics,
                stamp,
                Reader::session(&token),
                request,
                next,
            )
            .await
        }
        _ => next.run(request).await,
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

/// Counts every request by route and status class, with its latency.
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
    ClientIp(ip): ClientIp,
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
        return crate::error::WebError::NotFound("metrics".into()).into_response();
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
