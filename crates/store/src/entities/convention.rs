use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "conventions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub code: String,
    pub short_name: String,
    pub name_en: String,
    pub name_fr: String,
    pub name_es: String,
    pub name_ar: String,
    pub adopted_on: Option<TimeDate>,
    pub opened_for_signature_on: Option<TimeDate>,
    pub depositary: String,
    /// The convention's rules as JSON: entry into force and withdrawal.
    pub rules: String,
    /// What the participation list is (for example "partial: states A to Iceland and a few more").
    pub participation_note: String,
    /// The convention's obligations as JSON (`treatydesk_domain::obligation::Obligation` list).
    pub obligations: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
