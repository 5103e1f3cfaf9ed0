use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "actors")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// `state` or `organization`.
    pub kind: String,
    /// ISO 3166-1 alpha-3 for a State; the short code of an organization.
    #[sea_orm(unique)]
    pub code: String,
    pub iso2: Option<String>,
    pub name_en: String,
    pub name_fr: String,
    pub name_es: String,
    pub name_ar: String,
    /// Slug of the UN regional group (`african`, ...), when the State belongs to one.
    pub un_group: Option<String>,
    /// `member` or `observer` at the UN, for States.
    pub un_status: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
