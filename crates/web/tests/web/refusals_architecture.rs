//! Issue 19 item 1 for the architecture and its offices (Proposals 2 and 3), accounts and
//! access, and meetings: every refusal of the store, the domain and the web's edge in these
//! rooms is a message (an id and typed arguments) beside its English sentence. Each test
//! provokes the refusals through the API (or the store, for what has only a page), checks that
//! the English Fluent file writes each sentence word for word and that French, Spanish and
//! Arabic say something else, and posts a form in French, Spanish and Arabic to see the error
//! in the reader's language with what was typed kept. Run on SQLite and (with
//! TREATYDESK_TEST_DATABASE_URL) on PostgreSQL.

use crate::common::{Answer, TestApp};
use crate::refusals::{no_bare_refusals, problems, said_as_messages};
use crate::refusals_records::{answer_of, nested, store_said};
use axum::http::StatusCode;
use serde_json::json;
use treatydesk_domain::office::{Override, Post};
use treatydesk_domain::{AccessLevel, Grant, Role};
use treatydesk_store::StoreError;
use treatydesk_store::architecture::NewAppointment;
use treatydesk_store::audit::Author;

fn status(answer: &Answer, expected: StatusCode) {
    assert_eq!(answer.status, expected, "{}", answer.body);
}

const APPOINTMENTS: &str = "/api/v1/conventions/ccm/meetings/3RC/appointments";

