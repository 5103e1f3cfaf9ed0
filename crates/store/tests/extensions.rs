//! Issue 17 item 2, extension requests through the store with the shipped CCM preset: filing a
//! draft and submitting it, the checks refusing a submission with an error and keeping a
//! warning, a submitted request frozen (a correction is a new version with a reason, the old
//! kept), the ISU's analysis linked by symbol, and the meeting's grant moving the State's
//! deadline through the obligation's submissions. Every write audited. Run on SQLite and (with
//! TREATYDESK_TEST_DATABASE_URL) on PostgreSQL.

use std::collections::BTreeMap;

use time::Date;
use time::macros::date;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::ProfileKind;
use treatydesk_domain::document::DocumentKind;
use treatydesk_store::StoreError;
use treatydesk_store::audit::Author;
use treatydesk_store::documents::NewDocument;
use treatydesk_store::entities::convention;
use treatydesk_store::extensions::{OutcomeInput, RequestInput, revision_contents};
use treatydesk_store::participation_entries::NewProfileEntry;
use treatydesk_store::testing::TestDb;

fn author(who: &str, reason: &str) -> Author {
    Author {
        user_id: None,
        who: who.into(),
        reason: reason.into(),
    }
}

/// The sourced record, with Nigeria (in force 1 Aug 2023) affected from its entry into force:
/// its Art. 4 deadline is 1 Aug 2033.
async fn nigeria_affected() -> (TestDb, convention::Model) {
    let db = TestDb::new().await.expect("db");
    db.store.load_sourced_record().await.expect("sourced");
    let ccm = db.store.convention("ccm").await.expect("ccm");
    db.store
        .record_profile_entry(
            &author("isu-officer", "test"),
            &ccm,
            "NGA",
            NewProfileEntry {
                kind: ProfileKind::Affected,
                from: Some(date!(2023 - 08 - 01)),
                until: None,
                source: "TEST: made up".into(),
            },
        )
        .await
        .expect("profile");
    (db, ccm)
}

fn contents(keys: &str) -> BTreeMap<String, String> {
    keys.chars()
        .map(|k| (k.to_string(), format!("TEST text {k}")))
        .collect()
}

fn art4(meeting: &str, asked_to: Date, keys: &str, submit: bool) -> RequestInput {
    RequestInput {
        state: "NGA".into(),
        obligation: "art4-clearance".into(),
        meeting: meeting.into(),
        asked_to: Some(asked_to),
        contents: contents(keys),
        on_behalf: false,
        submit,
        source: String::new(),
    }
}

async fn art4_deadline(db: &TestDb, ccm: &convention::Model, as_of: Date) -> Date {
    let nga = db.store.actor("NGA").await.expect("NGA");
    db.store
        .state_deadlines(ccm, &nga, as_of)
        .await
        .expect("deadlines")
        .expect("record")
        .deadlines
        .into_iter()
        .find(|d| d.obligation == "art4-clearance")
        .expect("art 4")
        .due_on
}

