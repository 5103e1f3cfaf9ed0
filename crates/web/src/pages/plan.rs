//! The rotation planner for a formal meeting, for the President and ISU staff: the seats that
//! fall vacant, the nominations, and the best slates the planner proves, each with the reasons
//! for its rank. Page and API share one computation. It never writes: recording the chosen
//! slate is the appointments page's job.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;

use super::render;
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::views::plan::{PlanOut, PlanQuery, compute};
use crate::{AppState, WebError};
use axum::Router;
use axum::routing::get;

pub fn routes() -> Router<AppState> {
    Router::new().route("/{code}/meetings/{label}/plan", get(plan_page))
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
    /// Each nominee's name, in the reader's language.
    names: Vec<String>,
    /// Each nominee's "affected" fact as the record has it: `None` when no profile entry of
    /// the State says either way (the profiles are partial: "not on record", never "no").
    affected: Vec<Option<bool>>,
    /// Some nominee's profile says nothing either way.
    affected_unknown: bool,
    horizons: Vec<(u32, bool)>,
    /// The planner's notes, in the reader's language.
    notes: Vec<String>,
    /// Each slate's reasons (sentence, points), in the reader's language.
    reasons: Vec<Vec<(String, u64)>>,
}

pub async fn plan_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    Query(q): Query<PlanQuery>,
) -> Result<Response, WebError> {
    let p = compute(&ctx, &state, &code, &label, &q).await?;
    // States in the reader's language, from the registry the record carries.
    let loaded = crate::views::offices::load(&state, &code)
        .await?
        .for_reader(&ctx);
    let name = |s: &str| loaded.name(s);
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
                        .map(|v| ctx.term(&code, &v.body))
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
    let names = p.input.candidates.iter().map(|c| name(&c.state)).collect();
    let convention = crate::extract::convention(&state.store, &code).await?;
    let mut affected = Vec::with_capacity(p.input.candidates.len());
    for c in &p.input.candidates {
        let known = if c.affected {
            Some(true)
        } else {
            let entries = match state.store.actor(&c.state).await {
                Ok(actor) => state.store.profile(&convention, &actor).await?,
                Err(_) => Vec::new(),
            };
            entries
                .iter()
                .any(|e| e.kind == treatydesk_domain::profile::ProfileKind::Affected)
                .then_some(false)
        };
        affected.push(known);
    }
    let said = |m: &treatydesk_domain::finding::Message, sentence: &str| {
        crate::views::findings::problem_in(
            ctx.lang,
            &treatydesk_domain::finding::Problem::new(m.clone(), sentence),
        )
    };
    let notes = p
        .plan
        .notes
        .iter()
        .map(|n| crate::views::findings::problem_in(ctx.lang, n))
        .collect();
    let reasons = p
        .plan
        .slates
        .iter()
        .map(|s| {
            s.reasons
                .iter()
                .map(|r| (said(&r.message, &r.sentence), r.penalty))
                .collect()
        })
        .collect();
    render(&PlanPage {
        notes,
        reasons,
        names,
        affected_unknown: affected.contains(&None),
        affected,
        convention: convention_name(&ctx, &convention),
        code: convention.code.clone(),
        horizons: (0..=6).map(|h| (h, h == p.horizon)).collect(),
        slates,
        groups,
        p,
        ctx,
    })
}
