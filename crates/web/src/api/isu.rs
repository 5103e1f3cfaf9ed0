//! The ISU's API (issue 14): the unit over time (`?as_of=`), a year's work plan and budget at
//! the newest revision the reader may read, the finances and the funding gap; ISU staff's writes
//! (status periods, staff, drafts, the Committee's endorsement, the MSP/RC's approval,
//! contributions) with the same checks and audit entries as the pages. A write by a session
//! carries its CSRF token in `x-csrf-token`; a write with `Authorization: Bearer` needs none.
//! Amounts travel as decimal text, never as JSON numbers.

use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use treatydesk_store::StoreError;

use super::{Body, body, created, isu_write};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::extract::AsOf;
use crate::views::isu::{
    ContributionIn, ContributionOut, ExpenditureIn, FinancesOut, IsuOut, PeriodIn, PeriodOut,
    SpendingOut, StaffIn, StaffOut, StepIn, WorkPlanIn, WorkPlanOut, contribution,
    contribution_out, decision_names, expenditure, finances_out, isu_out, period, period_out, plan,
    spending_out, staff, staff_out, step, workplan_out,
};
use crate::views::listing;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/conventions/{code}/isu", get(isu_api))
        .route("/api/v1/conventions/{code}/isu/periods", post(period_api))
        .route("/api/v1/conventions/{code}/isu/staff", post(staff_api))
        .route(
            "/api/v1/conventions/{code}/isu/workplans/{year}",
            get(workplan_api).post(draft_api),
        )
        .route(
            "/api/v1/conventions/{code}/isu/workplans/{year}/endorsement",
            post(endorse_api),
        )
        .route(
            "/api/v1/conventions/{code}/isu/workplans/{year}/approval",
            post(approve_api),
        )
        .route(
            "/api/v1/conventions/{code}/isu/workplans/{year}/spending",
            get(spending_api).post(expenditure_api),
        )
        .route("/api/v1/conventions/{code}/isu/finances", get(finances_api))
        .route(
            "/api/v1/conventions/{code}/isu/contributions",
            post(contribution_api),
        )
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/isu", tag = "isu",
    params(("code" = String, Path), ("as_of" = Option<String>, Query, description = "YYYY-MM-DD; today when absent")),
    responses((status = 200, body = IsuOut, description = "Who supported the Convention on as_of and in what capacity; the status periods, staff and mandate"),
        (status = 400, description = "as_of is not a date"),
        (status = 404, description = "No such convention")))]
pub async fn isu_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AsOf>,
) -> Result<Json<IsuOut>, ApiError> {
    let as_of = listing::as_of(&q.as_of)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    let level = ctx.viewer.level_in(&c.code);
    Ok(Json(isu_out(&state, &c, as_of, level, ctx.lang).await?))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/isu/periods", tag = "isu",
    params(("code" = String, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = PeriodIn,
    responses((status = 201, body = PeriodOut, description = "Recorded (audited); a correction supersedes the row it names"),
        (status = 400, description = "The body is not a period"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention"),
        (status = 422, description = "Every problem, in sentences")))]
pub async fn period_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    b: Body<PeriodIn>,
) -> Result<Response, ApiError> {
    let c = isu_write(&ctx, &state, &code, &headers).await?;
    let input = body(b)?;
    let new = period(&input).map_err(StoreError::Invalid)?;
    let row = state
        .store
        .record_isu_period(
            &ctx.author("record an ISU status period"),
            &c,
            &new,
            input.corrects,
        )
        .await?;
    let decisions = decision_names(&state, &c).await?;
    Ok(created(period_out(&row, &decisions)))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/isu/staff", tag = "isu",
    params(("code" = String, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = StaffIn,
    responses((status = 201, body = StaffOut, description = "Recorded (audited); a correction supersedes the row it names"),
        (status = 400, description = "The body is not a staff row"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention"),
        (status = 422, description = "Every problem, in sentences")))]
pub async fn staff_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    b: Body<StaffIn>,
) -> Result<Response, ApiError> {
    let c = isu_write(&ctx, &state, &code, &headers).await?;
    let input = body(b)?;
    let new = staff(&input).map_err(StoreError::Invalid)?;
    let row = state
        .store
        .record_isu_staff(&ctx.author("record ISU staff"), &c, &new, input.corrects)
        .await?;
    Ok(created(staff_out(&row)))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/isu/workplans/{year}", tag = "isu",
    params(("code" = String, Path), ("year" = i32, Path)),
    responses((status = 200, body = WorkPlanOut, description = "The newest revision the reader may read: a draft for the ISU and the Committee, the endorsed revision for States Parties, the approved one for everyone"),
        (status = 404, description = "No such convention, or no revision of that year's plan the reader may read")))]
pub async fn workplan_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, year)): Path<(String, i32)>,
) -> Result<Json<WorkPlanOut>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let level = ctx.viewer.level_in(&c.code);
    let currency = state
        .store
        .isu_preset(&c)
        .budget_currency
        .unwrap_or_default();
    state
        .store
        .workplan(&c, year)
        .await?
        .and_then(|wp| workplan_out(&c, &wp, level, &currency))
        .map(Json)
        .ok_or_else(|| {
            crate::WebError::NotFound(format!("there is no {year} work plan you may read")).into()
        })
}

