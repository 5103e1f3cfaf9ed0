//! Registration as delegations work, through the JSON API (issue 18 item 7): a State's
//! delegation at a meeting (read, and several people added in one post with one note verbale,
//! base64 in `credentials`), a person corrected or withdrawn, and the ISU's decisions on several
//! registrations at once. A focal point acts for its own State only (another State's
//! registration answers 404, as a missing one); ISU staff act for any State. It never writes
//! except through the store's audited methods.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use treatydesk_domain::AccessLevel;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::finding::Message;
use treatydesk_store::StoreError;
use treatydesk_store::delegations::Delegate;
use treatydesk_store::registration::Upload;
use utoipa::ToSchema;

use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::views::findings::problem;
use crate::views::registration::{
    Acting, DelegateOut, DelegationOut, RegistrationOut, acting_for, acting_on, known_state,
    registration_out, revision_out,
};
use crate::views::statements::decode_base64;
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/conventions/{code}/meetings/{label}/delegations/{state}",
            get(delegation_api).post(post_delegation_api),
        )
        .route(
            "/api/v1/conventions/{code}/meetings/{label}/registrations/{id}/correction",
            post(correct_api),
        )
        .route(
            "/api/v1/conventions/{code}/meetings/{label}/registrations/{id}/withdraw",
            post(withdraw_api),
        )
        .route(
            "/api/v1/conventions/{code}/meetings/{label}/registrations/decisions",
            post(decisions_api),
        )
}

fn json_body<T>(
    body: Result<Json<T>, axum::extract::rejection::JsonRejection>,
) -> Result<T, WebError> {
    body.map(|Json(b)| b)
        .map_err(|e| WebError::BadRequest(e.body_text()))
}

fn registration_id(id: &str) -> Result<i32, WebError> {
    id.parse()
        .map_err(|_| WebError::NotFound(format!("registration \"{id}\"")))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/meetings/{label}/delegations/{state}", tag = "meetings",
    params(("code" = String, Path), ("label" = String, Path, description = "the meeting, e.g. 3RC"),
        ("state" = String, Path, description = "the State's code, e.g. NGA")),
    responses((status = 200, description = "The State's registrations for the meeting, with references, reasons and history (its focal point, ISU staff)", body = DelegationOut),
        (status = 401, description = "Not signed in"), (status = 403, description = "Neither the State's focal point nor ISU staff"),
        (status = 404, description = "No such meeting or State")))]
pub async fn delegation_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, iso3)): Path<(String, String, String)>,
) -> Result<Json<DelegationOut>, ApiError> {
    let (convention, meeting) = crate::extract::meeting(&state, &code, &label).await?;
    let iso3 = iso3.to_uppercase();
    let acting = acting_for(&ctx, &convention.code, &iso3)?;
    known_state(&state, &iso3).await?;
    let record = state.store.delegation_record(&meeting, &iso3).await?;
    let settings = state.store.registration_settings(&meeting).await?;
    Ok(Json(DelegationOut {
        convention: convention.code.clone(),
        meeting: meeting.label.clone(),
        state: iso3,
        deadline: settings.and_then(|s| s.deadline).map(format_date),
        delegates: record
            .registrations
            .iter()
            .map(|(r, revisions)| DelegateOut {
                registration: registration_out(
                    &convention.code,
                    &meeting.label,
                    r,
                    acting == Acting::Isu,
                ),
                revisions: revisions.iter().map(revision_out).collect(),
            })
            .collect(),
    }))
}

/// One person of a delegation post or a correction.
#[derive(Deserialize, ToSchema)]
pub struct DelegateIn {
    pub family_name: String,
    pub given_name: String,
    pub email: String,
    /// head, member or adviser
    pub role: String,
}

impl DelegateIn {
    fn delegate(self) -> Delegate {
        Delegate {
            family_name: self.family_name,
            given_name: self.given_name,
            email: self.email,
            role: self.role,
        }
    }
}

