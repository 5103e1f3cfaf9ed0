//! Server-rendered pages. Each handler builds a view (plain strings and numbers, already
//! translated where it helps) and renders an askama template that extends `base.html`. Each
//! page file has its `routes()`; a page never imports another page: what pages share lives
//! here.

pub mod accounts;
pub mod advice;
pub mod appoint;
pub mod architecture;
pub mod assets;
pub mod audit;
pub mod auth;
pub mod calendar;
pub mod components;
pub mod deadlines;
pub mod decisions;
pub mod desk;
pub mod documents;
pub mod extensions;
pub mod home;
pub mod isu;
pub mod isu_reports;
pub mod map;
pub mod meetings;
pub mod nominations;
pub mod notices;
pub mod obligations;
pub mod offices;
pub mod organizations;
pub mod plan;
pub mod preparation;
pub mod programme;
pub mod records;
pub mod registration;
pub mod reports;
pub mod reviews;
pub mod statements;
pub mod states;
pub mod timeline;
pub mod universalization;

use askama::Template;
use axum::response::{Html, IntoResponse, Response};
use time::Date;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::{ParticipationStatus, ProfileKind, UnGroup};

use crate::ctx::Ctx;
use crate::{AppState, WebError};

/// Every page whose body stays under the application's 1 MiB limit.
pub fn routes() -> axum::Router<AppState> {
    axum::Router::new()
        .merge(home::routes())
        .merge(components::routes())
        .merge(auth::routes())
        .merge(desk::routes())
        .merge(accounts::routes())
        .merge(states::routes())
        .merge(architecture::routes())
        .merge(timeline::routes())
        .merge(plan::routes())
        .merge(appoint::routes())
        .merge(meetings::routes())
        .merge(nominations::routes())
        .merge(calendar::routes())
        .merge(records::routes())
        .merge(decisions::routes())
        .merge(offices::routes())
        .merge(advice::routes())
        .merge(organizations::routes())
        .merge(isu::routes())
        .merge(isu_reports::routes())
        .merge(map::routes())
        .merge(obligations::routes())
        .merge(extensions::routes())
        .merge(reports::routes())
        .merge(universalization::routes())
        .merge(programme::routes())
        .merge(registration::routes())
        .merge(notices::routes())
        .merge(preparation::routes())
        .merge(reviews::routes())
        .merge(audit::routes())
        .merge(assets::routes())
}

/// The pages that take a file (a credentials file, a document), each with its own body limit.
pub fn upload_routes() -> axum::Router<AppState> {
    axum::Router::new()
        .merge(registration::upload_routes())
        .merge(documents::routes())
        .merge(statements::upload_routes())
        .merge(advice::upload_routes())
        .merge(reports::upload_routes())
}

/// Reads a multipart form into its text fields (each checked as the edge checks a form's) and
/// the files sent in its `file` fields, empty ones (an input left empty) left out. Tabs and
/// line breaks are allowed in the text fields when `multiline` (a form with a text area).
pub async fn read_multipart(
    mut multipart: axum::extract::Multipart,
    multiline: bool,
) -> Result<(std::collections::HashMap<String, String>, Vec<Vec<u8>>), WebError> {
    let mut fields = std::collections::HashMap::new();
    let mut files = Vec::new();
    let unreadable = |e: axum::extract::multipart::MultipartError| {
        WebError::BadRequest(format!("the upload could not be read: {e}"))
    };
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        let name = field.name().unwrap_or_default().to_string();
        let bytes = field.bytes().await.map_err(unreadable)?;
        if name == "file" {
            if !bytes.is_empty() {
                files.push(bytes.to_vec());
            }
        } else {
            let value = String::from_utf8_lossy(&bytes).into_owned();
            // The edge cannot read multipart bodies: their fields are checked here (D11, D14).
            crate::limits::check_text(&name, &value, multiline)?;
            fields.insert(name, value);
        }
    }
    Ok((fields, files))
}

/// Renders a template into a response.
pub fn render(template: &impl Template) -> Result<Response, WebError> {
    Ok(Html(template.render()?).into_response())
}

/// Renders a form's page: 200 when nothing was refused, else 422 with the form as typed.
pub fn render_form(template: &impl Template, refused: bool) -> Result<Response, WebError> {
    let status = if refused {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        axum::http::StatusCode::OK
    };
    Ok((status, Html(template.render()?)).into_response())
}

/// A file to download (an export): its media type, its name, never stored by caches.
pub fn download_file(bytes: Vec<u8>, media_type: &'static str, name: String) -> Response {
    use axum::http::{HeaderValue, StatusCode, header};
    let mut response = (StatusCode::OK, bytes).into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(media_type));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The answer for an address nothing serves.
pub async fn not_found() -> WebError {
    WebError::NotFound("there is no page at this address".into())
}

/// A date for people (`1 August 2023`, `1 août 2023`), with its ISO form for `<time>`.
#[derive(Clone, Debug)]
pub struct ShownDate {
    pub iso: String,
    pub text: String,
}

impl Ctx {
    pub fn date(&self, date: Date) -> ShownDate {
        ShownDate {
            iso: format_date(date),
            text: crate::locale::long_date(self.lang, date),
        }
    }

    pub fn opt_date(&self, date: Option<Date>) -> Option<ShownDate> {
        date.map(|d| self.date(d))
    }

    pub fn status_label(&self, status: ParticipationStatus) -> String {
        self.t(&format!("status-{}", status.slug()))
    }

    pub fn group_label(&self, group: Option<UnGroup>) -> String {
        match group {
            Some(g) => self.t(&format!("group-{}", g.slug())),
            None => self.t("group-none"),
        }
    }

    pub fn profile_label(&self, kind: ProfileKind) -> String {
        self.t(&format!("profile-{}", kind.slug()))
    }
}

/// A holder as a page shows it.
pub struct HolderView {
    pub actor: String,
    pub name: String,
    pub start: ShownDate,
    pub end: Option<ShownDate>,
    pub expected: bool,
    pub is_state: bool,
}

impl Ctx {
    /// A `YYYY-MM-DD` date from a view, for people.
    pub fn iso(&self, text: &str) -> ShownDate {
        match treatydesk_domain::calendar::parse_date(text) {
            Some(d) => self.date(d),
            None => ShownDate {
                iso: text.to_string(),
                text: text.to_string(),
            },
        }
    }

    pub fn holder(&self, h: &crate::views::offices::HolderOut) -> HolderView {
        HolderView {
            actor: h.actor.clone(),
            name: h.name.clone(),
            start: self.iso(&h.start),
            end: h.end.as_deref().map(|e| self.iso(e)),
            expected: h.end_expected,
            is_state: h.is_state,
        }
    }
}

/// A problem in a form's error summary at the top, linked to its field (`href` is `#field`).
pub struct Problem {
    pub href: String,
    pub text: String,
}

/// A labelled option of a filter `<select>`.
#[derive(Clone, Debug)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

impl Choice {
    /// The options of a `<select>` whose labels are translated as `{prefix}{value}`, the one
    /// equal to `selected` marked.
    pub fn translated<'a>(
        ctx: &Ctx,
        prefix: &str,
        values: impl IntoIterator<Item = &'a str>,
        selected: &str,
    ) -> Vec<Choice> {
        values
            .into_iter()
            .map(|v| Choice {
                value: v.to_string(),
                label: ctx.t(&format!("{prefix}{v}")),
                selected: v == selected,
            })
            .collect()
    }
}
