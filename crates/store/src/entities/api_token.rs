use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A personal API token. Only the SHA-256 of the secret is kept; the secret is shown once.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "api_tokens")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: i32,
    /// The owner's name for it ("reporting script").
    pub name: String,
    /// The secret's first characters, to tell tokens apart in lists.
    pub prefix: String,
    /// Lowercase hexadecimal SHA-256 of the secret.
    pub token_hash: String,
    pub created_at: TimeDateTimeWithTimeZone,
    pub last_used_at: Option<TimeDateTimeWithTimeZone>,
    pub revoked_at: Option<TimeDateTimeWithTimeZone>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
