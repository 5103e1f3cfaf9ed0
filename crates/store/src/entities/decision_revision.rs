use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One revision of a decision: what it said from that revision on, who recorded it, when, why.
/// Revision 1 is the decision as first recorded; a correction adds the next one.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "decision_revisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub decision_id: i32,
    pub revision: i32,
    pub title: String,
    /// JSON object of language code to text.
    pub texts: String,
    pub agenda_item_id: Option<i32>,
    /// JSON list of the ids of the documents adopted.
    pub adopts: String,
    /// JSON list of the ids of the decisions superseded.
    pub supersedes: String,
    pub decided_on: Option<TimeDate>,
    pub at: TimeDateTimeWithTimeZone,
    pub who: String,
    pub user_id: Option<i32>,
    pub reason: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
