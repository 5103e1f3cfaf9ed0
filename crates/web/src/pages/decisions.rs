//! The decisions register's pages (issue 12 item 1): everyone reads the register and each
//! decision with its revisions; ISU staff record a formal meeting's or the Coordination
//! Committee's decision, and correct one, which adds a revision with why and keeps the old text
//! readable.
//!
//! It must never write except through the store's audited `record_decision` and
//! `correct_decision`, never let anyone below ISU staff write, and never lose what was typed
//! when it refuses (422 with the form as typed).

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Form, Router};
use serde::Deserialize;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::finding::{Message, Problem};
use treatydesk_store::StoreError;
use treatydesk_store::decisions::{DecisionContent, NewDecision};
use treatydesk_store::entities::convention;

use super::{Choice, render_form};
use crate::ctx::Ctx;
use crate::extract::{AsOf, convention_name};
use crate::views::decisions::{
    ContentIn, DecisionDetailOut, DecisionOut, Register, content, deciding_meetings, ordered_texts,
};
use crate::views::findings::{problem, problems_in};
use crate::views::listing;
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/decisions", get(register).post(record))
        .route("/{code}/decisions/{id}", get(detail).post(correct))
}

/// The languages a decision's text is typed in, as the form offers them.
const TEXT_LANGS: [&str; 6] = ["en", "fr", "es", "ar", "ru", "zh"];

/// A decision as the form types it: every field a string, kept as typed when refused.
#[derive(Deserialize, Default, Clone)]
pub struct DecisionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    meeting: String,
    #[serde(default)]
    number: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    text_en: String,
    #[serde(default)]
    text_fr: String,
    #[serde(default)]
    text_es: String,
    #[serde(default)]
    text_ar: String,
    #[serde(default)]
    text_ru: String,
    #[serde(default)]
    text_zh: String,
    #[serde(default)]
    agenda_item: String,
    /// Symbols of the documents adopted, separated by commas or spaces.
    #[serde(default)]
    adopts: String,
    /// The decisions superseded, as `2MSP/3`, separated by commas or spaces.
    #[serde(default)]
    supersedes: String,
    #[serde(default)]
    decided_on: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    reason: String,
}

/// One text area of the form.
pub struct TextField {
    pub lang: &'static str,
    pub value: String,
}

impl DecisionForm {
    fn text(&self, lang: &str) -> &str {
        match lang {
            "en" => &self.text_en,
            "fr" => &self.text_fr,
            "es" => &self.text_es,
            "ar" => &self.text_ar,
            "ru" => &self.text_ru,
            _ => &self.text_zh,
        }
    }

    fn text_fields(&self) -> Vec<TextField> {
        TEXT_LANGS
            .iter()
            .map(|lang| TextField {
                lang,
                value: self.text(lang).to_string(),
            })
            .collect()
    }

