use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One post of a State's delegation for a meeting (issue 18 item 7): the people it registered
/// point to it (`registrations.delegation_post_id`); the note verbale it carried covers them.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "delegation_posts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub meeting_id: i32,
    /// The State's code in the actors registry.
    pub actor_code: String,
    /// A `Category` slug (state-party or observer-state).
    pub category: String,
    /// The note verbale sent with this post, or the delegation's earlier one it relies on.
    pub credential_id: Option<i32>,
    pub posted_at: TimeDateTimeWithTimeZone,
    /// The username of the focal point or ISU member who posted.
    pub posted_by: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
