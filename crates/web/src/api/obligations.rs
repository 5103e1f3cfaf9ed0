//! `/api/v1/conventions/{code}/states/{iso3}/obligations` and `/obligations/overdue` (issue
//! 16): a State's deadlines as of a date, the ISU recording a submission (session, CSRF token
//! in a header, audited by the store), and the convention's overdue list.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use treatydesk_domain::AccessLevel;
use treatydesk_store::StoreError;
use utoipa::ToSchema;

use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::extract::AsOf;
use crate::views::listing;
use crate::views::obligations::{
    OverdueOut, StateObligationsOut, SubmissionFields, SubmissionOut, load_state, overdue_out,
    state_out, submission_out,
};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/conventions/{code}/obligations/overdue",
            get(overdue_api),
        )
        .route(
            "/api/v1/conventions/{code}/states/{iso3}/obligations",
            get(state_api).post(record_api),
        )
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/states/{iso3}/obligations", tag = "obligations",
    params(("code" = String, Path), ("iso3" = String, Path, description = "the State, e.g. NGA"),
        ("as_of" = Option<String>, Query, format = Date, description = "YYYY-MM-DD; today when absent")),
    responses((status = 200, description = "The State's deadlines as of the date, with their basis", body = StateObligationsOut)))]
pub async fn state_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    Query(q): Query<AsOf>,
) -> Result<Json<StateObligationsOut>, ApiError> {
    let as_of = listing::as_of(&q.as_of)?;
    let s = load_state(&state, &code, &iso3, as_of).await?;
    Ok(Json(state_out(&ctx.viewer, &s)))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/obligations/overdue", tag = "obligations",
    params(("code" = String, Path),
        ("as_of" = Option<String>, Query, format = Date, description = "YYYY-MM-DD; today when absent")),
    responses((status = 200, description = "Every deadline overdue on the date, as the rules compute it from the record", body = OverdueOut)))]
pub async fn overdue_api(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AsOf>,
) -> Result<Json<OverdueOut>, ApiError> {
    let as_of = listing::as_of(&q.as_of)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    let rows = state.store.overdue(&c, as_of).await?;
    Ok(Json(overdue_out(&c, as_of, &rows)))
}

#[derive(Deserialize, ToSchema)]
pub struct SubmissionIn {
    /// The obligation's key (art7-initial, art7-annual, art3-destruction ...).
    pub obligation: String,
    /// report (the default) or extension-granted
    #[serde(default)]
    pub kind: Option<String>,
    /// For a yearly report: the calendar year covered.
    #[serde(default)]
    pub period: Option<i32>,
    /// YYYY-MM-DD
    pub received_on: String,
    /// For an extension granted: the new deadline, YYYY-MM-DD.
    #[serde(default)]
    pub extended_to: Option<String>,
    pub reference: String,
    /// public (the default), states-parties, committee or isu
    #[serde(default)]
    pub access: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    /// Why, kept in the audit log.
    #[serde(default)]
    pub reason: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/states/{iso3}/obligations", tag = "obligations",
    params(("code" = String, Path), ("iso3" = String, Path, description = "the State, e.g. NGA"),
        ("x-csrf-token" = String, Header, description = "the session's CSRF token")),
    request_body = SubmissionIn,
    responses((status = 201, description = "Recorded (audited)", body = SubmissionOut),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only, or the CSRF token is missing"),
        (status = 422, description = "The submission breaks a rule; every reason is listed")))]
pub async fn record_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    headers: HeaderMap,
    body: Result<Json<SubmissionIn>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    super::check_csrf_header(&ctx, &headers)?;
    let Json(body) = body.map_err(|e| WebError::BadRequest(e.body_text()))?;
    let actor = listing::state_actor(&state.store, &iso3).await?;
    let fields = SubmissionFields {
        obligation: body.obligation,
        kind: body.kind.unwrap_or_else(|| "report".into()),
        period: body.period.map(|p| p.to_string()).unwrap_or_default(),
        received_on: body.received_on,
        extended_to: body.extended_to.unwrap_or_default(),
        reference: body.reference,
        access: body.access.unwrap_or_else(|| "public".into()),
        note: body.note.unwrap_or_default(),
        reason: body.reason.unwrap_or_default(),
    };
    let new = fields.check().map_err(StoreError::Invalid)?;
    let reason = fields.reason();
    let saved = state
        .store
        .record_submission(&ctx.author(reason), &c, &actor, new)
        .await?;
    Ok((StatusCode::CREATED, Json(submission_out(&saved))).into_response())
}
