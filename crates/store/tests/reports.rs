//! Issue 17 item 1, transparency reports filled online through the store with the shipped CCM
//! preset: a draft kept and submitted, the submission meeting the State's Art. 7 deadline (the
//! overdue list changes), a submitted report frozen (a correction is a new version with a
//! reason, the old kept, the access level kept), a second report for the same year refused, an
//! annual form marked unchanged without its year refused, and the ISU's entry of a report
//! received on paper dated the day it was received. Every write audited. Run on SQLite and (with
//! TREATYDESK_TEST_DATABASE_URL) on PostgreSQL.

use std::collections::BTreeMap;

use time::Date;
use time::macros::date;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::obligation::DeadlineStatus;
use treatydesk_domain::transparency::{FormEntry, FormStatus, StockpileRow};
use treatydesk_store::StoreError;
use treatydesk_store::audit::Author;
use treatydesk_store::entities::convention;
use treatydesk_store::reports::{ReportInput, entries_of};
use treatydesk_store::testing::TestDb;

fn author(who: &str, reason: &str) -> Author {
    Author {
        user_id: None,
        who: who.into(),
        reason: reason.into(),
    }
}

async fn ccm() -> (TestDb, convention::Model) {
    let db = TestDb::new().await.expect("db");
    db.store.load_sourced_record().await.expect("sourced");
    let ccm = db.store.convention("ccm").await.expect("ccm");
    (db, ccm)
}

fn form_b(held: u64, destroyed: u64) -> BTreeMap<String, FormEntry> {
    let mut forms = BTreeMap::new();
    forms.insert(
        "B".to_string(),
        FormEntry {
            stockpiles: vec![StockpileRow {
                munition: "TEST M26 rockets".into(),
                held,
                lots: "TEST lot 1".into(),
                destroyed,
            }],
            ..Default::default()
        },
    );
    forms
}

fn initial(forms: BTreeMap<String, FormEntry>, submit: bool) -> ReportInput {
    ReportInput {
        state: "NGA".into(),
        obligation: "art7-initial".into(),
        period: None,
        access: AccessLevel::StatesParties,
        forms,
        submit,
        ..Default::default()
    }
}

async fn art7_initial(db: &TestDb, ccm: &convention::Model, as_of: Date) -> DeadlineStatus {
    let nga = db.store.actor("NGA").await.expect("NGA");
    db.store
        .state_deadlines(ccm, &nga, as_of)
        .await
        .expect("deadlines")
        .expect("record")
        .deadlines
        .into_iter()
        .find(|d| d.obligation == "art7-initial")
        .expect("art 7.1")
        .status
}

#[tokio::test]
async fn art7_report_filled_online_meets_the_deadline_and_is_frozen_once_submitted() {
    let (db, ccm) = ccm().await;
    // Nigeria: in force 1 Aug 2023, initial report due 28 Jan 2024.
    assert_eq!(
        art7_initial(&db, &ccm, date!(2024 - 03 - 01)).await,
        DeadlineStatus::Overdue
    );
    let overdue = |rows: Vec<treatydesk_store::obligations::OverdueRow>| {
        rows.iter()
            .any(|r| r.actor.code == "NGA" && r.deadline.obligation == "art7-initial")
    };
    assert!(overdue(
        db.store
            .overdue(&ccm, date!(2024 - 03 - 01))
            .await
            .expect("overdue")
    ));
    let fp = author("demo-focal-point", "save a report as a draft");
    let draft = db
        .store
        .file_report(
            &fp,
            &ccm,
            initial(form_b(120, 0), false),
            date!(2024 - 01 - 10),
        )
        .await
        .expect("a draft may be incomplete");
    assert_eq!(draft.status, "draft");
    assert_eq!(draft.submission_id, None);
    let record = db.store.report(&ccm, draft.id).await.expect("record");
    assert_eq!(
        record
            .forms
            .iter()
            .map(|f| f.key.as_str())
            .collect::<String>(),
        "ABCDEFGHIJ"
    );
    assert_eq!(
        record
            .findings
            .iter()
            .filter(|f| f.code == "form-empty")
            .count(),
        9
    );
    // A draft does not meet the deadline.
    assert_eq!(
        art7_initial(&db, &ccm, date!(2024 - 03 - 01)).await,
        DeadlineStatus::Overdue
    );
    // A second report for the same obligation is refused: edit the first.
    let twice = db
        .store
        .file_report(
            &fp,
            &ccm,
            initial(form_b(1, 0), false),
            date!(2024 - 01 - 11),
        )
        .await;
    assert!(matches!(twice, Err(StoreError::Conflict(_))), "{twice:?}");
    let submitted = db
        .store
        .revise_report(
            &author("demo-focal-point", "submit a report"),
            &ccm,
            draft.id,
            initial(form_b(120, 20), true),
            date!(2024 - 01 - 20),
        )
        .await
        .expect("warnings do not block a submission");
    assert_eq!(submitted.status, "submitted");
    assert_eq!(submitted.received_on, Some(date!(2024 - 01 - 20)));
    assert!(submitted.submission_id.is_some());
    assert_eq!(
        art7_initial(&db, &ccm, date!(2024 - 03 - 01)).await,
        DeadlineStatus::Met
    );
    assert!(!overdue(
        db.store
            .overdue(&ccm, date!(2024 - 03 - 01))
            .await
            .expect("overdue")
    ));
    // Frozen: a correction needs a reason, keeps the access level and the day received.
    let no_reason = db
        .store
        .revise_report(
            &author("demo-focal-point", " "),
            &ccm,
            draft.id,
            initial(form_b(120, 25), false),
            date!(2024 - 02 - 01),
        )
        .await;
    assert!(
        matches!(no_reason, Err(StoreError::Invalid(_))),
        "{no_reason:?}"
    );
    let wider = db
        .store
        .revise_report(
            &author("demo-focal-point", "make it public"),
            &ccm,
            draft.id,
            ReportInput {
                access: AccessLevel::Public,
                ..initial(form_b(120, 25), false)
            },
            date!(2024 - 02 - 01),
        )
        .await;
    assert!(matches!(wider, Err(StoreError::Invalid(_))), "{wider:?}");
    let corrected = db
        .store
        .revise_report(
            &author("demo-focal-point", "25 destroyed, not 20"),
            &ccm,
            draft.id,
            initial(form_b(120, 25), false),
            date!(2024 - 02 - 01),
        )
        .await
        .expect("correction");
    assert_eq!(corrected.revision, 3);
    assert_eq!(corrected.received_on, Some(date!(2024 - 01 - 20)));
    assert_eq!(corrected.submission_id, submitted.submission_id);
    let versions = db
        .store
        .report_revisions(&corrected)
        .await
        .expect("versions");
    assert_eq!(versions.len(), 3);
    assert_eq!(
        entries_of(&versions[1].forms)["B"].stockpiles[0].destroyed,
        20,
        "the submitted version is kept as it was"
    );
    assert_eq!(versions[2].reason, "25 destroyed, not 20");
    let actions: Vec<String> = db
        .store
        .audit_log(Some(ccm.id), 50)
        .await
        .expect("audit")
        .into_iter()
        .map(|e| e.action)
        .filter(|a| a.starts_with("report."))
        .collect();
    assert_eq!(
        actions,
        vec!["report.correct", "report.revise", "report.file"]
    );
}

