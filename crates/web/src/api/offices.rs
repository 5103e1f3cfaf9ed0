//! The offices' API (issue 12 items 3 and 7): who held which office on a date, and ISU staff's
//! writes (the President-Designate, the ISU Director) with the same checks and audit entries as
//! the offices page. A write by a session carries its CSRF token in `x-csrf-token`; a write with
//! `Authorization: Bearer` needs none.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use treatydesk_domain::AccessLevel;
use treatydesk_store::StoreError;

use super::{Body, body, check_csrf_header};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::extract::AsOf;
use crate::views::listing;
use crate::views::offices::{
    DesignationIn, DirectorIn, OfficeHeldOut, designation, director_starts, load,
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/conventions/{code}/offices", get(offices_api))
        .route(
            "/api/v1/conventions/{code}/offices/president-designate",
            post(designate_api),
        )
        .route(
            "/api/v1/conventions/{code}/offices/isu-director",
            post(director_api),
        )
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/offices", tag = "architecture",
    params(("code" = String, Path), ("as_of" = Option<String>, Query, description = "YYYY-MM-DD; today when absent")),
    responses((status = 200, body = [OfficeHeldOut], description = "Who held which office that day, named as the architecture version then in force names them"),
        (status = 400, description = "as_of is not a date"),
        (status = 404, description = "No such convention")))]
pub async fn offices_api(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AsOf>,
) -> Result<Json<Vec<OfficeHeldOut>>, ApiError> {
    let as_of = listing::as_of(&q.as_of)?;
    Ok(Json(load(&state, &code).await?.offices_on(as_of)))
}

/// The offices on the day a write took effect, as the answer to it.
async fn offices_then(state: &AppState, code: &str, day: time::Date) -> Result<Response, ApiError> {
    let offices = load(state, code).await?.offices_on(day);
    Ok((StatusCode::CREATED, Json(offices)).into_response())
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/offices/president-designate", tag = "architecture",
    params(("code" = String, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = DesignationIn,
    responses((status = 201, body = [OfficeHeldOut], description = "Recorded (audited); the offices on the designation day"),
        (status = 400, description = "The body is not a designation"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention"),
        (status = 422, description = "Every problem with the designation, in sentences")))]
pub async fn designate_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    b: Body<DesignationIn>,
) -> Result<Response, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    check_csrf_header(&ctx, &headers)?;
    let input = body(b)?;
    let meetings = state.store.meetings(&c).await?;
    let d = designation(&input, &meetings).map_err(StoreError::Invalid)?;
    state
        .store
        .designate_president(&ctx.author("designate the President"), &c, d.borrowed())
        .await?;
    offices_then(&state, &code, d.designated_on).await
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/offices/isu-director", tag = "architecture",
    params(("code" = String, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = DirectorIn,
    responses((status = 201, body = [OfficeHeldOut], description = "Recorded (audited); the predecessor's term ends that day; the offices on that day"),
        (status = 400, description = "The body is not an appointment"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention"),
        (status = 422, description = "Every problem with the appointment, in sentences")))]
pub async fn director_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    b: Body<DirectorIn>,
) -> Result<Response, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    check_csrf_header(&ctx, &headers)?;
    let input = body(b)?;
    let starts_on = director_starts(&input).map_err(StoreError::Invalid)?;
    state
        .store
        .appoint_isu_director(
            &ctx.author("appoint the ISU Director"),
            &c,
            &input.name,
            starts_on,
            &input.source,
        )
        .await?;
    offices_then(&state, &code, starts_on).await
}
