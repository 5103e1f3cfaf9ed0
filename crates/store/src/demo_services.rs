//! The demo's ISU services (issue 15 items 1 and 3): the roles of the organizations under the
//! CCM as DOMAIN.md records them (each citing its source), and made-up rows, each labelled
//! DEMO: contacts and contact log entries of the organizations, and one confidential request
//! for advice from Nigeria. What is there already is kept.

use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::advice::NewRequest;
use crate::audit::Author;
use crate::entities::{advice_request, convention, organization_role};
use crate::files::FileStore;
use crate::liaison::{NewContact, NewLogEntry, NewRole};
use crate::{Store, StoreError};

/// (organization, role, from, source): facts of DOMAIN.md section 2.
const ROLES: &[(&str, &str, &str, &str)] = &[
    (
        "GICHD",
        "Hosts the Implementation Support Unit under the hosting agreement signed on 2 August 2014 (reviewed every three years by a Meeting of States Parties or Review Conference).",
        "2014-08-02",
        "ISU, GICHD: hosting agreement of 2 August 2014, para. 7",
    ),
    (
        "UNDP",
        "Executive Coordinator and interim ISU (Bureau for Crisis Prevention and Recovery), from 2012 to 2015.",
        "",
        "clusterconvention.org (Coordination Committee)",
    ),
    (
        "ICRC",
        "Observer on the Coordination Committee.",
        "",
        "clusterconvention.org (Coordination Committee)",
    ),
    (
        "UN",
        "Observer on the Coordination Committee.",
        "",
        "clusterconvention.org (Coordination Committee)",
    ),
    (
        "CMC",
        "Observer on the Coordination Committee.",
        "",
        "clusterconvention.org (Coordination Committee)",
    ),
];

/// (organization, name, function): made up.
const CONTACTS: &[(&str, &str, &str)] = &[
    (
        "GICHD",
        "DEMO Ana Lindqvist",
        "DEMO head of the hosting arrangements",
    ),
    ("CMC", "DEMO Samir Haddad", "DEMO policy adviser"),
    (
        "ICRC",
        "DEMO Claire Dubois",
        "DEMO legal adviser, weapons unit",
    ),
    (
        "UN",
        "DEMO Kenji Watanabe",
        "DEMO UNODA Geneva, meetings secretariat",
    ),
];

/// (organization, date, ISU person, counterpart, summary, follow-up, due): made up.
const LOG: &[(&str, &str, &str, &str, &str, &str, &str)] = &[
    (
        "GICHD",
        "2025-10-02",
        "DEMO ISU Director",
        "DEMO Ana Lindqvist",
        "DEMO: reviewed office space and IT services for the coming year.",
        "DEMO: send the draft services annex",
        "2025-11-15",
    ),
    (
        "CMC",
        "2025-09-10",
        "DEMO ISU officer",
        "DEMO Samir Haddad",
        "DEMO: exchanged notes on universalization outreach before the 13MSP.",
        "",
        "",
    ),
];

impl Store {
    /// Loads the organizations' roles, the DEMO contacts and log, and a DEMO request for
    /// advice, when the CCM has none of them.
    pub(crate) async fn load_demo_services(
        &self,
        ccm: &convention::Model,
    ) -> Result<(), StoreError> {
        let has_roles = organization_role::Entity::find()
            .filter(organization_role::Column::ConventionId.eq(ccm.id))
            .count(self.db())
            .await?
            > 0;
        if !has_roles {
            let author = Author::system("the organizations' roles under the CCM (DOMAIN.md)");
            for (code, role, from, source) in ROLES {
                let Ok(org) = self.organization(code).await else {
                    continue;
                };
                let new = NewRole {
                    role: (*role).into(),
                    from: (*from).into(),
                    until: String::new(),
                    source: (*source).into(),
                };
                self.add_organization_role(&author, ccm, &org, &new).await?;
            }
            let author = Author::system("demo: organizations' contacts and contact log, made up");
            for (code, name, function) in CONTACTS {
                let Ok(org) = self.organization(code).await else {
                    continue;
                };
                let new = NewContact {
                    name: (*name).into(),
                    function: (*function).into(),
                    from: "2024-01-01".into(),
                    until: String::new(),
                };
                self.add_organization_contact(&author, ccm, &org, &new)
                    .await?;
            }
            for (code, on, isu, counterpart, summary, follow_up, due) in LOG {
                let Ok(org) = self.organization(code).await else {
                    continue;
                };
                let new = NewLogEntry {
                    on: (*on).into(),
                    isu_person: (*isu).into(),
                    counterpart: (*counterpart).into(),
                    summary: (*summary).into(),
                    follow_up: (*follow_up).into(),
                    due: (*due).into(),
                };
                self.add_contact_log_entry(&author, ccm, &org, &new).await?;
            }
        }
        let has_advice = advice_request::Entity::find()
            .filter(advice_request::Column::ConventionId.eq(ccm.id))
            .count(self.db())
            .await?
            > 0;
        if !has_advice {
            // No file goes with it: the file store is never written.
            let files = FileStore::new(&self.data_dir.clone().unwrap_or_default());
            self.ask_advice(
                &Author::system("demo: a request for advice, made up"),
                &files,
                ccm,
                &NewRequest {
                    state: "NGA".into(),
                    theme: "art7-reporting".into(),
                    subject: "DEMO: the initial transparency report".into(),
                    body: "DEMO: made up. Which forms of the Article 7 report must the initial report fill in, and may Form J be left out?".into(),
                    shared: false,
                },
                &[],
            )
            .await?;
        }
        Ok(())
    }
}
