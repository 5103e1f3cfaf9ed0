//! The JSON API under `/api/v1/`, described by OpenAPI at `/api/openapi.json`. It answers the
//! same questions as the pages, from the same code (`crate::listing`), under the same access
//! checks; errors are `{"error": ..., "status": ...}`.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::calendar::format_date;
use treatydesk_store::entities::{actor, convention};
use utoipa::{OpenApi, ToSchema};

use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::listing::{self, ListParams};
use crate::pages::states::AsOf;
use crate::{AppState, WebError};

/// Names in the four languages.
#[derive(Serialize, ToSchema)]
pub struct Names {
    pub en: String,
    pub fr: String,
    pub es: String,
    pub ar: String,
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

#[derive(Serialize, ToSchema)]
pub struct AuditEntry {
    pub at: String,
    pub who: String,
    pub action: String,
    pub record: String,
    pub reason: String,
}

fn names(a: &actor::Model) -> Names {
    Names {
        en: a.name_en.clone(),
        fr: a.name_fr.clone(),
        es: a.name_es.clone(),
        ar: a.name_ar.clone(),
    }
}

fn date(d: Option<time::Date>) -> Option<String> {
    d.map(format_date)
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
    let c = listing::convention(&state.store, &code).await?;
    Ok(Json(convention_out(&c)?))
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
    let c = listing::convention(&state.store, &code).await?;
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

#[utoipa::path(get, path = "/api/v1/conventions/{code}/audit", tag = "audit",
    params(("code" = String, Path)),
    responses((status = 200, description = "ISU staff only", body = [AuditEntry]),
        (status = 401, description = "Not signed in"), (status = 403, description = "Role below ISU")))]
pub async fn audit(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<Vec<AuditEntry>>, ApiError> {
    let c = listing::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let entries = state
        .store
        .audit_log(Some(c.id), crate::pages::audit::PAGE_SIZE)
        .await?;
    Ok(Json(
        entries
            .into_iter()
            .map(|e| AuditEntry {
                at: crate::pages::audit::timestamp(e.at).1,
                who: e.who,
                action: e.action,
                record: e.record,
                reason: e.reason,
            })
            .collect(),
    ))
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "TreatyDesk API",
        description = "Conventions, States Parties and their records. Every list takes ?as_of=YYYY-MM-DD."
    ),
    paths(
        conventions,
        convention,
        states,
        state,
        audit,
        crate::offices::architecture_api,
        crate::offices::appointments_api,
        crate::offices::committee_api,
        crate::offices::findings_api,
        crate::pages::plan::plan_api,
        crate::meetings::meetings_api,
        crate::meetings::meeting_api,
        crate::records::documents_api,
        crate::records::decisions_api,
        crate::records::search_api,
        crate::pages::programme::programme_api,
        crate::pages::registration::participants::participants_api,
        crate::pages::registration::participants::registrations_api,
        crate::pages::registration::participants::register_api,
        crate::pages::obligations::state_api,
        crate::pages::obligations::record_api,
        crate::pages::obligations::overdue_api
    ),
    components(schemas(
        Convention,
        Names,
        StatusCount,
        ProfileFact,
        StateParticipation,
        StatesList,
        StateDetail,
        AuditEntry,
        crate::offices::ArchitectureOut,
        crate::offices::VersionOut,
        crate::offices::BodyOut,
        crate::offices::SeatOut,
        crate::offices::OfficeOut,
        crate::offices::HolderOut,
        crate::offices::TermOut,
        crate::offices::OverrideOut,
        crate::offices::CommitteeOut,
        crate::offices::MemberOut,
        crate::offices::FindingOut,
        crate::offices::FindingsOut,
        crate::pages::plan::PlanOut,
        crate::meetings::MeetingOut,
        crate::meetings::MeetingsOut,
        crate::meetings::MeetingDetailOut,
        crate::meetings::SuggestionOut,
        crate::meetings::AttendanceOut,
        crate::meetings::MinutesOut,
        crate::records::DocumentsOut,
        crate::records::DocumentOut,
        crate::records::VersionOut,
        crate::records::DocLink,
        crate::records::DecisionOut,
        crate::records::SearchOut,
        crate::records::HitOut,
        crate::records::FacetOut,
        crate::pages::programme::ProgrammeOut,
        crate::pages::programme::DayOut,
        crate::pages::programme::SessionOut,
        crate::pages::programme::SpeakerOut,
        crate::pages::registration::participants::ParticipantOut,
        crate::pages::registration::participants::ParticipantsOut,
        crate::pages::registration::participants::RegistrationOut,
        crate::pages::registration::participants::RegistrationsOut,
        crate::pages::registration::participants::RegistrationIn,
        crate::pages::registration::participants::RegisteredOut,
        crate::pages::obligations::DeadlineOut,
        crate::pages::obligations::SubmissionOut,
        crate::pages::obligations::StateObligationsOut,
        crate::pages::obligations::OverdueItemOut,
        crate::pages::obligations::OverdueOut,
        crate::pages::obligations::SubmissionIn
    ))
)]
pub struct ApiDoc;

