//! Delegations' statements (P1.2, issue 12 item 5): a session's statements page (every version
//! of every statement delivered there, public like the programme) with the upload form for the
//! ISU and for the focal point of a State that has a speaker on the session, the withdrawal of
//! a statement as it stands (by the ISU, or the focal point of the speaker's State), and the
//! download of a statement's file.
//!
//! It must never write except through the store's audited `record_statement` and
//! `withdraw_statement`, never show the
//! form to (or accept it from) anyone else, never let a focal point record for another State's
//! speaker (the store refuses it in a sentence), and never lose what was typed when it refuses
//! (422 with the form as typed). A file is served with its checked type, a download name and
//! no sniffing.

use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use treatydesk_domain::document::UN_LANGUAGES;
use treatydesk_domain::programme::hhmm;
use treatydesk_store::StoreError;
use treatydesk_store::programme::ScheduledSession;
use treatydesk_store::statements::NewStatement;

use super::{Choice, render_form};
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::views::programme::{Setting, setting};
use crate::views::statements::{StatementOut, may_upload, session_url, statements_out, uploader};
use crate::{AppState, WebError};

/// Uploads up to the store's file limit, with room for the form's other fields.
const UPLOAD_LIMIT: usize = treatydesk_store::files::MAX_FILE + 64 * 1024;

/// The statements' routes, outside the application's 1 MiB limit (the form takes a file).
pub fn upload_routes() -> Router<AppState> {
    Router::new()
        .route(
            "/{code}/meetings/{label}/programme/sessions/{id}/statements",
            get(session_page).post(upload),
        )
        .route("/{code}/meetings/{label}/statements/{id}", get(download))
        .route(
            "/{code}/meetings/{label}/statements/{id}/withdraw",
            post(withdraw),
        )
        .layer(DefaultBodyLimit::max(UPLOAD_LIMIT))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(UPLOAD_LIMIT))
}

/// The upload form as typed (the file is never shown again).
#[derive(Clone, Debug, Default)]
pub struct StatementForm {
    speaker: String,
    lang: String,
    title: String,
}

#[derive(Deserialize, Default)]
pub struct SavedQuery {
    #[serde(default)]
    saved: String,
    #[serde(default)]
    withdrawn: String,
}

#[derive(Deserialize, Default)]
pub struct WithdrawForm {
    #[serde(default)]
    csrf: String,
}

#[derive(Template)]
#[template(path = "statements_session.html")]
struct SessionPage {
    ctx: Ctx,
    code: String,
    convention: String,
    label: String,
    id: i64,
    title: String,
    when: String,
    statements: Vec<StatementOut>,
    /// Each statement's State by name in the reader's language (issue 18 item 4: not its code).
    state_names: Vec<Option<String>>,
    may_upload: bool,
    speakers: Vec<Choice>,
    langs: Vec<Choice>,
    form: StatementForm,
    problems: Vec<String>,
    saved: bool,
    withdrawn: bool,
    /// The statements the reader may withdraw (as they stand, of a State the reader records for).
    withdrawable: Vec<i32>,
}

/// What the page confirms after a redirect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Notice {
    None,
    Saved,
    Withdrawn,
}

fn find<'a>(s: &'a Setting, id: &str) -> Result<&'a ScheduledSession, WebError> {
    id.parse::<i64>()
        .ok()
        .and_then(|id| s.programme.iter().find(|x| x.session.id == id))
        .ok_or_else(|| {
            WebError::NotFound(format!(
                "there is no session {id} in the programme of {}",
                s.meeting.label
            ))
        })
}

async fn show(
    ctx: Ctx,
    state: &AppState,
    s: &Setting,
    scheduled: &ScheduledSession,
    form: StatementForm,
    problems: Vec<String>,
    notice: Notice,
) -> Result<Response, WebError> {
    let code = s.loaded.convention.code.clone();
    let row = s.row(state).await?;
    let all = state
        .store
        .statements_of_session(&row, scheduled.session.id)
        .await?;
    let statements = statements_out(&s.loaded.convention, &row.label, &s.programme, &all);
    let who = uploader(&ctx, &code);
    let withdrawable = statements
        .iter()
        .filter(|st| st.current)
        .filter(|st| {
            who.as_ref()
                .is_some_and(|u| u.may_record_for(st.state.as_deref()))
        })
        .map(|st| st.id)
        .collect();
    let speakers = scheduled
        .panel
        .iter()
        .chain(&scheduled.floor)
        .filter(|p| {
            who.as_ref()
                .is_some_and(|u| u.may_record_for(p.actor.as_deref()))
        })
        .map(|p| Choice {
            value: p.id.to_string(),
            label: match &p.actor {
                Some(a) => format!("{} ({a})", p.name),
                None => p.name.clone(),
            },
            selected: p.id.to_string() == form.speaker,
        })
        .collect();
    let lang = if form.lang.is_empty() {
        ctx.lang_code().to_string()
    } else {
        form.lang.clone()
    };
    let langs = UN_LANGUAGES
        .iter()
        .map(|l| Choice {
            value: (*l).into(),
            label: (*l).to_uppercase(),
            selected: *l == lang,
        })
        .collect();
    let session = &scheduled.session;
    let state_names = statements
        .iter()
        .map(|x| x.state.as_deref().map(|a| s.loaded.name(a)))
        .collect();
    let page = SessionPage {
        state_names,
        convention: convention_name(&ctx, &s.loaded.convention),
        label: row.label.clone(),
        id: session.id,
        title: session.title.clone(),
        when: format!(
            "{}, {}–{}",
            ctx.date(session.day).text,
            hhmm(session.starts_at),
            hhmm(session.ends_at)
        ),
        statements,
        may_upload: may_upload(who.as_ref(), scheduled),
        speakers,
        langs,
        form,
        problems,
        saved: notice == Notice::Saved,
        withdrawn: notice == Notice::Withdrawn,
        withdrawable,
        code,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

pub async fn session_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, id)): Path<(String, String, String)>,
    Query(q): Query<SavedQuery>,
) -> Result<Response, WebError> {
    let s = setting(&state, &code, &label).await?.read_by(&ctx);
    let scheduled = find(&s, &id)?;
    let notice = if q.saved == "1" {
        Notice::Saved
    } else if q.withdrawn == "1" {
        Notice::Withdrawn
    } else {
        Notice::None
    };
    show(
        ctx,
        &state,
        &s,
        scheduled,
        StatementForm::default(),
        Vec::new(),
        notice,
    )
    .await
}

