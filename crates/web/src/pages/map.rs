//! The States Parties map of the public portal: a world map (server-drawn SVG, no script) with
//! each State coloured by its status under the convention on a date, and beside it a table with
//! the same facts for readers who cannot see the map. The outlines come from an ODbL dataset
//! (see `assets/world.csv`); States without an outline (a few small islands) are in the table.
//!
//! The outlines are one SVG file of their own under a content-hashed name ([`world_path`]),
//! cached by the browser for a year: the page only says, for each State, which outline to draw
//! (`<use>`) and in which colour: 40 KB where it was 202 KB with the outlines inline.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::{LazyLock, OnceLock};

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use treatydesk_domain::ParticipationStatus;
use treatydesk_store::registry::rules_of;

use super::{ShownDate, render};
use crate::ctx::Ctx;
use crate::extract::AsOf;
use crate::extract::convention_name;
use crate::views::listing;
use crate::{AppState, WebError};

const WORLD: &str = include_str!("../../assets/world.csv");

/// Outlines by ISO 3166-1 alpha-3 code, read once.
fn outlines() -> &'static HashMap<&'static str, &'static str> {
    static OUTLINES: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    OUTLINES.get_or_init(|| {
        WORLD
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with("iso3,"))
            .filter_map(|l| l.split_once(','))
            .collect()
    })
}

/// Every outline as a `<path id="ISO3">` of one SVG document (the map's `viewBox`), made once.
static WORLD_SVG: LazyLock<String> = LazyLock::new(|| {
    let mut codes: Vec<(&str, &str)> = outlines().iter().map(|(k, v)| (*k, *v)).collect();
    codes.sort_unstable();
    let mut svg =
        String::from("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 395\">");
    for (iso3, d) in codes {
        let _ = write!(svg, "<path id=\"{iso3}\" d=\"{d}\"/>");
    }
    svg.push_str("</svg>");
    svg
});

static WORLD_PATH: LazyLock<String> =
    LazyLock::new(|| crate::cache::content_named("/static/map/world", WORLD_SVG.as_bytes(), "svg"));

/// The outlines' address, named by their content.
pub fn world_path() -> &'static str {
    WORLD_PATH.as_str()
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/map", get(map))
        .route("/static/map/{file}", get(world))
}

/// `/static/map/{file}`: the outlines under their content-hashed name, immutable for a year
/// (any other name is not found).
pub async fn world(Path(file): Path<String>) -> Response {
    if world_path().strip_prefix("/static/map/") == Some(file.as_str()) {
        crate::cache::immutable("image/svg+xml", WORLD_SVG.as_str())
    } else {
        StatusCode::NOT_FOUND.into_response()
    }
}

pub struct Shape {
    pub iso3: &'static str,
    pub name: String,
    /// A `ParticipationStatus` slug, or "no-record".
    pub status: String,
}

pub struct Row {
    pub iso3: String,
    pub name: String,
    pub status: String,
}

#[derive(Template)]
#[template(path = "map.html")]
struct MapPage {
    ctx: Ctx,
    code: String,
    convention: String,
    as_of: ShownDate,
    /// The outlines' file, which each shape's `<use>` points into.
    world: &'static str,
    shapes: Vec<Shape>,
    rows: Vec<Row>,
    counts: Vec<(String, usize)>,
    /// What a partial participation list holds (empty once complete): a State missing from a
    /// partial list is "not on record", never "no record" as if it had done nothing.
    participation_note: String,
}

pub async fn map(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AsOf>,
) -> Result<Response, WebError> {
    let as_of = listing::as_of(&q.as_of)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    let rules = rules_of(&c)?;
    let records = state.store.state_records(&c).await?;
    let name_of = |a: &treatydesk_store::entities::actor::Model| match ctx.lang {
        treatydesk_domain::Lang::Fr => a.name_fr.clone(),
        treatydesk_domain::Lang::Es => a.name_es.clone(),
        treatydesk_domain::Lang::Ar => a.name_ar.clone(),
        _ => a.name_en.clone(),
    };
    let mut status: HashMap<String, ParticipationStatus> = HashMap::new();
    let mut rows: Vec<Row> = records
        .iter()
        .map(|r| {
            let s = r.participation.status_on(as_of, rules.withdrawal);
            status.insert(r.actor.code.clone(), s);
            Row {
                iso3: r.actor.code.clone(),
                name: name_of(&r.actor),
                status: s.slug().to_string(),
            }
        })
        .collect();
    crate::locale::sort_by_name(ctx.lang, &mut rows, |r| r.name.as_str());
    let names: HashMap<String, String> = state
        .store
        .actors()
        .await?
        .iter()
        .filter(|a| a.kind == "state")
        .map(|a| (a.code.clone(), name_of(a)))
        .collect();
    let missing = if c.participation_note.trim().is_empty() {
        "no-record"
    } else {
        "not-on-list"
    };
    let mut shapes: Vec<Shape> = outlines()
        .keys()
        .filter_map(|iso3| {
            let name = names.get(*iso3)?.clone();
            Some(Shape {
                iso3,
                name,
                status: status.get(*iso3).map_or(missing, |s| s.slug()).to_string(),
            })
        })
        .collect();
    shapes.sort_by_key(|s| s.iso3);
    let mut counts: Vec<(String, usize)> = Vec::new();
    for r in &rows {
        match counts.iter_mut().find(|(s, _)| *s == r.status) {
            Some((_, n)) => *n += 1,
            None => counts.push((r.status.clone(), 1)),
        }
    }
    render(&MapPage {
        participation_note: c.participation_note.trim().to_string(),
        convention: convention_name(&ctx, &c),
        code: c.code.clone(),
        as_of: ctx.date(as_of),
        world: world_path(),
        shapes,
        rows,
        counts,
        ctx,
    })
}