pub async fn openapi_json() -> Response {
    static DOCUMENT: std::sync::OnceLock<serde_json::Value> = std::sync::OnceLock::new();
    Json(DOCUMENT.get_or_init(document)).into_response()
}

/// The OpenAPI description as served: the handlers' annotations, completed here for what every
/// operation shares (D13), so that a new route cannot forget it:
/// - the error answers every operation can give, each with the `{"error", "status"}` body
///   (`ErrorOut`): 400 (a parameter out of its format or range, a control character in the
///   address), 404 where the path names a record (an unknown one, or one the reader may not
///   see), 413 and 429 on public writes;
/// - the formats and value lists of the query parameters the API shares by name (`as_of` is a
///   date, `page` an integer up to the search's cap, `status` and `profile` closed lists).
pub fn document() -> serde_json::Value {
    let mut doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
    complete_document(&mut doc);
    doc
}

fn complete_document(doc: &mut serde_json::Value) {
    use serde_json::json;
    let error_ref = json!({"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}}});
    if let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(|v| v.as_object_mut())
    {
        schemas.insert(
            "ErrorOut".into(),
            json!({
                "type": "object",
                "description": "Every error the API answers: a sentence a person understands, and the HTTP status.",
                "required": ["error", "status"],
                "properties": {
                    "error": {"type": "string"},
                    "status": {"type": "integer", "minimum": 400, "maximum": 599}
                }
            }),
        );
    }
    let Some(paths) = doc.get_mut("paths").and_then(|v| v.as_object_mut()) else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        let names_a_record = path.contains('{');
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for (method, operation) in item.iter_mut() {
            let Some(operation) = operation.as_object_mut() else {
                continue;
            };
            let writes = method == "post" || method == "put" || method == "patch";
            if let Some(parameters) = operation
                .get_mut("parameters")
                .and_then(|v| v.as_array_mut())
            {
                for p in parameters.iter_mut() {
                    // Path parameters carry an example of the demo's, so that a client (and
                    // schemathesis's example phase) reaches a real record.
                    let example = match (p["in"].as_str(), p["name"].as_str()) {
                        (Some("path"), Some("code")) => Some("ccm"),
                        (Some("path"), Some("label")) => Some("3RC"),
                        (Some("path"), Some("iso3")) => Some("NGA"),
                        _ => None,
                    };
                    if let Some(example) = example {
                        p["example"] = json!(example);
                    }
                    let schema = match (p["in"].as_str(), p["name"].as_str()) {
                        (Some("query"), Some("as_of")) => {
                            json!({"type": "string", "format": "date"})
                        }
                        (Some("query"), Some("page")) => json!({
                            "type": "integer", "minimum": 1,
                            "maximum": crate::limits::MAX_PAGE
                        }),
                        (Some("query"), Some("year")) => {
                            json!({"type": "integer", "format": "int32"})
                        }
                        (Some("query"), Some("status")) => json!({"type": "string", "enum": [
                            "party-in-force", "ratified-not-in-force", "signatory", "withdrawn"]}),
                        (Some("query"), Some("profile")) => json!({"type": "string", "enum": [
                            "affected", "stockpile-holder", "victim-assistance"]}),
                        _ => continue,
                    };
                    p["schema"] = schema;
                }
            }
            let Some(responses) = operation
                .entry("responses")
                .or_insert_with(|| json!({}))
                .as_object_mut()
            else {
                continue;
            };
            let mut add = |status: &str, description: &str| {
                responses
                    .entry(status.to_string())
                    .or_insert_with(|| json!({"description": description}));
            };
            add(
                "400",
                "The request cannot be read: a parameter out of its format or range, a control character, or a body that is not the JSON described",
            );
            if names_a_record {
                add(
                    "404",
                    "No such convention, meeting, State or record, or one the reader may not see",
                );
            }
            if writes {
                add("413", "The body is larger than the limit for this address");
                add(
                    "429",
                    "Too many public writes from this client in the last minute; try again later",
                );
            }
            for (status, response) in responses.iter_mut() {
                if status.starts_with('4') && response.get("content").is_none() {
                    response["content"] = error_ref["content"].clone();
                }
            }
        }
    }
}
