//! `/api/v1/conventions/{code}/states`: the States Parties list and one State; ISU staff's
//! writes of a State's participation (a signature, a deposit, a withdrawal notice, a correction)
//! and profile periods (issue 12 item 4), with the same checks and audit entries as the State
//! page, and the history the record keeps. A write by a session carries its CSRF token in
//! `x-csrf-token`; a write with `Authorization: Bearer` needs none.

use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Serialize;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::calendar::format_date;
use treatydesk_store::StoreError;
use utoipa::ToSchema;

use super::{Body, Names, body, created, date, isu_write, names};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::extract::AsOf;
use crate::views::listing::{self, ListParams};
use crate::views::participation::{
    EventIn, ParticipationCorrectionIn, ParticipationHistoryOut, ParticipationOut, ProfileEntryIn,
    ProfileEntryOut, correction, event, history_out, participation_out, profile_entry,
    profile_entry_out,
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/conventions/{code}/states", get(states))
        .route("/api/v1/conventions/{code}/states/{iso3}", get(state))
        .route("/api/v1/conventions/{code}/states/note", post(note_api))
        .route(
            "/api/v1/conventions/{code}/states/{iso3}/participation/history",
            get(history_api),
        )
        .route(
            "/api/v1/conventions/{code}/states/{iso3}/participation/events",
            post(event_api),
        )
        .route(
            "/api/v1/conventions/{code}/states/{iso3}/participation/corrections",
            post(correct_api),
        )
        .route(
            "/api/v1/conventions/{code}/states/{iso3}/profile",
            post(profile_api),
        )
        .route(
            "/api/v1/conventions/{code}/states/{iso3}/profile/{id}/corrections",
            post(correct_profile_api),
        )
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

#[utoipa::path(get, path = "/api/v1/conventions/{code}/states/{iso3}/participation/history", tag = "states",
    params(("code" = String, Path), ("iso3" = String, Path, description = "ISO 3166-1 alpha-3")),
    responses((status = 200, body = ParticipationHistoryOut, description = "Every revision of the participation record and every profile entry, corrected ones included; who recorded them only for ISU staff"),
        (status = 404, description = "No such convention or State")))]
pub async fn history_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
) -> Result<Json<ParticipationHistoryOut>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let actor = listing::state_actor(&state.store, &iso3).await?;
    let revisions = state.store.participation_history(&c, &actor.code).await?;
    let profile = state.store.profile_history(&c, &actor.code).await?;
    let isu = ctx.viewer.can_read(&c.code, AccessLevel::Isu);
    Ok(Json(history_out(
        &c.code,
        &actor.code,
        &revisions,
        &profile,
        isu,
    )))
}

/// What the participation list holds when it is partial; empty when the list is complete.
#[derive(Clone, Debug, Default, serde::Deserialize, ToSchema)]
pub struct ParticipationNoteIn {
    /// Which States the list holds and from where (at most 2,000 characters); empty: complete.
    #[serde(default)]
    pub note: String,
    /// Why the note changes (5 characters or more).
    #[serde(default)]
    pub reason: String,
}

