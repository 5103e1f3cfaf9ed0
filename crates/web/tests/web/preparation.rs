//! A meeting's preparation checklist and follow-up actions (P4.4(a), issue 15 item 4): the
//! template's items with due dates computed from the meeting's dates, the ISU's changes
//! (audited, the item as it stood kept in the audit entry), added items, the follow-up actions
//! of the meeting's decisions, and who reads and who changes it.

use axum::http::StatusCode;
use serde_json::json;

use crate::common::TestApp;

const API: &str = "/api/v1/conventions/ccm/meetings/13MSP/preparation";
const PAGE: &str = "/ccm/meetings/13MSP/preparation";

fn item<'a>(v: &'a serde_json::Value, key: &str) -> &'a serde_json::Value {
    v["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["key"] == key)
        .unwrap_or_else(|| panic!("no item {key} in {v}"))
}

#[tokio::test]
async fn p4_4a_the_checklist_comes_from_the_template_with_due_dates_from_the_meetings_dates() {
    let app = TestApp::new().await;
    let isu = app.api_token("demo-isu", "prep").await;
    let meeting = app
        .bearer("GET", "/api/v1/conventions/ccm/meetings/13MSP", &isu, None)
        .await
        .json();
    let opens = time::Date::parse(
        meeting["meeting"]["opens_on"].as_str().expect("opens_on"),
        &time::format_description::well_known::Iso8601::DATE,
    )
    .expect("a date");
    let a = app.bearer("GET", API, &isu, None).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    let v = a.json();
    let keys: Vec<&str> = v["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["key"].as_str())
        .collect();
    assert_eq!(
        keys,
        [
            "convening-letter",
            "provisional-agenda",
            "registration-opened",
            "documents-all-languages",
            "report-adopted",
            "list-of-participants"
        ]
    );
    let agenda = item(&v, "provisional-agenda");
    assert_eq!(
        agenda["due_on"].as_str(),
        Some((opens - time::Duration::days(70)).to_string().as_str())
    );
    // The 13MSP is past: nothing done, everything overdue.
    assert_eq!(agenda["status"], "overdue");
    assert_eq!(v["overdue"], 6);
    // A Coordination Committee meeting has no template: an empty checklist to add to.
    let committee = app
        .bearer("GET", "/api/v1/conventions/ccm/meetings", &isu, None)
        .await
        .json();
    let cc = committee["meetings"]
        .as_array()
        .expect("meetings")
        .iter()
        .find(|m| m["kind"] == "coordination-committee")
        .and_then(|m| m["label"].as_str())
        .expect("a Committee meeting in the demo")
        .to_string();
    let a = app
        .bearer(
            "GET",
            &format!("/api/v1/conventions/ccm/meetings/{cc}/preparation"),
            &isu,
            None,
        )
        .await;
    assert_eq!(a.json()["items"], json!([]), "{}", a.body);
}

#[tokio::test]
async fn p4_4a_the_isu_sets_an_owner_marks_done_and_adds_an_item() {
    let app = TestApp::new().await;
    let isu = app.api_token("demo-isu", "prep").await;
    let a = app
        .bearer(
            "POST",
            API,
            &isu,
            Some(json!({"key": "convening-letter", "owner": "Protocol desk", "done": true})),
        )
        .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.body);
    let v = a.json();
    let done = item(&v, "convening-letter");
    assert_eq!(done["status"], "done");
    assert_eq!(done["owner"], "Protocol desk");
    assert_eq!(done["done_by"], "demo-isu");
    assert_eq!(
        done["due_on"], done["template_due_on"],
        "the template's date stays"
    );
    assert_eq!(v["done"], 1);
    // Another due date, then not done again.
    let a = app
        .bearer("POST", API, &isu, Some(json!({"key": "convening-letter", "due_on": "2025-07-01", "owner": "Protocol desk", "done": false})))
        .await;
    let undone = item(&a.json(), "convening-letter").clone();
    assert_eq!(undone["status"], "overdue");
    assert_eq!(undone["due_on"], "2025-07-01");
    // An added item.
    let a = app
        .bearer("POST", API, &isu, Some(json!({"title": "Book interpreters for Arabic", "due_on": "2025-08-01", "owner": "ISU"})))
        .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.body);
    let added = item(&a.json(), "custom-1").clone();
    assert_eq!(added["name"], "Book interpreters for Arabic");
    assert_eq!(added["from_template"], false);
    // Refused: an unknown item, an added item without a title, a bad date.
    let a = app
        .bearer("POST", API, &isu, Some(json!({"key": "no-such-item"})))
        .await;
    assert_eq!(a.status, StatusCode::NOT_FOUND, "{}", a.body);
    let a = app
        .bearer("POST", API, &isu, Some(json!({"owner": "ISU"})))
        .await;
    assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(a.body.contains("needs a title"), "{}", a.body);
    let a = app
        .bearer(
            "POST",
            API,
            &isu,
            Some(json!({"key": "report-adopted", "due_on": "19/09/2025"})),
        )
        .await;
    assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The audit entry keeps the item as it stood.
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    let undo = app
        .db
        .store
        .audit_log(Some(ccm.id), 50)
        .await
        .expect("audit")
        .into_iter()
        .find(|e| e.action == "meeting.preparation" && e.detail.contains("2025-07-01"))
        .expect("the audit entry of the second change");
    assert!(undo.detail.contains("\"before\""), "{}", undo.detail);
    assert!(undo.detail.contains("Protocol desk"), "{}", undo.detail);
}

