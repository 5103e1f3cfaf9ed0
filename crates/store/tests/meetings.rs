//! Meetings in the store: the demo's findings (P1.1, P1.3, P3.1, Art. 11/12), editing a meeting,
//! importing a calendar, Committee attendance and minutes. Run on SQLite and on PostgreSQL.

use time::macros::date;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::rules::{Concerns, Severity};
use treatydesk_domain::schedule::{MeetingStatus, Sitting};
use treatydesk_store::StoreError;
use treatydesk_store::audit::Author;
use treatydesk_store::meetings::MeetingEdit;
use treatydesk_store::testing::TestDb;

async fn demo() -> TestDb {
    let db = TestDb::new().await.expect("db");
    db.store.load_demo_data().await.expect("demo");
    db
}

fn isu() -> Author {
    Author::cli("test")
}

#[tokio::test]
async fn demo_holds_the_ccm_intersessional_meetings_and_their_findings() {
    let db = demo().await;
    let ccm = db.store.convention("ccm").await.expect("ccm");
    let ism: Vec<(String, String)> = db
        .store
        .meetings(&ccm)
        .await
        .expect("meetings")
        .into_iter()
        .filter(|m| m.kind == "intersessional")
        .map(|m| {
            (
                m.label,
                m.opens_on.map(|d| d.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        ism,
        [
            ("1ISM", "2011-06-27"),
            ("2ISM", "2012-04-16"),
            ("3ISM", "2013-04-15"),
            ("4ISM", "2014-04-07"),
            ("5ISM", "2015-06-22")
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    let findings = db
        .store
        .meeting_findings(&ccm, date!(2026 - 11 - 28))
        .await
        .expect("findings");
    let two = db.store.meeting(&ccm, "2ISM").await.expect("2ISM");
    // Only the 2012 meeting sits apart from the (demo) Geneva meetings of other conventions.
    let summary: Vec<(&str, Severity, &[Concerns])> = findings
        .iter()
        .map(|f| (f.clause.as_str(), f.severity, f.concerns.as_slice()))
        .collect();
    assert_eq!(
        summary,
        vec![(
            "P1.3",
            Severity::Warning,
            &[Concerns::Meeting(i64::from(two.id))][..]
        )],
        "{findings:#?}"
    );
    assert!(
        findings[0].sentence.contains("2012-05-14") || findings[0].sentence.contains("14 May 2012"),
        "{}",
        findings[0].sentence
    );
}

#[tokio::test]
async fn p1_1_moving_the_intersessional_to_oslo_in_july_is_refused_by_findings() {
    let db = demo().await;
    let ccm = db.store.convention("ccm").await.expect("ccm");
    db.store
        .update_meeting(
            &isu(),
            &ccm,
            "3ISM",
            MeetingEdit {
                venue: "Oslo".into(),
                opens_on: Some(date!(2013 - 07 - 01)),
                closes_on: Some(date!(2013 - 07 - 08)),
                status: MeetingStatus::Held,
                sitting: Sitting::Days,
                presiding: None,
            },
        )
        .await
        .expect("saved: findings report, they do not block");
    let findings = db
        .store
        .meeting_findings(&ccm, date!(2026 - 11 - 28))
        .await
        .expect("findings");
    let p1_1: Vec<&str> = findings
        .iter()
        .filter(|f| f.clause == "P1.1")
        .map(|f| f.sentence.as_str())
        .collect();
    assert_eq!(p1_1.len(), 3, "venue, window, six meeting days: {p1_1:#?}");
    // The edit is in the audit log.
    let m = db.store.meeting(&ccm, "3ISM").await.expect("3ISM");
    assert_eq!((m.venue.as_str(), m.status.as_str()), ("Oslo", "held"));
}

#[tokio::test]
async fn meeting_edit_refuses_closing_before_opening_and_unknown_chair() {
    let db = demo().await;
    let ccm = db.store.convention("ccm").await.expect("ccm");
    let err = db
        .store
        .update_meeting(
            &isu(),
            &ccm,
            "1CC",
            MeetingEdit {
                venue: "Geneva".into(),
                opens_on: Some(date!(2013 - 03 - 02)),
                closes_on: Some(date!(2013 - 03 - 01)),
                presiding: Some("XXX".into()),
                ..Default::default()
            },
        )
        .await
        .expect_err("refused");
    assert!(
        matches!(err, StoreError::Invalid(_) | StoreError::Refused(_)),
        "{err}"
    );
    let text = err.to_string();
    assert!(
        text.contains("before it opens") && text.contains("XXX"),
        "{text}"
    );
}

#[tokio::test]
async fn p3_1_demo_committee_meeting_is_chaired_by_the_president_and_attendance_comes_from_membership()
 {
    let db = demo().await;
    let ccm = db.store.convention("ccm").await.expect("ccm");
    let cc = db.store.meeting(&ccm, "1CC").await.expect("1CC");
    let attendance = db.store.attendance(cc.id).await.expect("attendance");
    let who: Vec<&str> = attendance.iter().map(|a| a.attendee.as_str()).collect();
    // Norway presides (3MSP President); the Coordinators of the 2MSP sit; ICRC, UN, CMC too.
    assert!(who.contains(&"NOR"), "{who:?}");
    assert!(who.contains(&"BEL") && who.contains(&"NZL"), "{who:?}");
    assert!(who.contains(&"ICRC"), "{who:?}");
    assert!(attendance.iter().all(|a| !a.guest));
    // Proposing again adds no one twice.
    assert_eq!(
        db.store
            .propose_attendance(&isu(), &ccm, &cc)
            .await
            .expect("again"),
        0
    );
    let guest = db
        .store
        .add_guest(&isu(), &cc, "GICHD", "invited on the ISU's hosting")
        .await
        .expect("guest");
    assert!(guest.guest);
    let twice = db.store.add_guest(&isu(), &cc, "GICHD", "").await;
    assert!(matches!(
        twice.expect_err("duplicate"),
        StoreError::Conflict(_)
    ));
    let minutes = db
        .store
        .minutes(cc.id)
        .await
        .expect("read")
        .expect("minutes");
    assert_eq!(minutes.access, AccessLevel::Committee.slug());
    let agenda = db.store.agenda(cc.id).await.expect("agenda");
    assert_eq!(agenda.len(), 4);
}

#[tokio::test]
async fn p1_3_calendar_import_adds_then_updates_and_refuses_garbage_whole() {
    let db = TestDb::new().await.expect("db");
    let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:x1\r\nDTSTAMP:20120101T000000Z\r\nSUMMARY:BWC Meeting of Experts\r\nLOCATION:Geneva\r\nDTSTART;VALUE=DATE:20120716\r\nDTEND;VALUE=DATE:20120721\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let first = db
        .store
        .import_calendar(&isu(), "BWC", text)
        .await
        .expect("import");
    assert_eq!((first.added, first.updated), (1, 0));
    let again = db
        .store
        .import_calendar(&isu(), "BWC", &text.replace("20120721", "20120720"))
        .await
        .expect("import");
    assert_eq!((again.added, again.updated), (0, 1));
    let entries = db.store.calendar_entries().await.expect("entries");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].closes_on, date!(2012 - 07 - 19));
    let bad = db
        .store
        .import_calendar(&isu(), "BWC", &text.replace("UID:x1\r\n", ""))
        .await
        .expect_err("refused");
    assert!(
        matches!(bad, StoreError::Invalid(_) | StoreError::Refused(_)),
        "{bad}"
    );
    assert_eq!(db.store.calendar_entries().await.expect("entries").len(), 1);
}
