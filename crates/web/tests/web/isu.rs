//! Issue 14 through the router: the ISU as a body over time (P4.1, ¶19), its work plan and
//! budget with the P4.4(h) workflow and the readers of each state, and contributions with the
//! funding gap computed exactly in mixed currencies (P4.2). Pages and the JSON API (with
//! personal API tokens). Run on SQLite and (with TREATYDESK_TEST_DATABASE_URL) on PostgreSQL.

use crate::common::TestApp;
use axum::http::StatusCode;
use serde_json::json;

const API: &str = "/api/v1/conventions/ccm/isu";

/// The label of the demo's Committee meeting that endorses plans, and the id of the 13MSP's
/// DEMO decision that approves them.
pub(crate) async fn steps(app: &TestApp) -> (String, i64) {
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    let committee = app
        .db
        .store
        .meetings(&ccm)
        .await
        .expect("meetings")
        .into_iter()
        .rfind(|m| m.kind == "coordination-committee")
        .expect("a Committee meeting")
        .label;
    let decision = app
        .db
        .store
        .decision_records(&ccm, None)
        .await
        .expect("decisions")
        .into_iter()
        .find(|d| d.meeting.label == "13MSP")
        .expect("the 13MSP's DEMO decision")
        .decision
        .id;
    (committee, i64::from(decision))
}

fn plan(total_line: &str) -> serde_json::Value {
    json!({
        "activities": [
            {"task": "a", "title": "DEMO: prepare the 14MSP", "outputs": ["DEMO: documents"]},
            {"task": "c", "title": "DEMO: advice to States Parties"}
        ],
        "lines": [
            {"category": "DEMO: staff", "amount": total_line},
            {"category": "DEMO: travel", "amount": "0.20"}
        ],
        "note": "DEMO: made up by the ISU tests"
    })
}

