//! The ISU report's API (issue 14 item 5; P4.4(i)): the reports a reader may read (drafts for
//! the ISU, published reports for everyone), one report with its figures, and ISU staff's
//! writes (generate a draft from the record, edit its prose, publish it under a symbol) with
//! the same checks and audit entries as the pages. A write by a session carries its CSRF
//! token in `x-csrf-token`; a write with `Authorization: Bearer` needs none. A published
//! report is frozen: an edit or a second publication answers 409 with the reason.

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use treatydesk_domain::Lang;
use treatydesk_store::StoreError;
use treatydesk_store::isu_reports as reports;

use super::{Body, body, created, isu_write};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::views::isu_reports::{
    ReportGenerateIn, ReportItemOut, ReportOut, ReportProseIn, ReportPublishIn, merged_prose,
    period_bounds, readable_report, report_out, reports_out, title,
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/conventions/{code}/isu/reports",
            get(reports_api).post(generate_api),
        )
        .route(
            "/api/v1/conventions/{code}/isu/reports/{number}",
            get(report_api),
        )
        .route(
            "/api/v1/conventions/{code}/isu/reports/{number}/prose",
            post(prose_api),
        )
        .route(
            "/api/v1/conventions/{code}/isu/reports/{number}/publication",
            post(publish_api),
        )
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/isu/reports", tag = "isu",
    params(("code" = String, Path)),
    responses((status = 200, body = Vec<ReportItemOut>, description = "The reports the reader may read, newest first: drafts for ISU staff, published reports for everyone"),
        (status = 404, description = "No such convention")))]
pub async fn reports_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<Vec<ReportItemOut>>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let level = ctx.viewer.level_in(&c.code);
    Ok(Json(reports_out(&state, &c, level, ctx.lang).await?))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/isu/reports/{number}", tag = "isu",
    params(("code" = String, Path), ("number" = i32, Path)),
    responses((status = 200, body = ReportOut, description = "The report at its newest revision, headings in the reader's language, figures as computed from the record"),
        (status = 404, description = "No such convention, or no such report the reader may read (a draft is the ISU's)")))]
pub async fn report_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, number)): Path<(String, i32)>,
) -> Result<Json<ReportOut>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let level = ctx.viewer.level_in(&c.code);
    let report = readable_report(&state, &c, number, level).await?;
    Ok(Json(report_out(&state, &c, &report, ctx.lang)?))
}

async fn answer(
    state: &AppState,
    c: &treatydesk_store::entities::convention::Model,
    number: i32,
    lang: Lang,
) -> Result<Response, ApiError> {
    let report = state.store.isu_report(c, number).await?;
    Ok(created(report_out(state, c, &report, lang)?))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/isu/reports", tag = "isu",
    params(("code" = String, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = ReportGenerateIn,
    responses((status = 201, body = ReportOut, description = "The draft generated from the record (audited)"),
        (status = 400, description = "The body is not a request for a draft"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention"),
        (status = 422, description = "Every problem, in sentences (not a formal meeting, a period ending before it starts)")))]
pub async fn generate_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    b: Body<ReportGenerateIn>,
) -> Result<Response, ApiError> {
    let c = isu_write(&ctx, &state, &code, &headers).await?;
    let input = body(b)?;
    let (from, until) = period_bounds(&input).map_err(StoreError::Invalid)?;
    let row = state
        .store
        .generate_isu_report(
            &ctx.author("generate the ISU report's draft from the record"),
            &c,
            input.meeting.trim(),
            from,
            until,
        )
        .await?;
    answer(&state, &c, row.report, ctx.lang).await
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/isu/reports/{number}/prose", tag = "isu",
    params(("code" = String, Path), ("number" = i32, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = ReportProseIn,
    responses((status = 201, body = ReportOut, description = "The next revision of the draft with this prose (audited); the figures stay as computed"),
        (status = 400, description = "The body is not prose"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention or report"),
        (status = 409, description = "The report is published and frozen"),
        (status = 422, description = "Every problem, in sentences")))]
pub async fn prose_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, number)): Path<(String, i32)>,
    headers: HeaderMap,
    b: Body<ReportProseIn>,
) -> Result<Response, ApiError> {
    let c = isu_write(&ctx, &state, &code, &headers).await?;
    let input = body(b)?;
    let report = state.store.isu_report(&c, number).await?;
    let current = match report.current() {
        Some(row) => reports::read(row)?.0,
        None => reports::Prose::new(),
    };
    state
        .store
        .revise_isu_report(
            &ctx.author("edit the ISU report's prose"),
            &c,
            number,
            &merged_prose(&current, &input),
        )
        .await?;
    answer(&state, &c, number, ctx.lang).await
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/isu/reports/{number}/publication", tag = "isu",
    params(("code" = String, Path), ("number" = i32, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = ReportPublishIn,
    responses((status = 201, body = ReportOut, description = "Published as a public document of the meeting under the symbol (the suggested next free one when none is given); frozen from now on"),
        (status = 400, description = "The body is not a publication"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention or report"),
        (status = 409, description = "Already published, or the symbol is already on record"),
        (status = 422, description = "The symbol does not read under the grammar")))]
pub async fn publish_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, number)): Path<(String, i32)>,
    headers: HeaderMap,
    b: Body<ReportPublishIn>,
) -> Result<Response, ApiError> {
    let c = isu_write(&ctx, &state, &code, &headers).await?;
    let input = body(b)?;
    let report = state.store.isu_report(&c, number).await?;
    let symbol = if input.symbol.trim().is_empty() {
        state
            .store
            .suggest_report_symbol(&c, &report.meeting)
            .await?
            .ok_or_else(|| {
                StoreError::refuse(crate::views::findings::problem(
                    treatydesk_domain::finding::Message::new("refuse-isu-report-symbol-no-pattern"),
                ))
            })?
    } else {
        input.symbol
    };
    state
        .store
        .publish_isu_report(
            &ctx.author("publish the ISU report as a document of its meeting"),
            &c,
            number,
            &symbol,
            &title(Lang::En, &report.meeting.label),
        )
        .await?;
    answer(&state, &c, number, ctx.lang).await
}
