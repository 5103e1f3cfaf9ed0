//! TreatyDesk's web face: server-rendered pages (askama), the JSON API under `/api/v1/` with its
//! OpenAPI description, feeds, sign-in and sessions, CSRF protection, security headers, the four
//! languages, `/healthz` and `/metrics`.
//!
//! Handlers read through the store and decide access with `treatydesk_domain::Viewer`; they
//! must never write to the database except through the store's audited writes, and never show a
//! record above the reader's access level.
//!
//! Inside the crate imports run one way, lowest first: `i18n`, `request` (cookies, language),
//! `error`, `limits`, the shared machinery (`guard`, `metrics`, `cache`, `edge`), `state`,
//! `ctx`, `extract` (what an address names), `views` (read models), `services` (indexing,
//! mail, file builders), then the handlers (`api`, `pages`, `feeds`; none imports another),
//! `ops` (middleware, `/healthz`, `/metrics`) and this file, the router. `.ci/layers.py`
//! checks it.

pub mod api;
pub mod cache;
pub mod ctx;
pub mod edge;
pub mod error;
pub mod extract;
pub mod feeds;
pub mod guard;
pub mod i18n;
pub mod limits;
pub mod locale;
pub mod metrics;
pub mod ops;
pub mod pages;
pub mod request;
pub mod serve;
pub mod services;
pub mod state;
pub mod views;

use axum::Router;

pub use error::WebError;
pub use state::AppState;

/// The whole application: every page, API route, feed and asset, with the security layers.
pub fn router(mut state: AppState) -> Router {
    // Every mail the handlers' writes queue is written in its recipient's language.
    state.shared_mut().store = state
        .store
        .clone()
        .with_letters(std::sync::Arc::new(services::mail::FluentLetters));
    // Every body is limited to 1 MiB, except the uploads (a credentials file, a document).
    let limited = Router::new()
        .merge(api::routes())
        .merge(pages::routes())
        .merge(feeds::routes())
        .merge(ops::routes())
        .layer(tower_http::limit::RequestBodyLimitLayer::new(1024 * 1024));
    Router::new()
        .merge(limited)
        .merge(pages::upload_routes())
        .fallback(pages::not_found)
        .layer(axum::middleware::from_fn(edge::refuse_control_chars))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            guard::REQUEST_TIMEOUT,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            ops::cache,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            ops::record,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            ops::headers,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            ops::respond,
        ))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            treatydesk_store::files::MAX_FILE + 1024 * 1024,
        ))
        .with_state(state)
}
