//! `/api/v1/conventions/{code}/meetings/{label}/statements` (P1.2, issue 12 item 5): a
//! meeting's statements, every version (public, like the programme), and recording one with the
//! same checks and audit entry (`statement.record`) as the session's statements page: the ISU
//! for any speaker, a focal point for its own State's speakers on a session where its State
//! speaks; and withdrawing one as it stands (`statement.withdraw`, a new row). The file travels
//! base64 in `content`, within the API's 1 MiB body. A write by a
//! session carries its CSRF token in `x-csrf-token`; a write with `Authorization: Bearer` needs
//! none. This file never writes except through the store's `record_statement`.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use treatydesk_store::statements::NewStatement;

use super::{Body, body, check_csrf_header};
use crate::AppState;
use crate::WebError;
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::views::programme::setting;
use crate::views::statements::{
    StatementIn, StatementOut, StatementsOut, decode_base64, may_upload, statements_out, uploader,
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/conventions/{code}/meetings/{label}/statements",
            get(statements_api).post(record_api),
        )
        .route(
            "/api/v1/conventions/{code}/meetings/{label}/statements/{id}/withdraw",
            axum::routing::post(withdraw_api),
        )
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/meetings/{label}/statements", tag = "meetings",
    params(("code" = String, Path), ("label" = String, Path, description = "the meeting, e.g. 13MSP")),
    responses((status = 200, body = StatementsOut, description = "Public: every statement of the meeting, every version (current ones have current = true)"),
        (status = 404, description = "No such convention or meeting")))]
pub async fn statements_api(
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Json<StatementsOut>, ApiError> {
    let s = setting(&state, &code, &label).await?;
    let row = s.row(&state).await?;
    let all = state.store.statements_of_meeting(&row).await?;
    Ok(Json(StatementsOut {
        convention: s.loaded.convention.code.clone(),
        statements: statements_out(&s.loaded.convention, &row.label, &s.programme, &all),
        meeting: row.label,
    }))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/meetings/{label}/statements", tag = "meetings",
    params(("code" = String, Path), ("label" = String, Path, description = "the meeting, e.g. 13MSP"),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = StatementIn,
    responses((status = 201, body = StatementOut, description = "Recorded (audited as statement.record); it supersedes the current version of the same session, speaker and language"),
        (status = 400, description = "The body is not a statement, or content is not base64"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff, or the focal point of a State with a speaker on the session"),
        (status = 404, description = "No such convention, meeting or session"),
        (status = 422, description = "Every problem with the statement, in sentences (a speaker not on the session, another State's speaker, the language, the title, the file)")))]
pub async fn record_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<StatementIn>,
) -> Result<Response, ApiError> {
    let s = setting(&state, &code, &label).await?;
    let c = &s.loaded.convention;
    let Some(who) = uploader(&ctx, &c.code) else {
        return Err(if ctx.viewer.is_signed_in() {
            WebError::Forbidden
        } else {
            WebError::SignInRequired {
                next: ctx.path.clone(),
            }
        }
        .into());
    };
    check_csrf_header(&ctx, &headers)?;
    let input = body(b)?;
    let scheduled = s
        .programme
        .iter()
        .find(|x| x.session.id == input.session)
        .ok_or_else(|| {
            WebError::NotFound(format!(
                "there is no session {} in the programme of {}",
                input.session, s.meeting.label
            ))
        })?;
    if !may_upload(Some(&who), scheduled) {
        return Err(WebError::Forbidden.into());
    }
    let bytes = decode_base64(&input.content).map_err(WebError::BadRequest)?;
    let row = s.row(&state).await?;
    let new = NewStatement {
        session_id: input.session,
        speaker_id: input.speaker,
        lang: input.lang.clone(),
        title: input.title.clone(),
    };
    let author = ctx.author(format!(
        "record a statement at “{}” ({})",
        scheduled.session.title, row.label
    ));
    let recorded = state
        .store
        .record_statement(&author, &state.files, c, &row, &who, &new, &bytes)
        .await?;
    crate::services::indexing::reindex_statement(&state, c, &row, &recorded).await?;
    let all = state
        .store
        .statements_of_session(&row, scheduled.session.id)
        .await?;
    let out = statements_out(c, &row.label, &s.programme, &all)
        .into_iter()
        .find(|o| o.id == recorded.id)
        .ok_or_else(|| WebError::NotFound(format!("statement {}", recorded.id)))?;
    Ok((StatusCode::CREATED, Json(out)).into_response())
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/meetings/{label}/statements/{id}/withdraw", tag = "meetings",
    params(("code" = String, Path), ("label" = String, Path, description = "the meeting, e.g. 13MSP"),
        ("id" = i32, Path, description = "the statement as it stands"),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    responses((status = 201, body = StatementOut, description = "Withdrawn (audited as statement.withdraw): the withdrawal, a new row without a file; the version withdrawn stays readable"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff, or the focal point of the speaker's State"),
        (status = 404, description = "No such convention, meeting or statement"),
        (status = 422, description = "The statement has a later version or is withdrawn already")))]
pub async fn withdraw_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, id)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let s = setting(&state, &code, &label).await?;
    let c = &s.loaded.convention;
    let Some(who) = uploader(&ctx, &c.code) else {
        return Err(if ctx.viewer.is_signed_in() {
            WebError::Forbidden
        } else {
            WebError::SignInRequired {
                next: ctx.path.clone(),
            }
        }
        .into());
    };
    check_csrf_header(&ctx, &headers)?;
    let row = s.row(&state).await?;
    let missing = || WebError::NotFound(format!("statement {id} of {}", row.label));
    let number: i32 = id.parse().map_err(|_| missing())?;
    let target = match state.store.statement_of(&row, number).await {
        Ok(t) => t,
        Err(treatydesk_store::StoreError::NotFound(_)) => return Err(missing().into()),
        Err(e) => return Err(e.into()),
    };
    if !who.may_record_for(target.state_code.as_deref()) {
        return Err(WebError::Forbidden.into());
    }
    let author = ctx.author(format!(
        "withdraw the statement of {} ({})",
        target.speaker_name, row.label
    ));
    let withdrawal = state
        .store
        .withdraw_statement(&author, c, &row, &who, number)
        .await?;
    crate::services::indexing::unindex_statement(&state, &row, &target)?;
    let all = state
        .store
        .statements_of_session(&row, i64::from(target.session_id))
        .await?;
    let out = statements_out(c, &row.label, &s.programme, &all)
        .into_iter()
        .find(|o| o.id == withdrawal.id)
        .ok_or_else(|| WebError::NotFound(format!("statement {}", withdrawal.id)))?;
    Ok((StatusCode::CREATED, Json(out)).into_response())
}
