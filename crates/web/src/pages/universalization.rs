//! Universalization (P4.4(e), issue 16 item 4): `/{code}/universalization` (public: the States
//! not party on a date with their standing, a link to the map, and a server-drawn SVG chart of
//! the States Parties at the end of each year with the same figures in a table) and
//! `/{code}/universalization/{iso3}` (a State's outreach activities and statements of intent,
//! each with its earlier versions; for the ISU, the President and Coordinators the forms that
//! record and correct them: a Coordinator corrects only their own entries).
//!
//! An entry shows only to a reader who reaches its access level; to anyone else it does not
//! exist. It must never write except through the store's audited `outreach` functions and
//! never lose what was typed when it refuses (422 with the form as typed).

use std::fmt::Write as _;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use treatydesk_domain::universalization::OutreachKind;
use treatydesk_store::StoreError;
use treatydesk_store::entities::{actor, convention};

use super::{Choice, ShownDate, render, render_form};
use crate::ctx::Ctx;
use crate::extract::{AsOf, convention_name};
use crate::views::listing;
use crate::views::universalization::{
    EntryOut, NonPartyOut, OutreachCorrectionIn, OutreachIn, PartiesYearOut, access_problem, load,
    load_state, readable_entry, require_corrector, require_writer, state_named, state_url,
    writable_levels,
};
use crate::{AppState, WebError};
use treatydesk_domain::universalization::{may_correct_outreach, may_record_outreach};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/universalization", get(page))
        .route("/{code}/universalization/{iso3}", get(state_page))
        .route("/{code}/universalization/{iso3}/entries", post(add))
        .route(
            "/{code}/universalization/{iso3}/entries/{id}/corrections",
            post(correct),
        )
}

fn name_in(ctx: &Ctx, en: &str, fr: &str, es: &str, ar: &str) -> String {
    match ctx.lang {
        treatydesk_domain::Lang::Fr => fr.to_string(),
        treatydesk_domain::Lang::Es => es.to_string(),
        treatydesk_domain::Lang::Ar => ar.to_string(),
        treatydesk_domain::Lang::En => en.to_string(),
    }
}

fn actor_name(ctx: &Ctx, a: &actor::Model) -> String {
    name_in(ctx, &a.name_en, &a.name_fr, &a.name_es, &a.name_ar)
}

/// A State not party as the page lists it.
struct Row {
    state: NonPartyOut,
    name: String,
}

/// An entry as the page shows it, with the State's name.
struct Shown {
    e: EntryOut,
    state_name: String,
}

const CHART_HEIGHT: f64 = 260.0;
const CHART_TOP: f64 = 24.0;
const CHART_BOTTOM: f64 = 36.0;
const CHART_LEFT: f64 = 44.0;
const BAR: f64 = 34.0;

/// The States Parties at the end of each year as bars (deposits, with the States bound that day
/// darker), drawn on the server: the width of the picture and its inside (numbers and years
/// only; the template adds the `<svg>` element with its translated title and description).
fn chart(years: &[PartiesYearOut]) -> (String, String) {
    let top = years.iter().map(|y| y.parties).max().unwrap_or(0).max(1);
    let scale_top = top.div_ceil(20) * 20;
    #[allow(clippy::cast_precision_loss)]
    let width = CHART_LEFT + BAR * years.len() as f64 + 10.0;
    let plot = CHART_HEIGHT - CHART_TOP - CHART_BOTTOM;
    #[allow(clippy::cast_precision_loss)]
    let y_of = |n: usize| CHART_TOP + plot - plot * n as f64 / scale_top as f64;
    let mut svg = String::new();
    for step in 0..=4 {
        let n = scale_top * step / 4;
        let y = y_of(n);
        let _ = write!(
            svg,
            r#"<line x1="{CHART_LEFT:.0}" y1="{y:.1}" x2="{width:.0}" y2="{y:.1}" class="chart-grid"/><text x="{:.0}" y="{:.1}" text-anchor="end" class="chart-label">{n}</text>"#,
            CHART_LEFT - 6.0,
            y + 4.0
        );
    }
    for (i, y) in years.iter().enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let x = CHART_LEFT + BAR * i as f64 + 4.0;
        let w = BAR - 8.0;
        let base = y_of(0);
        let all = y_of(y.parties);
        let bound = y_of(y.in_force);
        let _ = write!(
            svg,
            r#"<g><title>{}: {} / {}</title><rect x="{x:.1}" y="{all:.1}" width="{w:.1}" height="{:.1}" class="chart-deposited"/><rect x="{x:.1}" y="{bound:.1}" width="{w:.1}" height="{:.1}" class="chart-in-force"/><text x="{:.1}" y="{:.1}" text-anchor="middle" class="chart-label">{}</text>"#,
            y.year,
            y.in_force,
            y.parties,
            base - all,
            base - bound,
            x + w / 2.0,
            all - 4.0,
            y.parties,
        );
        // Every year's label when they fit, else every other one.
        if i % 2 == 0 || years.len() < 12 {
            let _ = write!(
                svg,
                r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" class="chart-label">{}</text>"#,
                x + w / 2.0,
                base + 16.0,
                y.year
            );
        }
        svg.push_str("</g>");
    }
    (format!("{width:.0}"), svg)
}

