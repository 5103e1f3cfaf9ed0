use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "appointments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    /// `seat:{key}` or `office:{key}`.
    pub post: String,
    pub holder: String,
    pub selected_at: Option<i32>,
    pub decision_id: Option<i32>,
    pub cycles: Option<i32>,
    pub presides: Option<i32>,
    pub starts_on: Option<TimeDate>,
    pub ended_on: Option<TimeDate>,
    /// JSON list of `treatydesk_domain::office::Override`.
    pub overrides: String,
    pub source: String,
    /// P2.7: the outgoing holder's note to the next one (empty when none yet).
    pub handover_note: String,
    pub handover_by: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
