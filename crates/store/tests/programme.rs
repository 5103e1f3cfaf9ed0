//! The programme of work in the store (P1.2, P2.2): audited, all-or-nothing writes refused with
//! the domain's sentences; speakers and the list of speakers. SQLite, or PostgreSQL when
//! TREATYDESK_TEST_DATABASE_URL is set.

use time::macros::{date, time};
use treatydesk_domain::meeting::MeetingKind;
use treatydesk_domain::programme::{SessionFormat, SpeakerKind};
use treatydesk_store::StoreError;
use treatydesk_store::architecture::NewMeeting;
use treatydesk_store::audit::Author;
use treatydesk_store::entities::{convention, meeting};
use treatydesk_store::programme::{Move, NewSession, NewSpeaker};
use treatydesk_store::testing::TestDb;

fn cli() -> Author {
    Author::cli("test")
}

/// The demo with the 2012 intersessional meeting (2ISM, 16-19 April 2012), added when missing.
async fn setting() -> (TestDb, convention::Model, meeting::Model) {
    let db = TestDb::new().await.expect("db");
    db.store.load_demo_data().await.expect("demo");
    let ccm = db.store.convention("ccm").await.expect("ccm");
    let ism = match db.store.meeting(&ccm, "2ISM").await {
        Ok(m) => m,
        Err(_) => db
            .store
            .add_meeting(
                &cli(),
                &ccm,
                NewMeeting {
                    kind: MeetingKind::Intersessional,
                    number: 2,
                    venue: "Geneva".into(),
                    opens_on: Some(date!(2012 - 04 - 16)),
                    closes_on: Some(date!(2012 - 04 - 19)),
                    source: "test".into(),
                    status: Default::default(),
                    sitting: Default::default(),
                    presiding: None,
                },
            )
            .await
            .expect("2ISM"),
    };
    (db, ccm, ism)
}

fn new(day: time::Date, from: time::Time, to: time::Time, title: &str) -> NewSession {
    NewSession {
        day,
        starts_at: from,
        ends_at: to,
        room: "Room XIX".into(),
        format: SessionFormat::InteractiveDialogue,
        title: title.into(),
        body: None,
        area: None,
        description: String::new(),
    }
}

async fn clear(db: &TestDb, ccm: &convention::Model, m: &meeting::Model) {
    for s in db.store.programme(m).await.expect("programme") {
        // Areas first, so no group slot is removed from under one.
        if s.session.area.is_some() {
            db.store
                .delete_session(&cli(), ccm, m, s.session.id)
                .await
                .expect("delete");
        }
    }
    for s in db.store.programme(m).await.expect("programme") {
        db.store
            .delete_session(&cli(), ccm, m, s.session.id)
            .await
            .expect("delete");
    }
}

#[tokio::test]
async fn the_demo_programme_is_labelled_demo() {
    let db = TestDb::new().await.expect("db");
    db.store.load_demo_data().await.expect("demo");
    let ccm = db.store.convention("ccm").await.expect("ccm");
    let label = db
        .store
        .demo_programme_meeting(&ccm)
        .await
        .expect("label")
        .expect("a demo meeting");
    let m = db.store.meeting(&ccm, &label).await.expect("meeting");
    let programme = db.store.programme(&m).await.expect("programme");
    assert!(programme.len() >= 8);
    for s in &programme {
        assert!(
            s.session.description.contains("DEMO"),
            "{}",
            s.session.title
        );
        for sp in s.panel.iter().chain(&s.floor) {
            assert!(sp.name.contains("DEMO"), "{}", sp.name);
        }
    }
    // Loading again adds nothing.
    db.store.load_demo_data().await.expect("again");
    assert_eq!(
        db.store.programme(&m).await.expect("p").len(),
        programme.len()
    );
}

