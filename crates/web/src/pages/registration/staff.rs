//! The ISU's side of registration: the meeting's registrations by status with approve and
//! refuse buttons (one by one, or several selected at once; a refusal needs its reason), each
//! row's reference and credentials (viewed inline or downloaded), the settings form (window,
//! deadline, cap per delegation), and the download of a registration's credentials. ISU staff and administrators only. It never decides without
//! the CSRF token, never writes except through the store's audited methods, and reads a
//! credentials file only from the path the store derives from its hash.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::calendar::{format_date, parse_date};
use treatydesk_domain::registration::RegistrationStatus;
use treatydesk_store::audit::Author;
use treatydesk_store::entities::registration;
use treatydesk_store::registration::Settings;

use crate::ctx::Ctx;
use crate::pages::{ShownDate, render};
use crate::{AppState, WebError};

/// One registration as the ISU sees it.
pub struct RowView {
    pub id: i32,
    pub reference: String,
    pub reason: String,
    pub category: String,
    pub delegation: String,
    pub name: String,
    pub email: String,
    pub role: String,
    pub submitted: String,
    pub has_credentials: bool,
    pub decided: String,
}

/// The registrations of one status.
pub struct GroupView {
    pub status: &'static str,
    pub title: String,
    pub rows: Vec<RowView>,
}

#[derive(Template)]
#[template(path = "registrations.html")]
struct StaffPage {
    ctx: Ctx,
    code: String,
    label: String,
    groups: Vec<GroupView>,
    opens_on: String,
    deadline: String,
    deadline_shown: Option<ShownDate>,
    cap: String,
    note: String,
    open: bool,
    problems: Vec<String>,
    /// The refusal reason as typed, kept on a 422.
    reason: String,
    /// The registrations ticked, kept on a 422.
    ticked: Vec<i32>,
}

impl StaffPage {
    fn is_ticked(&self, id: &i32) -> bool {
        self.ticked.contains(id)
    }
}

/// What a refused decision post had typed.
#[derive(Default)]
struct Typed {
    settings: Option<SettingsForm>,
    reason: String,
    ticked: Vec<i32>,
}

fn row_view(ctx: &Ctx, label: &str, r: &registration::Model) -> RowView {
    let stamp = |t: time::OffsetDateTime| {
        format!(
            "{} {:02}:{:02} UTC",
            format_date(t.date()),
            t.hour(),
            t.minute()
        )
    };
    RowView {
        id: r.id,
        reference: treatydesk_store::registration::reference_of(label, r),
        reason: r.decision_reason.clone().unwrap_or_default(),
        category: ctx.category_slug_label(&r.category),
        delegation: r.organization.clone(),
        name: format!("{} {}", r.given_name, r.family_name),
        email: r.email.clone(),
        role: ctx.role_slug_label(&r.delegation_role),
        submitted: stamp(r.submitted_at),
        has_credentials: r.credential_id.is_some(),
        decided: match (&r.decided_by, r.decided_at) {
            (Some(by), Some(at)) => format!("{by}, {}", stamp(at)),
            _ => String::new(),
        },
    }
}

