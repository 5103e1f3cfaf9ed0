//! Registration of participants in the store (SPEC P1.1), on SQLite and (with
//! TREATYDESK_TEST_DATABASE_URL) on PostgreSQL: all or nothing with the acknowledgement queued,
//! duplicates and second heads refused by the database even under concurrency, the deadline and
//! the cap, credentials stored by their hash, the ISU's decisions.

use std::path::Path;
use treatydesk_domain::Lang;

use treatydesk_domain::registration::{Refusal, RegistrationForm, RegistrationStatus};
use treatydesk_store::StoreError;
use treatydesk_store::audit::Author;
use treatydesk_store::entities::{convention, meeting};
use treatydesk_store::registration::{Settings, Upload, credentials_path};
use treatydesk_store::testing::TestDb;

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

async fn setup() -> (TestDb, convention::Model, meeting::Model) {
    let db = TestDb::new().await.expect("db");
    db.store.load_demo_data().await.expect("demo");
    let ccm = db.store.convention("ccm").await.expect("ccm");
    let meeting = db.store.meeting(&ccm, "3rc").await.expect("3RC");
    (db, ccm, meeting)
}

fn public() -> Author {
    Author::system("test: a registration from the public form")
}

fn ngo(email: &str) -> RegistrationForm {
    RegistrationForm {
        category: "ngo".into(),
        organization: "Landmine Action Network".into(),
        family_name: "Okafor".into(),
        given_name: "Ada".into(),
        email: email.into(),
        role: "member".into(),
        ..Default::default()
    }
}

fn state(category: &str, code: &str, email: &str, role: &str) -> RegistrationForm {
    RegistrationForm {
        category: category.into(),
        actor: code.into(),
        family_name: "Bello".into(),
        given_name: "Musa".into(),
        email: email.into(),
        role: role.into(),
        ..Default::default()
    }
}

fn pdf() -> Option<Upload> {
    Some(Upload {
        filename: "note-verbale.pdf".into(),
        content: PDF.to_vec(),
    })
}

async fn set(db: &TestDb, meeting: &meeting::Model, settings: Settings) {
    db.store
        .set_registration_settings(&Author::cli("test"), meeting, settings)
        .await
        .expect("settings");
}

#[tokio::test]
async fn p1_1_register_stores_a_pending_registration_and_queues_the_acknowledgement() {
    let (db, ccm, meeting) = setup().await;
    let saved = db
        .store
        .register(
            &public(),
            &ccm,
            &meeting,
            &ngo("ada@example.org"),
            None,
            Lang::En,
        )
        .await
        .expect("registered");
    assert_eq!(saved.status, "pending");
    assert_eq!(saved.delegation, "ngo:landmine action network");
    let outbox = db.store.outbox(10).await.expect("outbox");
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0].to_address, "ada@example.org");
    assert!(outbox[0].subject.contains("3RC"));
    assert!(outbox[0].sent_at.is_none());
    let log = db.store.audit_log(Some(ccm.id), 5).await.expect("log");
    assert_eq!(log[0].action, "registration.add");
}

#[tokio::test]
async fn p1_1_a_second_registration_with_the_same_email_is_a_conflict_and_stores_nothing() {
    let (db, ccm, meeting) = setup().await;
    db.store
        .register(
            &public(),
            &ccm,
            &meeting,
            &ngo("ada@example.org"),
            None,
            Lang::En,
        )
        .await
        .expect("first");
    let again = db
        .store
        .register(
            &public(),
            &ccm,
            &meeting,
            &ngo("ADA@Example.org"),
            None,
            Lang::En,
        )
        .await;
    match again {
        Err(StoreError::Conflict(sentence)) => assert!(sentence.contains("already registered")),
        other => panic!("expected a conflict, got {other:?}"),
    }
    let all = db.store.registrations(&meeting, None).await.expect("list");
    assert_eq!(all.len(), 1);
    assert_eq!(db.store.outbox(10).await.expect("outbox").len(), 1);
}

