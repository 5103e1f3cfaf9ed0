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

/// Opens the meeting's registration with a deadline far ahead.
async fn open_for_long(db: &TestDb, meeting: &meeting::Model) {
    set(
        db,
        meeting,
        Settings {
            deadline: Some(time::macros::date!(2100 - 01 - 01)),
            ..Default::default()
        },
    )
    .await;
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
        Err(StoreError::Conflict(sentence)) => {
            assert!(sentence.sentence.contains("already registered"))
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    let all = db.store.registrations(&meeting, None).await.expect("list");
    assert_eq!(all.len(), 1);
    assert_eq!(db.store.outbox(10).await.expect("outbox").len(), 1);
}

#[tokio::test]
async fn p1_1_concurrent_posts_neither_lose_nor_double_a_registration() {
    let (db, ccm, meeting) = setup().await;
    open_for_long(&db, &meeting).await;
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
        .decide_registration(
            &Author::cli("test"),
            &meeting,
            first.id,
            false,
            "test refusal",
        )
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
        .decide_registration(&isu, &meeting, saved.id, true, "")
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
            .decide_registration(&isu, &meeting, saved.id, false, "not eligible")
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

// Issue 18 item 7: registration as delegations work.

use treatydesk_store::delegations::Delegate;

fn person(family: &str, email: &str, role: &str) -> Delegate {
    Delegate {
        family_name: family.into(),
        given_name: "Amina".into(),
        email: email.into(),
        role: role.into(),
    }
}

fn focal() -> Author {
    Author {
        user_id: None,
        who: "nga-focal".into(),
        reason: "test: the delegation of Nigeria".into(),
    }
}

#[tokio::test]
async fn p18_7_delegation_one_post_registers_everyone_with_references_and_one_note_verbale() {
    let (db, ccm, meeting) = setup().await;
    let people = [
        person("Bello", "bello@example.org", "head"),
        Delegate::default(),
        person("Okoro", "okoro@example.org", "member"),
    ];
    // The first post of a State's delegation must carry its note verbale.
    let refused = db
        .store
        .register_delegation(
            &focal(),
            &ccm,
            &meeting,
            "nga",
            "state-party",
            &people,
            None,
            Lang::En,
        )
        .await
        .expect("store");
    let refused = refused.expect_err("no note verbale");
    assert_eq!(refused.post, vec![Refusal::CredentialsRequired]);
    assert!(
        db.store
            .registrations(&meeting, None)
            .await
            .expect("rows")
            .is_empty()
    );
    let posted = db
        .store
        .register_delegation(
            &focal(),
            &ccm,
            &meeting,
            "NGA",
            "state-party",
            &people,
            pdf(),
            Lang::En,
        )
        .await
        .expect("store")
        .expect("accepted");
    let refs: Vec<_> = posted
        .registrations
        .iter()
        .map(|r| r.reference.clone().unwrap_or_default())
        .collect();
    assert_eq!(refs, ["3RC-NGA-0001", "3RC-NGA-0002"]);
    let note = posted.post.credential_id.expect("the note verbale");
    assert!(
        posted
            .registrations
            .iter()
            .all(|r| r.credential_id == Some(note))
    );
    // A later post relies on the delegation's note verbale and continues the numbers.
    let more = db
        .store
        .register_delegation(
            &focal(),
            &ccm,
            &meeting,
            "NGA",
            "state-party",
            &[person("Eze", "eze@example.org", "adviser")],
            None,
            Lang::En,
        )
        .await
        .expect("store")
        .expect("accepted");
    assert_eq!(
        more.registrations[0].reference.as_deref(),
        Some("3RC-NGA-0003")
    );
    assert_eq!(more.registrations[0].credential_id, Some(note));
    let outbox = db.store.outbox(10).await.expect("outbox");
    assert!(outbox.iter().any(|m| m.body.contains("3RC-NGA-0002")));
    let log = db.store.audit_log(None, 1).await.expect("log");
    assert_eq!(log[0].action, "registration.delegation");
    // A person registered through the public form gets a reference too.
    let one = db
        .store
        .register(
            &public(),
            &ccm,
            &meeting,
            &ngo("ngo@example.org"),
            None,
            Lang::En,
        )
        .await
        .expect("registered");
    assert_eq!(one.reference.as_deref(), Some("3RC-REG-0001"));
}

#[tokio::test]
async fn p18_7_delegation_one_refused_person_refuses_the_whole_post_by_row() {
    let (db, ccm, meeting) = setup().await;
    let people = [
        person("Bello", "bello@example.org", "head"),
        person("Okoro", "not-an-address", "member"),
        person("Eze", "bello@example.org", "head"),
    ];
    let refused = db
        .store
        .register_delegation(
            &focal(),
            &ccm,
            &meeting,
            "NGA",
            "state-party",
            &people,
            pdf(),
            Lang::En,
        )
        .await
        .expect("store")
        .expect_err("refused");
    assert!(refused.post.is_empty(), "{refused:?}");
    assert_eq!(refused.rows.len(), 2, "{refused:?}");
    assert_eq!(refused.rows[0], (1, vec![Refusal::EmailShape]));
    assert_eq!(refused.rows[1].0, 2);
    assert!(refused.rows[1].1.contains(&Refusal::AlreadyRegistered {
        email: "bello@example.org".into()
    }));
    assert!(
        db.store
            .registrations(&meeting, None)
            .await
            .expect("rows")
            .is_empty()
    );
    // A State that is not a party in force cannot post as a State Party.
    let usa = db
        .store
        .register_delegation(
            &focal(),
            &ccm,
            &meeting,
            "USA",
            "state-party",
            &[person("Smith", "smith@example.org", "head")],
            pdf(),
            Lang::En,
        )
        .await
        .expect("store")
        .expect_err("not a party");
    assert!(
        matches!(usa.post[..], [Refusal::NotPartyInForce { .. }]),
        "{usa:?}"
    );
    // After the deadline, the post is refused with the deadline.
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
    let late = db
        .store
        .register_delegation(
            &focal(),
            &ccm,
            &meeting,
            "NGA",
            "state-party",
            &[person("Bello", "bello@example.org", "head")],
            pdf(),
            Lang::En,
        )
        .await
        .expect("store")
        .expect_err("late");
    assert_eq!(
        late.post,
        vec![Refusal::AfterDeadline {
            deadline: yesterday
        }]
    );
}

#[tokio::test]
async fn p18_7_delegation_a_correction_keeps_the_old_values_and_a_withdrawal_too() {
    let (db, ccm, meeting) = setup().await;
    let posted = db
        .store
        .register_delegation(
            &focal(),
            &ccm,
            &meeting,
            "NGA",
            "state-party",
            &[person("Bello", "bello@example.org", "head")],
            pdf(),
            Lang::En,
        )
        .await
        .expect("store")
        .expect("accepted");
    let id = posted.registrations[0].id;
    let fixed = person("Bello-Adeyemi", "bello@example.org", "head");
    // A correction must say why.
    let why = db
        .store
        .correct_registration(&focal(), &meeting, id, Some("NGA"), &fixed, " ")
        .await;
    assert!(matches!(why, Err(StoreError::Refused(ref r)) if r == &[Refusal::ReasonRequired]));
    // Another State's focal point does not see it.
    let other = db
        .store
        .correct_registration(&focal(), &meeting, id, Some("NZL"), &fixed, "typo")
        .await;
    assert!(matches!(other, Err(StoreError::NotFound(_))), "{other:?}");
    let saved = db
        .store
        .correct_registration(
            &focal(),
            &meeting,
            id,
            Some("NGA"),
            &fixed,
            "family name misspelt",
        )
        .await
        .expect("corrected");
    assert_eq!(saved.family_name, "Bello-Adeyemi");
    assert_eq!(
        saved.reference.as_deref(),
        Some("3RC-NGA-0001"),
        "the reference stays"
    );
    let record = db
        .store
        .delegation_record(&meeting, "NGA")
        .await
        .expect("record");
    let (_, revisions) = &record.registrations[0];
    assert_eq!(revisions.len(), 1);
    assert_eq!(
        (
            revisions[0].family_name.as_str(),
            revisions[0].who.as_str(),
            revisions[0].reason.as_str()
        ),
        ("Bello", "nga-focal", "family name misspelt")
    );
    let withdrawn = db
        .store
        .withdraw_registration(&focal(), &meeting, id, Some("NGA"), "cannot travel")
        .await
        .expect("withdrawn");
    assert_eq!(withdrawn.status, "withdrawn");
    assert_eq!(withdrawn.head_key, None);
    let record = db
        .store
        .delegation_record(&meeting, "NGA")
        .await
        .expect("record");
    assert_eq!(record.registrations[0].1.len(), 2);
    assert_eq!(record.registrations[0].1[1].change, "withdrawal");
    // A withdrawn registration is not changed again.
    let again = db
        .store
        .withdraw_registration(&focal(), &meeting, id, Some("NGA"), "")
        .await;
    assert!(
        matches!(again, Err(StoreError::Refused(ref r)) if matches!(r[..], [Refusal::NotActive { .. }]))
    );
    // After the deadline, a correction is refused with the deadline.
    let second = db
        .store
        .register_delegation(
            &focal(),
            &ccm,
            &meeting,
            "NGA",
            "state-party",
            &[person("Okoro", "okoro@example.org", "member")],
            None,
            Lang::En,
        )
        .await
        .expect("store")
        .expect("accepted");
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
    let late = db
        .store
        .correct_registration(
            &focal(),
            &meeting,
            second.registrations[0].id,
            Some("NGA"),
            &person("Okoro", "okoro@example.org", "adviser"),
            "role",
        )
        .await;
    assert!(
        matches!(late, Err(StoreError::Refused(ref r)) if r == &[Refusal::AfterDeadline { deadline: yesterday }]),
        "{late:?}"
    );
}

#[tokio::test]
async fn p18_7_delegation_the_isu_approves_several_at_once_and_refuses_with_a_reason() {
    let (db, ccm, meeting) = setup().await;
    let posted = db
        .store
        .register_delegation(
            &focal(),
            &ccm,
            &meeting,
            "NGA",
            "state-party",
            &[
                person("Bello", "bello@example.org", "head"),
                person("Okoro", "okoro@example.org", "member"),
                person("Eze", "eze@example.org", "adviser"),
            ],
            pdf(),
            Lang::En,
        )
        .await
        .expect("store")
        .expect("accepted");
    let ids: Vec<i32> = posted.registrations.iter().map(|r| r.id).collect();
    let isu = Author::cli("test: the ISU decides");
    let no_reason = db
        .store
        .decide_registrations(&isu, &meeting, &ids[2..], false, "")
        .await;
    assert!(
        matches!(no_reason, Err(StoreError::Refused(ref r)) if r == &[Refusal::ReasonRequired])
    );
    let approved = db
        .store
        .decide_registrations(&isu, &meeting, &ids[..2], true, "")
        .await
        .expect("approved");
    assert!(approved.iter().all(|r| r.status == "approved"));
    // All or none: an approved one in the post refuses the post.
    let mixed = db
        .store
        .decide_registrations(&isu, &meeting, &ids, true, "")
        .await;
    assert!(
        matches!(mixed, Err(StoreError::Conflict(ref m)) if m.sentence.contains("3RC-NGA-0001"))
    );
    assert_eq!(
        db.store
            .registration(&meeting, ids[2])
            .await
            .expect("row")
            .status,
        "pending"
    );
    let refused = db
        .store
        .decide_registrations(&isu, &meeting, &ids[2..], false, "not on the note verbale")
        .await
        .expect("refused");
    assert_eq!(
        refused[0].decision_reason.as_deref(),
        Some("not on the note verbale")
    );
    let log = db.store.audit_log(None, 2).await.expect("log");
    assert_eq!(log[0].action, "registration.refuse");
    assert_eq!(log[1].action, "registration.approve");
}

#[tokio::test]
async fn i13_references_come_from_a_counter_that_continues_the_registrations_stored_before_it() {
    use sea_orm::ConnectionTrait;
    let (db, ccm, meeting) = setup().await;
    let register = |email: &'static str| {
        let store = db.store.clone();
        let (ccm, meeting) = (ccm.clone(), meeting.clone());
        async move {
            store
                .register(&public(), &ccm, &meeting, &ngo(email), None, Lang::En)
                .await
                .expect("registered")
                .reference
                .unwrap_or_default()
        }
    };
    assert_eq!(register("a@example.org").await, "3RC-REG-0001");
    assert_eq!(register("b@example.org").await, "3RC-REG-0002");
    // Registrations stored before the counters existed (or a restored backup without them):
    // the next number is counted once from them, and the counter carries on from there.
    db.store
        .db()
        .execute_unprepared("DELETE FROM registration_counters")
        .await
        .expect("counters emptied");
    assert_eq!(register("c@example.org").await, "3RC-REG-0003");
    assert_eq!(register("d@example.org").await, "3RC-REG-0004");
    let issued = db
        .store
        .db()
        .query_one_raw(sea_orm::Statement::from_string(
            db.store.db().get_database_backend(),
            "SELECT issued FROM registration_counters",
        ))
        .await
        .expect("query")
        .expect("one counter")
        .try_get::<i64>("", "issued")
        .expect("issued");
    assert_eq!(issued, 4);
    // A refused registration (the same e-mail again) leaves the counter where it was.
    let again = db
        .store
        .register(
            &public(),
            &ccm,
            &meeting,
            &ngo("d@example.org"),
            None,
            Lang::En,
        )
        .await;
    assert!(matches!(again, Err(StoreError::Conflict(_))), "{again:?}");
    assert_eq!(register("e@example.org").await, "3RC-REG-0005");
}

/// Issue 13: one writer takes the registrations in the order they arrive, so a burst is stored
/// first come, first served (before it, SQLite's busy handler stored them in any order).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn i13_registrations_are_stored_in_the_order_they_arrive() {
    let (db, ccm, meeting) = setup().await;
    open_for_long(&db, &meeting).await;
    // Each post waits until the one before it has been handed in (its first poll queues it),
    // then all of them wait for their answers together.
    let mut tasks = Vec::new();
    for i in 0..40 {
        let store = db.store.clone();
        let (ccm, meeting) = (ccm.clone(), meeting.clone());
        let (handed, was_handed) = tokio::sync::oneshot::channel::<()>();
        tasks.push(tokio::spawn(async move {
            let mut form = ngo(&format!("order{i}@example.org"));
            form.organization = format!("Organization {i}");
            let author = public();
            let posted = store.register(&author, &ccm, &meeting, &form, None, Lang::En);
            let mut posted = std::pin::pin!(posted);
            // One poll hands the registration in; then the next may be posted.
            let first = futures_poll_once(posted.as_mut()).await;
            let _ = handed.send(());
            match first {
                Some(done) => done,
                None => posted.await,
            }
        }));
        was_handed.await.expect("handed in");
    }
    let mut ids = Vec::new();
    for t in tasks {
        ids.push(t.await.expect("task").expect("stored").id);
    }
    assert_eq!(ids.len(), 40);
    assert_eq!(
        db.store
            .registrations(&meeting, None)
            .await
            .expect("list")
            .len(),
        40
    );
    assert!(
        ids.windows(2).all(|w| w[0] < w[1]),
        "stored out of arrival order: {ids:?}"
    );
}

