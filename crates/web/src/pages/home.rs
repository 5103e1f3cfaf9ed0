//! The instance's front page (its conventions) and a convention's home page.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;

use super::{ShownDate, render};
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::views::listing::{self, ListParams};
use crate::{AppState, WebError};
use axum::Router;
use axum::routing::get;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(index))
        .route("/{code}", get(convention))
}

pub struct ConventionCard {
    pub code: String,
    pub short_name: String,
    pub name: String,
}

#[derive(Template)]
#[template(path = "index.html")]
struct IndexPage {
    ctx: Ctx,
    code: String,
    conventions: Vec<ConventionCard>,
}

pub async fn index(ctx: Ctx, State(state): State<AppState>) -> Result<Response, WebError> {
    let conventions = state
        .store
        .conventions()
        .await?
        .iter()
        .map(|c| ConventionCard {
            code: c.code.clone(),
            short_name: c.short_name.clone(),
            name: convention_name(&ctx, c),
        })
        .collect();
    render(&IndexPage {
        ctx,
        code: String::new(),
        conventions,
    })
}

pub struct Count {
    pub slug: &'static str,
    pub label: String,
    pub count: usize,
}

#[derive(Template)]
#[template(path = "convention.html")]
struct ConventionPage {
    ctx: Ctx,
    code: String,
    name: String,
    short_name: String,
    adopted_on: Option<ShownDate>,
    opened_on: Option<ShownDate>,
    in_force_on: Option<ShownDate>,
    depositary: String,
    as_of: ShownDate,
    counts: Vec<Count>,
    total: usize,
    participation_note: String,
}

pub async fn convention(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(params): Query<ListParams>,
) -> Result<Response, WebError> {
    let filters = ListParams {
        as_of: params.as_of,
        ..Default::default()
    }
    .check()?;
    let listing = listing::load(&state.store, &code, filters, ctx.lang).await?;
    let c = &listing.convention;
    let counts = listing
        .counts
        .iter()
        .map(|(status, count)| Count {
            slug: status.slug(),
            label: ctx.status_label(*status),
            count: *count,
        })
        .collect();
    let page = ConventionPage {
        name: convention_name(&ctx, c),
        short_name: c.short_name.clone(),
        adopted_on: ctx.opt_date(c.adopted_on),
        opened_on: ctx.opt_date(c.opened_for_signature_on),
        in_force_on: listing
            .rules
            .entry_into_force
            .map(|r| ctx.date(r.convention_entry_into_force())),
        depositary: c.depositary.clone(),
        as_of: ctx.date(listing.filters.as_of),
        counts,
        total: listing.total,
        participation_note: c.participation_note.clone(),
        code: c.code.clone(),
        ctx,
    };
    render(&page)
}
