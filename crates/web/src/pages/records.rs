//! The follow-up actions (P4.4(a)) and search pages. Everyone searches (seeing only what their
//! level may read); States Parties and up see actions at or below their level; ISU staff raise actions and anyone who owns one (ISU staff,
//! or the focal point of the owning State) may mark it done.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::calendar::parse_date;
use treatydesk_domain::document::{ActionStatus, OwnerKind};
use treatydesk_store::StoreError;
use treatydesk_store::documents::NewAction;

use super::{Choice, render, render_form};
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::views::records::{
    ActionOut, SearchOut, SearchQuery, actions_for, search_as, search_out,
};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/actions", get(actions).post(add_action))
        .route("/{code}/actions/{id}", post(set_status))
        .route("/{code}/search", get(search))
}

#[derive(Template)]
#[template(path = "actions.html")]
struct ActionsPage {
    ctx: Ctx,
    code: String,
    convention: String,
    actions: Vec<ActionOut>,
    may_edit: bool,
    /// The actions this reader may mark done (ISU staff: all; a focal point: its State's).
    closable: Vec<i32>,
    owners: Vec<Choice>,
    form: ActionForm,
    problems: Vec<String>,
}

#[derive(Deserialize, Default, Clone)]
pub struct ActionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    meeting: String,
    /// The decision that creates the action, as `2MSP/3` (optional).
    #[serde(default)]
    decision: String,
    #[serde(default)]
    owner_kind: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    due_on: String,
}

async fn actions_page(
    ctx: Ctx,
    state: &AppState,
    code: &str,
    form: ActionForm,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, code).await?;
    ctx.require(&c.code, AccessLevel::StatesParties)?;
    let closable = state
        .store
        .actions(&c)
        .await?
        .iter()
        .filter(|a| may_close(&ctx, &c.code, a))
        .map(|a| a.id)
        .collect();
    let page = ActionsPage {
        actions: actions_for(state, &ctx, &c).await?,
        may_edit: ctx.viewer.can_read(&c.code, AccessLevel::Isu),
        closable,
        owners: Choice::translated(
            &ctx,
            "act-owner-",
            OwnerKind::ALL.map(OwnerKind::slug),
            &form.owner_kind,
        ),
        convention: convention_name(&ctx, &c),
        code: c.code.clone(),
        form,
        problems,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

pub async fn actions(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    actions_page(ctx, &state, &code, ActionForm::default(), Vec::new()).await
}

pub async fn add_action(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Form(form): Form<ActionForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let mut problems = Vec::new();
    let owner_kind = OwnerKind::from_slug(&form.owner_kind).unwrap_or(OwnerKind::Isu);
    let due_on = match form.due_on.trim() {
        "" => None,
        raw => {
            let d = parse_date(raw);
            if d.is_none() {
                problems.push(format!("the due date \"{raw}\" is not a date (YYYY-MM-DD)"));
            }
            d
        }
    };
    let decision = match form.decision.trim() {
        "" => None,
        typed => {
            let found = match typed.split_once('/') {
                Some((label, number)) => state
                    .store
                    .decision_records(&c, None)
                    .await?
                    .into_iter()
                    .find(|r| {
                        r.meeting.label.eq_ignore_ascii_case(label.trim())
                            && number.trim().parse() == Ok(r.decision.number)
                    }),
                None => None,
            };
            if found.is_none() {
                problems.push(format!(
                    "\"{typed}\" is not a decision on record; write the meeting and the number, as 2MSP/3"
                ));
            }
            found
        }
    };
    let meeting = match (form.meeting.trim(), &decision) {
        ("", Some(d)) => Some(d.meeting.id),
        ("", None) if form.decision.trim().is_empty() => {
            problems.push(
                "say which meeting's minutes or which decision raises the action".to_string(),
            );
            None
        }
        ("", None) => None,
        (label, _) => match state.store.meeting(&c, label).await {
            Ok(m) => Some(m.id),
            Err(_) => {
                problems.push(format!(
                    "the meeting \"{label}\" whose minutes raise the action is not on record"
                ));
                None
            }
        },
    };
    if !problems.is_empty() {
        return actions_page(ctx, &state, &code, form, problems).await;
    }
    let new = NewAction {
        decision_id: decision.map(|d| d.decision.id),
        meeting_id: meeting,
        title: form.title.clone(),
        owner_kind,
        owner: match owner_kind {
            OwnerKind::State => form.owner.trim().to_uppercase(),
            _ => form.owner.trim().to_string(),
        },
        due_on,
        access: AccessLevel::Public,
    };
    match state
        .store
        .add_action(&ctx.author("raise a follow-up action"), &c, new)
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/{}/actions", c.code)).into_response()),
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            actions_page(ctx, &state, &code, form, p).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    status: String,
}

pub async fn set_status(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, i32)>,
    Form(form): Form<StatusForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::StatesParties)?;
    let a = state
        .store
        .actions(&c)
        .await?
        .into_iter()
        .find(|a| a.id == id)
        .ok_or_else(|| WebError::NotFound(format!("action {id}")))?;
    if !may_close(&ctx, &c.code, &a) {
        return Err(WebError::Forbidden);
    }
    let status = ActionStatus::from_slug(&form.status)
        .ok_or_else(|| WebError::BadRequest("choose open, done or cancelled".into()))?;
    state
        .store
        .set_action_status(&ctx.author(format!("action {id}")), &c, id, status)
        .await?;
    Ok(Redirect::to(&format!("/{}/actions", c.code)).into_response())
}

/// ISU staff, or the focal point of the State that owns the action, may mark it done.
fn may_close(ctx: &Ctx, code: &str, a: &treatydesk_store::entities::action::Model) -> bool {
    ctx.viewer.can_read(code, AccessLevel::Isu)
        || (a.owner_kind == OwnerKind::State.slug()
            && ctx.viewer.grants.iter().any(|g| {
                g.convention.as_deref() == Some(code)
                    && g.actor.as_deref() == Some(a.owner.as_str())
            }))
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    ctx: Ctx,
    code: String,
    convention: String,
    q: SearchQuery,
    r: SearchOut,
    page: usize,
    pages: usize,
}

impl SearchPage {
    /// The current search with one filter changed (for facet links).
    fn with(&self, key: &str, value: &str) -> String {
        let q = &self.q;
        let pick = |k: &str, v: &str| {
            if k == key {
                value.to_string()
            } else {
                v.to_string()
            }
        };
        let pairs = [
            ("q", pick("q", &q.q)),
            ("meeting", pick("meeting", &q.meeting)),
            ("type", pick("type", &q.doc_type)),
            ("year", pick("year", &q.year)),
            ("lang", pick("lang", &q.lang)),
            ("page", pick("page", "")),
        ];
        let query: Vec<String> = pairs
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| {
                format!(
                    "{k}={}",
                    form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()
                )
            })
            .collect();
        format!("/{}/search?{}", self.code, query.join("&"))
    }
}

pub async fn search(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<SearchQuery>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let r = search_out(search_as(&state, &ctx, &c, &q)?);
    let page = q.page.trim().parse().unwrap_or(1usize).max(1);
    let pages = r.total.div_ceil(crate::views::records::PAGE_SIZE).max(1);
    render(&SearchPage {
        convention: convention_name(&ctx, &c),
        code: c.code.clone(),
        q,
        r,
        page,
        pages,
        ctx,
    })
}