/// Several people of a State's delegation, with the note verbale that covers them.
#[derive(Deserialize, ToSchema)]
pub struct DelegationIn {
    /// state-party or observer-state (default: state-party)
    #[serde(default)]
    pub category: String,
    pub people: Vec<DelegateIn>,
    /// The note verbale, a PDF, base64 (required with the delegation's first post; later posts
    /// may rely on it).
    #[serde(default)]
    pub credentials: String,
    /// The language of the mails to these people: en, fr, es or ar (default: the request's).
    #[serde(default)]
    pub lang: String,
}

/// The people a post registered, with their references.
#[derive(Serialize, ToSchema)]
pub struct PostedOut {
    pub post: i32,
    pub registrations: Vec<RegistrationOut>,
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/meetings/{label}/delegations/{state}", tag = "meetings",
    params(("code" = String, Path), ("label" = String, Path, description = "the meeting, e.g. 3RC"),
        ("state" = String, Path, description = "the State's code, e.g. NGA")),
    request_body = DelegationIn,
    responses((status = 201, description = "Everyone registered (pending the ISU's decision), each with a reference", body = PostedOut),
        (status = 400, description = "Not a delegation post, or credentials not base64"),
        (status = 401, description = "Not signed in"), (status = 403, description = "Neither the State's focal point nor ISU staff"),
        (status = 422, description = "A rule refuses the post or a person in it; nothing is stored, every reason is listed")))]
pub async fn post_delegation_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, iso3)): Path<(String, String, String)>,
    body: Result<Json<DelegationIn>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, ApiError> {
    let (convention, meeting) = crate::extract::meeting(&state, &code, &label).await?;
    let iso3 = iso3.to_uppercase();
    let acting = acting_for(&ctx, &convention.code, &iso3)?;
    let body = json_body(body)?;
    let lang = match body.lang.trim() {
        "" => ctx.lang,
        code => treatydesk_domain::Lang::parse(code).ok_or_else(|| {
            WebError::Store(StoreError::refuse(problem(
                Message::new("refuse-delegation-lang").code("value", code),
            )))
        })?,
    };
    let upload = match body.credentials.trim() {
        "" => None,
        text => Some(Upload {
            filename: format!("note-verbale-{iso3}.pdf"),
            content: decode_base64(text).map_err(WebError::BadRequest)?,
        }),
    };
    let category = match body.category.trim() {
        "" => "state-party".to_string(),
        c => c.to_string(),
    };
    let people: Vec<Delegate> = body.people.into_iter().map(DelegateIn::delegate).collect();
    let author = ctx.author(format!(
        "the delegation of {iso3} for {} through the API",
        meeting.label
    ));
    let posted = state
        .store
        .register_delegation(
            &author,
            &convention,
            &meeting,
            &iso3,
            &category,
            &people,
            upload,
            lang,
        )
        .await?
        .map_err(|refused| WebError::Store(StoreError::Invalid(refused.problems())))?;
    Ok((
        StatusCode::CREATED,
        Json(PostedOut {
            post: posted.post.id,
            registrations: posted
                .registrations
                .iter()
                .map(|r| {
                    registration_out(&convention.code, &meeting.label, r, acting == Acting::Isu)
                })
                .collect(),
        }),
    )
        .into_response())
}

/// A correction of one person: the new values and why.
#[derive(Deserialize, ToSchema)]
pub struct RegistrationCorrectionIn {
    #[serde(flatten)]
    pub person: DelegateIn,
    /// Why (required): kept with the old values.
    pub reason: String,
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/meetings/{label}/registrations/{id}/correction", tag = "meetings",
    params(("code" = String, Path), ("label" = String, Path, description = "the meeting, e.g. 3RC"), ("id" = i32, Path)),
    request_body = RegistrationCorrectionIn,
    responses((status = 200, description = "Corrected; the old values are kept as a revision; pending the ISU's decision again", body = RegistrationOut),
        (status = 404, description = "No such registration, or one the reader may not change (its State's focal point and ISU staff only)"),
        (status = 422, description = "After the deadline, without a reason, or a rule refuses the new values")))]
