//! The design system's page (issue 18 item 2): every component of the one stylesheet
//! (`assets/app.css`) as pages use it — form field (label above, hint, error, required
//! marker), fieldset, the error summary at the top, notices (success, warning, error), the table
//! (header band, rules, numbers aligned to the end, dates that never wrap), tabs, badges and
//! buttons (primary, secondary, destructive). Public and static: it reads nothing from the
//! store, and its sample form submits to itself with GET.

use askama::Template;
use axum::Router;
use axum::response::Response;
use axum::routing::get;
use time::macros::date;

use super::{ShownDate, render};
use crate::ctx::Ctx;
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new().route("/components", get(page))
}

/// A sample row of the table component.
struct SampleRow {
    meeting: &'static str,
    opens: ShownDate,
    closes: ShownDate,
    participants: String,
}

#[derive(Template)]
#[template(path = "components.html")]
struct ComponentsPage {
    ctx: Ctx,
    code: String,
    rows: Vec<SampleRow>,
    sample_date: ShownDate,
}

pub async fn page(ctx: Ctx) -> Result<Response, WebError> {
    // Sample rows: the dates of the 2ISM and 3ISM (DOMAIN.md); the counts are made up (DEMO).
    let rows = vec![
        SampleRow {
            meeting: "2ISM",
            opens: ctx.date(date!(2012 - 04 - 16)),
            closes: ctx.date(date!(2012 - 04 - 19)),
            participants: ctx.number(&1250),
        },
        SampleRow {
            meeting: "3ISM",
            opens: ctx.date(date!(2013 - 04 - 15)),
            closes: ctx.date(date!(2013 - 04 - 18)),
            participants: ctx.number(&87),
        },
    ];
    render(&ComponentsPage {
        sample_date: ctx.date(date!(2012 - 04 - 16)),
        rows,
        code: String::new(),
        ctx,
    })
}
