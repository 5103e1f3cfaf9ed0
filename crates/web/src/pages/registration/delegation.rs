//! A State's delegation to a meeting (issue 18 item 7), signed in: the State's focal point (for
//! its own State) or ISU staff (for any State, chosen with `?state=`) see the State's
//! registrations with their references, status, the ISU's refusal reasons and history; add
//! several people in one multipart post with one note verbale; correct a person (the old values
//! are kept, with why) and withdraw one, until the registration deadline. The post redirects
//! (303) to the page with `?post=` naming what it stored, which shows the references.
//!
//! Every form carries its CSRF token; a refusal answers 422 with what was typed and a sentence
//! per problem. It never writes except through the store's audited delegation methods, and
//! never lets a focal point reach another State's registrations.

use askama::Template;
use axum::extract::multipart::Multipart;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Form, body::Bytes};
use serde::Deserialize;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::registration::{Category, DelegationRole, Field};
use treatydesk_store::StoreError;
use treatydesk_store::delegations::{Delegate, DelegationRefusal};
use treatydesk_store::entities::{convention, meeting};
use treatydesk_store::registration::{Upload, reference_of};

use super::unreadable;
use crate::ctx::Ctx;
use crate::pages::{Choice, ShownDate, render};
use crate::views::listing::name_in;
use crate::views::registration::{Acting, acting_for, acting_on, focal_states, known_state};
use crate::{AppState, WebError};

/// How many blank rows the add form offers.
const ROWS: usize = 5;

/// One row of the add form, as typed, with its problems.
pub struct RowForm {
    pub n: usize,
    pub person: Delegate,
    pub roles: Vec<Choice>,
    pub errors: Vec<(Field, String)>,
}

impl RowForm {
    fn error(&self, field: &str) -> Option<String> {
        let found: Vec<String> = self
            .errors
            .iter()
            .filter(|(f, _)| f.slug() == field)
            .map(|(_, e)| e.clone())
            .collect();
        (!found.is_empty()).then(|| found.join(" "))
    }
}

/// One change kept of a registration.
pub struct RevisionView {
    pub revision: i32,
    pub change: String,
    pub values: String,
    pub at: String,
    pub who: String,
    pub reason: String,
}

/// One registration of the delegation.
pub struct MemberView {
    pub id: i32,
    pub reference: String,
    pub name: String,
    pub email: String,
    pub role: String,
    pub status: String,
    pub status_slug: String,
    pub reason: String,
    pub active: bool,
    pub revisions: Vec<RevisionView>,
    /// The correction form's values (the stored ones, or as typed on a 422).
    pub fix: Delegate,
    pub fix_roles: Vec<Choice>,
    pub fix_reason: String,
    pub fix_errors: Vec<String>,
    pub open: bool,
}

#[derive(Template)]
#[template(path = "delegation.html")]
struct DelegationPage {
    ctx: Ctx,
    code: String,
    label: String,
    state: String,
    title: String,
    /// ISU staff choosing a State (no `?state=` yet), with the States to choose from.
    choosing: Vec<Choice>,
    deadline: Option<ShownDate>,
    open: bool,
    closed_sentence: String,
    members: Vec<MemberView>,
    categories: Vec<Choice>,
    rows: Vec<RowForm>,
    problems: Vec<String>,
    has_note: bool,
    /// The references a post just stored (`?post=`).
    posted: Vec<String>,
    isu: bool,
}

/// What the page shows besides the record: a refused post's rows and problems, or a refused
/// correction.
#[derive(Default)]
struct Shown {
    category: String,
    rows: Vec<Delegate>,
    refused: DelegationRefusal,
    problems: Vec<String>,
    correcting: Option<(i32, Delegate, String, Vec<String>)>,
    post: Option<i32>,
}

fn role_choices(ctx: &Ctx, chosen: &str) -> Vec<Choice> {
    DelegationRole::ALL
        .into_iter()
        .map(|r| Choice {
            value: r.slug().into(),
            label: ctx.role_label(r),
            selected: chosen == r.slug(),
        })
        .collect()
}

fn stamp(t: time::OffsetDateTime) -> String {
    format!(
        "{} {:02}:{:02} UTC",
        format_date(t.date()),
        t.hour(),
        t.minute()
    )
}

