//! Notices: the archive of messages to audiences (P4.4(d), issue 15 item 2). Everyone signed
//! in reads the messages addressed to them (ISU staff read all of the convention's); ISU staff
//! and the President write one to an audience resolved on its date, in one or more languages;
//! the message's page shows ISU staff and its author each recipient's delivery (queued, sent,
//! failed with the last error, retried) and lets ISU staff make failed mails due again.
//!
//! It must never write except through the store's audited `send_message` and
//! `retry_message`, never show a message (or that it exists) to someone outside its audience,
//! and never lose what was typed when it refuses (422 with the form as typed).

use askama::Template;
use axum::Form;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use treatydesk_domain::Lang;
use treatydesk_domain::message::Audience;
use treatydesk_store::StoreError;
use treatydesk_store::entities::convention;

use super::{Choice, ShownDate, render, render_form};
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::views::listing::today;
use crate::views::messages::{
    NoticeIn, NoticeOut, NoticeVersionIn, message_out, new_message, readable, readable_list,
    reads_all, sees_deliveries, sender_capacity,
};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/notices", get(list).post(send))
        .route("/{code}/notices/new", get(compose))
        .route("/{code}/notices/{id}", get(one))
        .route("/{code}/notices/{id}/retry", post(retry))
}

/// The compose form as typed.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct ComposeForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    audience: String,
    #[serde(default)]
    meeting: String,
    #[serde(default)]
    group: String,
    #[serde(default)]
    on: String,
    #[serde(default)]
    original: String,
    #[serde(default)]
    subject_en: String,
    #[serde(default)]
    text_en: String,
    #[serde(default)]
    subject_fr: String,
    #[serde(default)]
    text_fr: String,
    #[serde(default)]
    subject_es: String,
    #[serde(default)]
    text_es: String,
    #[serde(default)]
    subject_ar: String,
    #[serde(default)]
    text_ar: String,
}

impl ComposeForm {
    fn input(&self) -> NoticeIn {
        let v = |lang: &str, subject: &str, text: &str| NoticeVersionIn {
            lang: lang.to_string(),
            subject: subject.to_string(),
            text: text.to_string(),
        };
        NoticeIn {
            audience: self.audience.clone(),
            meeting: self.meeting.clone(),
            group: self.group.clone(),
            on: self.on.clone(),
            original: self.original.clone(),
            versions: vec![
                v("en", &self.subject_en, &self.text_en),
                v("fr", &self.subject_fr, &self.text_fr),
                v("es", &self.subject_es, &self.text_es),
                v("ar", &self.subject_ar, &self.text_ar),
            ],
        }
    }

    fn version(&self, lang: Lang) -> (&str, &str) {
        match lang {
            Lang::En => (&self.subject_en, &self.text_en),
            Lang::Fr => (&self.subject_fr, &self.text_fr),
            Lang::Es => (&self.subject_es, &self.text_es),
            Lang::Ar => (&self.subject_ar, &self.text_ar),
        }
    }
}

/// One language's fields of the form.
pub struct VersionField {
    pub lang: &'static str,
    pub name: String,
    pub dir: &'static str,
    pub subject: String,
    pub text: String,
}

/// A row of the archive.
pub struct Row {
    pub id: i32,
    pub sent_on: ShownDate,
    pub subject: String,
    pub lang: String,
    pub audience: String,
    pub author: String,
    pub recipients: usize,
}

#[derive(Template)]
#[template(path = "notices.html")]
struct ListPage {
    ctx: Ctx,
    code: String,
    convention: String,
    rows: Vec<Row>,
    may_send: bool,
    all: bool,
}

#[derive(Template)]
#[template(path = "notice_new.html")]
struct ComposePage {
    ctx: Ctx,
    code: String,
    convention: String,
    capacity: String,
    audiences: Vec<Choice>,
    meetings: Vec<Choice>,
    groups: Vec<Choice>,
    originals: Vec<Choice>,
    on: String,
    versions: Vec<VersionField>,
    problems: Vec<String>,
}

/// A delivery row as the page shows it.
pub struct DeliveryRow {
    pub name: String,
    pub actor: String,
    pub address: String,
    pub lang: String,
    pub status: String,
    pub status_slug: String,
    pub attempts: i32,
    pub last_error: String,
}

#[derive(Template)]
#[template(path = "notice.html")]
struct OnePage {
    ctx: Ctx,
    code: String,
    convention: String,
    message: NoticeOut,
    sent_on: ShownDate,
    resolved_on: ShownDate,
    audience: String,
    capacity: String,
    /// The version shown is not in the reader's language.
    other_language: bool,
    deliveries: Option<Vec<DeliveryRow>>,
    may_retry: bool,
    sent: bool,
    retried: Option<u64>,
}

fn audience_name(ctx: &Ctx, kind: &str, reference: Option<&str>) -> String {
    let name = ctx.t(&format!("msg-audience-{kind}"));
    match reference {
        Some(r) => format!("{name} ({r})"),
        None => name,
    }
}

pub async fn list(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let records = readable_list(&ctx, &state, &c).await?;
    let rows = records
        .iter()
        .map(|r| {
            let shown = r.version(ctx.lang);
            Row {
                id: r.message.id,
                sent_on: ctx.date(r.message.created_at.date()),
                subject: shown.map(|v| v.subject.clone()).unwrap_or_default(),
                lang: shown.map(|v| v.lang.clone()).unwrap_or_default(),
                audience: audience_name(
                    &ctx,
                    &r.message.audience,
                    r.message.audience_ref.as_deref(),
                ),
                author: r.message.author.clone(),
                recipients: r.recipients.len(),
            }
        })
        .collect();
    render(&ListPage {
        convention: convention_name(&ctx, &c),
        may_send: sender_capacity(&ctx, &c.code).is_some(),
        all: reads_all(&ctx, &c.code),
        code: c.code,
        rows,
        ctx,
    })
}

