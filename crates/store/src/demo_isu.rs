//! The CCM's ISU in the sourced record and in the demo (issue 14).
//!
//! The sourced record holds the ISU's status over time as DOMAIN.md gives it: UNDP's Bureau for
//! Crisis Prevention and Recovery as "Executive Coordinator & interim ISU" (2012–2015), then the
//! permanent ISU in Geneva hosted by the GICHD (established May 2015). Where a day or a decision
//! is not on record, the row says so ([U]); no decision symbol is made up.
//!
//! The demo adds only made-up rows, each saying DEMO in the data: one staff row, a work plan and
//! budget for 2025 endorsed at a DEMO Committee meeting and approved by a DEMO decision of the
//! 13MSP, contributions from a few States in CHF and EUR, and spending against the 2025 budget
//! in three quarters. What is there is kept.

use rust_decimal::Decimal;
use treatydesk_domain::calendar::parse_date;
use treatydesk_domain::isu::Capacity;
use treatydesk_domain::meeting::MeetingKind;
use treatydesk_domain::schedule::{MeetingStatus, Sitting};

use crate::architecture::NewMeeting;
use crate::audit::Author;
use crate::decisions::{DecisionContent, NewDecision};
use crate::entities::convention;
use crate::isu::{Activity, BudgetLine, Earmark, NewContribution, NewPeriod, NewStaff, Plan, Step};
use crate::isu_spending::NewExpenditure;
use crate::{Store, StoreError};

/// A made-up contribution: contributor, amount, currency, rate, pledged, received, earmark.
type DemoContribution = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Earmark,
);

/// The year of the demo's work plan and budget.
pub const DEMO_WORKPLAN_YEAR: i32 = 2025;

fn day(text: &str) -> Result<time::Date, StoreError> {
    parse_date(text).ok_or_else(|| StoreError::refuse(format!("bad date {text}")))
}

fn money(text: &str) -> Result<Decimal, StoreError> {
    text.parse()
        .map_err(|_| StoreError::refuse(format!("bad amount {text}")))
}

impl Store {
    /// The CCM ISU's status over time, from DOMAIN.md, when none is on record.
    pub(crate) async fn load_ccm_isu_record(
        &self,
        ccm: &convention::Model,
    ) -> Result<(), StoreError> {
        if !self.isu_period_rows(ccm).await?.is_empty() {
            return Ok(());
        }
        let author = Author::system("record: the CCM ISU's status over time (DOMAIN.md)");
        let interim = NewPeriod {
            capacity: Capacity::Interim,
            body: "UNDP Bureau for Crisis Prevention and Recovery, as “Executive Coordinator & interim ISU”".into(),
            host: "United Nations Development Programme (UNDP)".into(),
            place: String::new(),
            starts_on: day("2012-01-01")?,
            ends_on: Some(day("2015-04-30")?),
            decision_id: None,
            source: "[V] CCM ISU: from 2012 to 2015 UNDP's Bureau for Crisis Prevention and Recovery acted as “Executive Coordinator & interim ISU”. Only the years are on record: 1 January 2012 and 30 April 2015 (the eve of the ISU's establishment in May 2015) stand for them [U]. The decision that made the interim arrangement is not in TreatyDesk's record [U].".into(),
        };
        let permanent = NewPeriod {
            capacity: Capacity::Permanent,
            body: "Implementation Support Unit of the Convention on Cluster Munitions".into(),
            host: "Geneva International Centre for Humanitarian Demining (GICHD)".into(),
            place: "Geneva".into(),
            starts_on: day("2015-05-01")?,
            ends_on: None,
            decision_id: None,
            source: "[V] CCM ISU and GICHD: the 2MSP mandated its President to negotiate the set-up of an ISU (2MSP decision 1 in the register); the 4MSP (Lusaka, September 2013) mandated the President to negotiate hosting; the hosting agreement with the GICHD was signed on 2 August 2014 (para 7: reviewed every three years by an MSP/RC); the Director was notified on 1 April 2015; the ISU was “established May 2015” (the day is not on record: 1 May stands for it [U]) and in the GICHD's offices from June 2015. The decision that established the ISU is not in TreatyDesk's record [U].".into(),
        };
        self.record_isu_period(&author, ccm, &interim, None).await?;
        self.record_isu_period(&author, ccm, &permanent, None)
            .await?;
        Ok(())
    }

