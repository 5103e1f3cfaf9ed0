//! `/api/v1/conventions/{code}/universalization` (P4.4(e), issue 16 item 4): the States not
//! party on a date with their standing, the States Parties per year, and the ISU's entries
//! (outreach activities, statements of intent) that the reader may read; the ISU records and
//! corrects entries, and the President and Coordinators record theirs, with the same checks and audit entries (`outreach.add`, `outreach.correct`)
//! as the page. An entry above the reader's level does not exist for them (404). A write by a
//! session carries its CSRF token in `x-csrf-token`; one with `Authorization: Bearer` needs none.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use treatydesk_store::StoreError;
use treatydesk_store::entities::{actor, convention};

use super::{Body, body, check_csrf_header};
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::extract::AsOf;
use crate::views::listing;
use crate::views::universalization::{
    EntryOut, OutreachCorrectionIn, OutreachIn, StateUniversalizationOut, UniversalizationOut,
    access_problem, entry_out, load, load_state, readable_entry, require_corrector, require_writer,
    state_named,
};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/conventions/{code}/universalization",
            get(universalization_api),
        )
        .route(
            "/api/v1/conventions/{code}/universalization/{iso3}",
            get(state_api),
        )
        .route(
            "/api/v1/conventions/{code}/universalization/{iso3}/entries",
            post(add_api),
        )
        .route(
            "/api/v1/conventions/{code}/universalization/{iso3}/entries/{id}/corrections",
            post(correct_api),
        )
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/universalization", tag = "universalization",
    params(("code" = String, Path),
        ("as_of" = Option<String>, Query, format = Date, description = "YYYY-MM-DD; today when absent")),
    responses((status = 200, body = UniversalizationOut, description = "The States not party on the date with their standing, the States Parties per year, and the entries the reader may read"),
        (status = 400, description = "as_of is not a date"),
        (status = 404, description = "No such convention")))]
pub async fn universalization_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AsOf>,
) -> Result<Json<UniversalizationOut>, ApiError> {
    let as_of = listing::as_of(&q.as_of)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    Ok(Json(load(&state, &c, as_of, &ctx.viewer).await?))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/universalization/{iso3}", tag = "universalization",
    params(("code" = String, Path), ("iso3" = String, Path, description = "the State's alpha-3 code (any case)"),
        ("as_of" = Option<String>, Query, format = Date, description = "YYYY-MM-DD; today when absent")),
    responses((status = 200, body = StateUniversalizationOut, description = "The State's standing and the entries about it the reader may read, each with its earlier versions"),
        (status = 404, description = "No such convention or State")))]
pub async fn state_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    Query(q): Query<AsOf>,
) -> Result<Json<StateUniversalizationOut>, ApiError> {
    let as_of = listing::as_of(&q.as_of)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    let a = state_named(&state, &iso3).await?;
    Ok(Json(load_state(&state, &c, &a, as_of, &ctx.viewer).await?))
}

/// An ISU write: others are refused (401/403).
async fn isu_write(
    ctx: &Ctx,
    state: &AppState,
    code: &str,
    iso3: &str,
    headers: &HeaderMap,
) -> Result<(convention::Model, actor::Model), WebError> {
    let c = crate::extract::convention(&state.store, code).await?;
    require_writer(ctx, &c.code)?;
    check_csrf_header(ctx, headers)?;
    Ok((c, state_named(state, iso3).await?))
}

fn created(c: &convention::Model, r: &treatydesk_store::outreach::OutreachRecord) -> Response {
    match entry_out(&c.code, r) {
        Some(e) => (StatusCode::CREATED, Json(e)).into_response(),
        None => StatusCode::CREATED.into_response(),
    }
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/universalization/{iso3}/entries", tag = "universalization",
    params(("code" = String, Path), ("iso3" = String, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = OutreachIn,
    responses((status = 201, body = EntryOut, description = "Recorded (audited as outreach.add)"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff, the President and Coordinators only (a correction: the ISU, or the entry's own writer)"),
        (status = 404, description = "No such convention or State"),
        (status = 422, description = "Every problem with the entry, in sentences (P4.4(e): the State was not a State Party on the day)")))]
pub async fn add_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<OutreachIn>,
) -> Result<Response, ApiError> {
    let (c, a) = isu_write(&ctx, &state, &code, &iso3, &headers).await?;
    let input = body(b)?;
    if let Some(problem) = access_problem(&ctx, &c.code, &input) {
        return Err(StoreError::refuse(problem).into());
    }
    let r = state
        .store
        .add_outreach(
            &ctx.author("record a universalization entry"),
            &c,
            &a,
            &input.to_store(),
        )
        .await?;
    crate::services::indexing::reindex_outreach(&state, &c, &r).await?;
    Ok(created(&c, &r))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/universalization/{iso3}/entries/{id}/corrections", tag = "universalization",
    params(("code" = String, Path), ("iso3" = String, Path), ("id" = i32, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = OutreachCorrectionIn,
    responses((status = 201, body = EntryOut, description = "Corrected: a new revision, the old one kept (audited as outreach.correct)"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff, the President and Coordinators only (a correction: the ISU, or the entry's own writer)"),
        (status = 404, description = "No such convention, State or entry"),
        (status = 422, description = "No reason, nothing would change, or another problem, in sentences")))]
pub async fn correct_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3, id)): Path<(String, String, String)>,
    headers: HeaderMap,
    b: Body<OutreachCorrectionIn>,
) -> Result<Response, ApiError> {
    let (c, a) = isu_write(&ctx, &state, &code, &iso3, &headers).await?;
    let input = body(b)?;
    let existing = readable_entry(&state, &c, &a, &id, &ctx.viewer).await?;
    require_corrector(&ctx, &c.code, &existing)?;
    if let Some(problem) = access_problem(&ctx, &c.code, &input.entry) {
        return Err(StoreError::refuse(problem).into());
    }
    let r = state
        .store
        .correct_outreach(
            &ctx.author(input.reason.trim()),
            &c,
            &a,
            existing.activity.id,
            &input.entry.to_store(),
            &input.reason,
        )
        .await?;
    crate::services::indexing::reindex_outreach(&state, &c, &r).await?;
    Ok(created(&c, &r))
}
