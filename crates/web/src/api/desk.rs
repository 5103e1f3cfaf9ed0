//! `/api/v1/desk`: the signed-in reader's desk as the desk page shows it (issue 18 item 1):
//! per convention and role, what is pending and where to act. Anonymous readers get 401.

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::views::desk::{DeskOut, desk};

pub fn routes() -> Router<AppState> {
    Router::new().route("/api/v1/desk", get(desk_api))
}

#[utoipa::path(get, path = "/api/v1/desk", tag = "accounts",
    responses((status = 200, body = DeskOut, description = "Per convention and role the reader holds: what is pending (ISU staff), the offices held and the next meeting (President, Coordinator), the State's deadlines, registrations, requests and actions (focal point), and the messages received"),
        (status = 401, description = "Sign in first")))]
pub async fn desk_api(ctx: Ctx, State(state): State<AppState>) -> Result<Json<DeskOut>, ApiError> {
    Ok(Json(desk(&state, &ctx).await?))
}