pub async fn correct_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, id)): Path<(String, String, String)>,
    body: Result<Json<RegistrationCorrectionIn>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<RegistrationOut>, ApiError> {
    let (convention, meeting) = crate::extract::meeting(&state, &code, &label).await?;
    let id = registration_id(&id)?;
    let row = state.store.registration(&meeting, id).await?;
    let (acting, iso3) = acting_on(&ctx, &convention.code, &row)?;
    let body = json_body(body)?;
    let author = ctx.author(format!(
        "correct registration {id} for {} through the API",
        meeting.label
    ));
    let saved = state
        .store
        .correct_registration(
            &author,
            &meeting,
            id,
            acting.scope(&iso3),
            &body.person.delegate(),
            &body.reason,
        )
        .await?;
    Ok(Json(registration_out(
        &convention.code,
        &meeting.label,
        &saved,
        acting == Acting::Isu,
    )))
}

/// A withdrawal, with why (may be empty).
#[derive(Deserialize, ToSchema, Default)]
pub struct WithdrawIn {
    #[serde(default)]
    pub reason: String,
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/meetings/{label}/registrations/{id}/withdraw", tag = "meetings",
    params(("code" = String, Path), ("label" = String, Path, description = "the meeting, e.g. 3RC"), ("id" = i32, Path)),
    request_body = WithdrawIn,
    responses((status = 200, description = "Withdrawn; what it was is kept as a revision", body = RegistrationOut),
        (status = 404, description = "No such registration, or one the reader may not change (its State's focal point and ISU staff only)"),
        (status = 422, description = "After the deadline, or already refused or withdrawn")))]
pub async fn withdraw_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, id)): Path<(String, String, String)>,
    body: Result<Json<WithdrawIn>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<RegistrationOut>, ApiError> {
    let (convention, meeting) = crate::extract::meeting(&state, &code, &label).await?;
    let id = registration_id(&id)?;
    let row = state.store.registration(&meeting, id).await?;
    let (acting, iso3) = acting_on(&ctx, &convention.code, &row)?;
    let body = json_body(body)?;
    let author = ctx.author(format!(
        "withdraw registration {id} for {} through the API",
        meeting.label
    ));
    let saved = state
        .store
        .withdraw_registration(&author, &meeting, id, acting.scope(&iso3), &body.reason)
        .await?;
    Ok(Json(registration_out(
        &convention.code,
        &meeting.label,
        &saved,
        acting == Acting::Isu,
    )))
}

/// The ISU's decision on several registrations.
#[derive(Deserialize, ToSchema)]
pub struct DecisionsIn {
    pub ids: Vec<i32>,
    /// approve or refuse
    pub decision: String,
    /// Why (required to refuse): stored and shown to the delegation.
    #[serde(default)]
    pub reason: String,
}

#[derive(Serialize, ToSchema)]
pub struct DecidedOut {
    pub registrations: Vec<RegistrationOut>,
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/meetings/{label}/registrations/decisions", tag = "meetings",
    params(("code" = String, Path), ("label" = String, Path, description = "the meeting, e.g. 3RC")),
    request_body = DecisionsIn,
    responses((status = 200, description = "Every registration decided (all or none), each told by mail", body = DecidedOut),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not ISU staff"),
        (status = 409, description = "One of them is not pending; none was decided"),
        (status = 422, description = "A refusal without a reason")))]
pub async fn decisions_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    body: Result<Json<DecisionsIn>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<DecidedOut>, ApiError> {
    let (convention, meeting) = crate::extract::meeting(&state, &code, &label).await?;
    ctx.require(&convention.code, AccessLevel::Isu)?;
    let body = json_body(body)?;
    let approve = match body.decision.as_str() {
        "approve" => true,
        "refuse" => false,
        other => {
            return Err(WebError::Store(StoreError::refuse(problem(
                Message::new("refuse-delegation-decision").code("value", other),
            )))
            .into());
        }
    };
    let author = ctx.author(format!(
        "{} {} registrations for {} through the API",
        body.decision,
        body.ids.len(),
        meeting.label
    ));
    let decided = state
        .store
        .decide_registrations(&author, &meeting, &body.ids, approve, &body.reason)
        .await?;
    Ok(Json(DecidedOut {
        registrations: decided
            .iter()
            .map(|r| registration_out(&convention.code, &meeting.label, r, true))
            .collect(),
    }))
}
