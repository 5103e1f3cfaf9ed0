//! Issue 12 item 3 through the router: ISU staff record a President-Designate and the ISU
//! Director on the offices page or through the API (with a personal API token); the offices
//! page, its JSON and the Committee page show who held which office on any date; a refusal
//! keeps what was typed. Run on SQLite and (with TREATYDESK_TEST_DATABASE_URL) on PostgreSQL.

use crate::common::TestApp;
use axum::http::StatusCode;

async fn audit_actions(app: &TestApp) -> Vec<String> {
    app.db
        .store
        .audit_log(None, 100)
        .await
        .expect("audit")
        .into_iter()
        .map(|e| format!("{} by {}", e.action, e.who))
        .collect()
}

#[tokio::test]
async fn d12_3_isu_staff_designate_a_president_on_the_offices_page_and_the_committee_shows_it() {
    let app = TestApp::new().await;
    let (isu, csrf) = app.signed_in("demo-isu").await;
    let page = app.get_with("/ccm/offices", &[("cookie", &isu)]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("/ccm/offices/president-designate"));

    let saved = app
        .post_form(
            "/ccm/offices/president-designate",
            &isu,
            &[
                ("csrf", &csrf),
                ("state", "nga"),
                ("presides", "3RC"),
                ("designated_on", "2026-01-15"),
                ("designated_at", "13MSP"),
                ("source", "DEMO: made up by the offices test"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(saved.location().as_deref(), Some("/ccm/offices?saved=1"));

    let json = app
        .get("/api/v1/conventions/ccm/offices?as_of=2026-02-01")
        .await;
    assert_eq!(json.status, StatusCode::OK);
    let designate = json
        .json()
        .as_array()
        .expect("offices")
        .iter()
        .find(|o| o["office"] == "president-designate" && o["holder"] == "NGA")
        .cloned()
        .unwrap_or_else(|| panic!("no designate in {}", json.body));
    assert_eq!(designate["start"], "2026-01-15");

    // The day before, the designation is not yet on record.
    let before = app
        .get("/api/v1/conventions/ccm/offices?as_of=2026-01-14")
        .await;
    assert!(
        !before
            .json()
            .as_array()
            .expect("offices")
            .iter()
            .any(|o| o["office"] == "president-designate" && o["holder"] == "NGA"),
        "{}",
        before.body
    );

    let committee = app.get("/ccm/committee?as_of=2026-02-01").await;
    assert_eq!(committee.status, StatusCode::OK);
    assert!(committee.body.contains("Nigeria"), "{}", committee.body);
    assert!(committee.body.contains("/ccm/offices?as_of=2026-02-01"));
    assert!(
        audit_actions(&app)
            .await
            .contains(&"appointment.add by demo-isu".to_string())
    );
}

#[tokio::test]
async fn d12_3_a_refused_designation_keeps_what_was_typed_and_says_why() {
    let app = TestApp::new().await;
    let (isu, csrf) = app.signed_in("demo-isu").await;
    let before = audit_actions(&app).await.len();
    let refused = app
        .post_form(
            "/ccm/offices/president-designate",
            &isu,
            &[
                ("csrf", &csrf),
                ("state", "NGA"),
                ("presides", "3RC"),
                ("designated_on", "15 January"),
                ("designated_at", "13MSP"),
                ("source", "typed source zq9"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("role=\"alert\""));
    assert!(refused.body.contains("typed source zq9"));
    assert!(refused.body.contains("15 January"));
    assert_eq!(audit_actions(&app).await.len(), before, "nothing recorded");

    let no_source = app
        .post_form(
            "/ccm/offices/president-designate",
            &isu,
            &[
                ("csrf", &csrf),
                ("state", "NGA"),
                ("presides", "3RC"),
                ("designated_on", "2026-01-15"),
                ("designated_at", ""),
                ("source", " "),
            ],
        )
        .await;
    assert_eq!(no_source.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_source.body.contains("source"), "{}", no_source.body);
}

#[tokio::test]
async fn d12_3_below_isu_staff_no_one_records_an_office() {
    let app = TestApp::new().await;
    let (president, csrf) = app.signed_in("demo-president").await;
    let page = app
        .get_with("/ccm/offices", &[("cookie", &president)])
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("/ccm/offices/isu-director"));
    let refused = app
        .post_form(
            "/ccm/offices/isu-director",
            &president,
            &[
                ("csrf", &csrf),
                ("name", "Someone (DEMO)"),
                ("starts_on", "2026-01-01"),
                ("source", "DEMO"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let anonymous = app
        .send(
            axum::http::Request::builder()
                .method("POST")
                .uri("/api/v1/conventions/ccm/offices/isu-director")
                .header("content-type", "application/json")
                .body(axum::body::Body::from(
                    r#"{"name":"X","starts_on":"2026-01-01","source":"DEMO"}"#,
                ))
                .expect("request"),
        )
        .await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn d12_3_a_new_isu_director_through_the_api_ends_the_predecessors_term() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "offices").await;
    let first = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/offices/isu-director",
            &token,
            Some(serde_json::json!({
                "name": "First Director (DEMO)",
                "starts_on": "2026-02-01",
                "source": "DEMO: made up by the offices test"
            })),
        )
        .await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    let second = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/offices/isu-director",
            &token,
            Some(serde_json::json!({
                "name": "Second Director (DEMO)",
                "starts_on": "2026-06-01",
                "source": "DEMO: made up by the offices test"
            })),
        )
        .await;
    assert_eq!(second.status, StatusCode::CREATED, "{}", second.body);
    let director_on = |day: &'static str| {
        let app = &app;
        async move {
            let answer = app
                .get(&format!("/api/v1/conventions/ccm/offices?as_of={day}"))
                .await;
            answer
                .json()
                .as_array()
                .expect("offices")
                .iter()
                .find(|o| o["office"] == "isu-director" && o["outgoing"] == false)
                .and_then(|o| o["holder"].as_str().map(str::to_string))
        }
    };
    assert_eq!(
        director_on("2026-03-01").await.as_deref(),
        Some("First Director (DEMO)")
    );
    assert_eq!(
        director_on("2026-07-01").await.as_deref(),
        Some("Second Director (DEMO)")
    );

    // A Director who would start before the one on record is refused, with the reason.
    let earlier = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/offices/isu-director",
            &token,
            Some(serde_json::json!({
                "name": "Earlier (DEMO)",
                "starts_on": "2026-05-01",
                "source": "DEMO"
            })),
        )
        .await;
    assert_eq!(earlier.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(earlier.body.contains("Second Director"), "{}", earlier.body);
    let actions = audit_actions(&app).await;
    assert!(actions.contains(&"appointment.end by demo-isu".to_string()));
}

#[tokio::test]
async fn d12_3_offices_refuse_a_date_that_is_not_one() {
    let app = TestApp::new().await;
    let answer = app.get("/api/v1/conventions/ccm/offices?as_of=soon").await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let page = app.get("/ccm/offices?as_of=soon").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
}
