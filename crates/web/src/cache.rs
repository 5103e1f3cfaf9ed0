//! The whole-response cache for anonymous readers, and the strong `ETag`/`304` and compression
//! that go with it.
//!
//! A `GET` from a reader without a session cookie or `Authorization` header is looked up by (path and query, language,
//! access level `public`, today's date); an entry is served only while the generation stamp it
//! was filled under ([`PUBLIC_AREAS`] of the store, plus the search index's generation) is still
//! current, so every write that could change a public page (here or, through the store's
//! watcher, in another process) makes its entries stale. A registration or a sign-in does not.
//! The body is compressed once at fill time (brotli and gzip) and served in the encoding the
//! reader accepts; `If-None-Match` with the entry's `ETag` gets `304 Not Modified`.
//!
//! A signed-in reader's `GET` (issue 13: staff pages at a fifth of a bare server) is cached for
//! their session alone: the key holds the session token's digest instead of the access level,
//! so an answer (with their name, their CSRF token, what their grants let them see) is never
//! served to anyone else; it is filled under the stamp of *every* area (a registration or a new
//! grant makes it stale too), and the caller serves it only after the session is found valid
//! (signing out ends it at once). A request with `Authorization` is never cached.
//!
//! Never cached: an answer other than 200, one that sets a cookie, an anonymous answer that
//! carries the reader's CSRF token (a form), and one larger than [`MAX_BODY`]. This module
//! never reads the database.

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use treatydesk_domain::Lang;
use treatydesk_store::generation::{Area, Areas};

use crate::request::{CSRF_COOKIE, SESSION_COOKIE, cookie, lang_of};

/// What a public page may be read from: everything but registrations and accounts (no page an
/// anonymous reader sees shows either).
pub const PUBLIC_AREAS: Areas =
    Areas::ALL.without(Areas::of(&[Area::Registrations, Area::Accounts]));

/// The largest body kept.
pub const MAX_BODY: usize = 2 * 1024 * 1024;

/// The total size of the bodies kept (identity plus compressed).
pub const CAPACITY_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Key {
    uri: String,
    lang: Lang,
    reader: Reader,
    day: time::Date,
}

/// Whom a cached answer is for: every anonymous reader alike, or one signed-in session (the
/// SHA-256 of its token).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reader {
    Anonymous,
    Session([u8; 32]),
}

impl Reader {
    /// The reader a valid session token stands for.
    pub fn session(token: &str) -> Reader {
        Reader::Session(Sha256::digest(token.as_bytes()).into())
    }
}

struct Entry {
    stamp: u64,
    headers: HeaderMap,
    etag: HeaderValue,
    identity: Bytes,
    gzip: Option<Bytes>,
    br: Option<Bytes>,
}

impl Entry {
    fn weight(&self) -> u64 {
        let n = self.identity.len()
            + self.gzip.as_ref().map_or(0, Bytes::len)
            + self.br.as_ref().map_or(0, Bytes::len)
            + 512;
        u64::try_from(n).unwrap_or(u64::MAX)
    }
}

#[derive(Clone)]
struct Weigh;

impl quick_cache::Weighter<Key, Arc<Entry>> for Weigh {
    fn weight(&self, _: &Key, entry: &Arc<Entry>) -> u64 {
        entry.weight()
    }
}

/// The cache, shared by an application's handlers (one per application state).
#[derive(Clone)]
pub struct ResponseCache(Arc<quick_cache::sync::Cache<Key, Arc<Entry>, Weigh>>);

impl Default for ResponseCache {
    fn default() -> Self {
        Self(Arc::new(quick_cache::sync::Cache::with_weighter(
            2_000,
            CAPACITY_BYTES,
            Weigh,
        )))
    }
}

impl ResponseCache {
    /// How many answers are kept.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

fn compressible(headers: &HeaderMap) -> bool {
    let Some(ct) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    ct.starts_with("text/")
        || ct.contains("json")
        || ct.contains("xml")
        || ct.contains("javascript")
        || ct.contains("svg")
        || ct.contains("calendar")
}

fn gzip(body: &[u8]) -> Option<Bytes> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
    e.write_all(body).ok()?;
    e.finish().ok().map(Bytes::from)
}

fn brotli(body: &[u8]) -> Option<Bytes> {
    use std::io::Write;
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 6, 20);
        w.write_all(body).ok()?;
        w.flush().ok()?;
    }
    Some(Bytes::from(out))
}

/// The encodings the reader accepts (a `q=0` refuses one).
fn accepts(headers: &HeaderMap, coding: &str) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|item| {
            let mut parts = item.split(';');
            let name = parts.next().unwrap_or("").trim();
            let refused = parts.any(|p| {
                let p = p.trim();
                p == "q=0" || p == "q=0.0" || p == "q=0.00" || p == "q=0.000"
            });
            name.eq_ignore_ascii_case(coding) && !refused
        })
}

/// The address of a file named by its content, `{prefix}-{12 hex digits}.{ext}`: a new content
/// is a new address, so the file may be cached for ever.
pub fn content_named(prefix: &str, content: &[u8], ext: &str) -> String {
    let digest = Sha256::digest(content);
    let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    format!("{prefix}-{hex}.{ext}")
}

