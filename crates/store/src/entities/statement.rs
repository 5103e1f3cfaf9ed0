use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A delegation's statement at a programme session, in one language (table `statements`).
/// Never rewritten: a new version is a new row that names the one it supersedes.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "statements")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    pub meeting_id: i32,
    /// The programme session (`programme_sessions.id`).
    pub session_id: i32,
    /// The speaker (`session_speakers.id`) when recorded; the name and State are copied.
    pub speaker_id: Option<i32>,
    pub speaker_name: String,
    /// The State (ISO 3166 alpha-3) the speaker spoke for, when the programme names one.
    pub state_code: Option<String>,
    /// ar, zh, en, fr, ru, es
    pub lang: String,
    pub title: String,
    /// Empty for a withdrawal.
    pub file_sha256: String,
    /// The name the file is served under (never a path on disk).
    pub filename: String,
    /// The text extracted for search.
    pub text: String,
    /// The earlier version this one replaces (same session, speaker and language).
    pub supersedes_id: Option<i32>,
    /// A withdrawal: this row (with no file) withdraws the version it supersedes.
    pub withdrawn: bool,
    pub uploaded_by: String,
    pub uploaded_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