async fn written(
    state: &AppState,
    c: &treatydesk_store::entities::convention::Model,
    wp: &treatydesk_store::isu::WorkPlan,
) -> Result<Response, ApiError> {
    let currency = state
        .store
        .isu_preset(c)
        .budget_currency
        .unwrap_or_default();
    let out = workplan_out(c, wp, treatydesk_domain::AccessLevel::Isu, &currency)
        .ok_or_else(|| crate::WebError::NotFound(format!("the {} work plan", wp.year)))?;
    Ok(created(out))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/isu/workplans/{year}", tag = "isu",
    params(("code" = String, Path), ("year" = i32, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = WorkPlanIn,
    responses((status = 201, body = WorkPlanOut, description = "A new draft revision (audited); a change to an endorsed or approved plan returns it to draft, the endorsed revision stays readable"),
        (status = 400, description = "The body is not a plan"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention"),
        (status = 422, description = "Every problem, in sentences")))]
pub async fn draft_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, year)): Path<(String, i32)>,
    headers: HeaderMap,
    b: Body<WorkPlanIn>,
) -> Result<Response, ApiError> {
    let c = isu_write(&ctx, &state, &code, &headers).await?;
    let input = body(b)?;
    let currency = state
        .store
        .isu_preset(&c)
        .budget_currency
        .unwrap_or_default();
    let p = plan(&input, &currency).map_err(StoreError::Invalid)?;
    let wp = state
        .store
        .save_workplan_draft(
            &ctx.author("draft the ISU work plan and budget"),
            &c,
            year,
            &p,
        )
        .await?;
    written(&state, &c, &wp).await
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/isu/workplans/{year}/endorsement", tag = "isu",
    params(("code" = String, Path), ("year" = i32, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = StepIn,
    responses((status = 201, body = WorkPlanOut, description = "The Coordination Committee meeting's endorsement, recorded as a new revision (audited)"),
        (status = 400, description = "The body is not an endorsement"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention or work plan"),
        (status = 422, description = "Every problem, in sentences (P4.4(h): only a draft is endorsed)")))]
pub async fn endorse_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, year)): Path<(String, i32)>,
    headers: HeaderMap,
    b: Body<StepIn>,
) -> Result<Response, ApiError> {
    let c = isu_write(&ctx, &state, &code, &headers).await?;
    let input = body(b)?;
    let wp = state
        .store
        .endorse_workplan(
            &ctx.author("record the Committee's endorsement"),
            &c,
            year,
            &step(&input),
        )
        .await?;
    written(&state, &c, &wp).await
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/isu/workplans/{year}/approval", tag = "isu",
    params(("code" = String, Path), ("year" = i32, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = StepIn,
    responses((status = 201, body = WorkPlanOut, description = "The MSP's or Review Conference's approval, recorded as a new revision (audited)"),
        (status = 400, description = "The body is not an approval"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention or work plan"),
        (status = 422, description = "Refused with the clause (P4.4(h): approval needs the Committee's endorsement), or every other problem")))]
pub async fn approve_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, year)): Path<(String, i32)>,
    headers: HeaderMap,
    b: Body<StepIn>,
) -> Result<Response, ApiError> {
    let c = isu_write(&ctx, &state, &code, &headers).await?;
    let input = body(b)?;
    let wp = state
        .store
        .approve_workplan(
            &ctx.author("record the approval of the work plan"),
            &c,
            year,
            &step(&input),
        )
        .await?;
    written(&state, &c, &wp).await
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/isu/finances", tag = "isu",
    params(("code" = String, Path)),
    responses((status = 200, body = FinancesOut, description = "Per year: the approved budget, pledged and received in the budget currency (at the rates recorded with the contributions), the gaps, and the contributions"),
        (status = 404, description = "No such convention")))]
