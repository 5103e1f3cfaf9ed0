//! The web layer's one error type. Each variant names its HTTP status and carries a message a
//! person understands; pages render it in the layout, the API answers `{"error": ...}`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use treatydesk_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// 400: the request itself is malformed (a bad date in `as_of`, an unknown filter).
    #[error("{0}")]
    BadRequest(String),
    /// 400: the request asks for what the record cannot give (appointments at a meeting that
    /// selects no Coordinators), said as a message a page writes in the reader's language.
    #[error("{0}")]
    BadRequestSaid(treatydesk_store::error::Problem),
    /// 401: the route needs a signed-in reader.
    #[error("please sign in to see this")]
    SignInRequired { next: String },
    /// 401: an `Authorization: Bearer` token that is unknown, revoked or whose user is disabled.
    #[error("this API token is not valid: it is unknown, revoked, or its user is disabled")]
    BadToken,
    /// The user's password was reset: they must choose a new one before anything else (a
    /// redirect to their account page).
    #[error("choose a new password before you go on")]
    PasswordChangeRequired,
    /// 403: the reader is signed in but their role does not reach this record.
    #[error("your role does not give access to this")]
    Forbidden,
    /// 403: the form's CSRF token is missing or wrong.
    #[error("this form has expired; please reload the page and try again")]
    Csrf,
    /// 404: no such record.
    #[error("{0}")]
    NotFound(String),
    /// 413: the request body is larger than the route accepts.
    #[error("{0}")]
    TooLarge(String),
    /// 429: too many sign-in attempts.
    #[error("too many sign-in attempts; wait a minute and try again")]
    TooManyAttempts,
    /// 429: too many public writes (registrations) from one client.
    #[error("too many requests from your address; wait a minute and try again")]
    TooManyWrites,
    /// The store's own error, with its own status.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// 503: the search index cannot be read or written.
    #[error(transparent)]
    Search(#[from] treatydesk_search::SearchError),
    /// 500: something on our side failed (a file could not be built); the detail is logged,
    /// the reader is told it was.
    #[error("{0}")]
    Internal(String),
    /// 500: a page failed to render.
    #[error("the page could not be rendered")]
    Render(#[from] askama::Error),
}

impl WebError {
    pub fn status(&self) -> StatusCode {
        match self {
            WebError::BadRequest(_) | WebError::BadRequestSaid(_) => StatusCode::BAD_REQUEST,
            WebError::SignInRequired { .. } | WebError::BadToken => StatusCode::UNAUTHORIZED,
            WebError::PasswordChangeRequired => StatusCode::SEE_OTHER,
            WebError::Forbidden | WebError::Csrf => StatusCode::FORBIDDEN,
            WebError::NotFound(_) => StatusCode::NOT_FOUND,
            WebError::TooManyAttempts | WebError::TooManyWrites => StatusCode::TOO_MANY_REQUESTS,
            WebError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            WebError::Store(e) => store_status(e),
            WebError::Search(_) => StatusCode::SERVICE_UNAVAILABLE,
            WebError::Render(_) | WebError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The locale key of the message when it does not depend on the request, so that a page
    /// shows it in the reader's language.
    pub fn message_key(&self) -> Option<&'static str> {
        Some(match self {
            WebError::SignInRequired { .. } => "error-sign-in",
            WebError::BadToken => "error-bad-token",
            WebError::Forbidden => "error-forbidden",
            WebError::Csrf => "error-csrf",
            WebError::TooManyAttempts => "error-too-many-attempts",
            WebError::TooManyWrites => "error-too-many-writes",
            WebError::Store(StoreError::Database(_))
            | WebError::Render(_)
            | WebError::Internal(_) => "error-internal",
            _ => return None,
        })
    }

    /// The message shown to the reader; internal details stay in the log.
    pub fn public_message(&self) -> String {
        match self {
            WebError::Store(StoreError::Database(_))
            | WebError::Render(_)
            | WebError::Internal(_) => {
                "something went wrong on our side; the error has been logged".to_string()
            }
            other => other.to_string(),
        }
    }
}

/// The status a store error answers with: the store says what went wrong, the web says which
/// HTTP status that is.
pub fn store_status(e: &StoreError) -> StatusCode {
    match e {
        StoreError::NotFound(_) => StatusCode::NOT_FOUND,
        StoreError::Invalid(_) | StoreError::Refused(_) => StatusCode::UNPROCESSABLE_ENTITY,
        StoreError::Conflict(_) => StatusCode::CONFLICT,
        StoreError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
        StoreError::Database(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// An API error: the same error answered as JSON.
#[derive(Debug)]
pub struct ApiError(pub WebError);

impl<E: Into<WebError>> From<E> for ApiError {
    fn from(e: E) -> Self {
        ApiError(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.0.status();
        if status.is_server_error() {
            tracing::error!(error = ?self.0, "API request failed");
        }
        let mut body =
            serde_json::json!({ "error": self.0.public_message(), "status": status.as_u16() });
        // Each problem of a refusal as its sentence, message id and typed arguments, so that
        // a client can say it in its reader's language.
        match &self.0 {
            WebError::Store(StoreError::Invalid(problems)) => {
                body["problems"] = serde_json::to_value(problems).unwrap_or_default();
            }
            WebError::Store(StoreError::Conflict(problem)) | WebError::BadRequestSaid(problem) => {
                body["problems"] = serde_json::to_value([problem]).unwrap_or_default();
            }
            _ => {}
        }
        (status, axum::Json(body)).into_response()
    }
}

/// A page error waiting to be rendered in the reader's language by `ops::headers`: a sentence
/// already made, or the locale key of one.
#[derive(Clone, Debug)]
pub enum ErrorPage {
    Text(String),
    Key(&'static str),
    /// A refusal's problems, said in the reader's language.
    Problems(Vec<treatydesk_store::error::Problem>),
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        if let WebError::SignInRequired { next } = &self {
            let target: String = url_encode(next);
            return Redirect::to(&format!("/login?next={target}")).into_response();
        }
        if let WebError::PasswordChangeRequired = &self {
            return Redirect::to("/account").into_response();
        }
        let status = self.status();
        if status.is_server_error() {
            tracing::error!(error = ?self, "page request failed");
        }
        let mut response = status.into_response();
        let page = match (self.message_key(), self) {
            (Some(key), _) => ErrorPage::Key(key),
            (None, WebError::Store(StoreError::Invalid(problems))) => ErrorPage::Problems(problems),
            (None, WebError::Store(StoreError::Conflict(problem)))
            | (None, WebError::BadRequestSaid(problem)) => ErrorPage::Problems(vec![problem]),
            (None, other) => ErrorPage::Text(other.public_message()),
        };
        response.extensions_mut().insert(page);
        response
    }
}

/// Percent-encodes a path for a query parameter.
pub fn url_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
