use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "registration_settings")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub meeting_id: i32,
    /// The first day registrations are taken (none: from when the settings exist).
    pub opens_on: Option<TimeDate>,
    /// The last day registrations are taken (none: until the meeting closes).
    pub deadline: Option<TimeDate>,
    /// The most registrations (pending and approved) one delegation may have.
    pub cap_per_organization: Option<i32>,
    /// Where the settings come from (DEMO values say so here).
    pub note: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