/// Polls a future once: its output if it is ready, `None` if it is still waiting.
async fn futures_poll_once<F: std::future::Future + Unpin>(f: F) -> Option<F::Output> {
    let mut f = f;
    std::future::poll_fn(|cx| {
        std::task::Poll::Ready(match std::pin::Pin::new(&mut f).poll(cx) {
            std::task::Poll::Ready(v) => Some(v),
            std::task::Poll::Pending => None,
        })
    })
    .await
}

/// Issue 13: registrations posted together are written together (on SQLite in one transaction,
/// each in a savepoint): a duplicate among them is refused alone and leaves nothing, not even a
/// reference number, and the acknowledgements are exactly those of the stored ones.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn i13_a_refused_registration_in_a_burst_leaves_nothing_and_takes_no_number() {
    let (db, ccm, meeting) = setup().await;
    open_for_long(&db, &meeting).await;
    let before = db.store.outbox(1000).await.expect("outbox").len();
    // 20 people, every second of whom posts twice in a row: 30 posts.
    let posts: Vec<u32> = (0..20)
        .flat_map(|p| if p % 2 == 0 { vec![p, p] } else { vec![p] })
        .collect();
    let mut tasks = Vec::new();
    for person in posts {
        let store = db.store.clone();
        let (ccm, meeting) = (ccm.clone(), meeting.clone());
        tasks.push(tokio::spawn(async move {
            let mut form = ngo(&format!("burst{person}@example.org"));
            form.organization = format!("Burst organization {person}");
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
            Err(e) => panic!("unexpected error: {e:?}"),
        }
    }
    assert_eq!((stored, conflicts), (20, 10));
    let rows: Vec<_> = db
        .store
        .registrations(&meeting, None)
        .await
        .expect("list")
        .into_iter()
        .filter(|r| r.email.starts_with("burst"))
        .collect();
    assert_eq!(rows.len(), 20);
    let mut numbers: Vec<u32> = rows
        .iter()
        .map(|r| {
            let reference = r.reference.clone().expect("a reference");
            reference
                .rsplit('-')
                .next()
                .and_then(|n| n.parse().ok())
                .expect("a number")
        })
        .collect();
    numbers.sort_unstable();
    let first = numbers[0];
    assert_eq!(
        numbers,
        (first..first + 20).collect::<Vec<_>>(),
        "a refused registration took a number"
    );
    assert_eq!(
        db.store.outbox(1000).await.expect("outbox").len(),
        before + 20
    );
}
