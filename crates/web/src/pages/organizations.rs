//! Liaison with organizations (P4.4(g), issue 15 item 3): `/{code}/organizations` (the
//! organizations of the registry) and `/{code}/organizations/{org}` (its roles under the
//! convention and its contacts, public; for the ISU also the contact log with its follow-up
//! actions, and the forms that record roles, contacts and contacts made).
//!
//! The contact log is the ISU's alone: to anyone else the page shows no trace of it and its
//! addresses answer 404. It must never write except through the store's audited `liaison`
//! functions and never lose what was typed when it refuses (422 with the form as typed).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use treatydesk_domain::AccessLevel;
use treatydesk_store::StoreError;
use treatydesk_store::entities::{actor, convention};

use super::render_form;
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::views::liaison::{
    ContactIn, ContactOut, LogEntryIn, LogEntryOut, RoleIn, RoleOut, log_out, organization,
    organization_out, organization_url,
};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/organizations", get(list_page))
        .route("/{code}/organizations/{org}", get(page))
        .route("/{code}/organizations/{org}/roles", post(add_role))
        .route("/{code}/organizations/{org}/contacts", post(add_contact))
        .route("/{code}/organizations/{org}/log", post(add_log))
        .route("/{code}/organizations/{org}/log/{id}/done", post(set_done))
}

fn name_of(ctx: &Ctx, a: &actor::Model) -> String {
    match ctx.lang {
        treatydesk_domain::Lang::Fr => a.name_fr.clone(),
        treatydesk_domain::Lang::Es => a.name_es.clone(),
        treatydesk_domain::Lang::Ar => a.name_ar.clone(),
        treatydesk_domain::Lang::En => a.name_en.clone(),
    }
}

struct OrgRow {
    code: String,
    name: String,
    url: String,
}

#[derive(Template)]
#[template(path = "organizations.html")]
struct ListPage {
    ctx: Ctx,
    code: String,
    convention: String,
    rows: Vec<OrgRow>,
}

pub async fn list_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let mut rows: Vec<OrgRow> = state
        .store
        .organizations()
        .await?
        .iter()
        .map(|a| OrgRow {
            code: a.code.clone(),
            name: name_of(&ctx, a),
            url: organization_url(&c.code, &a.code),
        })
        .collect();
    crate::locale::sort_by_name(ctx.lang, &mut rows, |r| r.name.as_str());
    let page = ListPage {
        convention: convention_name(&ctx, &c),
        code: c.code.clone(),
        rows,
        ctx,
    };
    super::render(&page)
}

#[derive(Deserialize, Default, Clone)]
pub struct RoleForm {
    #[serde(default)]
    csrf: String,
    #[serde(flatten)]
    input: RoleIn,
}

#[derive(Deserialize, Default, Clone)]
pub struct ContactForm {
    #[serde(default)]
    csrf: String,
    #[serde(flatten)]
    input: ContactIn,
}

#[derive(Deserialize, Default, Clone)]
pub struct LogForm {
    #[serde(default)]
    csrf: String,
    #[serde(flatten)]
    input: LogEntryIn,
}

#[derive(Deserialize, Default)]
pub struct DoneForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    done: String,
}

#[derive(Deserialize, Default)]
pub struct SavedQuery {
    #[serde(default)]
    saved: String,
}

/// What the forms held when one was refused.
#[derive(Default, Clone)]
struct Typed {
    role: RoleIn,
    contact: ContactIn,
    log: LogEntryIn,
}

#[derive(Template)]
#[template(path = "organization.html")]
struct OrgPage {
    ctx: Ctx,
    code: String,
    convention: String,
    org: String,
    name: String,
    roles: Vec<RoleOut>,
    contacts: Vec<ContactOut>,
    is_isu: bool,
    log: Vec<LogEntryOut>,
    typed: Typed,
    problems: Vec<String>,
    saved: bool,
}

