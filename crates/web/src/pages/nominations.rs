//! The nominations page of a meeting that selects Coordinators (issue 12 item 2): the
//! nominations the reader may see, the form by which a focal point nominates its own State (ISU
//! staff: any State, on its behalf) for seats in order of preference, and the withdrawal of a
//! standing nomination until the meeting opens.
//!
//! A refused nomination answers 422 with the form as typed and every reason; a recorded one
//! goes back to the page, which shows the P2.4 warnings it got.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use treatydesk_store::StoreError;
use treatydesk_store::nominations::NewNomination;

use super::{Choice, render_form};
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::views::nominations::{
    MeetingNominations, NominationsOut, may_nominate, meeting_nominations, nominations_out,
    nominee, withdrawable,
};
use crate::views::offices::{FindingOut, finding_out};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/{code}/meetings/{label}/nominations",
            get(page).post(nominate),
        )
        .route(
            "/{code}/meetings/{label}/nominations/{id}/withdraw",
            post(withdraw),
        )
}

/// How many seat rows the form offers.
const ROWS: usize = 4;

/// The nomination form as typed: `seat` and `preference` repeat, one pair a row.
#[derive(Clone, Debug, Default)]
pub struct NominationForm {
    csrf: String,
    state: String,
    seats: Vec<String>,
    preferences: Vec<String>,
    statement: String,
}

impl NominationForm {
    fn parse(body: &[u8]) -> NominationForm {
        let mut form = NominationForm::default();
        for (k, v) in form_urlencoded::parse(body) {
            let v = v.into_owned();
            match k.as_ref() {
                "csrf" => form.csrf = v,
                "state" => form.state = v,
                "seat" => form.seats.push(v),
                "preference" => form.preferences.push(v),
                "statement" => form.statement = v,
                _ => {}
            }
        }
        form
    }

    /// The rows with a seat chosen, each with its preference; every problem in words.
    fn choices(&self) -> Result<Vec<(String, u8)>, Vec<String>> {
        let mut out = Vec::new();
        let mut problems = Vec::new();
        for (i, seat) in self.seats.iter().enumerate() {
            let seat = seat.trim();
            if seat.is_empty() {
                continue;
            }
            let raw = self.preferences.get(i).map_or("", |p| p.trim());
            match raw.parse::<u8>() {
                Ok(p) if (1..=20).contains(&p) => out.push((seat.to_string(), p)),
                _ => problems.push(format!(
                    "the order of preference for {seat} (\"{raw}\") must be a whole number from 1 to 20"
                )),
            }
        }
        if problems.is_empty() {
            Ok(out)
        } else {
            Err(problems)
        }
    }
}

/// One row of the form: a seat select and its preference.
pub struct FormRow {
    pub n: usize,
    pub seats: Vec<Choice>,
    pub preference: String,
}

#[derive(Template)]
#[template(path = "nominations.html")]
struct NominationsPage {
    ctx: Ctx,
    code: String,
    convention: String,
    n: NominationsOut,
    form: NominationForm,
    rows: Vec<FormRow>,
    /// ISU staff choose among every State.
    states: Vec<Choice>,
    /// A focal point's own State, when it has only one.
    own_state: Option<(String, String)>,
    show_form: bool,
    /// The reader's State has a standing nomination: withdraw it to nominate again.
    has_standing: bool,
    problems: Vec<String>,
    saved: bool,
    withdrawn: bool,
    /// The P2.4 warnings of the nomination just recorded.
    findings: Vec<FindingOut>,
}

