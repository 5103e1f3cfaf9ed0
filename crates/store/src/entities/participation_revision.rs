use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One revision of a State's participation record: the whole record as it stood from that
/// revision on, who recorded it, when and why. The `participations` row is the current one.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "participation_revisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub participation_id: i32,
    pub convention_id: i32,
    pub actor_id: i32,
    pub revision: i32,
    pub signed_on: Option<TimeDate>,
    pub deposited_on: Option<TimeDate>,
    pub deposit_kind: Option<String>,
    pub in_force_on: Option<TimeDate>,
    pub withdrawal_notified_on: Option<TimeDate>,
    pub withdrawal_effective_on: Option<TimeDate>,
    pub note: String,
    pub at: TimeDateTimeWithTimeZone,
    pub who: String,
    pub reason: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
