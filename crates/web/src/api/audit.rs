//! `/api/v1/conventions/{code}/audit`: the audit log, for ISU staff.

use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use treatydesk_domain::AccessLevel;
use utoipa::ToSchema;

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::ApiError;

pub fn routes() -> Router<AppState> {
    Router::new().route("/api/v1/conventions/{code}/audit", get(audit))
}

#[derive(Serialize, ToSchema)]
pub struct AuditEntry {
    pub at: String,
    pub who: String,
    pub action: String,
    pub record: String,
    pub reason: String,
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/audit", tag = "audit",
    params(("code" = String, Path)),
    responses((status = 200, description = "ISU staff only", body = [AuditEntry]),
        (status = 401, description = "Not signed in"), (status = 403, description = "Role below ISU")))]
pub async fn audit(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<Vec<AuditEntry>>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let entries = state
        .store
        .audit_log(Some(c.id), crate::views::audit::PAGE_SIZE)
        .await?;
    Ok(Json(
        entries
            .into_iter()
            .map(|e| AuditEntry {
                at: crate::views::audit::timestamp(e.at).1,
                who: e.who,
                action: e.action,
                record: e.record,
                reason: e.reason,
            })
            .collect(),
    ))
}
