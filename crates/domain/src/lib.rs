//! The TreatyDesk domain: the pure model of a convention's implementation machinery and its rules.
//!
//! This crate holds conventions, actors (States and organizations), participation over time,
//! profiles, languages, roles and access levels, and the calendar arithmetic the treaty texts use.
//! It must never do I/O: no database, no files, no network, no clock, no async. Every function
//! here takes the date it reasons about as an argument, so that every view can be asked "as of".

pub mod access;
pub mod actor;
pub mod calendar;
pub mod convention;
pub mod lang;
pub mod participation;
pub mod profile;

pub use access::{AccessLevel, Grant, Role, Viewer};
pub use actor::{ActorKind, UnGroup, UnStatus};
pub use convention::{EntryIntoForceRule, WithdrawalRule};
pub use lang::Lang;
pub use participation::{DepositKind, Participation, ParticipationStatus};
pub use profile::{ProfileEntry, ProfileKind};
