//! `POST /api/v1/conventions/{code}/meetings/{label}/appointments` (issue 12 item 7): ISU staff
//! record a formal meeting's Coordinators with a personal API token, as the appointments page
//! does: the rules of Proposal 2 run on the record as it would be; an error-level finding about
//! a new appointment refuses the whole list (nothing is written), a warning that may be set
//! aside needs a written justification (10 characters or more) given for its clause, and the
//! write is one audited `appointment.add` through the store. The answer lists the findings that
//! concern the new appointments, saved or refused. A write by a session carries its CSRF token
//! in `x-csrf-token`; a write with `Authorization: Bearer` needs none.

use std::collections::{BTreeMap, HashSet};

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use treatydesk_domain::AccessLevel;
use treatydesk_domain::finding::{Message, Problem};
use treatydesk_domain::office::{Appointment, Override, Post};
use treatydesk_domain::rules::Severity;
use treatydesk_store::StoreError;
use treatydesk_store::architecture::NewAppointment;
use utoipa::ToSchema;

use super::check_csrf_header;
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::views::appointments::{
    MAX_JUSTIFICATION, MIN_JUSTIFICATION, default_source, findings_on_new, overridden_on, selecting,
};
use crate::views::findings::problem;
use crate::views::listing;
use crate::views::offices::{FindingOut, finding_out, load};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new().route(
        "/api/v1/conventions/{code}/meetings/{label}/appointments",
        post(appoint_api),
    )
}

const MAX_APPOINTMENTS: usize = 100;

/// What is wrong with the `n`th appointment of the body (counted from 1).
fn numbered(n: usize, message: Message) -> Problem {
    problem(
        Message::new("refuse-appointment-n")
            .number("n", i64::try_from(n).unwrap_or(i64::MAX))
            .messages("problem", vec![message]),
    )
}

/// The appointments a formal meeting made, citing its decision.
#[derive(Clone, Debug, Deserialize, ToSchema)]
pub struct AppointmentsIn {
    /// The id of the decision of this meeting that selected them.
    pub decision: Option<i64>,
    /// Where the record comes from; a sentence naming the writer and the meeting when absent.
    #[serde(default)]
    pub source: String,
    /// One or more seats filled, all at once.
    pub appointments: Vec<AppointmentIn>,
}

/// One seat filled at the meeting.
#[derive(Clone, Debug, Deserialize, ToSchema)]
pub struct AppointmentIn {
    /// A seat of the architecture in force at the meeting, e.g. `b-2`.
    pub seat: String,
    /// The State's alpha-3 code.
    pub holder: String,
    /// The term in cycles; the seat's term (or its first-round term) when absent.
    #[serde(default)]
    pub cycles: Option<u32>,
    /// Clause (e.g. `P2.6`) to the written reason a warning of that clause is set aside.
    #[serde(default)]
    pub justifications: BTreeMap<String, String>,
}

/// What was recorded, or why nothing was.
#[derive(Clone, Serialize, ToSchema)]
pub struct AppointedOut {
    /// The ids of the appointments recorded (empty when refused).
    pub appointments: Vec<i64>,
    /// The findings of the rules that concern the new appointments.
    pub findings: Vec<FindingOut>,
    /// Why nothing was recorded (empty when recorded): each reason's English `sentence`, its
    /// `message_id` and typed `args`, for a client to say it in its reader's language.
    #[schema(value_type = Vec<Object>)]
    pub problems: Vec<Problem>,
}

type Body<T> = Result<Json<T>, axum::extract::rejection::JsonRejection>;

fn refused(findings: Vec<FindingOut>, problems: Vec<Problem>) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        Json(AppointedOut {
            appointments: Vec::new(),
            findings,
            problems,
        }),
    )
        .into_response()
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/meetings/{label}/appointments", tag = "architecture",
    params(("code" = String, Path), ("label" = String, Path, description = "a meeting that selects Coordinators: 3RC, 14MSP"),
        ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = AppointmentsIn,
    responses((status = 201, description = "Recorded at once (one audited write), with the findings that concern them", body = AppointedOut),
        (status = 400, description = "A malformed body, or a meeting that selects no Coordinators (then with `problems`: why, as a message)"),
        (status = 401, description = "Sign in, or send a valid personal API token"),
        (status = 403, description = "ISU staff only, or no CSRF token"),
        (status = 404, description = "No such convention or meeting"),
        (status = 422, description = "Nothing recorded: an error-level finding, a warning without a written justification, or a seat, State or decision not on record; every reason is listed", body = AppointedOut)))]
