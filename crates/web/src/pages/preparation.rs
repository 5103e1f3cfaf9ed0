//! A meeting's preparation page (P4.4(a), issue 15 item 4): the checklist from the preset's
//! template for the meeting's kind, due dates computed from its dates, each item's owner and
//! whether it is done or overdue, the items the ISU added, and the follow-up actions the
//! meeting and its decisions raised. ISU staff and the President read it; ISU staff change it.
//!
//! It must never write except through the store's audited `set_preparation_item`, never show
//! the page to anyone else, and never lose what was typed when it refuses (422 with the form
//! as typed).

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Form, Router};
use serde::Deserialize;
use treatydesk_domain::AccessLevel;
use treatydesk_store::StoreError;
use treatydesk_store::entities::{convention, meeting};

use super::render_form;
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::views::listing::today;
use crate::views::preparation::{
    ItemIn, PreparationOut, item_change, preparation_out, require_reader,
};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new().route(
        "/{code}/meetings/{label}/preparation",
        get(page).post(change),
    )
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct ItemForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    key: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    due_on: String,
    #[serde(default)]
    owner: String,
    /// A checkbox: present when ticked.
    #[serde(default)]
    done: Option<String>,
}

impl ItemForm {
    fn input(&self) -> ItemIn {
        ItemIn {
            key: self.key.clone(),
            title: self.title.clone(),
            due_on: self.due_on.clone(),
            owner: self.owner.clone(),
            done: self.done.is_some(),
        }
    }
}

#[derive(Template)]
#[template(path = "preparation.html")]
struct PreparationPage {
    ctx: Ctx,
    code: String,
    convention: String,
    label: String,
    checklist: PreparationOut,
    may_change: bool,
    /// The form that was refused, as typed, and why.
    typed: ItemForm,
    problems: Vec<String>,
    saved: bool,
}

async fn show(
    ctx: Ctx,
    state: &AppState,
    c: &convention::Model,
    m: &meeting::Model,
    typed: ItemForm,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let items = state.store.preparation(c, m).await?;
    let actions = state.store.actions_of_meeting(c, m).await?;
    let page = PreparationPage {
        convention: convention_name(&ctx, c),
        code: c.code.clone(),
        label: m.label.clone(),
        checklist: preparation_out(&m.label, &items, &actions, ctx.lang, today()),
        may_change: ctx.viewer.can_read(&c.code, AccessLevel::Isu),
        saved: ctx.query == "saved=1",
        typed,
        problems,
        ctx,
    };
    let refused = !page.problems.is_empty();
    render_form(&page, refused)
}

pub async fn page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (c, m) = crate::extract::meeting(&state, &code, &label).await?;
    require_reader(&ctx, &c.code)?;
    show(ctx, &state, &c, &m, ItemForm::default(), Vec::new()).await
}

pub async fn change(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    Form(form): Form<ItemForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let (c, m) = crate::extract::meeting(&state, &code, &label).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let outcome = match item_change(&form.input()) {
        Ok(change) => state
            .store
            .set_preparation_item(&ctx.author("meeting preparation"), &c, &m, &change)
            .await
            .map(|_| ()),
        Err(p) => Err(StoreError::Invalid(p)),
    };
    match outcome {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}/meetings/{}/preparation?saved=1",
            c.code, m.label
        ))
        .into_response()),
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            show(ctx, &state, &c, &m, form, p).await
        }
        Err(StoreError::NotFound(what)) => {
            show(
                ctx,
                &state,
                &c,
                &m,
                form,
                vec![format!("{what} is not on record")],
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}
