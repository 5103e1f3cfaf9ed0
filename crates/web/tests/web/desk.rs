//! The desk (issue 18 item 1, P4.4(b)): where each role lands after signing in, and what it
//! lists for each, on the page and the API; anonymous readers are sent to sign in.

use axum::http::StatusCode;
use serde_json::Value;

use crate::common::TestApp;

async fn desk(app: &TestApp, user: &str) -> Value {
    let token = app.api_token(user, "desk").await;
    let a = app.bearer("GET", "/api/v1/desk", &token, None).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    a.json()
}

/// The section a role brings to the CCM desk, if any.
fn section(desk: &Value, role: &str) -> Option<Value> {
    desk["conventions"]
        .as_array()?
        .iter()
        .find(|c| c["code"] == "ccm")?["sections"]
        .as_array()?
        .iter()
        .find(|s| s["role"] == role)
        .cloned()
}

fn kinds(section: &Value) -> Vec<String> {
    section["items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .map(|i| i["kind"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn item<'a>(section: &'a Value, kind: &str) -> &'a Value {
    section["items"]
        .as_array()
        .and_then(|items| items.iter().find(|i| i["kind"] == kind))
        .unwrap_or_else(|| panic!("no {kind} item in {section}"))
}

#[tokio::test]
async fn issue_18_desk_needs_sign_in() {
    let app = TestApp::new().await;
    let page = app.get("/desk").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert!(
        page.location()
            .unwrap_or_default()
            .starts_with("/login?next=/desk"),
        "{:?}",
        page.location()
    );
    assert_eq!(
        app.get("/api/v1/desk").await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn issue_18_signing_in_lands_on_the_desk_unless_a_page_was_asked_for() {
    let app = TestApp::new().await;
    for (next, lands) in [("", "/desk"), ("/ccm/documents", "/ccm/documents")] {
        let login = app.get("/login").await;
        let cookie = login.cookie("td_csrf").unwrap_or_default();
        let csrf = login.hidden("csrf");
        let password = app.password("demo-isu");
        let answer = app
            .post_form(
                "/login",
                &format!("td_csrf={cookie}"),
                &[
                    ("username", "demo-isu"),
                    ("password", &password),
                    ("csrf", &csrf),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER);
        assert_eq!(answer.location().as_deref(), Some(lands), "next {next:?}");
    }
}

#[tokio::test]
async fn issue_18_isu_desk_lists_what_is_pending() {
    let app = TestApp::new().await;
    let d = desk(&app, "demo-isu").await;
    let isu = section(&d, "isu-staff").expect("ISU staff see the pending work");
    for kind in [
        "actions-overdue",
        "findings-errors",
        "advice-open",
        "reports-overdue",
    ] {
        assert!(
            kinds(&isu).contains(&kind.to_string()),
            "{kind} missing: {isu}"
        );
    }
    // The overdue count is the public overdue list's, as of today.
    let token = app.api_token("demo-isu", "check").await;
    let overdue = app
        .bearer(
            "GET",
            "/api/v1/conventions/ccm/obligations/overdue",
            &token,
            None,
        )
        .await
        .json();
    assert_eq!(item(&isu, "reports-overdue")["count"], overdue["count"]);
    assert_eq!(
        item(&isu, "reports-overdue")["href"],
        "/ccm/obligations/overdue"
    );
    // The errors are the findings page's.
    let findings = app
        .bearer("GET", "/api/v1/conventions/ccm/findings", &token, None)
        .await;
    if findings.status == StatusCode::OK {
        assert_eq!(
            item(&isu, "findings-errors")["count"],
            findings.json()["errors"]
        );
    }
}

#[tokio::test]
async fn issue_18_focal_point_desk_is_their_states_and_never_the_isus() {
    let app = TestApp::new().await;
    let d = desk(&app, "demo-focal-point").await;
    assert!(
        section(&d, "isu-staff").is_none(),
        "a focal point sees no ISU queue: {d}"
    );
    let fp = section(&d, "focal-point").expect("the focal point's section");
    assert_eq!(fp["actor"], "NGA");
    assert_eq!(item(&fp, "state-page")["href"], "/ccm/states/NGA");
    // Its deadlines agree with the State's obligations.
    let token = app.api_token("demo-focal-point", "check").await;
    let nga = app
        .bearer(
            "GET",
            "/api/v1/conventions/ccm/states/NGA/obligations",
            &token,
            None,
        )
        .await
        .json();
    let overdue = nga["deadlines"]
        .as_array()
        .map(|ds| ds.iter().filter(|x| x["status"] == "overdue").count())
        .unwrap_or_default();
    if overdue > 0 {
        assert_eq!(item(&fp, "reports-overdue")["count"], overdue);
    } else {
        assert!(!kinds(&fp).contains(&"reports-overdue".to_string()));
    }
    // The next deadline is the earliest one not yet due.
    let upcoming = nga["deadlines"].as_array().and_then(|ds| {
        ds.iter()
            .filter(|x| x["status"] == "upcoming")
            .filter_map(|x| x["due_on"].as_str())
            .min()
            .map(str::to_string)
    });
    if let Some(due) = upcoming {
        assert_eq!(item(&fp, "next-deadline")["on"], due.as_str());
    }
}

#[tokio::test]
async fn issue_18_officers_see_the_posts_their_state_holds() {
    let app = TestApp::new().await;
    for (user, role, actor) in [
        ("demo-president", "president", "PHL"),
        ("demo-coordinator", "coordinator", "DEU"),
    ] {
        let d = desk(&app, user).await;
        assert!(section(&d, "isu-staff").is_none(), "{user}");
        let s = section(&d, role).unwrap_or_else(|| panic!("{user} has a {role} section: {d}"));
        assert_eq!(s["actor"], actor);
        let k = kinds(&s);
        assert!(
            k.iter()
                .any(|k| k == "office-held" || k == "seat-held" || k == "nothing-held"),
            "{user}: {k:?}"
        );
    }
}

#[tokio::test]
async fn issue_18_observer_desk_has_messages_only() {
    let app = TestApp::new().await;
    let d = desk(&app, "demo-observer").await;
    let sections = d["conventions"][0]["sections"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(sections.len(), 1, "{d}");
    assert_eq!(sections[0]["role"], "everyone");
}

#[tokio::test]
async fn issue_18_desk_page_reads_in_arabic() {
    let app = TestApp::new().await;
    let (cookie, _) = app.signed_in("demo-isu").await;
    let page = app.get_with("/desk?lang=ar", &[("cookie", &cookie)]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("dir=\"rtl\""));
    assert!(page.body.contains("مكتبي"));
    assert!(page.body.contains("href=\"/ccm/obligations/overdue\""));
    assert!(
        !page.body.contains("desk-item-"),
        "every item has its words"
    );
}
