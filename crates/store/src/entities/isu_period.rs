use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A period in which a body supported the Convention, and in what capacity (P4.1, ¶19). A
/// correction is a later row whose `supersedes_id` names this one.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "isu_periods")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    /// `interim` or `permanent` (`treatydesk_domain::isu::Capacity`).
    pub capacity: String,
    /// Who supported the Convention, as the sources name them.
    pub body: String,
    pub host: String,
    pub place: String,
    pub starts_on: TimeDate,
    /// The last day, inclusive; open when none.
    pub ends_on: Option<TimeDate>,
    /// The decision that made the change, when it is in the register.
    pub decision_id: Option<i32>,
    pub source: String,
    pub supersedes_id: Option<i32>,
    pub at: TimeDateTimeWithTimeZone,
    pub who: String,
    pub reason: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
