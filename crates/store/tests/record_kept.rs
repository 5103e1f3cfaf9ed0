//! Issue 12, the record kept by its users: decisions recorded and corrected by revision,
//! personal API tokens, nominations with P2.4 at nomination, offices on a date. Run on SQLite
//! and (with TREATYDESK_TEST_DATABASE_URL) on PostgreSQL.

use std::collections::BTreeMap;

use time::macros::date;
use treatydesk_domain::office::Post;
use treatydesk_domain::rules::Severity;
use treatydesk_store::StoreError;
use treatydesk_store::architecture::NewAppointment;
use treatydesk_store::audit::Author;
use treatydesk_store::decisions::{DecisionContent, NewDecision};
use treatydesk_store::entities::{convention, meeting};
use treatydesk_store::testing::TestDb;

fn isu() -> Author {
    Author {
        user_id: None,
        who: "isu-officer".into(),
        reason: "record the meeting's outcome".into(),
    }
}

/// A database with the CCM's record loaded (the sourced rows and the demo's).
async fn ccm() -> (TestDb, convention::Model) {
    let db = TestDb::new().await.expect("db");
    db.store.load_demo_data().await.expect("demo data");
    let ccm = db.store.convention("ccm").await.expect("ccm");
    (db, ccm)
}

async fn meeting(db: &TestDb, ccm: &convention::Model, label: &str) -> meeting::Model {
    db.store.meeting(ccm, label).await.expect(label)
}

fn content(title: &str, en: &str) -> DecisionContent {
    DecisionContent {
        title: title.into(),
        texts: BTreeMap::from([("en".to_string(), en.to_string())]),
        ..DecisionContent::default()
    }
}

fn coordinator(
    holder: &str,
    seat: &str,
    at: &meeting::Model,
    decision: Option<i32>,
) -> NewAppointment {
    NewAppointment {
        post: Some(Post::Seat(seat.into())),
        holder: holder.into(),
        selected_at: Some(i64::from(at.id)),
        decision: decision.map(i64::from),
        cycles: Some(2),
        source: "test".into(),
        ..NewAppointment::default()
    }
}

async fn audited(db: &TestDb, action: &str) -> usize {
    db.store
        .audit_log(None, 10_000)
        .await
        .expect("audit")
        .iter()
        .filter(|e| e.action == action)
        .count()
}

// ----- 1. Decisions -------------------------------------------------------------------------

#[tokio::test]
async fn p2_4_an_appointment_after_the_2msp_cites_a_decision_recorded_in_the_register() {
    let (db, ccm) = ccm().await;
    let m3 = meeting(&db, &ccm, "3MSP").await;
    let today = date!(2026 - 12 - 03);
    // Without a decision of the 3MSP on record, the appointment is refused under P2.4.
    let without = db
        .store
        .appointment_findings(&ccm, &[coordinator("ALB", "b-2", &m3, None)], today)
        .await
        .expect("findings");
    assert!(
        without.iter().any(|f| f.clause == "P2.4"
            && f.severity == Severity::Error
            && f.sentence.contains("cites no decision of that meeting")),
        "{without:?}"
    );
    // Recorded through the register, the decision makes it acceptable.
    let d = db
        .store
        .record_decision(
            &isu(),
            &m3,
            NewDecision {
                number: 1,
                content: content(
                    "Coordinators of the Working Groups",
                    "Appointed Albania Coordinator of the Working Group on Universalization.",
                ),
                source: "test".into(),
            },
        )
        .await
        .expect("decision");
    assert_eq!(d.decided_on, m3.closes_on, "dated by the meeting's close");
    let with = db
        .store
        .appointment_findings(&ccm, &[coordinator("ALB", "b-2", &m3, Some(d.id))], today)
        .await
        .expect("findings");
    assert!(
        !with.iter().any(|f| f.clause == "P2.4"),
        "no P2.4 finding once the decision is cited: {with:?}"
    );
    db.store
        .appoint(
            &isu(),
            &ccm,
            vec![coordinator("ALB", "b-2", &m3, Some(d.id))],
        )
        .await
        .expect("appointment accepted");
    // A decision of another meeting does not do.
    let m4 = meeting(&db, &ccm, "4MSP").await;
    let other = db
        .store
        .appointment_findings(&ccm, &[coordinator("ALB", "b-1", &m4, Some(d.id))], today)
        .await
        .expect("findings");
    assert!(
        other
            .iter()
            .any(|f| f.clause == "P2.4" && f.sentence.contains("of another meeting"))
    );
    assert_eq!(audited(&db, "decision.record").await, 1);
}

