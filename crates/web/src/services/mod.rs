//! Side effects beyond the store: the search index kept up to date (`indexing`), mail from the
//! outbox (`mail`), the participant-list files (`exports`: CSV, XLSX, PDF) and the one PDF
//! module every PDF is drawn with (`pdf`). Handlers call
//! them; they never answer a request themselves.

pub mod exports;
pub mod indexing;
pub mod mail;
pub mod pdf;
pub mod report_pdf;
