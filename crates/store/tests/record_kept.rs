//! Issue 12, the record kept by its users: decisions recorded and corrected by revision,
//! personal API tokens, nominations with P2.4 at nomination, offices on a date. Run on SQLite
//! and (with TREATYDESK_TEST_DATABASE_URL) on PostgreSQL.

use std::collections::BTreeMap;

use time::macros::date;
use treatydesk_domain::office::Post;
use treatydesk_domain::rotation::from_record;
use treatydesk_domain::rules::Severity;
use treatydesk_store::StoreError;
use treatydesk_store::architecture::NewAppointment;
use treatydesk_store::audit::Author;
use treatydesk_store::decisions::{DecisionContent, NewDecision};
use treatydesk_store::entities::{convention, meeting};
use treatydesk_store::nominations::NewNomination;
use treatydesk_store::offices::Designation;
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
    // This test's decision, and the demo's made-up 13MSP approval of the ISU work plan (issue 14).
    assert_eq!(audited(&db, "decision.record").await, 2);
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
        matches!(&refused, Err(StoreError::Invalid(r)) if r[0].sentence.contains("not a meeting that adopts decisions")),
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

// ----- 2. Personal API tokens ---------------------------------------------------------------

#[tokio::test]
async fn d12_6_a_personal_api_token_is_shown_once_stored_hashed_and_revocable() {
    let db = TestDb::new().await.expect("db");
    let grants = [treatydesk_domain::Grant {
        role: treatydesk_domain::Role::IsuStaff,
        convention: Some("ccm".into()),
        actor: None,
    }];
    let me = Author::cli("test: an ISU officer");
    let uid = db
        .store
        .add_user(
            "officer",
            "An officer",
            "correct horse battery",
            &grants,
            &me,
        )
        .await
        .expect("user");
    assert!(matches!(
        db.store.create_api_token(&me, uid, "  ").await,
        Err(StoreError::Invalid(_))
    ));
    let made = db
        .store
        .create_api_token(&me, uid, "reporting script")
        .await
        .expect("token");
    assert!(
        made.secret
            .starts_with(treatydesk_store::tokens::TOKEN_PREFIX)
    );
    assert!(made.secret.len() > 60);
    // Only the hash is stored: no row of the table holds the secret.
    let rows = treatydesk_store::entities::api_token::Entity::find_all(&db).await;
    assert_eq!(rows.len(), 1);
    assert_ne!(rows[0].token_hash, made.secret);
    assert_eq!(
        rows[0].token_hash,
        treatydesk_store::tokens::token_hash(&made.secret)
    );
    // The bearer finds its user and the use is noted.
    assert_eq!(
        db.store.api_tokens(uid).await.expect("list")[0].last_used_at,
        None
    );
    let found = db
        .store
        .user_by_api_token(&made.secret)
        .await
        .expect("lookup")
        .expect("a user");
    assert_eq!(found.username, "officer");
    let listed = db.store.api_tokens(uid).await.expect("list");
    assert_eq!(listed.len(), 1);
    assert!(listed[0].last_used_at.is_some());
    assert_eq!(listed[0].name, "reporting script");
    assert!(made.secret.starts_with(&listed[0].prefix));
    // A wrong secret finds nobody.
    let mut wrong = made.secret.clone();
    wrong.pop();
    wrong.push('x');
    assert!(
        db.store
            .user_by_api_token(&wrong)
            .await
            .expect("lookup")
            .is_none()
    );
    assert!(
        db.store
            .user_by_api_token("")
            .await
            .expect("lookup")
            .is_none()
    );
    // Revoked, it finds nobody; revoking again is refused; another user's token is not found.
    assert!(matches!(
        db.store.revoke_api_token(&me, uid + 1, made.info.id).await,
        Err(StoreError::NotFound(_))
    ));
    db.store
        .revoke_api_token(&me, uid, made.info.id)
        .await
        .expect("revoked");
    assert!(
        db.store
            .user_by_api_token(&made.secret)
            .await
            .expect("lookup")
            .is_none()
    );
    assert!(matches!(
        db.store.revoke_api_token(&me, uid, made.info.id).await,
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(audited(&db, "user.token.create").await, 1);
    assert_eq!(audited(&db, "user.token.revoke").await, 1);
}

/// Reads every row of an entity (test helper).
trait FindAll: sea_orm::EntityTrait {
    async fn find_all(db: &TestDb) -> Vec<Self::Model> {
        Self::find().all(db.store.db()).await.expect("rows")
    }
}
impl FindAll for treatydesk_store::entities::api_token::Entity {}

// ----- 3. Nominations -----------------------------------------------------------------------

/// Gives the planned 3RC made-up dates (test only) so that "until the meeting opens" can be
/// tried.
async fn date_the_3rc(db: &TestDb, ccm: &convention::Model) -> meeting::Model {
    db.store
        .update_meeting(
            &isu(),
            ccm,
            "3RC",
            treatydesk_store::meetings::MeetingEdit {
                venue: "Geneva".into(),
                opens_on: Some(date!(2026 - 11 - 16)),
                closes_on: Some(date!(2026 - 11 - 20)),
                status: treatydesk_domain::schedule::MeetingStatus::Planned,
                sitting: treatydesk_domain::schedule::Sitting::Days,
                presiding: None,
            },
        )
        .await
        .expect("dated")
}

fn nomination(state: &str, seats: &[&str]) -> NewNomination {
    NewNomination {
        state: state.into(),
        choices: seats
            .iter()
            .enumerate()
            .map(|(i, s)| (s.to_string(), u8::try_from(i + 1).expect("small")))
            .collect(),
        statement: format!("{state} offers to serve."),
        on_behalf: false,
    }
}

#[tokio::test]
async fn d12_2_a_state_nominates_itself_and_the_planner_reads_it() {
    let (db, ccm) = ccm().await;
    let rc3 = meeting(&db, &ccm, "3RC").await;
    let focal = Author {
        user_id: None,
        who: "focal-point-alb".into(),
        reason: "nominate Albania".into(),
    };
    let before = db
        .store
        .record(&ccm)
        .await
        .expect("record")
        .nominations
        .len();
    assert_eq!(before, 16, "the demo's nominations are read from the table");
    let made = db
        .store
        .nominate(
            &focal,
            &ccm,
            &rc3,
            nomination("ALB", &["a-1", "a-2"]),
            date!(2026 - 06 - 01),
        )
        .await
        .expect("nominated");
    assert!(made.findings.is_empty(), "{:?}", made.findings);
    assert_eq!(made.nomination.entered_by, "focal-point-alb");
    assert!(!made.nomination.on_behalf);
    assert_eq!(made.nomination.statement, "ALB offers to serve.");
    let record = db.store.record(&ccm).await.expect("record");
    assert_eq!(record.nominations.len(), before + 1);
    // The planner's input for the 3RC holds Albania with its two choices.
    let (record, facts) = db.store.offices(&ccm).await.expect("offices");
    let m = record
        .meeting(i64::from(rc3.id))
        .expect("3RC in the record")
        .clone();
    let (input, _) = from_record::input_for(&record, &m, &*facts, 2, 3).expect("input");
    let alb = input
        .candidates
        .iter()
        .find(|c| c.state == "ALB")
        .expect("Albania is a candidate");
    assert_eq!(
        alb.choices,
        vec![("a-1".to_string(), 1), ("a-2".to_string(), 2)]
    );
    // A second standing nomination of the same State is refused.
    assert!(matches!(
        db.store
            .nominate(
                &focal,
                &ccm,
                &rc3,
                nomination("ALB", &["b-1"]),
                date!(2026 - 06 - 01)
            )
            .await,
        Err(StoreError::Conflict(_))
    ));
    // Choices: none, repeated, with gaps in the order.
    let mut gaps = nomination("AUT", &["a-1", "a-2"]);
    gaps.choices[1].1 = 3;
    for bad in [
        nomination("AUT", &[]),
        nomination("AUT", &["a-1", "a-1"]),
        gaps,
    ] {
        assert!(matches!(
            db.store
                .nominate(&focal, &ccm, &rc3, bad, date!(2026 - 06 - 01))
                .await,
            Err(StoreError::Invalid(_))
        ));
    }
    assert_eq!(audited(&db, "nomination.add").await, 17);
}

#[tokio::test]
async fn p2_4_a_state_not_in_force_on_the_terms_first_day_is_refused_at_nomination() {
    let (db, ccm) = ccm().await;
    let rc3 = meeting(&db, &ccm, "3RC").await;
    // Angola signed and has not ratified: not a State Party in force when the term begins.
    let refused = db
        .store
        .nominate(
            &isu(),
            &ccm,
            &rc3,
            nomination("AGO", &["a-1"]),
            date!(2026 - 06 - 01),
        )
        .await;
    let Err(StoreError::Invalid(reasons)) = refused else {
        panic!("refused: {refused:?}");
    };
    assert!(
        reasons.iter().any(
            |r| r.sentence.contains("will not be a State Party in force")
                && r.sentence.contains("(P2.4)")
        ),
        "{reasons:?}"
    );
    // An organization is not a State.
    assert!(matches!(
        db.store
            .nominate(
                &isu(),
                &ccm,
                &rc3,
                nomination("ICRC", &["a-1"]),
                date!(2026 - 06 - 01)
            )
            .await,
        Err(StoreError::Invalid(_))
    ));
    // A State whose participation the partial list does not hold gets the warning, recorded.
    let made = db
        .store
        .nominate(
            &isu(),
            &ccm,
            &rc3,
            nomination("NOR", &["nim-1"]),
            date!(2026 - 06 - 01),
        )
        .await
        .expect("recorded with a warning");
    assert!(
        made.findings
            .iter()
            .any(|f| f.clause == "P2.4" && f.severity == Severity::Warning)
    );
    // A meeting that selects no Coordinators takes no nominations.
    let intersessional = db
        .store
        .meetings(&ccm)
        .await
        .expect("meetings")
        .into_iter()
        .find(|m| m.kind == "intersessional")
        .expect("intersessional");
    assert!(matches!(
        db.store
            .nominate(
                &isu(),
                &ccm,
                &intersessional,
                nomination("ALB", &["a-1"]),
                date!(2010 - 01 - 01)
            )
            .await,
        Err(StoreError::Invalid(_))
    ));
}

#[tokio::test]
async fn d12_2_a_nomination_is_withdrawn_until_the_meeting_opens_and_the_isu_enters_one_on_behalf()
{
    let (db, ccm) = ccm().await;
    let rc3 = date_the_3rc(&db, &ccm).await;
    let made = db
        .store
        .nominate(
            &isu(),
            &ccm,
            &rc3,
            NewNomination {
                on_behalf: true,
                ..nomination("BGR", &["c-1"])
            },
            date!(2026 - 10 - 01),
        )
        .await
        .expect("entered on behalf");
    assert!(made.nomination.on_behalf);
    assert_eq!(made.nomination.entered_by, "isu-officer");
    assert!(made.nomination.note.contains("on behalf of BGR"));
    // After the meeting opened, withdrawal is refused with a sentence that says so.
    let late = db
        .store
        .withdraw_nomination(&isu(), &ccm, made.nomination.id, date!(2026 - 11 - 16))
        .await;
    assert!(
        matches!(&late, Err(StoreError::Invalid(r)) if r[0].sentence.contains("only until the meeting opens")),
        "{late:?}"
    );
    // So is a new nomination.
    assert!(matches!(
        db.store
            .nominate(
                &isu(),
                &ccm,
                &rc3,
                nomination("ALB", &["a-1"]),
                date!(2026 - 11 - 17)
            )
            .await,
        Err(StoreError::Invalid(_))
    ));
    // Before, it is withdrawn: kept on record, no longer offered to the planner.
    let withdrawn = db
        .store
        .withdraw_nomination(&isu(), &ccm, made.nomination.id, date!(2026 - 11 - 15))
        .await
        .expect("withdrawn");
    assert_eq!(withdrawn.status, "withdrawn");
    assert!(withdrawn.withdrawn_at.is_some());
    let record = db.store.record(&ccm).await.expect("record");
    assert!(
        !record
            .nominations
            .iter()
            .any(|n| n.id == i64::from(made.nomination.id))
    );
    let all = db.store.nominations_for(&rc3).await.expect("all");
    assert!(all.iter().any(|n| n.id == made.nomination.id));
    assert!(matches!(
        db.store
            .withdraw_nomination(&isu(), &ccm, made.nomination.id, date!(2026 - 11 - 15))
            .await,
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(audited(&db, "nomination.withdraw").await, 1);
}

// ----- 4. Offices ---------------------------------------------------------------------------

#[tokio::test]
async fn d12_3_offices_on_a_date_president_designate_outgoing_president_and_isu_director() {
    let (db, ccm) = ccm().await;
    let rc3 = meeting(&db, &ccm, "3RC").await;
    let m13 = meeting(&db, &ccm, "13MSP").await;
    // Made-up holders (test only): a President-Designate for the 3RC, two Directors.
    db.store
        .designate_president(
            &isu(),
            &ccm,
            Designation {
                state: "AUT",
                presides: &rc3,
                designated_on: date!(2025 - 09 - 19),
                designated_at: Some(&m13),
                source: "test",
            },
        )
        .await
        .expect("designated");
    db.store
        .appoint_isu_director(&isu(), &ccm, "Director One", date!(2015 - 04 - 01), "test")
        .await
        .expect("first Director");
    db.store
        .appoint_isu_director(&isu(), &ccm, "Director Two", date!(2024 - 01 - 01), "test")
        .await
        .expect("second Director");
    // A Director from a day before the one on record is refused.
    assert!(matches!(
        db.store
            .appoint_isu_director(&isu(), &ccm, "Director Zero", date!(2020 - 01 - 01), "test")
            .await,
        Err(StoreError::Invalid(_))
    ));
    let holder =
        |list: &[treatydesk_domain::record_kept::OfficeHolding], office: &str, outgoing: bool| {
            list.iter()
                .find(|h| h.office == office && h.outgoing == outgoing)
                .and_then(|h| h.holder.clone())
        };
    let on = db
        .store
        .offices_on(&ccm, date!(2025 - 12 - 01))
        .await
        .expect("offices");
    assert_eq!(holder(&on, "president", false).as_deref(), Some("PHL"));
    assert_eq!(
        holder(&on, "president-designate", false).as_deref(),
        Some("AUT")
    );
    assert_eq!(holder(&on, "president", true).as_deref(), Some("MEX"));
    assert_eq!(
        holder(&on, "isu-director", false).as_deref(),
        Some("Director Two")
    );
    let then = db
        .store
        .offices_on(&ccm, date!(2016 - 01 - 01))
        .await
        .expect("offices");
    assert_eq!(
        holder(&then, "isu-director", false).as_deref(),
        Some("Director One")
    );
    assert_eq!(holder(&then, "president", false).as_deref(), Some("HRV"));
    assert_eq!(holder(&then, "president-designate", false), None);
    // Version 1 of the architecture (2012) counts no outgoing President.
    let early = db
        .store
        .offices_on(&ccm, date!(2012 - 03 - 01))
        .await
        .expect("offices");
    assert!(early.iter().all(|h| !h.outgoing));
    // A designation on or after the opening of the meeting to preside is refused.
    let m12 = meeting(&db, &ccm, "12MSP").await;
    assert!(matches!(
        db.store
            .designate_president(
                &isu(),
                &ccm,
                Designation {
                    state: "AUT",
                    presides: &m12,
                    designated_on: date!(2024 - 09 - 10),
                    designated_at: None,
                    source: "test",
                },
            )
            .await,
        Err(StoreError::Invalid(_))
    ));
}

// ----- 5. Participation and profiles --------------------------------------------------------

#[tokio::test]
async fn art_17_and_art_20_entry_into_force_and_withdrawal_are_computed_from_what_the_isu_records()
{
    use treatydesk_domain::DepositKind;
    use treatydesk_store::participation_entries::{ParticipationEvent, ParticipationFacts};
    let (db, ccm) = ccm().await;
    // Kenya signed on 3 Dec 2008 (DOMAIN: a signatory not yet ratified); the deposit below is
    // made up for the test.
    let signed = db
        .store
        .record_participation_event(
            &isu(),
            &ccm,
            "KEN",
            ParticipationEvent::Signature {
                on: date!(2008 - 12 - 03),
            },
        )
        .await
        .expect("signature");
    assert_eq!(signed.deposited_on, None);
    let deposited = db
        .store
        .record_participation_event(
            &isu(),
            &ccm,
            "KEN",
            ParticipationEvent::Deposit {
                on: date!(2026 - 02 - 28),
                kind: DepositKind::Ratification,
            },
        )
        .await
        .expect("deposit");
    // Art. 17: first day of the sixth month after the deposit month.
    assert_eq!(deposited.in_force_on, Some(date!(2026 - 08 - 01)));
    assert_eq!(deposited.deposit_kind, Some(DepositKind::Ratification));
    assert!(matches!(
        db.store
            .record_participation_event(
                &isu(),
                &ccm,
                "KEN",
                ParticipationEvent::Deposit {
                    on: date!(2026 - 03 - 01),
                    kind: DepositKind::Ratification
                },
            )
            .await,
        Err(StoreError::Conflict(_))
    ));
    // A withdrawal notice: Art. 20 gives six months after; an earlier "later" date is refused.
    assert!(matches!(
        db.store
            .record_participation_event(
                &isu(),
                &ccm,
                "KEN",
                ParticipationEvent::WithdrawalNotice {
                    on: date!(2026 - 09 - 10),
                    effective_on: Some(date!(2026 - 10 - 01))
                },
            )
            .await,
        Err(StoreError::Invalid(_))
    ));
    let withdrawn = db
        .store
        .record_participation_event(
            &isu(),
            &ccm,
            "KEN",
            ParticipationEvent::WithdrawalNotice {
                on: date!(2026 - 09 - 10),
                effective_on: None,
            },
        )
        .await
        .expect("notice");
    assert_eq!(
        withdrawn.withdrawal_effective_on,
        Some(date!(2027 - 03 - 10))
    );
    // The rules read it at once: Kenya is a party in force between the two dates.
    let (_, facts) = db.store.offices(&ccm).await.expect("facts");
    use treatydesk_domain::rules::Facts;
    assert_eq!(
        facts.status_on("KEN", date!(2026 - 12 - 01)),
        treatydesk_domain::ParticipationStatus::PartyInForce
    );
    assert_eq!(
        facts.status_on("KEN", date!(2027 - 03 - 10)),
        treatydesk_domain::ParticipationStatus::Withdrawn
    );
    // An organization cannot sign.
    assert!(matches!(
        db.store
            .record_participation_event(
                &isu(),
                &ccm,
                "ICRC",
                ParticipationEvent::Signature {
                    on: date!(2009 - 01 - 01)
                }
            )
            .await,
        Err(StoreError::Invalid(_))
    ));
    // A correction is a revision: the deposit was on 27 Feb, so entry into force is unchanged;
    // then 1 Mar moves it to 1 Sep. Every revision is kept.
    let why = Author {
        reason: "the depositary notification gives 1 March".into(),
        ..isu()
    };
    let corrected = db
        .store
        .correct_participation(
            &why,
            &ccm,
            "KEN",
            ParticipationFacts {
                signed_on: Some(date!(2008 - 12 - 03)),
                deposited_on: Some(date!(2026 - 03 - 01)),
                deposit_kind: Some(DepositKind::Ratification),
                withdrawal_notified_on: None,
                withdrawal_effective_later: None,
                note: "made up for a test".into(),
            },
        )
        .await
        .expect("corrected");
    assert_eq!(corrected.in_force_on, Some(date!(2026 - 09 - 01)));
    assert_eq!(corrected.withdrawal_effective_on, None);
    let history = db
        .store
        .participation_history(&ccm, "KEN")
        .await
        .expect("history");
    assert_eq!(history.len(), 4);
    assert_eq!(
        history[1].participation.in_force_on,
        Some(date!(2026 - 08 - 01))
    );
    assert_eq!(
        history[3].reason,
        "the depositary notification gives 1 March"
    );
    assert_eq!(audited(&db, "participation.record").await, 3);
    assert_eq!(audited(&db, "participation.correct").await, 1);
}

#[tokio::test]
async fn d12_4_a_revised_import_and_a_corrected_profile_keep_the_old_record() {
    use treatydesk_domain::ProfileKind;
    use treatydesk_store::participation_entries::NewProfileEntry;
    let (db, ccm) = ccm().await;
    // Re-importing a row that changes Albania's record revises it: the imported one stays.
    let file = "state,iso3,signature_date,ratification_date,entry_into_force_date,note\n\
                Albania,ALB,2008-12-03,2009-06-16,2010-08-01,ratification; a corrected note\n";
    db.store
        .import_participation("ccm", file, &Author::cli("test: a corrected list"))
        .await
        .expect("import");
    let history = db
        .store
        .participation_history(&ccm, "ALB")
        .await
        .expect("history");
    assert_eq!(history.len(), 2);
    assert!(
        history[0]
            .participation
            .note
            .starts_with("ratification; entry into force")
    );
    assert_eq!(
        history[1].participation.note,
        "ratification; a corrected note"
    );
    // A profile period with its source; a correction keeps the old entry, superseded.
    let alb = db.store.actor("ALB").await.expect("Albania");
    let no_source = NewProfileEntry {
        kind: ProfileKind::StockpileHolder,
        from: Some(date!(2010 - 08 - 01)),
        until: Some(date!(2012 - 01 - 01)),
        source: " ".into(),
    };
    assert!(matches!(
        db.store
            .record_profile_entry(&isu(), &ccm, "ALB", no_source.clone())
            .await,
        Err(StoreError::Invalid(_))
    ));
    let entry = db
        .store
        .record_profile_entry(
            &isu(),
            &ccm,
            "ALB",
            NewProfileEntry {
                source: "made up for a test".into(),
                ..no_source.clone()
            },
        )
        .await
        .expect("entry");
    assert_eq!(entry.recorded_by, "isu-officer");
    let why = Author {
        reason: "the destruction was completed in 2011".into(),
        ..isu()
    };
    let fixed = db
        .store
        .correct_profile_entry(
            &why,
            &ccm,
            entry.id,
            NewProfileEntry {
                until: Some(date!(2011 - 06 - 01)),
                source: "made up for a test, corrected".into(),
                ..no_source
            },
        )
        .await
        .expect("corrected");
    let current = db.store.profile(&ccm, &alb).await.expect("profile");
    assert_eq!(current.len(), 1);
    assert_eq!(current[0].until, Some(date!(2011 - 06 - 01)));
    let all = db
        .store
        .profile_history(&ccm, "ALB")
        .await
        .expect("history");
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].superseded_by, Some(fixed.id));
    assert!(matches!(
        db.store
            .correct_profile_entry(
                &why,
                &ccm,
                entry.id,
                NewProfileEntry {
                    kind: ProfileKind::StockpileHolder,
                    from: None,
                    until: None,
                    source: "again".into(),
                }
            )
            .await,
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(audited(&db, "profile.correct").await, 1);
}

// ----- 6. The sourced record apart from the demo --------------------------------------------

#[tokio::test]
async fn d12_sourced_record_loads_without_the_demo_and_holds_no_row_labelled_demo() {
    let db = TestDb::new().await.expect("db");
    db.store
        .load_sourced_record()
        .await
        .expect("sourced record");
    let ccm = db.store.convention("ccm").await.expect("ccm");
    let meetings = db.store.meetings(&ccm).await.expect("meetings");
    for n in 1..=13 {
        let label = format!("{n}MSP");
        assert!(meetings.iter().any(|m| m.label == label), "{label}");
    }
    let record = db.store.record(&ccm).await.expect("record");
    let presidents = record
        .appointments
        .iter()
        .filter(|a| a.post == Post::Office("president".into()))
        .count();
    assert_eq!(presidents, 15);
    assert!(record.decisions.len() >= 4);
    assert!(
        record
            .appointments
            .iter()
            .any(|a| a.post == Post::Seat("a-1".into()) && a.holder == "ZMB")
    );
    assert!(
        record.nominations.is_empty(),
        "the demo's nominations are not sourced"
    );
    assert!(!meetings.iter().any(|m| m.kind == "coordination-committee"));
    assert!(db.store.state_records(&ccm).await.expect("states").len() > 50);
    let bih = db.store.actor("BIH").await.expect("BIH");
    assert!(
        !db.store
            .profile(&ccm, &bih)
            .await
            .expect("profile")
            .is_empty()
    );
    // Every sourced row cites its source.
    assert!(meetings.iter().all(|m| !m.source.trim().is_empty()));
    assert!(
        record
            .appointments
            .iter()
            .all(|a| !a.source.trim().is_empty())
    );
    // The first MSP is on record, so `check` no longer says it is missing.
    let findings = db
        .store
        .findings(&ccm, date!(2026 - 12 - 03))
        .await
        .expect("findings");
    assert!(
        !findings
            .iter()
            .any(|f| f.sentence.contains("No first Meeting of States Parties")),
        "{findings:?}"
    );
    // No row anywhere is labelled DEMO (the audit log included), and loading twice adds none.
    db.store.load_sourced_record().await.expect("again");
    let (dump, rows) = db.store.export_json().await.expect("export");
    assert!(rows > 100);
    let text = dump.to_string();
    assert!(
        !text.contains("DEMO"),
        "a sourced database holds a DEMO row"
    );
    assert_eq!(
        db.store.meetings(&ccm).await.expect("meetings").len(),
        meetings.len()
    );
    // The demo adds its made-up rows, each labelled DEMO, on top.
    db.store.load_demo_data().await.expect("demo");
    let record = db.store.record(&ccm).await.expect("record");
    assert_eq!(record.nominations.len(), 16);
    assert!(record.nominations.iter().all(|n| n.note.contains("DEMO")));
    let demo_meetings = db.store.meetings(&ccm).await.expect("meetings");
    // The demo's Committee meeting, and the one that endorses the DEMO ISU work plan (issue 14).
    assert_eq!(demo_meetings.len(), meetings.len() + 2);
    assert!(
        demo_meetings
            .iter()
            .filter(|m| !meetings.iter().any(|s| s.id == m.id))
            .all(|m| m.source.contains("DEMO"))
    );
}

// ----- 7. Bulk files ------------------------------------------------------------------------

#[tokio::test]
async fn d12_7_a_decisions_file_is_imported_whole_or_refused_with_line_numbers() {
    let db = TestDb::new().await.expect("db");
    db.store.load_sourced_record().await.expect("sourced");
    let ccm = db.store.convention("ccm").await.expect("ccm");
    let before = db
        .store
        .decision_records(&ccm, None)
        .await
        .expect("register")
        .len();
    let bad = "meeting,number,title,text_en,text_fr,supersedes,decided_on,source\n\
               3MSP,1,Coordinators,Appointed Coordinators.,,,,test file\n\
               9XX,1,Nowhere,Text.,,,,test file\n\
               3MSP,2,,Text.,,2MSP/99,2012-13-01,test file\n\
               2MSP,1,Again,Text.,,,,test file\n";
    let refused = db
        .store
        .import_decisions("ccm", bad, &Author::cli("test"))
        .await;
    let Err(StoreError::Invalid(problems)) = refused else {
        panic!("refused: {refused:?}");
    };
    assert!(
        problems
            .iter()
            .any(|p| p.sentence.starts_with("line 3: \"9XX\" is not a meeting")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.sentence.starts_with("line 4: supersedes \"2MSP/99\"")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.sentence.starts_with("line 4: decided_on")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.sentence.starts_with("line 4: a decision needs a title")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p
            .sentence
            .starts_with("line 5: 2MSP already has a decision numbered 1")),
        "{problems:?}"
    );
    assert!(
        !problems.iter().any(|p| p.sentence.starts_with("line 2")),
        "{problems:?}"
    );
    assert_eq!(
        db.store
            .decision_records(&ccm, None)
            .await
            .expect("register")
            .len(),
        before,
        "nothing was written"
    );
    let good = "meeting,number,title,text_en,text_fr,supersedes,decided_on,source\n\
                3MSP,1,Coordinators,Appointed Coordinators.,A nommé des coordonnateurs.,,,test file\n\
                3MSP,2,ISU,Mandated consultations.,,2MSP/1,2012-09-14,test file\n";
    let done = db
        .store
        .import_decisions("ccm", good, &Author::cli("test"))
        .await
        .expect("imported");
    assert_eq!(done.added, 2);
    let register = db
        .store
        .decision_records(&ccm, None)
        .await
        .expect("register");
    assert_eq!(register.len(), before + 2);
    let second = register
        .iter()
        .find(|r| r.meeting.label == "3MSP" && r.decision.number == 2)
        .expect("3MSP/2");
    assert_eq!(second.revisions.len(), 1);
    assert_eq!(second.current.supersedes.len(), 1);
    assert_eq!(audited(&db, "decision.import").await, 1);
}

#[tokio::test]
async fn d12_7_a_nominations_file_is_imported_whole_or_refused_with_line_numbers() {
    let db = TestDb::new().await.expect("db");
    db.store.load_sourced_record().await.expect("sourced");
    let ccm = db.store.convention("ccm").await.expect("ccm");
    let today = date!(2026 - 06 - 01);
    let bad = "meeting,state,choices,statement\n\
               3RC,ALB,a-1:1 a-2:2,Albania offers to serve.\n\
               3RC,AGO,a-1:1,Angola offers to serve.\n\
               3RC,BGR,a-1,Bulgaria.\n\
               3RC,ALB,b-1:1,Twice.\n\
               1MSP,AUT,a-1:1,Too late.\n";
    let refused = db
        .store
        .import_nominations("ccm", bad, &Author::cli("test"), today, true)
        .await;
    let Err(StoreError::Invalid(problems)) = refused else {
        panic!("refused: {refused:?}");
    };
    assert!(
        problems
            .iter()
            .any(|p| p.sentence.starts_with("line 3: ") && p.sentence.contains("(P2.4)")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.sentence.starts_with("line 4: choice \"a-1\"")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p
            .sentence
            .starts_with("line 5: ALB is nominated for 3RC more than once")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.sentence.starts_with("line 6: ")),
        "{problems:?}"
    );
    assert!(
        !problems.iter().any(|p| p.sentence.starts_with("line 2")),
        "{problems:?}"
    );
    assert!(
        db.store
            .record(&ccm)
            .await
            .expect("record")
            .nominations
            .is_empty()
    );
    let good = "meeting,state,choices,statement\n\
                3RC,ALB,a-1:1 a-2:2,Albania offers to serve.\n\
                3RC,BGR,c-1:1,\n";
    let done = db
        .store
        .import_nominations("ccm", good, &Author::cli("test"), today, true)
        .await
        .expect("imported");
    assert_eq!(done.added, 2);
    let rc3 = meeting(&db, &ccm, "3RC").await;
    let all = db.store.nominations_for(&rc3).await.expect("nominations");
    assert_eq!(all.len(), 2);
    assert!(all.iter().all(|n| n.on_behalf && n.entered_by == "cli"));
    // Importing the same file again: each State already has a standing nomination.
    let again = db
        .store
        .import_nominations("ccm", good, &Author::cli("test"), today, true)
        .await;
    assert!(
        matches!(&again, Err(StoreError::Invalid(p)) if p.len() == 2),
        "{again:?}"
    );
    assert_eq!(audited(&db, "nomination.import").await, 1);
}
