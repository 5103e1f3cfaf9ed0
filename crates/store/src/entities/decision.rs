use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "decisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    pub meeting_id: i32,
    pub number: i32,
    pub text: String,
    pub source: String,
    pub agenda_item_id: Option<i32>,
    /// The decision this one supersedes.
    pub supersedes_id: Option<i32>,
    /// The decision's title (empty for decisions recorded before titles were kept).
    pub title: String,
    /// JSON object of language code to text (the `text` column holds the English one).
    pub texts: String,
    pub decided_on: Option<TimeDate>,
    /// JSON list of the ids of every decision this one supersedes (`supersedes_id` is the first).
    pub supersedes: String,
    /// The number of the current revision (1 when never corrected).
    pub revision: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
