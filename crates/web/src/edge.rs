//! The edge check every request passes before a handler (D11): no control character in the
//! path or the query (decoded), and none but tab and line breaks in a form or JSON body. NUL
//! and its kin are refused with a 400 on both backends, so they are never stored on SQLite nor
//! sent to PostgreSQL (which refuses them with an error).
//!
//! Only `application/x-www-form-urlencoded` and JSON bodies are read here, never more than
//! [`MAX_CHECKED_BODY`] (the application's body limit); multipart fields are checked where they
//! are read. This layer never writes anything and never answers a request it lets through.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use crate::WebError;
use crate::i18n;
use crate::limits::is_forbidden_control;
use crate::request::lang_of;

/// The largest form or JSON body read (the application-wide 1 MiB limit).
pub const MAX_CHECKED_BODY: usize = 1024 * 1024;

/// Percent-decodes `raw` (`+` stays a plus: this is for paths).
fn percent_decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex_value(bytes[i + 1]), hex_value(bytes[i + 2]))
        {
            out.push(h * 16 + l);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Does a path or query hold a control character once decoded?
pub fn address_has_control(path: &str, query: Option<&str>) -> bool {
    if percent_decode(path).chars().any(|c| c.is_control()) {
        return true;
    }
    query.is_some_and(|q| {
        form_urlencoded::parse(q.as_bytes())
            .any(|(k, v)| k.chars().chain(v.chars()).any(|c| c.is_control()))
    })
}

/// Does a form body hold a forbidden control character (tab and line breaks are allowed)?
pub fn form_has_control(body: &[u8]) -> bool {
    form_urlencoded::parse(body).any(|(k, v)| {
        k.chars().any(|c| c.is_control()) || v.chars().any(|c| is_forbidden_control(c, true))
    })
}

/// Does a JSON document hold a forbidden control character in a key or a string?
pub fn json_has_control(value: &Value) -> bool {
    match value {
        Value::String(s) => s.chars().any(|c| is_forbidden_control(c, true)),
        Value::Array(items) => items.iter().any(json_has_control),
        Value::Object(map) => map
            .iter()
            .any(|(k, v)| k.chars().any(|c| c.is_control()) || json_has_control(v)),
        _ => false,
    }
}

/// The middleware.
pub async fn refuse_control_chars(request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let lang = lang_of(&parts);
    let refuse = || WebError::BadRequest(i18n::tr(lang, "error-control-char")).into_response();
    if address_has_control(parts.uri.path(), parts.uri.query()) {
        return refuse();
    }
    if matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(Request::from_parts(parts, body)).await;
    }
    let kind = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let form = kind.starts_with("application/x-www-form-urlencoded");
    let json = kind.starts_with("application/json") || kind.contains("+json");
    if !form && !json {
        return next.run(Request::from_parts(parts, body)).await;
    }
    let bytes = match axum::body::to_bytes(body, MAX_CHECKED_BODY).await {
        Ok(b) => b,
        Err(_) => {
            return WebError::TooLarge(i18n::tr(lang, "error-too-large")).into_response();
        }
    };
    let bad = if form {
        form_has_control(&bytes)
    } else {
        serde_json::from_slice::<Value>(&bytes).is_ok_and(|v| json_has_control(&v))
    };
    if bad {
        return refuse();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn d11_control_characters_are_found_in_paths_queries_forms_and_json() {
        assert!(address_has_control("/ccm/states/%00", None));
        assert!(address_has_control("/ccm/states/%0a", None));
        assert!(!address_has_control(
            "/ccm/states/NGA",
            Some("q=a+b&page=2")
        ));
        assert!(address_has_control(
            "/login",
            Some("next=/%09/evil.example")
        ));
        assert!(address_has_control("/x", Some("q=%00")));
        assert!(!address_has_control("/x%", Some("q=%")));
        assert!(form_has_control(b"name=a%00b"));
        assert!(!form_has_control(b"note=line%0D%0Aline%09tab"));
        assert!(json_has_control(
            &serde_json::json!({"a": ["ok", {"b": "x\u{0}y"}]})
        ));
        assert!(!json_has_control(&serde_json::json!({"a": "x\ny"})));
    }
}
