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
use treatydesk_domain::programme::{EditScope, Session, edit_scope, hhmm};
use treatydesk_store::StoreError;
use treatydesk_store::audit::Author;
use treatydesk_store::programme::{NewSession, ScheduledSession};

use super::form::*;
use super::{Setting, setting};
use crate::ctx::Ctx;
use crate::pages::home::convention_name;
use crate::pages::{ShownDate, render};
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
        .route(
            "/{code}/meetings/{label}/programme/sessions/{id}/speakers",
            post(super::speakers::add_speaker),
        )
        .route(
            "/{code}/meetings/{label}/programme/sessions/{id}/speakers/{speaker}",
            post(super::speakers::speaker_action),
        )
}

/// Signed-in editors only: anonymous readers are asked to sign in, others refused.
fn editor(ctx: &Ctx, s: &Setting) -> Result<EditScope, WebError> {
    if !ctx.viewer.is_signed_in() {
        return Err(WebError::SignInRequired {
            next: ctx.path.clone(),
        });
    }
    let scope = s.scope(ctx);
    if scope.may_edit_any() {
        Ok(scope)
    } else {
        Err(WebError::Forbidden)
    }
}

fn covers(ctx: &Ctx, s: &Setting, day: time::Date, body: Option<&str>, area: Option<&str>) -> bool {
    fn tidy(k: Option<&str>) -> Option<&str> {
        k.map(str::trim).filter(|k| !k.is_empty())
    }
    edit_scope(
        &ctx.viewer,
        &s.loaded.convention.code,
        &s.loaded.record,
        day,
    )
    .covers(tidy(body), tidy(area))
}

pub(super) fn author(ctx: &Ctx, reason: String) -> Author {
    Author {
        user_id: ctx.viewer.user_id.and_then(|i| i32::try_from(i).ok()),
        who: ctx.viewer.username.clone().unwrap_or_default(),
        reason,
    }
}

/// The sentence for a session outside the editor's bodies.
fn out_of_scope(ctx: &Ctx, s: &Setting, scope: &EditScope) -> (String, String) {
    let names = match scope {
        EditScope::Bodies(keys) => keys
            .iter()
            .map(|k| {
                s.loaded
                    .record
                    .architecture
                    .versions
                    .iter()
                    .rev()
                    .find_map(|v| v.body(k))
                    .map_or_else(|| k.clone(), |b| b.name.clone())
            })
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    };
    ("body".into(), ctx.ts("prog-err-scope", &names))
}

fn problems(errors: &[(String, String)], general: &[String]) -> Vec<Problem> {
    errors
        .iter()
        .map(|(field, text)| Problem {
            href: format!("#f-{field}"),
            text: text.clone(),
        })
        .chain(general.iter().map(|text| Problem {
            href: String::new(),
            text: text.clone(),
        }))
        .collect()
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
    let s = setting(&state, &code, &label).await?;
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
    let s = setting(&state, &code, &label).await?;
    let scope = editor(&ctx, &s)?;
    let new = match typed.parse(&ctx) {
        Ok(new) => new,
        Err(errors) => return overview_page(ctx, &s, &scope, typed, errors, Vec::new(), false),
    };
    if !covers(&ctx, &s, new.day, new.body.as_deref(), new.area.as_deref()) {
        let errors = vec![out_of_scope(&ctx, &s, &scope)];
        return overview_page(ctx, &s, &scope, typed, errors, Vec::new(), false);
    }
    let who = author(
        &ctx,
        format!("programme of {}: add a session", s.meeting.label),
    );
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
            overview_page(ctx, &s, &scope, typed, Vec::new(), why, false)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "programme_session.html")]
struct SessionPage {
    ctx: Ctx,
    code: String,
    convention: String,
    label: String,
    id: i64,
    title: String,
    when: String,
    f: SessionFields,
    problems: Vec<Problem>,
    lists: Vec<SpeakerList>,
    sp: SpeakerForm,
    sp_errors: Vec<(String, String)>,
    saved: bool,
}

impl SessionPage {
    fn sp_err(&self, field: &str) -> Option<&str> {
        self.sp_errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, e)| e.as_str())
    }
}

/// The session asked for, and the refusal when the reader may not edit it.
pub(super) fn editable<'a>(
    ctx: &Ctx,
    s: &'a Setting,
    id: &str,
) -> Result<&'a ScheduledSession, WebError> {
    editor(ctx, s)?;
    let found = id
        .parse::<i64>()
        .ok()
        .and_then(|id| s.programme.iter().find(|x| x.session.id == id))
        .ok_or_else(|| {
            WebError::NotFound(format!(
                "there is no session {id} in the programme of {}",
                s.meeting.label
            ))
        })?;
    let x = &found.session;
    if covers(ctx, s, x.day, x.body.as_deref(), x.area.as_deref()) {
        Ok(found)
    } else {
        Err(WebError::Forbidden)
    }
}

