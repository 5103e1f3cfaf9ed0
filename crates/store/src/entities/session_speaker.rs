use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A speaker of a programme session (table `session_speakers`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "session_speakers")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub session_id: i32,
    pub position: i32,
    pub name: String,
    pub actor_code: Option<String>,
    pub capacity: String,
    /// A `SpeakerKind` slug: panel or floor (the list of speakers).
    pub kind: String,
    pub requested_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
