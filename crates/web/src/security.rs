//! Security for every response: the headers (CSP and friends), the language cookie and the
//! error page. (The sign-in and public-write limits are in `guard`.) Nothing here reads or
//! writes records.

use askama::Template;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use treatydesk_domain::Lang;

use crate::WebError;
use crate::ctx::{Ctx, LANG_COOKIE, query_param, set_cookie};

/// The Content Security Policy: everything from this origin, nothing inline, no framing.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
frame-ancestors 'none'";

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
        response.extensions_mut().insert(ErrorPage(message));
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
        response.extensions_mut().insert(ErrorPage(message));
    }
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
