//! The public registration form for a meeting (anyone may register, signed in or not). It is a
//! multipart form so that a State's delegation can attach its credentials (a note verbale, PDF).
//! A refused registration answers 422 (a rule, the deadline) or 409 (the same e-mail again)
//! with every field as typed and every problem linked to its field; a stored one redirects
//! (303) to the confirmation page. It must never accept a post without its CSRF token and never
//! keep an uploaded file unless the store has checked it.

use askama::Template;
use axum::extract::multipart::Multipart;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use treatydesk_domain::registration::{Category, DelegationRole, Field, Refusal, RegistrationForm};
use treatydesk_store::StoreError;
use treatydesk_store::entities::{convention, meeting};
use treatydesk_store::registration::Upload;

use super::{unreadable, with_csrf_cookie};
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::pages::{Choice, Problem, ShownDate, render};
use crate::views::listing::name_in;
use crate::views::registration::registration_reason;
use crate::{AppState, WebError};

#[derive(Template)]
#[template(path = "register.html")]
struct RegisterPage {
    ctx: Ctx,
    code: String,
    convention: String,
    label: String,
    dates: Option<(ShownDate, Option<ShownDate>)>,
    venue: String,
    open: bool,
    opens_on: Option<ShownDate>,
    deadline: Option<ShownDate>,
    categories: Vec<Choice>,
    roles: Vec<Choice>,
    states: Vec<Choice>,
    organizations: Vec<Choice>,
    typed: RegistrationForm,
    errors: Vec<(Field, String)>,
    problems: Vec<Problem>,
}

impl RegisterPage {
    /// The error shown under a field, if any.
    fn error(&self, field: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|(f, _)| f.slug() == field)
            .map(|(_, e)| e.clone())
    }
}

/// What went wrong, to show above the form.
enum Outcome {
    Fresh,
    Refused(Vec<Refusal>),
    Duplicate(String),
}

async fn page(
    ctx: Ctx,
    state: &AppState,
    convention: &convention::Model,
    meeting: &meeting::Model,
    typed: RegistrationForm,
    outcome: Outcome,
    status: StatusCode,
) -> Result<Response, WebError> {
    let settings = state.store.registration_settings(meeting).await?;
    let actors = state.store.actors().await?;
    let mut states: Vec<Choice> = Vec::new();
    let mut organizations: Vec<Choice> = Vec::new();
    let chosen = typed.actor.trim().to_uppercase();
    for a in &actors {
        let choice = Choice {
            value: a.code.clone(),
            label: name_in(a, ctx.lang).to_string(),
            selected: a.code == chosen,
        };
        if a.kind == "state" {
            states.push(choice);
        } else {
            organizations.push(choice);
        }
    }
    crate::locale::sort_by_name(ctx.lang, &mut states, |c| c.label.as_str());
    crate::locale::sort_by_name(ctx.lang, &mut organizations, |c| c.label.as_str());
    let categories = Category::ALL
        .into_iter()
        .map(|c| Choice {
            value: c.slug().into(),
            label: ctx.category_label(c),
            selected: typed.category == c.slug(),
        })
        .collect();
    let roles = DelegationRole::ALL
        .into_iter()
        .map(|r| Choice {
            value: r.slug().into(),
            label: ctx.role_label(r),
            selected: typed.role == r.slug(),
        })
        .collect();
    let (errors, problems) = match &outcome {
        Outcome::Fresh => (Vec::new(), Vec::new()),
        Outcome::Duplicate(sentence) => (
            vec![(Field::Email, sentence.clone())],
            vec![Problem {
                href: "#email".into(),
                text: sentence.clone(),
            }],
        ),
        Outcome::Refused(refusals) => {
            let errors: Vec<(Field, String)> = refusals
                .iter()
                .map(|r| (r.field(), ctx.refusal(r)))
                .collect();
            let problems = errors
                .iter()
                .map(|(f, text)| Problem {
                    href: if *f == Field::Form {
                        String::new()
                    } else {
                        format!("#{}", f.slug())
                    },
                    text: text.clone(),
                })
                .collect();
            (errors, problems)
        }
    };
    let new_csrf = ctx.csrf_is_new.then(|| ctx.csrf.clone());
    let view = RegisterPage {
        code: convention.code.clone(),
        convention: convention_name(&ctx, convention),
        label: meeting.label.clone(),
        dates: meeting
            .opens_on
            .map(|o| (ctx.date(o), ctx.opt_date(meeting.closes_on))),
        venue: meeting.venue.clone(),
        open: settings.is_some(),
        opens_on: ctx.opt_date(settings.as_ref().and_then(|s| s.opens_on)),
        deadline: ctx.opt_date(settings.as_ref().and_then(|s| s.deadline)),
        categories,
        roles,
        states,
        organizations,
        typed,
        errors,
        problems,
        ctx,
    };
    let mut response = render(&view)?;
    *response.status_mut() = status;
    Ok(with_csrf_cookie(new_csrf, response))
}

