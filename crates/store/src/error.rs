//! The store's one error type. Each variant says what went wrong in words a person understands;
//! which HTTP status that is, is the web layer's business (`treatydesk_web::error::store_status`).

use sea_orm::DbErr;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// 404: the record asked for does not exist.
    #[error("{0} was not found")]
    NotFound(String),
    /// 422: the input breaks a rule; every reason is listed.
    #[error("{}", .0.join("; "))]
    Invalid(Vec<String>),
    /// 422: a registration breaks the rules of P1.1; every refusal is listed.
    #[error("{}", .0.iter().map(|r| r.sentence()).collect::<Vec<_>>().join(" "))]
    Refused(Vec<treatydesk_domain::registration::Refusal>),
    /// 409: the input clashes with what is stored (a duplicate, a non-empty target).
    #[error("{0}")]
    Conflict(String),
    /// 503: the database or data directory cannot be reached.
    #[error("{0}")]
    Unavailable(String),
    /// 500: the database answered with an error we did not expect.
    #[error("database error: {0}")]
    Database(#[from] DbErr),
}
