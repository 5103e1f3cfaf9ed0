use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A State's request to extend one obligation's deadline (CCM Art. 3.3, Art. 4.5): the current
/// version of what the State wrote (every version is in `extension_request_revisions`), the ISU's
/// analysis document and the deciding meeting's outcome.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "extension_requests")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub convention_id: i32,
    /// The requesting State's code (ISO 3166 alpha-3).
    pub state_code: String,
    /// The obligation's key in the convention's preset (`art4-clearance`).
    pub obligation: String,
    /// The meeting that will decide.
    pub meeting_id: Option<i32>,
    /// The new deadline asked for.
    pub asked_to: Option<TimeDate>,
    /// JSON object of content key (`a`..`i`) to text.
    pub contents: String,
    /// Filed by the ISU on the State's behalf.
    pub on_behalf: bool,
    /// `draft`, `submitted` or `decided`.
    pub status: String,
    pub submitted_on: Option<TimeDate>,
    /// The ISU's analysis and draft decision: a document of the meeting.
    pub analysis_document_id: Option<i32>,
    /// `granted`, `refused`, or empty until decided.
    pub outcome: String,
    /// The decision cited (its number at the meeting, or the document that holds it).
    pub decision_reference: String,
    pub decided_on: Option<TimeDate>,
    /// For a grant: the new deadline granted (may be earlier than asked).
    pub granted_to: Option<TimeDate>,
    /// Benchmarks set by the decision, as text.
    pub benchmarks: String,
    /// The obligation submission (extension granted) that moved the deadline.
    pub submission_id: Option<i32>,
    /// The number of the current version of what the State wrote.
    pub revision: i32,
    /// Where the record comes from (demo data says DEMO).
    pub source: String,
    pub created_by: String,
    pub created_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
