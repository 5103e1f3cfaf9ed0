//! Registration of participants for a meeting (SPEC P1.1): the public registration form, a
//! State's delegation page (issue 18 item 7: its focal point adds several people with one note
//! verbale, corrects and withdraws them until the deadline), the ISU's page to approve or
//! refuse registrations (several at once) and set the deadline and cap, the credentials
//! download, and the list of participants with its CSV, XLSX and PDF exports and its API.
//!
//! Every form carries a CSRF token; every refusal answers 4xx with a sentence and the form as
//! typed. Handlers never write except through the store's audited registration methods, never
//! serve a credentials file to anyone but ISU staff, and never build a file path from anything
//! a user typed.

pub mod delegation;
pub mod form;
pub mod participants;
pub mod staff;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::extract::multipart::MultipartError;
use axum::http::StatusCode;
use axum::http::{HeaderValue, header};
use axum::response::Response;
use axum::routing::{get, post};
use treatydesk_domain::registration::{
    Category, DelegationRole, Field, MAX_CREDENTIALS_BYTES, Refusal,
};

use crate::ctx::{CSRF_COOKIE, Ctx, set_cookie};
use crate::{AppState, WebError};

/// The largest registration post: a 5 MiB credentials file and the form around it.
pub const MAX_REGISTRATION_BODY: usize = 6 * 1024 * 1024;

/// The routes whose bodies stay under the application's 1 MiB limit.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/meetings/{label}/register/done", get(form::done))
        .route("/{code}/meetings/{label}/registrations", get(staff::list))
        .route(
            "/{code}/meetings/{label}/registrations/settings",
            post(staff::settings),
        )
        .route(
            "/{code}/meetings/{label}/registrations/{id}/decision",
            post(staff::decision),
        )
        .route(
            "/{code}/meetings/{label}/registrations/decisions",
            post(staff::decisions),
        )
        .route(
            "/{code}/meetings/{label}/delegation/{id}/correction",
            post(delegation::correction),
        )
        .route(
            "/{code}/meetings/{label}/delegation/{id}/withdraw",
            post(delegation::withdraw),
        )
        .route(
            "/{code}/meetings/{label}/registrations/{id}/credentials",
            get(staff::credentials),
        )
        .route(
            "/{code}/meetings/{label}/participants",
            get(participants::page),
        )
        .route(
            "/{code}/meetings/{label}/participants.csv",
            get(participants::csv_file),
        )
        .route(
            "/{code}/meetings/{label}/participants.xlsx",
            get(participants::xlsx_file),
        )
        .route(
            "/{code}/meetings/{label}/participants.pdf",
            get(participants::pdf_file),
        )
}

/// The public form, which takes a credentials file: its own, larger body limit.
pub fn upload_routes() -> Router<AppState> {
    Router::new()
        .route(
            "/{code}/meetings/{label}/register",
            get(form::form).post(form::submit),
        )
        .route(
            "/{code}/meetings/{label}/delegation",
            get(delegation::page).post(delegation::post_people),
        )
        .layer(DefaultBodyLimit::max(MAX_REGISTRATION_BODY))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            MAX_REGISTRATION_BODY,
        ))
}

/// Did the body stop because it passed the size limit (the status says so, or a source does)?
pub(crate) fn too_large(e: &MultipartError) -> bool {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return true;
    }
    let mut source: Option<&dyn std::error::Error> = Some(e);
    while let Some(s) = source {
        if s.to_string().contains("length limit") {
            return true;
        }
        source = s.source();
    }
    false
}

pub(crate) fn unreadable(e: MultipartError) -> WebError {
    if too_large(&e) {
        WebError::TooLarge(format!(
            "the form is larger than {} MiB; the credentials file may be at most {} MiB",
            MAX_REGISTRATION_BODY / (1024 * 1024),
            MAX_CREDENTIALS_BYTES / (1024 * 1024)
        ))
    } else {
        WebError::BadRequest(format!("the form could not be read: {}", e.body_text()))
    }
}

/// Sets the anonymous reader's CSRF cookie when the form's token is new.
pub(crate) fn with_csrf_cookie(ctx_csrf: Option<String>, mut response: Response) -> Response {
    if let Some(token) = ctx_csrf
        && let Ok(v) = HeaderValue::from_str(&set_cookie(CSRF_COOKIE, &token, 7200, true))
    {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

impl Ctx {
    pub fn category_label(&self, category: Category) -> String {
        self.t(&format!("reg-category-{}", category.slug()))
    }

    pub fn role_label(&self, role: DelegationRole) -> String {
        self.t(&format!("reg-role-{}", role.slug()))
    }

    /// A stored slug's label (the slug itself when it is unknown).
    pub fn category_slug_label(&self, slug: &str) -> String {
        Category::from_slug(slug).map_or_else(|| slug.to_string(), |c| self.category_label(c))
    }

    pub fn role_slug_label(&self, slug: &str) -> String {
        DelegationRole::from_slug(slug).map_or_else(|| slug.to_string(), |r| self.role_label(r))
    }

    pub fn field_label(&self, field: Field) -> String {
        self.t(&format!("reg-field-{}", field.slug().replace('_', "-")))
    }

    /// A refusal in the reader's language.
    pub fn refusal(&self, refusal: &Refusal) -> String {
        match refusal {
            Refusal::Required { field } | Refusal::TooLong { field } => self.ts(
                &format!("reg-err-{}", refusal.key()),
                &self.field_label(*field),
            ),
            other => self.ts(&format!("reg-err-{}", other.key()), &other.value()),
        }
    }
}