#[tokio::test]
async fn p1_1_concurrent_posts_neither_lose_nor_double_a_registration() {
    let (db, ccm, meeting) = setup().await;
    set(
        &db,
        &meeting,
        Settings {
            deadline: Some(time::macros::date!(2100 - 01 - 01)),
            ..Default::default()
        },
    )
    .await;
    let mut tasks = Vec::new();
    // 40 distinct people, 10 of whom post twice: 50 posts, 40 rows.
    for i in 0..50 {
        let store = db.store.clone();
        let (ccm, meeting) = (ccm.clone(), meeting.clone());
        tasks.push(tokio::spawn(async move {
            let mut form = ngo(&format!("person{}@example.org", i % 40));
            form.organization = format!("Organization {}", i % 40);
            store
                .register(&public(), &ccm, &meeting, &form, None, Lang::En)
                .await
        }));
    }
    let (mut stored, mut conflicts) = (0, 0);
    for t in tasks {
        match t.await.expect("task") {
            Ok(_) => stored += 1,
            Err(StoreError::Conflict(_)) => conflicts += 1,
            Err(e) => panic!("unexpected error under concurrency: {e:?}"),
        }
    }
    assert_eq!((stored, conflicts), (40, 10));
    let rows = db.store.registrations(&meeting, None).await.expect("list");
    assert_eq!(rows.len(), 40);
    assert_eq!(db.store.outbox(100).await.expect("outbox").len(), 40);
}

#[tokio::test]
async fn p1_1_only_one_head_per_delegation_even_when_posted_together() {
    let (db, ccm, meeting) = setup().await;
    let mut tasks = Vec::new();
    for i in 0..6 {
        let store = db.store.clone();
        let (ccm, meeting) = (ccm.clone(), meeting.clone());
        tasks.push(tokio::spawn(async move {
            let form = state(
                "state-party",
                "NGA",
                &format!("head{i}@example.org"),
                "head",
            );
            store
                .register(&public(), &ccm, &meeting, &form, pdf(), Lang::En)
                .await
        }));
    }
    let mut heads = 0;
    for t in tasks {
        match t.await.expect("task") {
            Ok(_) => heads += 1,
            Err(StoreError::Refused(r)) => {
                assert!(matches!(r[..], [Refusal::HeadAlready { .. }]), "{r:?}")
            }
            Err(e) => panic!("unexpected: {e:?}"),
        }
    }
    assert_eq!(heads, 1);
}

