use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A member of the ISU's staff: a person, a function, from and to (P4.1). A correction is a
/// later row whose `supersedes_id` names this one.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "isu_staff")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    pub person: String,
    pub function: String,
    pub starts_on: TimeDate,
    /// The last day, inclusive; open when none.
    pub ends_on: Option<TimeDate>,
    pub source: String,
    pub supersedes_id: Option<i32>,
    pub at: TimeDateTimeWithTimeZone,
    pub who: String,
    pub reason: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
