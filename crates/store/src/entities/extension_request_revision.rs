use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One version of what a State wrote in an extension request: kept as written, with who, when
/// and why; a later version never rewrites it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "extension_request_revisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub request_id: i32,
    /// 1 for the first version.
    pub revision: i32,
    pub meeting_id: Option<i32>,
    pub asked_to: Option<TimeDate>,
    /// JSON object of content key to text.
    pub contents: String,
    pub recorded_by: String,
    pub recorded_at: TimeDateTimeWithTimeZone,
    pub reason: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