#[tokio::test]
async fn p4_4a_the_page_keeps_what_was_typed_when_refused() {
    let app = TestApp::new().await;
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    let refused = app
        .post_form(
            PAGE,
            &cookie,
            &[
                ("csrf", &csrf),
                ("title", "Visa letters"),
                ("due_on", "soon"),
                ("owner", "Logistics"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("is not a date"), "{}", refused.body);
    assert!(refused.body.contains("value=\"Visa letters\""));
    assert!(refused.body.contains("value=\"Logistics\""));
    let done = app
        .post_form(
            PAGE,
            &cookie,
            &[
                ("csrf", &csrf),
                ("key", "provisional-agenda"),
                ("owner", "Documents"),
                ("done", "1"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let page = app.get_with(PAGE, &[("cookie", &cookie)]).await;
    assert!(page.body.contains("class=\"prep-done\""), "{}", page.body);
    let meeting = app
        .get_with("/ccm/meetings/13MSP", &[("cookie", &cookie)])
        .await;
    assert!(meeting.body.contains("/ccm/meetings/13MSP/preparation"));
}

#[tokio::test]
async fn p4_4a_the_isu_and_the_president_read_it_only_the_isu_changes_it() {
    let app = TestApp::new().await;
    for (user, reads) in [
        ("demo-isu", true),
        ("demo-admin", true),
        ("demo-president", true),
        ("demo-coordinator", false),
        ("demo-focal-point", false),
        ("demo-observer", false),
    ] {
        let token = app.api_token(user, "prep").await;
        let a = app.bearer("GET", API, &token, None).await;
        let (cookie, csrf) = app.signed_in(user).await;
        let p = app.get_with(PAGE, &[("cookie", &cookie)]).await;
        let meeting = app
            .get_with("/ccm/meetings/13MSP", &[("cookie", &cookie)])
            .await;
        if reads {
            assert_eq!(a.status, StatusCode::OK, "{user}");
            assert_eq!(p.status, StatusCode::OK, "{user}");
            assert!(
                meeting.body.contains("/ccm/meetings/13MSP/preparation"),
                "{user}"
            );
        } else {
            assert_eq!(a.status, StatusCode::FORBIDDEN, "{user}");
            assert_eq!(p.status, StatusCode::FORBIDDEN, "{user}");
            assert!(!meeting.body.contains("/preparation"), "{user}");
        }
        let writes = user == "demo-isu" || user == "demo-admin";
        let w = app
            .bearer(
                "POST",
                API,
                &token,
                Some(json!({"key": "convening-letter", "done": true})),
            )
            .await;
        let f = app
            .post_form(
                PAGE,
                &cookie,
                &[("csrf", &csrf), ("key", "convening-letter"), ("done", "1")],
            )
            .await;
        if writes {
            assert_eq!(w.status, StatusCode::CREATED, "{user}");
            assert_eq!(f.status, StatusCode::SEE_OTHER, "{user}");
        } else {
            assert_eq!(w.status, StatusCode::FORBIDDEN, "{user}");
            assert_eq!(f.status, StatusCode::FORBIDDEN, "{user}");
        }
    }
    assert_eq!(app.get(API).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.get(PAGE).await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn p4_4a_the_follow_up_actions_of_the_meetings_decisions_are_listed() {
    let app = TestApp::new().await;
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    let action = store.actions(&ccm).await.expect("actions")[0].clone();
    let meeting_id = match (action.meeting_id, action.decision_id) {
        (Some(m), _) => m,
        (None, Some(d)) => {
            store
                .decision_records(&ccm, None)
                .await
                .expect("decisions")
                .into_iter()
                .find(|r| r.decision.id == d)
                .expect("the action's decision")
                .decision
                .meeting_id
        }
        (None, None) => panic!("an action raised by nothing"),
    };
    let label = store
        .meetings(&ccm)
        .await
        .expect("meetings")
        .into_iter()
        .find(|m| m.id == meeting_id)
        .expect("the meeting")
        .label;
    let isu = app.api_token("demo-isu", "prep").await;
    let a = app
        .bearer(
            "GET",
            &format!("/api/v1/conventions/ccm/meetings/{label}/preparation"),
            &isu,
            None,
        )
        .await;
    let titles: Vec<String> = a.json()["follow_up"]
        .as_array()
        .expect("follow-up")
        .iter()
        .filter_map(|f| f["title"].as_str().map(String::from))
        .collect();
    assert!(titles.contains(&action.title), "{titles:?}");
}
