use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One version of a universalization entry (table `outreach_revisions`): revision 1 as first
/// recorded, each later one a correction with its reason; none is ever rewritten.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "outreach_revisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub activity_id: i32,
    pub revision: i32,
    /// `outreach` or `intent`.
    pub kind: String,
    pub on_date: TimeDate,
    /// Who acted (for an outreach activity) or who spoke (for a statement of intent).
    pub who: String,
    pub what: String,
    /// The Working Group or thematic area it belongs to (empty when none).
    pub working_group: String,
    /// An `AccessLevel` slug: who may read it.
    pub access: String,
    /// Why (for a correction; empty for the first revision).
    pub reason: String,
    pub created_by: String,
    pub created_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
