use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "nominations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    pub meeting_id: i32,
    pub state: String,
    /// JSON list of `[seat key, preference]`.
    pub choices: String,
    pub note: String,
    /// The State's short statement in support of its nomination.
    pub statement: String,
    /// `standing` or `withdrawn`.
    pub status: String,
    pub withdrawn_at: Option<TimeDateTimeWithTimeZone>,
    /// The username (or `system`, `cli`) who entered it.
    pub entered_by: String,
    /// Entered by ISU staff on the State's behalf.
    pub on_behalf: bool,
    pub created_at: Option<TimeDateTimeWithTimeZone>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
