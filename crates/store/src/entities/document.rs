use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "documents")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    /// The official symbol, as the grammar writes it back (CCM/MSP/2011/WP.3/Rev.1).
    pub symbol: String,
    pub title: String,
    /// A `DocumentKind` slug: agenda, programme, working-paper, report, decision, statement,
    /// minutes, note-verbale, other.
    pub kind: String,
    pub meeting_id: Option<i32>,
    pub agenda_item_id: Option<i32>,
    /// An actor code, or an officer in words ("the President").
    pub submitter: String,
    pub issued_on: TimeDate,
    /// An `AccessLevel` slug.
    pub access: String,
    /// The document this one revises, amends or corrects.
    pub revises_id: Option<i32>,
    pub created_at: TimeDateTimeWithTimeZone,
    pub created_by: String,
    pub source: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