#[tokio::test]
async fn d12_1_decisions_are_recorded_by_formal_meetings_and_the_committee_only() {
    let (db, ccm) = ccm().await;
    let committee = db
        .store
        .meetings(&ccm)
        .await
        .expect("meetings")
        .into_iter()
        .find(|m| m.kind == "coordination-committee")
        .expect("a Committee meeting");
    db.store
        .record_decision(
            &isu(),
            &committee,
            NewDecision {
                number: 1,
                content: content("Intersessional preparations", "Agreed the plan of work."),
                source: "test".into(),
            },
        )
        .await
        .expect("the Committee records decisions");
    let intersessional = db
        .store
        .meetings(&ccm)
        .await
        .expect("meetings")
        .into_iter()
        .find(|m| m.kind == "intersessional")
        .expect("an intersessional meeting");
    let refused = db
        .store
        .record_decision(
            &isu(),
            &intersessional,
            NewDecision {
                number: 1,
                content: content("Anything", "Anything."),
                source: "test".into(),
            },
        )
        .await;
    assert!(
        matches!(&refused, Err(StoreError::Invalid(r)) if r[0].contains("not a meeting that adopts decisions")),
        "{refused:?}"
    );
    // A number already used, an empty title, an unknown language, a date outside the meeting.
    let m2 = meeting(&db, &ccm, "2MSP").await;
    let clash = db
        .store
        .record_decision(
            &isu(),
            &m2,
            NewDecision {
                number: 1,
                content: content("Again", "Again."),
                source: "test".into(),
            },
        )
        .await;
    assert!(matches!(clash, Err(StoreError::Conflict(_))), "{clash:?}");
    let mut bad = content("", "Text.");
    bad.texts.insert("xx".into(), "Texte.".into());
    bad.decided_on = Some(date!(2011 - 01 - 01));
    let refused = db
        .store
        .record_decision(
            &isu(),
            &m2,
            NewDecision {
                number: 9,
                content: bad,
                source: "test".into(),
            },
        )
        .await;
    let Err(StoreError::Invalid(reasons)) = refused else {
        panic!("refused: {refused:?}");
    };
    assert_eq!(reasons.len(), 3, "{reasons:?}");
}

#[tokio::test]
async fn d12_8_a_correction_is_a_new_revision_and_the_old_text_stays_readable() {
    let (db, ccm) = ccm().await;
    let m3 = meeting(&db, &ccm, "3MSP").await;
    let first = db
        .store
        .record_decision(
            &isu(),
            &m3,
            NewDecision {
                number: 2,
                content: content("ISU consultations", "Mandated consultations on the ISU."),
                source: "test".into(),
            },
        )
        .await
        .expect("decision");
    let mut fixed = content(
        "ISU consultations",
        "Mandated open-ended consultations on the ISU.",
    );
    fixed.texts.insert(
        "fr".into(),
        "A mandaté des consultations ouvertes sur l'ISU.".into(),
    );
    // A 2MSP decision it supersedes.
    let old = db
        .store
        .decision_records(&ccm, None)
        .await
        .expect("register")
        .into_iter()
        .find(|r| r.meeting.label == "2MSP" && r.decision.number == 1)
        .expect("2MSP decision 1");
    fixed.supersedes = vec![old.decision.id];
    let no_reason = Author {
        reason: String::new(),
        ..isu()
    };
    assert!(matches!(
        db.store
            .correct_decision(&no_reason, &ccm, first.id, fixed.clone())
            .await,
        Err(StoreError::Invalid(_))
    ));
    let why = Author {
        reason: "the final report says open-ended".into(),
        ..isu()
    };
    let corrected = db
        .store
        .correct_decision(&why, &ccm, first.id, fixed.clone())
        .await
        .expect("corrected");
    assert_eq!(corrected.revision, 2);
    assert_eq!(
        corrected.text,
        "Mandated open-ended consultations on the ISU."
    );
    // The same correction again changes nothing and is refused.
    assert!(matches!(
        db.store.correct_decision(&why, &ccm, first.id, fixed).await,
        Err(StoreError::Invalid(_))
    ));
    let entry = db
        .store
        .decision_record(&ccm, first.id)
        .await
        .expect("entry");
    assert_eq!(entry.revisions.len(), 2);
    assert_eq!(
        entry.revisions[0].content.texts["en"],
        "Mandated consultations on the ISU."
    );
    assert_eq!(
        entry.revisions[1].reason,
        "the final report says open-ended"
    );
    assert_eq!(entry.revisions[1].who, "isu-officer");
    assert_eq!(entry.current.texts.len(), 2);
    assert_eq!(entry.current.supersedes, vec![old.decision.id]);
    let old_now = db
        .store
        .decision_record(&ccm, old.decision.id)
        .await
        .expect("old");
    assert_eq!(old_now.superseded_by, vec![first.id]);
    // As of a day before the 3MSP, the register holds the 2MSP's decisions only.
    let then = db
        .store
        .decision_records(&ccm, Some(date!(2012 - 01 - 01)))
        .await
        .expect("as of");
    assert!(then.iter().all(|r| r.meeting.label == "2MSP"));
    assert!(then.iter().all(|r| r.superseded_by.is_empty()));
    assert_eq!(audited(&db, "decision.correct").await, 1);
}
