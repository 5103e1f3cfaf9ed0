//! The records' API: documents and the search (decisions are `api::decisions`), only what the reader may see.

use axum::extract::{Path, Query, State};
use axum::routing::get;
use axum::{Json, Router};

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::extract::AsOf;
use crate::views::listing;
use crate::views::records::{
    DocumentsOut, SearchOut, SearchQuery, documents_selected, search_as, search_out,
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/conventions/{code}/documents", get(documents_api))
        .route("/api/v1/conventions/{code}/search", get(search_api))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/documents", tag = "records",
    params(("code" = String, Path), ("as_of" = Option<String>, Query, description = "YYYY-MM-DD: only the documents issued by that day; all when absent")),
    responses((status = 200, body = DocumentsOut, description = "The documents the reader may see")))]
pub async fn documents_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AsOf>,
) -> Result<Json<DocumentsOut>, ApiError> {
    let as_of = listing::as_of_given(&q.as_of)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    let all = treatydesk_store::documents::DocumentFilter::default();
    let (mut documents, _) = documents_selected(&state, &ctx, &c, &all, None).await?;
    if let Some(d) = as_of {
        let d = treatydesk_domain::calendar::format_date(d);
        // ISO dates compare as text.
        documents.retain(|doc| doc.issued_on <= d);
        let kept: std::collections::HashSet<i32> = documents.iter().map(|doc| doc.id).collect();
        for doc in &mut documents {
            doc.revised_by.retain(|r| kept.contains(&r.id));
        }
    }
    Ok(Json(DocumentsOut {
        documents,
        convention: c.code,
    }))
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