#[tokio::test]
async fn p2_2_an_area_session_is_stored_inside_its_group_and_refused_outside() {
    let (db, ccm, m) = setting().await;
    clear(&db, &ccm, &m).await;
    let day = date!(2012 - 04 - 17);
    let mut group = new(day, time!(10:00), time!(13:00), "General Status");
    group.body = Some("wg-a".into());
    db.store
        .add_session(&cli(), &ccm, &m, group)
        .await
        .expect("group");
    let mut inside = new(day, time!(11:00), time!(12:00), "NIM");
    inside.area = Some("nim".into());
    inside.body = Some("wg-a".into());
    db.store
        .add_session(&cli(), &ccm, &m, inside)
        .await
        .expect("inside");
    let mut outside = new(day, time!(14:00), time!(15:00), "Reporting");
    outside.area = Some("reporting".into());
    outside.room = "Room XX".into();
    match db.store.add_session(&cli(), &ccm, &m, outside).await {
        Err(StoreError::Invalid(why)) => {
            assert_eq!(why.len(), 1, "{why:?}");
            assert!(why[0].sentence.contains("P2.2"), "{why:?}");
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(db.store.programme(&m).await.expect("p").len(), 2);
}

#[tokio::test]
async fn sessions_are_added_edited_and_deleted_with_audit_entries() {
    let (db, ccm, m) = setting().await;
    clear(&db, &ccm, &m).await;
    let before = db.store.audit_mark().await.expect("mark");
    let day = date!(2012 - 04 - 18);
    let id = db
        .store
        .add_session(
            &cli(),
            &ccm,
            &m,
            new(day, time!(10:00), time!(11:00), "  Dialogue  "),
        )
        .await
        .expect("add");
    let s = db.store.session_of(&m, id).await.expect("session");
    assert_eq!(s.title, "Dialogue");
    let mut changed = new(day, time!(10:30), time!(11:30), "Dialogue, moved");
    changed.format = SessionFormat::SideEvent;
    db.store
        .edit_session(&cli(), &ccm, &m, id, changed)
        .await
        .expect("edit");
    let s = db.store.session_of(&m, id).await.expect("session");
    assert_eq!(
        (s.starts_at, s.format),
        (time!(10:30), SessionFormat::SideEvent)
    );
    db.store
        .delete_session(&cli(), &ccm, &m, id)
        .await
        .expect("delete");
    assert!(matches!(
        db.store.session_of(&m, id).await,
        Err(StoreError::NotFound(_))
    ));
    let log = db.store.audit_log(Some(ccm.id), 10).await.expect("log");
    let actions: Vec<&str> = log
        .iter()
        .filter(|e| e.id > before)
        .map(|e| e.action.as_str())
        .collect();
    assert_eq!(
        actions,
        [
            "programme.session.delete",
            "programme.session.edit",
            "programme.session.add"
        ]
    );
}

#[tokio::test]
async fn refusals_say_why_and_store_nothing() {
    let (db, ccm, m) = setting().await;
    clear(&db, &ccm, &m).await;
    let mark = db.store.audit_mark().await.expect("mark");
    let bad = [
        new(
            date!(2012 - 04 - 20),
            time!(10:00),
            time!(11:00),
            "After the meeting",
        ),
        new(
            date!(2012 - 04 - 17),
            time!(11:00),
            time!(10:00),
            "Backwards",
        ),
        new(date!(2012 - 04 - 17), time!(10:00), time!(11:00), "   "),
    ];
    for session in bad {
        assert!(matches!(
            db.store.add_session(&cli(), &ccm, &m, session).await,
            Err(StoreError::Invalid(_))
        ));
    }
    let day = date!(2012 - 04 - 17);
    db.store
        .add_session(
            &cli(),
            &ccm,
            &m,
            new(day, time!(10:00), time!(11:00), "First"),
        )
        .await
        .expect("first");
    let clash = db
        .store
        .add_session(
            &cli(),
            &ccm,
            &m,
            new(day, time!(10:30), time!(11:30), "Second"),
        )
        .await;
    match clash {
        Err(StoreError::Invalid(why)) => {
            assert!(why[0].sentence.contains("overlap in room Room XIX"))
        }
        other => panic!("expected an overlap, got {other:?}"),
    }
    assert_eq!(db.store.programme(&m).await.expect("p").len(), 1);
    // One audit entry: the one session stored.
    let log = db.store.audit_log(Some(ccm.id), 10).await.expect("log");
    assert_eq!(log.iter().filter(|e| e.id > mark).count(), 1);
}

#[tokio::test]
async fn deleting_the_group_slot_under_an_area_session_is_refused() {
    let (db, ccm, m) = setting().await;
    clear(&db, &ccm, &m).await;
    let day = date!(2012 - 04 - 17);
    let mut group = new(day, time!(10:00), time!(13:00), "General Status");
    group.body = Some("wg-a".into());
    let g = db
        .store
        .add_session(&cli(), &ccm, &m, group)
        .await
        .expect("group");
    let mut area = new(day, time!(11:00), time!(12:00), "Reporting");
    area.area = Some("reporting".into());
    db.store
        .add_session(&cli(), &ccm, &m, area)
        .await
        .expect("area");
    assert!(matches!(
        db.store.delete_session(&cli(), &ccm, &m, g).await,
        Err(StoreError::Invalid(_))
    ));
}

#[tokio::test]
async fn p1_2_speakers_panel_and_list_of_speakers_in_order_of_request() {
    let (db, ccm, m) = setting().await;
    clear(&db, &ccm, &m).await;
    let id = db
        .store
        .add_session(
            &cli(),
            &ccm,
            &m,
            new(
                date!(2012 - 04 - 17),
                time!(10:00),
                time!(11:00),
                "Dialogue",
            ),
        )
        .await
        .expect("session");
    let speaker = |name: &str, kind, actor: Option<&str>| NewSpeaker {
        name: name.into(),
        actor: actor.map(Into::into),
        capacity: "Delegate".into(),
        kind,
    };
    db.store
        .add_speaker(
            &cli(),
            &ccm,
            &m,
            id,
            speaker("Panellist", SpeakerKind::Panel, None),
        )
        .await
        .expect("panel");
    let mut floor = Vec::new();
    for (name, actor) in [
        ("First", Some("nzl")),
        ("Second", None),
        ("Third", Some("DEU")),
    ] {
        floor.push(
            db.store
                .add_speaker(
                    &cli(),
                    &ccm,
                    &m,
                    id,
                    speaker(name, SpeakerKind::Floor, actor),
                )
                .await
                .expect("floor"),
        );
    }
    assert!(matches!(
        db.store
            .add_speaker(
                &cli(),
                &ccm,
                &m,
                id,
                speaker("X", SpeakerKind::Floor, Some("XXX"))
            )
            .await,
        Err(StoreError::Invalid(_))
    ));
    let names = |p: &[treatydesk_domain::programme::Speaker]| {
        p.iter().map(|s| s.name.clone()).collect::<Vec<_>>()
    };
    let p = db.store.programme(&m).await.expect("p");
    assert_eq!(names(&p[0].panel), ["Panellist"]);
    assert_eq!(names(&p[0].floor), ["First", "Second", "Third"]);
    assert_eq!(p[0].floor[0].actor.as_deref(), Some("NZL"));
    db.store
        .move_speaker(&cli(), &ccm, &m, id, floor[2], Move::Up)
        .await
        .expect("up");
    db.store
        .move_speaker(&cli(), &ccm, &m, id, floor[0], Move::Up)
        .await
        .expect("top stays");
    let p = db.store.programme(&m).await.expect("p");
    assert_eq!(names(&p[0].floor), ["First", "Third", "Second"]);
    db.store
        .remove_speaker(&cli(), &ccm, &m, id, floor[0])
        .await
        .expect("remove");
    let p = db.store.programme(&m).await.expect("p");
    assert_eq!(names(&p[0].floor), ["Third", "Second"]);
    // A speaker of another session is not found through this one.
    assert!(matches!(
        db.store
            .remove_speaker(&cli(), &ccm, &m, id + 1000, floor[1])
            .await,
        Err(StoreError::NotFound(_))
    ));
}
