//! What a raw request carries before any handler runs: its cookies, its query parameters and
//! its language. Pure functions of the headers; nothing here reads the store or the state.

use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use treatydesk_domain::Lang;

pub const SESSION_COOKIE: &str = "td_session";
pub const CSRF_COOKIE: &str = "td_csrf";
pub const LANG_COOKIE: &str = "td_lang";

/// A cookie's value from the request headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            (k == name).then_some(v)
        })
}

/// A query parameter's raw value.
pub fn query_param<'a>(query: Option<&'a str>, name: &str) -> Option<&'a str> {
    query?.split('&').find_map(|pair| {
        pair.split_once('=')
            .filter(|(k, _)| *k == name)
            .map(|(_, v)| v)
    })
}

/// The language of a request: `?lang=`, then the language cookie, then `Accept-Language`.
pub fn lang_of(parts: &Parts) -> Lang {
    query_param(parts.uri.query(), "lang")
        .and_then(Lang::parse)
        .or_else(|| cookie(&parts.headers, LANG_COOKIE).and_then(Lang::parse))
        .or_else(|| {
            parts
                .headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or_default()
}

/// Builds a `Set-Cookie` value with the flags every TreatyDesk cookie carries.
pub fn set_cookie(name: &str, value: &str, max_age_seconds: i64, http_only: bool) -> String {
    format!(
        "{name}={value}; Path=/; Max-Age={max_age_seconds}; SameSite=Lax; Secure{}",
        if http_only { "; HttpOnly" } else { "" }
    )
}