#[derive(Template)]
#[template(path = "universalization.html")]
struct UniversalizationPage {
    ctx: Ctx,
    code: String,
    convention: String,
    as_of: ShownDate,
    list_partial: bool,
    participation_note: String,
    states_parties: usize,
    in_force: usize,
    rows: Vec<Row>,
    counts: Vec<(String, usize)>,
    years: Vec<PartiesYearOut>,
    chart_width: String,
    svg: String,
    entries: Vec<Shown>,
    map_url: String,
}

pub async fn page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AsOf>,
) -> Result<Response, WebError> {
    let as_of = listing::as_of(&q.as_of)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    let out = load(&state, &c, as_of, &ctx.viewer).await?;
    let mut rows: Vec<Row> = out
        .not_party
        .into_iter()
        .map(|s| Row {
            name: name_in(&ctx, &s.name_en, &s.name_fr, &s.name_es, &s.name_ar),
            state: s,
        })
        .collect();
    crate::locale::sort_by_name(ctx.lang, &mut rows, |r| r.name.as_str());
    let mut counts: Vec<(String, usize)> = Vec::new();
    for status in treatydesk_domain::universalization::NonPartyStatus::ALL {
        let n = rows
            .iter()
            .filter(|r| r.state.status == status.slug())
            .count();
        if n > 0 {
            counts.push((status.slug().to_string(), n));
        }
    }
    let names: std::collections::HashMap<String, String> = rows
        .iter()
        .map(|r| (r.state.iso3.clone(), r.name.clone()))
        .collect();
    let mut entries = Vec::new();
    for e in out.entries {
        let state_name = match names.get(&e.state) {
            Some(n) => n.clone(),
            None => state
                .store
                .actor(&e.state)
                .await
                .map_or_else(|_| e.state.clone(), |a| actor_name(&ctx, &a)),
        };
        entries.push(Shown { e, state_name });
    }
    let shown = ctx.date(as_of);
    let (chart_width, svg) = chart(&out.years);
    render(&UniversalizationPage {
        convention: convention_name(&ctx, &c),
        code: c.code.clone(),
        as_of: shown,
        list_partial: out.list_partial,
        participation_note: out.participation_note,
        states_parties: out.states_parties,
        in_force: out.in_force,
        rows,
        counts,
        years: out.years,
        chart_width,
        svg,
        entries,
        map_url: out.map_url,
        ctx,
    })
}

#[derive(Deserialize, Default, Clone)]
pub struct EntryForm {
    #[serde(default)]
    csrf: String,
    #[serde(flatten)]
    input: OutreachIn,
}

#[derive(Deserialize, Default, Clone)]
pub struct CorrectionForm {
    #[serde(default)]
    csrf: String,
    #[serde(flatten)]
    input: OutreachCorrectionIn,
}

#[derive(Deserialize, Default)]
pub struct StateQuery {
    #[serde(default)]
    saved: String,
    #[serde(default)]
    as_of: String,
}

/// An entry with its correction form's values (as typed when refused, else as it stands).
struct EntryView {
    e: EntryOut,
    form: OutreachCorrectionIn,
    kinds: Vec<Choice>,
    levels: Vec<Choice>,
    open: bool,
    /// The reader may correct it (the ISU, or the entry's own writer).
    may_correct: bool,
}

#[derive(Template)]
#[template(path = "universalization_state.html")]
struct StatePage {
    ctx: Ctx,
    code: String,
    convention: String,
    iso3: String,
    name: String,
    status: String,
    as_of: ShownDate,
    entries: Vec<EntryView>,
    /// The reader may record an entry (the ISU, the President, a Coordinator).
    may_record: bool,
    typed: OutreachIn,
    kinds: Vec<Choice>,
    levels: Vec<Choice>,
    problems: Vec<String>,
    saved: bool,
}

fn kind_choices(ctx: &Ctx, selected: &str) -> Vec<Choice> {
    Choice::translated(
        ctx,
        "univ-kind-",
        OutreachKind::ALL.iter().map(|k| k.slug()),
        if selected.is_empty() {
            "outreach"
        } else {
            selected
        },
    )
}

/// The levels the reader may give an entry (those they can read), the highest by default.
fn level_choices(ctx: &Ctx, code: &str, selected: &str) -> Vec<Choice> {
    let levels = writable_levels(&ctx.viewer, code);
    let highest = levels.last().copied().unwrap_or("public");
    Choice::translated(
        ctx,
        "mtg-level-",
        levels,
        if selected.is_empty() {
            highest
        } else {
            selected
        },
    )
}

