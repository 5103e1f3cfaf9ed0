//! The offices page (issue 12 item 3): who holds which office on any date (the President, the
//! President-Designate, the ISU Director, and the outgoing President where the architecture in
//! force counts one), named as the version then in force names them; ISU staff record a
//! President-Designate (designated on a date, at a meeting, to preside a later one) and the ISU
//! Director (from a date; the predecessor's term ends that day).
//!
//! It must never write except through the store's audited `designate_president` and
//! `appoint_isu_director`, never let anyone below ISU staff write, and never lose what was typed
//! when it refuses (422 with the form as typed).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::meeting::MeetingKind;
use treatydesk_store::StoreError;

use super::{Choice, ShownDate, render_form};
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::views::listing;
use crate::views::offices::{
    DesignationIn, DirectorIn, OfficeHeldOut, designation, director_starts, load,
};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/offices", get(offices))
        .route("/{code}/offices/president-designate", post(designate))
        .route("/{code}/offices/isu-director", post(director))
}

#[derive(Deserialize, Default, Clone)]
pub struct DesignationForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    presides: String,
    #[serde(default)]
    designated_on: String,
    #[serde(default)]
    designated_at: String,
    #[serde(default)]
    source: String,
}

#[derive(Deserialize, Default, Clone)]
pub struct DirectorForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    starts_on: String,
    #[serde(default)]
    source: String,
}

#[derive(Deserialize, Default)]
pub struct OfficesQuery {
    #[serde(default)]
    as_of: String,
    #[serde(default)]
    saved: String,
}

#[derive(Template)]
#[template(path = "offices.html")]
struct OfficesPage {
    ctx: Ctx,
    code: String,
    convention: String,
    as_of: ShownDate,
    offices: Vec<OfficeHeldOut>,
    saved: bool,
    may_write: bool,
    /// Meetings a President may be designated to preside (MSPs and Review Conferences).
    presides: Vec<Choice>,
    /// Meetings that may have made the designation.
    designated_at: Vec<Choice>,
    designation: DesignationForm,
    director: DirectorForm,
    /// Which form was refused (`designation` or `director`) and why.
    refused: &'static str,
    problems: Vec<String>,
}

struct Typed {
    designation: DesignationForm,
    director: DirectorForm,
    refused: &'static str,
    problems: Vec<String>,
}

impl Typed {
    fn none() -> Typed {
        Typed {
            designation: DesignationForm::default(),
            director: DirectorForm::default(),
            refused: "",
            problems: Vec::new(),
        }
    }
}

async fn offices_page(
    ctx: Ctx,
    state: &AppState,
    code: &str,
    q: &OfficesQuery,
    typed: Typed,
) -> Result<Response, WebError> {
    let as_of = listing::as_of(&q.as_of)?;
    let loaded = load(state, code).await?.for_reader(&ctx);
    let may_write = ctx
        .viewer
        .can_read(&loaded.convention.code, AccessLevel::Isu);
    let meetings = state.store.meetings(&loaded.convention).await?;
    let choice = |m: &treatydesk_store::entities::meeting::Model, selected: &str| Choice {
        selected: m.label == selected,
        value: m.label.clone(),
        label: m.label.clone(),
    };
    let presided = |m: &&treatydesk_store::entities::meeting::Model| {
        matches!(
            MeetingKind::from_slug(&m.kind),
            Some(MeetingKind::Msp | MeetingKind::ReviewConference | MeetingKind::ExtraordinaryMsp)
        )
    };
    let presides = meetings
        .iter()
        .filter(presided)
        .rev()
        .map(|m| choice(m, &typed.designation.presides))
        .collect();
    let mut designated_at: Vec<Choice> = vec![Choice {
        value: String::new(),
        label: ctx.t("off-no-meeting"),
        selected: typed.designation.designated_at.is_empty(),
    }];
    designated_at.extend(
        meetings
            .iter()
            .filter(presided)
            .rev()
            .map(|m| choice(m, &typed.designation.designated_at)),
    );
    let page = OfficesPage {
        convention: convention_name(&ctx, &loaded.convention),
        code: loaded.convention.code.clone(),
        as_of: ctx.date(as_of),
        offices: loaded.offices_on(as_of),
        saved: q.saved == "1",
        may_write,
        presides,
        designated_at,
        designation: typed.designation,
        director: typed.director,
        refused: typed.refused,
        problems: typed.problems,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

pub async fn offices(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<OfficesQuery>,
) -> Result<Response, WebError> {
    offices_page(ctx, &state, &code, &q, Typed::none()).await
}

pub async fn designate(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Form(form): Form<DesignationForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let input = DesignationIn {
        state: form.state.clone(),
        presides: form.presides.clone(),
        designated_on: form.designated_on.clone(),
        designated_at: form.designated_at.clone(),
        source: form.source.clone(),
    };
    let meetings = state.store.meetings(&c).await?;
    let outcome = match designation(&input, &meetings) {
        Ok(d) => state
            .store
            .designate_president(&ctx.author("designate the President"), &c, d.borrowed())
            .await
            .map(|_| ()),
        Err(p) => Err(StoreError::Invalid(p)),
    };
    match outcome {
        Ok(()) => Ok(Redirect::to(&format!("/{}/offices?saved=1", c.code)).into_response()),
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            let typed = Typed {
                designation: form,
                refused: "designation",
                problems,
                ..Typed::none()
            };
            offices_page(ctx, &state, &code, &OfficesQuery::default(), typed).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn director(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Form(form): Form<DirectorForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let input = DirectorIn {
        name: form.name.clone(),
        starts_on: form.starts_on.clone(),
        source: form.source.clone(),
    };
    let outcome = match director_starts(&input) {
        Ok(starts_on) => state
            .store
            .appoint_isu_director(
                &ctx.author("appoint the ISU Director"),
                &c,
                &input.name,
                starts_on,
                &input.source,
            )
            .await
            .map(|_| ()),
        Err(p) => Err(StoreError::Invalid(p)),
    };
    match outcome {
        Ok(()) => Ok(Redirect::to(&format!("/{}/offices?saved=1", c.code)).into_response()),
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            let typed = Typed {
                director: form,
                refused: "director",
                problems,
                ..Typed::none()
            };
            offices_page(ctx, &state, &code, &OfficesQuery::default(), typed).await
        }
        Err(e) => Err(e.into()),
    }
}