pub async fn form(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (convention, meeting) = crate::extract::meeting(&state, &code, &label).await?;
    page(
        ctx,
        &state,
        &convention,
        &meeting,
        RegistrationForm::default(),
        Outcome::Fresh,
        StatusCode::OK,
    )
    .await
}

/// The longest text field read from the form (longer ones are refused by the rules anyway).
const MAX_TEXT_FIELD: usize = 4096;

/// Reads the multipart form: the fields, the CSRF token and the credentials file.
async fn read(
    mut multipart: Multipart,
) -> Result<(RegistrationForm, String, Option<Upload>), WebError> {
    let mut form = RegistrationForm::default();
    let mut csrf = String::new();
    let mut upload = None;
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        let name = field.name().unwrap_or("").to_string();
        if name == "credentials" {
            let filename = field.file_name().unwrap_or("").to_string();
            let content = field.bytes().await.map_err(unreadable)?;
            if !content.is_empty() {
                upload = Some(Upload {
                    filename,
                    content: content.to_vec(),
                });
            }
            continue;
        }
        let mut value = field.text().await.map_err(unreadable)?;
        if value.len() > MAX_TEXT_FIELD {
            let mut end = MAX_TEXT_FIELD;
            while !value.is_char_boundary(end) {
                end -= 1;
            }
            value.truncate(end);
        }
        // The edge cannot read multipart bodies: their fields are checked here (D11).
        crate::limits::check_text(&name, &value, false)?;
        match name.as_str() {
            "csrf" => csrf = value,
            "category" => form.category = value,
            "actor" => form.actor = value,
            "organization" => form.organization = value,
            "family_name" => form.family_name = value,
            "given_name" => form.given_name = value,
            "email" => form.email = value,
            "role" => form.role = value,
            _ => {}
        }
    }
    Ok((form, csrf, upload))
}

pub async fn submit(
    ctx: Ctx,
    crate::ctx::ClientIp(ip): crate::ctx::ClientIp,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    multipart: Multipart,
) -> Result<Response, WebError> {
    // A public write: bounded per client before the body is read (D9).
    state.guard.public_write(ip)?;
    let (typed, csrf, upload) = read(multipart).await?;
    ctx.check_csrf(&csrf)?;
    let (convention, meeting) = crate::extract::meeting(&state, &code, &label).await?;
    let author = ctx.author(registration_reason(&ctx, &meeting.label));
    match state
        .store
        .register(&author, &convention, &meeting, &typed, upload, ctx.lang)
        .await
    {
        Ok(saved) => Ok(Redirect::to(&format!(
            "/{}/meetings/{}/register/done?ref={}",
            convention.code,
            meeting.label,
            treatydesk_store::registration::reference_of(&meeting.label, &saved)
        ))
        .into_response()),
        Err(StoreError::Refused(refusals)) => {
            page(
                ctx,
                &state,
                &convention,
                &meeting,
                typed,
                Outcome::Refused(refusals),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(StoreError::Conflict(_)) => {
            let sentence = ctx.ts("reg-err-duplicate", typed.email.trim());
            page(
                ctx,
                &state,
                &convention,
                &meeting,
                typed,
                Outcome::Duplicate(sentence),
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "register_done.html")]
struct DonePage {
    ctx: Ctx,
    code: String,
    label: String,
    /// The reference the registration was given (`?ref=`, shown only when shaped like one).
    reference: String,
}

/// Is `text` shaped like a reference (letters, digits and hyphens, at most 60)? The done page
/// repeats only such a text, never markup or anything else a link could carry.
fn is_reference(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 60
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

pub async fn done(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (convention, meeting) = crate::extract::meeting(&state, &code, &label).await?;
    let reference = crate::ctx::query_param(Some(&ctx.query), "ref")
        .filter(|r| is_reference(r))
        .unwrap_or_default()
        .to_string();
    render(&DonePage {
        ctx,
        code: convention.code,
        label: meeting.label,
        reference,
    })
}
