//! The JSON API under `/api/v1/`, described by OpenAPI at `/api/openapi.json`: one file per
//! area, each with its `routes()`. It answers the same questions as the pages, from the same
//! read models (`crate::views`), under the same access checks; errors are
//! `{"error": ..., "status": ...}`. No API file imports a page or another API file.

pub mod architecture;
pub mod audit;
pub mod conventions;
pub mod meetings;
pub mod plan;
pub mod programme;
pub mod records;
pub mod registration;
pub mod states;

use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use treatydesk_domain::calendar::format_date;
use treatydesk_store::entities::actor;
use utoipa::{OpenApi, ToSchema};

use crate::AppState;

/// Every API route and the OpenAPI description.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/openapi.json", get(openapi_json))
        .merge(conventions::routes())
        .merge(states::routes())
        .merge(audit::routes())
        .merge(architecture::routes())
        .merge(meetings::routes())
        .merge(records::routes())
        .merge(plan::routes())
        .merge(programme::routes())
        .merge(registration::routes())
}

/// Names in the four languages.
#[derive(Serialize, ToSchema)]
pub struct Names {
    pub en: String,
    pub fr: String,
    pub es: String,
    pub ar: String,
}

pub(crate) fn names(a: &actor::Model) -> Names {
    Names {
        en: a.name_en.clone(),
        fr: a.name_fr.clone(),
        es: a.name_es.clone(),
        ar: a.name_ar.clone(),
    }
}

pub(crate) fn date(d: Option<time::Date>) -> Option<String> {
    d.map(format_date)
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "TreatyDesk API",
        description = "Conventions, States Parties and their records. Every list takes ?as_of=YYYY-MM-DD."
    ),
    paths(
        conventions::conventions,
        conventions::convention,
        states::states,
        states::state,
        audit::audit,
        architecture::architecture_api,
        architecture::appointments_api,
        architecture::committee_api,
        architecture::findings_api,
        plan::plan_api,
        meetings::meetings_api,
        meetings::meeting_api,
        records::documents_api,
        records::decisions_api,
        records::search_api,
        programme::programme_api,
        registration::participants_api,
        registration::registrations_api,
        registration::register_api
    ),
    components(schemas(
        conventions::Convention,
        Names,
        states::StatusCount,
        states::ProfileFact,
        states::StateParticipation,
        states::StatesList,
        states::StateDetail,
        audit::AuditEntry,
        crate::views::offices::ArchitectureOut,
        crate::views::offices::VersionOut,
        crate::views::offices::BodyOut,
        crate::views::offices::SeatOut,
        crate::views::offices::OfficeOut,
        crate::views::offices::HolderOut,
        crate::views::offices::TermOut,
        crate::views::offices::OverrideOut,
        crate::views::offices::CommitteeOut,
        crate::views::offices::MemberOut,
        crate::views::offices::FindingOut,
        crate::views::offices::FindingsOut,
        crate::views::plan::PlanOut,
        crate::views::meetings::MeetingOut,
        crate::views::meetings::MeetingsOut,
        crate::views::meetings::MeetingDetailOut,
        crate::views::meetings::SuggestionOut,
        crate::views::meetings::AttendanceOut,
        crate::views::meetings::MinutesOut,
        crate::views::records::DocumentsOut,
        crate::views::records::DocumentOut,
        crate::views::records::VersionOut,
        crate::views::records::DocLink,
        crate::views::records::DecisionOut,
        crate::views::records::SearchOut,
        crate::views::records::HitOut,
        crate::views::records::FacetOut,
        crate::views::programme::ProgrammeOut,
        crate::views::programme::DayOut,
        crate::views::programme::SessionOut,
        crate::views::programme::SpeakerOut,
        crate::views::registration::ParticipantOut,
        crate::views::registration::ParticipantsOut,
        crate::views::registration::RegistrationOut,
        crate::views::registration::RegistrationsOut,
        registration::RegistrationIn,
        registration::RegisteredOut
    ))
)]
pub struct ApiDoc;

pub async fn openapi_json() -> Response {
    Json(ApiDoc::openapi()).into_response()
}
