//! The decisions register's API (issue 12 items 1 and 7): the register (on a date), one
//! decision with its revisions, and ISU staff's writes (record, correct) with the same checks
//! and audit entries as the pages. A write by a session carries its CSRF token in
//! `x-csrf-token`; a write with `Authorization: Bearer` needs none.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use treatydesk_domain::AccessLevel;
use treatydesk_domain::finding::Message;
use treatydesk_store::StoreError;
use treatydesk_store::decisions::NewDecision;

use super::{Body, body, check_csrf_header};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::extract::AsOf;
use crate::views::decisions::{
    CorrectionIn, DecisionDetailOut, DecisionIn, DecisionOut, Register, content,
};
use crate::views::findings::problem;
use crate::views::listing;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/conventions/{code}/decisions",
            get(decisions_api).post(record_api),
        )
        .route(
            "/api/v1/conventions/{code}/decisions/{id}",
            get(decision_api),
        )
        .route(
            "/api/v1/conventions/{code}/decisions/{id}/revisions",
            post(correct_api),
        )
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/decisions", tag = "records",
    params(("code" = String, Path), ("as_of" = Option<String>, Query, description = "YYYY-MM-DD: the decisions adopted by that day, as they then read; all, as they read now, when absent")),
    responses((status = 200, body = [DecisionOut], description = "The register, current revisions"),
        (status = 400, description = "as_of is not a date"),
        (status = 404, description = "No such convention")))]
pub async fn decisions_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AsOf>,
) -> Result<Json<Vec<DecisionOut>>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let as_of = listing::as_of_given(&q.as_of)?;
    Ok(Json(Register::load(&state, &c, as_of).await?.all(&ctx, &c)))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/decisions/{id}", tag = "records",
    params(("code" = String, Path), ("id" = i32, Path)),
    responses((status = 200, body = DecisionDetailOut, description = "The decision and every revision, oldest first"),
        (status = 404, description = "No such decision")))]
pub async fn decision_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, i32)>,
) -> Result<Json<DecisionDetailOut>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let register = Register::load(&state, &c, None).await?;
    let record = register
        .find(id)
        .ok_or_else(|| crate::WebError::NotFound(format!("there is no decision {id} on record")))?;
    Ok(Json(register.detail(&ctx, &c, record)))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/decisions", tag = "records",
    params(("code" = String, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = DecisionIn,
    responses((status = 201, body = DecisionDetailOut, description = "Recorded (audited) as revision 1"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention"),
        (status = 409, description = "The meeting already has a decision with that number"),
        (status = 422, description = "Every problem with the decision, in sentences")))]
pub async fn record_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    b: Body<DecisionIn>,
) -> Result<Response, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    check_csrf_header(&ctx, &headers)?;
    let input = body(b)?;
    let meeting = match state.store.meeting(&c, input.meeting.trim()).await {
        Ok(m) => m,
        Err(StoreError::NotFound(_)) => {
            return Err(StoreError::refuse(problem(
                Message::new("refuse-decision-meeting-unknown").code("value", input.meeting.trim()),
            ))
            .into());
        }
        Err(e) => return Err(e.into()),
    };
    let register = Register::load(&state, &c, None).await?;
    let typed = content(&input.content, &register.documents).map_err(StoreError::Invalid)?;
    let stored = state
        .store
        .record_decision(
            &ctx.author("record a decision"),
            &meeting,
            NewDecision {
                number: input.number,
                content: typed,
                source: input.source,
            },
        )
        .await?;
    crate::services::indexing::reindex_decision(&state, &c, stored.id).await?;
    let register = Register::load(&state, &c, None).await?;
    let out = register
        .find(stored.id)
        .map(|r| register.detail(&ctx, &c, r))
        .ok_or_else(|| StoreError::NotFound(format!("decision {}", stored.id)))?;
    Ok((StatusCode::CREATED, Json(out)).into_response())
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/decisions/{id}/revisions", tag = "records",
    params(("code" = String, Path), ("id" = i32, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = CorrectionIn,
    responses((status = 201, body = DecisionDetailOut, description = "Corrected (audited): a new revision; the earlier ones stay"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such decision"),
        (status = 422, description = "Every problem with the correction, in sentences (a reason is required)")))]
pub async fn correct_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, i32)>,
    headers: HeaderMap,
    b: Body<CorrectionIn>,
) -> Result<Response, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    check_csrf_header(&ctx, &headers)?;
    let input = body(b)?;
    let register = Register::load(&state, &c, None).await?;
    if register.find(id).is_none() {
        return Err(
            crate::WebError::NotFound(format!("there is no decision {id} on record")).into(),
        );
    }
    let typed = content(&input.content, &register.documents).map_err(StoreError::Invalid)?;
    let author = ctx.author(input.reason.trim());
    state.store.correct_decision(&author, &c, id, typed).await?;
    crate::services::indexing::reindex_decision(&state, &c, id).await?;
    let register = Register::load(&state, &c, None).await?;
    let out = register
        .find(id)
        .map(|r| register.detail(&ctx, &c, r))
        .ok_or_else(|| StoreError::NotFound(format!("decision {id}")))?;
    Ok((StatusCode::CREATED, Json(out)).into_response())
}