/// Reads the multipart form into its text fields and the one file (the last one sent).
async fn read_multipart(
    multipart: Multipart,
) -> Result<(HashMap<String, String>, Vec<u8>), WebError> {
    let (fields, mut files) = super::read_multipart(multipart, false).await?;
    Ok((fields, files.pop().unwrap_or_default()))
}

pub async fn upload(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, id)): Path<(String, String, String)>,
    multipart: Multipart,
) -> Result<Response, WebError> {
    let (fields, file) = read_multipart(multipart).await?;
    let get = |k: &str| fields.get(k).cloned().unwrap_or_default();
    ctx.check_csrf(&get("csrf"))?;
    let s = setting(&state, &code, &label).await?.read_by(&ctx);
    let c = &s.loaded.convention;
    let Some(who) = uploader(&ctx, &c.code) else {
        return Err(if ctx.viewer.is_signed_in() {
            WebError::Forbidden
        } else {
            WebError::SignInRequired {
                next: ctx.path.clone(),
            }
        });
    };
    let scheduled = find(&s, &id)?;
    if !may_upload(Some(&who), scheduled) {
        return Err(WebError::Forbidden);
    }
    let form = StatementForm {
        speaker: get("speaker"),
        lang: get("lang"),
        title: get("title"),
    };
    let new = NewStatement {
        session_id: scheduled.session.id,
        speaker_id: form.speaker.trim().parse().unwrap_or(0),
        lang: form.lang.clone(),
        title: form.title.clone(),
    };
    let row = s.row(&state).await?;
    let author = ctx.author(format!(
        "record a statement at “{}” ({})",
        scheduled.session.title, row.label
    ));
    match state
        .store
        .record_statement(&author, &state.files, c, &row, &who, &new, &file)
        .await
    {
        Ok(recorded) => {
            crate::services::indexing::reindex_statement(&state, c, &row, &recorded).await?;
            Ok(Redirect::to(&format!(
                "{}?saved=1",
                session_url(&c.code, &row.label, scheduled.session.id)
            ))
            .into_response())
        }
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            show(ctx, &state, &s, scheduled, form, problems, Notice::None).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Withdraws a statement as it stands: the ISU, or the focal point of the speaker's State.
pub async fn withdraw(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, id)): Path<(String, String, String)>,
    Form(form): Form<WithdrawForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let s = setting(&state, &code, &label).await?.read_by(&ctx);
    let c = &s.loaded.convention;
    let Some(who) = uploader(&ctx, &c.code) else {
        return Err(if ctx.viewer.is_signed_in() {
            WebError::Forbidden
        } else {
            WebError::SignInRequired {
                next: ctx.path.clone(),
            }
        });
    };
    let row = s.row(&state).await?;
    let missing = || WebError::NotFound(format!("statement {id} of {}", row.label));
    let number: i32 = id.parse().map_err(|_| missing())?;
    let target = match state.store.statement_of(&row, number).await {
        Ok(t) => t,
        Err(StoreError::NotFound(_)) => return Err(missing()),
        Err(e) => return Err(e.into()),
    };
    if !who.may_record_for(target.state_code.as_deref()) {
        return Err(WebError::Forbidden);
    }
    let author = ctx.author(format!(
        "withdraw the statement of {} ({})",
        target.speaker_name, row.label
    ));
    let session = i64::from(target.session_id);
    match state
        .store
        .withdraw_statement(&author, c, &row, &who, number)
        .await
    {
        Ok(_) => {
            crate::services::indexing::unindex_statement(&state, &row, &target)?;
            Ok(Redirect::to(&format!(
                "{}?withdrawn=1",
                session_url(&c.code, &row.label, session)
            ))
            .into_response())
        }
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            let scheduled = find(&s, &session.to_string())?;
            show(
                ctx,
                &state,
                &s,
                scheduled,
                StatementForm::default(),
                problems,
                Notice::None,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// A statement's file, with its type, a download name and no sniffing. Statements are
/// published with the programme: public, and kept by caches for five minutes.
pub async fn download(
    State(state): State<AppState>,
    Path((code, label, id)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let m = state.store.meeting(&c, &label).await?;
    let missing = || WebError::NotFound(format!("statement {id} of {}", m.label));
    let id: i32 = id.parse().map_err(|_| missing())?;
    let found = match state.store.statement_of(&m, id).await {
        // A withdrawal has no file.
        Ok(found) if found.withdrawn => return Err(missing()),
        Ok(found) => found,
        Err(StoreError::NotFound(_)) => return Err(missing()),
        Err(e) => return Err(e.into()),
    };
    let bytes = state.files.read(&found.file_sha256)?;
    let media_type = state.store.media_type(&found.file_sha256).await?;
    Ok((
        [
            (header::CONTENT_TYPE, media_type),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}\"", found.filename),
            ),
            (header::CACHE_CONTROL, "public, max-age=300".to_string()),
        ],
        bytes,
    )
        .into_response())
}