#[tokio::test]
async fn p4_1_who_supported_on_date() {
    let app = TestApp::new().await;
    // The interim capacity (UNDP BCPR, 2012-2015), then the permanent ISU hosted by the GICHD.
    let interim = app.get(&format!("{API}?as_of=2013-06-01")).await;
    assert_eq!(interim.status, StatusCode::OK, "{}", interim.body);
    let periods = &interim.json()["supported"]["periods"];
    assert_eq!(
        periods.as_array().map(Vec::len),
        Some(1),
        "{}",
        interim.body
    );
    assert_eq!(periods[0]["capacity"], "interim");
    assert!(
        periods[0]["body"]
            .as_str()
            .unwrap_or("")
            .contains("Crisis Prevention and Recovery")
    );
    assert!(periods[0]["source"].as_str().unwrap_or("").contains("[U]"));
    let permanent = app.get(&format!("{API}?as_of=2016-01-01")).await.json();
    assert_eq!(
        permanent["supported"]["periods"][0]["capacity"],
        "permanent"
    );
    assert!(
        permanent["supported"]["periods"][0]["host"]
            .as_str()
            .unwrap_or("")
            .contains("GICHD")
    );
    assert_eq!(permanent["mandate"].as_array().map(Vec::len), Some(9));
    assert_eq!(permanent["mandate"][7]["clause"], "P4.4(h)");
    // Before 2012, nobody.
    let before = app.get(&format!("{API}?as_of=2011-06-01")).await.json();
    assert_eq!(
        before["supported"]["periods"].as_array().map(Vec::len),
        Some(0)
    );
    // The page says the same, in the reader's language.
    let page = app.get("/ccm/isu?as_of=2013-06-01&lang=fr").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("capacité intérimaire"), "{}", page.body);
    // The store's one query.
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    let on = app
        .db
        .store
        .isu_supported_on(&ccm, time::macros::date!(2015 - 06 - 15))
        .await
        .expect("supported");
    assert_eq!(on.periods.len(), 1);
    assert_eq!(on.periods[0].capacity, "permanent");
    // A bad date is refused with a sentence.
    assert_eq!(
        app.get(&format!("{API}?as_of=2013-13-01")).await.status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn p4_1_staff_recorded_on_the_page_and_corrected_through_the_api_keeps_the_old_row() {
    let app = TestApp::new().await;
    let (isu, csrf) = app.signed_in("demo-isu").await;
    let saved = app
        .post_form(
            "/ccm/isu/staff",
            &isu,
            &[
                ("csrf", &csrf),
                ("person", "DEMO Person B"),
                ("function", "DEMO: Director"),
                ("starts_on", "2020-01-01"),
                ("source", "DEMO: made up by the ISU tests"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    // A refusal keeps what was typed.
    let refused = app
        .post_form(
            "/ccm/isu/staff",
            &isu,
            &[
                ("csrf", &csrf),
                ("person", "DEMO Person C"),
                ("function", ""),
                ("starts_on", "2020-02-30"),
                ("source", ""),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("DEMO Person C"));
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    let row = app
        .db
        .store
        .isu_staff(&ccm)
        .await
        .expect("staff")
        .into_iter()
        .find(|s| s.person == "DEMO Person B")
        .expect("recorded");
    let token = app.api_token("demo-isu", "isu tests").await;
    let corrected = app
        .bearer(
            "POST",
            &format!("{API}/staff"),
            &token,
            Some(json!({"person": "DEMO Person B", "function": "DEMO: Deputy Director", "starts_on": "2020-01-01", "ends_on": "2023-12-31", "source": "DEMO: corrected", "corrects": row.id})),
        )
        .await;
    assert_eq!(corrected.status, StatusCode::CREATED, "{}", corrected.body);
    assert_eq!(corrected.json()["corrects"], row.id);
    let current = app.db.store.isu_staff(&ccm).await.expect("staff");
    assert!(
        !current.iter().any(|s| s.id == row.id),
        "the corrected row is superseded"
    );
    let all = app.db.store.isu_staff_rows(&ccm).await.expect("rows");
    assert!(
        all.iter()
            .any(|s| s.id == row.id && s.function == "DEMO: Director"),
        "the old row stays"
    );
    // The corrected row cannot be corrected again: correct the current one.
    let again = app
        .bearer(
            "POST",
            &format!("{API}/staff"),
            &token,
            Some(json!({"person": "X", "function": "Y", "starts_on": "2020-01-01", "source": "Z", "corrects": row.id})),
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    // On 2021-06-01 the staff list shows the corrected function; on 2024-06-01 not at all.
    let on = app.get(&format!("{API}?as_of=2021-06-01")).await.json();
    assert!(
        on["supported"]["staff"]
            .to_string()
            .contains("DEMO: Deputy Director")
    );
    let later = app.get(&format!("{API}?as_of=2024-06-01")).await.json();
    assert!(
        !later["supported"]["staff"]
            .to_string()
            .contains("DEMO Person B")
    );
    // Every write is audited.
    let log = app.db.store.audit_log(None, 20).await.expect("audit");
    assert!(log.iter().filter(|e| e.action == "isu.staff").count() >= 2);
    // Below ISU staff, refused.
    let observer = app.api_token("demo-observer", "isu tests").await;
    let refused = app
        .bearer("POST", &format!("{API}/staff"), &observer, Some(json!({})))
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn p4_1_status_period_cites_a_decision_of_the_register() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "isu tests").await;
    let refused = app
        .bearer(
            "POST",
            &format!("{API}/periods"),
            &token,
            Some(json!({"capacity": "permanent", "body": "DEMO body", "starts_on": "2030-01-01", "decision_id": 999999, "source": "DEMO"})),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("not in the register"),
        "{}",
        refused.body
    );
    let (_, decision) = steps(&app).await;
    let ok = app
        .bearer(
            "POST",
            &format!("{API}/periods"),
            &token,
            Some(json!({"capacity": "permanent", "body": "DEMO body", "host": "DEMO host", "starts_on": "2030-01-01", "decision_id": decision, "source": "DEMO: made up"})),
        )
        .await;
    assert_eq!(ok.status, StatusCode::CREATED, "{}", ok.body);
    assert_eq!(ok.json()["decision"], "13MSP decision 90");
}

#[tokio::test]
async fn p4_4h_approval_without_endorsement_refused() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "isu tests").await;
    let (committee, decision) = steps(&app).await;
    let drafted = app
        .bearer(
            "POST",
            &format!("{API}/workplans/2026"),
            &token,
            Some(plan("100.00")),
        )
        .await;
    assert_eq!(drafted.status, StatusCode::CREATED, "{}", drafted.body);
    assert_eq!(drafted.json()["status"], "draft");
    assert_eq!(drafted.json()["total"], "100.20");
    // Approval of a draft: refused, naming the clause (API and page alike).
    let refused = app
        .bearer(
            "POST",
            &format!("{API}/workplans/2026/approval"),
            &token,
            Some(json!({"meeting": "13MSP", "decision_id": decision})),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("P4.4(h)"), "{}", refused.body);
    let (isu, csrf) = app.signed_in("demo-isu").await;
    let page = app
        .post_form(
            "/ccm/isu/workplans/2026/approval",
            &isu,
            &[
                ("csrf", &csrf),
                ("meeting", "13MSP"),
                ("decision", &decision.to_string()),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("P4.4(h)"));
    // An endorsement by an MSP is not the Committee's.
    let wrong = app
        .bearer(
            "POST",
            &format!("{API}/workplans/2026/endorsement"),
            &token,
            Some(json!({"meeting": "13MSP", "citation": "DEMO"})),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The Committee endorses; then the approval is accepted.
    let endorsed = app
        .post_form(
            "/ccm/isu/workplans/2026/endorsement",
            &isu,
            &[
                ("csrf", &csrf),
                ("meeting", &committee),
                ("citation", "DEMO: minutes, item 2"),
            ],
        )
        .await;
    assert_eq!(endorsed.status, StatusCode::SEE_OTHER, "{}", endorsed.body);
    let approved = app
        .bearer(
            "POST",
            &format!("{API}/workplans/2026/approval"),
            &token,
            Some(json!({"meeting": "13MSP", "decision_id": decision, "citation": "DEMO"})),
        )
        .await;
    assert_eq!(approved.status, StatusCode::CREATED, "{}", approved.body);
    let out = approved.json();
    assert_eq!(out["status"], "approved");
    assert_eq!(out["endorsed"]["meeting"], committee.as_str());
    assert_eq!(out["approved"]["meeting"], "13MSP");
    assert_eq!(out["revisions"].as_array().map(Vec::len), Some(3));
    // An approval needs its decision.
    let again = app
        .bearer(
            "POST",
            &format!("{API}/workplans/2026/approval"),
            &token,
            Some(json!({"meeting": "13MSP"})),
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn p4_4h_change_after_endorsement_returns_to_draft() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "isu tests").await;
    let (committee, _) = steps(&app).await;
    app.bearer(
        "POST",
        &format!("{API}/workplans/2026"),
        &token,
        Some(plan("100.00")),
    )
    .await;
    let endorsed = app
        .bearer(
            "POST",
            &format!("{API}/workplans/2026/endorsement"),
            &token,
            Some(json!({"meeting": committee, "citation": "DEMO: minutes"})),
        )
        .await;
    assert_eq!(endorsed.status, StatusCode::CREATED, "{}", endorsed.body);
    // Endorsing the endorsed revision again is refused.
    let twice = app
        .bearer(
            "POST",
            &format!("{API}/workplans/2026/endorsement"),
            &token,
            Some(json!({"meeting": committee, "citation": "DEMO: minutes"})),
        )
        .await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(twice.body.contains("P4.4(h)"));
    // A change on the page: back to draft, a new revision.
    let (isu, csrf) = app.signed_in("demo-isu").await;
    let changed = app
        .post_form(
            "/ccm/isu/workplans/2026",
            &isu,
            &[
                ("csrf", &csrf),
                (
                    "activities",
                    "a | DEMO: prepare the 14MSP | DEMO: documents",
                ),
                ("lines", "DEMO: staff | 150.00\nDEMO: travel | 0.20"),
                ("note", "DEMO: changed"),
            ],
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    let now = app
        .bearer("GET", &format!("{API}/workplans/2026"), &token, None)
        .await
        .json();
    assert_eq!(now["status"], "draft");
    assert_eq!(now["revision"], 3);
    assert_eq!(now["total"], "150.20");
    assert!(
        now["endorsed"].is_null(),
        "the draft carries no endorsement"
    );
    // The endorsed revision stays readable: a States Party reads it, with its total.
    let focal = app.api_token("demo-focal-point", "isu tests").await;
    let sp = app
        .bearer("GET", &format!("{API}/workplans/2026"), &focal, None)
        .await;
    assert_eq!(sp.status, StatusCode::OK, "{}", sp.body);
    let sp = sp.json();
    assert_eq!(sp["revision"], 2);
    assert_eq!(sp["status"], "endorsed");
    assert_eq!(sp["total"], "100.20");
    assert_eq!(sp["current_status"], "draft");
    // The same plan typed again over the draft records nothing and says so.
    let same = app
        .post_form(
            "/ccm/isu/workplans/2026",
            &isu,
            &[
                ("csrf", &csrf),
                (
                    "activities",
                    "a | DEMO: prepare the 14MSP | DEMO: documents",
                ),
                ("lines", "DEMO: staff | 150.00\nDEMO: travel | 0.20"),
                ("note", "DEMO: changed"),
            ],
        )
        .await;
    assert_eq!(same.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        same.body.contains("DEMO: staff | 150.00"),
        "the form keeps what was typed"
    );
}

#[tokio::test]
async fn p4_4h_readers_of_each_state() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "isu tests").await;
    let (committee, decision) = steps(&app).await;
    let mut sessions = Vec::new();
    for user in [
        "demo-observer",
        "demo-focal-point",
        "demo-coordinator",
        "demo-president",
        "demo-isu",
        "demo-admin",
    ] {
        sessions.push((user, Some(app.session_for(user).await)));
    }
    sessions.insert(0, ("anonymous", None));
    let check = |expected: &'static [&'static str], status: &'static str| {
        let sessions = sessions.clone();
        let app = &app;
        async move {
            for (user, session) in &sessions {
                for path in [
                    "/ccm/isu/workplans/2026",
                    "/api/v1/conventions/ccm/isu/workplans/2026",
                ] {
                    let answer = app.get_as(path, session.as_deref()).await;
                    if expected.contains(user) {
                        assert_eq!(
                            answer.status,
                            StatusCode::OK,
                            "{user} reads the {status} plan at {path}"
                        );
                        if path.starts_with("/api/") {
                            assert_eq!(answer.json()["status"], status, "{user}");
                        }
                    } else {
                        assert_eq!(
                            answer.status,
                            StatusCode::NOT_FOUND,
                            "{user} may not read the {status} plan at {path}"
                        );
                        assert!(!answer.body.contains("DEMO: prepare the 14MSP"));
                    }
                }
            }
        }
    };
    app.bearer(
        "POST",
        &format!("{API}/workplans/2026"),
        &token,
        Some(plan("100.00")),
    )
    .await;
    check(
        &[
            "demo-coordinator",
            "demo-president",
            "demo-isu",
            "demo-admin",
        ],
        "draft",
    )
    .await;
    app.bearer(
        "POST",
        &format!("{API}/workplans/2026/endorsement"),
        &token,
        Some(json!({"meeting": committee, "citation": "DEMO: minutes"})),
    )
    .await;
    check(
        &[
            "demo-focal-point",
            "demo-coordinator",
            "demo-president",
            "demo-isu",
            "demo-admin",
        ],
        "endorsed",
    )
    .await;
    app.bearer(
        "POST",
        &format!("{API}/workplans/2026/approval"),
        &token,
        Some(json!({"meeting": "13MSP", "decision_id": decision})),
    )
    .await;
    check(
        &[
            "anonymous",
            "demo-observer",
            "demo-focal-point",
            "demo-coordinator",
            "demo-president",
            "demo-isu",
            "demo-admin",
        ],
        "approved",
    )
    .await;
    // The ISU page lists the year only to those who may read it: here everyone.
    assert!(
        app.get("/ccm/isu")
            .await
            .body
            .contains("/ccm/isu/workplans/2026")
    );
}

#[tokio::test]
async fn p4_2_gap_exact_with_mixed_currencies() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "isu tests").await;
    let (committee, decision) = steps(&app).await;
    // Budget: 1 000 000.10 + 0.20 = 1 000 000.30 CHF (0.1 + 0.2 is not 0.3 in f64).
    let drafted = app
        .bearer(
            "POST",
            &format!("{API}/workplans/2027"),
            &token,
            Some(plan("1000000.10")),
        )
        .await;
    assert_eq!(drafted.json()["total"], "1000000.30");
    app.bearer(
        "POST",
        &format!("{API}/workplans/2027/endorsement"),
        &token,
        Some(json!({"meeting": committee, "citation": "DEMO"})),
    )
    .await;
    app.bearer(
        "POST",
        &format!("{API}/workplans/2027/approval"),
        &token,
        Some(json!({"meeting": "13MSP", "decision_id": decision})),
    )
    .await;
    let contribute = |body: serde_json::Value| {
        let app = &app;
        let token = token.clone();
        async move {
            app.bearer("POST", &format!("{API}/contributions"), &token, Some(body))
                .await
        }
    };
    // EUR 2.01 at 0.5 = 1.005 exactly: 1.01 CHF (f64 rounds it to 1.00).
    let eur = contribute(json!({"contributor_code": "DEU", "amount": "2.01", "currency": "EUR", "rate": "0.5", "pledged_on": "2027-01-10", "received_on": "2027-02-01", "funds_year": 2027, "source": "DEMO letter"})).await;
    assert_eq!(eur.status, StatusCode::CREATED, "{}", eur.body);
    assert_eq!(eur.json()["in_budget_currency"], "1.01");
    assert_eq!(eur.json()["contributor"], "Germany");
    let chf = contribute(json!({"contributor_code": "CHE", "amount": "0.10", "currency": "CHF", "rate": "1", "pledged_on": "2027-01-11", "received_on": "2027-01-20", "earmark": "task", "earmark_ref": "e", "funds_year": 2027, "source": "DEMO letter"})).await;
    assert_eq!(chf.status, StatusCode::CREATED, "{}", chf.body);
    // Pledged, not received: EUR 0.30 at 0.3333 = 0.09999 → 0.10.
    let pledge = contribute(json!({"contributor": "DEMO Foundation", "amount": "0.30", "currency": "EUR", "rate": "0.3333", "pledged_on": "2027-03-01", "earmark": "activity", "earmark_ref": "A2", "funds_year": 2027, "source": "DEMO letter"})).await;
    assert_eq!(pledge.status, StatusCode::CREATED, "{}", pledge.body);
    let f = app.get(&format!("{API}/finances")).await.json();
    let y = f["years"]
        .as_array()
        .and_then(|ys| ys.iter().find(|y| y["year"] == 2027))
        .cloned()
        .expect("2027");
    assert_eq!(f["currency"], "CHF");
    assert_eq!(y["budget"], "1000000.30");
    assert_eq!(y["received"], "1.11");
    assert_eq!(y["pledged"], "1.21");
    assert_eq!(y["gap_received"], "999999.19");
    assert_eq!(y["gap_pledged"], "999999.09");
    // What f64 would have said: not the same.
    assert_eq!((2.01_f64 * 0.5 * 100.0).round() / 100.0, 1.0);
    // Refusing: a CHF contribution at a rate other than 1; three decimals; an amount as a JSON
    // number (it would pass through floating point); an unknown earmark.
    let bad_rate = contribute(json!({"contributor_code": "CHE", "amount": "10.00", "currency": "CHF", "rate": "1.1", "pledged_on": "2027-01-11", "funds_year": 2027, "source": "DEMO"})).await;
    assert_eq!(bad_rate.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad_rate.body.contains("its rate is 1"), "{}", bad_rate.body);
    let decimals = contribute(json!({"contributor_code": "CHE", "amount": "1.005", "currency": "CHF", "rate": "1", "pledged_on": "2027-01-11", "funds_year": 2027, "source": "DEMO"})).await;
    assert_eq!(decimals.status, StatusCode::UNPROCESSABLE_ENTITY);
    let number = contribute(json!({"contributor_code": "CHE", "amount": 10.5, "currency": "CHF", "rate": "1", "pledged_on": "2027-01-11", "funds_year": 2027, "source": "DEMO"})).await;
    assert_eq!(number.status, StatusCode::BAD_REQUEST);
    let earmark = contribute(json!({"contributor_code": "CHE", "amount": "1.00", "currency": "CHF", "rate": "1", "pledged_on": "2027-01-11", "earmark": "activity", "earmark_ref": "A9", "funds_year": 2027, "source": "DEMO"})).await;
    assert_eq!(earmark.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The finances page shows the gap chart and its text alternative; the exports carry the
    // exact figures.
    let page = app.get("/ccm/isu/finances").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<svg") && page.body.contains("fc-desc"));
    assert!(page.body.contains("DEMO Foundation"));
    let csv = app.get("/ccm/isu/finances.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.contains("2.01,EUR,0.5,1.01"), "{}", csv.body);
    let xlsx = app.get("/ccm/isu/finances.xlsx").await;
    assert_eq!(xlsx.status, StatusCode::OK);
    assert!(xlsx.body.starts_with("PK"));
}

#[tokio::test]
async fn d14_demo_2025_plan_is_approved_and_the_gap_shows() {
    let app = TestApp::new().await;
    let plan = app.get(&format!("{API}/workplans/2025")).await;
    assert_eq!(plan.status, StatusCode::OK, "{}", plan.body);
    let plan = plan.json();
    assert_eq!(plan["status"], "approved");
    assert_eq!(plan["currency"], "CHF");
    assert_eq!(plan["total"], "619150.85");
    assert!(plan["note"].as_str().unwrap_or("").starts_with("DEMO"));
    assert_eq!(plan["approved"]["meeting"], "13MSP");
    let f = app.get(&format!("{API}/finances")).await.json();
    let y = &f["years"][0];
    assert_eq!(y["year"], 2025);
    // CHF 150 000 + EUR 120 000 × 0.9412 + EUR 60 000.35 × 0.9405 received.
    assert_eq!(y["received"], "319374.33");
    assert!(y["gap_received"].as_str().is_some());
    let page = app.get("/ccm/isu/workplans/2025?lang=ar").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("dir=\"rtl\""));
    // OpenAPI names the ISU's routes.
    let doc = app.get("/api/openapi.json").await.json();
    assert!(doc["paths"]["/api/v1/conventions/{code}/isu/workplans/{year}/approval"].is_object());
}

#[tokio::test]
async fn d14_4_spending_per_budget_line_per_quarter() {
    let app = TestApp::new().await;
    let s = app.get(&format!("{API}/workplans/2025/spending")).await;
    assert_eq!(s.status, StatusCode::OK, "{}", s.body);
    let s = s.json();
    assert_eq!(s["budget"], "619150.85");
    assert_eq!(s["spent"], "299201.30");
    assert_eq!(s["remaining"], "319949.55");
    assert_eq!(
        s["lines"][0]["quarters"],
        json!(["103125.00", "103125.00", "0.00", "0.00"])
    );
    let token = app.api_token("demo-isu", "isu tests").await;
    let post = |body: serde_json::Value, year: i32| {
        let app = &app;
        let token = token.clone();
        async move {
            app.bearer(
                "POST",
                &format!("{API}/workplans/{year}/spending"),
                &token,
                Some(body),
            )
            .await
        }
    };
    let ok = post(
        json!({"line_key": "l4", "quarter": 3, "amount": "100.10", "source": "DEMO"}),
        2025,
    )
    .await;
    assert_eq!(ok.status, StatusCode::CREATED, "{}", ok.body);
    assert_eq!(ok.json()["spent"], "299301.40");
    // Refused: a line not in the approved budget, a fifth quarter, a year with no approved plan.
    let line = post(
        json!({"line_key": "L9", "quarter": 1, "amount": "1.00", "source": "DEMO"}),
        2025,
    )
    .await;
    assert_eq!(line.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        line.body.contains("not a line of the approved 2025 budget"),
        "{}",
        line.body
    );
    let quarter = post(
        json!({"line_key": "L1", "quarter": 5, "amount": "1.00", "source": "DEMO"}),
        2025,
    )
    .await;
    assert_eq!(quarter.status, StatusCode::UNPROCESSABLE_ENTITY);
    let year = post(
        json!({"line_key": "L1", "quarter": 1, "amount": "1.00", "source": "DEMO"}),
        2030,
    )
    .await;
    assert_eq!(year.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(year.body.contains("approved"), "{}", year.body);
    assert_eq!(
        app.get(&format!("{API}/workplans/2030/spending"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // A correction on the page supersedes the row; the old one stays in the record.
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    let row = app
        .db
        .store
        .expenditures(&ccm, 2025)
        .await
        .expect("rows")
        .into_iter()
        .find(|r| r.line_key == "L4")
        .expect("the L4 row");
    let (isu, csrf) = app.signed_in("demo-isu").await;
    let corrected = app
        .post_form(
            "/ccm/isu/workplans/2025/spending",
            &isu,
            &[
                ("csrf", &csrf),
                ("corrects", &row.id.to_string()),
                ("line_key", "L4"),
                ("quarter", "3"),
                ("amount", "200.10"),
                ("source", "DEMO: corrected"),
            ],
        )
        .await;
    assert_eq!(
        corrected.status,
        StatusCode::SEE_OTHER,
        "{}",
        corrected.body
    );
    let after = app
        .get(&format!("{API}/workplans/2025/spending"))
        .await
        .json();
    assert_eq!(after["spent"], "299401.40");
    let page = app.get("/ccm/isu/workplans/2025").await;
    assert!(page.body.contains("id=\"spending\""));
    assert!(
        !page.body.contains("/ccm/isu/workplans/2025/spending\""),
        "no form for the public"
    );
}

#[tokio::test]
async fn p4_1_other_conventions_carry_their_own_isu_section() {
    let app = TestApp::new().await;
    let aplc = app.get("/api/v1/conventions/aplc/isu").await;
    assert_eq!(aplc.status, StatusCode::OK, "{}", aplc.body);
    let aplc = aplc.json();
    assert_eq!(aplc["mandate"].as_array().map(Vec::len), Some(0));
    assert!(aplc["note"].as_str().unwrap_or("").contains("GICHD"));
    assert!(aplc["budget_currency"].is_null());
    let ccw = app.get("/api/v1/conventions/ccw/isu").await.json();
    assert!(
        ccw["note"]
            .as_str()
            .unwrap_or("")
            .contains("CCW/MSP/2009/5")
    );
    assert_eq!(app.get("/bwc/isu").await.status, StatusCode::OK);
    // A plan for a convention whose preset lists no mandate tasks nor currency is refused in
    // sentences, never guessed.
    let token = app.api_token("demo-admin", "isu tests").await;
    let refused = app
        .bearer(
            "POST",
            "/api/v1/conventions/bwc/isu/workplans/2026",
            &token,
            Some(plan("10.00")),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("lists no mandate tasks"),
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains("no budget currency"),
        "{}",
        refused.body
    );
}

#[tokio::test]
async fn isu_pages_speak_every_language() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    for lang in ["en", "fr", "es", "ar"] {
        for path in [
            "/ccm/isu",
            "/ccm/isu/workplans/2025",
            "/ccm/isu/workplans/2031",
            "/ccm/isu/finances",
        ] {
            let page = app.get_as(&format!("{path}?lang={lang}"), Some(&isu)).await;
            assert_eq!(page.status, StatusCode::OK, "{path} in {lang}");
            assert!(
                !page.body.contains("Unknown localization key"),
                "{path} in {lang} lacks a message"
            );
            for key in ["isu-", "nav-isu"] {
                let untranslated = page
                    .body
                    .match_indices(key)
                    .any(|(i, _)| page.body[..i].ends_with('>') || page.body[..i].ends_with(' '));
                assert!(!untranslated, "{path} in {lang} shows a message key: {key}");
            }
        }
    }
}

#[tokio::test]
async fn p4_1_the_correct_links_fill_the_form_with_the_row_for_isu_staff_only() {
    let app = TestApp::new().await;
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    let period = app.db.store.isu_periods(&ccm).await.expect("periods")[0].clone();
    let contribution = app
        .db
        .store
        .contributions(&ccm)
        .await
        .expect("contributions")[0]
        .clone();
    let isu = app.session_for("demo-isu").await;
    let page = app
        .get_as(
            &format!("/ccm/isu?correct_period={}", period.id),
            Some(&isu),
        )
        .await;
    assert!(
        page.body
            .contains(&format!("<option value=\"{}\" selected>", period.id))
    );
    assert!(
        page.body.contains("value=\"2012-01-01\""),
        "the first day is filled in"
    );
    let finances = app
        .get_as(
            &format!("/ccm/isu/finances?correct={}", contribution.row.id),
            Some(&isu),
        )
        .await;
    assert!(
        finances
            .body
            .contains(&format!("value=\"{}\"", contribution.row.contributor))
    );
    // Saving the filled form with a change records a correction that supersedes the row.
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    let saved = app
        .post_form(
            "/ccm/isu/contributions",
            &cookie,
            &[
                ("csrf", &csrf),
                ("corrects", &contribution.row.id.to_string()),
                ("contributor_code", "CHE"),
                ("amount", "150000.50"),
                ("currency", "CHF"),
                ("rate", "1"),
                ("pledged_on", "2025-01-20"),
                ("received_on", "2025-03-03"),
                ("earmark", "unearmarked"),
                ("funds_year", "2025"),
                ("source", "DEMO: corrected"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let f = app.get(&format!("{API}/finances")).await.json();
    assert_eq!(f["years"][0]["received"], "319374.83");
    // The public gets no form, whatever the address says.
    let public = app
        .get(&format!(
            "/ccm/isu/finances?correct={}",
            contribution.row.id
        ))
        .await;
    assert!(!public.body.contains("/ccm/isu/contributions"));
}

#[tokio::test]
async fn p4_4h_change_after_approval_returns_to_draft_and_the_public_keeps_the_approved_revision() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "isu tests").await;
    let changed = app
        .bearer(
            "POST",
            &format!("{API}/workplans/2025"),
            &token,
            Some(plan("999.00")),
        )
        .await;
    assert_eq!(changed.status, StatusCode::CREATED, "{}", changed.body);
    assert_eq!(changed.json()["status"], "draft");
    assert_eq!(changed.json()["revision"], 4);
    let public = app.get(&format!("{API}/workplans/2025")).await.json();
    assert_eq!(public["status"], "approved");
    assert_eq!(public["revision"], 3);
    assert_eq!(public["total"], "619150.85");
    assert_eq!(public["current_status"], "draft");
    // The gap and the spending still count the approved budget.
    let f = app.get(&format!("{API}/finances")).await.json();
    assert_eq!(f["years"][0]["budget"], "619150.85");
    assert_eq!(f["years"][0]["approved_revision"], 3);
    let s = app
        .get(&format!("{API}/workplans/2025/spending"))
        .await
        .json();
    assert_eq!(s["revision"], 3);
}
