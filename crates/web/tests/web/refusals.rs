//! Issue 19 item 1 with issue 16: the store's refusals and the edge's form errors are messages
//! (an id and typed arguments) beside the English sentence. The API answers both; a page says
//! them in the reader's language. For each refusal here, the English Fluent file writes the
//! store's sentence word for word, so the two cannot drift apart.

use crate::common::{Answer, TestApp};
use axum::http::StatusCode;
use serde_json::json;
use treatydesk_domain::Lang;
use treatydesk_domain::finding::Problem;

const NOMINATIONS: &str = "/api/v1/conventions/ccm/meetings/3RC/nominations";

pub(crate) fn problems(answer: &Answer) -> Vec<Problem> {
    serde_json::from_value(answer.json()["problems"].clone()).expect("the problems of a refusal")
}

/// Every problem has a message, and the English Fluent file writes its sentence.
pub(crate) fn said_as_messages(answer: &Answer, ids: &[&str]) {
    let found = problems(answer);
    for id in ids {
        assert!(
            found.iter().any(|p| p.message.id == *id),
            "{id} missing from {}",
            answer.body
        );
    }
    for p in &found {
        assert!(p.translatable(), "no message: {}", p.sentence);
        let english = treatydesk_web::views::findings::render(Lang::En, &p.message, &|_| None)
            .expect("an English message");
        assert_eq!(english, p.sentence, "the English of {}", p.message.id);
        for lang in [Lang::Fr, Lang::Es, Lang::Ar] {
            let other = treatydesk_web::views::findings::problem_in(lang, p);
            assert_ne!(other, p.sentence, "{} in {lang:?}", p.message.id);
        }
    }
}

#[tokio::test]
async fn art7_submission_refusals_are_messages() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "refusals").await;
    let path = "/api/v1/conventions/ccm/states/SSD/obligations";
    let unknown = app
        .bearer(
            "POST",
            path,
            &token,
            Some(
                json!({"obligation": "art99", "kind": "report", "received_on": "2024-07-25",
                "reference": "CCM/ART7/2024/SSD", "access": "public"}),
            ),
        )
        .await;
    assert_eq!(
        unknown.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        unknown.body
    );
    said_as_messages(&unknown, &["refuse-obligation-unknown"]);
    let edge = app
        .bearer(
            "POST",
            path,
            &token,
            Some(
                json!({"obligation": "art7-initial", "kind": "parcel", "received_on": "25 July",
                "reference": "x", "access": "everyone"}),
            ),
        )
        .await;
    assert_eq!(
        edge.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        edge.body
    );
    said_as_messages(
        &edge,
        &[
            "refuse-submission-kind",
            "refuse-not-a-date",
            "refuse-submission-access",
        ],
    );
    let no_year = app
        .bearer(
            "POST",
            path,
            &token,
            Some(
                json!({"obligation": "art7-annual", "kind": "report", "received_on": "2024-04-20",
                "extended_to": "2025-01-01", "reference": "", "access": "public"}),
            ),
        )
        .await;
    assert_eq!(
        no_year.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        no_year.body
    );
    said_as_messages(
        &no_year,
        &[
            "refuse-report-needs-year",
            "refuse-deadline-only-extension",
            "refuse-reference-missing",
        ],
    );
    // The English sentence stays in `error` for clients that show one line.
    assert!(
        no_year.json()["error"]
            .as_str()
            .is_some_and(|e| e.contains("give the document reference")),
        "{}",
        no_year.body
    );
}

#[tokio::test]
async fn art7_submission_form_errors_in_the_readers_language() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let csrf = app
        .get_as("/ccm/states/SSD/obligations", Some(&isu))
        .await
        .hidden("csrf");
    for (lang, words) in [
        ("en", "is not a date in the form YYYY-MM-DD"),
        ("fr", "au format AAAA-MM-JJ"),
        ("es", "no es una fecha con el formato AAAA-MM-DD"),
        ("ar", "ليس تاريخًا بالصيغة"),
    ] {
        let bad = app
            .post_form(
                &format!("/ccm/states/SSD/obligations?lang={lang}"),
                &format!("td_session={isu}"),
                &[
                    ("csrf", &csrf),
                    ("obligation", "art7-initial"),
                    ("kind", "report"),
                    ("received_on", "25 July 2024"),
                    ("reference", "CCM/ART7/2024/SSD"),
                    ("access", "public"),
                ],
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{lang}");
        assert!(bad.body.contains(words), "{lang}: {}", bad.body);
        // The form keeps what was typed.
        assert!(bad.body.contains("CCM/ART7/2024/SSD"), "{lang}");
    }
}

