use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One version of a term's handover note (P2.7): the text from that revision on, who wrote it,
/// when and why. Revision 1 is the first version.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "handover_revisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub appointment_id: i32,
    pub revision: i32,
    pub note: String,
    pub at: TimeDateTimeWithTimeZone,
    pub who: String,
    pub reason: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
