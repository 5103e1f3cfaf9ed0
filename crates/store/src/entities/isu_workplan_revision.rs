use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One revision of a year's work plan and budget (P4.4(h)): its state, the whole plan as JSON
/// (`crate::isu::Plan`), and for an endorsement or approval the meeting, decision and citation.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "isu_workplan_revisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    pub year: i32,
    pub revision: i32,
    /// `draft`, `endorsed` or `approved`.
    pub status: String,
    pub plan: String,
    pub meeting_id: Option<i32>,
    pub decision_id: Option<i32>,
    pub citation: String,
    pub at: TimeDateTimeWithTimeZone,
    pub who: String,
    pub reason: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