#[tokio::test]
async fn p4_4e_outreach_refusals_are_messages() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "refusals").await;
    let api = "/api/v1/conventions/ccm/universalization";
    let party = app
        .bearer(
            "POST",
            &format!("{api}/NGA/entries"),
            &token,
            Some(json!({"kind": "outreach", "on": "2023-06-01", "who": "ISU", "what": "Visit", "access": "public"})),
        )
        .await;
    assert_eq!(
        party.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        party.body
    );
    said_as_messages(&party, &["refuse-outreach-while-party"]);
    // Nigeria is named in French from the registry, its date written the French way.
    let french = treatydesk_web::views::findings::problem_in(Lang::Fr, &problems(&party)[0]);
    assert!(
        french.contains("Nigéria") && french.contains("2023"),
        "{french}"
    );
    let empty = app
        .bearer(
            "POST",
            &format!("{api}/KEN/entries"),
            &token,
            Some(json!({"kind": "visit", "on": "soon", "who": "", "what": "", "access": "all"})),
        )
        .await;
    assert_eq!(
        empty.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        empty.body
    );
    said_as_messages(
        &empty,
        &[
            "refuse-outreach-kind",
            "refuse-outreach-not-a-date",
            "refuse-outreach-who",
            "refuse-outreach-what",
            "refuse-outreach-access",
        ],
    );
}

#[tokio::test]
async fn art20_participation_refusals_are_messages() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "refusals").await;
    let path = "/api/v1/conventions/ccm/states/AUT/participation/events";
    let early = app
        .bearer(
            "POST",
            path,
            &token,
            Some(json!({"event": "withdrawal-notice", "on": "2025-01-10", "effective_on": "2025-03-01"})),
        )
        .await;
    assert_eq!(
        early.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        early.body
    );
    said_as_messages(&early, &["refuse-row-withdrawal-early"]);
    let signed = app
        .bearer(
            "POST",
            path,
            &token,
            Some(json!({"event": "signature", "on": "2008-12-03"})),
        )
        .await;
    assert_eq!(signed.status, StatusCode::CONFLICT, "{}", signed.body);
    said_as_messages(&signed, &["conflict-signature-on-record"]);
    let bad = app
        .bearer(
            "POST",
            path,
            &token,
            Some(json!({"event": "deposit", "on": "3 Dec", "deposit_kind": "succession"})),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
    said_as_messages(&bad, &["refuse-not-a-date", "refuse-deposit-kind"]);
    let profile = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/states/AUT/profile",
            &token,
            Some(json!({"kind": "affected", "from": "2020-01-01", "until": "2019-01-01", "source": ""})),
        )
        .await;
    assert_eq!(
        profile.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        profile.body
    );
    said_as_messages(
        &profile,
        &["refuse-profile-source", "refuse-profile-period"],
    );
}

#[tokio::test]
async fn art4_extension_request_refusals_are_messages() {
    let app = TestApp::new().await;
    let isu = app.api_token("demo-isu", "refusals").await;
    let path = "/api/v1/conventions/ccm/extensions";
    let unknown = app
        .bearer(
            "POST",
            path,
            &isu,
            Some(json!({"state": "NGA", "obligation": "art7-annual", "asked_to": "someday"})),
        )
        .await;
    assert_eq!(
        unknown.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        unknown.body
    );
    said_as_messages(&unknown, &["refuse-not-a-date"]);
    let wrong = app
        .bearer(
            "POST",
            path,
            &isu,
            Some(json!({"state": "NGA", "obligation": "art7-annual"})),
        )
        .await;
    assert_eq!(
        wrong.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        wrong.body
    );
    said_as_messages(&wrong, &["refuse-ext-obligation-unknown"]);
    let content = app
        .bearer(
            "POST",
            path,
            &isu,
            Some(
                json!({"state": "NGA", "obligation": "art4-clearance", "meeting": "2ISM",
                "contents": {"z": "TEST"}}),
            ),
        )
        .await;
    assert_eq!(
        content.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        content.body
    );
    said_as_messages(
        &content,
        &["refuse-ext-content-unknown", "refuse-ext-meeting-kind"],
    );
}

