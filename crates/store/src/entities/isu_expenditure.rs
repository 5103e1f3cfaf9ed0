use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Actual expenditure on one budget line of a year's approved budget in one quarter (issue 14
/// item 4), exact decimal text in the budget currency. A correction is a later row whose
/// `supersedes_id` names this one.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "isu_expenditures")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    pub year: i32,
    /// The budget line's key in the approved plan (`L1` ...).
    pub line_key: String,
    /// 1 to 4.
    pub quarter: i32,
    pub amount: String,
    pub source: String,
    pub supersedes_id: Option<i32>,
    pub at: TimeDateTimeWithTimeZone,
    pub who: String,
    pub reason: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
