use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One universalization entry about a State not party (table `outreach_activities`): its text
/// is in its revisions, the newest being current.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "outreach_activities")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    /// The State's ISO 3166-1 alpha-3 code.
    pub actor_code: String,
    pub created_by: String,
    pub created_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