fn speaker_rows(list: &[treatydesk_domain::programme::Speaker]) -> Vec<SpeakerRow> {
    let n = list.len();
    list.iter()
        .enumerate()
        .map(|(i, p)| SpeakerRow {
            id: p.id,
            name: p.name.clone(),
            capacity: p.capacity.clone(),
            actor: p.actor.clone(),
            first: i == 0,
            last: i + 1 == n,
        })
        .collect()
}

/// What a refused session page shows again.
#[derive(Default)]
pub(super) struct Again {
    pub(super) typed: Option<SessionForm>,
    pub(super) errors: Vec<(String, String)>,
    pub(super) general: Vec<String>,
    pub(super) sp: SpeakerForm,
    pub(super) sp_errors: Vec<(String, String)>,
    pub(super) saved: bool,
}

pub(super) fn session_view(
    ctx: Ctx,
    s: &Setting,
    x: &ScheduledSession,
    again: Again,
) -> Result<Response, WebError> {
    let status =
        if again.errors.is_empty() && again.general.is_empty() && again.sp_errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
    let session: &Session = &x.session;
    let typed = again
        .typed
        .unwrap_or_else(|| SessionForm::from_session(session));
    let mut general = again.general;
    general.extend(again.sp_errors.iter().map(|(_, e)| e.clone()));
    let page = SessionPage {
        convention: convention_name(&ctx, &s.loaded.convention),
        code: s.loaded.convention.code.clone(),
        label: s.meeting.label.clone(),
        id: session.id,
        title: session.title.clone(),
        when: format!(
            "{}, {}–{}",
            ctx.date(session.day).text,
            hhmm(session.starts_at),
            hhmm(session.ends_at)
        ),
        problems: problems(&again.errors, &general),
        f: s.fields(&ctx, typed, again.errors),
        lists: vec![
            SpeakerList {
                heading: ctx.t("prog-panel"),
                rows: speaker_rows(&x.panel),
            },
            SpeakerList {
                heading: ctx.t("prog-list-of-speakers"),
                rows: speaker_rows(&x.floor),
            },
        ],
        sp: SpeakerForm {
            kind: if again.sp.kind.is_empty() {
                "floor".into()
            } else {
                again.sp.kind
            },
            ..again.sp
        },
        sp_errors: again.sp_errors,
        saved: again.saved,
        ctx,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn session_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, id)): Path<(String, String, String)>,
    Query(q): Query<Saved>,
) -> Result<Response, WebError> {
    let s = setting(&state, &code, &label).await?;
    let x = editable(&ctx, &s, &id)?;
    let again = Again {
        saved: q.saved == "1",
        ..Again::default()
    };
    session_view(ctx, &s, x, again)
}

pub(super) fn back(s: &Setting, id: i64) -> Response {
    Redirect::to(&format!(
        "/{}/meetings/{}/programme/sessions/{id}?saved=1",
        s.loaded.convention.code, s.meeting.label
    ))
    .into_response()
}

pub async fn save(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, id)): Path<(String, String, String)>,
    Form(typed): Form<SessionForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&typed.csrf)?;
    let s = setting(&state, &code, &label).await?;
    let x = editable(&ctx, &s, &id)?;
    let scope = s.scope(&ctx);
    let new: NewSession = match typed.parse(&ctx) {
        Ok(new) => new,
        Err(errors) => {
            let again = Again {
                typed: Some(typed),
                errors,
                ..Again::default()
            };
            return session_view(ctx, &s, x, again);
        }
    };
    if !covers(&ctx, &s, new.day, new.body.as_deref(), new.area.as_deref()) {
        let errors = vec![out_of_scope(&ctx, &s, &scope)];
        let again = Again {
            typed: Some(typed),
            errors,
            ..Again::default()
        };
        return session_view(ctx, &s, x, again);
    }
    let who = author(
        &ctx,
        format!("programme of {}: change a session", s.meeting.label),
    );
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
            let again = Again {
                typed: Some(typed),
                general,
                ..Again::default()
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
    let s = setting(&state, &code, &label).await?;
    let x = editable(&ctx, &s, &id)?;
    let who = author(
        &ctx,
        format!("programme of {}: delete a session", s.meeting.label),
    );
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
        Err(StoreError::Invalid(general)) => session_view(
            ctx,
            &s,
            x,
            Again {
                general,
                ..Again::default()
            },
        ),
        Err(e) => Err(e.into()),
    }
}