/// What a refused form held: the new entry's, or one correction's.
#[derive(Default)]
struct Typed {
    entry: OutreachIn,
    correction: Option<(i32, OutreachCorrectionIn)>,
}

#[allow(clippy::too_many_arguments)]
async fn show(
    ctx: Ctx,
    state: &AppState,
    c: &convention::Model,
    a: &actor::Model,
    as_of: time::Date,
    typed: Typed,
    problems: Vec<String>,
    saved: bool,
) -> Result<Response, WebError> {
    let out = load_state(state, c, a, as_of, &ctx.viewer).await?;
    let may_record = may_record_outreach(&ctx.viewer, &c.code);
    let entries = out
        .entries
        .into_iter()
        .map(|e| {
            let (form, open) = match &typed.correction {
                Some((id, f)) if *id == e.id => (f.clone(), true),
                _ => (
                    OutreachCorrectionIn {
                        entry: OutreachIn::from_revision(&e.current),
                        reason: String::new(),
                    },
                    false,
                ),
            };
            let writer = e.earlier.first().unwrap_or(&e.current).recorded_by.clone();
            EntryView {
                may_correct: may_correct_outreach(&ctx.viewer, &c.code, &writer),
                kinds: kind_choices(&ctx, &form.entry.kind),
                levels: level_choices(&ctx, &c.code, &form.entry.access),
                form,
                open,
                e,
            }
        })
        .collect();
    let page = StatePage {
        convention: convention_name(&ctx, c),
        code: c.code.clone(),
        iso3: a.code.clone(),
        name: actor_name(&ctx, a),
        status: out.status,
        as_of: ctx.date(as_of),
        entries,
        may_record,
        kinds: kind_choices(&ctx, &typed.entry.kind),
        levels: level_choices(&ctx, &c.code, &typed.entry.access),
        typed: typed.entry,
        problems,
        saved,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

pub async fn state_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    Query(q): Query<StateQuery>,
) -> Result<Response, WebError> {
    let as_of = listing::as_of(&q.as_of)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    let a = state_named(&state, &iso3).await?;
    show(
        ctx,
        &state,
        &c,
        &a,
        as_of,
        Typed::default(),
        Vec::new(),
        q.saved == "1",
    )
    .await
}

/// The convention and State for a write by the ISU, the President or a Coordinator (others
/// refused).
async fn writer_target(
    ctx: &Ctx,
    state: &AppState,
    code: &str,
    iso3: &str,
) -> Result<(convention::Model, actor::Model), WebError> {
    let c = crate::extract::convention(&state.store, code).await?;
    require_writer(ctx, &c.code)?;
    let a = state_named(state, iso3).await?;
    Ok((c, a))
}

fn saved(c: &convention::Model, a: &actor::Model, id: i32) -> Response {
    Redirect::to(&format!(
        "{}?saved=1#entry-{id}",
        state_url(&c.code, &a.code)
    ))
    .into_response()
}

pub async fn add(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
    Form(form): Form<EntryForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let (c, a) = writer_target(&ctx, &state, &code, &iso3).await?;
    let result = match access_problem(&ctx, &c.code, &form.input) {
        Some(problem) => Err(StoreError::refuse(problem)),
        None => {
            state
                .store
                .add_outreach(
                    &ctx.author("record a universalization entry"),
                    &c,
                    &a,
                    &form.input.to_store(),
                )
                .await
        }
    };
    match result {
        Ok(r) => {
            crate::services::indexing::reindex_outreach(&state, &c, &r).await?;
            Ok(saved(&c, &a, r.activity.id))
        }
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            let typed = Typed {
                entry: form.input.clone(),
                correction: None,
            };
            let today = treatydesk_store::now().date();
            show(ctx, &state, &c, &a, today, typed, problems, false).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn correct(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3, id)): Path<(String, String, String)>,
    Form(form): Form<CorrectionForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let (c, a) = writer_target(&ctx, &state, &code, &iso3).await?;
    let existing = readable_entry(&state, &c, &a, &id, &ctx.viewer).await?;
    require_corrector(&ctx, &c.code, &existing)?;
    let number = existing.activity.id;
    let result = match access_problem(&ctx, &c.code, &form.input.entry) {
        Some(problem) => Err(StoreError::refuse(problem)),
        None => {
            state
                .store
                .correct_outreach(
                    &ctx.author(form.input.reason.trim()),
                    &c,
                    &a,
                    number,
                    &form.input.entry.to_store(),
                    &form.input.reason,
                )
                .await
        }
    };
    match result {
        Ok(r) => {
            crate::services::indexing::reindex_outreach(&state, &c, &r).await?;
            Ok(saved(&c, &a, number))
        }
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            let typed = Typed {
                entry: OutreachIn::default(),
                correction: Some((number, form.input.clone())),
            };
            let today = treatydesk_store::now().date();
            show(ctx, &state, &c, &a, today, typed, problems, false).await
        }
        Err(e) => Err(e.into()),
    }
}
