//! The JSON API under `/api/v1/`, described by OpenAPI at `/api/openapi.json`: one file per
//! area, each with its `routes()`. It answers the same questions as the pages, from the same
//! read models (`crate::views`), under the same access checks; errors are
//! `{"error": ..., "status": ...}`. No API file imports a page or another API file.

pub mod accounts;
pub mod advice;
pub mod appointments;
pub mod architecture;
pub mod audit;
pub mod conventions;
pub mod decisions;
pub mod delegations;
pub mod desk;
pub mod extensions;
pub mod isu;
pub mod isu_reports;
pub mod liaison;
pub mod meetings;
pub mod messages;
pub mod nominations;
pub mod obligations;
pub mod offices;
pub mod plan;
pub mod preparation;
pub mod programme;
pub mod records;
pub mod registration;
pub mod reports;
pub mod reviews;
pub mod statements;
pub mod states;
pub mod universalization;

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
        .merge(accounts::routes())
        .merge(desk::routes())
        .merge(conventions::routes())
        .merge(states::routes())
        .merge(audit::routes())
        .merge(architecture::routes())
        .merge(appointments::routes())
        .merge(meetings::routes())
        .merge(nominations::routes())
        .merge(records::routes())
        .merge(decisions::routes())
        .merge(offices::routes())
        .merge(plan::routes())
        .merge(programme::routes())
        .merge(registration::routes())
        .merge(delegations::routes())
        .merge(obligations::routes())
        .merge(statements::routes())
        .merge(messages::routes())
        .merge(preparation::routes())
        .merge(reviews::routes())
        .merge(advice::routes())
        .merge(extensions::routes())
        .merge(reports::routes())
        .merge(liaison::routes())
        .merge(isu::routes())
        .merge(isu_reports::routes())
        .merge(universalization::routes())
        .route_layer(axum::middleware::from_fn(as_of_applies))
}

/// `as_of` is honoured by the API reads whose OpenAPI operation names it (the lists with a
/// history) and refused with a 400 by every other route, never silently ignored (issue 12).
async fn as_of_applies(
    matched: Option<axum::extract::MatchedPath>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let asks = req
        .uri()
        .query()
        .is_some_and(|q| form_urlencoded::parse(q.as_bytes()).any(|(k, _)| k == "as_of"));
    if asks
        && let Some(path) = matched.as_ref().map(|m| m.as_str())
        && !takes_as_of(path, &req.method().as_str().replace("HEAD", "GET"))
    {
        return crate::error::ApiError(crate::WebError::BadRequest(
            "as_of does not apply here: this answer has no history to read on a date; leave it out"
                .into(),
        ))
        .into_response();
    }
    next.run(req).await
}

/// Does the OpenAPI operation at `path` (as the router spells it) take `as_of`?
fn takes_as_of(path: &str, method: &str) -> bool {
    static TAKES: std::sync::OnceLock<std::collections::HashSet<(String, String)>> =
        std::sync::OnceLock::new();
    TAKES
        .get_or_init(|| {
            let doc = document();
            let mut out = std::collections::HashSet::new();
            for (path, item) in doc["paths"].as_object().into_iter().flatten() {
                for (method, operation) in item.as_object().into_iter().flatten() {
                    let names_it = operation["parameters"].as_array().is_some_and(|ps| {
                        ps.iter()
                            .any(|p| p["in"] == "query" && p["name"] == "as_of")
                    });
                    if names_it {
                        out.insert((path.clone(), method.to_uppercase()));
                    }
                }
            }
            out
        })
        .contains(&(path.to_string(), method.to_string()))
}

/// Names in the four languages.
#[derive(Serialize, ToSchema)]
pub struct Names {
    pub en: String,
    pub fr: String,
    pub es: String,
    pub ar: String,
}

/// The header a client signed in by session cookie sends its session's CSRF token in.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// A JSON request body, or why it could not be read.
pub(crate) type Body<T> = Result<Json<T>, axum::extract::rejection::JsonRejection>;

/// The body of a JSON write, or a 400 saying what is wrong with it.
pub(crate) fn body<T>(b: Body<T>) -> Result<T, crate::WebError> {
    b.map(|Json(v)| v)
        .map_err(|e| crate::WebError::BadRequest(e.body_text()))
}

