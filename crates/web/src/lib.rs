//! TreatyDesk's web face: server-rendered pages (askama), the JSON API under `/api/v1/` with its
//! OpenAPI description, sign-in and sessions, CSRF protection, security headers, the four
//! languages, `/healthz` and `/metrics`.
//!
//! Handlers read through the store and decide access with `treatydesk_domain::Viewer`; they
//! must never write to the database except through the store's audited writes, and never show a
//! record above the reader's access level.

pub mod api;
pub mod cache;
pub mod ctx;
pub mod edge;
pub mod error;
pub mod exports;
pub mod guard;
pub mod i18n;
pub mod indexing;
pub mod limits;
pub mod listing;
pub mod mail;
pub mod meetings;
pub mod metrics;
pub mod offices;
pub mod pages;
pub mod records;
pub mod security;
pub mod serve;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};
use treatydesk_search::{SearchError, SearchIndex};
use treatydesk_store::Store;
use treatydesk_store::files::FileStore;

pub use error::WebError;

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    /// Security settings, the server's key and the bounded limiters.
    pub guard: Arc<guard::Guard>,
    pub metrics: Arc<metrics::Metrics>,
    /// Uploaded files, content-addressed under the data directory.
    pub files: FileStore,
    /// The search index, derived from the store (`indexing::reindex`).
    pub search: Arc<SearchIndex>,
    /// Whole answers for anonymous readers (see `cache`).
    pub cache: cache::ResponseCache,
}

impl AppState {
    /// A state whose files live in a fresh temporary directory and whose index is in memory
    /// (tests and benchmarks); call `indexing::reindex` to fill the index.
    pub fn new(store: Store) -> Result<Self, SearchError> {
        let dir = std::env::temp_dir().join(format!(
            "treatydesk-files-{}",
            &treatydesk_store::accounts::random_token()[..16]
        ));
        Ok(Self::with(
            store,
            FileStore::new(&dir),
            SearchIndex::in_memory()?,
        ))
    }

    /// The state of a server: files and the search index under the data directory.
    pub fn for_data_dir(store: Store, data_dir: &std::path::Path) -> Result<Self, SearchError> {
        let index = SearchIndex::open(&data_dir.join("search-index"))?;
        Ok(Self::with(store, FileStore::new(data_dir), index))
    }

    fn with(store: Store, files: FileStore, search: SearchIndex) -> Self {
        Self {
            store,
            guard: Arc::new(guard::Guard::ephemeral()),
            metrics: Arc::new(metrics::Metrics::default()),
            files,
            search: Arc::new(search),
            cache: Default::default(),
        }
    }
}

/// The whole application: every page, API route and asset, with the security layers.
pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route("/api/openapi.json", get(api::openapi_json))
        .route("/api/v1/conventions", get(api::conventions))
        .route("/api/v1/conventions/{code}", get(api::convention))
        .route("/api/v1/conventions/{code}/states", get(api::states))
        .route("/api/v1/conventions/{code}/states/{iso3}", get(api::state))
        .route("/api/v1/conventions/{code}/audit", get(api::audit))
        .route(
            "/api/v1/conventions/{code}/architecture",
            get(offices::architecture_api),
        )
        .route(
            "/api/v1/conventions/{code}/appointments",
            get(offices::appointments_api),
        )
        .route(
            "/api/v1/conventions/{code}/committee",
            get(offices::committee_api),
        )
        .route(
            "/api/v1/conventions/{code}/findings",
            get(offices::findings_api),
        )
        .route(
            "/api/v1/conventions/{code}/meetings",
            get(meetings::meetings_api),
        )
        .route(
            "/api/v1/conventions/{code}/meetings/{label}",
            get(meetings::meeting_api),
        )
        .route(
            "/api/v1/conventions/{code}/documents",
            get(records::documents_api),
        )
        .route(
            "/api/v1/conventions/{code}/decisions",
            get(records::decisions_api),
        )
        .route(
            "/api/v1/conventions/{code}/search",
            get(records::search_api),
        )
        .route(
            "/api/v1/conventions/{code}/meetings/{label}/plan",
            get(pages::plan::plan_api),
        )
        .route(
            "/api/v1/conventions/{code}/meetings/{label}/programme",
            get(pages::programme::programme_api),
        )
        .merge(pages::obligations::api_routes());
    let pages = Router::new()
        .route("/", get(pages::home::index))
        .route(
            "/login",
            get(pages::auth::login_form).post(pages::auth::login),
        )
        .route("/logout", post(pages::auth::logout))
        .route("/{code}", get(pages::home::convention))
        .route("/{code}/states", get(pages::states::list))
        .route("/{code}/states.csv", get(pages::states::csv_export))
        .route("/{code}/states/{iso3}", get(pages::states::state))
        .route(
            "/{code}/architecture",
            get(pages::architecture::architecture),
        )
        .route("/{code}/seats/{key}", get(pages::architecture::seat))
        .route(
            "/{code}/seats/{key}/handover",
            post(pages::architecture::handover),
        )
        .route("/{code}/committee", get(pages::architecture::committee))
        .route("/{code}/findings", get(pages::architecture::findings))
        .route("/{code}/timeline", get(pages::timeline::timeline))
        .route("/{code}/meetings/{label}/plan", get(pages::plan::plan_page))
        .merge(pages::appoint::routes())
        .merge(pages::meetings::routes())
        .merge(pages::calendar::routes())
        .merge(pages::records::routes())
        .merge(pages::map::routes())
        .merge(pages::obligations::routes())
        .route(
            "/{code}/meetings/{label}/programme",
            get(pages::programme::page),
        )
        .route(
            "/{code}/meetings/{label}/programme.ics",
            get(pages::programme::ics::programme_ics),
        )
        .merge(pages::programme::edit::routes())
        .merge(pages::registration::routes())
        .route("/{code}/audit", get(pages::audit::log));
    // Every body is limited to 1 MiB, except the registration form's (a credentials file).
    let limited = Router::new()
        .merge(api)
        .merge(pages)
        .route("/healthz", get(metrics::healthz))
        .route("/metrics", get(metrics::prometheus))
        .route("/static/app.css", get(pages::assets::css))
        .route("/static/{file}", get(pages::assets::hashed))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(1024 * 1024));
    Router::new()
        .merge(limited)
        .merge(pages::registration::upload_routes())
        .merge(pages::documents::routes())
        .fallback(pages::not_found)
        .layer(axum::middleware::from_fn(edge::refuse_control_chars))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            guard::REQUEST_TIMEOUT,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            cache::layer,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::record,
        ))
        .layer(axum::middleware::from_fn(security::headers))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            guard::respond,
        ))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            treatydesk_store::files::MAX_FILE + 1024 * 1024,
        ))
        .with_state(state)
}