async fn staff_page(
    ctx: Ctx,
    state: &AppState,
    code: &str,
    label: &str,
    typed: Typed,
    problems: Vec<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let (convention, meeting) = crate::extract::meeting(state, code, label).await?;
    ctx.require(&convention.code, AccessLevel::Isu)?;
    let all = state.store.registrations(&meeting, None).await?;
    let groups = [
        RegistrationStatus::Pending,
        RegistrationStatus::Approved,
        RegistrationStatus::Refused,
        RegistrationStatus::Withdrawn,
    ]
    .into_iter()
    .map(|s| GroupView {
        status: s.slug(),
        title: ctx.t(&format!("reg-status-{}", s.slug())),
        rows: all
            .iter()
            .filter(|r| r.status == s.slug())
            .map(|r| row_view(&ctx, &meeting.label, r))
            .collect(),
    })
    .collect();
    let settings = state.store.registration_settings(&meeting).await?;
    let (reason, ticked) = (typed.reason, typed.ticked);
    let typed = typed.settings.unwrap_or_else(|| SettingsForm {
        csrf: String::new(),
        opens_on: settings
            .as_ref()
            .and_then(|s| s.opens_on)
            .map(format_date)
            .unwrap_or_default(),
        deadline: settings
            .as_ref()
            .and_then(|s| s.deadline)
            .map(format_date)
            .unwrap_or_default(),
        cap: settings
            .as_ref()
            .and_then(|s| s.cap_per_organization)
            .map(|c| c.to_string())
            .unwrap_or_default(),
    });
    let view = StaffPage {
        code: convention.code.clone(),
        label: meeting.label.clone(),
        groups,
        opens_on: typed.opens_on,
        deadline: typed.deadline,
        deadline_shown: ctx.opt_date(settings.as_ref().and_then(|s| s.deadline)),
        cap: typed.cap,
        note: settings
            .as_ref()
            .map(|s| s.note.clone())
            .unwrap_or_default(),
        open: settings.is_some(),
        problems,
        reason,
        ticked,
        ctx,
    };
    let mut response = render(&view)?;
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

pub async fn list(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    staff_page(
        ctx,
        &state,
        &code,
        &label,
        Typed::default(),
        Vec::new(),
        StatusCode::OK,
    )
    .await
}

fn staff_author(ctx: &Ctx, reason: String) -> Author {
    Author {
        user_id: ctx.viewer.user_id.and_then(|i| i32::try_from(i).ok()),
        who: ctx.viewer.username.clone().unwrap_or_default(),
        reason,
    }
}

/// A decision post: one registration (its own address) or the ticked ones (`ids`, repeated),
/// approve or refuse, and the reason a refusal needs.
#[derive(Default)]
pub struct DecisionForm {
    pub csrf: String,
    pub decision: String,
    pub reason: String,
    pub ids: Vec<i32>,
}

/// Reads a decision post (`ids` repeats, which a plain `Form` cannot read).
fn decision_form(body: &[u8]) -> DecisionForm {
    let mut form = DecisionForm::default();
    for (k, v) in form_urlencoded::parse(body) {
        match k.as_ref() {
            "csrf" => form.csrf = v.into_owned(),
            "decision" => form.decision = v.into_owned(),
            "reason" => form.reason = v.into_owned(),
            "ids" => {
                if let Ok(id) = v.trim().parse() {
                    form.ids.push(id);
                }
            }
            _ => {}
        }
    }
    form
}

/// Decides `ids`; a refusal the store refuses (no reason, not pending) shows the page again
/// with the sentence and what was typed.
async fn decide(
    ctx: Ctx,
    state: &AppState,
    code: &str,
    label: &str,
    form: DecisionForm,
    ids: Vec<i32>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let (convention, meeting) = crate::extract::meeting(state, code, label).await?;
    ctx.require(&convention.code, AccessLevel::Isu)?;
    let approve = match form.decision.as_str() {
        "approve" => Some(true),
        "refuse" => Some(false),
        _ => None,
    };
    let mut problems = Vec::new();
    if approve.is_none() {
        problems.push(ctx.t("reg-err-decision"));
    }
    if ids.is_empty() {
        problems.push(ctx.t("reg-err-none-ticked"));
    }
    if let (Some(approve), true) = (approve, problems.is_empty()) {
        let verb = if approve { "approve" } else { "refuse" };
        let saved = state
            .store
            .decide_registrations(
                &staff_author(
                    &ctx,
                    format!("{verb} {} registrations for {}", ids.len(), meeting.label),
                ),
                &meeting,
                &ids,
                approve,
                &form.reason,
            )
            .await;
        match saved {
            Ok(_) => {
                return Ok(Redirect::to(&format!(
                    "/{}/meetings/{}/registrations",
                    convention.code, meeting.label
                ))
                .into_response());
            }
            Err(treatydesk_store::StoreError::Refused(refusals)) => {
                problems.extend(refusals.iter().map(|r| ctx.refusal(r)));
            }
            Err(treatydesk_store::StoreError::Conflict(sentence)) => {
                let sentence = crate::views::findings::problem_in(ctx.lang, &sentence);
                problems.push(sentence)
            }
            Err(e) => return Err(e.into()),
        }
    }
    staff_page(
        ctx,
        state,
        code,
        label,
        Typed {
            settings: None,
            reason: form.reason,
            ticked: form.ids,
        },
        problems,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

pub async fn decision(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, id)): Path<(String, String, String)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let form = decision_form(&body);
    ctx.check_csrf(&form.csrf)?;
    let id: i32 = id
        .parse()
        .map_err(|_| WebError::NotFound(format!("registration \"{id}\"")))?;
    decide(ctx, &state, &code, &label, form, vec![id]).await
}

/// Several registrations at once: the ticked ones.
pub async fn decisions(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let form = decision_form(&body);
    let ids = form.ids.clone();
    decide(ctx, &state, &code, &label, form, ids).await
}

#[derive(Deserialize, Default)]
pub struct SettingsForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub opens_on: String,
    #[serde(default)]
    pub deadline: String,
    #[serde(default)]
    pub cap: String,
}

