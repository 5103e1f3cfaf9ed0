use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One version of what a State wrote in a transparency report: kept as written, with who, when
/// and why; a later version never rewrites it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "transparency_report_revisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub report_id: i32,
    /// 1 for the first version.
    pub revision: i32,
    pub access: String,
    /// JSON object of form key to `transparency::FormEntry`.
    pub forms: String,
    pub recorded_by: String,
    pub recorded_at: TimeDateTimeWithTimeZone,
    pub reason: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
