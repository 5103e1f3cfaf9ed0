//! The architecture's API: bodies and seats, terms of office, the Coordination Committee and
//! the findings of the rules, each "as of" a date.

use axum::extract::{Path, Query, State};
use axum::routing::get;
use axum::{Json, Router};
use treatydesk_domain::AccessLevel;

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::extract::AsOf;
use crate::views::listing;
use crate::views::offices::{ArchitectureOut, CommitteeOut, FindingsOut, TermOut, load};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/conventions/{code}/architecture",
            get(architecture_api),
        )
        .route(
            "/api/v1/conventions/{code}/appointments",
            get(appointments_api),
        )
        .route("/api/v1/conventions/{code}/committee", get(committee_api))
        .route("/api/v1/conventions/{code}/findings", get(findings_api))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/architecture", tag = "architecture",
    params(("code" = String, Path), ("as_of" = Option<String>, Query, description = "YYYY-MM-DD; today when absent")),
    responses((status = 200, body = ArchitectureOut), (status = 404, description = "No architecture in force that day")))]
pub async fn architecture_api(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AsOf>,
) -> Result<Json<ArchitectureOut>, ApiError> {
    let as_of = listing::as_of(&q.as_of)?;
    Ok(Json(load(&state, &code).await?.architecture_on(as_of)?))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/appointments", tag = "architecture",
    params(("code" = String, Path), ("as_of" = Option<String>, Query, description = "YYYY-MM-DD: only the terms in office that day; every term when absent")),
    responses((status = 200, description = "Every term of office, in order of start", body = [TermOut])))]
pub async fn appointments_api(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AsOf>,
) -> Result<Json<Vec<TermOut>>, ApiError> {
    let as_of = listing::as_of_given(&q.as_of)?;
    let loaded = load(&state, &code).await?;
    Ok(Json(
        loaded
            .record
            .terms()
            .iter()
            .filter(|t| as_of.is_none_or(|d| t.covers(d)))
            .map(|t| loaded.term_out(t))
            .collect(),
    ))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/committee", tag = "architecture",
    params(("code" = String, Path), ("as_of" = Option<String>, Query, description = "YYYY-MM-DD; today when absent")),
    responses((status = 200, body = CommitteeOut), (status = 404, description = "No committee that day")))]
pub async fn committee_api(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AsOf>,
) -> Result<Json<CommitteeOut>, ApiError> {
    let as_of = listing::as_of(&q.as_of)?;
    Ok(Json(load(&state, &code).await?.committee_on(as_of)?))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/findings", tag = "architecture",
    params(("code" = String, Path), ("as_of" = Option<String>, Query, description = "judge vacancies up to this date; today when absent")),
    responses((status = 200, description = "States Parties and above", body = FindingsOut),
        (status = 401, description = "Not signed in"), (status = 403, description = "Role below States Parties")))]
pub async fn findings_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AsOf>,
) -> Result<Json<FindingsOut>, ApiError> {
    let as_of = listing::as_of(&q.as_of)?;
    let loaded = load(&state, &code).await?;
    ctx.require(&loaded.convention.code, AccessLevel::StatesParties)?;
    let meetings = state
        .store
        .meeting_findings(&loaded.convention, as_of)
        .await?;
    Ok(Json(loaded.findings(as_of, meetings)))
}
