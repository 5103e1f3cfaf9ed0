use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// The values a registration had before a correction or a withdrawal changed them, with who
/// changed them, when and why (issue 18 item 7). Revision 1 is the first change.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "registration_revisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub registration_id: i32,
    pub revision: i32,
    /// `correction` or `withdrawal`.
    pub change: String,
    pub family_name: String,
    pub given_name: String,
    pub email: String,
    /// A `DelegationRole` slug.
    pub delegation_role: String,
    /// A `RegistrationStatus` slug.
    pub status: String,
    pub at: TimeDateTimeWithTimeZone,
    pub who: String,
    pub reason: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
