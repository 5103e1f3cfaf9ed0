//! Requests for advice (P4.4(c), issue 15 item 1): `/{code}/advice` (the requests the reader
//! may read: a focal point's own State's and the shared ones; the ISU's whole queue with open
//! counts and ages per theme), `/{code}/advice/new` (a focal point asks for its State; the ISU
//! records a request received otherwise), `/{code}/advice/{id}` (the thread, with the answer
//! and reply forms, the ISU's assignment and closing, the State's choice to share), and the
//! attachments.
//!
//! A request the reader may not read is answered as missing (404) at every address, never as
//! forbidden. It must never write except through the store's audited `advice` functions, never
//! lose what was typed when it refuses (422 with the page as typed), and never let a cache keep
//! a confidential file.

use askama::Template;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::advice::{self, Status, Theme};
use treatydesk_store::StoreError;
use treatydesk_store::advice::{NewRequest, Side};
use treatydesk_store::entities::{advice_request, convention};

use super::{Choice, read_multipart, render_form};
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::views::advice::{
    MessageOut, RequestOut, ThemeCountOut, askable_states, detail, list, readable, refusal,
    request_url,
};
use crate::{AppState, WebError};

/// Uploads up to the store's file limit for each of the files a message takes, with room for
/// the form's other fields.
const UPLOAD_LIMIT: usize = treatydesk_store::files::MAX_FILE + 64 * 1024;

/// The addresses that take files, outside the application's 1 MiB limit.
pub fn upload_routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/advice", get(list_page).post(ask))
        .route("/{code}/advice/{id}/messages", post(post_message))
        .layer(DefaultBodyLimit::max(UPLOAD_LIMIT))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(UPLOAD_LIMIT))
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/advice/new", get(new_page))
        .route("/{code}/advice/{id}", get(request_page))
        .route("/{code}/advice/{id}/attachments/{aid}", get(download))
        .route("/{code}/advice/{id}/messages/{mid}/revise", post(revise))
        .route("/{code}/advice/{id}/assign", post(assign))
        .route("/{code}/advice/{id}/close", post(close))
        .route("/{code}/advice/{id}/share", post(share))
}

#[derive(Deserialize, Default)]
pub struct SavedQuery {
    #[serde(default)]
    saved: String,
}

#[derive(Clone, Debug, Default)]
pub struct AskForm {
    state: String,
    theme: String,
    subject: String,
    body: String,
    shared: bool,
}

/// A request as its list row shows it.
struct Row {
    r: RequestOut,
    theme: String,
    status: String,
    asked_on: String,
    age: String,
}

struct ThemeRow {
    theme: String,
    count: ThemeCountOut,
    oldest: Option<String>,
}

fn days(ctx: &Ctx, n: i64) -> String {
    ctx.tn("adv-days", &usize::try_from(n).unwrap_or(0))
}

#[derive(Template)]
#[template(path = "advice_list.html")]
struct ListPage {
    ctx: Ctx,
    code: String,
    convention: String,
    rows: Vec<Row>,
    themes: Vec<ThemeRow>,
    is_isu: bool,
    may_ask: bool,
}

#[derive(Template)]
#[template(path = "advice_new.html")]
struct NewPage {
    ctx: Ctx,
    code: String,
    convention: String,
    states: Vec<Choice>,
    themes: Vec<Choice>,
    form: AskForm,
    problems: Vec<String>,
}

/// A message as the thread shows it.
struct MessageView {
    m: MessageOut,
    kind: String,
    on: String,
    /// The reader wrote it and it stands: they may correct it.
    revisable: bool,
}

#[derive(Template)]
#[template(path = "advice_request.html")]
struct RequestPage {
    ctx: Ctx,
    code: String,
    convention: String,
    r: RequestOut,
    theme: String,
    status: String,
    asked_on: String,
    messages: Vec<MessageView>,
    is_isu: bool,
    is_state: bool,
    closed: bool,
    staff: Vec<Choice>,
    body: String,
    problems: Vec<String>,
    saved: bool,
}

fn theme_label(ctx: &Ctx, slug: &str) -> String {
    ctx.t(&format!("adv-theme-{slug}"))
}

fn status_label(ctx: &Ctx, slug: &str) -> String {
    ctx.t(&format!("adv-status-{slug}"))
}

pub async fn list_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::StatesParties)?;
    let out = list(&ctx, &state, &c).await?;
    let is_isu = advice::may_answer(&ctx.viewer, &c.code);
    let may_ask = is_isu || !advice::focal_point_states(&ctx.viewer, &c.code).is_empty();
    let rows = out
        .requests
        .into_iter()
        .map(|r| Row {
            theme: theme_label(&ctx, &r.theme),
            status: status_label(&ctx, &r.status),
            asked_on: ctx.iso(&r.asked_on).text,
            age: days(&ctx, r.age_days),
            r,
        })
        .collect();
    let themes = out
        .themes
        .into_iter()
        .map(|count| ThemeRow {
            theme: theme_label(&ctx, &count.theme),
            oldest: count.oldest_days.map(|d| days(&ctx, d)),
            count,
        })
        .collect();
    let page = ListPage {
        convention: convention_name(&ctx, &c),
        code: c.code.clone(),
        rows,
        themes,
        is_isu,
        may_ask,
        ctx,
    };
    super::render(&page)
}

