use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A meeting's checklist item as the ISU set it (P4.4(a)): a template item's key, or
/// `custom-{n}` for one the ISU added.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "preparation_items")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub meeting_id: i32,
    pub key: String,
    /// The title of an added item (empty for a template item: its name is the preset's).
    pub title: String,
    pub due_on: Option<TimeDate>,
    /// Who does it (free text: a person or a unit).
    pub owner: String,
    pub done_on: Option<TimeDate>,
    pub done_by: Option<String>,
    pub updated_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
