//! `/api/v1/conventions/{code}/reports` (issue 17 item 1; CCM Art. 7 forms A-J, BWC CBMs):
//! transparency reports with the same readers, checks and audit entries (`report.*`) as the
//! pages: a submitted report is read at the level its State chose (public or States Parties),
//! a draft by its State's focal points and the ISU (404 to anyone else). A focal point files and
//! revises for its own State; the ISU for any State, on its behalf (marked so). The compiled
//! picture adds up only what the reader may read. A write by a session carries its CSRF token
//! in `x-csrf-token`; a write with `Authorization: Bearer` needs none.

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use axum::{Json, Router};
use treatydesk_domain::advice;
use treatydesk_domain::finding::Message;
use treatydesk_store::StoreError;
use treatydesk_store::reports::SUBMITTED;

use super::{Body, body, check_csrf_header, created};
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::views::extensions::may_file_for;
use crate::views::findings::problem;
use crate::views::listing::today;
use crate::views::reports::{
    CompiledOut, TransparencyFileIn, TransparencyReportIn, TransparencyReportOut,
    TransparencyReportsOut, compiled, detail, list, may_file, out, readable,
};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/conventions/{code}/reports",
            get(reports_api).post(file_api),
        )
        .route(
            "/api/v1/conventions/{code}/reports/compiled",
            get(compiled_api),
        )
        .route(
            "/api/v1/conventions/{code}/reports/{id}",
            get(report_api).post(revise_api),
        )
        .route(
            "/api/v1/conventions/{code}/reports/{id}/files",
            axum::routing::post(attach_api),
        )
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/reports", tag = "reports",
    params(("code" = String, Path)),
    responses((status = 200, body = TransparencyReportsOut, description = "The reports the reader may read, newest first, form by form with their findings"),
        (status = 404, description = "No such convention")))]
pub async fn reports_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<TransparencyReportsOut>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let reports = list(&ctx, &state.store, &c)
        .await?
        .iter()
        .map(|r| out(&c.code, r))
        .collect();
    Ok(Json(TransparencyReportsOut { reports }))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/reports/compiled", tag = "reports",
    params(("code" = String, Path)),
    responses((status = 200, body = CompiledOut, description = "Totals per year and per State of the submitted reports the reader may read"),
        (status = 404, description = "No such convention")))]
pub async fn compiled_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<CompiledOut>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    Ok(Json(compiled(&ctx, &state.store, &c).await?))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/reports", tag = "reports",
    params(("code" = String, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = TransparencyReportIn,
    responses((status = 201, body = TransparencyReportOut, description = "Filed (audited as report.file): a draft, or submitted when submit is true and no error finding stands; a submission records the obligation's report"),
        (status = 400, description = "The body is not a report"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "A focal point (for its own State) or ISU staff"),
        (status = 404, description = "No such convention"),
        (status = 409, description = "The State already has this report: revise it"),
        (status = 422, description = "Every problem, in sentences: another State's report, an obligation not reported on forms, the year covered, the access level, and on submission every error finding")))]
pub async fn file_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    b: Body<TransparencyReportIn>,
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
            Message::new("refuse-report-own-state").code("states", &states),
        )))
        .into());
    }
    let on_behalf = !advice::may_write_for_state(&ctx.viewer, &c.code, &wanted);
    let input = typed.input(on_behalf).map_err(WebError::Store)?;
    let reason = if input.submit {
        "submit a transparency report"
    } else {
        "save a transparency report as a draft"
    };
    let r = state
        .store
        .file_report(&ctx.author(reason), &c, input, today())
        .await?;
    let record = readable(&ctx, &state.store, &c, &r.id.to_string()).await?;
    Ok(created(detail(&state.store, &c, &record).await?))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/reports/{id}", tag = "reports",
    params(("code" = String, Path), ("id" = i32, Path)),
    responses((status = 200, body = TransparencyReportOut, description = "The report form by form, with its findings and every version"),
        (status = 404, description = "No such report, or one the reader may not read")))]
pub async fn report_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
) -> Result<Json<TransparencyReportOut>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let r = readable(&ctx, &state.store, &c, &id).await?;
    Ok(Json(detail(&state.store, &c, &r).await?))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/reports/{id}", tag = "reports",
    params(("code" = String, Path), ("id" = i32, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = TransparencyReportIn,
    responses((status = 201, body = TransparencyReportOut, description = "A new version (audited as report.revise, or report.correct for a submitted report, which needs a reason and keeps its access level); the State, obligation and year never change"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "The State's focal point or ISU staff"),
        (status = 404, description = "No such report, or one the reader may not read"),
        (status = 422, description = "Every problem, in sentences")))]
pub async fn revise_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<TransparencyReportIn>,
) -> Result<Response, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let r = readable(&ctx, &state.store, &c, &id).await?;
    if !may_file_for(&ctx, &c, &r.report.state_code) {
        ctx.require(&c.code, treatydesk_domain::AccessLevel::StatesParties)?;
        return Err(WebError::Forbidden.into());
    }
    check_csrf_header(&ctx, &headers)?;
    let typed = body(b)?;
    let input = typed.input(r.report.on_behalf).map_err(WebError::Store)?;
    let reason = if r.report.status == SUBMITTED {
        typed.reason.trim().to_string()
    } else if input.submit {
        "submit a transparency report".to_string()
    } else {
        "revise a transparency report".to_string()
    };
    let done = state
        .store
        .revise_report(&ctx.author(reason), &c, r.report.id, input, today())
        .await?;
    let record = readable(&ctx, &state.store, &c, &done.id.to_string()).await?;
    Ok(created(detail(&state.store, &c, &record).await?))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/reports/{id}/files", tag = "reports",
    params(("code" = String, Path), ("id" = i32, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = TransparencyFileIn,
    responses((status = 201, body = TransparencyReportOut, description = "The file attached (audited as report.attach)"),
        (status = 400, description = "The body is not a file, or content is not base64"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "The State's focal point or ISU staff"),
        (status = 404, description = "No such report, or one the reader may not read"),
        (status = 422, description = "Every problem, in sentences: the kind or size of the file, too many files, a submitted report without a reason")))]
pub async fn attach_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<TransparencyFileIn>,
) -> Result<Response, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let r = readable(&ctx, &state.store, &c, &id).await?;
    if !may_file_for(&ctx, &c, &r.report.state_code) {
        ctx.require(&c.code, treatydesk_domain::AccessLevel::StatesParties)?;
        return Err(WebError::Forbidden.into());
    }
    check_csrf_header(&ctx, &headers)?;
    let input = body(b)?;
    let bytes =
        crate::views::statements::decode_base64(&input.content).map_err(WebError::BadRequest)?;
    let reason = if r.report.status == SUBMITTED {
        input.reason.trim().to_string()
    } else {
        "attach a file to a transparency report".to_string()
    };
    state
        .store
        .attach_report_files(&ctx.author(reason), &state.files, &c, r.report.id, &[bytes])
        .await?;
    let record = readable(&ctx, &state.store, &c, &id).await?;
    Ok(created(detail(&state.store, &c, &record).await?))
}