#[tokio::test]
async fn art4_extension_request_filed_analysed_and_granted_moves_the_deadline() {
    let (db, ccm) = nigeria_affected().await;
    let fp = author("demo-focal-point", "file an extension request");
    // The 13MSP opens 16 Sep 2025: on time up to 16 Dec 2024.
    let draft = db
        .store
        .file_extension_request(
            &fp,
            &ccm,
            art4("13MSP", date!(2036 - 08 - 01), "abc", false),
            date!(2024 - 11 - 01),
        )
        .await
        .expect("a draft may be incomplete");
    assert_eq!(draft.status, "draft");
    let record = db
        .store
        .extension_request(&ccm, draft.id, date!(2024 - 11 - 01))
        .await
        .expect("record");
    assert_eq!(record.deadline, Some(date!(2033 - 08 - 01)));
    assert_eq!(
        record
            .findings
            .iter()
            .filter(|f| f.code == "content-missing")
            .count(),
        6
    );
    // Submitting with contents missing is refused, with the sentences.
    let refused = db
        .store
        .revise_extension_request(
            &fp,
            &ccm,
            draft.id,
            art4("13MSP", date!(2036 - 08 - 01), "abc", true),
            date!(2024 - 11 - 02),
        )
        .await;
    assert!(
        matches!(&refused, Err(StoreError::Invalid(p)) if p.iter().any(|s| s.sentence.contains("(d) is required"))),
        "{refused:?}"
    );
    let submitted = db
        .store
        .revise_extension_request(
            &fp,
            &ccm,
            draft.id,
            art4("13MSP", date!(2036 - 08 - 01), "abcdefghi", true),
            date!(2024 - 11 - 02),
        )
        .await
        .expect("complete request submitted");
    assert_eq!(submitted.status, "submitted");
    assert_eq!(submitted.submitted_on, Some(date!(2024 - 11 - 02)));
    assert_eq!(submitted.revision, 2);
    // Frozen: a correction needs a reason, and keeps the old text.
    let no_reason = db
        .store
        .revise_extension_request(
            &author("demo-focal-point", " "),
            &ccm,
            draft.id,
            art4("13MSP", date!(2036 - 08 - 01), "abcdefghi", false),
            date!(2024 - 11 - 03),
        )
        .await;
    assert!(matches!(no_reason, Err(StoreError::Invalid(_))));
    let mut corrected = art4("13MSP", date!(2036 - 08 - 01), "abcdefghi", false);
    corrected
        .contents
        .insert("f".into(), "TEST corrected area".into());
    let corrected = db
        .store
        .revise_extension_request(
            &author("demo-focal-point", "the area remaining was mistyped"),
            &ccm,
            draft.id,
            corrected,
            date!(2024 - 11 - 20),
        )
        .await
        .expect("corrected");
    assert_eq!(corrected.submitted_on, Some(date!(2024 - 11 - 02)));
    let revisions = db
        .store
        .extension_request_revisions(&corrected)
        .await
        .expect("revisions");
    assert_eq!(revisions.len(), 3);
    assert_eq!(
        revision_contents(&revisions[1])
            .get("f")
            .map(String::as_str),
        Some("TEST text f")
    );
    assert_eq!(revisions[2].reason, "the area remaining was mistyped");
    // The ISU links its analysis, a document of the 13MSP.
    let isu = author("demo-isu", "analysis and draft decision");
    let msp13 = db.store.meeting(&ccm, "13MSP").await.expect("13MSP");
    let other = db
        .store
        .attach_extension_analysis(&isu, &ccm, draft.id, "CCM/MSP/2099/1")
        .await;
    assert!(matches!(other, Err(StoreError::Invalid(_))));
    db.store
        .add_document(
            &isu,
            &ccm,
            NewDocument {
                symbol: "CCM/MSP/2025/90".into(),
                title: "TEST analysis".into(),
                kind: DocumentKind::Other,
                meeting_id: Some(msp13.id),
                agenda_item_id: None,
                submitter: "ISU".into(),
                issued_on: date!(2025 - 06 - 01),
                access: AccessLevel::Public,
                source: "TEST".into(),
            },
        )
        .await
        .expect("document");
    let analysed = db
        .store
        .attach_extension_analysis(&isu, &ccm, draft.id, "CCM/MSP/2025/90")
        .await
        .expect("analysis");
    assert!(analysed.analysis_document_id.is_some());
    // The meeting grants less than asked (to 2035), with benchmarks: the deadline moves.
    assert_eq!(
        art4_deadline(&db, &ccm, date!(2025 - 10 - 01)).await,
        date!(2033 - 08 - 01)
    );
    let too_long = db
        .store
        .record_extension_outcome(
            &isu,
            &ccm,
            draft.id,
            OutcomeInput {
                granted: true,
                decision_reference: "13MSP decision (TEST)".into(),
                decided_on: Some(date!(2025 - 09 - 19)),
                granted_to: Some(date!(2037 - 01 - 01)),
                benchmarks: String::new(),
            },
        )
        .await;
    assert!(matches!(too_long, Err(StoreError::Invalid(_))));
    let decided = db
        .store
        .record_extension_outcome(
            &isu,
            &ccm,
            draft.id,
            OutcomeInput {
                granted: true,
                decision_reference: "13MSP decision (TEST)".into(),
                decided_on: Some(date!(2025 - 09 - 19)),
                granted_to: Some(date!(2035 - 08 - 01)),
                benchmarks: "TEST: half the area by 2034".into(),
            },
        )
        .await
        .expect("granted");
    assert_eq!(decided.outcome, "granted");
    assert!(decided.submission_id.is_some());
    assert_eq!(
        art4_deadline(&db, &ccm, date!(2025 - 10 - 01)).await,
        date!(2035 - 08 - 01)
    );
    assert_eq!(
        art4_deadline(&db, &ccm, date!(2025 - 09 - 01)).await,
        date!(2033 - 08 - 01),
        "before the decision the old deadline stands"
    );
    let again = db
        .store
        .revise_extension_request(
            &fp,
            &ccm,
            draft.id,
            art4("13MSP", date!(2036 - 08 - 01), "abcdefghi", false),
            date!(2025 - 10 - 01),
        )
        .await;
    assert!(matches!(again, Err(StoreError::Conflict(_))));
    let actions: Vec<String> = db
        .store
        .audit_log(Some(ccm.id), 50)
        .await
        .expect("audit")
        .into_iter()
        .map(|e| e.action)
        .filter(|a| a.starts_with("extension."))
        .collect();
    assert_eq!(
        actions,
        vec![
            "extension.decide",
            "extension.analysis",
            "extension.correct",
            "extension.revise",
            "extension.file"
        ]
    );
}