    /// The form filled with a decision's current content, to correct it.
    fn of(d: &DecisionOut, register: &Register) -> DecisionForm {
        let text = |l: &str| d.texts.get(l).cloned().unwrap_or_default();
        DecisionForm {
            meeting: d.meeting.clone(),
            number: d.number.to_string(),
            title: d.title.clone(),
            text_en: text("en"),
            text_fr: text("fr"),
            text_es: text("es"),
            text_ar: text("ar"),
            text_ru: text("ru"),
            text_zh: text("zh"),
            agenda_item: d.agenda_item_id.map(|i| i.to_string()).unwrap_or_default(),
            adopts: register
                .find(d.id)
                .map(|r| {
                    r.current
                        .adopts
                        .iter()
                        .filter_map(|id| register.documents.iter().find(|x| x.id == *id))
                        .map(|x| x.symbol.clone())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default(),
            supersedes: d
                .supersedes
                .iter()
                .filter_map(|id| register.find(*id))
                .map(|r| format!("{}/{}", r.meeting.label, r.decision.number))
                .collect::<Vec<_>>()
                .join(", "),
            decided_on: d.decided_on.clone().unwrap_or_default(),
            ..Default::default()
        }
    }

    /// The typed content resolved against the register: symbols, `LABEL/number` references,
    /// the agenda item and the date. Every problem is listed.
    fn content(&self, register: &Register) -> Result<DecisionContent, Vec<Problem>> {
        let mut problems = Vec::new();
        let texts: BTreeMap<String, String> = TEXT_LANGS
            .iter()
            .map(|l| (l.to_string(), self.text(l).to_string()))
            .filter(|(_, t)| !t.trim().is_empty())
            .collect();
        let mut supersedes = Vec::new();
        for reference in split(&self.supersedes) {
            let found = reference.split_once('/').and_then(|(label, number)| {
                let number: i32 = number.trim().parse().ok()?;
                register.records.iter().find(|r| {
                    r.meeting.label.eq_ignore_ascii_case(label.trim())
                        && r.decision.number == number
                })
            });
            match found {
                Some(r) => supersedes.push(r.decision.id),
                None => problems.push(problem(
                    Message::new("refuse-decision-reference-unknown").code("value", reference),
                )),
            }
        }
        let agenda_item_id = match self.agenda_item.trim() {
            "" => None,
            raw => match raw.parse::<i32>() {
                Ok(id) => Some(id),
                Err(_) => {
                    problems.push(problem(
                        Message::new("refuse-decision-agenda-typed").code("value", raw),
                    ));
                    None
                }
            },
        };
        let input = ContentIn {
            title: self.title.clone(),
            texts,
            agenda_item_id,
            adopts: split(&self.adopts).map(str::to_string).collect(),
            supersedes,
            decided_on: Some(self.decided_on.clone()),
        };
        match content(&input, &register.documents) {
            Ok(c) if problems.is_empty() => Ok(c),
            Ok(_) => Err(problems),
            Err(more) => {
                problems.extend(more);
                Err(problems)
            }
        }
    }
}

/// The items of a list typed with commas, semicolons or new lines between them.
fn split(raw: &str) -> impl Iterator<Item = &str> {
    raw.split([',', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// An agenda item the form offers: its meeting and title.
pub struct AgendaChoice {
    pub meeting: String,
    pub items: Vec<Choice>,
}

async fn agenda_choices(
    state: &AppState,
    c: &convention::Model,
    only: Option<&str>,
    selected: &str,
) -> Result<Vec<AgendaChoice>, WebError> {
    let meetings = state.store.meetings(c).await?;
    let mut out = Vec::new();
    for m in deciding_meetings(&meetings) {
        if only.is_some_and(|l| l != m.label) {
            continue;
        }
        let items: Vec<Choice> = state
            .store
            .agenda(m.id)
            .await?
            .into_iter()
            .map(|a| Choice {
                selected: a.id.to_string() == selected,
                value: a.id.to_string(),
                label: format!("{}. {}", a.position, a.title),
            })
            .collect();
        if !items.is_empty() {
            out.push(AgendaChoice {
                meeting: m.label.clone(),
                items,
            });
        }
    }
    Ok(out)
}

#[derive(Template)]
#[template(path = "decisions.html")]
struct RegisterPage {
    ctx: Ctx,
    code: String,
    convention: String,
    decisions: Vec<DecisionOut>,
    as_of: String,
    may_write: bool,
    meetings: Vec<Choice>,
    agenda: Vec<AgendaChoice>,
    texts: Vec<TextField>,
    form: DecisionForm,
    problems: Vec<String>,
}

async fn register_page(
    ctx: Ctx,
    state: &AppState,
    code: &str,
    as_of: &str,
    form: DecisionForm,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, code).await?;
    let day = listing::as_of_given(as_of)?;
    let register = Register::load(state, &c, day).await?;
    let may_write = ctx.viewer.can_read(&c.code, AccessLevel::Isu);
    let (meetings, agenda) = if may_write {
        let all = state.store.meetings(&c).await?;
        let meetings = deciding_meetings(&all)
            .into_iter()
            .rev()
            .map(|m| Choice {
                selected: m.label == form.meeting,
                value: m.label.clone(),
                label: m.label.clone(),
            })
            .collect();
        (
            meetings,
            agenda_choices(state, &c, None, &form.agenda_item).await?,
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let page = RegisterPage {
        decisions: register.all(&ctx, &c),
        as_of: day.map(format_date).unwrap_or_default(),
        may_write,
        meetings,
        agenda,
        texts: form.text_fields(),
        convention: convention_name(&ctx, &c),
        code: c.code.clone(),
        form,
        problems,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

pub async fn register(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AsOf>,
) -> Result<Response, WebError> {
    register_page(
        ctx,
        &state,
        &code,
        &q.as_of,
        DecisionForm::default(),
        Vec::new(),
    )
    .await
}

pub async fn record(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let register = Register::load(&state, &c, None).await?;
    let mut problems = Vec::new();
    let number = match form.number.trim().parse::<u32>() {
        Ok(n) => n,
        Err(_) => {
            problems.push(problem(
                Message::new("refuse-decision-number-typed").code("value", form.number.trim()),
            ));
            0
        }
    };
    let meeting = match state.store.meeting(&c, form.meeting.trim()).await {
        Ok(m) => Some(m),
        Err(StoreError::NotFound(_)) => {
            problems.push(problem(
                Message::new("refuse-decision-meeting-unknown").code("value", form.meeting.trim()),
            ));
            None
        }
        Err(e) => return Err(e.into()),
    };
    let typed = form.content(&register);
    let typed = match typed {
        Ok(t) => Some(t),
        Err(p) => {
            problems.extend(p);
            None
        }
    };
    let (Some(meeting), Some(typed), true) = (meeting, typed, problems.is_empty()) else {
        let problems = problems_in(ctx.lang, &problems);
        return register_page(ctx, &state, &code, "", form, problems).await;
    };
    let new = NewDecision {
        number,
        content: typed,
        source: form.source.clone(),
    };
    match state
        .store
        .record_decision(&ctx.author("record a decision"), &meeting, new)
        .await
    {
        Ok(d) => {
            crate::services::indexing::reindex_decision(&state, &c, d.id).await?;
            Ok(Redirect::to(&format!("/{}/decisions/{}?saved=1", c.code, d.id)).into_response())
        }
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            register_page(ctx, &state, &code, "", form, p).await
        }
        Err(StoreError::Conflict(p)) => {
            let p = crate::views::findings::problem_in(ctx.lang, &p);
            register_page(ctx, &state, &code, "", form, vec![p]).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "decision.html")]
struct DetailPage {
    ctx: Ctx,
    code: String,
    convention: String,
    d: DecisionDetailOut,
    /// The current texts in the UN languages' order.
    texts_now: Vec<(String, String)>,
    saved: bool,
    may_write: bool,
    agenda: Vec<AgendaChoice>,
    texts: Vec<TextField>,
    form: DecisionForm,
    problems: Vec<String>,
}

#[derive(Deserialize, Default)]
pub struct DetailQuery {
    #[serde(default)]
    saved: String,
}

async fn detail_page(
    ctx: Ctx,
    state: &AppState,
    code: &str,
    id: i32,
    saved: bool,
    form: Option<DecisionForm>,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, code).await?;
    let register = Register::load(state, &c, None).await?;
    let record = register
        .find(id)
        .ok_or_else(|| WebError::NotFound(format!("there is no decision {id} on record")))?;
    let d = register.detail(&ctx, &c, record);
    let form = form.unwrap_or_else(|| DecisionForm::of(&d.decision, &register));
    let may_write = ctx.viewer.can_read(&c.code, AccessLevel::Isu);
    let agenda = if may_write {
        agenda_choices(state, &c, Some(&d.decision.meeting), &form.agenda_item).await?
    } else {
        Vec::new()
    };
    let page = DetailPage {
        texts_now: ordered_texts(&d.decision.texts),
        d,
        saved,
        may_write,
        agenda,
        texts: form.text_fields(),
        convention: convention_name(&ctx, &c),
        code: c.code.clone(),
        form,
        problems,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

pub async fn detail(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, i32)>,
    Query(q): Query<DetailQuery>,
) -> Result<Response, WebError> {
    detail_page(ctx, &state, &code, id, q.saved == "1", None, Vec::new()).await
}

pub async fn correct(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, i32)>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let register = Register::load(&state, &c, None).await?;
    if register.find(id).is_none() {
        return Err(WebError::NotFound(format!(
            "there is no decision {id} on record"
        )));
    }
    let typed = form.content(&register);
    let typed = match typed {
        Ok(t) => t,
        Err(p) => {
            let p = problems_in(ctx.lang, &p);
            return detail_page(ctx, &state, &code, id, false, Some(form), p).await;
        }
    };
    let author = ctx.author(form.reason.trim());
    match state.store.correct_decision(&author, &c, id, typed).await {
        Ok(d) => {
            crate::services::indexing::reindex_decision(&state, &c, d.id).await?;
            Ok(Redirect::to(&format!("/{}/decisions/{}?saved=1", c.code, d.id)).into_response())
        }
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            detail_page(ctx, &state, &code, id, false, Some(form), p).await
        }
        Err(e) => Err(e.into()),
    }
}
