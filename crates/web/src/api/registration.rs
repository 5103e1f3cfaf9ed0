//! The registrations' API: the participants list, the ISU's registrations and a registration
//! sent as JSON (a public write, bounded per client).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::registration::RegistrationForm;
use utoipa::ToSchema;

use crate::ctx::{ClientIp, Ctx};
use crate::error::ApiError;
use crate::views::registration::{
    ParticipantsOut, RegistrationsOut, approved, participant_out, registration_out,
    registration_reason,
};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/conventions/{code}/meetings/{label}/participants",
            get(participants_api),
        )
        .route(
            "/api/v1/conventions/{code}/meetings/{label}/registrations",
            get(registrations_api).post(register_api),
        )
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/meetings/{label}/participants", tag = "meetings",
    params(("code" = String, Path), ("label" = String, Path, description = "the meeting, e.g. 3RC")),
    responses((status = 200, description = "The approved participants, by category (States Parties and up)", body = ParticipantsOut),
        (status = 401, description = "Not signed in"), (status = 403, description = "Below the States Parties level")))]
pub async fn participants_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Json<ParticipantsOut>, ApiError> {
    let (convention, meeting, rows) = approved(&ctx, &state, &code, &label).await?;
    Ok(Json(ParticipantsOut {
        convention: convention.code,
        meeting: meeting.label,
        participants: rows.iter().map(participant_out).collect(),
    }))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/meetings/{label}/registrations", tag = "meetings",
    params(("code" = String, Path), ("label" = String, Path, description = "the meeting, e.g. 3RC")),
    responses((status = 200, description = "Every registration with its status (ISU staff only)", body = RegistrationsOut),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not ISU staff")))]
pub async fn registrations_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Json<RegistrationsOut>, ApiError> {
    let (convention, meeting) = crate::extract::meeting(&state, &code, &label).await?;
    ctx.require(&convention.code, AccessLevel::Isu)?;
    let rows = state.store.registrations(&meeting, None).await?;
    let (code, label) = (convention.code.clone(), meeting.label.clone());
    Ok(Json(RegistrationsOut {
        convention: convention.code,
        meeting: meeting.label,
        registrations: rows
            .iter()
            .map(|r| registration_out(&code, &label, r, true))
            .collect(),
    }))
}

/// A registration sent as JSON (no credentials file: State delegations use the form).
#[derive(serde::Deserialize, ToSchema)]
pub struct RegistrationIn {
    /// state-party, observer-state, international-organization, ngo, isu or media
    pub category: String,
    #[serde(default)]
    pub actor: String,
    #[serde(default)]
    pub organization: String,
    pub family_name: String,
    pub given_name: String,
    pub email: String,
    /// head, member or adviser
    pub role: String,
    /// The registrant's language for every mail about this registration: en, fr, es or ar
    /// (default: the request's language, from `?lang=` or `Accept-Language`).
    #[serde(default)]
    pub lang: String,
}

#[derive(Serialize, ToSchema)]
pub struct RegisteredOut {
    pub id: i32,
    /// The stable reference of the registration (`3RC-REG-0004`), for every later question.
    pub reference: String,
    pub status: String,
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/meetings/{label}/registrations", tag = "meetings",
    params(("code" = String, Path), ("label" = String, Path, description = "the meeting, e.g. 3RC")),
    request_body = RegistrationIn,
    responses((status = 201, description = "Registered (pending the ISU's decision)", body = RegisteredOut),
        (status = 409, description = "This e-mail is already registered for the meeting"),
        (status = 422, description = "A rule of P1.1 refuses it; the error lists every reason")))]
pub async fn register_api(
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    body: Result<Json<RegistrationIn>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, ApiError> {
    // A public write: bounded per client (D9).
    state.guard.public_write(ip)?;
    let Json(body) = body.map_err(|e| WebError::BadRequest(e.body_text()))?;
    let (convention, meeting) = crate::extract::meeting(&state, &code, &label).await?;
    let lang = match body.lang.trim() {
        "" => ctx.lang,
        code => treatydesk_domain::Lang::parse(code).ok_or_else(|| {
            WebError::BadRequest(format!("lang \"{code}\" is not one of en, fr, es, ar"))
        })?,
    };
    let form = RegistrationForm {
        category: body.category,
        actor: body.actor,
        organization: body.organization,
        family_name: body.family_name,
        given_name: body.given_name,
        email: body.email,
        role: body.role,
    };
    let saved = state
        .store
        .register(
            &ctx.author(registration_reason(&ctx, &meeting.label)),
            &convention,
            &meeting,
            &form,
            None,
            lang,
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(RegisteredOut {
            id: saved.id,
            reference: treatydesk_store::registration::reference_of(&meeting.label, &saved),
            status: saved.status,
        }),
    )
        .into_response())
}