/// The answer for a file under its content-named address: cached for a year, never revalidated.
pub fn immutable(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        body,
    )
        .into_response()
}

/// Does `If-None-Match` name this entity tag (or `*`)?
pub fn not_modified(headers: &HeaderMap, etag: &HeaderValue) -> bool {
    let Ok(etag) = etag.to_str() else {
        return false;
    };
    let etag = etag.trim_start_matches("W/");
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|t| {
            let t = t.trim();
            t == "*" || t.trim_start_matches("W/") == etag
        })
}

fn serve(entry: &Entry, request: &HeaderMap, hit: bool) -> Response {
    let mut headers = entry.headers.clone();
    headers.insert(header::ETAG, entry.etag.clone());
    headers.insert(
        header::VARY,
        HeaderValue::from_static("Accept-Encoding, Accept-Language, Cookie"),
    );
    headers.insert(
        "x-cache",
        HeaderValue::from_static(if hit { "hit" } else { "miss" }),
    );
    if not_modified(request, &entry.etag) {
        headers.remove(header::CONTENT_TYPE);
        headers.remove(header::CONTENT_LENGTH);
        let mut response = StatusCode::NOT_MODIFIED.into_response();
        *response.headers_mut() = headers;
        return response;
    }
    let (body, coding) = match (&entry.br, &entry.gzip) {
        (Some(br), _) if accepts(request, "br") => (br.clone(), Some("br")),
        (_, Some(gz)) if accepts(request, "gzip") => (gz.clone(), Some("gzip")),
        _ => (entry.identity.clone(), None),
    };
    if let Some(coding) = coding {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
    }
    headers.remove(header::CONTENT_LENGTH);
    let mut response = Response::new(Body::from(body));
    *response.headers_mut() = headers;
    response
}

/// The middleware: answers from the cache, or runs the handler and keeps its answer.
/// `stamp` is the generation stamp an answer for `reader` is filled under now; a
/// [`Reader::Session`] is one the caller has found valid.
pub async fn answer(
    cache: &ResponseCache,
    metrics: &crate::metrics::Metrics,
    stamp: u64,
    reader: Reader,
    request: Request,
    next: Next,
) -> Response {
    // A personal API token is never cached; a session cookie only for its own session.
    if request.method() != Method::GET
        || (reader == Reader::Anonymous && cookie(request.headers(), SESSION_COOKIE).is_some())
        || request
            .headers()
            .contains_key(axum::http::header::AUTHORIZATION)
    {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let key = Key {
        uri: parts
            .uri
            .path_and_query()
            .map_or_else(|| parts.uri.path().to_string(), |p| p.as_str().to_string()),
        lang: lang_of(&parts),
        reader,
        day: treatydesk_store::now().date(),
    };
    if let Some(entry) = cache.0.get(&key)
        && entry.stamp == stamp
    {
        metrics.with(|| {
            metrics::counter!("treatydesk_response_cache_total", "result" => "hit").increment(1)
        });
        return serve(&entry, &parts.headers, true);
    }
    metrics.with(|| {
        metrics::counter!("treatydesk_response_cache_total", "result" => "miss").increment(1)
    });
    let request_headers = parts.headers.clone();
    let csrf = cookie(&parts.headers, CSRF_COOKIE).map(str::to_string);
    let response = next.run(Request::from_parts(parts, body)).await;
    if response.status() != StatusCode::OK
        || response.headers().contains_key(header::SET_COOKIE)
        || response.headers().contains_key(header::CONTENT_ENCODING)
        || response
            .extensions()
            .get::<crate::error::ErrorPage>()
            .is_some()
    {
        return response;
    }
    use axum::body::HttpBody;
    let size = response.body().size_hint();
    if size.upper().is_none_or(|n| n > MAX_BODY as u64) {
        // A stream or a large file: sent as it is, never kept.
        return response;
    }
    let (mut head, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    // An anonymous form's token is the browser's own: that answer is not for anyone else. A
    // session's answer is kept for that session only.
    let carries_token = reader == Reader::Anonymous
        && csrf.is_some_and(|t| !t.is_empty() && bytes.windows(t.len()).any(|w| w == t.as_bytes()));
    if carries_token {
        return Response::from_parts(head, Body::from(bytes));
    }
    let digest = Sha256::digest(&bytes);
    let hex: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    let Ok(etag) = HeaderValue::from_str(&format!("\"{hex}\"")) else {
        return Response::from_parts(head, Body::from(bytes));
    };
    let compress = compressible(&head.headers) && bytes.len() > 256;
    head.headers.remove(header::CONTENT_LENGTH);
    let entry = Arc::new(Entry {
        stamp,
        etag,
        gzip: compress.then(|| gzip(&bytes)).flatten(),
        br: compress.then(|| brotli(&bytes)).flatten(),
        identity: bytes,
        headers: head.headers,
    });
    cache.0.insert(key, entry.clone());
    serve(&entry, &request_headers, false)
}
