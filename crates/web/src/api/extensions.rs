//! `/api/v1/conventions/{code}/extensions` (issue 17 item 2; CCM Art. 3.3-3.6, Art. 4.5-4.8):
//! extension requests with the same readers, checks and audit entries (`extension.*`) as the
//! pages: a submitted request is public, a draft is its State's and the ISU's (404 to anyone
//! else). A focal point files and revises for its own State; the ISU for any State, on its
//! behalf (marked so), and alone links the analysis and records the outcome. A write by a
//! session carries its CSRF token in `x-csrf-token`; a write with `Authorization: Bearer`
//! needs none.

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use treatydesk_domain::advice;
use treatydesk_domain::finding::Message;
use treatydesk_store::StoreError;

use super::{Body, body, check_csrf_header, created};
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::views::extensions::{
    ExtensionAnalysisIn, ExtensionOutcomeIn, ExtensionRequestIn, ExtensionRequestOut,
    ExtensionRequestsOut, detail, is_isu, list, may_file, may_file_for, out, readable,
};
use crate::views::findings::problem;
use crate::views::listing::today;
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/conventions/{code}/extensions",
            get(requests_api).post(file_api),
        )
        .route(
            "/api/v1/conventions/{code}/extensions/{id}",
            get(request_api).post(revise_api),
        )
        .route(
            "/api/v1/conventions/{code}/extensions/{id}/analysis",
            post(analysis_api),
        )
        .route(
            "/api/v1/conventions/{code}/extensions/{id}/outcome",
            post(outcome_api),
        )
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/extensions", tag = "extensions",
    params(("code" = String, Path)),
    responses((status = 200, body = ExtensionRequestsOut, description = "The requests the reader may read, newest first, with their findings: every submitted one; drafts to their State's focal points and the ISU"),
        (status = 404, description = "No such convention")))]
pub async fn requests_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<ExtensionRequestsOut>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let requests = list(&ctx, &state.store, &c)
        .await?
        .iter()
        .map(|r| out(&c.code, r))
        .collect();
    Ok(Json(ExtensionRequestsOut { requests }))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/extensions", tag = "extensions",
    params(("code" = String, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = ExtensionRequestIn,
    responses((status = 201, body = ExtensionRequestOut, description = "Filed (audited as extension.file): a draft, or submitted when submit is true and no error finding stands"),
        (status = 400, description = "The body is not a request"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "A focal point (for its own State) or ISU staff"),
        (status = 404, description = "No such convention or meeting"),
        (status = 422, description = "Every problem, in sentences: another State's request, an obligation without an extension rule, a date, and on submission every error finding (too long, after the deadline, a content missing)")))]
pub async fn file_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    b: Body<ExtensionRequestIn>,
) -> Result<Response, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    if !may_file(&ctx, &c) {
        ctx.require(&c.code, treatydesk_domain::AccessLevel::Isu)?;
        return Err(WebError::Forbidden.into());
    }
    check_csrf_header(&ctx, &headers)?;
    let typed = body(b)?;
    let wanted = typed.state.trim().to_uppercase();
    if !may_file_for(&ctx, &c, &wanted) {
        let states = advice::focal_point_states(&ctx.viewer, &c.code).join(", ");
        return Err(WebError::Store(StoreError::refuse(problem(
            Message::new("refuse-extension-own-state").code("states", &states),
        )))
        .into());
    }
    let on_behalf = !advice::may_write_for_state(&ctx.viewer, &c.code, &wanted);
    let input = typed.input(on_behalf).map_err(WebError::Store)?;
    let reason = if input.submit {
        "submit an extension request"
    } else {
        "save an extension request as a draft"
    };
    let r = state
        .store
        .file_extension_request(&ctx.author(reason), &c, input, today())
        .await?;
    let record = readable(&ctx, &state.store, &c, &r.id.to_string()).await?;
    Ok(created(detail(&state.store, &c, &record).await?))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/extensions/{id}", tag = "extensions",
    params(("code" = String, Path), ("id" = i32, Path)),
    responses((status = 200, body = ExtensionRequestOut, description = "The request with its contents, findings, analysis, outcome and every version"),
        (status = 404, description = "No such request, or a draft the reader may not read")))]
