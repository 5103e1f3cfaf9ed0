//! The programme editors' pages (P2.4): the overview with the form to add a session, one
//! session's form with its panel and list of speakers, and the posts that change them. Every
//! form carries the CSRF token; a refused form comes back with what was typed and the reasons
//! (422), the store's own sentences included.
//!
//! Who may do what is `treatydesk_domain::programme::edit_scope`, judged on the session's day: ISU
//! staff and the President every session, a sitting Coordinator the sessions of their own body
//! (as its Working Group or its thematic area) — both the session as it was and as it would be.
//! This module must never write except through the store's audited programme writes.

use askama::Template;
use axum::Form;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use treatydesk_domain::programme::EditScope;
use treatydesk_store::StoreError;
use treatydesk_store::programme::NewSession;

use super::form::{CsrfOnly, SessionFields, SessionForm};
use super::session::{
    PageForms, back, covers, editable, editor, out_of_scope, problems, session_view,
};
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::pages::{Problem, ShownDate, render};
use crate::views::programme::{Setting, setting};
use crate::{AppState, WebError};

/// The editors' routes (the public page, feed and API are routed in `crate::router`).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/{code}/meetings/{label}/programme/edit",
            get(overview).post(add),
        )
        .route(
            "/{code}/meetings/{label}/programme/sessions/{id}",
            get(session_page).post(save),
        )
        .route(
            "/{code}/meetings/{label}/programme/sessions/{id}/delete",
            post(delete),
        )
}

/// A session in the editor's overview.
pub struct RowView {
    pub id: i64,
    pub day: ShownDate,
    pub time: String,
    pub title: String,
    pub room: String,
    pub format: String,
    pub group: String,
    pub may_edit: bool,
}

#[derive(Template)]
#[template(path = "programme_edit.html")]
struct OverviewPage {
    ctx: Ctx,
    code: String,
    convention: String,
    label: String,
    rows: Vec<RowView>,
    f: SessionFields,
    problems: Vec<Problem>,
    saved: bool,
    scope_note: String,
}

#[derive(Deserialize)]
pub struct Saved {
    #[serde(default)]
    saved: String,
}

