//! `/api/v1/conventions` and one convention.

use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use treatydesk_domain::calendar::format_date;
use treatydesk_store::entities::convention;
use utoipa::ToSchema;

use super::{Names, date};
use crate::error::ApiError;
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/conventions", get(conventions))
        .route("/api/v1/conventions/{code}", get(convention))
}

#[derive(Serialize, ToSchema)]
pub struct Convention {
    pub code: String,
    pub short_name: String,
    pub name: Names,
    /// YYYY-MM-DD
    pub adopted_on: Option<String>,
    pub opened_for_signature_on: Option<String>,
    /// When the convention entered into force (absent when its rule is not on record).
    pub entry_into_force: Option<String>,
    pub depositary: String,
    /// What the participation list is (for example, partial).
    pub participation_note: String,
}

fn convention_out(c: &convention::Model) -> Result<Convention, WebError> {
    let rules = treatydesk_store::registry::rules_of(c)?;
    Ok(Convention {
        code: c.code.clone(),
        short_name: c.short_name.clone(),
        name: Names {
            en: c.name_en.clone(),
            fr: c.name_fr.clone(),
            es: c.name_es.clone(),
            ar: c.name_ar.clone(),
        },
        adopted_on: date(c.adopted_on),
        opened_for_signature_on: date(c.opened_for_signature_on),
        entry_into_force: rules
            .entry_into_force
            .map(|r| format_date(r.convention_entry_into_force())),
        depositary: c.depositary.clone(),
        participation_note: c.participation_note.clone(),
    })
}

#[utoipa::path(get, path = "/api/v1/conventions", tag = "conventions",
    responses((status = 200, description = "The conventions of this instance", body = [Convention])))]
pub async fn conventions(State(state): State<AppState>) -> Result<Json<Vec<Convention>>, ApiError> {
    let list = state.store.conventions().await?;
    Ok(Json(
        list.iter().map(convention_out).collect::<Result<_, _>>()?,
    ))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}", tag = "conventions",
    params(("code" = String, Path, description = "ccm, aplc, ccw ...")),
    responses((status = 200, body = Convention), (status = 404, description = "No such convention")))]
pub async fn convention(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<Convention>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    Ok(Json(convention_out(&c)?))
}
