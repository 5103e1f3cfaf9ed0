//! The demo's extension requests (issue 17 item 2): the Art. 4 requests DOMAIN §1 lists for the
//! 12MSP (Chad, Germany, Lao PDR; CCM/MSP/2024/4-6) and the 13MSP (Afghanistan, Chile, Lebanon,
//! Mauritania, Somalia; CCM/MSP/2025/3-7) [V ISU], each with its analysis and draft decision
//! as a document of the meeting. Which symbol is whose is taken in the order DOMAIN lists the
//! States [U]; the days submitted, the new deadlines asked and every content are made up and
//! say DEMO. Lao PDR's is made up as submitted late, so that it draws the 9-month warning. No
//! outcome is recorded: the decisions are not in the reference facts.
//!
//! Loaded once, when the CCM has no extension request; never touches anything else.

use std::collections::BTreeMap;

use time::Date;
use time::macros::date;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::document::DocumentKind;

use crate::audit::Author;
use crate::documents::NewDocument;
use crate::entities::convention;
use crate::extensions::RequestInput;
use crate::{Store, StoreError};

/// (State, meeting, analysis symbol, day submitted (DEMO), new deadline asked (DEMO)).
const REQUESTS: &[(&str, &str, &str, Date, Date)] = &[
    (
        "TCD",
        "12MSP",
        "CCM/MSP/2024/4",
        date!(2023 - 11 - 30),
        date!(2029 - 08 - 01),
    ),
    (
        "DEU",
        "12MSP",
        "CCM/MSP/2024/5",
        date!(2023 - 12 - 01),
        date!(2026 - 08 - 01),
    ),
    // Late: the 12MSP opened 10 Sep 2024, so on time up to 10 Dec 2023.
    (
        "LAO",
        "12MSP",
        "CCM/MSP/2024/6",
        date!(2024 - 02 - 15),
        date!(2030 - 08 - 01),
    ),
    (
        "AFG",
        "13MSP",
        "CCM/MSP/2025/3",
        date!(2024 - 12 - 02),
        date!(2030 - 03 - 01),
    ),
    (
        "CHL",
        "13MSP",
        "CCM/MSP/2025/4",
        date!(2024 - 12 - 03),
        date!(2030 - 06 - 01),
    ),
    (
        "LBN",
        "13MSP",
        "CCM/MSP/2025/5",
        date!(2024 - 12 - 04),
        date!(2030 - 05 - 01),
    ),
    (
        "MRT",
        "13MSP",
        "CCM/MSP/2025/6",
        date!(2024 - 12 - 05),
        date!(2030 - 08 - 01),
    ),
    (
        "SOM",
        "13MSP",
        "CCM/MSP/2025/7",
        date!(2024 - 12 - 06),
        date!(2030 - 03 - 01),
    ),
];

impl Store {
    /// Loads the demo's extension requests and their analyses when the CCM has none.
    pub(crate) async fn load_demo_extensions(
        &self,
        ccm: &convention::Model,
    ) -> Result<(), StoreError> {
        if !self.extension_requests(ccm).await?.is_empty() {
            return Ok(());
        }
        let obligations = self.obligations(ccm).await?;
        let Some(rule) = obligations
            .iter()
            .find(|o| o.key == "art4-clearance")
            .and_then(|o| o.extension.clone())
        else {
            return Ok(());
        };
        let author =
            Author::system("demo: the Art. 4 requests of the 12MSP and 13MSP, contents made up");
        for (state, label, symbol, on, asked_to) in REQUESTS {
            let actor = self.actor(state).await?;
            let contents: BTreeMap<String, String> = rule
                .contents
                .iter()
                .map(|c| {
                    (
                        c.key.clone(),
                        format!(
                            "DEMO: made up, not {}'s request. {}.",
                            actor.name_en, c.text
                        ),
                    )
                })
                .collect();
            let request = self
                .file_extension_request(
                    &author,
                    ccm,
                    RequestInput {
                        state: (*state).to_string(),
                        obligation: "art4-clearance".into(),
                        meeting: (*label).to_string(),
                        asked_to: Some(*asked_to),
                        contents,
                        on_behalf: true,
                        submit: true,
                        source: format!(
                            "[V] ISU: {}'s Art. 4 request to the {label} with its analysis {symbol} (whose symbol is whose: in the order listed [U]); DEMO: the day submitted, the deadline asked and the contents are made up",
                            actor.name_en
                        ),
                    },
                    *on,
                )
                .await?;
            let meeting = self.meeting(ccm, label).await?;
            if self.document_by_symbol(ccm, symbol).await?.is_none() {
                self.add_document(
                    &author,
                    ccm,
                    NewDocument {
                        symbol: (*symbol).to_string(),
                        title: format!(
                            "Analysis of the request submitted by {} for an extension of its Article 4 deadline, and draft decision",
                            actor.name_en
                        ),
                        kind: DocumentKind::Other,
                        meeting_id: Some(meeting.id),
                        agenda_item_id: None,
                        submitter: "ISU".into(),
                        issued_on: meeting.opens_on.unwrap_or(*on),
                        access: AccessLevel::Public,
                        source: format!(
                            "[V] ISU: the {label}'s Art. 4 analyses are {}; which one is {}'s is taken in the order listed [U]; DEMO: the issue day is the meeting's opening",
                            if *label == "12MSP" { "CCM/MSP/2024/4-6" } else { "CCM/MSP/2025/3-7" },
                            actor.name_en
                        ),
                    },
                )
                .await?;
            }
            self.attach_extension_analysis(&author, ccm, request.id, symbol)
                .await?;
        }
        Ok(())
    }
}
