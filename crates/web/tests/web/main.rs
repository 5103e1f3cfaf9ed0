//! The web crate's integration tests, one binary (issue 10): every area's tests are a module
//! here, sharing the `common` harness (an in-process router on a fresh database per test,
//! SQLite by default, PostgreSQL with TREATYDESK_TEST_DATABASE_URL). One binary links the
//! crate once instead of once per file.

mod accounts;
mod advice;
mod appoint;
mod architecture;
mod auth;
mod authorization;
mod caching;
mod common;
mod decisions;
mod delegation;
mod desk;
mod extensions;
mod findings_lang;
mod home;
mod isu;
mod isu_reports;
mod liaison;
mod mail;
mod meetings;
mod nominations;
mod notices;
mod obligations;
mod offices;
mod pages;
mod participation;
mod plain_language;
mod preparation;
mod programme;
mod proptest_router;
mod record_flow;
mod records;
mod refusals;
mod refusals_architecture;
mod refusals_cli;
mod refusals_isu;
mod refusals_records;
mod registration;
mod reliability;
mod reports;
mod reviews;
mod route_matrix;
mod statements;
mod universalization;
