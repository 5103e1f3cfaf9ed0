//! The records' API: documents, decisions and the search, only what the reader may see.

use axum::extract::{Path, Query, State};
use axum::routing::get;
use axum::{Json, Router};

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::views::records::{
    DecisionOut, DocumentsOut, SearchOut, SearchQuery, decisions_for, documents_for, search_as,
    search_out,
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/conventions/{code}/documents", get(documents_api))
        .route("/api/v1/conventions/{code}/decisions", get(decisions_api))
        .route("/api/v1/conventions/{code}/search", get(search_api))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/documents", tag = "records",
    params(("code" = String, Path)),
    responses((status = 200, body = DocumentsOut, description = "The documents the reader may see")))]
pub async fn documents_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<DocumentsOut>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    Ok(Json(DocumentsOut {
        documents: documents_for(&state, &ctx, &c).await?,
        convention: c.code,
    }))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/decisions", tag = "records",
    params(("code" = String, Path)),
    responses((status = 200, body = [DecisionOut])))]
pub async fn decisions_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<Vec<DecisionOut>>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    Ok(Json(decisions_for(&state, &ctx, &c).await?))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/search", tag = "records",
    params(("code" = String, Path), ("q" = Option<String>, Query), ("meeting" = Option<String>, Query),
        ("type" = Option<String>, Query), ("year" = Option<String>, Query), ("lang" = Option<String>, Query),
        ("page" = Option<String>, Query)),
    responses((status = 200, body = SearchOut, description = "Only what the reader may see is searched")))]
pub async fn search_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<SearchQuery>,
) -> Result<Json<SearchOut>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    Ok(Json(search_out(search_as(&state, &ctx, &c, &q)?)))
}
