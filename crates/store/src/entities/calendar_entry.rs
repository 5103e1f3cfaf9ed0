use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "calendar_entries")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The calendar it was imported from (the name the importer gave).
    pub calendar: String,
    pub uid: String,
    pub title: String,
    pub venue: String,
    pub opens_on: TimeDate,
    pub closes_on: TimeDate,
    pub imported_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