/// The participation list's note as stored.
#[derive(Serialize, ToSchema)]
pub struct ParticipationNoteOut {
    pub convention: String,
    pub participation_note: String,
    /// True when the note says the list is partial (a missing State is unknown, not a non-party).
    pub partial: bool,
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/states/note", tag = "states",
    params(("code" = String, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = ParticipationNoteIn,
    responses((status = 201, body = ParticipationNoteOut, description = "Stored (audited, the old note in the audit entry)"),
        (status = 400, description = "The body is not a note"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention"),
        (status = 422, description = "Every problem with the note, in sentences")))]
pub async fn note_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    b: Body<ParticipationNoteIn>,
) -> Result<Response, ApiError> {
    let c = isu_write(&ctx, &state, &code, &headers).await?;
    let input = body(b)?;
    let saved = state
        .store
        .set_participation_note(&ctx.author(input.reason.trim()), &c, &input.note)
        .await?;
    Ok(created(ParticipationNoteOut {
        partial: !saved.participation_note.is_empty(),
        convention: saved.code,
        participation_note: saved.participation_note,
    }))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/states/{iso3}/participation/events", tag = "states",
    params(("code" = String, Path), ("iso3" = String, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = EventIn,
    responses((status = 201, body = ParticipationOut, description = "Recorded (audited); the entry into force and the effective withdrawal as the convention's rules compute them"),
        (status = 400, description = "The body is not an event"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention or State"),
        (status = 409, description = "That event is already on record; correct the record instead"),
        (status = 422, description = "Every problem with the event, in sentences")))]
pub async fn event_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<EventIn>,
) -> Result<Response, ApiError> {
    let c = isu_write(&ctx, &state, &code, &headers).await?;
    let input = body(b)?;
    let e = event(&input).map_err(StoreError::Invalid)?;
    let p = state
        .store
        .record_participation_event(&ctx.author("record a participation event"), &c, &iso3, e)
        .await?;
    Ok(created(participation_out(&p)))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/states/{iso3}/participation/corrections", tag = "states",
    params(("code" = String, Path), ("iso3" = String, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = ParticipationCorrectionIn,
    responses((status = 201, body = ParticipationOut, description = "A new revision (audited); the old one is kept in the history"),
        (status = 400, description = "The body is not a correction"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention or State"),
        (status = 422, description = "Every problem with the correction, in sentences")))]
pub async fn correct_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<ParticipationCorrectionIn>,
) -> Result<Response, ApiError> {
    let c = isu_write(&ctx, &state, &code, &headers).await?;
    let input = body(b)?;
    let facts = correction(&input).map_err(StoreError::Invalid)?;
    let p = state
        .store
        .correct_participation(&ctx.author(input.reason.trim()), &c, &iso3, facts)
        .await?;
    Ok(created(participation_out(&p)))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/states/{iso3}/profile", tag = "states",
    params(("code" = String, Path), ("iso3" = String, Path),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = ProfileEntryIn,
    responses((status = 201, body = ProfileEntryOut, description = "Recorded (audited)"),
        (status = 400, description = "The body is not a profile period"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention or State"),
        (status = 422, description = "Every problem with the period, in sentences")))]
pub async fn profile_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<ProfileEntryIn>,
) -> Result<Response, ApiError> {
    let c = isu_write(&ctx, &state, &code, &headers).await?;
    let input = body(b)?;
    let entry = profile_entry(&input).map_err(StoreError::Invalid)?;
    let reason = match input.reason.trim() {
        "" => "record a profile period",
        r => r,
    };
    let stored = state
        .store
        .record_profile_entry(&ctx.author(reason), &c, &iso3, entry)
        .await?;
    Ok(created(profile_entry_out(&stored, true)))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/states/{iso3}/profile/{id}/corrections", tag = "states",
    params(("code" = String, Path), ("iso3" = String, Path), ("id" = i32, Path, description = "the profile entry corrected"),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = ProfileEntryIn,
    responses((status = 201, body = ProfileEntryOut, description = "The new entry (audited); the old one is kept, pointing at it"),
        (status = 400, description = "The body is not a profile period"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention, State or entry of that State"),
        (status = 409, description = "The entry was already corrected"),
        (status = 422, description = "Every problem with the period, in sentences")))]
pub async fn correct_profile_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3, id)): Path<(String, String, String)>,
    headers: HeaderMap,
    b: Body<ProfileEntryIn>,
) -> Result<Response, ApiError> {
    let c = isu_write(&ctx, &state, &code, &headers).await?;
    let actor = listing::state_actor(&state.store, &iso3).await?;
    let id = own_entry(&state, &c, &actor.code, &id).await?;
    let input = body(b)?;
    let entry = profile_entry(&input).map_err(StoreError::Invalid)?;
    let stored = state
        .store
        .correct_profile_entry(&ctx.author(input.reason.trim()), &c, id, entry)
        .await?;
    Ok(created(profile_entry_out(&stored, true)))
}

/// The id of a profile entry of this State, or a 404.
async fn own_entry(
    state: &AppState,
    c: &treatydesk_store::entities::convention::Model,
    iso3: &str,
    id: &str,
) -> Result<i32, crate::WebError> {
    let entries = state.store.profile_history(c, iso3).await?;
    id.trim()
        .parse::<i32>()
        .ok()
        .filter(|id| entries.iter().any(|e| e.id == *id))
        .ok_or_else(|| {
            crate::WebError::NotFound(format!("{iso3} has no profile entry {}", id.trim()))
        })
}
