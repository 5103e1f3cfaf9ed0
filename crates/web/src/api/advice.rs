//! `/api/v1/conventions/{code}/advice` (P4.4(c), issue 15 item 1): requests for advice with the
//! same readers, checks and audit entries (`advice.*`) as the pages. A request the reader may
//! not read is answered 404 at every address, as if it did not exist. Files travel base64 in
//! `attachments[].content`, within the API's 1 MiB body; they are served at the addresses the
//! answers give (`attachments[].url`), to the request's readers only. A write by a session
//! carries its CSRF token in `x-csrf-token`; a write with `Authorization: Bearer` needs none.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use treatydesk_domain::AccessLevel;
use treatydesk_domain::advice;
use treatydesk_domain::finding::Message;
use treatydesk_store::advice::{NewRequest, Side};
use treatydesk_store::entities::{advice_request, convention};

use super::{Body, body, check_csrf_header};
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::views::advice::{
    AssignIn, MessageIn, RequestDetailOut, RequestIn, RequestsOut, RevisionIn, ShareIn,
    decode_attachments, detail, list, readable, refusal,
};
use crate::views::findings::problem;
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/conventions/{code}/advice",
            get(requests_api).post(ask_api),
        )
        .route("/api/v1/conventions/{code}/advice/{id}", get(request_api))
        .route(
            "/api/v1/conventions/{code}/advice/{id}/messages",
            post(message_api),
        )
        .route(
            "/api/v1/conventions/{code}/advice/{id}/messages/{mid}/revisions",
            post(revise_api),
        )
        .route(
            "/api/v1/conventions/{code}/advice/{id}/assign",
            post(assign_api),
        )
        .route(
            "/api/v1/conventions/{code}/advice/{id}/close",
            post(close_api),
        )
        .route(
            "/api/v1/conventions/{code}/advice/{id}/share",
            post(share_api),
        )
}

fn created(out: RequestDetailOut) -> Response {
    (StatusCode::CREATED, Json(out)).into_response()
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/advice", tag = "advice",
    params(("code" = String, Path)),
    responses((status = 200, body = RequestsOut, description = "The requests the reader may read, newest first: a focal point's own State's and those shared with all States Parties; every request for the ISU, with open counts and ages per theme"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "States Parties readers and above (focal points, Committee members, the ISU)"),
        (status = 404, description = "No such convention")))]
pub async fn requests_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<RequestsOut>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::StatesParties)?;
    Ok(Json(list(&ctx, &state, &c).await?))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/advice", tag = "advice",
    params(("code" = String, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = RequestIn,
    responses((status = 201, body = RequestDetailOut, description = "Asked (audited as advice.ask); confidential unless shared is true"),
        (status = 400, description = "The body is not a request, or an attachment is not base64"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "A focal point (for its own State) or ISU staff"),
        (status = 404, description = "No such convention"),
        (status = 422, description = "Every problem with the request, in sentences (another State's request, the theme, the subject, the question, a file)")))]
pub async fn ask_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    b: Body<RequestIn>,
) -> Result<Response, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let isu = advice::may_answer(&ctx.viewer, &c.code);
    if !isu && advice::focal_point_states(&ctx.viewer, &c.code).is_empty() {
        return Err(refusal(&ctx).into());
    }
    check_csrf_header(&ctx, &headers)?;
    let input = body(b)?;
    let wanted = input.state.trim().to_uppercase();
    if !isu && !advice::may_write_for_state(&ctx.viewer, &c.code, &wanted) {
        return Err(
            WebError::Store(treatydesk_store::StoreError::refuse(problem(
                Message::new("refuse-advice-own-state").code(
                    "states",
                    &advice::focal_point_states(&ctx.viewer, &c.code).join(", "),
                ),
            )))
            .into(),
        );
    }
    let files = decode_attachments(&input.attachments)?;
    let new = NewRequest {
        state: wanted,
        theme: input.theme,
        subject: input.subject,
        body: input.body,
        shared: input.shared,
    };
    let r = state
        .store
        .ask_advice(
            &ctx.author("ask the ISU for advice"),
            &state.files,
            &c,
            &new,
            &files,
        )
        .await?;
    Ok(created(detail(&state, &c, &r).await?))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/advice/{id}", tag = "advice",
    params(("code" = String, Path), ("id" = i32, Path)),
    responses((status = 200, body = RequestDetailOut, description = "The request with its thread, every version of every message"),
        (status = 404, description = "No such request, or one the reader may not read (the requesting State's focal points and the ISU; all States Parties once shared)")))]
pub async fn request_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
) -> Result<Json<RequestDetailOut>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let r = readable(&ctx, &state, &c, &id).await?;
    Ok(Json(detail(&state, &c, &r).await?))
}

