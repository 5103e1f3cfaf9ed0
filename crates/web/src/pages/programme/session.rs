//! What the programme editor's pages share (no routes of its own): who may edit (`editor`,
//! `covers`, `editable`), the session page as it is shown again after a refused form
//! (`session_view` with its `PageForms`), the error summary and the redirect back.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use treatydesk_domain::programme::{EditScope, Session, edit_scope, hhmm};
use treatydesk_store::programme::ScheduledSession;

use super::form::{SessionFields, SessionForm, SpeakerForm, SpeakerList, SpeakerRow};
use crate::WebError;
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::pages::{Problem, render};
use crate::views::programme::Setting;

/// Signed-in editors only: anonymous readers are asked to sign in, others refused.
pub(super) fn editor(ctx: &Ctx, s: &Setting) -> Result<EditScope, WebError> {
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

pub(super) fn covers(
    ctx: &Ctx,
    s: &Setting,
    day: time::Date,
    body: Option<&str>,
    area: Option<&str>,
) -> bool {
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

/// The sentence for a session outside the editor's bodies.
pub(super) fn out_of_scope(ctx: &Ctx, s: &Setting, scope: &EditScope) -> (String, String) {
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
                    .map_or_else(|| k.clone(), |b| s.loaded.term(&b.name))
            })
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    };
    ("body".into(), ctx.ts("prog-err-scope", &names))
}

pub(super) fn problems(errors: &[(String, String)], general: &[String]) -> Vec<Problem> {
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

pub(super) fn speaker_rows(list: &[treatydesk_domain::programme::Speaker]) -> Vec<SpeakerRow> {
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
pub(super) struct PageForms {
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
    again: PageForms,
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

pub(super) fn back(s: &Setting, id: i64) -> Response {
    Redirect::to(&format!(
        "/{}/meetings/{}/programme/sessions/{id}?saved=1",
        s.loaded.convention.code, s.meeting.label
    ))
    .into_response()
}
