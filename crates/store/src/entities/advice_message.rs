use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One message of an advice exchange (table `advice_messages`). Never rewritten: a correction
/// is a new row naming the one it revises.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "advice_messages")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub request_id: i32,
    /// question (the State's first), answer (the ISU's) or reply (the State's later ones)
    pub kind: String,
    /// The username that wrote it.
    pub author: String,
    pub body: String,
    pub revises_id: Option<i32>,
    pub created_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