#[tokio::test]
async fn art4_extension_after_deadline_refused_and_late_for_meeting_kept_as_warning() {
    let (db, ccm) = nigeria_affected().await;
    let fp = author("demo-focal-point", "file an extension request");
    let after = db
        .store
        .file_extension_request(
            &fp,
            &ccm,
            art4("3RC", date!(2036 - 08 - 01), "abcdefghi", true),
            date!(2033 - 08 - 01),
        )
        .await;
    assert!(
        matches!(&after, Err(StoreError::Invalid(p)) if p.iter().any(|s| s.sentence.contains("before the deadline"))),
        "{after:?}"
    );
    // Submitted 1 Jan 2025 for the 13MSP (16 Sep 2025): late, but a warning only.
    let late = db
        .store
        .file_extension_request(
            &fp,
            &ccm,
            art4("13MSP", date!(2036 - 08 - 01), "abcdefghi", true),
            date!(2025 - 01 - 01),
        )
        .await
        .expect("a warning does not refuse");
    let record = db
        .store
        .extension_request(&ccm, late.id, date!(2025 - 02 - 01))
        .await
        .expect("record");
    let warning = record
        .findings
        .iter()
        .find(|f| f.code == "late-for-meeting")
        .expect("warning");
    assert_eq!(warning.date, Some(date!(2024 - 12 - 16)));
}

#[tokio::test]
async fn art3_extension_longer_than_four_years_refused_through_the_store() {
    let db = TestDb::new().await.expect("db");
    db.store.load_sourced_record().await.expect("sourced");
    let ccm = db.store.convention("ccm").await.expect("ccm");
    // Guinea-Bissau: Art. 3 deadline 1 May 2019 [V]; the 9MSP opened 2 Sep 2019.
    let input = |to: Date| RequestInput {
        state: "GNB".into(),
        obligation: "art3-destruction".into(),
        meeting: "9MSP".into(),
        asked_to: Some(to),
        contents: contents("abcdef"),
        on_behalf: true,
        submit: true,
        source: String::new(),
    };
    let isu = author("demo-isu", "received on paper");
    let long = db
        .store
        .file_extension_request(
            &isu,
            &ccm,
            input(date!(2023 - 05 - 02)),
            date!(2018 - 11 - 01),
        )
        .await;
    assert!(
        matches!(&long, Err(StoreError::Invalid(p)) if p.iter().any(|s| s.sentence.contains("at most 4 years"))),
        "{long:?}"
    );
    let ok = db
        .store
        .file_extension_request(
            &isu,
            &ccm,
            input(date!(2023 - 05 - 01)),
            date!(2018 - 11 - 01),
        )
        .await
        .expect("four years is allowed");
    assert!(ok.on_behalf);
    let wrong = db
        .store
        .file_extension_request(
            &isu,
            &ccm,
            RequestInput {
                obligation: "art7-initial".into(),
                ..input(date!(2020 - 01 - 01))
            },
            date!(2018 - 11 - 01),
        )
        .await;
    assert!(matches!(wrong, Err(StoreError::Invalid(_))));
}