async fn nominations_page(
    ctx: Ctx,
    state: &AppState,
    m: &MeetingNominations,
    form: NominationForm,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let n = nominations_out(state, &ctx, m).await?;
    let rows = (0..ROWS)
        .map(|i| {
            let typed = form.seats.get(i).map_or("", |s| s.as_str());
            let mut seats = vec![Choice {
                value: String::new(),
                label: ctx.t("nom-no-seat"),
                selected: typed.is_empty(),
            }];
            seats.extend(n.seats.iter().map(|s| Choice {
                value: s.key.clone(),
                label: format!("{}: {} ({})", s.body, s.title, s.key),
                selected: s.key == typed,
            }));
            FormRow {
                n: i + 1,
                seats,
                preference: form
                    .preferences
                    .get(i)
                    .cloned()
                    .unwrap_or_else(|| (i + 1).to_string()),
            }
        })
        .collect();
    let own = may_nominate(&ctx, m);
    let states = if n.may_nominate_any_state {
        let mut out = vec![Choice {
            value: String::new(),
            label: ctx.t("nom-choose-state"),
            selected: form.state.is_empty(),
        }];
        out.extend(m.states(ctx.lang).into_iter().map(|(code, name)| Choice {
            selected: code.eq_ignore_ascii_case(form.state.trim()),
            label: format!("{name} ({code})"),
            value: code,
        }));
        out
    } else if own.len() > 1 {
        own.iter()
            .map(|code| Choice {
                value: code.clone(),
                label: m.state_name(code, ctx.lang),
                selected: code.eq_ignore_ascii_case(form.state.trim()),
            })
            .collect()
    } else {
        Vec::new()
    };
    // The focal point's States count those with a standing nomination: a refused form is
    // shown again as typed.
    let own_state = match own.as_slice() {
        [only] if !n.may_nominate_any_state => Some((only.clone(), m.state_name(only, ctx.lang))),
        _ => None,
    };
    let show_form = n.may_nominate_any_state
        || !n.may_nominate.is_empty()
        || (!problems.is_empty() && !own.is_empty());
    let has_standing = !show_form && !own.is_empty();
    // After a recorded nomination (`?saved={id}`): its P2.4 warnings, if the reader sees it.
    let saved_id =
        crate::ctx::query_param(Some(&ctx.query), "saved").and_then(|v| v.parse::<i32>().ok());
    let mut findings = Vec::new();
    if let Some(id) = saved_id
        && n.nominations.iter().any(|x| x.id == id)
        && let Some(recorded) = state
            .store
            .nominations_for(&m.meeting)
            .await?
            .into_iter()
            .find(|x| x.id == id && x.status == "standing")
    {
        findings = m.warnings(&recorded).iter().map(finding_out).collect();
        crate::views::findings::localize(
            ctx.lang,
            &mut findings,
            &crate::views::findings::names_from(
                &m.loaded.facts,
                ctx.lang,
                &m.loaded.convention.code,
            ),
        );
    }
    let page = NominationsPage {
        convention: convention_name(&ctx, &m.loaded.convention),
        code: m.code().to_string(),
        saved: saved_id.is_some(),
        withdrawn: crate::ctx::query_param(Some(&ctx.query), "withdrawn") == Some("1"),
        n,
        form,
        rows,
        states,
        own_state,
        show_form,
        has_standing,
        problems,
        findings,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

pub async fn page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let m = meeting_nominations(&state, &code, &label)
        .await?
        .read_by(&ctx);
    nominations_page(ctx, &state, &m, NominationForm::default(), Vec::new()).await
}

pub async fn nominate(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let form = NominationForm::parse(&body);
    ctx.check_csrf(&form.csrf)?;
    let m = meeting_nominations(&state, &code, &label)
        .await?
        .read_by(&ctx);
    let Some((nominated, on_behalf)) = nominee(&ctx, m.code(), Some(&form.state))? else {
        let why = vec![ctx.t("nom-state-needed")];
        return nominations_page(ctx, &state, &m, form, why).await;
    };
    let choices = match form.choices() {
        Ok(c) => c,
        Err(p) => return nominations_page(ctx, &state, &m, form, p).await,
    };
    let new = NewNomination {
        state: nominated.clone(),
        choices,
        statement: form.statement.clone(),
        on_behalf,
    };
    match state
        .store
        .nominate(
            &ctx.author(format!("nomination of {nominated}")),
            &m.loaded.convention,
            &m.meeting,
            new,
            m.today,
        )
        .await
    {
        Ok(made) => Ok(Redirect::to(&format!(
            "/{}/meetings/{}/nominations?saved={}",
            m.code(),
            m.meeting.label,
            made.nomination.id
        ))
        .into_response()),
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            nominations_page(ctx, &state, &m, form, p).await
        }
        Err(StoreError::Conflict(p)) => {
            let p = crate::views::findings::problem_in(ctx.lang, &p);
            nominations_page(ctx, &state, &m, form, vec![p]).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct WithdrawForm {
    #[serde(default)]
    csrf: String,
}

pub async fn withdraw(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, id)): Path<(String, String, i32)>,
    Form(form): Form<WithdrawForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let m = meeting_nominations(&state, &code, &label)
        .await?
        .read_by(&ctx);
    let n = withdrawable(&state, &ctx, &m, id).await?;
    match state
        .store
        .withdraw_nomination(
            &ctx.author(format!("withdraw the nomination of {}", n.state)),
            &m.loaded.convention,
            n.id,
            m.today,
        )
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!(
            "/{}/meetings/{}/nominations?withdrawn=1",
            m.code(),
            m.meeting.label
        ))
        .into_response()),
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            nominations_page(ctx, &state, &m, NominationForm::default(), p).await
        }
        Err(StoreError::Conflict(p)) => {
            let p = crate::views::findings::problem_in(ctx.lang, &p);
            nominations_page(ctx, &state, &m, NominationForm::default(), vec![p]).await
        }
        Err(e) => Err(e.into()),
    }
}
