//! Issue 16 through the router: every new route (GET and POST) for every role; the ISU records
//! a State's initial report (form with CSRF, and the JSON API) and the overdue list and the
//! State's page change; a restricted reference is shown only at its level; the calendar feed;
//! the labels in four languages. Run on SQLite and (with TREATYDESK_TEST_DATABASE_URL) on
//! PostgreSQL.

use crate::common::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use treatydesk_domain::AccessLevel;

/// (demo account or None for anonymous, the level it reaches in the CCM)
const ROLES: &[(Option<&str>, AccessLevel)] = &[
    (None, AccessLevel::Public),
    (Some("demo-observer"), AccessLevel::Public),
    (Some("demo-focal-point"), AccessLevel::StatesParties),
    (Some("demo-coordinator"), AccessLevel::Committee),
    (Some("demo-president"), AccessLevel::Committee),
    (Some("demo-isu"), AccessLevel::Isu),
    (Some("demo-admin"), AccessLevel::Isu),
];

const GETS: &[&str] = &[
    "/ccm/obligations/overdue",
    "/ccm/obligations/overdue?as_of=2024-08-01",
    "/ccm/states/SSD/obligations",
    "/ccm/states/SSD/obligations?as_of=2024-08-01",
    "/ccm/states/SSD/obligations.ics",
    "/api/v1/conventions/ccm/obligations/overdue?as_of=2024-08-01",
    "/api/v1/conventions/ccm/states/SSD/obligations?as_of=2024-08-01",
];

async fn post_json(
    app: &TestApp,
    path: &str,
    session: Option<&str>,
    csrf: Option<&str>,
    body: &serde_json::Value,
) -> crate::common::Answer {
    let mut request = Request::post(path).header(header::CONTENT_TYPE, "application/json");
    if let Some(s) = session {
        request = request.header(header::COOKIE, format!("td_session={s}"));
    }
    if let Some(c) = csrf {
        request = request.header("x-csrf-token", c);
    }
    app.send(request.body(Body::from(body.to_string())).expect("request"))
        .await
}

fn ssd_initial_overdue(app_json: &serde_json::Value) -> bool {
    app_json["overdue"]
        .as_array()
        .expect("overdue")
        .iter()
        .any(|r| r["state"] == "SSD" && r["obligation"] == "art7-initial")
}

#[tokio::test]
async fn obligations_routes_with_every_role() {
    let app = TestApp::new().await;
    for (account, reaches) in ROLES {
        let token = match account {
            Some(name) => Some(app.session_for(name).await),
            None => None,
        };
        let who = account.unwrap_or("anonymous");
        // Every GET is public.
        for path in GETS {
            let answer = app.get_as(path, token.as_deref()).await;
            assert_eq!(answer.status, StatusCode::OK, "{who} GET {path}");
        }
        // The form: ISU staff only; the recording form shows only to them.
        let page = app
            .get_as("/ccm/states/SSD/obligations", token.as_deref())
            .await;
        assert_eq!(
            page.body.contains("name=\"received_on\""),
            *reaches >= AccessLevel::Isu,
            "{who} sees the form"
        );
        let csrf = match &token {
            Some(_) => page.hidden("csrf"),
            None => String::new(),
        };
        let cookie = token
            .as_ref()
            .map(|t| format!("td_session={t}"))
            .unwrap_or_default();
        let form = app
            .post_form(
                "/ccm/states/SSD/obligations",
                &cookie,
                &[
                    ("csrf", &csrf),
                    ("obligation", "art7-annual"),
                    ("kind", "report"),
                    ("period", "2024"),
                    ("received_on", "2025-04-20"),
                    ("reference", &format!("access test {who}")),
                    ("access", "public"),
                ],
            )
            .await;
        let expected = if *reaches >= AccessLevel::Isu {
            StatusCode::SEE_OTHER
        } else if token.is_none() {
            // No session, no signed CSRF token: refused before anything else.
            StatusCode::FORBIDDEN
        } else {
            StatusCode::FORBIDDEN
        };
        assert_eq!(form.status, expected, "{who} POST form");
        // The API: 401 anonymous, 403 below the ISU, 201 for ISU staff.
        let api = post_json(
            &app,
            "/api/v1/conventions/ccm/states/SSD/obligations",
            token.as_deref(),
            Some(&csrf),
            &serde_json::json!({
                "obligation": "art7-annual", "period": 2023, "received_on": "2024-04-20",
                "reference": format!("api access test {who}")
            }),
        )
        .await;
        let expected = match (account, *reaches >= AccessLevel::Isu) {
            (_, true) => StatusCode::CREATED,
            (None, _) => StatusCode::UNAUTHORIZED,
            _ => StatusCode::FORBIDDEN,
        };
        assert_eq!(api.status, expected, "{who} POST API: {}", api.body);
        if api.status != StatusCode::CREATED {
            assert!(api.json()["error"].is_string());
        }
    }
    // Only the ISU's writes were recorded, each audited.
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    let ssd = app.db.store.actor("SSD").await.expect("SSD");
    let subs = app
        .db
        .store
        .submissions(&ccm, &ssd, false)
        .await
        .expect("subs");
    assert_eq!(subs.len(), 4, "{subs:?}");
    assert!(
        subs.iter()
            .all(|s| s.recorded_by == "demo-isu" || s.recorded_by == "demo-admin")
    );
}

