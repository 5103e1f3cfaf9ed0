use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A file attached to a message of an advice exchange (table `advice_attachments`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "advice_attachments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub request_id: i32,
    pub message_id: i32,
    pub file_sha256: String,
    /// The name the file is served under (never a path on disk, never the uploader's name).
    pub filename: String,
    pub created_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
