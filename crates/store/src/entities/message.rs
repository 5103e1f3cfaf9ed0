use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A message to an audience (P4.4(d)), as sent: it is never edited afterwards.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "messages")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    /// `focal-points`, `committee`, `meeting-participants`, `working-group`, `overdue-reports`.
    pub audience: String,
    /// The meeting's label or the body's key the audience names (none for the others).
    pub audience_ref: Option<String>,
    /// The day the audience was resolved on.
    pub resolved_on: TimeDate,
    pub original_lang: String,
    /// `isu` or `president`: in what capacity the author wrote.
    pub capacity: String,
    pub author: String,
    pub created_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
