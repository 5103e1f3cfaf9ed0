//! SeaORM entities: one module per table. They mirror the migration history in `crate::migration`
//! and carry no behaviour; repositories turn them into domain values.

pub mod actor;
pub mod appointment;
pub mod architecture_version;
pub mod audit_entry;
pub mod convention;
pub mod credential;
pub mod decision;
pub mod meeting;
pub mod nomination;
pub mod outbox;
pub mod participation;
pub mod profile_entry;
pub mod registration;
pub mod registration_settings;
pub mod role_grant;
pub mod session;
pub mod user;
