use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "actions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    /// The decision that raised it, or
    pub decision_id: Option<i32>,
    /// the meeting (its minutes) that raised it.
    pub meeting_id: Option<i32>,
    pub title: String,
    /// isu, coordinator (a seat key) or state (an actor code).
    pub owner_kind: String,
    pub owner: String,
    pub due_on: Option<TimeDate>,
    /// open, done or cancelled
    pub status: String,
    /// An `AccessLevel` slug: an action raised in restricted minutes stays restricted.
    pub access: String,
    pub created_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
