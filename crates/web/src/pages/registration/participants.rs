//! The list of participants of a meeting (approved registrations only), by category: the page,
//! its CSV, XLSX and PDF files, and the API (`/participants` for States Parties and up; the ISU's
//! list of every registration and the public JSON registration at `/registrations`).
//! The list never shows e-mail addresses or pending and refused registrations; only the ISU's
//! API does, and only to the ISU.

use askama::Template;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::registration::{Category, RegistrationForm, RegistrationStatus};
use treatydesk_store::entities::{convention, meeting, registration};
use utoipa::ToSchema;

use super::form::author_of;
use super::meeting_of;
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::exports::{self, Headings, ParticipantRow};
use crate::pages::render;
use crate::{AppState, WebError};

/// The approved registrations of a meeting, once the reader's access is checked.
async fn approved(
    ctx: &Ctx,
    state: &AppState,
    code: &str,
    label: &str,
) -> Result<(convention::Model, meeting::Model, Vec<registration::Model>), WebError> {
    let (convention, meeting) = meeting_of(state, code, label).await?;
    ctx.require(&convention.code, AccessLevel::StatesParties)?;
    let mut rows = state
        .store
        .registrations(&meeting, Some(RegistrationStatus::Approved))
        .await?;
    let order = |slug: &str| {
        Category::ALL
            .iter()
            .position(|c| c.slug() == slug)
            .unwrap_or(usize::MAX)
    };
    rows.sort_by(|a, b| {
        (order(&a.category), &a.organization, &a.family_name).cmp(&(
            order(&b.category),
            &b.organization,
            &b.family_name,
        ))
    });
    Ok((convention, meeting, rows))
}

fn export_rows(ctx: &Ctx, rows: &[registration::Model]) -> Vec<ParticipantRow> {
    rows.iter()
        .map(|r| ParticipantRow {
            category: r.category.clone(),
            category_label: ctx.category_slug_label(&r.category),
            delegation: r.organization.clone(),
            family_name: r.family_name.clone(),
            given_name: r.given_name.clone(),
            role: r.delegation_role.clone(),
            role_label: ctx.role_slug_label(&r.delegation_role),
        })
        .collect()
}

/// One category's participants on the page.
pub struct CategoryView {
    pub slug: &'static str,
    pub title: String,
    pub rows: Vec<ParticipantRow>,
}

#[derive(Template)]
#[template(path = "participants.html")]
struct ParticipantsPage {
    ctx: Ctx,
    code: String,
    label: String,
    total: usize,
    categories: Vec<CategoryView>,
}

pub async fn page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (convention, meeting, rows) = approved(&ctx, &state, &code, &label).await?;
    let all = export_rows(&ctx, &rows);
    let categories = Category::ALL
        .into_iter()
        .map(|c| CategoryView {
            slug: c.slug(),
            title: ctx.category_label(c),
            rows: all
                .iter()
                .filter(|r| r.category == c.slug())
                .cloned()
                .collect(),
        })
        .filter(|c| !c.rows.is_empty())
        .collect();
    render(&ParticipantsPage {
        code: convention.code,
        label: meeting.label,
        total: all.len(),
        categories,
        ctx,
    })
}

fn headings(ctx: &Ctx, label: &str) -> Headings {
    Headings {
        title: ctx.ts("reg-participants-title", label),
        category: ctx.t("reg-field-category"),
        delegation: ctx.t("reg-delegation"),
        family_name: ctx.t("reg-field-family-name"),
        given_name: ctx.t("reg-field-given-name"),
        role: ctx.t("reg-field-role"),
        not_drawn: ctx.t("reg-pdf-not-drawn"),
    }
}

fn file(bytes: Vec<u8>, media_type: &'static str, name: String) -> Response {
    let mut response = (StatusCode::OK, bytes).into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(media_type));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn export_failed(e: String) -> WebError {
    WebError::Store(treatydesk_store::StoreError::Unavailable(format!(
        "the file could not be written: {e}"
    )))
}

