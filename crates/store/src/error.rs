//! The store's one error type. Each variant says what went wrong in words a person understands;
//! which HTTP status that is, is the web layer's business (`treatydesk_web::error::store_status`).

use sea_orm::DbErr;
pub use treatydesk_domain::finding::Problem;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// 404: the record asked for does not exist.
    #[error("{0} was not found")]
    NotFound(String),
    /// 422: the input breaks a rule; every reason is listed, each as its English sentence and,
    /// where it has one, its message for other languages.
    #[error("{}", .0.iter().map(|p| p.sentence.as_str()).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<Problem>),
    /// 422: a registration breaks the rules of P1.1; every refusal is listed.
    #[error("{}", .0.iter().map(|r| r.sentence()).collect::<Vec<_>>().join(" "))]
    Refused(Vec<treatydesk_domain::registration::Refusal>),
    /// 409: the input clashes with what is stored (a duplicate, a non-empty target).
    #[error("{0}")]
    Conflict(Problem),
    /// 503: the database or data directory cannot be reached.
    #[error("{0}")]
    Unavailable(String),
    /// 500: the database answered with an error we did not expect.
    #[error("database error: {0}")]
    Database(#[from] DbErr),
}

impl StoreError {
    /// A 422 from bare English sentences (a check that has no messages yet).
    pub fn invalid(sentences: Vec<String>) -> Self {
        StoreError::Invalid(treatydesk_domain::finding::problems(sentences))
    }

    /// A 409 with its problem.
    pub fn conflict(problem: impl Into<Problem>) -> Self {
        StoreError::Conflict(problem.into())
    }

    /// A 422 with one problem.
    pub fn refuse(problem: impl Into<Problem>) -> Self {
        StoreError::Invalid(vec![problem.into()])
    }
}

/// A problem whose message has no arguments (`id` in `locales/*/refusals.ftl`).
pub(crate) fn said(id: &str, sentence: &str) -> Problem {
    Problem::new(treatydesk_domain::finding::Message::new(id), sentence)
}

/// A text longer than `max` characters.
pub(crate) fn longer(id: &str, max: usize, sentence: String) -> Problem {
    Problem::new(
        treatydesk_domain::finding::Message::new(id)
            .number("max", i64::try_from(max).unwrap_or(i64::MAX)),
        sentence,
    )
}
