//! `/api/v1/conventions/{code}/states`: the States Parties list and one State.

use axum::extract::{Path, Query, State};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use treatydesk_domain::calendar::format_date;
use utoipa::ToSchema;

use super::{Names, date, names};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::extract::AsOf;
use crate::views::listing::{self, ListParams};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/conventions/{code}/states", get(states))
        .route("/api/v1/conventions/{code}/states/{iso3}", get(state))
}

#[derive(Serialize, ToSchema)]
pub struct StatusCount {
    /// party-in-force, ratified-not-in-force, signatory or withdrawn
    pub status: String,
    pub count: usize,
}

#[derive(Serialize, ToSchema)]
pub struct ProfileFact {
    /// affected, stockpile-holder or victim-assistance
    pub kind: String,
    pub from: Option<String>,
    pub until: Option<String>,
    pub holds_on_as_of: bool,
    pub source: String,
}

#[derive(Serialize, ToSchema)]
pub struct StateParticipation {
    pub iso3: String,
    pub iso2: Option<String>,
    pub name: Names,
    pub un_group: Option<String>,
    /// The status on `as_of`.
    pub status: Option<String>,
    pub signed_on: Option<String>,
    pub deposited_on: Option<String>,
    pub deposit_kind: Option<String>,
    pub in_force_on: Option<String>,
    pub withdrawal_notified_on: Option<String>,
    pub withdrawal_effective_on: Option<String>,
    pub note: Option<String>,
    pub profile: Vec<ProfileFact>,
}

#[derive(Serialize, ToSchema)]
pub struct StatesList {
    pub convention: String,
    pub as_of: String,
    pub total_with_record: usize,
    pub counts: Vec<StatusCount>,
    pub states: Vec<StateParticipation>,
}

#[derive(Serialize, ToSchema)]
pub struct StateDetail {
    pub convention: String,
    pub as_of: String,
    pub state: StateParticipation,
}

fn profile_fact(e: &treatydesk_domain::ProfileEntry, as_of: time::Date) -> ProfileFact {
    ProfileFact {
        kind: e.kind.slug().to_string(),
        from: date(e.from),
        until: date(e.until),
        holds_on_as_of: e.holds_on(as_of),
        source: e.source.clone(),
    }
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/states", tag = "states",
    params(
        ("code" = String, Path, description = "ccm, aplc, ccw ..."),
        ("status" = Option<String>, Query, description = "party-in-force, ratified-not-in-force, signatory, withdrawn"),
        ("group" = Option<String>, Query, description = "UN regional group slug"),
        ("profile" = Option<String>, Query, description = "affected, stockpile-holder, victim-assistance"),
        ("q" = Option<String>, Query, description = "part of a name, in any language, or an ISO code"),
        ("as_of" = Option<String>, Query, description = "YYYY-MM-DD; today when absent"),
    ),
    responses((status = 200, body = StatesList), (status = 400, description = "A filter is malformed"), (status = 404)))]
pub async fn states(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(params): Query<ListParams>,
) -> Result<Json<StatesList>, ApiError> {
    let filters = params.check()?;
    let listing = listing::load(&state.store, &code, filters, ctx.lang).await?;
    let as_of = listing.filters.as_of;
    let states = listing
        .rows
        .iter()
        .map(|r| {
            let p = &r.record.participation;
            StateParticipation {
                iso3: r.record.actor.code.clone(),
                iso2: r.record.actor.iso2.clone(),
                name: names(&r.record.actor),
                un_group: r.group.map(|g| g.slug().to_string()),
                status: Some(r.status.slug().to_string()),
                signed_on: date(p.signed_on),
                deposited_on: date(p.deposited_on),
                deposit_kind: p.deposit_kind.map(|k| k.as_str().to_string()),
                in_force_on: date(p.in_force_on),
                withdrawal_notified_on: date(p.withdrawal_notified_on),
                withdrawal_effective_on: date(p.withdrawal_effective_on),
                note: Some(p.note.clone()),
                profile: r.profiles.iter().map(|e| profile_fact(e, as_of)).collect(),
            }
        })
        .collect();
    Ok(Json(StatesList {
        convention: listing.convention.code.clone(),
        as_of: format_date(as_of),
        total_with_record: listing.total,
        counts: listing
            .counts
            .iter()
            .map(|(s, n)| StatusCount {
                status: s.slug().to_string(),
                count: *n,
            })
            .collect(),
        states,
    }))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/states/{iso3}", tag = "states",
    params(("code" = String, Path), ("iso3" = String, Path, description = "ISO 3166-1 alpha-3"),
        ("as_of" = Option<String>, Query, description = "YYYY-MM-DD; today when absent")),
    responses((status = 200, body = StateDetail), (status = 404)))]
pub async fn state(
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    Query(q): Query<AsOf>,
) -> Result<Json<StateDetail>, ApiError> {
    let as_of = listing::as_of(&q.as_of)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    let rules = treatydesk_store::registry::rules_of(&c)?;
    let actor = listing::state_actor(&state.store, &iso3).await?;
    let p = state.store.state_record(&c, &actor).await?;
    let profile = state.store.profile(&c, &actor).await?;
    Ok(Json(StateDetail {
        convention: c.code.clone(),
        as_of: format_date(as_of),
        state: StateParticipation {
            iso3: actor.code.clone(),
            iso2: actor.iso2.clone(),
            name: names(&actor),
            un_group: actor.un_group.clone(),
            status: p
                .as_ref()
                .map(|p| p.status_on(as_of, rules.withdrawal).slug().to_string()),
            signed_on: p.as_ref().and_then(|p| date(p.signed_on)),
            deposited_on: p.as_ref().and_then(|p| date(p.deposited_on)),
            deposit_kind: p
                .as_ref()
                .and_then(|p| p.deposit_kind.map(|k| k.as_str().to_string())),
            in_force_on: p.as_ref().and_then(|p| date(p.in_force_on)),
            withdrawal_notified_on: p.as_ref().and_then(|p| date(p.withdrawal_notified_on)),
            withdrawal_effective_on: p.as_ref().and_then(|p| date(p.withdrawal_effective_on)),
            note: p.as_ref().map(|p| p.note.clone()),
            profile: profile.iter().map(|e| profile_fact(e, as_of)).collect(),
        },
    }))
}
