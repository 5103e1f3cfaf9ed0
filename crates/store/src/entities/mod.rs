//! SeaORM entities: one module per table. They mirror the migration history in `crate::migration`
//! and carry no behaviour; repositories turn them into domain values.

pub mod action;
pub mod actor;
pub mod agenda_item;
pub mod api_token;
pub mod appointment;
pub mod architecture_version;
pub mod attendance;
pub mod audit_entry;
pub mod calendar_entry;
pub mod convention;
pub mod credential;
pub mod decision;
pub mod decision_document;
pub mod decision_revision;
pub mod document;
pub mod language_version;
pub mod login_failure;
pub mod meeting;
pub mod minutes;
pub mod minutes_revision;
pub mod nomination;
pub mod obligation_submission;
pub mod outbox;
pub mod participation;
pub mod participation_revision;
pub mod profile_entry;
pub mod programme_session;
pub mod registration;
pub mod registration_settings;
pub mod role_grant;
pub mod session;
pub mod session_speaker;
pub mod statement;
pub mod stored_file;
pub mod user;
