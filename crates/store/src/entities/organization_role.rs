use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// An organization's role under a convention, for a period (table `organization_roles`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "organization_roles")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    /// The organization's code in the actors registry.
    pub actor_code: String,
    pub role: String,
    pub from_date: Option<TimeDate>,
    pub until_date: Option<TimeDate>,
    pub source: String,
    pub created_by: String,
    pub created_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