/// The request for a write, readable by the reader, with the CSRF check.
async fn target(
    ctx: &Ctx,
    state: &AppState,
    code: &str,
    id: &str,
    headers: &HeaderMap,
) -> Result<(convention::Model, advice_request::Model), WebError> {
    let c = crate::extract::convention(&state.store, code).await?;
    check_csrf_header(ctx, headers)?;
    let r = readable(ctx, state, &c, id).await?;
    Ok((c, r))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/advice/{id}/messages", tag = "advice",
    params(("code" = String, Path), ("id" = i32, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = MessageIn,
    responses((status = 201, body = RequestDetailOut, description = "Added (audited as advice.answer for the ISU, which answers the request; advice.reply for the State, which opens it again)"),
        (status = 400, description = "The body is not a message, or an attachment is not base64"),
        (status = 403, description = "A reader of a shared exchange who is neither the ISU nor the requesting State"),
        (status = 404, description = "No such request, or one the reader may not read"),
        (status = 422, description = "The request is closed, the message empty, or a file not accepted")))]
pub async fn message_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<MessageIn>,
) -> Result<Response, ApiError> {
    let (c, r) = target(&ctx, &state, &code, &id, &headers).await?;
    let side = if advice::may_answer(&ctx.viewer, &c.code) {
        Side::Isu
    } else if advice::may_write_for_state(&ctx.viewer, &c.code, &r.state_code) {
        Side::State
    } else {
        return Err(WebError::Forbidden.into());
    };
    let input = body(b)?;
    let files = decode_attachments(&input.attachments)?;
    let reason = match side {
        Side::Isu => "answer a request for advice",
        Side::State => "reply in a request for advice",
    };
    state
        .store
        .post_advice_message(
            &ctx.author(reason),
            &state.files,
            &r,
            side,
            &input.body,
            &files,
        )
        .await?;
    let r = state.store.advice_request(&c, r.id).await?;
    Ok(created(detail(&state, &c, &r).await?))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/advice/{id}/messages/{mid}/revisions", tag = "advice",
    params(("code" = String, Path), ("id" = i32, Path), ("mid" = i32, Path, description = "the message corrected"),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = RevisionIn,
    responses((status = 201, body = RequestDetailOut, description = "A new message revising the one named (audited as advice.revise); the old text stays"),
        (status = 403, description = "A reader of a shared exchange who is neither the ISU nor the requesting State"),
        (status = 404, description = "No such request or message, or a request the reader may not read"),
        (status = 422, description = "Not the message's author, corrected already, the request closed, or the text empty")))]
pub async fn revise_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id, mid)): Path<(String, String, String)>,
    headers: HeaderMap,
    b: Body<RevisionIn>,
) -> Result<Response, ApiError> {
    let (c, r) = target(&ctx, &state, &code, &id, &headers).await?;
    if !advice::may_answer(&ctx.viewer, &c.code)
        && !advice::may_write_for_state(&ctx.viewer, &c.code, &r.state_code)
    {
        return Err(WebError::Forbidden.into());
    }
    let input = body(b)?;
    let missing = || WebError::NotFound(format!("there is no message {mid} in this request"));
    let number: i32 = mid.parse().map_err(|_| missing())?;
    state
        .store
        .revise_advice_message(&ctx.author("correct a message"), &r, number, &input.body)
        .await?;
    Ok(created(detail(&state, &c, &r).await?))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/advice/{id}/assign", tag = "advice",
    params(("code" = String, Path), ("id" = i32, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = AssignIn,
    responses((status = 201, body = RequestDetailOut, description = "Assigned (audited as advice.assign)"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such request, or one the reader may not read"),
        (status = 422, description = "Not an ISU staff account, or the request closed")))]
pub async fn assign_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<AssignIn>,
) -> Result<Response, ApiError> {
    let (c, r) = target(&ctx, &state, &code, &id, &headers).await?;
    if !advice::may_answer(&ctx.viewer, &c.code) {
        return Err(WebError::Forbidden.into());
    }
    let input = body(b)?;
    let r = state
        .store
        .assign_advice(
            &ctx.author("assign a request for advice"),
            &c,
            &r,
            &input.assignee,
        )
        .await?;
    Ok(created(detail(&state, &c, &r).await?))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/advice/{id}/close", tag = "advice",
    params(("code" = String, Path), ("id" = i32, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    responses((status = 201, body = RequestDetailOut, description = "Closed (audited as advice.close)"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such request, or one the reader may not read"),
        (status = 422, description = "Closed already")))]
pub async fn close_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (c, r) = target(&ctx, &state, &code, &id, &headers).await?;
    if !advice::may_answer(&ctx.viewer, &c.code) {
        return Err(WebError::Forbidden.into());
    }
    let r = state
        .store
        .close_advice(&ctx.author("close a request for advice"), &r)
        .await?;
    Ok(created(detail(&state, &c, &r).await?))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/advice/{id}/share", tag = "advice",
    params(("code" = String, Path), ("id" = i32, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = ShareIn,
    responses((status = 201, body = RequestDetailOut, description = "Shared with all States Parties, or confidential again (audited as advice.share)"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "The requesting State's focal points only"),
        (status = 404, description = "No such request, or one the reader may not read"),
        (status = 422, description = "Nothing would change")))]
pub async fn share_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<ShareIn>,
) -> Result<Response, ApiError> {
    let (c, r) = target(&ctx, &state, &code, &id, &headers).await?;
    if !advice::may_write_for_state(&ctx.viewer, &c.code, &r.state_code) {
        return Err(WebError::Forbidden.into());
    }
    let input = body(b)?;
    let r = state
        .store
        .share_advice(
            &ctx.author("share or withdraw sharing of a request for advice"),
            &r,
            input.shared,
        )
        .await?;
    Ok(created(detail(&state, &c, &r).await?))
}