#[tokio::test]
async fn art7_annual_form_unchanged_needs_year_and_initial_marks_refused() {
    let (db, ccm) = ccm().await;
    let fp = author("demo-focal-point", "submit a report");
    let mut forms = form_b(10, 10);
    forms.insert(
        "F".into(),
        FormEntry {
            status: FormStatus::Unchanged,
            ..Default::default()
        },
    );
    let annual = ReportInput {
        obligation: "art7-annual".into(),
        period: Some(2024),
        forms: forms.clone(),
        submit: true,
        ..initial(BTreeMap::new(), true)
    };
    let refused = db
        .store
        .file_report(&fp, &ccm, annual.clone(), date!(2025 - 04 - 01))
        .await;
    match refused {
        Err(StoreError::Invalid(p)) => {
            assert!(p.iter().any(|s| s.sentence.starts_with("Form F:")), "{p:?}")
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    // The year is required for an annual report, and must have ended.
    for period in [None, Some(2025)] {
        let r = db
            .store
            .file_report(
                &fp,
                &ccm,
                ReportInput {
                    period,
                    submit: false,
                    ..annual.clone()
                },
                date!(2025 - 04 - 01),
            )
            .await;
        assert!(
            matches!(r, Err(StoreError::Invalid(_))),
            "{period:?}: {r:?}"
        );
    }
    forms.insert(
        "F".into(),
        FormEntry {
            status: FormStatus::Unchanged,
            since: Some(2023),
            ..Default::default()
        },
    );
    let accepted = db
        .store
        .file_report(
            &fp,
            &ccm,
            ReportInput {
                forms: forms.clone(),
                ..annual.clone()
            },
            date!(2025 - 04 - 01),
        )
        .await
        .expect("unchanged since 2023 is accepted");
    assert_eq!(accepted.status, "submitted");
    // An initial report may not mark a form.
    let marked = db
        .store
        .file_report(&fp, &ccm, initial(forms, true), date!(2025 - 04 - 01))
        .await;
    assert!(matches!(marked, Err(StoreError::Invalid(_))), "{marked:?}");
}

#[tokio::test]
async fn art7_report_entered_by_the_isu_from_paper_is_dated_the_day_received() {
    let (db, ccm) = ccm().await;
    let isu = author("isu-officer", "enter a report received on paper");
    let future = db
        .store
        .file_report(
            &isu,
            &ccm,
            ReportInput {
                on_behalf: true,
                received_on: Some(date!(2024 - 06 - 01)),
                ..initial(form_b(5, 5), true)
            },
            date!(2024 - 05 - 01),
        )
        .await;
    assert!(matches!(future, Err(StoreError::Invalid(_))), "{future:?}");
    let not_behalf = db
        .store
        .file_report(
            &isu,
            &ccm,
            ReportInput {
                received_on: Some(date!(2024 - 01 - 15)),
                ..initial(form_b(5, 5), true)
            },
            date!(2024 - 05 - 01),
        )
        .await;
    assert!(matches!(not_behalf, Err(StoreError::Invalid(_))));
    let entered = db
        .store
        .file_report(
            &isu,
            &ccm,
            ReportInput {
                on_behalf: true,
                received_on: Some(date!(2024 - 01 - 15)),
                ..initial(form_b(5, 5), true)
            },
            date!(2024 - 05 - 01),
        )
        .await
        .expect("entered");
    assert!(entered.on_behalf);
    assert_eq!(entered.received_on, Some(date!(2024 - 01 - 15)));
    assert_eq!(
        art7_initial(&db, &ccm, date!(2024 - 05 - 01)).await,
        DeadlineStatus::Met
    );
    let figures = db.store.submitted_reports(&ccm).await.expect("figures");
    assert_eq!(figures.len(), 1);
    assert_eq!(figures[0].entries["B"].stockpiles[0].held, 5);
}
