//! The meetings' API: a convention's meetings and one meeting in detail.

use axum::extract::{Path, Query, State};
use axum::routing::get;
use axum::{Json, Router};

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::extract::AsOf;
use crate::views::listing;
use crate::views::meetings::{MeetingDetailOut, MeetingsOut, meeting_detail, meetings_of};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/conventions/{code}/meetings", get(meetings_api))
        .route(
            "/api/v1/conventions/{code}/meetings/{label}",
            get(meeting_api),
        )
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/meetings", tag = "meetings",
    params(("code" = String, Path), ("as_of" = Option<String>, Query, description = "YYYY-MM-DD: the meetings that had opened by that day, with the findings judged on it; every meeting, judged today, when absent")),
    responses((status = 200, body = MeetingsOut), (status = 404, description = "No such convention")))]
pub async fn meetings_api(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AsOf>,
) -> Result<Json<MeetingsOut>, ApiError> {
    let as_of = listing::as_of_given(&q.as_of)?;
    Ok(Json(meetings_of(&state, &code, as_of).await?))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/meetings/{label}", tag = "meetings",
    params(("code" = String, Path), ("label" = String, Path, description = "2MSP, 1RC, 3ISM, 1CC")),
    responses((status = 200, body = MeetingDetailOut), (status = 404, description = "No such meeting")))]
pub async fn meeting_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Json<MeetingDetailOut>, ApiError> {
    Ok(Json(meeting_detail(&state, &ctx, &code, &label).await?.1))
}