fn overview_page(
    ctx: Ctx,
    s: &Setting,
    scope: &EditScope,
    typed: SessionForm,
    errors: Vec<(String, String)>,
    general: Vec<String>,
    saved: bool,
) -> Result<Response, WebError> {
    let rows = s
        .programme
        .iter()
        .map(|x| {
            let o = s.session_out(x);
            RowView {
                id: o.id,
                day: ctx.date(x.session.day),
                time: format!("{}–{}", o.starts_at, o.ends_at),
                format: ctx.t(&format!("prog-format-{}", o.format)),
                group: o.area_name.or(o.body_name).unwrap_or_default(),
                title: o.title,
                room: o.room,
                may_edit: s.may_edit(&ctx, &x.session),
            }
        })
        .collect();
    let scope_note = match scope {
        EditScope::All => ctx.t("prog-scope-all"),
        EditScope::Bodies(_) => out_of_scope(&ctx, s, scope).1,
        EditScope::None => String::new(),
    };
    let status = if errors.is_empty() && general.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = OverviewPage {
        convention: convention_name(&ctx, &s.loaded.convention),
        code: s.loaded.convention.code.clone(),
        label: s.meeting.label.clone(),
        problems: problems(&errors, &general),
        f: s.fields(&ctx, typed, errors),
        rows,
        saved,
        scope_note,
        ctx,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn overview(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    Query(q): Query<Saved>,
) -> Result<Response, WebError> {
    let s = setting(&state, &code, &label).await?.read_by(&ctx);
    let scope = editor(&ctx, &s)?;
    let blank = s.blank();
    overview_page(
        ctx,
        &s,
        &scope,
        blank,
        Vec::new(),
        Vec::new(),
        q.saved == "1",
    )
}

pub async fn add(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    Form(typed): Form<SessionForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&typed.csrf)?;
    let s = setting(&state, &code, &label).await?.read_by(&ctx);
    let scope = editor(&ctx, &s)?;
    let new = match typed.parse(&ctx) {
        Ok(new) => new,
        Err(errors) => return overview_page(ctx, &s, &scope, typed, errors, Vec::new(), false),
    };
    if !covers(&ctx, &s, new.day, new.body.as_deref(), new.area.as_deref()) {
        let errors = vec![out_of_scope(&ctx, &s, &scope)];
        return overview_page(ctx, &s, &scope, typed, errors, Vec::new(), false);
    }
    let who = ctx.author(format!("programme of {}: add a session", s.meeting.label));
    match state
        .store
        .add_session(&who, &s.loaded.convention, &s.row(&state).await?, new)
        .await
    {
        Ok(id) => Ok(Redirect::to(&format!(
            "/{}/meetings/{}/programme/edit?saved=1#session-{id}",
            s.loaded.convention.code, s.meeting.label
        ))
        .into_response()),
        Err(StoreError::Invalid(why)) => {
            let why = crate::views::findings::problems_in(ctx.lang, &why);
            overview_page(ctx, &s, &scope, typed, Vec::new(), why, false)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn session_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, id)): Path<(String, String, String)>,
    Query(q): Query<Saved>,
) -> Result<Response, WebError> {
    let s = setting(&state, &code, &label).await?.read_by(&ctx);
    let x = editable(&ctx, &s, &id)?;
    let again = PageForms {
        saved: q.saved == "1",
        ..PageForms::default()
    };
    session_view(ctx, &s, x, again)
}

pub async fn save(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, id)): Path<(String, String, String)>,
    Form(typed): Form<SessionForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&typed.csrf)?;
    let s = setting(&state, &code, &label).await?.read_by(&ctx);
    let x = editable(&ctx, &s, &id)?;
    let scope = s.scope(&ctx);
    let new: NewSession = match typed.parse(&ctx) {
        Ok(new) => new,
        Err(errors) => {
            let again = PageForms {
                typed: Some(typed),
                errors,
                ..PageForms::default()
            };
            return session_view(ctx, &s, x, again);
        }
    };
    if !covers(&ctx, &s, new.day, new.body.as_deref(), new.area.as_deref()) {
        let errors = vec![out_of_scope(&ctx, &s, &scope)];
        let again = PageForms {
            typed: Some(typed),
            errors,
            ..PageForms::default()
        };
        return session_view(ctx, &s, x, again);
    }
    let who = ctx.author(format!(
        "programme of {}: change a session",
        s.meeting.label
    ));
    match state
        .store
        .edit_session(
            &who,
            &s.loaded.convention,
            &s.row(&state).await?,
            x.session.id,
            new,
        )
        .await
    {
        Ok(()) => Ok(back(&s, x.session.id)),
        Err(StoreError::Invalid(general)) => {
            let general = crate::views::findings::problems_in(ctx.lang, &general);
            let again = PageForms {
                typed: Some(typed),
                general,
                ..PageForms::default()
            };
            session_view(ctx, &s, x, again)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn delete(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, id)): Path<(String, String, String)>,
    Form(form): Form<CsrfOnly>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let s = setting(&state, &code, &label).await?.read_by(&ctx);
    let x = editable(&ctx, &s, &id)?;
    let who = ctx.author(format!(
        "programme of {}: delete a session",
        s.meeting.label
    ));
    match state
        .store
        .delete_session(
            &who,
            &s.loaded.convention,
            &s.row(&state).await?,
            x.session.id,
        )
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}/meetings/{}/programme/edit?saved=1",
            s.loaded.convention.code, s.meeting.label
        ))
        .into_response()),
        Err(StoreError::Invalid(general)) => {
            let general = crate::views::findings::problems_in(ctx.lang, &general);
            session_view(
                ctx,
                &s,
                x,
                PageForms {
                    general,
                    ..PageForms::default()
                },
            )
        }
        Err(e) => Err(e.into()),
    }
}