pub async fn csv_file(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (convention, meeting, rows) = approved(&ctx, &state, &code, &label).await?;
    let bytes = exports::csv(&export_rows(&ctx, &rows)).map_err(export_failed)?;
    Ok(file(
        bytes,
        "text/csv; charset=utf-8",
        format!("{}-{}-participants.csv", convention.code, meeting.label),
    ))
}

pub async fn xlsx_file(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (convention, meeting, rows) = approved(&ctx, &state, &code, &label).await?;
    let bytes = exports::xlsx(&headings(&ctx, &meeting.label), &export_rows(&ctx, &rows))
        .map_err(export_failed)?;
    Ok(file(
        bytes,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        format!("{}-{}-participants.xlsx", convention.code, meeting.label),
    ))
}

pub async fn pdf_file(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (convention, meeting, rows) = approved(&ctx, &state, &code, &label).await?;
    // The PDF's font draws Latin scripts only: Arabic readers get the English headings.
    let mut ctx = ctx;
    if ctx.lang == treatydesk_domain::Lang::Ar {
        ctx.lang = treatydesk_domain::Lang::En;
    }
    let bytes = exports::pdf(&headings(&ctx, &meeting.label), &export_rows(&ctx, &rows));
    Ok(file(
        bytes,
        "application/pdf",
        format!("{}-{}-participants.pdf", convention.code, meeting.label),
    ))
}

/// A participant in the API.
#[derive(Serialize, ToSchema)]
pub struct ParticipantOut {
    /// state-party, observer-state, international-organization, ngo, isu or media
    pub category: String,
    /// The State's or organization's code in the registry, when there is one.
    pub actor: Option<String>,
    pub delegation: String,
    pub family_name: String,
    pub given_name: String,
    /// head, member or adviser
    pub role: String,
}

#[derive(Serialize, ToSchema)]
pub struct ParticipantsOut {
    pub convention: String,
    pub meeting: String,
    pub participants: Vec<ParticipantOut>,
}

fn participant_out(r: &registration::Model) -> ParticipantOut {
    ParticipantOut {
        category: r.category.clone(),
        actor: r.actor_code.clone(),
        delegation: r.organization.clone(),
        family_name: r.family_name.clone(),
        given_name: r.given_name.clone(),
        role: r.delegation_role.clone(),
    }
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

/// A registration as the ISU sees it in the API.
#[derive(Serialize, ToSchema)]
pub struct RegistrationOut {
    pub id: i32,
    #[serde(flatten)]
    pub participant: ParticipantOut,
    pub email: String,
    /// pending, approved, refused or withdrawn
    pub status: String,
    pub submitted_at: String,
    pub has_credentials: bool,
}

#[derive(Serialize, ToSchema)]
pub struct RegistrationsOut {
    pub convention: String,
    pub meeting: String,
    pub registrations: Vec<RegistrationOut>,
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
    let (convention, meeting) = meeting_of(&state, &code, &label).await?;
    ctx.require(&convention.code, AccessLevel::Isu)?;
    let rows = state.store.registrations(&meeting, None).await?;
    Ok(Json(RegistrationsOut {
        convention: convention.code,
        meeting: meeting.label,
        registrations: rows
            .iter()
            .map(|r| RegistrationOut {
                id: r.id,
                participant: participant_out(r),
                email: r.email.clone(),
                status: r.status.clone(),
                submitted_at: r
                    .submitted_at
                    .format(&time::format_description::well_known::Rfc3339)
                    .unwrap_or_else(|_| format_date(r.submitted_at.date())),
                has_credentials: r.credential_id.is_some(),
            })
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
}

#[derive(Serialize, ToSchema)]
pub struct RegisteredOut {
    pub id: i32,
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
    crate::guard::ClientIp(ip): crate::guard::ClientIp,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    body: Result<Json<RegistrationIn>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, ApiError> {
    // A public write: bounded per client (D9).
    state.guard.public_write(ip)?;
    let Json(body) = body.map_err(|e| WebError::BadRequest(e.body_text()))?;
    let (convention, meeting) = meeting_of(&state, &code, &label).await?;
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
            &author_of(&ctx, &meeting.label),
            &convention,
            &meeting,
            &form,
            None,
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(RegisteredOut {
            id: saved.id,
            status: saved.status,
        }),
    )
        .into_response())
}
