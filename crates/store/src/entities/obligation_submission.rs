use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// What the ISU recorded about one obligation of one State: a report received (for a yearly
/// report, the calendar year it covers) or an extension granted (to `extended_to`). A correction
/// adds a row naming the one it `supersedes`; the old row gets `superseded_by` and is kept.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "obligation_submissions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    pub actor_id: i32,
    /// The obligation's key in the convention's preset (`art7-initial`).
    pub obligation: String,
    /// A `SubmissionKind` slug.
    pub kind: String,
    pub period: Option<i32>,
    pub received_on: TimeDate,
    pub extended_to: Option<TimeDate>,
    /// The document symbol or reference of what was received or decided.
    pub reference: String,
    /// An `AccessLevel` slug: who may read the reference.
    pub access: String,
    pub note: String,
    pub supersedes: Option<i32>,
    pub superseded_by: Option<i32>,
    pub recorded_at: TimeDateTimeWithTimeZone,
    pub recorded_by: String,
    pub reason: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
