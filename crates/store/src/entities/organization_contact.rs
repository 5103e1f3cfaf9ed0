use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A person the ISU deals with at an organization, with their function (table
/// `organization_contacts`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "organization_contacts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    pub actor_code: String,
    pub name: String,
    pub function: String,
    pub from_date: Option<TimeDate>,
    pub until_date: Option<TimeDate>,
    pub created_by: String,
    pub created_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