pub async fn appoint_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    headers: HeaderMap,
    b: Body<AppointmentsIn>,
) -> Result<Response, ApiError> {
    let loaded = load(&state, &code).await?;
    ctx.require(&loaded.convention.code, AccessLevel::Isu)?;
    check_csrf_header(&ctx, &headers)?;
    let input = b
        .map(|Json(v)| v)
        .map_err(|e| WebError::BadRequest(e.body_text()))?;
    let (meeting, version) = selecting(&loaded, &label)?;
    let first_round = meeting.closes_on == Some(version.effective_on);

    let mut problems = Vec::new();
    if input.appointments.is_empty() {
        problems.push(problem(Message::new("refuse-appointments-none")));
    }
    if input.appointments.len() > MAX_APPOINTMENTS {
        problems.push(problem(
            Message::new("refuse-appointments-too-many")
                .number("max", i64::try_from(MAX_APPOINTMENTS).unwrap_or(i64::MAX)),
        ));
    }
    let mut seen = HashSet::new();
    let mut new = Vec::new();
    for (i, a) in input.appointments.iter().enumerate() {
        let n = i + 1;
        let seat = a.seat.trim();
        let Some((_, s)) = version.seat(seat) else {
            problems.push(numbered(
                n,
                Message::new("refuse-appointment-seat-unknown")
                    .code("seat", seat)
                    .meeting("meeting", &meeting.label),
            ));
            continue;
        };
        if !seen.insert(seat.to_string()) {
            problems.push(numbered(
                n,
                Message::new("refuse-appointment-seat-twice").code("seat", seat),
            ));
        }
        let cycles = a.cycles.unwrap_or(match s.first_round_cycles {
            Some(first) if first_round => first,
            _ => s.term_cycles,
        });
        new.push(Appointment {
            id: -(n as i64),
            post: Post::Seat(seat.to_string()),
            holder: a.holder.trim().to_uppercase(),
            selected_at: Some(meeting.id),
            decision: input.decision,
            cycles: Some(cycles),
            presides: None,
            starts_on: None,
            ended_on: None,
            overrides: Vec::new(),
            source: input.source.clone(),
        });
    }
    if !problems.is_empty() {
        return Ok(refused(Vec::new(), problems));
    }
    let findings = findings_on_new(&loaded, &new);
    // The justifications given for the warnings that may be set aside on a new appointment.
    let username = ctx.viewer.username.clone().unwrap_or_default();
    let mut overrides: BTreeMap<i64, Vec<Override>> = BTreeMap::new();
    for f in &findings {
        let Some(id) = overridden_on(f, new.iter().map(|a| a.id)) else {
            continue;
        };
        let Some(a) = usize::try_from(-id - 1)
            .ok()
            .and_then(|i| input.appointments.get(i))
        else {
            continue;
        };
        let text = a
            .justifications
            .get(&f.clause)
            .map(|t| t.trim())
            .unwrap_or("");
        let chars = text.chars().count();
        if chars < MIN_JUSTIFICATION {
            problems.push(numbered(
                usize::try_from(-id).unwrap_or(0),
                Message::new("refuse-appointment-justification-missing")
                    .code("clause", &f.clause)
                    .number("min", i64::try_from(MIN_JUSTIFICATION).unwrap_or(i64::MAX)),
            ));
        } else if chars > MAX_JUSTIFICATION {
            problems.push(numbered(
                usize::try_from(-id).unwrap_or(0),
                Message::new("refuse-appointment-justification-long")
                    .code("clause", &f.clause)
                    .number("max", i64::try_from(MAX_JUSTIFICATION).unwrap_or(i64::MAX)),
            ));
        } else {
            let list = overrides.entry(id).or_default();
            if !list.iter().any(|o| o.clause == f.clause) {
                list.push(Override {
                    clause: f.clause.clone(),
                    justification: text.to_string(),
                    by: username.clone(),
                    on: listing::today(),
                });
            }
        }
    }
    for f in findings.iter().filter(|f| f.severity == Severity::Error) {
        problems.push(Problem::new(
            Message::new("refuse-appointment-finding")
                .code("clause", &f.clause)
                .messages("finding", vec![f.message.clone()]),
            format!("{}: {}", f.clause, f.sentence),
        ));
    }
    let shown: Vec<FindingOut> = findings.iter().map(finding_out).collect();
    if !problems.is_empty() {
        return Ok(refused(shown, problems));
    }
    let source = if input.source.trim().is_empty() {
        default_source(&username, &meeting.label)
    } else {
        input.source.trim().to_string()
    };
    let list = new
        .iter()
        .map(|a| NewAppointment {
            post: Some(a.post.clone()),
            holder: a.holder.clone(),
            selected_at: Some(meeting.id),
            decision: input.decision,
            cycles: a.cycles,
            presides: None,
            starts_on: None,
            overrides: overrides.remove(&a.id).unwrap_or_default(),
            source: source.clone(),
        })
        .collect();
    let author = ctx.author(format!("record the appointments of {}", meeting.label));
    match state.store.appoint(&author, &loaded.convention, list).await {
        Ok(ids) => Ok((
            StatusCode::CREATED,
            Json(AppointedOut {
                appointments: ids,
                findings: shown,
                problems: Vec::new(),
            }),
        )
            .into_response()),
        Err(StoreError::Invalid(reasons)) => Ok(refused(shown, reasons)),
        Err(e) => Err(e.into()),
    }
}
