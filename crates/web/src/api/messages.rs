//! `/api/v1/conventions/{code}/notices`: messages to audiences (P4.4(d)) for their readers, as
//! the notices pages show them: the list of those addressed to the reader (every one for ISU
//! staff), one message in the reader's language (`?lang=`, else the original) with its
//! deliveries for ISU staff and its author, and sending one (ISU staff, or the President). A
//! message outside the reader's audience answers 404.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use treatydesk_domain::Lang;
use treatydesk_store::StoreError;
use utoipa::IntoParams;

use super::{Body, body, check_csrf_header};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::views::listing::today;
use crate::views::messages::{
    NoticeIn, NoticeOut, message_out, new_message, readable, readable_list, sees_deliveries,
    sender_capacity,
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/conventions/{code}/notices",
            get(notices_api).post(send_api),
        )
        .route("/api/v1/conventions/{code}/notices/{id}", get(notice_api))
}

#[derive(Deserialize, IntoParams, Default)]
pub struct LangQuery {
    /// The language to read in (en, fr, es, ar); the original when not written in it.
    #[serde(default)]
    pub lang: String,
}

fn lang_of(ctx: &Ctx, q: &LangQuery) -> Lang {
    Lang::parse(&q.lang).unwrap_or(ctx.lang)
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/notices", tag = "notices",
    params(("code" = String, Path), LangQuery),
    responses((status = 200, body = [NoticeOut], description = "The messages addressed to the reader or written by them (every one for ISU staff), newest first"),
        (status = 401, description = "Sign in first"),
        (status = 404, description = "No such convention")))]
pub async fn notices_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<LangQuery>,
) -> Result<Json<Vec<NoticeOut>>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let lang = lang_of(&ctx, &q);
    let list = readable_list(&ctx, &state, &c).await?;
    Ok(Json(
        list.iter()
            .map(|r| message_out(r, lang, sees_deliveries(&ctx, &c.code, r)))
            .collect(),
    ))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/notices/{id}", tag = "notices",
    params(("code" = String, Path), ("id" = String, Path), LangQuery),
    responses((status = 200, body = NoticeOut, description = "The message in the reader's language (else the original); deliveries for ISU staff and the author"),
        (status = 404, description = "No such message for this reader (anonymous readers too)")))]
pub async fn notice_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    Query(q): Query<LangQuery>,
) -> Result<Json<NoticeOut>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let record = readable(&ctx, &state, &c, &id).await?;
    let deliveries = sees_deliveries(&ctx, &c.code, &record);
    Ok(Json(message_out(&record, lang_of(&ctx, &q), deliveries)))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/notices", tag = "notices",
    params(("code" = String, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = NoticeIn,
    responses((status = 201, body = NoticeOut, description = "Sent (audited): the audience resolved on its date, each recipient's mail queued"),
        (status = 400, description = "The body is not a message"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff and the President only"),
        (status = 404, description = "No such convention or meeting"),
        (status = 422, description = "Every problem with the message, in sentences (an empty audience too)")))]
pub async fn send_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    b: Body<NoticeIn>,
) -> Result<Response, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    if !ctx.viewer.is_signed_in() {
        return Err(crate::WebError::SignInRequired {
            next: ctx.path.clone(),
        }
        .into());
    }
    let capacity = sender_capacity(&ctx, &c.code).ok_or(crate::WebError::Forbidden)?;
    check_csrf_header(&ctx, &headers)?;
    let input = body(b)?;
    let m = new_message(&input, capacity, today()).map_err(StoreError::Invalid)?;
    let (id, _) = state
        .store
        .send_message(&ctx.author("send a message"), &c, &m)
        .await?;
    let record = state.store.message(&c, id).await?;
    Ok((
        StatusCode::CREATED,
        Json(message_out(&record, ctx.lang, true)),
    )
        .into_response())
}
