use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A stored credentials file (note verbale), content-addressed by its SHA-256.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "credentials")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Lowercase hexadecimal SHA-256 of the content: the file's name on disk.
    #[sea_orm(unique)]
    pub sha256: String,
    /// The name the file had on the sender's computer (shown, never used as a path).
    pub filename: String,
    pub media_type: String,
    pub size: i64,
    pub stored_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
