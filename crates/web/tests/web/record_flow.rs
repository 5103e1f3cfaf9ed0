//! Issue 12's "Done when", through the API with personal tokens (P2.4, P2.5, P3.2, D12.1, D12.7):
//! the focal point of Nigeria nominates its State for a seat of the 3RC; ISU staff date the
//! 3RC, record its decision and the appointments citing it; the Committee (JSON) on the day
//! after the 3RC closed shows the new Coordinators; every step has its audit entry. Only HTTP
//! routes (the router, in process), never the store. Run on SQLite and (with
//! TREATYDESK_TEST_DATABASE_URL) on PostgreSQL.

use crate::common::TestApp;
use axum::http::StatusCode;
use time::Duration;
use treatydesk_domain::calendar::format_date;

const CCM: &str = "/api/v1/conventions/ccm";

async fn audit_actions(app: &TestApp, token: &str) -> Vec<String> {
    let audit = app
        .bearer("GET", &format!("{CCM}/audit"), token, None)
        .await;
    assert_eq!(audit.status, StatusCode::OK, "{}", audit.body);
    audit
        .json()
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| {
            format!(
                "{} {} by {}",
                e["action"].as_str().unwrap_or_default(),
                e["record"].as_str().unwrap_or_default(),
                e["who"].as_str().unwrap_or_default()
            )
        })
        .collect()
}

fn has(actions: &[String], action: &str, who: &str) -> bool {
    actions
        .iter()
        .any(|a| a.starts_with(&format!("{action} ")) && a.ends_with(&format!(" by {who}")))
}

