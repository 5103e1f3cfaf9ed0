//! Side effects beyond the store: the search index kept up to date (`indexing`), mail from the
//! outbox (`mail`) and the participant-list files (`exports`: CSV, XLSX, PDF). Handlers call
//! them; they never answer a request themselves.

pub mod exports;
pub mod indexing;
pub mod mail;