async fn sender(
    ctx: &Ctx,
    state: &AppState,
    code: &str,
) -> Result<(convention::Model, &'static str), WebError> {
    let c = crate::extract::convention(&state.store, code).await?;
    if !ctx.viewer.is_signed_in() {
        return Err(WebError::SignInRequired {
            next: ctx.path.clone(),
        });
    }
    let capacity = sender_capacity(ctx, &c.code).ok_or(WebError::Forbidden)?;
    Ok((c, capacity))
}

async fn compose_page(
    ctx: Ctx,
    state: &AppState,
    c: &convention::Model,
    capacity: &str,
    form: ComposeForm,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let meetings = state.store.meetings(c).await?;
    let (record, _) = state.store.offices(c).await?;
    let original = if form.original.is_empty() {
        ctx.lang.code().to_string()
    } else {
        form.original.clone()
    };
    let groups = record
        .architecture
        .latest()
        .map(|v| {
            v.bodies
                .iter()
                .map(|b| Choice {
                    value: b.key.clone(),
                    label: ctx.term(&c.code, &b.name),
                    selected: b.key == form.group,
                })
                .collect()
        })
        .unwrap_or_default();
    let page = ComposePage {
        convention: convention_name(&ctx, c),
        code: c.code.clone(),
        capacity: ctx.t(&format!("msg-capacity-{capacity}")),
        audiences: Choice::translated(&ctx, "msg-audience-", Audience::KINDS, &form.audience),
        meetings: meetings
            .iter()
            .rev()
            .map(|m| Choice {
                value: m.label.clone(),
                label: m.label.clone(),
                selected: m.label == form.meeting,
            })
            .collect(),
        groups,
        originals: Lang::ALL
            .iter()
            .map(|l| Choice {
                value: l.code().to_string(),
                label: l.endonym().to_string(),
                selected: l.code() == original,
            })
            .collect(),
        on: if form.on.is_empty() {
            today().to_string()
        } else {
            form.on.clone()
        },
        versions: Lang::ALL
            .iter()
            .map(|&l| {
                let (subject, text) = form.version(l);
                VersionField {
                    lang: l.code(),
                    name: l.endonym().to_string(),
                    dir: l.dir(),
                    subject: subject.to_string(),
                    text: text.to_string(),
                }
            })
            .collect(),
        problems,
        ctx,
    };
    let refused = !page.problems.is_empty();
    render_form(&page, refused)
}

pub async fn compose(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let (c, capacity) = sender(&ctx, &state, &code).await?;
    compose_page(
        ctx,
        &state,
        &c,
        capacity,
        ComposeForm::default(),
        Vec::new(),
    )
    .await
}

pub async fn send(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Form(form): Form<ComposeForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let (c, capacity) = sender(&ctx, &state, &code).await?;
    let outcome = match new_message(&form.input(), capacity, today()) {
        Ok(m) => {
            state
                .store
                .send_message(&ctx.author("send a message"), &c, &m)
                .await
        }
        Err(p) => Err(StoreError::Invalid(p)),
    };
    match outcome {
        Ok((id, _)) => {
            Ok(Redirect::to(&format!("/{}/notices/{id}?sent=1", c.code)).into_response())
        }
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            compose_page(ctx, &state, &c, capacity, form, p).await
        }
        Err(StoreError::NotFound(what)) => {
            compose_page(
                ctx,
                &state,
                &c,
                capacity,
                form,
                vec![format!("{what} was not found")],
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
pub struct OneQuery {
    #[serde(default)]
    sent: String,
    #[serde(default)]
    retried: Option<u64>,
}

pub async fn one(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    Query(q): Query<OneQuery>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let record = readable(&ctx, &state, &c, &id).await?;
    let deliveries = sees_deliveries(&ctx, &c.code, &record);
    let message = message_out(&record, ctx.lang, deliveries);
    let rows = message.deliveries.as_ref().map(|ds| {
        ds.iter()
            .map(|d| DeliveryRow {
                name: d.name.clone(),
                actor: d.actor.clone().unwrap_or_default(),
                address: d.address.clone().unwrap_or_default(),
                lang: d.lang.clone(),
                status: ctx.t(&format!("msg-delivery-{}", d.status)),
                status_slug: d.status.clone(),
                attempts: d.attempts,
                last_error: d.last_error.clone().unwrap_or_default(),
            })
            .collect()
    });
    render(&OnePage {
        convention: convention_name(&ctx, &c),
        sent_on: ctx.date(record.message.created_at.date()),
        resolved_on: ctx.date(record.message.resolved_on),
        audience: audience_name(
            &ctx,
            &record.message.audience,
            record.message.audience_ref.as_deref(),
        ),
        other_language: message.lang != ctx.lang.code(),
        capacity: ctx.t(&format!("msg-capacity-{}", record.message.capacity)),
        may_retry: reads_all(&ctx, &c.code),
        deliveries: rows,
        sent: q.sent == "1",
        retried: q.retried,
        code: c.code,
        message,
        ctx,
    })
}

#[derive(Deserialize, Default)]
pub struct RetryForm {
    #[serde(default)]
    csrf: String,
}

pub async fn retry(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    Form(form): Form<RetryForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&c.code, treatydesk_domain::AccessLevel::Isu)?;
    let record = readable(&ctx, &state, &c, &id).await?;
    let n = state
        .store
        .retry_message(
            &ctx.author("retry a message's failed mails"),
            &c,
            record.message.id,
        )
        .await?;
    Ok(Redirect::to(&format!(
        "/{}/notices/{}?retried={n}",
        c.code, record.message.id
    ))
    .into_response())
}
