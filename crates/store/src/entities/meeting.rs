use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "meetings")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    /// A `MeetingKind` slug.
    pub kind: String,
    pub number: i32,
    /// The UN-style label: 2MSP, 1RC.
    pub label: String,
    pub venue: String,
    pub opens_on: Option<TimeDate>,
    pub closes_on: Option<TimeDate>,
    pub source: String,
    /// A `MeetingStatus` slug: planned, convened, held, closed.
    pub status: String,
    /// A `Sitting` slug: days, morning, afternoon.
    pub sitting: String,
    /// The actor code of the presiding officer's State, when recorded.
    pub presiding: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