    /// The demo's made-up ISU rows (each labelled DEMO), when the CCM has none of them.
    pub(crate) async fn load_ccm_isu_demo(
        &self,
        ccm: &convention::Model,
    ) -> Result<(), StoreError> {
        if self.isu_staff_rows(ccm).await?.is_empty() {
            self.record_isu_staff(
                &Author::system("demo: a made-up ISU staff row"),
                ccm,
                &NewStaff {
                    person: "DEMO Officer (a made-up person)".into(),
                    function: "DEMO: Implementation Support Officer".into(),
                    starts_on: day("2015-06-01")?,
                    ends_on: None,
                    source: "DEMO: made up to show the staff list; not a real person or post"
                        .into(),
                },
                None,
            )
            .await?;
        }
        if self.workplan(ccm, DEMO_WORKPLAN_YEAR).await?.is_none() {
            self.load_demo_workplan(ccm).await?;
        }
        if self.contribution_rows(ccm).await?.is_empty() {
            self.load_demo_contributions(ccm).await?;
        }
        if self.expenditures(ccm, DEMO_WORKPLAN_YEAR).await?.is_empty() {
            self.load_demo_spending(ccm).await?;
        }
        Ok(())
    }

    async fn load_demo_workplan(&self, ccm: &convention::Model) -> Result<(), StoreError> {
        let year = DEMO_WORKPLAN_YEAR;
        let activity = |key: &str, task: &str, title: &str, outputs: &[&str]| Activity {
            key: key.into(),
            task: task.into(),
            title: title.into(),
            outputs: outputs.iter().map(|o| o.to_string()).collect(),
        };
        let line = |key: &str, category: &str, amount: &str| -> Result<BudgetLine, StoreError> {
            Ok(BudgetLine {
                key: key.into(),
                category: category.into(),
                amount: money(amount)?,
                currency: "CHF".into(),
            })
        };
        let plan = Plan {
            activities: vec![
                activity("A1", "a", "DEMO: prepare and service the 13MSP", &["DEMO: documents issued on time", "DEMO: list of participants"]),
                activity("A2", "b", "DEMO: support the President and the Coordinators", &["DEMO: monthly Committee meetings"]),
                activity("A3", "c", "DEMO: advise States Parties on Article 4 extension requests", &["DEMO: advice answered within 30 days"]),
                activity("A4", "e", "DEMO: universalization outreach to signatories", &["DEMO: two regional workshops"]),
                activity("A5", "i", "DEMO: report on the ISU's activities to the 13MSP", &["DEMO: the ISU annual report"]),
            ],
            lines: vec![
                line("L1", "DEMO: staff costs", "412500.00")?,
                line("L2", "DEMO: meetings and conference services", "96250.55")?,
                line("L3", "DEMO: travel", "38400.10")?,
                line("L4", "DEMO: communications and universalization", "27000.20")?,
                line("L5", "DEMO: GICHD services and office costs", "45000.00")?,
            ],
            note: "DEMO: a made-up work plan and budget with made-up figures, to show the workflow; not the ISU's real plan.".into(),
        };
        let isu = Author::system("demo: the ISU drafts a made-up work plan and budget");
        self.save_workplan_draft(&isu, ccm, year, &plan).await?;
        // A DEMO Committee meeting endorses it; the 13MSP approves it by a DEMO decision.
        let committee = self
            .add_meeting(
                &Author::system("demo: a made-up Committee meeting to endorse the 2025 work plan"),
                ccm,
                NewMeeting {
                    kind: MeetingKind::CoordinationCommittee,
                    number: 25,
                    venue: "Geneva".into(),
                    opens_on: parse_date("2025-06-12"),
                    closes_on: parse_date("2025-06-12"),
                    source: "DEMO: a made-up Committee meeting (date and minutes are not a record)"
                        .into(),
                    status: MeetingStatus::Closed,
                    sitting: Sitting::Morning,
                    presiding: Some("MEX".into()),
                },
            )
            .await?;
        self.endorse_workplan(
            &Author::system("demo: a made-up endorsement"),
            ccm,
            year,
            &Step {
                meeting: committee.label.clone(),
                decision_id: None,
                citation:
                    "DEMO: minutes of the DEMO Committee meeting of 12 June 2025, item 3 (made up)"
                        .into(),
            },
        )
        .await?;
        let msp = self.meeting(ccm, "13MSP").await?;
        let decision = self
            .record_decision(
                &Author::system("demo: a made-up approval decision"),
                &msp,
                NewDecision {
                    number: 90,
                    content: DecisionContent {
                        title: "DEMO: approval of the ISU work plan and budget for 2025 (made up)".into(),
                        texts: [(
                            "en".to_string(),
                            "DEMO: the Meeting approved the ISU's work plan and budget for 2025 as endorsed by the Coordination Committee. Made up; not a decision of the 13MSP.".to_string(),
                        )]
                        .into_iter()
                        .collect(),
                        ..Default::default()
                    },
                    source: "DEMO: a made-up decision, numbered 90 to stay clear of the real numbering".into(),
                },
            )
            .await?;
        self.approve_workplan(
            &Author::system("demo: a made-up approval"),
            ccm,
            year,
            &Step {
                meeting: msp.label.clone(),
                decision_id: Some(decision.id),
                citation: "DEMO: decision 90 of the 13MSP (made up)".into(),
            },
        )
        .await?;
        Ok(())
    }