async fn show(
    ctx: Ctx,
    state: &AppState,
    c: &convention::Model,
    a: &actor::Model,
    typed: Typed,
    problems: Vec<String>,
    saved: bool,
) -> Result<Response, WebError> {
    let out = organization_out(state, c, a).await?;
    let is_isu = ctx.viewer.can_read(&c.code, AccessLevel::Isu);
    let log = if is_isu {
        log_out(state, c, a).await?.entries
    } else {
        Vec::new()
    };
    let page = OrgPage {
        convention: convention_name(&ctx, c),
        code: c.code.clone(),
        org: a.code.to_lowercase(),
        name: name_of(&ctx, a),
        roles: out.roles,
        contacts: out.contacts,
        is_isu,
        log,
        typed,
        problems,
        saved,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

pub async fn page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, org)): Path<(String, String)>,
    Query(q): Query<SavedQuery>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let a = organization(&state, &org).await?;
    show(
        ctx,
        &state,
        &c,
        &a,
        Typed::default(),
        Vec::new(),
        q.saved == "1",
    )
    .await
}

/// The convention and organization for an ISU write of roles and contacts (others refused).
async fn isu_target(
    ctx: &Ctx,
    state: &AppState,
    code: &str,
    org: &str,
) -> Result<(convention::Model, actor::Model), WebError> {
    let c = crate::extract::convention(&state.store, code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let a = organization(state, org).await?;
    Ok((c, a))
}

/// The convention and organization for a write of the contact log: to anyone but the ISU the
/// log does not exist (404).
async fn log_target(
    ctx: &Ctx,
    state: &AppState,
    code: &str,
    org: &str,
) -> Result<(convention::Model, actor::Model), WebError> {
    let c = crate::extract::convention(&state.store, code).await?;
    if !ctx.viewer.can_read(&c.code, AccessLevel::Isu) {
        return Err(WebError::NotFound(
            "there is no page at this address".into(),
        ));
    }
    let a = organization(state, org).await?;
    Ok((c, a))
}

/// After a write: back to the organization's page at `anchor`, or the page again with the
/// store's refusal and what the user typed.
async fn after_write<T>(
    ctx: Ctx,
    state: &AppState,
    (c, a): (&convention::Model, &actor::Model),
    written: Result<T, StoreError>,
    anchor: &str,
    typed: Typed,
) -> Result<Response, WebError> {
    match written {
        Ok(_) => Ok(Redirect::to(&format!(
            "{}?saved=1#{anchor}",
            organization_url(&c.code, &a.code)
        ))
        .into_response()),
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            show(ctx, state, c, a, typed, problems, false).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn add_role(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, org)): Path<(String, String)>,
    Form(form): Form<RoleForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let (c, a) = isu_target(&ctx, &state, &code, &org).await?;
    let written = state
        .store
        .add_organization_role(
            &ctx.author("record an organization's role"),
            &c,
            &a,
            &form.input.to_store(),
        )
        .await;
    let typed = Typed {
        role: form.input,
        ..Typed::default()
    };
    after_write(ctx, &state, (&c, &a), written, "roles", typed).await
}

pub async fn add_contact(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, org)): Path<(String, String)>,
    Form(form): Form<ContactForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let (c, a) = isu_target(&ctx, &state, &code, &org).await?;
    let written = state
        .store
        .add_organization_contact(
            &ctx.author("record a contact person"),
            &c,
            &a,
            &form.input.to_store(),
        )
        .await;
    let typed = Typed {
        contact: form.input,
        ..Typed::default()
    };
    after_write(ctx, &state, (&c, &a), written, "contacts", typed).await
}

pub async fn add_log(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, org)): Path<(String, String)>,
    Form(form): Form<LogForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let (c, a) = log_target(&ctx, &state, &code, &org).await?;
    let written = state
        .store
        .add_contact_log_entry(
            &ctx.author("record a contact"),
            &c,
            &a,
            &form.input.to_store(),
        )
        .await;
    let typed = Typed {
        log: form.input,
        ..Typed::default()
    };
    after_write(ctx, &state, (&c, &a), written, "log", typed).await
}

pub async fn set_done(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, org, id)): Path<(String, String, String)>,
    Form(form): Form<DoneForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let (c, a) = log_target(&ctx, &state, &code, &org).await?;
    let missing = || WebError::NotFound(format!("there is no contact log entry {id}"));
    let number: i32 = id.parse().map_err(|_| missing())?;
    let written = state
        .store
        .set_contact_follow_up_done(
            &ctx.author("mark a follow-up action"),
            &c,
            &a,
            number,
            form.done != "0",
        )
        .await;
    if let Err(StoreError::NotFound(_)) = written {
        return Err(missing());
    }
    after_write(ctx, &state, (&c, &a), written, "log", Typed::default()).await
}
