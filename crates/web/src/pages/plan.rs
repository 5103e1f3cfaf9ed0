//! The rotation planner for a formal meeting, for the President and ISU staff: the seats that
//! fall vacant, the nominations, and the best slates the planner proves, each with the reasons
//! for its rank. Page and API share one computation. It never writes: recording the chosen
//! slate is the appointments page's job.

use askama::Template;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::{Deserialize, Serialize};
use treatydesk_domain::rotation::{self, Plan, PlanInput, from_record};
use treatydesk_domain::{AccessLevel, Role};
use utoipa::ToSchema;

use super::render;
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::offices::load;
use crate::pages::home::convention_name;
use crate::{AppState, WebError};

#[derive(Deserialize)]
pub struct PlanQuery {
    #[serde(default)]
    horizon: String,
}

/// The planner's answer for a meeting.
#[derive(Serialize, ToSchema)]
pub struct PlanOut {
    pub convention: String,
    pub meeting: String,
    pub horizon: u32,
    /// The planner's input, read from the record.
    #[schema(value_type = Object)]
    pub input: PlanInput,
    /// Slates, nodes explored, proof, notes.
    #[schema(value_type = Object)]
    pub plan: Plan,
}

/// The President (of this convention) and ISU staff may run the planner.
fn may_plan(ctx: &Ctx, code: &str) -> Result<(), WebError> {
    ctx.require(code, AccessLevel::Committee)?;
    let president = ctx
        .viewer
        .grants
        .iter()
        .any(|g| g.role == Role::President && g.convention.as_deref() == Some(code));
    if president || ctx.viewer.can_read(code, AccessLevel::Isu) {
        Ok(())
    } else {
        Err(WebError::Forbidden)
    }
}

async fn compute(
    ctx: &Ctx,
    state: &AppState,
    code: &str,
    label: &str,
    q: &PlanQuery,
) -> Result<PlanOut, WebError> {
    let loaded = load(state, code).await?;
    may_plan(ctx, &loaded.convention.code)?;
    let horizon = match q.horizon.trim() {
        "" => 2,
        h => h.parse::<u32>().ok().filter(|h| *h <= 6).ok_or_else(|| {
            WebError::BadRequest(format!(
                "horizon \"{h}\" must be a number of cycles from 0 to 6"
            ))
        })?,
    };
    let meeting = loaded
        .record
        .meetings
        .iter()
        .find(|m| m.label.eq_ignore_ascii_case(label))
        .ok_or_else(|| {
            WebError::NotFound(format!(
                "there is no meeting {label} of {}",
                loaded.convention.short_name
            ))
        })?;
    let (input, notes) =
        from_record::input_for(&loaded.record, meeting, &*loaded.facts, horizon, 3)
            .map_err(WebError::BadRequest)?;
    // Issue 20: a request holds its worker at most the planner's deadline.
    let mut plan = rotation::plan_within(&input, rotation::DEFAULT_DEADLINE)
        .map_err(|e| WebError::BadRequest(e.0))?;
    plan.notes.extend(notes);
    Ok(PlanOut {
        convention: loaded.convention.code.clone(),
        meeting: meeting.label.clone(),
        horizon,
        input,
        plan,
    })
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/meetings/{label}/plan", tag = "architecture",
    params(("code" = String, Path), ("label" = String, Path, description = "the meeting, e.g. 3RC"),
        ("horizon" = Option<u32>, Query, description = "later cycles to keep fillable under P2.6, 0-6 (2 when absent)")),
    responses((status = 200, description = "The President and ISU staff", body = PlanOut),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not the President or ISU staff")))]
pub async fn plan_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    Query(q): Query<PlanQuery>,
) -> Result<Json<PlanOut>, ApiError> {
    Ok(Json(compute(&ctx, &state, &code, &label, &q).await?))
}

/// One row of a slate as the page shows it.
pub struct SlateRow {
    pub seat: String,
    pub body: String,
    pub state: Option<String>,
}

#[derive(Template)]
#[template(path = "plan.html")]
struct PlanPage {
    ctx: Ctx,
    code: String,
    convention: String,
    p: PlanOut,
    slates: Vec<Vec<SlateRow>>,
    /// Each nominee's UN regional group, in the reader's language.
    groups: Vec<String>,
    horizons: Vec<(u32, bool)>,
}

pub async fn plan_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    Query(q): Query<PlanQuery>,
) -> Result<Response, WebError> {
    let p = compute(&ctx, &state, &code, &label, &q).await?;
    let name = |s: &str| {
        p.input
            .candidates
            .iter()
            .find(|c| c.state == s)
            .map_or(s.to_string(), |c| c.name.clone())
    };
    let slates = p
        .plan
        .slates
        .iter()
        .map(|s| {
            s.assignments
                .iter()
                .map(|(seat, holder)| SlateRow {
                    seat: seat.clone(),
                    body: p
                        .input
                        .seats
                        .iter()
                        .find(|v| &v.key == seat)
                        .map(|v| v.body.clone())
                        .unwrap_or_default(),
                    state: holder.as_deref().map(name),
                })
                .collect()
        })
        .collect();
    let groups = p
        .input
        .candidates
        .iter()
        .map(|c| ctx.group_label(treatydesk_domain::UnGroup::from_slug(&c.un_group)))
        .collect();
    let convention = crate::listing::convention(&state.store, &code).await?;
    render(&PlanPage {
        convention: convention_name(&ctx, &convention),
        code: convention.code.clone(),
        horizons: (0..=6).map(|h| (h, h == p.horizon)).collect(),
        slates,
        groups,
        p,
        ctx,
    })
}
