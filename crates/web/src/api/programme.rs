//! `/api/v1/conventions/{code}/meetings/{label}/programme`: the programme of work.

use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};

use crate::AppState;
use crate::error::ApiError;
use crate::views::programme::{ProgrammeOut, setting};

pub fn routes() -> Router<AppState> {
    Router::new().route(
        "/api/v1/conventions/{code}/meetings/{label}/programme",
        get(programme_api),
    )
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/meetings/{label}/programme", tag = "meetings",
    params(("code" = String, Path), ("label" = String, Path, description = "the meeting, e.g. 2ISM")),
    responses((status = 200, description = "Public: the programme of work, by day", body = ProgrammeOut),
        (status = 404, description = "No such convention or meeting")))]
pub async fn programme_api(
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Json<ProgrammeOut>, ApiError> {
    Ok(Json(setting(&state, &code, &label).await?.out()))
}
