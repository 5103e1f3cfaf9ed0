use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// How many registration numbers a meeting has issued to one delegation's State (`actor_key`,
/// empty for registrations without one): the next reference is `issued + 1`, found by one
/// statement instead of counting the meeting's registrations at every registration.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "registration_counters")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub meeting_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub actor_key: String,
    pub issued: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
