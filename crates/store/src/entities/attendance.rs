use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "attendances")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub meeting_id: i32,
    /// An actor code, or a person's name for a guest who represents no actor on record.
    pub attendee: String,
    /// In what capacity: "President (chair)", "Coordinator, Victim Assistance", "guest".
    pub capacity: String,
    /// Invited by the Committee (P3.1 "may call upon any relevant party"), not a member.
    pub guest: bool,
    pub present: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
