use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub username: String,
    pub display_name: String,
    /// Argon2id PHC string; never shown.
    pub password_hash: String,
    pub disabled: bool,
    /// Set by a password reset: the user must choose a new password at the next sign-in.
    /// (A backup made before this column existed restores as false.)
    #[serde(default)]
    pub must_change_password: bool,
    /// Where messages are mailed (none: the user reads them in the product only).
    #[serde(default)]
    pub email: Option<String>,
    /// The language messages are sent in when the author wrote it (a `Lang` code).
    #[serde(default)]
    pub lang: Option<String>,
    pub created_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
