use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "language_versions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub document_id: i32,
    /// ar, zh, en, fr, ru, es
    pub lang: String,
    pub file_sha256: String,
    /// The name the file is served under (never a path on disk).
    pub filename: String,
    /// The text extracted for search.
    pub text: String,
    /// The title as this version gives it, in its language; empty when none was recorded.
    #[serde(default)]
    pub title: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
