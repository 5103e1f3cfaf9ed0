//! `/api/v1/conventions/{code}/meetings/{label}/plan`: the rotation planner.

use axum::extract::{Path, Query, State};
use axum::routing::get;
use axum::{Json, Router};

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::views::plan::{PlanOut, PlanQuery, compute};

pub fn routes() -> Router<AppState> {
    Router::new().route(
        "/api/v1/conventions/{code}/meetings/{label}/plan",
        get(plan_api),
    )
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/meetings/{label}/plan", tag = "architecture",
    params(("code" = String, Path), ("label" = String, Path, description = "the meeting, e.g. 3RC"),
        ("horizon" = Option<u32>, Query, description = "later cycles to keep fillable under P2.6, 0-6 (2 when absent)")),
    responses((status = 200, description = "The President and ISU staff", body = PlanOut),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not the President or ISU staff")))]
pub async fn plan_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    Query(q): Query<PlanQuery>,
) -> Result<Json<PlanOut>, ApiError> {
    Ok(Json(compute(&ctx, &state, &code, &label, &q).await?))
}