#[tokio::test]
async fn p1_1_register_refused_after_the_deadline_and_accepted_before() {
    let (db, ccm, meeting) = setup().await;
    let yesterday = time::OffsetDateTime::now_utc().date() - time::Duration::days(1);
    set(
        &db,
        &meeting,
        Settings {
            deadline: Some(yesterday),
            ..Default::default()
        },
    )
    .await;
    match db
        .store
        .register(
            &public(),
            &ccm,
            &meeting,
            &ngo("late@example.org"),
            None,
            Lang::En,
        )
        .await
    {
        Err(StoreError::Refused(r)) => {
            assert_eq!(
                r,
                vec![Refusal::AfterDeadline {
                    deadline: yesterday
                }]
            )
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert!(db.store.outbox(10).await.expect("outbox").is_empty());
    set(
        &db,
        &meeting,
        Settings {
            deadline: Some(yesterday + time::Duration::days(1)),
            ..Default::default()
        },
    )
    .await;
    db.store
        .register(
            &public(),
            &ccm,
            &meeting,
            &ngo("ontime@example.org"),
            None,
            Lang::En,
        )
        .await
        .expect("on the deadline day");
}

#[tokio::test]
async fn p1_1_register_refused_for_a_meeting_without_registration() {
    let (db, ccm, _) = setup().await;
    let other = db.store.meeting(&ccm, "13MSP").await.expect("13MSP");
    match db
        .store
        .register(
            &public(),
            &ccm,
            &other,
            &ngo("a@example.org"),
            None,
            Lang::En,
        )
        .await
    {
        Err(StoreError::Refused(r)) => assert!(r.contains(&Refusal::NotOpen)),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn p1_1_cap_per_delegation_counts_pending_and_approved() {
    let (db, ccm, meeting) = setup().await;
    set(
        &db,
        &meeting,
        Settings {
            cap_per_organization: Some(2),
            ..Default::default()
        },
    )
    .await;
    for i in 0..2 {
        db.store
            .register(
                &public(),
                &ccm,
                &meeting,
                &ngo(&format!("p{i}@example.org")),
                None,
                Lang::En,
            )
            .await
            .expect("under the cap");
    }
    match db
        .store
        .register(
            &public(),
            &ccm,
            &meeting,
            &ngo("p3@example.org"),
            None,
            Lang::En,
        )
        .await
    {
        Err(StoreError::Refused(r)) => {
            assert!(matches!(r[..], [Refusal::CapReached { cap: 2, .. }]))
        }
        other => panic!("expected the cap, got {other:?}"),
    }
    // A refused registration no longer counts.
    let first = &db.store.registrations(&meeting, None).await.expect("list")[0];
    db.store
        .decide_registration(&Author::cli("test"), &meeting, first.id, false)
        .await
        .expect("refuse");
    db.store
        .register(
            &public(),
            &ccm,
            &meeting,
            &ngo("p3@example.org"),
            None,
            Lang::En,
        )
        .await
        .expect("room again");
}

#[tokio::test]
async fn p1_1_state_party_needs_a_party_in_force_and_a_pdf_kept_under_its_hash() {
    let (db, ccm, meeting) = setup().await;
    let form = state("state-party", "NGA", "musa@example.org", "head");
    match db
        .store
        .register(&public(), &ccm, &meeting, &form, None, Lang::En)
        .await
    {
        Err(StoreError::Refused(r)) => assert_eq!(r, vec![Refusal::CredentialsRequired]),
        other => panic!("expected a refusal, got {other:?}"),
    }
    let html = Some(Upload {
        filename: "../../etc/passwd".into(),
        content: b"<html>not a pdf</html>".to_vec(),
    });
    match db
        .store
        .register(&public(), &ccm, &meeting, &form, html, Lang::En)
        .await
    {
        Err(StoreError::Refused(r)) => assert_eq!(r, vec![Refusal::CredentialsNotPdf]),
        other => panic!("expected a refusal, got {other:?}"),
    }
    let traversal = Some(Upload {
        filename: "../../outside.pdf".into(),
        content: PDF.to_vec(),
    });
    let saved = db
        .store
        .register(&public(), &ccm, &meeting, &form, traversal, Lang::En)
        .await
        .expect("registered");
    let (row, path) = db.store.credentials_of(&saved).await.expect("credentials");
    assert_eq!(row.filename, "../../outside.pdf");
    assert_eq!(path, db.dir.join("credentials").join(&row.sha256));
    assert_eq!(std::fs::read(&path).expect("file"), PDF);
    assert!(!db.dir.join("outside.pdf").exists());
    assert!(
        !Path::new(&db.dir)
            .parent()
            .expect("tmp")
            .join("outside.pdf")
            .exists()
    );
    // A State not party registers as an observer State, not as a State Party.
    let usa = state("state-party", "USA", "usa@example.org", "member");
    match db
        .store
        .register(&public(), &ccm, &meeting, &usa, pdf(), Lang::En)
        .await
    {
        Err(StoreError::Refused(r)) => {
            assert!(matches!(r[..], [Refusal::NotPartyInForce { .. }]), "{r:?}")
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    let usa = state("observer-state", "USA", "usa@example.org", "member");
    db.store
        .register(&public(), &ccm, &meeting, &usa, pdf(), Lang::En)
        .await
        .expect("observer State");
}

#[test]
fn p1_1_credentials_paths_cannot_leave_the_folder() {
    let dir = Path::new("/data");
    for bad in [
        "../x",
        "..",
        "/etc/passwd",
        "abc",
        &"g".repeat(64),
        &"A".repeat(64),
    ] {
        assert_eq!(credentials_path(dir, bad), None, "{bad}");
    }
    let good = "0".repeat(64);
    assert_eq!(
        credentials_path(dir, &good),
        Some(dir.join("credentials").join(&good))
    );
}

#[tokio::test]
async fn p1_1_isu_decisions_are_audited_queue_a_message_and_happen_once() {
    let (db, ccm, meeting) = setup().await;
    let saved = db
        .store
        .register(
            &public(),
            &ccm,
            &meeting,
            &ngo("ada@example.org"),
            None,
            Lang::En,
        )
        .await
        .expect("registered");
    let isu = Author {
        user_id: None,
        who: "demo-isu".into(),
        reason: "approve a registration".into(),
    };
    let approved = db
        .store
        .decide_registration(&isu, &meeting, saved.id, true)
        .await
        .expect("approve");
    assert_eq!(approved.status, "approved");
    assert_eq!(approved.decided_by.as_deref(), Some("demo-isu"));
    let outbox = db.store.outbox(10).await.expect("outbox");
    assert_eq!(outbox.len(), 2);
    assert!(outbox[0].subject.contains("confirmed"));
    let log = db.store.audit_log(Some(ccm.id), 1).await.expect("log");
    assert_eq!(log[0].action, "registration.approve");
    assert_eq!(log[0].who, "demo-isu");
    assert!(matches!(
        db.store
            .decide_registration(&isu, &meeting, saved.id, false)
            .await,
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(
        db.store
            .registration_count(&meeting, RegistrationStatus::Approved)
            .await
            .expect("count"),
        1
    );
}
