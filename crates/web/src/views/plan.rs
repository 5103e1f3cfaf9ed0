//! The rotation planner's answer for a meeting, shared by the plan page and its API: who may
//! run it and what it computes from the record.

use serde::{Deserialize, Serialize};
use treatydesk_domain::rotation::{self, Plan, PlanInput, from_record};
use treatydesk_domain::{AccessLevel, Role};
use utoipa::ToSchema;

use crate::ctx::Ctx;
use crate::views::offices::load;
use crate::{AppState, WebError};

#[derive(Deserialize)]
pub struct PlanQuery {
    #[serde(default)]
    pub horizon: String,
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

/// Is the reader the President of this convention, or ISU staff? They run the planner and see
/// every nomination.
pub fn president_or_isu(ctx: &Ctx, code: &str) -> bool {
    let president = ctx
        .viewer
        .grants
        .iter()
        .any(|g| g.role == Role::President && g.convention.as_deref() == Some(code));
    president || ctx.viewer.can_read(code, AccessLevel::Isu)
}

/// The President (of this convention) and ISU staff may run the planner.
fn may_plan(ctx: &Ctx, code: &str) -> Result<(), WebError> {
    ctx.require(code, AccessLevel::Committee)?;
    if president_or_isu(ctx, code) {
        Ok(())
    } else {
        Err(WebError::Forbidden)
    }
}

pub async fn compute(
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
            .map_err(|p| WebError::Store(treatydesk_store::StoreError::Invalid(vec![p])))?;
    // Issue 20: a request holds the planner at most its deadline, on a blocking thread so
    // that the server's workers go on answering meanwhile.
    let (input, planned) = tokio::task::spawn_blocking(move || {
        let planned = rotation::plan_within(&input, rotation::DEFAULT_DEADLINE);
        (input, planned)
    })
    .await
    .map_err(|e| WebError::Internal(format!("the planner stopped: {e}")))?;
    let mut plan = planned.map_err(|e| WebError::BadRequest(e.0))?;
    plan.notes.extend(notes);
    Ok(PlanOut {
        convention: loaded.convention.code.clone(),
        meeting: meeting.label.clone(),
        horizon,
        input,
        plan,
    })
}