    async fn load_demo_spending(&self, ccm: &convention::Model) -> Result<(), StoreError> {
        let author = Author::system("demo: made-up spending");
        for (line, quarter, amount) in [
            ("L1", 1, "103125.00"),
            ("L1", 2, "103125.00"),
            ("L2", 1, "12000.40"),
            ("L2", 3, "61250.15"),
            ("L3", 2, "8450.75"),
            ("L5", 1, "11250.00"),
        ] {
            self.record_expenditure(
                &author,
                ccm,
                &NewExpenditure {
                    year: DEMO_WORKPLAN_YEAR,
                    line_key: line.into(),
                    quarter,
                    amount: money(amount)?,
                    source: "DEMO: made-up figures, not the ISU's accounts".into(),
                },
                None,
            )
            .await?;
        }
        Ok(())
    }

    async fn load_demo_contributions(&self, ccm: &convention::Model) -> Result<(), StoreError> {
        let author = Author::system("demo: made-up contributions");
        let rows: [DemoContribution; 5] = [
            (
                "CHE",
                "150000.00",
                "CHF",
                "1",
                "2025-01-20",
                Some("2025-03-03"),
                Earmark::Unearmarked,
            ),
            (
                "DEU",
                "120000.00",
                "EUR",
                "0.9412",
                "2025-02-10",
                Some("2025-04-15"),
                Earmark::Unearmarked,
            ),
            (
                "NLD",
                "60000.35",
                "EUR",
                "0.9405",
                "2025-02-28",
                Some("2025-05-20"),
                Earmark::Activity("A3".into()),
            ),
            (
                "AUT",
                "45000.00",
                "EUR",
                "0.9387",
                "2025-03-01",
                None,
                Earmark::Task("e".into()),
            ),
            (
                "NZL",
                "25000.00",
                "CHF",
                "1",
                "2025-04-07",
                None,
                Earmark::Unearmarked,
            ),
        ];
        for (code, amount, currency, rate, pledged, received, earmark) in rows {
            self.record_contribution(
                &author,
                ccm,
                &NewContribution {
                    contributor_code: Some(code.into()),
                    contributor: String::new(),
                    amount: money(amount)?,
                    currency: currency.into(),
                    rate: money(rate)?,
                    pledged_on: day(pledged)?,
                    received_on: received.map(day).transpose()?,
                    earmark,
                    funds_year: DEMO_WORKPLAN_YEAR,
                    source: "DEMO: a made-up pledge letter; amounts and rates are not a record"
                        .into(),
                },
                None,
            )
            .await?;
        }
        Ok(())
    }
}
