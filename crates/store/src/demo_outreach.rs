//! DEMO: universalization entries about States not party (P4.4(e)), all made up and labelled
//! DEMO in their text: an outreach activity with a signatory, a statement of intent, and one
//! restricted to the ISU, so that the public page and the access levels have something to show.

use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::audit::Author;
use crate::entities::{convention, outreach_activity};
use crate::outreach::NewOutreach;
use crate::{Store, StoreError};

/// (State, kind, date, who, what, Working Group, access)
const ENTRIES: &[(&str, &str, &str, &str, &str, &str, &str)] = &[
    (
        "AGO",
        "outreach",
        "2025-03-12",
        "DEMO ISU officer with the Universalization Coordinators",
        "DEMO: made up. Briefing in Luanda for the ministries concerned on the steps to ratification.",
        "Universalization",
        "public",
    ),
    (
        "AGO",
        "intent",
        "2025-09-17",
        "DEMO delegation of Angola at the 13MSP",
        "DEMO: made up. Said that its instrument of ratification is before parliament.",
        "",
        "public",
    ),
    (
        "USA",
        "outreach",
        "2025-06-02",
        "DEMO ISU Director",
        "DEMO: made up. Informal exchange of views; not for publication.",
        "Universalization",
        "isu",
    ),
];

impl Store {
    /// Loads the DEMO universalization entries when the CCM has none.
    pub(crate) async fn load_demo_outreach(
        &self,
        ccm: &convention::Model,
    ) -> Result<(), StoreError> {
        let any = outreach_activity::Entity::find()
            .filter(outreach_activity::Column::ConventionId.eq(ccm.id))
            .count(self.db())
            .await?
            > 0;
        if any {
            return Ok(());
        }
        let author = Author::system("demo: universalization entries, made up");
        for (iso3, kind, on, who, what, group, access) in ENTRIES {
            let Ok(state) = self.actor(iso3).await else {
                continue;
            };
            let new = NewOutreach {
                kind: (*kind).into(),
                on: (*on).into(),
                who: (*who).into(),
                what: (*what).into(),
                working_group: (*group).into(),
                access: (*access).into(),
            };
            self.add_outreach(&author, ccm, &state, &new).await?;
        }
        Ok(())
    }
}
