use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "participations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    pub actor_id: i32,
    pub signed_on: Option<TimeDate>,
    pub deposited_on: Option<TimeDate>,
    pub deposit_kind: Option<String>,
    pub in_force_on: Option<TimeDate>,
    pub withdrawal_notified_on: Option<TimeDate>,
    pub withdrawal_effective_on: Option<TimeDate>,
    pub note: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::actor::Entity",
        from = "Column::ActorId",
        to = "super::actor::Column::Id"
    )]
    Actor,
}

impl Related<super::actor::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Actor.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