pub async fn request_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
) -> Result<Json<ExtensionRequestOut>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let r = readable(&ctx, &state.store, &c, &id).await?;
    Ok(Json(detail(&state.store, &c, &r).await?))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/extensions/{id}", tag = "extensions",
    params(("code" = String, Path), ("id" = i32, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = ExtensionRequestIn,
    responses((status = 201, body = ExtensionRequestOut, description = "A new version (audited as extension.revise, or extension.correct for a submitted request, which needs a reason); the State and obligation never change"),
        (status = 403, description = "The State's focal point or ISU staff"),
        (status = 404, description = "No such request, or a draft the reader may not read"),
        (status = 409, description = "The request was decided"),
        (status = 422, description = "Every problem, in sentences")))]
pub async fn revise_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<ExtensionRequestIn>,
) -> Result<Response, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let r = readable(&ctx, &state.store, &c, &id).await?;
    if !may_file_for(&ctx, &c, &r.request.state_code) {
        return Err(WebError::Forbidden.into());
    }
    check_csrf_header(&ctx, &headers)?;
    let typed = body(b)?;
    let input = typed.input(r.request.on_behalf).map_err(WebError::Store)?;
    let reason = if r.request.status == treatydesk_store::extensions::SUBMITTED {
        typed.reason.trim().to_string()
    } else {
        "revise an extension request".to_string()
    };
    let done = state
        .store
        .revise_extension_request(&ctx.author(reason), &c, r.request.id, input, today())
        .await?;
    let record = readable(&ctx, &state.store, &c, &done.id.to_string()).await?;
    Ok(created(detail(&state.store, &c, &record).await?))
}

/// The request for an ISU write, with the CSRF check.
async fn isu_request(
    ctx: &Ctx,
    state: &AppState,
    code: &str,
    id: &str,
    headers: &HeaderMap,
) -> Result<(treatydesk_store::entities::convention::Model, i32), WebError> {
    let c = crate::extract::convention(&state.store, code).await?;
    let r = readable(ctx, &state.store, &c, id).await?;
    if !is_isu(ctx, &c) {
        ctx.require(&c.code, treatydesk_domain::AccessLevel::Isu)?;
        return Err(WebError::Forbidden);
    }
    check_csrf_header(ctx, headers)?;
    Ok((c, r.request.id))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/extensions/{id}/analysis", tag = "extensions",
    params(("code" = String, Path), ("id" = i32, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = ExtensionAnalysisIn,
    responses((status = 201, body = ExtensionRequestOut, description = "The analysis linked (audited as extension.analysis)"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff"),
        (status = 404, description = "No such request"),
        (status = 422, description = "A draft, or a symbol not on record or not of the deciding meeting")))]
pub async fn analysis_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<ExtensionAnalysisIn>,
) -> Result<Response, ApiError> {
    let (c, number) = isu_request(&ctx, &state, &code, &id, &headers).await?;
    let input = body(b)?;
    state
        .store
        .attach_extension_analysis(
            &ctx.author("attach the ISU's analysis and draft decision"),
            &c,
            number,
            &input.symbol,
        )
        .await?;
    let record = readable(&ctx, &state.store, &c, &id).await?;
    Ok(created(detail(&state.store, &c, &record).await?))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/extensions/{id}/outcome", tag = "extensions",
    params(("code" = String, Path), ("id" = i32, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = ExtensionOutcomeIn,
    responses((status = 201, body = ExtensionRequestOut, description = "The outcome recorded (audited as extension.decide); a grant moves the State's deadline from the day of the decision"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff"),
        (status = 404, description = "No such request"),
        (status = 409, description = "Already decided"),
        (status = 422, description = "Every problem, in sentences: a draft, the decision not cited, a grant without a new deadline or longer than asked")))]
pub async fn outcome_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<ExtensionOutcomeIn>,
) -> Result<Response, ApiError> {
    let (c, number) = isu_request(&ctx, &state, &code, &id, &headers).await?;
    let input = body(b)?.input().map_err(WebError::Store)?;
    state
        .store
        .record_extension_outcome(
            &ctx.author("record the meeting's decision on an extension request"),
            &c,
            number,
            input,
        )
        .await?;
    let record = readable(&ctx, &state.store, &c, &id).await?;
    Ok(created(detail(&state.store, &c, &record).await?))
}