#[tokio::test]
async fn p19_1_appointments_refusals_are_messages() {
    let app = TestApp::new().await;
    let isu = app.api_token("demo-isu", "refusals").await;
    // The edge: no appointment; then a seat not in the architecture and a seat given twice.
    let none = app
        .bearer(
            "POST",
            APPOINTMENTS,
            &isu,
            Some(json!({"appointments": []})),
        )
        .await;
    status(&none, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(&none, &["refuse-appointments-none"]);
    let seats = app
        .bearer(
            "POST",
            APPOINTMENTS,
            &isu,
            Some(json!({"appointments": [
                {"seat": "z-9", "holder": "NGA"},
                {"seat": "b-2", "holder": "NGA"},
                {"seat": "b-2", "holder": "ZMB"}
            ]})),
        )
        .await;
    status(&seats, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(&seats, &["refuse-appointment-n"]);
    nested(
        &seats,
        &[
            "refuse-appointment-seat-unknown",
            "refuse-appointment-seat-twice",
        ],
    );
    assert!(
        seats
            .body
            .contains("appointment 1: \\\"z-9\\\" is not a seat"),
        "{}",
        seats.body
    );
    // An error-level finding of the rules refuses the list: the finding is the message's.
    let finding = app
        .bearer(
            "POST",
            APPOINTMENTS,
            &isu,
            Some(json!({"appointments": [{"seat": "b-2", "holder": "NGA"}]})),
        )
        .await;
    status(&finding, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(&finding, &["refuse-appointment-finding"]);
    nested(&finding, &["refuse-appointment-finding"]);
    assert!(
        problems(&finding).iter().any(|p| p
            .message
            .ids()
            .iter()
            .any(|id| id.starts_with("finding-p2-4"))),
        "{}",
        finding.body
    );
}

#[tokio::test]
async fn p19_1_appointment_records_refuse_in_messages_in_the_store() {
    let app = TestApp::new().await;
    let store = &app.db.store;
    let author = Author::cli("refusals test");
    let ccm = store.convention("ccm").await.expect("ccm");
    let bad = NewAppointment {
        post: Some(Post::Seat("no-such-seat".into())),
        holder: "XXX".into(),
        selected_at: Some(999_999),
        decision: Some(999_999),
        cycles: None,
        presides: Some(999_998),
        starts_on: None,
        overrides: vec![Override {
            clause: "P2.6".into(),
            justification: "short".into(),
            by: "demo-isu".into(),
            on: time::macros::date!(2026 - 01 - 01),
        }],
        source: "refusals test".into(),
    };
    let refused = store
        .appoint(&author, &ccm, vec![bad])
        .await
        .expect_err("nothing of it is on record");
    let answer = answer_of(refused);
    said_as_messages(&answer, &["refuse-appointment-n"]);
    nested(
        &answer,
        &[
            "refuse-appointment-post",
            "refuse-appointment-holder-unknown",
            "refuse-appointment-meeting-other",
            "refuse-appointment-decision",
            "refuse-appointment-justification",
        ],
    );
    let seat_without_cycles = NewAppointment {
        post: Some(Post::Seat("b-2".into())),
        holder: "NGA".into(),
        source: "refusals test".into(),
        ..Default::default()
    };
    let cycles = store
        .appoint(&author, &ccm, vec![seat_without_cycles])
        .await
        .expect_err("a seat needs a term");
    nested(&answer_of(cycles), &["refuse-appointment-cycles"]);
    store_said(
        store
            .appoint(&author, &ccm, Vec::new())
            .await
            .expect_err("nothing to record"),
        &["refuse-appointment-none"],
    );
    // A handover note too long, then one that says what it already says.
    let record = store.record(&ccm).await.expect("record");
    let held = record.appointments.first().expect("an appointment").id;
    store_said(
        store
            .set_handover_note(&author, &ccm, held, &"x".repeat(20_001))
            .await
            .expect_err("too long"),
        &["refuse-handover-note-long"],
    );
    store
        .set_handover_note(&author, &ccm, held, "The seat's files are with the ISU.")
        .await
        .expect("a note");
    store_said(
        store
            .set_handover_note(&author, &ccm, held, "The seat's files are with the ISU.")
            .await
            .expect_err("unchanged"),
        &["refuse-handover-note-unchanged"],
    );
}

#[tokio::test]
async fn p19_1_architecture_meetings_and_decisions_refuse_in_messages() {
    let app = TestApp::new().await;
    let store = &app.db.store;
    let author = Author::cli("refusals test");
    let ccm = store.convention("ccm").await.expect("ccm");
    let new = |number: u32, opens: time::Date, closes: time::Date| {
        treatydesk_store::architecture::NewMeeting {
            kind: treatydesk_domain::meeting::MeetingKind::Intersessional,
            number,
            venue: "Geneva".into(),
            opens_on: Some(opens),
            closes_on: Some(closes),
            source: "refusals test".into(),
            status: Default::default(),
            sitting: Default::default(),
            presiding: None,
        }
    };
    let backwards = store
        .add_meeting(
            &author,
            &ccm,
            new(
                40,
                time::macros::date!(2030 - 05 - 02),
                time::macros::date!(2030 - 05 - 01),
            ),
        )
        .await
        .expect_err("closes before it opens");
    store_said(backwards, &["refuse-meeting-closes-before-opens"]);
    let day = time::macros::date!(2030 - 05 - 01);
    let twice = store
        .add_meeting(&author, &ccm, new(2, day, day))
        .await
        .expect_err("2ISM is on record");
    store_said(twice, &["conflict-arch-meeting-recorded"]);
    let meeting = store.meeting(&ccm, "13MSP").await.expect("13MSP");
    store
        .add_decision(&author, &meeting, 901, "A decision.", "refusals test")
        .await
        .expect("a decision");
    let again = store
        .add_decision(&author, &meeting, 901, "Again.", "refusals test")
        .await
        .expect_err("numbered twice");
    store_said(again, &["conflict-arch-decision-number"]);
    let icrc = store
        .add_nomination(&author, &meeting, "ICRC", &[], "")
        .await
        .expect_err("not a State");
    store_said(icrc, &["refuse-arch-nominee-not-a-state"]);
}

const OFFICES: &str = "/api/v1/conventions/ccm/offices";

#[tokio::test]
async fn p19_1_offices_refusals_are_messages() {
    let app = TestApp::new().await;
    let isu = app.api_token("demo-isu", "refusals").await;
    let designate = format!("{OFFICES}/president-designate");
    let edge = app
        .bearer(
            "POST",
            &designate,
            &isu,
            Some(
                json!({"state": " ", "presides": "99RC", "designated_on": "15 January",
                "designated_at": "", "source": ""}),
            ),
        )
        .await;
    status(&edge, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(
        &edge,
        &[
            "refuse-designation-meeting-unknown",
            "refuse-designation-not-a-date",
            "refuse-designation-state",
        ],
    );
    // Designated after the meeting it presides opened, at a meeting not yet ended, no source.
    let late = app
        .bearer(
            "POST",
            &designate,
            &isu,
            Some(
                json!({"state": "NGA", "presides": "13MSP", "designated_on": "2099-01-01",
                "designated_at": "", "source": " "}),
            ),
        )
        .await;
    status(&late, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(
        &late,
        &[
            "refuse-designation-after-opening",
            "refuse-designation-source",
        ],
    );
    let early = app
        .bearer(
            "POST",
            &designate,
            &isu,
            Some(
                json!({"state": "NGA", "presides": "3RC", "designated_on": "2010-01-01",
                "designated_at": "13MSP", "source": "refusals test"}),
            ),
        )
        .await;
    status(&early, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(&early, &["refuse-designation-before-end"]);
    let director = format!("{OFFICES}/isu-director");
    let undated = app
        .bearer(
            "POST",
            &director,
            &isu,
            Some(json!({"name": "A. Director", "starts_on": "soon", "source": "x"})),
        )
        .await;
    status(&undated, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(&undated, &["refuse-not-a-date"]);
    let nameless = app
        .bearer(
            "POST",
            &director,
            &isu,
            Some(json!({"name": " ", "starts_on": "2030-01-01", "source": " "})),
        )
        .await;
    status(&nameless, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(
        &nameless,
        &["refuse-director-name", "refuse-director-source"],
    );
    let first = app
        .bearer(
            "POST",
            &director,
            &isu,
            Some(json!({"name": "A. Director", "starts_on": "2030-01-01", "source": "test"})),
        )
        .await;
    status(&first, StatusCode::CREATED);
    let overlap = app
        .bearer(
            "POST",
            &director,
            &isu,
            Some(json!({"name": "B. Director", "starts_on": "2029-01-01", "source": "test"})),
        )
        .await;
    status(&overlap, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(&overlap, &["refuse-director-overlap"]);
}

#[tokio::test]
async fn p19_1_offices_form_errors_in_the_readers_language() {
    let app = TestApp::new().await;
    let (isu, csrf) = app.signed_in("demo-isu").await;
    for (lang, words) in [
        ("en", "is not a date in the form YYYY-MM-DD"),
        ("fr", "n'est pas une date au format AAAA-MM-JJ"),
        ("es", "no es una fecha con el formato AAAA-MM-DD"),
        ("ar", "ليس تاريخًا بالصيغة"),
    ] {
        let bad = app
            .post_form(
                &format!("/ccm/offices/president-designate?lang={lang}"),
                &isu,
                &[
                    ("csrf", &csrf),
                    ("state", "NGA"),
                    ("presides", "3RC"),
                    ("designated_on", "le 15 janvier"),
                    ("designated_at", ""),
                    ("source", "typed by the test"),
                ],
            )
            .await;
        status(&bad, StatusCode::UNPROCESSABLE_ENTITY);
        let body = bad.body.replace("&#39;", "'").replace("&#x27;", "'");
        assert!(body.contains(words), "{lang}: {}", bad.body);
        assert!(body.contains("le 15 janvier"), "{lang}: {}", bad.body);
        assert!(body.contains("typed by the test"), "{lang}: {}", bad.body);
    }
}

#[tokio::test]
async fn p19_1_accounts_refusals_are_messages() {
    let app = TestApp::new().await;
    let admin = app.api_token("demo-admin", "refusals").await;
    let users = "/api/v1/admin/users";
    let bad_name = app
        .bearer(
            "POST",
            users,
            &admin,
            Some(json!({"username": "no spaces please"})),
        )
        .await;
    status(&bad_name, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(&bad_name, &["refuse-account-username"]);
    let bad_grants = app
        .bearer(
            "POST",
            users,
            &admin,
            Some(json!({"username": "new-colleague", "grants": [
                {"role": "chef"},
                {"role": "admin", "convention": "ccm"},
                {"role": "isu-staff"},
                {"role": "focal-point", "convention": "ccm"},
                {"role": "observer", "convention": "ccm", "actor": "NZL"}
            ]})),
        )
        .await;
    status(&bad_grants, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(
        &bad_grants,
        &[
            "refuse-account-role-unknown",
            "refuse-role-global",
            "refuse-role-needs-convention",
            "refuse-role-needs-state",
            "refuse-account-role-no-state",
        ],
    );
    let unknown = app
        .bearer(
            "POST",
            users,
            &admin,
            Some(json!({"username": "new-colleague", "grants": [
                {"role": "isu-staff", "convention": "xyz"}
            ]})),
        )
        .await;
    status(&unknown, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(&unknown, &["refuse-account-convention-unknown"]);
    let taken = app
        .bearer("POST", users, &admin, Some(json!({"username": "demo-isu"})))
        .await;
    status(&taken, StatusCode::CONFLICT);
    said_as_messages(&taken, &["conflict-account-username"]);
    let grants = format!("{users}/demo-focal-point/grants");
    let no_state = app
        .bearer(
            "POST",
            &grants,
            &admin,
            Some(json!({"role": "focal-point", "convention": "ccm", "actor": "QQQ"})),
        )
        .await;
    status(&no_state, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(&no_state, &["refuse-account-actor-unknown"]);
    let held = app
        .bearer(
            "POST",
            &format!("{users}/demo-isu/grants"),
            &admin,
            Some(json!({"role": "isu-staff", "convention": "ccm"})),
        )
        .await;
    status(&held, StatusCode::CONFLICT);
    said_as_messages(&held, &["conflict-account-role-held"]);
    let myself = app
        .bearer(
            "POST",
            &format!("{users}/demo-admin/disable"),
            &admin,
            Some(json!({"disabled": true})),
        )
        .await;
    status(&myself, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(&myself, &["refuse-account-disable-self"]);
    let lang = app
        .bearer(
            "POST",
            "/api/v1/account/contact",
            &admin,
            Some(json!({"email": "admin@example.org", "lang": "de"})),
        )
        .await;
    status(&lang, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(&lang, &["refuse-account-lang-unknown"]);

    // The store's password rules, and a grant's shape checked by the domain.
    let store = &app.db.store;
    let author = Author::cli("refusals test");
    let short = store
        .add_user("short-password", "Short", "tiny", &[], &author)
        .await
        .expect_err("too short");
    store_said(short, &["refuse-account-password-short"]);
    let right = app.password("demo-observer");
    let wrong = store
        .change_own_password(
            "demo-observer",
            "not the password",
            "a new long password",
            &author,
        )
        .await
        .expect_err("wrong password");
    store_said(wrong, &["refuse-account-password-wrong"]);
    let same = store
        .change_own_password("demo-observer", &right, &right, &author)
        .await
        .expect_err("the same password");
    store_said(same, &["refuse-account-password-same"]);
    let grant = Grant {
        role: Role::Admin,
        convention: Some("ccm".into()),
        actor: None,
    };
    let shape = grant
        .validate()
        .expect_err("a global role names no convention");
    store_said(StoreError::refuse(shape), &["refuse-role-global"]);
}

#[tokio::test]
async fn p19_1_tokens_refusals_are_messages() {
    let app = TestApp::new().await;
    let isu = app.api_token("demo-isu", "refusals").await;
    let tokens = "/api/v1/account/tokens";
    let nameless = app
        .bearer("POST", tokens, &isu, Some(json!({"name": "  "})))
        .await;
    status(&nameless, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(&nameless, &["refuse-token-name"]);
    let made = app
        .bearer("POST", tokens, &isu, Some(json!({"name": "to revoke"})))
        .await;
    status(&made, StatusCode::CREATED);
    let id = made.json()["token"]["id"].as_i64().expect("token id");
    let revoke = format!("{tokens}/{id}/revoke");
    let once = app.bearer("POST", &revoke, &isu, None).await;
    assert!(once.status.is_success(), "{}", once.body);
    let twice = app.bearer("POST", &revoke, &isu, None).await;
    status(&twice, StatusCode::CONFLICT);
    said_as_messages(&twice, &["conflict-token-revoked"]);
    // Too many live tokens.
    let mut last = None;
    for n in 0..treatydesk_store::tokens::MAX_TOKENS {
        let answer = app
            .bearer(
                "POST",
                tokens,
                &isu,
                Some(json!({"name": format!("token {n}")})),
            )
            .await;
        if answer.status == StatusCode::UNPROCESSABLE_ENTITY {
            last = Some(answer);
            break;
        }
    }
    let full = last.expect("the limit refuses a token");
    said_as_messages(&full, &["refuse-token-too-many"]);
    // A disabled account has no tokens.
    let store = &app.db.store;
    let observer = store.account("demo-observer").await.expect("observer");
    store
        .set_disabled("demo-observer", true, &Author::cli("refusals test"))
        .await
        .expect("disabled");
    let disabled = store
        .create_api_token(&Author::cli("refusals test"), observer.id, "after")
        .await
        .expect_err("disabled");
    store_said(disabled, &["refuse-token-account-disabled"]);
}

#[tokio::test]
async fn p19_1_account_form_errors_in_the_readers_language() {
    let app = TestApp::new().await;
    let (cookie, csrf) = app.signed_in("demo-observer").await;
    for (lang, words) in [
        ("en", "the current password is not right"),
        ("fr", "le mot de passe actuel n'est pas le bon"),
        ("es", "la contraseña actual no es correcta"),
        ("ar", "كلمة المرور الحالية غير صحيحة"),
    ] {
        let bad = app
            .post_form(
                &format!("/account/password?lang={lang}"),
                &cookie,
                &[
                    ("csrf", &csrf),
                    ("current", "not the password"),
                    ("new", "a new long password"),
                    ("confirm", "a new long password"),
                ],
            )
            .await;
        status(&bad, StatusCode::UNPROCESSABLE_ENTITY);
        let body = bad.body.replace("&#39;", "'").replace("&#x27;", "'");
        assert!(body.contains(words), "{lang}: {}", bad.body);
    }
    // The contact form keeps the address typed and says the language is unknown.
    for (lang, words) in [
        ("fr", "n'est pas une langue du produit"),
        ("es", "no es un idioma del producto"),
        ("ar", "ليست من لغات المنتج"),
    ] {
        let bad = app
            .post_form(
                &format!("/account/contact?lang={lang}"),
                &cookie,
                &[
                    ("csrf", &csrf),
                    ("email", "observer@example.org"),
                    ("lang", "klingon"),
                ],
            )
            .await;
        status(&bad, StatusCode::UNPROCESSABLE_ENTITY);
        let body = bad.body.replace("&#39;", "'").replace("&#x27;", "'");
        assert!(body.contains(words), "{lang}: {}", bad.body);
        assert!(
            body.contains("observer@example.org"),
            "{lang}: {}",
            bad.body
        );
    }
}

#[tokio::test]
async fn p19_1_meetings_refusals_are_messages() {
    let app = TestApp::new().await;
    let store = &app.db.store;
    let author = Author::cli("refusals test");
    let ccm = store.convention("ccm").await.expect("ccm");
    let edit = treatydesk_store::meetings::MeetingEdit {
        venue: "Geneva".into(),
        opens_on: None,
        closes_on: Some(time::macros::date!(2026 - 06 - 01)),
        status: Default::default(),
        sitting: Default::default(),
        presiding: Some("QQQ".into()),
    };
    let refused = store
        .update_meeting(&author, &ccm, "2ISM", edit)
        .await
        .expect_err("no opening day, an unknown chair");
    store_said(
        refused,
        &[
            "refuse-meeting-closing-needs-opening",
            "refuse-meeting-presiding-unknown",
        ],
    );
    let backwards = treatydesk_store::meetings::MeetingEdit {
        venue: "Geneva".into(),
        opens_on: Some(time::macros::date!(2026 - 06 - 02)),
        closes_on: Some(time::macros::date!(2026 - 06 - 01)),
        status: Default::default(),
        sitting: Default::default(),
        presiding: None,
    };
    store_said(
        store
            .update_meeting(&author, &ccm, "2ISM", backwards)
            .await
            .expect_err("closes before it opens"),
        &["refuse-meeting-closes-before-opens"],
    );
    let committee = store.meeting(&ccm, "1CC").await.expect("1CC");
    let msp = store.meeting(&ccm, "13MSP").await.expect("13MSP");
    store_said(
        store
            .set_agenda(&author, &committee, &["x".repeat(301)])
            .await
            .expect_err("too long an item"),
        &["refuse-agenda-item-long"],
    );
    store_said(
        store
            .propose_attendance(&author, &ccm, &msp)
            .await
            .expect_err("not a Committee meeting"),
        &["refuse-attendance-not-committee"],
    );
    store_said(
        store
            .add_guest(&author, &committee, " ", "")
            .await
            .expect_err("a guest has a name"),
        &["refuse-attendance-guest-name"],
    );
    store
        .add_guest(&author, &committee, "GICHD", "host of the ISU")
        .await
        .expect("a guest");
    store_said(
        store
            .add_guest(&author, &committee, "GICHD", "")
            .await
            .expect_err("twice"),
        &["conflict-attendance-guest"],
    );
    store_said(
        store
            .write_minutes(&author, &committee, " ", AccessLevel::Committee, "")
            .await
            .expect_err("empty"),
        &["refuse-minutes-empty"],
    );
    // The demo's 1CC has minutes: a change says why.
    store
        .write_minutes(
            &author,
            &committee,
            "Minutes.",
            AccessLevel::Committee,
            "refusals test",
        )
        .await
        .expect("minutes");
    store_said(
        store
            .write_minutes(&author, &committee, "Minutes.", AccessLevel::Committee, "")
            .await
            .expect_err("unchanged"),
        &["refuse-minutes-unchanged"],
    );
    store_said(
        store
            .write_minutes(
                &author,
                &committee,
                "Minutes, corrected.",
                AccessLevel::Committee,
                " ",
            )
            .await
            .expect_err("no reason"),
        &["refuse-minutes-reason"],
    );
}

#[tokio::test]
async fn p19_1_meeting_form_errors_in_the_readers_language() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let cookie = format!("td_session={isu}");
    let csrf = app.get_as("/ccm/meetings", Some(&isu)).await.hidden("csrf");
    for (lang, words) in [
        (
            "en",
            "the opening day \"2016-13-40\" is not a date (YYYY-MM-DD)",
        ),
        ("fr", "n'est pas une date (AAAA-MM-JJ)"),
        ("es", "no es una fecha (AAAA-MM-DD)"),
        ("ar", "ليس تاريخًا (YYYY-MM-DD)"),
    ] {
        let bad = app
            .post_form(
                &format!("/ccm/meetings?lang={lang}"),
                &cookie,
                &[
                    ("csrf", &csrf),
                    ("kind", "intersessional"),
                    ("number", "1000"),
                    ("venue", "Palais des Nations, Genève"),
                    ("opens_on", "2016-13-40"),
                    ("closes_on", "2016-04-02"),
                    ("status", "planned"),
                    ("sitting", "days"),
                ],
            )
            .await;
        status(&bad, StatusCode::UNPROCESSABLE_ENTITY);
        let body = bad
            .body
            .replace("&#39;", "'")
            .replace("&#x27;", "'")
            .replace("&quot;", "\"")
            .replace("&#34;", "\"");
        assert!(body.contains(words), "{lang}: {}", bad.body);
        assert!(body.contains("value=\"2016-13-40\""), "{lang}");
        assert!(body.contains("Palais des Nations, Genève"), "{lang}");
    }
    // The number, checked once the dates read.
    let number = app
        .post_form(
            "/ccm/meetings?lang=es",
            &cookie,
            &[
                ("csrf", &csrf),
                ("kind", "intersessional"),
                ("number", "mil"),
                ("venue", "Ginebra"),
                ("status", "planned"),
                ("sitting", "days"),
            ],
        )
        .await;
    status(&number, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        number
            .body
            .contains("debe ser un número entero del 1 al 999"),
        "{}",
        number.body
    );
    assert!(number.body.contains("Ginebra"));
}

#[test]
fn p19_1_refusals_of_the_architecture_rooms_are_all_messages() {
    let rooms = [
        (
            "store/architecture.rs",
            include_str!("../../../store/src/architecture.rs"),
        ),
        (
            "store/offices.rs",
            include_str!("../../../store/src/offices.rs"),
        ),
        (
            "store/accounts.rs",
            include_str!("../../../store/src/accounts.rs"),
        ),
        (
            "store/tokens.rs",
            include_str!("../../../store/src/tokens.rs"),
        ),
        (
            "store/meetings.rs",
            include_str!("../../../store/src/meetings.rs"),
        ),
        (
            "domain/access.rs",
            include_str!("../../../domain/src/access.rs"),
        ),
        (
            "web/api/appointments.rs",
            include_str!("../../src/api/appointments.rs"),
        ),
        (
            "web/api/offices.rs",
            include_str!("../../src/api/offices.rs"),
        ),
        (
            "web/api/accounts.rs",
            include_str!("../../src/api/accounts.rs"),
        ),
        (
            "web/views/offices.rs",
            include_str!("../../src/views/offices.rs"),
        ),
        (
            "web/views/accounts.rs",
            include_str!("../../src/views/accounts.rs"),
        ),
        (
            "web/pages/offices.rs",
            include_str!("../../src/pages/offices.rs"),
        ),
        (
            "web/pages/accounts.rs",
            include_str!("../../src/pages/accounts.rs"),
        ),
        (
            "web/pages/meetings.rs",
            include_str!("../../src/pages/meetings.rs"),
        ),
    ];
    no_bare_refusals(&rooms);
    // The registry refuses nothing a reader typed: a shipped preset or actors file that does
    // not read, or a convention stored from one, is a fault of the build (a 500 that logs its
    // reasons), so it must never answer a 422 with bare sentences.
    let registry: String = include_str!("../../../store/src/registry.rs")
        .split_whitespace()
        .collect();
    for refusal in [
        "StoreError::refuse(",
        "StoreError::invalid(",
        "StoreError::Invalid(",
        "StoreError::conflict(",
    ] {
        assert!(
            !registry.contains(refusal),
            "store/registry.rs refuses ({refusal}): a broken shipped file is a fault, not a refusal"
        );
    }
    // What the shared list misses in these rooms: a sentence pushed into a list under another
    // name, a refusal that is a bare sentence in a vector or a `Result<_, String>`.
    for (room, source) in rooms {
        let compact: String = source.split_whitespace().collect();
        for bare in [
            "said_here.push((Message::new(\"\"",
            "errors.push(format!(",
            "Err(format!(",
            "vec![format!(",
            "vec![\"",
            "Result<(),String>",
            "Result<Grant,String>",
            "Vec<String>>{",
        ] {
            assert!(
                !compact.contains(bare),
                "{room} refuses with a bare sentence ({bare}); give it a message in refusals_architecture.ftl"
            );
        }
    }
}
