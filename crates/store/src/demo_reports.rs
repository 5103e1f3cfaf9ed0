//! The demo's transparency reports filled online (issue 17 item 1): a few annual Art. 7 reports
//! of States that the demo's other records name (Germany, Lao PDR, Chile), so that the reports
//! list, a report's page and the compiled picture have something to show. Every figure and
//! every text is made up and says DEMO; none is what these States reported.
//!
//! Loaded once, when the CCM has no report; never touches anything else.

use std::collections::BTreeMap;

use time::Date;
use time::macros::date;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::transparency::{AreaRow, FormEntry, FormStatus, StockpileRow};

use crate::audit::Author;
use crate::entities::convention;
use crate::reports::ReportInput;
use crate::{Store, StoreError};

fn text(t: &str) -> FormEntry {
    FormEntry {
        text: format!("DEMO: made up. {t}"),
        ..Default::default()
    }
}

fn stockpile(held: u64, destroyed: u64) -> FormEntry {
    FormEntry {
        stockpiles: vec![StockpileRow {
            munition: "DEMO: made-up type".into(),
            held,
            lots: "DEMO".into(),
            destroyed,
        }],
        ..Default::default()
    }
}

fn areas(rows: &[(&str, u64, u64)]) -> FormEntry {
    FormEntry {
        areas: rows
            .iter()
            .map(|(region, contaminated, cleared)| AreaRow {
                region: format!("DEMO: {region}"),
                contaminated_m2: *contaminated,
                cleared_m2: *cleared,
            })
            .collect(),
        ..Default::default()
    }
}

fn not_applicable() -> FormEntry {
    FormEntry {
        status: FormStatus::NotApplicable,
        ..Default::default()
    }
}

fn unchanged(since: i32) -> FormEntry {
    FormEntry {
        status: FormStatus::Unchanged,
        since: Some(since),
        ..Default::default()
    }
}

/// A demo report: the State, the year covered, the day submitted, who may read it, its forms.
type DemoReport = (
    &'static str,
    i32,
    Date,
    AccessLevel,
    BTreeMap<String, FormEntry>,
);

impl Store {
    /// Loads the demo's reports when the CCM has none.
    pub(crate) async fn load_demo_reports(
        &self,
        ccm: &convention::Model,
    ) -> Result<(), StoreError> {
        if !self.reports(ccm).await?.is_empty() || self.reported_obligations(ccm).await?.is_empty()
        {
            return Ok(());
        }
        let author = Author::system("demo: annual transparency reports, contents made up");
        let reports: Vec<DemoReport> = vec![
            (
                "DEU",
                2022,
                date!(2023 - 04 - 28),
                AccessLevel::Public,
                [
                    ("A", text("National implementation measures.")),
                    ("B", stockpile(1_200, 800)),
                    ("F", not_applicable()),
                ]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
            ),
            (
                "DEU",
                2023,
                date!(2024 - 04 - 26),
                AccessLevel::Public,
                [
                    ("A", unchanged(2022)),
                    ("B", stockpile(400, 800)),
                    ("F", not_applicable()),
                ]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
            ),
            (
                "LAO",
                2023,
                date!(2024 - 05 - 20),
                AccessLevel::Public,
                [
                    ("A", text("National implementation measures.")),
                    (
                        "F",
                        areas(&[("north", 9_000_000, 450_000), ("south", 6_500_000, 300_000)]),
                    ),
                    ("G", text("Risk reduction education in villages.")),
                    ("H", text("Victim assistance focal point named.")),
                ]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
            ),
            (
                "CHL",
                2024,
                date!(2025 - 04 - 29),
                AccessLevel::StatesParties,
                [
                    ("A", text("National implementation measures.")),
                    ("F", areas(&[("region 1", 120_000, 20_000)])),
                ]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
            ),
        ];
        for (state, period, on, access, forms) in reports {
            self.file_report(
                &author,
                ccm,
                ReportInput {
                    state: state.to_string(),
                    obligation: "art7-annual".into(),
                    period: Some(period),
                    access,
                    forms,
                    submit: true,
                    source: "DEMO: made up, not the State's report".into(),
                    ..Default::default()
                },
                on,
            )
            .await?;
        }
        Ok(())
    }
}
