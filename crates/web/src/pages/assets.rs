//! Static assets, compiled into the binary (no CDN is ever used). Pages link the stylesheet by
//! a content-hashed name ([`css_path`]) served with a year-long immutable `Cache-Control`; the
//! plain `/static/app.css` stays for old links, cached for an hour. The icon is served at
//! `/favicon.svg` (which pages link) and at `/favicon.ico`, where browsers and feed readers look
//! for it unasked.

use std::sync::LazyLock;

use axum::Router;
use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/static/app.css", get(css))
        .route("/static/{file}", get(hashed))
        .route("/favicon.svg", get(favicon))
        .route("/favicon.ico", get(favicon))
}

const CSS: &str = include_str!("../../assets/app.css");
const FAVICON: &str = include_str!("../../assets/favicon.svg");

static CSS_PATH: LazyLock<String> =
    LazyLock::new(|| crate::cache::content_named("/static/app", CSS.as_bytes(), "css"));

/// The stylesheet's address, named by its content.
pub fn css_path() -> &'static str {
    CSS_PATH.as_str()
}

pub async fn css() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        CSS,
    )
}

/// `/static/{file}`: the content-hashed stylesheet (any other name is not found).
pub async fn hashed(Path(file): Path<String>) -> Response {
    if css_path().strip_prefix("/static/") == Some(file.as_str()) {
        crate::cache::immutable("text/css; charset=utf-8", CSS)
    } else {
        StatusCode::NOT_FOUND.into_response()
    }
}

/// The site's icon (an SVG, which every current browser draws), cached for a day.
pub async fn favicon() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        FAVICON,
    )
}