pub async fn finances_api(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<FinancesOut>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let f = state.store.isu_finances(&c).await?;
    Ok(Json(finances_out(&c, &f)))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/isu/contributions", tag = "isu",
    params(("code" = String, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = ContributionIn,
    responses((status = 201, body = ContributionOut, description = "Recorded (audited); a correction supersedes the row it names"),
        (status = 400, description = "The body is not a contribution"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention"),
        (status = 422, description = "Every problem, in sentences")))]
pub async fn contribution_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    b: Body<ContributionIn>,
) -> Result<Response, ApiError> {
    let c = isu_write(&ctx, &state, &code, &headers).await?;
    let input = body(b)?;
    let new = contribution(&input).map_err(StoreError::Invalid)?;
    let row = state
        .store
        .record_contribution(
            &ctx.author("record a contribution"),
            &c,
            &new,
            input.corrects,
        )
        .await?;
    let out = state
        .store
        .contributions(&c)
        .await?
        .iter()
        .find(|x| x.row.id == row.id)
        .map(contribution_out)
        .ok_or_else(|| crate::WebError::NotFound(format!("contribution {}", row.id)))?;
    Ok(created(out))
}

#[utoipa::path(get, path = "/api/v1/conventions/{code}/isu/workplans/{year}/spending", tag = "isu",
    params(("code" = String, Path), ("year" = i32, Path)),
    responses((status = 200, body = SpendingOut, description = "The year's approved budget against actual spending, per line and quarter, computed from the record"),
        (status = 404, description = "No such convention, or no approved plan for that year")))]
pub async fn spending_api(
    State(state): State<AppState>,
    Path((code, year)): Path<(String, i32)>,
) -> Result<Json<SpendingOut>, ApiError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let b = state
        .store
        .budget_vs_actual(&c, year)
        .await?
        .ok_or_else(|| crate::WebError::NotFound(format!("an approved {year} budget")))?;
    Ok(Json(spending_out(&c, &b)))
}

#[utoipa::path(post, path = "/api/v1/conventions/{code}/isu/workplans/{year}/spending", tag = "isu",
    params(("code" = String, Path), ("year" = i32, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = ExpenditureIn,
    responses((status = 201, body = SpendingOut, description = "Recorded (audited); the budget against spending as it now stands"),
        (status = 400, description = "The body is not an expenditure"),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "ISU staff only"),
        (status = 404, description = "No such convention"),
        (status = 422, description = "Every problem, in sentences (a line of the approved budget only)")))]
pub async fn expenditure_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, year)): Path<(String, i32)>,
    headers: HeaderMap,
    b: Body<ExpenditureIn>,
) -> Result<Response, ApiError> {
    let c = isu_write(&ctx, &state, &code, &headers).await?;
    let input = body(b)?;
    let new = expenditure(&input, year).map_err(StoreError::Invalid)?;
    state
        .store
        .record_expenditure(&ctx.author("record ISU spending"), &c, &new, input.corrects)
        .await?;
    let b = state
        .store
        .budget_vs_actual(&c, year)
        .await?
        .ok_or_else(|| crate::WebError::NotFound(format!("an approved {year} budget")))?;
    Ok(created(spending_out(&c, &b)))
}
