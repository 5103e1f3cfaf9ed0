//! `/api/v1/conventions/{code}/meetings/{label}/preparation`: a meeting's preparation
//! checklist and follow-up actions (P4.4(a)) for ISU staff and the President, and ISU staff's
//! changes to an item (owner, due date, done) or an added item, with the same checks and audit
//! entries as the page.

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
use crate::views::listing::today;
use crate::views::preparation::{
    ItemIn, PreparationOut, item_change, preparation_out, require_reader,
};

pub fn routes() -> Router<AppState> {
    Router::new().route(
        "/api/v1/conventions/{code}/meetings/{label}/preparation",
        get(preparation_api).post(change_api),
    )
}

async fn checklist(
    state: &AppState,
    ctx: &Ctx,
    c: &treatydesk_store::entities::convention::Model,
    m: &treatydesk_store::entities::meeting::Model,
) -> Result<PreparationOut, ApiError> {
    let items = state.store.preparation(c, m).await?;
    let actions = state.store.actions_of_meeting(c, m).await?;
    Ok(preparation_out(
        &m.label,
        &items,
        &actions,
        ctx.lang,
        today(),
    ))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/meetings/{label}/preparation", tag = "meetings",
    params(("code" = String, Path), ("label" = String, Path)),
    responses((status = 200, body = PreparationOut, description = "The checklist (the template's items with their computed due dates, the ISU's changes, the added items) and the follow-up actions"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff and the President only"),
        (status = 404, description = "No such convention or meeting")))]
pub async fn preparation_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Json<PreparationOut>, ApiError> {
    let (c, m) = crate::extract::meeting(&state, &code, &label).await?;
    require_reader(&ctx, &c.code)?;
    Ok(Json(checklist(&state, &ctx, &c, &m).await?))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/meetings/{label}/preparation", tag = "meetings",
    params(("code" = String, Path), ("label" = String, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = ItemIn,
    responses((status = 201, body = PreparationOut, description = "Saved (audited, with the item as it stood)"),
        (status = 400, description = "The body is not an item"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention, meeting or item"),
        (status = 422, description = "Every problem with the item, in sentences")))]
pub async fn change_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<ItemIn>,
) -> Result<Response, ApiError> {
    let (c, m) = crate::extract::meeting(&state, &code, &label).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    check_csrf_header(&ctx, &headers)?;
    let change = item_change(&body(b)?).map_err(StoreError::Invalid)?;
    state
        .store
        .set_preparation_item(&ctx.author("meeting preparation"), &c, &m, &change)
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(checklist(&state, &ctx, &c, &m).await?),
    )
        .into_response())
}