/// An API write's CSRF check: the session's token in [`CSRF_HEADER`], or nothing for a client
/// with a personal API token (`Authorization: Bearer`), which no browser sends on its own.
pub(crate) fn check_csrf_header(
    ctx: &crate::ctx::Ctx,
    headers: &axum::http::HeaderMap,
) -> Result<(), crate::WebError> {
    let token = headers
        .get(CSRF_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    ctx.check_csrf(token)
}

/// An ISU write's checks: the convention exists, the reader is ISU staff there, and a session
/// carries its CSRF token (a bearer token needs none).
pub(crate) async fn isu_write(
    ctx: &crate::ctx::Ctx,
    state: &AppState,
    code: &str,
    headers: &axum::http::HeaderMap,
) -> Result<treatydesk_store::entities::convention::Model, crate::WebError> {
    let c = crate::extract::convention(&state.store, code).await?;
    ctx.require(&c.code, treatydesk_domain::AccessLevel::Isu)?;
    check_csrf_header(ctx, headers)?;
    Ok(c)
}

/// A 201 answer with the record written.
pub(crate) fn created<T: Serialize>(value: T) -> Response {
    (axum::http::StatusCode::CREATED, Json(value)).into_response()
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
        accounts::own_api,
        accounts::create_token_api,
        accounts::revoke_token_api,
        accounts::users_api,
        accounts::add_user_api,
        accounts::grant_api,
        accounts::revoke_grant_api,
        accounts::disable_api,
        accounts::reset_api,
        accounts::own_contact_api,
        accounts::contact_api,
        desk::desk_api,
        messages::notices_api,
        messages::notice_api,
        messages::send_api,
        preparation::preparation_api,
        preparation::change_api,
        reviews::reviews_api,
        reviews::record_api,
        conventions::conventions,
        conventions::convention,
        states::states,
        states::state,
        states::history_api,
        states::note_api,
        states::event_api,
        states::correct_api,
        states::profile_api,
        states::correct_profile_api,
        audit::audit,
        architecture::architecture_api,
        architecture::appointments_api,
        architecture::committee_api,
        architecture::findings_api,
        appointments::appoint_api,
        plan::plan_api,
        meetings::meetings_api,
        meetings::meeting_api,
        nominations::nominations_api,
        nominations::nominate_api,
        nominations::withdraw_api,
        records::documents_api,
        decisions::decisions_api,
        decisions::decision_api,
        decisions::record_api,
        decisions::correct_api,
        offices::offices_api,
        offices::designate_api,
        offices::director_api,
        records::search_api,
        programme::programme_api,
        registration::participants_api,
        registration::registrations_api,
        registration::register_api,
        delegations::delegation_api,
        delegations::post_delegation_api,
        delegations::correct_api,
        delegations::withdraw_api,
        delegations::decisions_api,
        obligations::state_api,
        obligations::record_api,
        obligations::overdue_api,
        statements::statements_api,
        statements::record_api,
        statements::withdraw_api,
        advice::requests_api,
        advice::ask_api,
        advice::request_api,
        advice::message_api,
        advice::revise_api,
        advice::assign_api,
        advice::close_api,
        advice::share_api,
        extensions::requests_api,
        extensions::file_api,
        extensions::request_api,
        extensions::revise_api,
        extensions::analysis_api,
        extensions::outcome_api,
        reports::reports_api,
        reports::compiled_api,
        reports::file_api,
        reports::report_api,
        reports::revise_api,
        reports::attach_api,
        liaison::organizations_api,
        liaison::organization_api,
        liaison::role_api,
        liaison::contact_api,
        liaison::log_api,
        liaison::log_entry_api,
        liaison::done_api,
        universalization::universalization_api,
        universalization::state_api,
        universalization::add_api,
        universalization::correct_api,
        isu::isu_api,
        isu::period_api,
        isu::staff_api,
        isu::workplan_api,
        isu::draft_api,
        isu::endorse_api,
        isu::approve_api,
        isu::spending_api,
        isu::expenditure_api,
        isu::finances_api,
        isu::contribution_api,
        isu_reports::reports_api,
        isu_reports::report_api,
        isu_reports::generate_api,
        isu_reports::prose_api,
        isu_reports::publish_api
    ),
    components(schemas(
        conventions::Convention,
        Names,
        states::StatusCount,
        states::ProfileFact,
        states::StateParticipation,
        states::StatesList,
        states::StateDetail,
        states::ParticipationNoteIn,
        states::ParticipationNoteOut,
        crate::views::participation::EventIn,
        crate::views::participation::ParticipationCorrectionIn,
        crate::views::participation::ProfileEntryIn,
        crate::views::participation::ParticipationOut,
        crate::views::participation::ParticipationRevisionOut,
        crate::views::participation::ProfileEntryOut,
        crate::views::participation::ParticipationHistoryOut,
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
        appointments::AppointmentsIn,
        appointments::AppointmentIn,
        appointments::AppointedOut,
        crate::views::plan::PlanOut,
        crate::views::meetings::MeetingOut,
        crate::views::meetings::MeetingsOut,
        crate::views::meetings::MeetingDetailOut,
        crate::views::meetings::SuggestionOut,
        crate::views::meetings::AttendanceOut,
        crate::views::meetings::MinutesOut,
        crate::views::meetings::MinutesRevisionOut,
        crate::views::nominations::ChoiceOut,
        crate::views::nominations::NominationOut,
        crate::views::nominations::NominationSeatOut,
        crate::views::nominations::NominationsOut,
        crate::views::nominations::ChoiceIn,
        crate::views::nominations::NominationIn,
        crate::views::nominations::NominatedOut,
        crate::views::records::DocumentsOut,
        crate::views::records::DocumentOut,
        crate::views::records::LanguageVersionOut,
        crate::views::records::TitleOut,
        crate::views::records::DocLink,
        crate::views::decisions::DecisionOut,
        crate::views::decisions::DecisionDetailOut,
        crate::views::decisions::RevisionOut,
        crate::views::decisions::DecisionIn,
        crate::views::decisions::ContentIn,
        crate::views::decisions::CorrectionIn,
        crate::views::offices::OfficeHeldOut,
        crate::views::offices::DesignationIn,
        crate::views::offices::DirectorIn,
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
        registration::RegisteredOut,
        crate::views::registration::RegistrationRevisionOut,
        crate::views::registration::DelegateOut,
        crate::views::registration::DelegationOut,
        delegations::DelegateIn,
        delegations::DelegationIn,
        delegations::PostedOut,
        delegations::RegistrationCorrectionIn,
        delegations::WithdrawIn,
        delegations::DecisionsIn,
        delegations::DecidedOut,
        crate::views::obligations::DeadlineOut,
        crate::views::obligations::SubmissionOut,
        crate::views::obligations::StateObligationsOut,
        crate::views::obligations::OverdueItemOut,
        crate::views::obligations::OverdueOut,
        obligations::SubmissionIn,
        crate::views::accounts::GrantOut,
        crate::views::accounts::AccountOut,
        crate::views::accounts::TokenOut,
        crate::views::accounts::OwnAccountOut,
        crate::views::accounts::GrantIn,
        accounts::TokenIn,
        accounts::NewTokenOut,
        accounts::NewUserIn,
        accounts::OneTimeOut,
        accounts::DisableIn,
        crate::views::statements::StatementOut,
        crate::views::statements::StatementsOut,
        crate::views::statements::StatementIn,
        crate::views::accounts::ContactDetailsIn,
        crate::views::desk::DeskOut,
        crate::views::desk::DeskConventionOut,
        crate::views::desk::DeskSectionOut,
        crate::views::desk::DeskItemOut,
        crate::views::messages::NoticeIn,
        crate::views::messages::NoticeVersionIn,
        crate::views::messages::NoticeOut,
        crate::views::messages::DeliveryOut,
        crate::views::preparation::ItemIn,
        crate::views::preparation::ItemOut,
        crate::views::preparation::FollowUpOut,
        crate::views::preparation::PreparationOut,
        crate::views::reviews::ReviewIn,
        crate::views::reviews::ReviewItemOut,
        crate::views::reviews::MissingOut,
        crate::views::reviews::ReviewsOut,
        crate::views::advice::AttachmentOut,
        crate::views::advice::MessageOut,
        crate::views::advice::RequestOut,
        crate::views::extensions::ExtensionContentOut,
        crate::views::extensions::ExtensionFindingOut,
        crate::views::extensions::ExtensionRevisionOut,
        crate::views::extensions::ExtensionRequestOut,
        crate::views::extensions::ExtensionRequestsOut,
        crate::views::extensions::ExtensionRequestIn,
        crate::views::extensions::ExtensionAnalysisIn,
        crate::views::extensions::ExtensionOutcomeIn,
        crate::views::reports::StockpileIo,
        crate::views::reports::AreaIo,
        crate::views::reports::FormIo,
        crate::views::reports::TransparencyFileOut,
        crate::views::reports::TransparencyFileIn,
        crate::views::reports::TransparencyFormOut,
        crate::views::reports::TransparencyFindingOut,
        crate::views::reports::TransparencyRevisionOut,
        crate::views::reports::TransparencyReportOut,
        crate::views::reports::TransparencyReportsOut,
        crate::views::reports::TransparencyReportIn,
        crate::views::reports::CompiledYearOut,
        crate::views::reports::CompiledStateOut,
        crate::views::reports::CompiledTimelinessOut,
        crate::views::reports::CompiledOut,
        crate::views::advice::RequestDetailOut,
        crate::views::advice::ThemeCountOut,
        crate::views::advice::RequestsOut,
        crate::views::advice::AttachmentIn,
        crate::views::advice::RequestIn,
        crate::views::advice::MessageIn,
        crate::views::advice::RevisionIn,
        crate::views::advice::AssignIn,
        crate::views::advice::ShareIn,
        crate::views::liaison::RoleOut,
        crate::views::liaison::ContactOut,
        crate::views::liaison::OrganizationOut,
        crate::views::liaison::OrganizationsOut,
        crate::views::liaison::LogEntryOut,
        crate::views::liaison::LogOut,
        crate::views::liaison::RoleIn,
        crate::views::liaison::ContactIn,
        crate::views::liaison::LogEntryIn,
        crate::views::liaison::DoneIn,
        crate::views::universalization::OutreachRevisionOut,
        crate::views::universalization::EntryOut,
        crate::views::universalization::NonPartyOut,
        crate::views::universalization::PartiesYearOut,
        crate::views::universalization::UniversalizationOut,
        crate::views::universalization::StateUniversalizationOut,
        crate::views::universalization::OutreachIn,
        crate::views::universalization::OutreachCorrectionIn,
        crate::views::isu::TaskOut,
        crate::views::isu::PeriodOut,
        crate::views::isu::StaffOut,
        crate::views::isu::DirectorOut,
        crate::views::isu::SupportedOut,
        crate::views::isu::IsuOut,
        crate::views::isu::ActivityOut,
        crate::views::isu::LineOut,
        crate::views::isu::StepOut,
        crate::views::isu::WorkPlanRevisionOut,
        crate::views::isu::WorkPlanOut,
        crate::views::isu::ContributionOut,
        crate::views::isu::YearOut,
        crate::views::isu::FinancesOut,
        crate::views::isu::PeriodIn,
        crate::views::isu::StaffIn,
        crate::views::isu::ActivityIn,
        crate::views::isu::LineIn,
        crate::views::isu::WorkPlanIn,
        crate::views::isu::StepIn,
        crate::views::isu::ContributionIn,
        crate::views::isu::LineActualOut,
        crate::views::isu::SpendingOut,
        crate::views::isu::ExpenditureIn,
        crate::views::isu_reports::ReportFigureOut,
        crate::views::isu_reports::ReportMeetingOut,
        crate::views::isu_reports::ReportYearOut,
        crate::views::isu_reports::ReportSectionOut,
        crate::views::isu_reports::ReportRevisionOut,
        crate::views::isu_reports::ReportOut,
        crate::views::isu_reports::ReportItemOut,
        crate::views::isu_reports::ReportGenerateIn,
        crate::views::isu_reports::ReportSectionProseIn,
        crate::views::isu_reports::ReportProseIn,
        crate::views::isu_reports::ReportPublishIn
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
///   see), 413 and 429 on public writes; a refusal's body adds `problems` (`ProblemOut`: each
///   reason's sentence, message id and typed arguments, `MessageArg`);
/// - the formats and value lists of the query parameters the API shares by name (`as_of` is a
///   date, `page` an integer up to the search's cap, `status` and `profile` closed lists).
pub fn document() -> serde_json::Value {
    let mut doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
    complete_document(&mut doc);
    doc
}

/// The schemas of a refusal's problems and of a message's typed arguments, as
/// `treatydesk_domain::finding::{Problem, Message, Arg}` serialize them.
fn message_schemas() -> [(&'static str, serde_json::Value); 4] {
    use serde_json::json;
    let kind = |kinds: &[&str]| json!({"type": "string", "enum": kinds});
    let actor = json!({
        "type": "object",
        "required": ["code", "name"],
        "properties": {"code": {"type": "string"}, "name": {"type": "string", "description": "in English"}}
    });
    [
        (
            "ProblemOut",
            json!({
                "type": "object",
                "description": "One reason of a refusal: its English `sentence`, and the message that says it in any language: `message_id` (in the Fluent files `locales/*/*.ftl`; empty for a reason said in English only) with its typed `args`.",
                "required": ["sentence", "message_id", "args"],
                "properties": {
                    "sentence": {"type": "string"},
                    "message_id": {"type": "string"},
                    "args": {"$ref": "#/components/schemas/MessageArgs"}
                }
            }),
        ),
        (
            "MessageOut",
            json!({
                "type": "object",
                "description": "A message nested in another's argument (a row's problem in its line's, a list's items).",
                "required": ["message_id", "args"],
                "properties": {
                    "message_id": {"type": "string"},
                    "args": {"$ref": "#/components/schemas/MessageArgs"}
                }
            }),
        ),
        (
            "MessageArgs",
            json!({
                "type": "object",
                "description": "A message's named arguments, each typed by its `kind`.",
                "additionalProperties": {"$ref": "#/components/schemas/MessageArg"}
            }),
        ),
        (
            "MessageArg",
            json!({
                "description": "One argument of a message. `text` is shown as it is (a name of the preset is translated); `seat`, `body` and `office` are a key or a name of the preset; `meeting` a meeting's symbol; `code` a value shown as typed or a code the message translates.",
                "oneOf": [
                    {
                        "type": "object",
                        "required": ["kind", "value"],
                        "properties": {
                            "kind": kind(&["text", "seat", "body", "office", "meeting", "code"]),
                            "value": {"type": "string"}
                        }
                    },
                    {
                        "type": "object",
                        "required": ["kind", "code", "name"],
                        "properties": {
                            "kind": kind(&["actor"]),
                            "code": {"type": "string"},
                            "name": {"type": "string", "description": "in English"}
                        }
                    },
                    {
                        "type": "object",
                        "required": ["kind", "actors"],
                        "properties": {
                            "kind": kind(&["actors"]),
                            "actors": {"type": "array", "items": actor}
                        }
                    },
                    {
                        "type": "object",
                        "required": ["kind", "values"],
                        "properties": {
                            "kind": kind(&["meetings"]),
                            "values": {"type": "array", "items": {"type": "string"}}
                        }
                    },
                    {
                        "type": "object",
                        "required": ["kind", "value"],
                        "properties": {
                            "kind": kind(&["date"]),
                            "value": {"type": "string", "format": "date"}
                        }
                    },
                    {
                        "type": "object",
                        "required": ["kind", "value"],
                        "properties": {
                            "kind": kind(&["number"]),
                            "value": {"type": "integer", "format": "int64"}
                        }
                    },
                    {
                        "type": "object",
                        "required": ["kind", "value"],
                        "properties": {
                            "kind": kind(&["flag"]),
                            "value": {"type": "boolean"}
                        }
                    },
                    {
                        "type": "object",
                        "required": ["kind", "messages"],
                        "properties": {
                            "kind": kind(&["messages"]),
                            "messages": {"type": "array", "items": {"$ref": "#/components/schemas/MessageOut"}}
                        }
                    }
                ]
            }),
        ),
    ]
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
                "description": "Every error the API answers: a sentence a person understands, and the HTTP status. A refusal (a 422 or 409 from the record's rules, a 400 for what the record cannot give) adds `problems`: every reason, each as its English sentence and as a message a client can say in its reader's language.",
                "required": ["error", "status"],
                "properties": {
                    "error": {"type": "string"},
                    "status": {"type": "integer", "minimum": 400, "maximum": 599},
                    "problems": {
                        "type": "array",
                        "description": "Present on a refusal only (absent on a malformed request, a sign-in or access error, a missing record). `error` is their sentences joined.",
                        "items": {"$ref": "#/components/schemas/ProblemOut"}
                    }
                }
            }),
        );
        for (name, schema) in message_schemas() {
            schemas.insert(name.into(), schema);
        }
        // The answers that carry problems or a message's arguments of their own name them
        // by these schemas too.
        if let Some(problems) = schemas
            .get_mut("AppointedOut")
            .and_then(|s| s.pointer_mut("/properties/problems"))
        {
            *problems = json!({
                "type": "array",
                "description": "Why nothing was recorded (empty when recorded).",
                "items": {"$ref": "#/components/schemas/ProblemOut"}
            });
        }
        if let Some(args) = schemas
            .get_mut("FindingOut")
            .and_then(|s| s.pointer_mut("/properties/args"))
        {
            *args = json!({"$ref": "#/components/schemas/MessageArgs"});
        }
    }
    // Two ways to be someone: a personal API token (scripts) or the session cookie of a
    // signed-in browser (whose writes carry the CSRF token in `x-csrf-token`). Anonymous
    // readers need neither and see what is public.
    if let Some(components) = doc.get_mut("components").and_then(|v| v.as_object_mut()) {
        components.insert(
            "securitySchemes".into(),
            json!({
                "bearer": {"type": "http", "scheme": "bearer",
                    "description": "A personal API token, created on /account; it acts with its owner's roles."},
                "session": {"type": "apiKey", "in": "cookie", "name": crate::ctx::SESSION_COOKIE}
            }),
        );
    }
    if let Some(root) = doc.as_object_mut() {
        root.insert(
            "security".into(),
            json!([{}, {"bearer": []}, {"session": []}]),
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
