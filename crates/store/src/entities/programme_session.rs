use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A session of a meeting's programme (table `programme_sessions`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "programme_sessions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub meeting_id: i32,
    pub day: TimeDate,
    pub starts_at: TimeTime,
    pub ends_at: TimeTime,
    pub room: String,
    /// A `SessionFormat` slug: plenary, panel, interactive-dialogue, side-event.
    pub format: String,
    pub title: String,
    /// The Working Group (or other body) whose time this is.
    pub body_key: Option<String>,
    /// The thematic area discussed (P2.2).
    pub area_key: Option<String>,
    pub description: String,
    pub position: i32,
    pub updated_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
