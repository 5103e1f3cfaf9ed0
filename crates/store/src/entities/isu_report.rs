use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One revision of an ISU report to a formal meeting (P4.4(i)).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "isu_reports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    /// The report's number in the convention (1, 2 ...): what its address names.
    pub report: i32,
    /// 1 for the generated draft; each edit, and the publication, is the next.
    pub revision: i32,
    /// The formal meeting the report goes to.
    pub meeting_id: i32,
    pub period_from: TimeDate,
    pub period_until: TimeDate,
    /// `draft` or `published`.
    pub status: String,
    /// The ISU's prose (JSON): introduction and conclusions per section.
    pub prose: String,
    /// The figures computed from the record when the draft was generated (JSON).
    pub figures: String,
    /// The document the published report is.
    pub document_id: Option<i32>,
    pub symbol: Option<String>,
    pub at: TimeDateTimeWithTimeZone,
    pub who: String,
    pub reason: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