#[tokio::test]
async fn art7_report_and_advice_refusals_are_messages() {
    let app = TestApp::new().await;
    let isu = app.api_token("demo-isu", "refusals").await;
    let typed = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/reports",
            &isu,
            Some(
                json!({"state": "NGA", "obligation": "art7-annual", "period": 2023,
                "access": "secret", "received_on": "last week",
                "forms": {"A": {"status": "maybe"}}}),
            ),
        )
        .await;
    assert_eq!(
        typed.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        typed.body
    );
    said_as_messages(
        &typed,
        &[
            "refuse-report-access-typed",
            "refuse-not-a-date",
            "refuse-report-mark",
        ],
    );
    let unknown = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/reports",
            &isu,
            Some(json!({"state": "NGA", "obligation": "art3-retention"})),
        )
        .await;
    assert_eq!(
        unknown.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        unknown.body
    );
    said_as_messages(&unknown, &["refuse-report-obligation-unknown"]);
    let advice = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/advice",
            &isu,
            Some(json!({"state": "XXX", "theme": "weather", "subject": "", "body": ""})),
        )
        .await;
    assert_eq!(
        advice.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        advice.body
    );
    said_as_messages(
        &advice,
        &[
            "refuse-advice-state",
            "refuse-advice-theme",
            "refuse-advice-subject",
            "refuse-advice-body-empty",
        ],
    );
}

#[tokio::test]
async fn p2_4_nomination_refusals_are_messages_with_their_clause() {
    let app = TestApp::new().await;
    let isu = app.api_token("demo-isu", "refusals").await;
    let refused = app
        .bearer(
            "POST",
            NOMINATIONS,
            &isu,
            Some(json!({"state": "ICRC", "choices": [{"seat": "a-1", "preference": 2}]})),
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    said_as_messages(&refused, &["refuse-nomination-order", "refuse-with-clause"]);
}

#[tokio::test]
async fn p3_decision_form_refusals_in_the_readers_language() {
    let app = TestApp::new().await;
    let (isu, csrf) = app.signed_in("demo-isu").await;
    let form = [
        ("csrf", csrf.as_str()),
        ("meeting", "3RC"),
        ("number", "0"),
        ("title", ""),
        ("text_en", ""),
        ("agenda_item", ""),
        ("adopts", ""),
        ("supersedes", ""),
        ("decided_on", "2099-01-01"),
        ("source", "DEMO: made up by the refusals test"),
    ];
    for (lang, words) in [
        ("en", "a decision needs a title of 1 to 500 characters"),
        ("fr", "une décision a besoin d"),
        ("es", "una decisión necesita un título"),
        ("ar", "يحتاج المقرر إلى عنوان"),
    ] {
        let refused = app
            .post_form(&format!("/ccm/decisions?lang={lang}"), &isu, &form)
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{lang}");
        assert!(refused.body.contains(words), "{lang}: {}", refused.body);
    }
}

/// The rooms whose refusals are all messages: a bare English sentence added to one of them
/// fails here (the other rooms still have English-only refusals; see the README).
#[test]
fn p19_1_refusals_of_the_obligation_rooms_are_all_messages() {
    let rooms = [
        (
            "store/obligations.rs",
            include_str!("../../../store/src/obligations.rs"),
        ),
        (
            "store/outreach.rs",
            include_str!("../../../store/src/outreach.rs"),
        ),
        (
            "store/participation_entries.rs",
            include_str!("../../../store/src/participation_entries.rs"),
        ),
        (
            "store/extensions.rs",
            include_str!("../../../store/src/extensions.rs"),
        ),
        (
            "web/views/obligations.rs",
            include_str!("../../src/views/obligations.rs"),
        ),
        (
            "web/views/participation.rs",
            include_str!("../../src/views/participation.rs"),
        ),
        (
            "web/views/extensions.rs",
            include_str!("../../src/views/extensions.rs"),
        ),
        (
            "domain/participation.rs",
            include_str!("../../../domain/src/participation.rs"),
        ),
    ];
    no_bare_refusals(&rooms);
}

/// Fails when any of `rooms` (name, source) refuses with a bare English sentence: each room
/// whose refusals are all messages lists itself in a ratchet test that calls this.
pub(crate) fn no_bare_refusals(rooms: &[(&str, &str)]) {
    let bare = [
        "refuse(format!(",
        "refuse(\"",
        "conflict(format!(",
        "conflict(\"",
        "invalid(",
        "problems.push(format!(",
        "problems.push(\"",
    ];
    for (room, source) in rooms {
        let compact: String = source.split_whitespace().collect();
        for b in bare {
            assert!(
                !compact.contains(b),
                "{room} refuses with a bare sentence ({b}); give it a message in refusals.ftl"
            );
        }
    }
}
