//! The TreatyDesk domain: the pure model of a convention's implementation machinery and its rules.
//!
//! This crate holds conventions, actors (States and organizations), participation over time,
//! profiles, languages, roles and access levels, the calendar arithmetic the treaty texts use,
//! the architecture (bodies, seats, offices), terms of office, the rules of Proposals 2 and 3 as
//! findings, the coordinating committee on any date, and the rotation planner.
//! It must never do I/O: no database, no files, no network, no clock, no async. Every function
//! here takes the date it reasons about as an argument, so that every view can be asked "as of".

pub mod access;
pub mod actor;
pub mod advice;
pub mod architecture;
pub mod calendar;
pub mod committee;
pub mod convention;
pub mod document;
pub mod extension;
pub mod finding;
pub mod glossary;
pub mod holidays;
pub mod isu;
pub mod lang;
pub mod meeting;
pub mod message;
pub mod obligation;
pub mod office;
pub mod participation;
pub mod preparation;
pub mod profile;
pub mod programme;
pub mod registration;
pub mod review;
pub mod rotation;
pub mod rules;
pub mod schedule;
pub mod symbol;
pub mod transparency;
pub mod universalization;

pub use access::{AccessLevel, Grant, Role, Viewer};
pub use actor::{ActorKind, UnGroup, UnStatus};
pub use convention::{EntryIntoForceRule, WithdrawalRule};
pub use lang::Lang;
pub use participation::{DepositKind, Participation, ParticipationStatus};
pub use profile::{ProfileEntry, ProfileKind};
pub mod record_kept;
