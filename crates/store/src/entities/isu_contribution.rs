use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A contribution to the ISU (P4.2): amounts and the rate are exact decimal text. A correction
/// is a later row whose `supersedes_id` names this one.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "isu_contributions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    /// The contributor's actor code (ISO alpha-3 or the registry's organization code).
    pub contributor_code: Option<String>,
    pub contributor: String,
    pub amount: String,
    pub currency: String,
    /// Units of `budget_currency` one unit of `currency` is worth, as recorded.
    pub rate: String,
    pub budget_currency: String,
    pub pledged_on: TimeDate,
    pub received_on: Option<TimeDate>,
    /// `unearmarked`, `task` or `activity`.
    pub earmark: String,
    /// The task's or activity's key (empty when unearmarked).
    pub earmark_ref: String,
    pub funds_year: i32,
    pub source: String,
    pub supersedes_id: Option<i32>,
    pub at: TimeDateTimeWithTimeZone,
    pub who: String,
    pub reason: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
