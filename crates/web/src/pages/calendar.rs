//! The shared calendar (P1.3): every convention's meetings in this instance and the entries
//! imported from other conventions' iCalendar files, side by side, with the feed of it all.
//! Everyone reads it; ISU staff of any convention import a calendar file (all or nothing, every
//! bad event named). Fetching a calendar by URL from the server is deliberately not offered: it
//! would let a form make the server call any address; download the file and upload it instead.

use askama::Template;
use axum::Router;
use axum::extract::{Multipart, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use time::Date;
use treatydesk_store::StoreError;

use super::{ShownDate, render_form};
use crate::ctx::Ctx;
use crate::{AppState, WebError};
use treatydesk_domain::finding::Message;

/// The largest calendar file accepted (the request body limit is larger).
const MAX_FILE: usize = 512 * 1024;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/calendar", get(page))
        .route("/calendar/import", post(import))
}

pub struct Row {
    pub who: String,
    pub title: String,
    /// The meeting's page, for meetings of this instance.
    pub href: Option<String>,
    pub venue: String,
    pub opens: ShownDate,
    pub closes: ShownDate,
    pub imported: bool,
}

#[derive(Template)]
#[template(path = "calendar.html")]
struct CalendarPage {
    ctx: Ctx,
    code: String,
    year: String,
    years: Vec<i32>,
    rows: Vec<Row>,
    may_import: bool,
    name: String,
    problems: Vec<String>,
    imported: String,
}

#[derive(Deserialize, Default)]
pub struct YearQuery {
    #[serde(default)]
    year: String,
    #[serde(default)]
    imported: String,
}

async fn render_page(
    ctx: Ctx,
    state: &AppState,
    q: YearQuery,
    name: String,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let year: Option<i32> = match q.year.trim() {
        "" => None,
        raw => Some(raw.parse().map_err(|_| {
            WebError::BadRequest(format!("year \"{raw}\" is not a year such as 2012"))
        })?),
    };
    let mut all: Vec<(Date, Date, Row)> = Vec::new();
    for c in state.store.conventions().await? {
        let (record, _) = state.store.offices(&c).await?;
        for m in state.store.meetings(&c).await? {
            let Some(opens) = m.opens_on else { continue };
            let closes = m.closes_on.unwrap_or(opens);
            all.push((
                opens,
                closes,
                Row {
                    who: c.short_name.clone(),
                    title: format!(
                        "{} ({})",
                        ctx.term(&c.code, &record.kind_name(&m.kind)),
                        m.label
                    ),
                    href: Some(format!("/{}/meetings/{}", c.code, m.label)),
                    venue: m.venue.clone(),
                    opens: ctx.date(opens),
                    closes: ctx.date(closes),
                    imported: false,
                },
            ));
        }
    }
    for e in state.store.calendar_entries().await? {
        all.push((
            e.opens_on,
            e.closes_on,
            Row {
                who: e.calendar,
                title: e.title,
                href: None,
                venue: e.venue,
                opens: ctx.date(e.opens_on),
                closes: ctx.date(e.closes_on),
                imported: true,
            },
        ));
    }
    let mut years: Vec<i32> = all.iter().map(|(o, _, _)| o.year()).collect();
    years.sort_unstable();
    years.dedup();
    all.sort_by_key(|(o, c, _)| (*o, *c));
    let rows = all
        .into_iter()
        .filter(|(o, c, _)| year.is_none_or(|y| o.year() == y || c.year() == y))
        .map(|(_, _, r)| r)
        .collect();
    let page = CalendarPage {
        code: String::new(),
        year: year.map(|y| y.to_string()).unwrap_or_default(),
        years,
        rows,
        may_import: ctx.is_isu_anywhere(),
        name,
        imported: q.imported,
        problems,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

pub async fn page(
    ctx: Ctx,
    State(state): State<AppState>,
    Query(q): Query<YearQuery>,
) -> Result<Response, WebError> {
    render_page(ctx, &state, q, String::new(), Vec::new()).await
}

/// A form error of the import, in the reader's language.
fn said(ctx: &Ctx, message: Message) -> String {
    crate::views::findings::problem_in(ctx.lang, &crate::views::findings::problem(message))
}

/// A size in KiB, as a message's number.
fn kib(bytes: usize) -> i64 {
    i64::try_from(bytes / 1024).unwrap_or(i64::MAX)
}

pub async fn import(
    ctx: Ctx,
    State(state): State<AppState>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let mut csrf = String::new();
    let mut name = String::new();
    let mut text: Option<String> = None;
    let mut problems = Vec::new();
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| WebError::BadRequest(format!("the upload could not be read: {e}")))?
    {
        let field_name = field.name().unwrap_or_default().to_string();
        let bytes = field
            .bytes()
            .await
            .map_err(|e| WebError::BadRequest(format!("the upload could not be read: {e}")))?;
        match field_name.as_str() {
            "csrf" => csrf = String::from_utf8_lossy(&bytes).into_owned(),
            "calendar" => {
                name = String::from_utf8_lossy(&bytes).trim().to_string();
                crate::limits::check_text("calendar", &name, false)?;
            }
            "file" if bytes.len() > MAX_FILE => problems.push(said(
                &ctx,
                Message::new("refuse-ical-file-too-big")
                    .number("size", kib(bytes.len()))
                    .number("max", kib(MAX_FILE)),
            )),
            "file" if !bytes.is_empty() => match String::from_utf8(bytes.to_vec()) {
                Ok(t) => text = Some(t),
                Err(_) => problems.push(said(&ctx, Message::new("refuse-ical-not-utf8"))),
            },
            _ => {}
        }
    }
    ctx.check_csrf(&csrf)?;
    if !ctx.is_isu_anywhere() {
        return Err(if ctx.viewer.is_signed_in() {
            WebError::Forbidden
        } else {
            WebError::SignInRequired {
                next: "/calendar".into(),
            }
        });
    }
    if text.is_none() && problems.is_empty() {
        problems.push(said(&ctx, Message::new("refuse-ical-no-file")));
    }
    if let (Some(text), true) = (&text, problems.is_empty()) {
        match state
            .store
            .import_calendar(&ctx.author(format!("import calendar {name}")), &name, text)
            .await
        {
            Ok(report) => {
                return Ok(Redirect::to(&format!(
                    "/calendar?imported={}+added,+{}+updated",
                    report.added, report.updated
                ))
                .into_response());
            }
            Err(StoreError::Invalid(p)) => {
                let p = crate::views::findings::problems_in(ctx.lang, &p);
                problems = p
            }
            Err(e) => return Err(e.into()),
        }
    }
    render_page(ctx, &state, YearQuery::default(), name, problems).await
}
