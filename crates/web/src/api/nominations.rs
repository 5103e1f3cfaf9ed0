//! `/api/v1/conventions/{code}/meetings/{label}/nominations` (issue 12 item 2): the same reads
//! and writes as the nominations page, with the same checks and audit entries. A write by a
//! session carries its CSRF token in `x-csrf-token`; a write with `Authorization: Bearer`
//! needs none.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use treatydesk_domain::finding::Message;
use treatydesk_store::nominations::NewNomination;

use super::check_csrf_header;
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::views::findings::problem;
use crate::views::nominations::{
    NominatedOut, NominationIn, NominationOut, NominationsOut, findings_out, meeting_nominations,
    nominations_out, nominee, require_nominator, withdrawable,
};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/conventions/{code}/meetings/{label}/nominations",
            get(nominations_api).post(nominate_api),
        )
        .route(
            "/api/v1/conventions/{code}/meetings/{label}/nominations/{id}/withdraw",
            post(withdraw_api),
        )
}

type Body<T> = Result<Json<T>, axum::extract::rejection::JsonRejection>;

fn body<T>(b: Body<T>) -> Result<T, WebError> {
    b.map(|Json(v)| v)
        .map_err(|e| WebError::BadRequest(e.body_text()))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/meetings/{label}/nominations", tag = "nominations",
    params(("code" = String, Path), ("label" = String, Path, description = "a meeting that selects Coordinators: 3RC, 14MSP")),
    responses((status = 200, description = "The nominations the reader may see: ISU staff and the President every one, the Coordinators every one once the meeting has opened, a focal point its own State's", body = NominationsOut),
        (status = 401, description = "Sign in, or send a valid personal API token"),
        (status = 403, description = "The reader's role does not see this meeting's nominations"),
        (status = 404, description = "No such convention or meeting")))]
pub async fn nominations_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Json<NominationsOut>, ApiError> {
    let m = meeting_nominations(&state, &code, &label).await?;
    Ok(Json(nominations_out(&state, &ctx, &m).await?))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/meetings/{label}/nominations", tag = "nominations",
    params(("code" = String, Path), ("label" = String, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = NominationIn,
    responses((status = 201, description = "Recorded (audited), with the warnings of the rules on nomination it got", body = NominatedOut),
        (status = 401, description = "Sign in, or send a valid personal API token"),
        (status = 403, description = "Neither the State's focal point nor ISU staff, or no CSRF token"),
        (status = 404, description = "No such convention or meeting"),
        (status = 409, description = "The State already has a standing nomination for the meeting"),
        (status = 422, description = "Refused: the meeting has opened or selects no Coordinators, a seat not in the architecture in force, the order of preference, a State that will not be a State Party in force on the first day of the term; every reason is listed")))]
pub async fn nominate_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<NominationIn>,
) -> Result<Response, ApiError> {
    let m = meeting_nominations(&state, &code, &label).await?;
    require_nominator(&ctx, m.code())?;
    check_csrf_header(&ctx, &headers)?;
    let b = body(b)?;
    let (nominated, on_behalf) = nominee(&ctx, m.code(), b.state.as_deref())?.ok_or_else(|| {
        WebError::Store(treatydesk_store::StoreError::refuse(problem(Message::new(
            "refuse-nomination-state-missing",
        ))))
    })?;
    let new = NewNomination {
        state: nominated.clone(),
        choices: b
            .choices
            .iter()
            .map(|c| (c.seat.trim().to_string(), c.preference))
            .collect(),
        statement: b.statement,
        on_behalf,
    };
    let made = state
        .store
        .nominate(
            &ctx.author(format!("nomination of {nominated}")),
            &m.loaded.convention,
            &m.meeting,
            new,
            m.today,
        )
        .await?;
    let out = NominatedOut {
        nomination: m.nomination_out(&ctx, &made.nomination),
        findings: findings_out(&made.findings),
    };
    Ok((StatusCode::CREATED, Json(out)).into_response())
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/meetings/{label}/nominations/{id}/withdraw", tag = "nominations",
    params(("code" = String, Path), ("label" = String, Path), ("id" = i32, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    responses((status = 200, description = "Withdrawn (audited); kept on record, marked withdrawn", body = NominationOut),
        (status = 401, description = "Sign in, or send a valid personal API token"),
        (status = 403, description = "Neither the State's focal point nor ISU staff, or no CSRF token"),
        (status = 404, description = "No such convention, meeting or nomination"),
        (status = 409, description = "Already withdrawn"),
        (status = 422, description = "The meeting has opened: a nomination is withdrawn only until then")))]
pub async fn withdraw_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, id)): Path<(String, String, i32)>,
    headers: HeaderMap,
) -> Result<Json<NominationOut>, ApiError> {
    let m = meeting_nominations(&state, &code, &label).await?;
    let n = withdrawable(&state, &ctx, &m, id).await?;
    check_csrf_header(&ctx, &headers)?;
    let withdrawn = state
        .store
        .withdraw_nomination(
            &ctx.author(format!("withdraw the nomination of {}", n.state)),
            &m.loaded.convention,
            n.id,
            m.today,
        )
        .await?;
    Ok(Json(m.nomination_out(&ctx, &withdrawn)))
}