#[tokio::test]
async fn p2_4_p3_2_record_flow_nominate_decide_appoint_committee_api() {
    let app = TestApp::new().await;
    let focal = app.api_token("demo-focal-point", "record flow").await;
    let isu = app.api_token("demo-isu", "record flow").await;
    let nominations = format!("{CCM}/meetings/3RC/nominations");

    // 1. Nigeria's focal point: the demo's standing nomination is withdrawn, then Nigeria is
    //    nominated for seat b-2 of the 3RC (the 3RC has no dates yet, so nominations are open).
    let listed = app.bearer("GET", &nominations, &focal, None).await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.body);
    let standing = listed.json()["nominations"]
        .as_array()
        .expect("nominations")
        .iter()
        .find(|n| n["state"] == "NGA" && n["status"] == "standing")
        .and_then(|n| n["id"].as_i64())
        .expect("Nigeria's demo nomination");
    let withdrawn = app
        .bearer(
            "POST",
            &format!("{nominations}/{standing}/withdraw"),
            &focal,
            None,
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::OK, "{}", withdrawn.body);
    let nominated = app
        .bearer(
            "POST",
            &nominations,
            &focal,
            Some(serde_json::json!({
                "choices": [{"seat": "b-2", "preference": 1}],
                "statement": "Nigeria offers to coordinate Universalization (record flow test)."
            })),
        )
        .await;
    assert_eq!(nominated.status, StatusCode::CREATED, "{}", nominated.body);
    assert_eq!(nominated.json()["nomination"]["state"], "NGA");
    let seen = app.bearer("GET", &nominations, &isu, None).await.json();
    assert!(
        seen["nominations"]
            .as_array()
            .expect("nominations")
            .iter()
            .any(|n| n["state"] == "NGA" && n["status"] == "standing"),
        "{seen}"
    );

    // 2. ISU staff date the 3RC (held and closed last week) on the meeting's page, as the
    //    meeting API has no write.
    let today = treatydesk_store::now().date();
    let opens = today - Duration::days(10);
    let closes = today - Duration::days(6);
    let session = app.session_for("demo-isu").await;
    let cookie = format!("td_session={session}");
    let csrf = app
        .get_as("/ccm/meetings/3RC", Some(&session))
        .await
        .hidden("csrf");
    let (opens_text, closes_text) = (format_date(opens), format_date(closes));
    let dated = app
        .post_form(
            "/ccm/meetings/3RC",
            &cookie,
            &[
                ("csrf", &csrf),
                ("venue", "Geneva"),
                ("opens_on", &opens_text),
                ("closes_on", &closes_text),
                ("status", "closed"),
                ("sitting", "days"),
                ("presiding", ""),
            ],
        )
        .await;
    assert_eq!(dated.status, StatusCode::SEE_OTHER, "{}", dated.body);
    let meeting = app.get(&format!("{CCM}/meetings/3RC")).await.json();
    assert_eq!(
        meeting["meeting"]["closes_on"],
        closes_text.as_str(),
        "{meeting}"
    );
    // The meeting has opened: nominations are closed now.
    let late = app
        .bearer(
            "POST",
            &nominations,
            &isu,
            Some(
                serde_json::json!({"state": "DEU", "choices": [{"seat": "e-2", "preference": 1}]}),
            ),
        )
        .await;
    assert_eq!(
        late.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        late.body
    );

    // 3. ISU staff record the 3RC's decision on the Coordinators.
    let decided = app
        .bearer(
            "POST",
            &format!("{CCM}/decisions"),
            &isu,
            Some(serde_json::json!({
                "meeting": "3RC",
                "number": 7,
                "title": "Coordinators of the Working Groups (DEMO)",
                "texts": {"en": "The Conference selects Nigeria as Coordinator of Working Group (b) (DEMO)."},
                "source": "DEMO: made up by the record flow test"
            })),
        )
        .await;
    assert_eq!(decided.status, StatusCode::CREATED, "{}", decided.body);
    let decision = decided.json()["id"].as_i64().expect("decision id");
    assert_eq!(decided.json()["decided_on"], closes_text.as_str());

    // 4. ISU staff record the appointments citing it. Without the decision: refused whole.
    let appointments = format!("{CCM}/meetings/3RC/appointments");
    let refused = app
        .bearer(
            "POST",
            &appointments,
            &isu,
            Some(serde_json::json!({"appointments": [{"seat": "b-2", "holder": "NGA"}]})),
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    let why = refused.json();
    assert!(
        why["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .any(|f| f["clause"] == "P2.4" && f["severity"] == "error"),
        "{why}"
    );
    assert_eq!(why["appointments"], serde_json::json!([]));
    // A focal point cannot record appointments.
    let forbidden = app
        .bearer(
            "POST",
            &appointments,
            &focal,
            Some(serde_json::json!({"decision": decision, "appointments": [{"seat": "b-2", "holder": "NGA"}]})),
        )
        .await;
    assert_eq!(
        forbidden.status,
        StatusCode::FORBIDDEN,
        "{}",
        forbidden.body
    );
    let appointed = app
        .bearer(
            "POST",
            &appointments,
            &isu,
            Some(serde_json::json!({
                "decision": decision,
                "source": "DEMO: the record flow test",
                "appointments": [{"seat": "b-2", "holder": "NGA"}]
            })),
        )
        .await;
    assert_eq!(appointed.status, StatusCode::CREATED, "{}", appointed.body);
    let out = appointed.json();
    assert_eq!(
        out["appointments"].as_array().map(Vec::len),
        Some(1),
        "{out}"
    );
    assert!(
        out["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .all(|f| f["severity"] != "error"),
        "{out}"
    );
    let id = out["appointments"][0].as_i64().expect("appointment id");

    // 5. The Committee on the day after the 3RC closed: Nigeria is a Coordinator; not the day
    //    before it closed.
    let after = format_date(closes + Duration::days(1));
    let committee = app.get(&format!("{CCM}/committee?as_of={after}")).await;
    assert_eq!(committee.status, StatusCode::OK, "{}", committee.body);
    let committee = committee.json();
    let nigeria = committee["members"]
        .as_array()
        .expect("members")
        .iter()
        .find(|m| m["actor"] == "NGA")
        .cloned()
        .unwrap_or_else(|| panic!("Nigeria on the Committee: {committee}"));
    assert_eq!(nigeria["capacity"], "coordinator", "{nigeria}");
    assert_eq!(nigeria["appointment"].as_i64(), Some(id));
    let before = app
        .get(&format!(
            "{CCM}/committee?as_of={}",
            format_date(closes - Duration::days(1))
        ))
        .await
        .json();
    assert!(
        before["members"]
            .as_array()
            .expect("members")
            .iter()
            .all(|m| m["appointment"].as_i64() != Some(id)),
        "{before}"
    );
    let terms = app.get(&format!("{CCM}/appointments")).await.json();
    assert!(
        terms.to_string().contains("NGA"),
        "the appointments list holds Nigeria's term: {terms}"
    );

    // 6. Every step has its audit entry, by the account that made it.
    let actions = audit_actions(&app, &isu).await;
    for (action, who) in [
        ("nomination.withdraw", "demo-focal-point"),
        ("nomination.add", "demo-focal-point"),
        ("meeting.update", "demo-isu"),
        ("decision.record", "demo-isu"),
        ("appointment.add", "demo-isu"),
    ] {
        assert!(
            has(&actions, action, who),
            "{action} by {who}: {actions:#?}"
        );
    }
    // The audit is for ISU staff only.
    let hidden = app
        .bearer("GET", &format!("{CCM}/audit"), &focal, None)
        .await;
    assert_eq!(hidden.status, StatusCode::FORBIDDEN);
}

/// P2.6 through the appointments API: a warning that may be set aside refuses the list until a
/// written justification is given for its clause; then the appointment is recorded with the
/// override (who, when, why), and the finding stands aside.
#[tokio::test]
async fn p2_6_appointments_api_needs_a_justification_then_records_the_override() {
    let app = TestApp::new().await;
    let isu = app.api_token("demo-isu", "appointments").await;
    let decided = app
        .bearer(
            "POST",
            &format!("{CCM}/decisions"),
            &isu,
            Some(serde_json::json!({
                "meeting": "3MSP",
                "number": 1,
                "title": "Coordinators (test)",
                "texts": {"en": "Appointed Coordinators of the Working Groups."},
                "source": "test"
            })),
        )
        .await;
    assert_eq!(decided.status, StatusCode::CREATED, "{}", decided.body);
    let decision = decided.json()["id"].as_i64().expect("id");
    let path = format!("{CCM}/meetings/3MSP/appointments");
    let body = |justifications: serde_json::Value| {
        serde_json::json!({
            "decision": decision,
            "source": "Final report of the 3MSP, paragraph 30",
            "appointments": [{"seat": "b-2", "holder": "VAT", "cycles": 2, "justifications": justifications}]
        })
    };
    for short in [serde_json::json!({}), serde_json::json!({"P2.6": "needed"})] {
        let refused = app.bearer("POST", &path, &isu, Some(body(short))).await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            refused.body
        );
        let json = refused.json();
        assert!(
            json["findings"]
                .as_array()
                .expect("findings")
                .iter()
                .any(|f| f["clause"] == "P2.6"
                    && f["severity"] == "warning"
                    && f["overridable"] == true),
            "{json}"
        );
        assert!(
            json["problems"].to_string().contains("justifications"),
            "{json}"
        );
    }
    let why = "No other State of the region stood for the seat.";
    let saved = app
        .bearer(
            "POST",
            &path,
            &isu,
            Some(body(serde_json::json!({"P2.6": why}))),
        )
        .await;
    assert_eq!(saved.status, StatusCode::CREATED, "{}", saved.body);
    let findings = app
        .bearer(
            "GET",
            &format!("{CCM}/findings?as_of=2013-01-01"),
            &isu,
            None,
        )
        .await
        .json();
    let p2_6 = findings["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| {
            f["clause"] == "P2.6"
                && f["sentence"]
                    .as_str()
                    .is_some_and(|s| s.contains("takes b-2"))
        })
        .cloned()
        .expect("the P2.6 finding");
    assert_eq!(p2_6["overridden"]["justification"], why, "{p2_6}");
    assert_eq!(p2_6["overridden"]["by"], "demo-isu");
    // An unknown meeting is not found; a meeting that selects no Coordinators is a bad request.
    let missing = app
        .bearer(
            "POST",
            &format!("{CCM}/meetings/99MSP/appointments"),
            &isu,
            Some(body(serde_json::json!({}))),
        )
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let ism = app
        .bearer(
            "POST",
            &format!("{CCM}/meetings/1ISM/appointments"),
            &isu,
            Some(body(serde_json::json!({}))),
        )
        .await;
    assert_eq!(ism.status, StatusCode::BAD_REQUEST, "{}", ism.body);
}
