use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One version of a review item of a Review Conference (P1.1, P2.8, P3.1, P4.3).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "review_items")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub meeting_id: i32,
    /// A `treatydesk_domain::review::Subject` slug.
    pub subject: String,
    /// 1 for the first version; a correction is the next.
    pub revision: i32,
    /// The background documents (symbols or titles), one per line.
    pub background: String,
    pub outcome: String,
    /// The decision that made the outcome, when it is on record.
    pub decision_id: Option<i32>,
    pub effect: String,
    /// The architecture version the outcome brought in, if any.
    pub architecture_version: Option<i32>,
    pub source: String,
    pub at: TimeDateTimeWithTimeZone,
    pub who: String,
    pub reason: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
