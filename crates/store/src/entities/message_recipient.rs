use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One recipient of a message, resolved on the day it was sent.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "message_recipients")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub message_id: i32,
    /// The account it went to (none for a meeting participant known by address only).
    pub user_id: Option<i32>,
    /// The State or organization the recipient was in the audience for.
    pub actor: Option<String>,
    pub name: String,
    /// The address it was mailed to (none: no address on record; read in the product).
    pub address: Option<String>,
    /// The language of the version the recipient got.
    pub lang: String,
    /// The outbox row that carries the mail (its delivery record).
    pub outbox_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