pub async fn settings(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    Form(form): Form<SettingsForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let (convention, meeting) = crate::extract::meeting(&state, &code, &label).await?;
    ctx.require(&convention.code, AccessLevel::Isu)?;
    let mut problems = Vec::new();
    let mut date = |raw: &str, key: &str| {
        let raw = raw.trim();
        if raw.is_empty() {
            return None;
        }
        let parsed = parse_date(raw);
        if parsed.is_none() {
            problems.push(ctx.ts(key, raw));
        }
        parsed
    };
    let opens_on = date(&form.opens_on, "reg-err-settings-date");
    let deadline = date(&form.deadline, "reg-err-settings-date");
    let cap = match form.cap.trim() {
        "" => None,
        raw => match raw.parse::<u32>() {
            Ok(c) if c > 0 => Some(c),
            _ => {
                problems.push(ctx.ts("reg-err-settings-cap", raw));
                None
            }
        },
    };
    if problems.is_empty() {
        let note = state
            .store
            .registration_settings(&meeting)
            .await?
            .map(|s| s.note)
            .filter(|n| !n.starts_with("DEMO"))
            .unwrap_or_default();
        let saved = state
            .store
            .set_registration_settings(
                &staff_author(
                    &ctx,
                    format!("set the registration settings of {}", meeting.label),
                ),
                &meeting,
                Settings {
                    opens_on,
                    deadline,
                    cap_per_organization: cap,
                    note,
                },
            )
            .await;
        match saved {
            Ok(_) => {
                return Ok(Redirect::to(&format!(
                    "/{}/meetings/{}/registrations",
                    convention.code, meeting.label
                ))
                .into_response());
            }
            Err(treatydesk_store::StoreError::Invalid(reasons)) => {
                problems.extend(crate::views::findings::problems_in(ctx.lang, &reasons))
            }
            Err(e) => return Err(e.into()),
        }
    }
    staff_page(
        ctx,
        &state,
        &code,
        &label,
        Typed {
            settings: Some(form),
            ..Typed::default()
        },
        problems,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

/// The credentials file of a registration, as an attachment.
pub async fn credentials(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, id)): Path<(String, String, String)>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Result<Response, WebError> {
    let (convention, meeting) = crate::extract::meeting(&state, &code, &label).await?;
    ctx.require(&convention.code, AccessLevel::Isu)?;
    let id: i32 = id
        .parse()
        .map_err(|_| WebError::NotFound(format!("registration \"{id}\"")))?;
    let registration = state.store.registration(&meeting, id).await?;
    let (_, path) = state.store.credentials_of(&registration).await?;
    let content = tokio::fs::read(&path)
        .await
        .map_err(|_| WebError::NotFound(format!("the credentials file of registration {id}")))?;
    let filename = format!("credentials-{}-{id}.pdf", meeting.label);
    // `?inline=1`: shown in the browser (the list's "View" link) rather than saved.
    let disposition = if crate::ctx::query_param(query.as_deref(), "inline") == Some("1") {
        "inline"
    } else {
        "attachment"
    };
    let mut response = (StatusCode::OK, content).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("{disposition}; filename=\"{filename}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}
