use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "profile_entries")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    pub actor_id: i32,
    /// `affected`, `stockpile-holder` or `victim-assistance`.
    pub kind: String,
    pub from_date: Option<TimeDate>,
    pub until_date: Option<TimeDate>,
    pub source: String,
    /// The entry that corrects this one (a revised entry is kept, never overwritten).
    pub superseded_by: Option<i32>,
    pub recorded_at: Option<TimeDateTimeWithTimeZone>,
    pub recorded_by: String,
    /// Why it was recorded or corrected.
    pub reason: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
