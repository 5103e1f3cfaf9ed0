use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A State Party's request for advice to the ISU (table `advice_requests`). Confidential by
/// default: read only by the State's focal points and the ISU unless `shared`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "advice_requests")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    /// The requesting State (ISO 3166 alpha-3).
    pub state_code: String,
    /// A `treatydesk_domain::advice::Theme` slug.
    pub theme: String,
    pub subject: String,
    /// The State made the exchange readable by all States Parties.
    pub shared: bool,
    /// open, answered or closed
    pub status: String,
    /// The ISU staff account (username) that holds it.
    pub assigned_to: Option<String>,
    pub created_by: String,
    pub created_at: TimeDateTimeWithTimeZone,
    /// The first answer of the ISU.
    pub answered_at: Option<TimeDateTimeWithTimeZone>,
    pub closed_at: Option<TimeDateTimeWithTimeZone>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
