//! Server-rendered pages. Each handler builds a view (plain strings and numbers, already
//! translated where it helps) and renders an askama template that extends `base.html`.

pub mod appoint;
pub mod architecture;
pub mod assets;
pub mod audit;
pub mod auth;
pub mod calendar;
pub mod documents;
pub mod home;
pub mod map;
pub mod meetings;
pub mod obligations;
pub mod plan;
pub mod programme;
pub mod records;
pub mod registration;
pub mod states;
pub mod timeline;

use askama::Template;
use axum::response::{Html, IntoResponse, Response};
use time::Date;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::{ParticipationStatus, ProfileKind, UnGroup};

use crate::WebError;
use crate::ctx::Ctx;

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
        let month = self.t(&format!("month-{}", date.month() as u8));
        let text = match self.lang {
            treatydesk_domain::Lang::Es => {
                format!("{} de {} de {}", date.day(), month, date.year())
            }
            _ => format!("{} {} {}", date.day(), month, date.year()),
        };
        ShownDate {
            iso: format_date(date),
            text,
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
