//! A meeting's programme of work (P1.2, P2.2, P2.4): the public page (days, sessions with time,
//! room, format, Working Group or thematic area, the panel and the list of speakers), the same
//! as JSON in the API and as an iCalendar feed, and the editors' forms (`edit`).
//!
//! Page, API and feed share one view (`ProgrammeOut`), computed from the store's programme. The
//! read side is public and never writes; writes happen only in `edit`, through the store's
//! audited writes, for the editors `treatydesk_domain::programme::edit_scope` names.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;

use super::{ShownDate, render};
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::views::programme::{ProgrammeOut, SessionOut, setting};
use crate::views::statements::{StatementGroup, grouped, may_upload, statements_out, uploader};
use crate::{AppState, WebError};
use axum::Router;
use axum::routing::get;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/meetings/{label}/programme", get(page))
        .route("/{code}/meetings/{label}/programme.pdf", get(pdf_file))
        .merge(edit::routes())
        .merge(speakers::routes())
}

pub mod edit;
pub mod form;
pub mod session;
pub mod speakers;

/// A session as the page shows it.
pub struct SessionView {
    pub s: SessionOut,
    pub format: String,
    pub may_edit: bool,
    /// The session's statements as they stand (P1.2), by speaker.
    pub statements: Vec<StatementGroup>,
    /// Link the session's statements page: it has statements, or the reader may upload one.
    pub statements_link: bool,
}

/// A day as the page shows it.
pub struct DayView {
    pub date: ShownDate,
    pub sessions: Vec<SessionView>,
}

#[derive(Template)]
#[template(path = "programme.html")]
struct ProgrammePage {
    ctx: Ctx,
    code: String,
    convention: String,
    p: ProgrammeOut,
    opens_on: Option<ShownDate>,
    closes_on: Option<ShownDate>,
    days: Vec<DayView>,
    may_edit: bool,
}

pub async fn page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let s = setting(&state, &code, &label).await?.read_by(&ctx);
    let may_edit = ctx.viewer.is_signed_in() && s.scope(&ctx).may_edit_any();
    let p = s.out();
    let row = s.row(&state).await?;
    let all = state.store.statements_of_meeting(&row).await?;
    let mut statements = grouped(&statements_out(
        &s.loaded.convention,
        &row.label,
        &s.programme,
        &all,
    ));
    for g in &mut statements {
        g.state_name = g.state.as_deref().map(|a| s.loaded.name(a));
    }
    let who = uploader(&ctx, &s.loaded.convention.code);
    let days = p
        .days
        .iter()
        .map(|d| DayView {
            date: ctx.iso(&d.day),
            sessions: d
                .sessions
                .iter()
                .map(|x| SessionView {
                    statements: statements
                        .iter()
                        .filter(|g| g.session == x.id)
                        .cloned()
                        .collect(),
                    statements_link: statements.iter().any(|g| g.session == x.id)
                        || s.programme
                            .iter()
                            .find(|o| o.session.id == x.id)
                            .is_some_and(|o| may_upload(who.as_ref(), o)),
                    format: ctx.t(&format!("prog-format-{}", x.format)),
                    may_edit: may_edit
                        && s.programme
                            .iter()
                            .find(|o| o.session.id == x.id)
                            .is_some_and(|o| s.may_edit(&ctx, &o.session)),
                    s: x.clone(),
                })
                .collect(),
        })
        .collect();
    render(&ProgrammePage {
        convention: convention_name(&ctx, &s.loaded.convention),
        code: s.loaded.convention.code.clone(),
        opens_on: ctx.opt_date(s.meeting.opens_on),
        closes_on: ctx.opt_date(s.meeting.closes_on),
        days,
        may_edit,
        p,
        ctx,
    })
}

/// The programme as a PDF to print or hand around (issue 18 item 6): one row per session, in
/// the reader's language; public like the page.
pub async fn pdf_file(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let s = setting(&state, &code, &label).await?.read_by(&ctx);
    let p = s.out();
    let heads = [
        "prog-col-day",
        "prog-col-time",
        "prog-col-session",
        "prog-col-format",
        "prog-col-room",
        "prog-col-group",
    ]
    .map(|k| ctx.t(k));
    let rows: Vec<[String; 6]> = p
        .days
        .iter()
        .flat_map(|d| d.sessions.iter())
        .map(|x| {
            let group = match (&x.area_name, &x.body_name) {
                (Some(a), Some(b)) => format!("{a} ({})", ctx.ts("prog-within", b)),
                (Some(a), None) => a.clone(),
                (None, Some(b)) => b.clone(),
                (None, None) => String::new(),
            };
            [
                ctx.iso(&x.day).text,
                format!("{}–{}", x.starts_at, x.ends_at),
                x.title.clone(),
                ctx.t(&format!("prog-format-{}", x.format)),
                x.room.clone(),
                group,
            ]
        })
        .collect();
    let bytes = crate::services::exports::programme_pdf(
        &ctx.ts("prog-title", &p.meeting),
        &heads,
        &rows,
        ctx.lang.code(),
    )
    .map_err(|e| WebError::Internal(format!("the file could not be written: {e}")))?;
    Ok(super::download_file(
        bytes,
        "application/pdf",
        format!("{}-{}-programme.pdf", p.convention, p.meeting),
    ))
}