/// May the reader ask in `c` at all (for some State)?
fn may_ask(ctx: &Ctx, c: &convention::Model) -> Result<(), WebError> {
    if advice::may_answer(&ctx.viewer, &c.code)
        || !advice::focal_point_states(&ctx.viewer, &c.code).is_empty()
    {
        Ok(())
    } else {
        Err(refusal(ctx))
    }
}

async fn show_new(
    ctx: Ctx,
    state: &AppState,
    c: &convention::Model,
    form: AskForm,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let states = askable_states(&ctx, state, c)
        .await?
        .into_iter()
        .map(|(value, label)| Choice {
            selected: value == form.state,
            value,
            label,
        })
        .collect();
    let themes = Choice::translated(
        &ctx,
        "adv-theme-",
        Theme::ALL.iter().map(|t| t.slug()),
        &form.theme,
    );
    let page = NewPage {
        convention: convention_name(&ctx, c),
        code: c.code.clone(),
        states,
        themes,
        form,
        problems,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

pub async fn new_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    may_ask(&ctx, &c)?;
    show_new(ctx, &state, &c, AskForm::default(), Vec::new()).await
}

pub async fn ask(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    multipart: Multipart,
) -> Result<Response, WebError> {
    let (fields, files) = read_multipart(multipart, true).await?;
    let get = |k: &str| fields.get(k).cloned().unwrap_or_default();
    ctx.check_csrf(&get("csrf"))?;
    let c = crate::extract::convention(&state.store, &code).await?;
    may_ask(&ctx, &c)?;
    let form = AskForm {
        state: get("state"),
        theme: get("theme"),
        subject: get("subject"),
        body: get("body"),
        shared: get("shared") == "1",
    };
    let wanted = form.state.trim().to_uppercase();
    if !advice::may_answer(&ctx.viewer, &c.code)
        && !advice::may_write_for_state(&ctx.viewer, &c.code, &wanted)
    {
        let problem = format!(
            "A focal point asks for its own State only ({}).",
            advice::focal_point_states(&ctx.viewer, &c.code).join(", ")
        );
        return show_new(ctx, &state, &c, form, vec![problem]).await;
    }
    let new = NewRequest {
        state: wanted,
        theme: form.theme.clone(),
        subject: form.subject.clone(),
        body: form.body.clone(),
        shared: form.shared,
    };
    match state
        .store
        .ask_advice(
            &ctx.author("ask the ISU for advice"),
            &state.files,
            &c,
            &new,
            &files,
        )
        .await
    {
        Ok(r) => {
            Ok(Redirect::to(&format!("{}?saved=1", request_url(&c.code, r.id))).into_response())
        }
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            show_new(ctx, &state, &c, form, problems).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn show_request(
    ctx: Ctx,
    state: &AppState,
    c: &convention::Model,
    r: &advice_request::Model,
    body: String,
    problems: Vec<String>,
    saved: bool,
) -> Result<Response, WebError> {
    let out = detail(state, c, r).await?;
    let is_isu = advice::may_answer(&ctx.viewer, &c.code);
    let is_state = advice::may_write_for_state(&ctx.viewer, &c.code, &r.state_code);
    let closed = r.status == Status::Closed.slug();
    let me = ctx.viewer.username.clone().unwrap_or_default();
    let messages = out
        .messages
        .into_iter()
        .map(|m| MessageView {
            kind: ctx.t(&format!("adv-kind-{}", m.kind)),
            on: ctx.iso(&m.on).text,
            revisable: !closed && m.revised_by.is_none() && m.author == me,
            m,
        })
        .collect();
    let staff = if is_isu {
        state
            .store
            .isu_accounts(c)
            .await?
            .into_iter()
            .map(|(u, name)| Choice {
                selected: r.assigned_to.as_deref() == Some(u.as_str()),
                label: format!("{name} ({u})"),
                value: u,
            })
            .collect()
    } else {
        Vec::new()
    };
    let page = RequestPage {
        convention: convention_name(&ctx, c),
        code: c.code.clone(),
        theme: theme_label(&ctx, &out.request.theme),
        status: status_label(&ctx, &out.request.status),
        asked_on: ctx.iso(&out.request.asked_on).text,
        r: out.request,
        messages,
        is_isu,
        is_state,
        closed,
        staff,
        body,
        problems,
        saved,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

pub async fn request_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    Query(q): Query<SavedQuery>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let r = readable(&ctx, &state, &c, &id).await?;
    let mut answer = show_request(
        ctx,
        &state,
        &c,
        &r,
        String::new(),
        Vec::new(),
        q.saved == "1",
    )
    .await?;
    no_store(&mut answer);
    Ok(answer)
}

/// A confidential answer is kept by no cache.
fn no_store(answer: &mut Response) {
    answer.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("private, no-store"),
    );
}

/// Who writes in this request's thread: the ISU answers, the State's focal point replies;
/// a reader who is neither (another State, on a shared exchange) is refused.
fn side_of(ctx: &Ctx, c: &convention::Model, r: &advice_request::Model) -> Result<Side, WebError> {
    if advice::may_answer(&ctx.viewer, &c.code) {
        Ok(Side::Isu)
    } else if advice::may_write_for_state(&ctx.viewer, &c.code, &r.state_code) {
        Ok(Side::State)
    } else {
        Err(WebError::Forbidden)
    }
}

fn saved(c: &convention::Model, r: &advice_request::Model) -> Response {
    Redirect::to(&format!("{}?saved=1", request_url(&c.code, r.id))).into_response()
}

pub async fn post_message(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    multipart: Multipart,
) -> Result<Response, WebError> {
    let (fields, files) = read_multipart(multipart, true).await?;
    let body = fields.get("body").cloned().unwrap_or_default();
    ctx.check_csrf(fields.get("csrf").map(String::as_str).unwrap_or(""))?;
    let c = crate::extract::convention(&state.store, &code).await?;
    let r = readable(&ctx, &state, &c, &id).await?;
    let side = side_of(&ctx, &c, &r)?;
    let reason = match side {
        Side::Isu => "answer a request for advice",
        Side::State => "reply in a request for advice",
    };
    match state
        .store
        .post_advice_message(&ctx.author(reason), &state.files, &r, side, &body, &files)
        .await
    {
        Ok(_) => Ok(saved(&c, &r)),
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            show_request(ctx, &state, &c, &r, body, problems, false).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
pub struct ReviseForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    body: String,
}

pub async fn revise(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id, mid)): Path<(String, String, String)>,
    Form(form): Form<ReviseForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    let r = readable(&ctx, &state, &c, &id).await?;
    side_of(&ctx, &c, &r)?;
    let missing = || WebError::NotFound(format!("there is no message {mid} in this request"));
    let number: i32 = mid.parse().map_err(|_| missing())?;
    match state
        .store
        .revise_advice_message(&ctx.author("correct a message"), &r, number, &form.body)
        .await
    {
        Ok(_) => Ok(saved(&c, &r)),
        Err(StoreError::NotFound(_)) => Err(missing()),
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            show_request(ctx, &state, &c, &r, String::new(), problems, false).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
pub struct AssignForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    assignee: String,
}

/// The request for an ISU write: readable, and the reader ISU staff.
async fn isu_request(
    ctx: &Ctx,
    state: &AppState,
    code: &str,
    id: &str,
) -> Result<(convention::Model, advice_request::Model), WebError> {
    let c = crate::extract::convention(&state.store, code).await?;
    let r = readable(ctx, state, &c, id).await?;
    if !advice::may_answer(&ctx.viewer, &c.code) {
        return Err(WebError::Forbidden);
    }
    Ok((c, r))
}

pub async fn assign(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    Form(form): Form<AssignForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let (c, r) = isu_request(&ctx, &state, &code, &id).await?;
    match state
        .store
        .assign_advice(
            &ctx.author("assign a request for advice"),
            &c,
            &r,
            &form.assignee,
        )
        .await
    {
        Ok(_) => Ok(saved(&c, &r)),
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            show_request(ctx, &state, &c, &r, String::new(), problems, false).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    shared: String,
}

pub async fn close(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let (c, r) = isu_request(&ctx, &state, &code, &id).await?;
    match state
        .store
        .close_advice(&ctx.author("close a request for advice"), &r)
        .await
    {
        Ok(_) => Ok(saved(&c, &r)),
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            show_request(ctx, &state, &c, &r, String::new(), problems, false).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn share(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    let r = readable(&ctx, &state, &c, &id).await?;
    if !advice::may_write_for_state(&ctx.viewer, &c.code, &r.state_code) {
        return Err(WebError::Forbidden);
    }
    let shared = form.shared == "1";
    let reason = if shared {
        "share a request for advice with all States Parties"
    } else {
        "make a request for advice confidential"
    };
    match state
        .store
        .share_advice(&ctx.author(reason), &r, shared)
        .await
    {
        Ok(_) => Ok(saved(&c, &r)),
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            show_request(ctx, &state, &c, &r, String::new(), problems, false).await
        }
        Err(e) => Err(e.into()),
    }
}

/// An attachment, to the request's readers only, with its type, a download name, no sniffing
/// and no cache.
pub async fn download(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id, aid)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let r = readable(&ctx, &state, &c, &id).await?;
    let missing = || WebError::NotFound(format!("there is no attachment {aid} in this request"));
    let number: i32 = aid.parse().map_err(|_| missing())?;
    let found = state
        .store
        .advice_attachments(&r)
        .await?
        .into_iter()
        .find(|a| a.id == number)
        .ok_or_else(missing)?;
    let bytes = state.files.read(&found.file_sha256)?;
    let media_type = state.store.media_type(&found.file_sha256).await?;
    Ok((
        [
            (header::CONTENT_TYPE, media_type),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}\"", found.filename),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        bytes,
    )
        .into_response())
}