#[allow(clippy::too_many_arguments)]
async fn delegation_page(
    ctx: Ctx,
    state: &AppState,
    convention: &convention::Model,
    meeting: &meeting::Model,
    iso3: &str,
    acting: Acting,
    shown: Shown,
    status: StatusCode,
) -> Result<Response, WebError> {
    let actors = state.store.actors().await?;
    let state_name = actors
        .iter()
        .find(|a| a.code == iso3)
        .map_or_else(|| iso3.to_string(), |a| name_in(a, ctx.lang).to_string());
    let settings = state.store.registration_settings(meeting).await?;
    let deadline = settings.as_ref().and_then(|s| s.deadline);
    let today = crate::views::listing::today();
    let closed = deadline.filter(|d| today > *d);
    let closed_sentence = closed
        .map(|deadline| ctx.ts("dlg-closed", &format_date(deadline)))
        .unwrap_or_default();
    let record = state.store.delegation_record(meeting, iso3).await?;
    let has_note = record.posts.iter().any(|p| p.credential_id.is_some())
        || record
            .registrations
            .iter()
            .any(|(r, _)| r.credential_id.is_some());
    let posted = shown
        .post
        .map(|post| {
            record
                .registrations
                .iter()
                .filter(|(r, _)| r.delegation_post_id == Some(post))
                .map(|(r, _)| reference_of(&meeting.label, r))
                .collect()
        })
        .unwrap_or_default();
    let members = record
        .registrations
        .iter()
        .map(|(r, revisions)| {
            let correcting = shown.correcting.as_ref().filter(|(id, ..)| *id == r.id);
            let fix = correcting.map_or_else(
                || Delegate {
                    family_name: r.family_name.clone(),
                    given_name: r.given_name.clone(),
                    email: r.email.clone(),
                    role: r.delegation_role.clone(),
                },
                |(_, typed, ..)| typed.clone(),
            );
            MemberView {
                id: r.id,
                reference: reference_of(&meeting.label, r),
                name: format!("{} {}", r.given_name, r.family_name),
                email: r.email.clone(),
                role: ctx.role_slug_label(&r.delegation_role),
                status: ctx.t(&format!("reg-status-{}", r.status)),
                status_slug: r.status.clone(),
                reason: r.decision_reason.clone().unwrap_or_default(),
                active: matches!(r.status.as_str(), "pending" | "approved"),
                revisions: revisions
                    .iter()
                    .map(|v| RevisionView {
                        revision: v.revision,
                        change: ctx.t(&format!("reg-change-{}", v.change)),
                        values: format!(
                            "{} {} · {} · {} · {}",
                            v.given_name,
                            v.family_name,
                            v.email,
                            ctx.role_slug_label(&v.delegation_role),
                            ctx.t(&format!("reg-status-{}", v.status))
                        ),
                        at: stamp(v.at),
                        who: v.who.clone(),
                        reason: v.reason.clone(),
                    })
                    .collect(),
                fix_roles: role_choices(&ctx, &fix.role),
                fix,
                fix_reason: correcting
                    .map(|(_, _, why, _)| why.clone())
                    .unwrap_or_default(),
                fix_errors: correcting.map(|(.., e)| e.clone()).unwrap_or_default(),
                open: correcting.is_some(),
            }
        })
        .collect();
    let category = if shown.category.is_empty() {
        "state-party".to_string()
    } else {
        shown.category.clone()
    };
    let categories = [Category::StateParty, Category::ObserverState]
        .into_iter()
        .map(|c| Choice {
            value: c.slug().into(),
            label: ctx.category_label(c),
            selected: category == c.slug(),
        })
        .collect();
    let mut typed = shown.rows.clone();
    if typed.len() < ROWS {
        typed.resize(ROWS, Delegate::default());
    }
    let rows = typed
        .into_iter()
        .enumerate()
        .map(|(n, person)| RowForm {
            n,
            roles: role_choices(&ctx, &person.role),
            errors: shown
                .refused
                .rows
                .iter()
                .filter(|(row, _)| *row == n)
                .flat_map(|(_, refusals)| refusals.iter().map(|r| (r.field(), ctx.refusal(r))))
                .collect(),
            person,
        })
        .collect();
    let mut problems: Vec<String> = shown.refused.post.iter().map(|r| ctx.refusal(r)).collect();
    if !shown.refused.rows.is_empty() {
        problems.push(ctx.t("reg-err-rows"));
    }
    problems.extend(shown.problems);
    let view = DelegationPage {
        code: convention.code.clone(),
        label: meeting.label.clone(),
        state: iso3.to_string(),
        title: crate::i18n::tr_args(
            ctx.lang,
            "dlg-title",
            &[("state", &state_name), ("meeting", &meeting.label)],
        ),
        choosing: Vec::new(),
        deadline: ctx.opt_date(deadline),
        open: settings.is_some() && closed.is_none(),
        closed_sentence,
        members,
        categories,
        rows,
        problems,
        has_note,
        posted,
        isu: acting == Acting::Isu,
        ctx,
    };
    let mut response = render(&view)?;
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

#[derive(Deserialize, Default)]
pub struct PageQuery {
    #[serde(default)]
    pub state: String,
    #[serde(default)]
    pub post: Option<i32>,
}

/// The State the reader acts for: `?state=`, or the focal point's own when it has one.
fn chosen_state(ctx: &Ctx, code: &str, asked: &str) -> Option<String> {
    let asked = asked.trim().to_uppercase();
    if !asked.is_empty() {
        return Some(asked);
    }
    match focal_states(ctx, code).as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

pub async fn page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    Query(query): Query<PageQuery>,
) -> Result<Response, WebError> {
    let (convention, meeting) = crate::extract::meeting(&state, &code, &label).await?;
    let Some(iso3) = chosen_state(&ctx, &convention.code, &query.state) else {
        // ISU staff (or a focal point of several States) choose the State first.
        let mine = focal_states(&ctx, &convention.code);
        if mine.is_empty() {
            ctx.require(&convention.code, AccessLevel::Isu)?;
        }
        return choose_page(ctx, &state, &convention, &meeting, &mine).await;
    };
    let acting = acting_for(&ctx, &convention.code, &iso3)?;
    known_state(&state, &iso3).await?;
    let shown = Shown {
        post: query.post,
        ..Shown::default()
    };
    delegation_page(
        ctx,
        &state,
        &convention,
        &meeting,
        &iso3,
        acting,
        shown,
        StatusCode::OK,
    )
    .await
}

/// The page without a State: a list to choose one from.
async fn choose_page(
    ctx: Ctx,
    state: &AppState,
    convention: &convention::Model,
    meeting: &meeting::Model,
    mine: &[String],
) -> Result<Response, WebError> {
    let actors = state.store.actors().await?;
    let mut choosing: Vec<Choice> = actors
        .iter()
        .filter(|a| a.kind == "state" && (mine.is_empty() || mine.contains(&a.code)))
        .map(|a| Choice {
            value: a.code.clone(),
            label: name_in(a, ctx.lang).to_string(),
            selected: false,
        })
        .collect();
    crate::locale::sort_by_name(ctx.lang, &mut choosing, |c| c.label.as_str());
    let view = DelegationPage {
        code: convention.code.clone(),
        label: meeting.label.clone(),
        state: String::new(),
        title: String::new(),
        choosing,
        deadline: None,
        open: false,
        closed_sentence: String::new(),
        members: Vec::new(),
        categories: Vec::new(),
        rows: Vec::new(),
        problems: Vec::new(),
        has_note: false,
        posted: Vec::new(),
        isu: mine.is_empty(),
        ctx,
    };
    render(&view)
}

/// The longest text field read from the form.
const MAX_TEXT_FIELD: usize = 4096;

/// The add form as read: the State, the category, the rows, the CSRF token and the file.
#[derive(Default)]
struct Posted {
    csrf: String,
    state: String,
    category: String,
    rows: Vec<Delegate>,
    upload: Option<Upload>,
}

async fn read(mut multipart: Multipart) -> Result<Posted, WebError> {
    let mut posted = Posted::default();
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        let name = field.name().unwrap_or("").to_string();
        if name == "credentials" {
            let filename = field.file_name().unwrap_or("").to_string();
            let content = field.bytes().await.map_err(unreadable)?;
            if !content.is_empty() {
                posted.upload = Some(Upload {
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
            "csrf" => posted.csrf = value,
            "state" => posted.state = value,
            "category" => posted.category = value,
            other => {
                // Rows: family_name_3, given_name_3, email_3, role_3 (at most 50 rows).
                let Some((key, n)) = other.rsplit_once('_') else {
                    continue;
                };
                let Ok(n) = n.parse::<usize>() else {
                    continue;
                };
                if n >= 50 {
                    continue;
                }
                if posted.rows.len() <= n {
                    posted.rows.resize(n + 1, Delegate::default());
                }
                let row = &mut posted.rows[n];
                match key {
                    "family_name" => row.family_name = value,
                    "given_name" => row.given_name = value,
                    "email" => row.email = value,
                    "role" => row.role = value,
                    _ => {}
                }
            }
        }
    }
    Ok(posted)
}

/// Adds several people to the delegation in one post.
pub async fn post_people(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    multipart: Multipart,
) -> Result<Response, WebError> {
    let posted = read(multipart).await?;
    ctx.check_csrf(&posted.csrf)?;
    let (convention, meeting) = crate::extract::meeting(&state, &code, &label).await?;
    let Some(iso3) = chosen_state(&ctx, &convention.code, &posted.state) else {
        if focal_states(&ctx, &convention.code).is_empty() {
            ctx.require(&convention.code, AccessLevel::Isu)?;
        }
        return Err(WebError::BadRequest(
            "name the State of the delegation".into(),
        ));
    };
    let acting = acting_for(&ctx, &convention.code, &iso3)?;
    let author = ctx.author(format!("the delegation of {iso3} for {}", meeting.label));
    let result = state
        .store
        .register_delegation(
            &author,
            &convention,
            &meeting,
            &iso3,
            &posted.category,
            &posted.rows,
            posted.upload,
            ctx.lang,
        )
        .await?;
    match result {
        Ok(stored) => Ok(Redirect::to(&format!(
            "/{}/meetings/{}/delegation?state={iso3}&post={}",
            convention.code, meeting.label, stored.post.id
        ))
        .into_response()),
        Err(refused) => {
            let shown = Shown {
                category: posted.category,
                rows: posted.rows,
                refused,
                ..Shown::default()
            };
            delegation_page(
                ctx,
                &state,
                &convention,
                &meeting,
                &iso3,
                acting,
                shown,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

#[derive(Deserialize, Default)]
pub struct CorrectionForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub family_name: String,
    #[serde(default)]
    pub given_name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub reason: String,
}

fn registration_id(id: &str) -> Result<i32, WebError> {
    id.parse()
        .map_err(|_| WebError::NotFound(format!("registration \"{id}\"")))
}

/// Corrects one person; the old values are kept.
pub async fn correction(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, id)): Path<(String, String, String)>,
    Form(form): Form<CorrectionForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let (convention, meeting) = crate::extract::meeting(&state, &code, &label).await?;
    let id = registration_id(&id)?;
    let row = state.store.registration(&meeting, id).await?;
    let (acting, iso3) = acting_on(&ctx, &convention.code, &row)?;
    let change = Delegate {
        family_name: form.family_name,
        given_name: form.given_name,
        email: form.email,
        role: form.role,
    };
    let saved = state
        .store
        .correct_registration(
            &ctx.author(format!("correct registration {id} for {}", meeting.label)),
            &meeting,
            id,
            acting.scope(&iso3),
            &change,
            &form.reason,
        )
        .await;
    match saved {
        Ok(_) => Ok(Redirect::to(&format!(
            "/{}/meetings/{}/delegation?state={iso3}",
            convention.code, meeting.label
        ))
        .into_response()),
        Err(StoreError::Refused(refusals)) => {
            let errors: Vec<String> = refusals.iter().map(|r| ctx.refusal(r)).collect();
            let shown = Shown {
                problems: errors.clone(),
                correcting: Some((id, change, form.reason, errors)),
                ..Shown::default()
            };
            delegation_page(
                ctx,
                &state,
                &convention,
                &meeting,
                &iso3,
                acting,
                shown,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// Withdraws one person.
pub async fn withdraw(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, id)): Path<(String, String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let mut csrf = String::new();
    let mut reason = String::new();
    for (k, v) in form_urlencoded::parse(&body) {
        match k.as_ref() {
            "csrf" => csrf = v.into_owned(),
            "reason" => reason = v.into_owned(),
            _ => {}
        }
    }
    ctx.check_csrf(&csrf)?;
    let (convention, meeting) = crate::extract::meeting(&state, &code, &label).await?;
    let id = registration_id(&id)?;
    let row = state.store.registration(&meeting, id).await?;
    let (acting, iso3) = acting_on(&ctx, &convention.code, &row)?;
    let saved = state
        .store
        .withdraw_registration(
            &ctx.author(format!("withdraw registration {id} for {}", meeting.label)),
            &meeting,
            id,
            acting.scope(&iso3),
            &reason,
        )
        .await;
    match saved {
        Ok(_) => Ok(Redirect::to(&format!(
            "/{}/meetings/{}/delegation?state={iso3}",
            convention.code, meeting.label
        ))
        .into_response()),
        Err(StoreError::Refused(refusals)) => {
            let shown = Shown {
                problems: refusals.iter().map(|r| ctx.refusal(r)).collect(),
                ..Shown::default()
            };
            delegation_page(
                ctx,
                &state,
                &convention,
                &meeting,
                &iso3,
                acting,
                shown,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}
