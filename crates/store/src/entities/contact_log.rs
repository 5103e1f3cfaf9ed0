use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One contact of the ISU with an organization (table `contact_log`): read by the ISU only.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "contact_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    pub actor_code: String,
    pub on_date: TimeDate,
    /// Who in the ISU.
    pub isu_person: String,
    /// Who at the organization.
    pub counterpart: String,
    pub summary: String,
    /// The follow-up action (empty when none).
    pub follow_up: String,
    pub due_on: Option<TimeDate>,
    pub done: bool,
    pub done_by: Option<String>,
    pub done_at: Option<TimeDateTimeWithTimeZone>,
    pub created_by: String,
    pub created_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
