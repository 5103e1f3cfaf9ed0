use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "audit_entries")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub at: TimeDateTimeWithTimeZone,
    pub user_id: Option<i32>,
    /// Who acted, as shown: a username, or `cli` / `system` for the command line and start-up.
    pub who: String,
    /// The convention concerned, when there is one.
    pub convention_id: Option<i32>,
    /// What was done, as a dotted verb (`participation.import`, `user.add`, `session.login`).
    pub action: String,
    /// What it was done to (`participation NGA`, `user alice`).
    pub record: String,
    /// Why, in the person's words (or the command that did it).
    pub reason: String,
    /// Details as JSON.
    pub detail: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
