//! `/api/v1/conventions/{code}/organizations` (P4.4(g), issue 15 item 3): the organizations of
//! the registry with their roles and contacts (public), and the ISU's contact log (the ISU
//! only; to anyone else it is 404), with the same checks and audit entries (`liaison.*`) as the
//! organization's page. A write by a session carries its CSRF token in `x-csrf-token`; a
//! write with `Authorization: Bearer` needs none.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Serialize;
use treatydesk_domain::AccessLevel;
use treatydesk_store::entities::{actor, convention};

use super::{Body, body, check_csrf_header};
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::views::liaison::{
    ContactIn, ContactOut, DoneIn, LogEntryIn, LogEntryOut, LogOut, OrganizationOut,
    OrganizationsOut, RoleIn, RoleOut, contact_out, log_entry_out, log_out, organization,
    organization_out, role_out,
};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/conventions/{code}/organizations",
            get(organizations_api),
        )
        .route(
            "/api/v1/conventions/{code}/organizations/{org}",
            get(organization_api),
        )
        .route(
            "/api/v1/conventions/{code}/organizations/{org}/roles",
            post(role_api),
        )
        .route(
            "/api/v1/conventions/{code}/organizations/{org}/contacts",
            post(contact_api),
        )
        .route(
            "/api/v1/conventions/{code}/organizations/{org}/log",
            get(log_api).post(log_entry_api),
        )
        .route(
            "/api/v1/conventions/{code}/organizations/{org}/log/{id}/done",
            post(done_api),
        )
}

fn created<T: Serialize>(value: T) -> Response {
    (StatusCode::CREATED, Json(value)).into_response()
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/organizations", tag = "organizations",
    params(("code" = String, Path)),
    responses((status = 200, body = OrganizationsOut, description = "Public: every organization of the registry with its roles under the convention and its contacts"),
        (status = 404, description = "No such convention")))]
pub async fn organizations_api(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<OrganizationsOut>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let mut organizations = Vec::new();
    for a in state.store.organizations().await? {
        organizations.push(organization_out(&state, &c, &a).await?);
    }
    Ok(Json(OrganizationsOut {
        convention: c.code.clone(),
        organizations,
    }))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/organizations/{org}", tag = "organizations",
    params(("code" = String, Path), ("org" = String, Path, description = "the organization's code, e.g. GICHD (any case)")),
    responses((status = 200, body = OrganizationOut, description = "Public: the organization's roles under the convention and its contacts"),
        (status = 404, description = "No such convention or organization")))]
pub async fn organization_api(
    State(state): State<AppState>,
    Path((code, org)): Path<(String, String)>,
) -> Result<Json<OrganizationOut>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let a = organization(&state, &org).await?;
    Ok(Json(organization_out(&state, &c, &a).await?))
}

/// An ISU write of roles and contacts: others are refused (401/403).
async fn isu_write(
    ctx: &Ctx,
    state: &AppState,
    code: &str,
    org: &str,
    headers: &HeaderMap,
) -> Result<(convention::Model, actor::Model), WebError> {
    let c = crate::extract::convention(&state.store, code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    check_csrf_header(ctx, headers)?;
    Ok((c, organization(state, org).await?))
}

/// The contact log's addresses: to anyone but the ISU they do not exist (404).
async fn log_reader(
    ctx: &Ctx,
    state: &AppState,
    code: &str,
    org: &str,
) -> Result<(convention::Model, actor::Model), WebError> {
    let c = crate::extract::convention(&state.store, code).await?;
    if !ctx.viewer.can_read(&c.code, AccessLevel::Isu) {
        return Err(WebError::NotFound(
            "there is nothing at this address".into(),
        ));
    }
    Ok((c, organization(state, org).await?))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/organizations/{org}/roles", tag = "organizations",
    params(("code" = String, Path), ("org" = String, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = RoleIn,
    responses((status = 201, body = RoleOut, description = "Recorded (audited as liaison.role)"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention or organization"),
        (status = 422, description = "Every problem with the role, in sentences")))]
pub async fn role_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, org)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<RoleIn>,
) -> Result<Response, ApiError> {
    let (c, a) = isu_write(&ctx, &state, &code, &org, &headers).await?;
    let input = body(b)?;
    let row = state
        .store
        .add_organization_role(
            &ctx.author("record an organization's role"),
            &c,
            &a,
            &input.to_store(),
        )
        .await?;
    Ok(created(role_out(&row)))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/organizations/{org}/contacts", tag = "organizations",
    params(("code" = String, Path), ("org" = String, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = ContactIn,
    responses((status = 201, body = ContactOut, description = "Recorded (audited as liaison.contact)"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention or organization"),
        (status = 422, description = "Every problem with the contact, in sentences")))]
pub async fn contact_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, org)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<ContactIn>,
) -> Result<Response, ApiError> {
    let (c, a) = isu_write(&ctx, &state, &code, &org, &headers).await?;
    let input = body(b)?;
    let row = state
        .store
        .add_organization_contact(
            &ctx.author("record a contact person"),
            &c,
            &a,
            &input.to_store(),
        )
        .await?;
    Ok(created(contact_out(&row)))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/organizations/{org}/log", tag = "organizations",
    params(("code" = String, Path), ("org" = String, Path)),
    responses((status = 200, body = LogOut, description = "The ISU's contact log of the organization, newest first"),
        (status = 404, description = "No such organization, or a reader other than the ISU")))]
pub async fn log_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, org)): Path<(String, String)>,
) -> Result<Json<LogOut>, ApiError> {
    let (c, a) = log_reader(&ctx, &state, &code, &org).await?;
    Ok(Json(log_out(&state, &c, &a).await?))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/organizations/{org}/log", tag = "organizations",
    params(("code" = String, Path), ("org" = String, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = LogEntryIn,
    responses((status = 201, body = LogEntryOut, description = "Recorded (audited as liaison.log)"),
        (status = 404, description = "No such organization, or a reader other than the ISU"),
        (status = 422, description = "Every problem with the entry, in sentences")))]
pub async fn log_entry_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, org)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<LogEntryIn>,
) -> Result<Response, ApiError> {
    let (c, a) = log_reader(&ctx, &state, &code, &org).await?;
    check_csrf_header(&ctx, &headers)?;
    let input = body(b)?;
    let row = state
        .store
        .add_contact_log_entry(&ctx.author("record a contact"), &c, &a, &input.to_store())
        .await?;
    Ok(created(log_entry_out(&row, treatydesk_store::now().date())))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/organizations/{org}/log/{id}/done", tag = "organizations",
    params(("code" = String, Path), ("org" = String, Path), ("id" = i32, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = DoneIn,
    responses((status = 201, body = LogEntryOut, description = "The follow-up action marked (audited as liaison.follow-up)"),
        (status = 404, description = "No such entry, or a reader other than the ISU"),
        (status = 422, description = "No follow-up action, or nothing would change")))]
pub async fn done_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, org, id)): Path<(String, String, String)>,
    headers: HeaderMap,
    b: Body<DoneIn>,
) -> Result<Response, ApiError> {
    let (c, a) = log_reader(&ctx, &state, &code, &org).await?;
    check_csrf_header(&ctx, &headers)?;
    let input = body(b)?;
    let missing = || WebError::NotFound(format!("there is no contact log entry {id}"));
    let number: i32 = id.parse().map_err(|_| missing())?;
    let row = state
        .store
        .set_contact_follow_up_done(
            &ctx.author("mark a follow-up action"),
            &c,
            &a,
            number,
            input.done,
        )
        .await?;
    Ok(created(log_entry_out(&row, treatydesk_store::now().date())))
}
