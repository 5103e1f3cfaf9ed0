//! The audit log of a convention, for ISU staff: who changed what, when and why.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use treatydesk_domain::AccessLevel;

use super::render;
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::views::audit::{PAGE_SIZE, timestamp};
use crate::{AppState, WebError};
use axum::Router;
use axum::routing::get;

pub fn routes() -> Router<AppState> {
    Router::new().route("/{code}/audit", get(log))
}

pub struct Entry {
    pub at: String,
    pub at_iso: String,
    pub who: String,
    pub action: String,
    pub record: String,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    ctx: Ctx,
    code: String,
    convention: String,
    entries: Vec<Entry>,
}

pub async fn log(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let convention = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&convention.code, AccessLevel::Isu)?;
    let entries = state
        .store
        .audit_log(Some(convention.id), PAGE_SIZE)
        .await?
        .into_iter()
        .map(|e| {
            let (at, at_iso) = timestamp(e.at);
            Entry {
                at,
                at_iso,
                who: e.who,
                action: e.action,
                record: e.record,
                reason: e.reason,
            }
        })
        .collect();
    render(&AuditPage {
        convention: convention_name(&ctx, &convention),
        code: convention.code.clone(),
        entries,
        ctx,
    })
}
