use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A file attached to a transparency report (table `transparency_report_files`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "transparency_report_files")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub report_id: i32,
    /// The report's version when the file was attached.
    pub revision: i32,
    pub file_sha256: String,
    /// The name the file is served under (never a path on disk, never the uploader's name).
    pub filename: String,
    pub created_by: String,
    pub created_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
