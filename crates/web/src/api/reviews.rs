//! `/api/v1/conventions/{code}/meetings/{label}/reviews`: a Review Conference's review items
//! (P1.1, P2.8, P3.1, P4.3) with their earlier versions and the First Review Conference's
//! missing subjects, for everyone; ISU staff record an item or correct one (a new version),
//! with the same checks and audit entries as the page.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use treatydesk_domain::AccessLevel;
use treatydesk_store::StoreError;

use super::{Body, body, check_csrf_header};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::views::reviews::{ReviewIn, ReviewsOut, new_review_item, reviews_out};

pub fn routes() -> Router<AppState> {
    Router::new().route(
        "/api/v1/conventions/{code}/meetings/{label}/reviews",
        get(reviews_api).post(record_api),
    )
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/meetings/{label}/reviews", tag = "meetings",
    params(("code" = String, Path), ("label" = String, Path)),
    responses((status = 200, body = ReviewsOut, description = "Each subject's review item as it stands, the earlier versions, and the subjects the First Review Conference lacks"),
        (status = 404, description = "No such convention or meeting")))]
pub async fn reviews_api(
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Json<ReviewsOut>, ApiError> {
    let (_, m) = crate::extract::meeting(&state, &code, &label).await?;
    let all = state.store.review_items(&m).await?;
    Ok(Json(reviews_out(&m, &all)))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/meetings/{label}/reviews", tag = "meetings",
    params(("code" = String, Path), ("label" = String, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = ReviewIn,
    responses((status = 201, body = ReviewsOut, description = "Recorded (audited); a correction is a new version, the old one kept"),
        (status = 400, description = "The body is not a review item"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention or meeting"),
        (status = 422, description = "Every problem with the item, in sentences")))]
pub async fn record_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<ReviewIn>,
) -> Result<Response, ApiError> {
    let (c, m) = crate::extract::meeting(&state, &code, &label).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    check_csrf_header(&ctx, &headers)?;
    let item = new_review_item(&body(b)?).map_err(StoreError::Invalid)?;
    state
        .store
        .record_review_item(&ctx.author("record a review item"), &c, &m, &item)
        .await?;
    let all = state.store.review_items(&m).await?;
    Ok((StatusCode::CREATED, Json(reviews_out(&m, &all))).into_response())
}
