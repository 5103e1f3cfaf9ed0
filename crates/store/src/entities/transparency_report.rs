use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A State's transparency report under one obligation (Art. 7, CBMs), as its current version
/// holds it; every version is kept in `transparency_report_revisions`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "transparency_reports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    pub state_code: String,
    /// The obligation's key (`art7-annual`).
    pub obligation: String,
    /// For a yearly report: the calendar year covered.
    pub period: Option<i32>,
    /// `public` or `states-parties`, as the State chose.
    pub access: String,
    /// `draft` or `submitted`.
    pub status: String,
    /// Entered by the ISU on the State's behalf (a report received on paper or as a PDF).
    pub on_behalf: bool,
    /// The day the report was received (set at submission).
    pub received_on: Option<TimeDate>,
    /// JSON object of form key to `transparency::FormEntry`.
    pub forms: String,
    /// The obligation submission recorded when it was submitted.
    pub submission_id: Option<i32>,
    pub revision: i32,
    /// Where the record comes from (demo data says DEMO).
    pub source: String,
    pub created_by: String,
    pub created_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
