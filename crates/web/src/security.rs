//! Security for every response: the headers (CSP and friends), the language cookie, the error
//! page, and the sign-in rate limit. Nothing here reads or writes records.

use std::net::IpAddr;
use std::num::NonZeroU32;

use askama::Template;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use treatydesk_domain::Lang;

use crate::WebError;
use crate::ctx::{Ctx, LANG_COOKIE, query_param, set_cookie};

/// The Content Security Policy: everything from this origin, nothing inline, no framing.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
frame-ancestors 'none'";

/// Sign-in attempts allowed per minute, per client address and per username.
pub const LOGIN_ATTEMPTS_PER_MINUTE: u32 = 5;

/// Keyed rate limits for sign-in: one bucket per client address, one per username.
pub struct LoginLimiter {
    by_client: DefaultKeyedRateLimiter<IpAddr>,
    by_username: DefaultKeyedRateLimiter<String>,
}

impl Default for LoginLimiter {
    fn default() -> Self {
        Self::new()
    }
}

impl LoginLimiter {
    pub fn new() -> Self {
        let per_minute = NonZeroU32::new(LOGIN_ATTEMPTS_PER_MINUTE).unwrap_or(NonZeroU32::MIN);
        Self {
            by_client: RateLimiter::keyed(Quota::per_minute(per_minute)),
            by_username: RateLimiter::keyed(Quota::per_minute(per_minute)),
        }
    }

    /// Counts an attempt; refuses when either bucket is empty.
    pub fn check(&self, client: IpAddr, username: &str) -> Result<(), WebError> {
        let client_ok = self.by_client.check_key(&client).is_ok();
        let user_ok = self.by_username.check_key(&username.to_lowercase()).is_ok();
        if client_ok && user_ok {
            Ok(())
        } else {
            Err(WebError::TooManyAttempts)
        }
    }
}

/// A page error waiting to be rendered in the reader's language by [`headers`].
#[derive(Clone, Debug)]
pub struct ErrorPage(pub String);

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        if let WebError::SignInRequired { next } = &self {
            let target: String = url_encode(next);
            return Redirect::to(&format!("/login?next={target}")).into_response();
        }
        let status = self.status();
        if status.is_server_error() {
            tracing::error!(error = ?self, "page request failed");
        }
        let mut response = status.into_response();
        response
            .extensions_mut()
            .insert(ErrorPage(self.public_message()));
        response
    }
}

/// Percent-encodes a path for a query parameter.
pub fn url_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate {
    ctx: Ctx,
    code: String,
    status: u16,
    message: String,
}

/// Adds the security headers to every response, remembers a language chosen with `?lang=`, and
/// renders page errors in the reader's language.
pub async fn headers(request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let chosen = query_param(parts.uri.query(), "lang").and_then(Lang::parse);
    let bare = Ctx::bare(&parts);
    let is_api = parts.uri.path().starts_with("/api/");
    let mut response = next.run(Request::from_parts(parts, body)).await;
    if let Some(ErrorPage(message)) = response.extensions_mut().remove::<ErrorPage>() {
        let status = response.status();
        response = if is_api {
            (
                status,
                axum::Json(serde_json::json!({ "error": message, "status": status.as_u16() })),
            )
                .into_response()
        } else {
            let page = ErrorTemplate {
                ctx: bare,
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