#[tokio::test]
async fn art7_isu_records_the_initial_report_and_the_overdue_list_changes() {
    let app = TestApp::new().await;
    let before = app
        .get("/api/v1/conventions/ccm/obligations/overdue?as_of=2024-08-01")
        .await
        .json();
    assert!(ssd_initial_overdue(&before), "{before}");
    let page = app.get("/ccm/obligations/overdue?as_of=2024-08-01").await;
    assert!(
        page.body
            .contains("data-state=\"SSD\" data-obligation=\"art7-initial\"")
    );
    let state = app
        .get("/ccm/states/SSD/obligations?as_of=2024-08-01")
        .await;
    assert!(
        state.body.contains("Initial transparency report"),
        "{}",
        state.body
    );
    assert!(state.body.contains("180 days after entry into force"));

    let isu = app.session_for("demo-isu").await;
    let csrf = app
        .get_as("/ccm/states/SSD/obligations", Some(&isu))
        .await
        .hidden("csrf");
    // Without the CSRF token: refused, nothing recorded.
    let forged = app
        .post_form(
            "/ccm/states/SSD/obligations",
            &format!("td_session={isu}"),
            &[
                ("obligation", "art7-initial"),
                ("kind", "report"),
                ("received_on", "2024-07-25"),
                ("reference", "forged"),
                ("access", "public"),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    // A bad date: 422 with the form and a sentence.
    let bad = app
        .post_form(
            "/ccm/states/SSD/obligations",
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
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("is not a date in the form YYYY-MM-DD"),
        "{}",
        bad.body
    );
    let ok = app
        .post_form(
            "/ccm/states/SSD/obligations",
            &format!("td_session={isu}"),
            &[
                ("csrf", &csrf),
                ("obligation", "art7-initial"),
                ("kind", "report"),
                ("received_on", "2024-07-25"),
                ("reference", "CCM/ART7/2024/SSD"),
                ("access", "public"),
                ("reason", "received by UNODA Geneva"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let after = app
        .get("/api/v1/conventions/ccm/obligations/overdue?as_of=2024-08-01")
        .await
        .json();
    assert!(!ssd_initial_overdue(&after), "{after}");
    assert_eq!(
        after["count"].as_u64().expect("count") + 1,
        before["count"].as_u64().expect("count")
    );
    let api = app
        .get("/api/v1/conventions/ccm/states/SSD/obligations?as_of=2024-08-01")
        .await
        .json();
    let initial = &api["deadlines"][0];
    assert_eq!(initial["obligation"], "art7-initial");
    assert_eq!(initial["due_on"], "2024-07-30");
    assert_eq!(initial["status"], "met");
    assert_eq!(initial["reference"], "CCM/ART7/2024/SSD");
    // The next deadline is the first annual report, 30 April 2025 (covering 2024).
    assert_eq!(api["next"]["obligation"], "art7-annual");
    assert_eq!(api["next"]["due_on"], "2025-04-30");
    assert!(
        api["submissions"].as_array().expect("list").is_empty(),
        "public sees no record list"
    );
    // The State's page shows its next deadline.
    let page = app.get("/ccm/states/SSD?as_of=2024-08-01").await;
    assert!(page.body.contains("id=\"next-deadline\""), "{}", page.body);
    assert!(page.body.contains("30 April 2025"), "{}", page.body);
    let audit = app.db.store.audit_log(None, 20).await.expect("audit");
    assert!(audit.iter().any(|e| e.action == "obligation.record"
        && e.who == "demo-isu"
        && e.reason == "received by UNODA Geneva"));
}

#[tokio::test]
async fn a_restricted_reference_shows_only_at_its_level() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let csrf = app
        .get_as("/ccm/states/SSD/obligations", Some(&isu))
        .await
        .hidden("csrf");
    let saved = post_json(
        &app,
        "/api/v1/conventions/ccm/states/SSD/obligations",
        Some(&isu),
        Some(&csrf),
        &serde_json::json!({"obligation": "art7-initial", "received_on": "2024-07-29",
            "reference": "ISU-FILE-2024-117", "access": "isu"}),
    )
    .await;
    assert_eq!(saved.status, StatusCode::CREATED, "{}", saved.body);
    let public = app
        .get("/api/v1/conventions/ccm/states/SSD/obligations?as_of=2024-08-01")
        .await;
    assert_eq!(public.json()["deadlines"][0]["status"], "met");
    assert!(!public.body.contains("ISU-FILE-2024-117"));
    let page = app
        .get("/ccm/states/SSD/obligations?as_of=2024-08-01")
        .await;
    assert!(!page.body.contains("ISU-FILE-2024-117"));
    assert!(page.body.contains("restricted"));
    let staff = app
        .get_as(
            "/api/v1/conventions/ccm/states/SSD/obligations?as_of=2024-08-01",
            Some(&isu),
        )
        .await;
    assert!(staff.body.contains("ISU-FILE-2024-117"));
    // The JSON API refuses without the session's CSRF token, and refuses a bad body with 4xx.
    let no_token = post_json(
        &app,
        "/api/v1/conventions/ccm/states/SSD/obligations",
        Some(&isu),
        None,
        &serde_json::json!({"obligation": "art7-initial", "received_on": "2024-07-29", "reference": "x"}),
    )
    .await;
    assert_eq!(no_token.status, StatusCode::FORBIDDEN);
    let bad = post_json(
        &app,
        "/api/v1/conventions/ccm/states/SSD/obligations",
        Some(&isu),
        Some(&csrf),
        &serde_json::json!({"obligation": "art7-annual", "received_on": "2024-04-29", "reference": "x"}),
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.json()["error"]
            .as_str()
            .expect("error")
            .contains("year it covers")
    );
}

#[tokio::test]
async fn the_calendar_feed_lists_what_is_still_owed() {
    let app = TestApp::new().await;
    let feed = app.get("/ccm/states/NGA/obligations.ics").await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(feed.body.starts_with("BEGIN:VCALENDAR"));
    // Nigeria's (DEMO) initial report was received: not in the feed; its annual reports are.
    assert!(!feed.body.contains("Initial transparency report"));
    assert!(
        feed.body.contains("Annual transparency report"),
        "{}",
        feed.body
    );
    assert!(feed.body.contains("art7-annual-"));
}

#[tokio::test]
async fn obligations_pages_speak_four_languages() {
    let app = TestApp::new().await;
    for (lang, words) in [
        ("en", "Overdue obligations"),
        ("fr", "Obligations en retard"),
        ("es", "Obligaciones vencidas"),
        ("ar", "الالتزامات المتأخرة"),
    ] {
        let page = app
            .get(&format!(
                "/ccm/obligations/overdue?as_of=2024-08-01&lang={lang}"
            ))
            .await;
        assert!(page.body.contains(words), "{lang}");
        let state = app
            .get(&format!(
                "/ccm/states/SSD/obligations?as_of=2024-08-01&lang={lang}"
            ))
            .await;
        assert_eq!(state.status, StatusCode::OK);
    }
    let fr = app
        .get("/ccm/states/SSD/obligations?as_of=2024-08-01&lang=fr")
        .await;
    assert!(fr.body.contains("Rapport initial de transparence"));
    assert!(
        fr.body.contains("180 jours après l&#39;entrée en vigueur"),
        "{}",
        fr.body
    );
}

#[tokio::test]
async fn bad_addresses_answer_4xx_with_a_sentence() {
    let app = TestApp::new().await;
    let bad_date = app
        .get("/api/v1/conventions/ccm/obligations/overdue?as_of=2024-13-01")
        .await;
    assert_eq!(bad_date.status, StatusCode::BAD_REQUEST);
    assert!(bad_date.json()["error"].is_string());
    assert_eq!(
        app.get("/api/v1/conventions/xyz/obligations/overdue")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/ccm/states/ZZZ/obligations").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn every_convention_nav_links_an_overdue_list_that_answers() {
    let app = TestApp::new().await;
    for code in ["ccm", "aplc", "ccw", "bwc"] {
        let home = app.get(&format!("/{code}")).await;
        let link = format!("href=\"/{code}/obligations/overdue\"");
        assert!(
            home.body.contains(&link),
            "{code}: the nav links its obligations"
        );
        let list = app.get(&format!("/{code}/obligations/overdue")).await;
        assert_eq!(list.status, StatusCode::OK, "{code}: {}", list.body);
        assert!(list.body.contains(&format!("href=\"/{code}/extensions\"")));
    }
}
