//! Extension requests (issue 17 item 2; CCM Art. 3.3-3.6, Art. 4.5-4.8) through the pages and
//! the API: the demo's 12MSP and 13MSP requests are public with their analyses, Lao PDR's with
//! the 9-month warning; a focal point files for its own State only, a draft is hidden from
//! everyone but its State and the ISU (404), a submission with an error is refused with the
//! form as typed (422), the ISU attaches the analysis and records a grant, and the State's
//! deadline moves; every write audited.

use crate::common::TestApp;
use axum::http::StatusCode;
use serde_json::json;
use treatydesk_domain::ProfileKind;
use treatydesk_store::audit::Author;
use treatydesk_store::participation_entries::NewProfileEntry;

/// Nigeria (the demo focal point's State, in force 1 Aug 2023) made affected from its entry
/// into force, as the ISU would record it: its Art. 4 deadline is 1 Aug 2033.
async fn nigeria_affected(app: &TestApp) {
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    app.db
        .store
        .record_profile_entry(
            &Author::cli("extension test"),
            &ccm,
            "NGA",
            NewProfileEntry {
                kind: ProfileKind::Affected,
                from: Some(time::macros::date!(2023 - 08 - 01)),
                until: None,
                source: "TEST: made up".into(),
            },
        )
        .await
        .expect("profile");
}

fn full_art4() -> serde_json::Value {
    let mut contents = serde_json::Map::new();
    for k in "abcdefghi".chars() {
        contents.insert(k.to_string(), json!(format!("TEST content {k}")));
    }
    serde_json::Value::Object(contents)
}

fn today_text() -> String {
    let d = time::OffsetDateTime::now_utc().date();
    format!("{} {} {}", d.day(), d.month(), d.year())
}

#[tokio::test]
async fn extensions_demo_requests_are_public_with_their_analyses_and_the_late_warning() {
    let app = TestApp::new().await;
    let list = app.get("/api/v1/conventions/ccm/extensions").await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.body);
    let json = list.json();
    let requests = json["requests"].as_array().expect("requests");
    assert_eq!(requests.len(), 8);
    let lao = requests
        .iter()
        .find(|r| r["state"] == "LAO")
        .expect("Lao PDR's request");
    assert_eq!(lao["analysis"], "CCM/MSP/2024/6");
    assert_eq!(lao["meeting"], "12MSP");
    assert_eq!(lao["status"], "submitted");
    let late = lao["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["code"] == "late-for-meeting")
        .expect("the 9-month warning");
    assert_eq!(late["severity"], "warning");
    assert_eq!(late["date"], "2023-12-10");
    // Issue 19: the message and its argument, for clients that say it in their own language.
    assert_eq!(late["message_id"], "ext-finding-late-for-meeting");
    assert_eq!(late["args"]["value"], "2023-12-10");
    let french = treatydesk_web::i18n::tr_s(
        treatydesk_domain::Lang::Fr,
        late["message_id"].as_str().expect("id"),
        "value",
        "10 décembre 2023",
    );
    assert!(french.contains("10 décembre 2023"), "{french}");
    assert!(
        lao["contents"][0]["text"]
            .as_str()
            .expect("text")
            .starts_with("DEMO")
    );
    let tcd = requests.iter().find(|r| r["state"] == "TCD").expect("Chad");
    assert!(
        !tcd["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .any(|f| f["code"] == "late-for-meeting")
    );
    let page = app.get("/ccm/extensions").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Lao People") && page.body.contains("12MSP"));
    let id = lao["id"].as_i64().expect("id");
    let one = app.get(&format!("/ccm/extensions/{id}")).await;
    assert_eq!(one.status, StatusCode::OK);
    let body = one
        .body
        .replace(
            treatydesk_web::pages::assets::css_path(),
            "/static/app-HASH.css",
        )
        .replace(&today_text(), "TODAY");
    insta::assert_snapshot!("extension_request_lao_12msp", body);
    let fr = app
        .get_with(
            &format!("/ccm/extensions/{id}"),
            &[("accept-language", "fr")],
        )
        .await;
    assert!(fr.body.contains("Avertissement"), "French findings heading");
}

#[tokio::test]
async fn art4_extension_filed_by_a_focal_point_analysed_and_granted_moves_the_deadline() {
    let app = TestApp::new().await;
    nigeria_affected(&app).await;
    let fp = app.api_token("demo-focal-point", "ext").await;
    let isu = app.api_token("demo-isu", "ext").await;
    let coordinator = app.api_token("demo-coordinator", "ext").await;
    // Another State's request is refused to a focal point.
    let other = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/extensions",
            &fp,
            Some(json!({"state": "DEU", "obligation": "art4-clearance"})),
        )
        .await;
    assert_eq!(
        other.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        other.body
    );
    // A draft, incomplete: kept, with its findings; hidden from another State.
    let draft = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/extensions",
            &fp,
            Some(
                json!({"state": "NGA", "obligation": "art4-clearance", "meeting": "3RC",
                "asked_to": "2036-08-01", "contents": {"a": "TEST three years"}}),
            ),
        )
        .await;
    assert_eq!(draft.status, StatusCode::CREATED, "{}", draft.body);
    let d = draft.json();
    let id = d["id"].as_i64().expect("id");
    assert_eq!(d["status"], "draft");
    assert_eq!(d["on_behalf"], false);
    assert_eq!(d["deadline_in_force"], "2033-08-01");
    assert!(
        d["findings"]
            .as_array()
            .expect("f")
            .iter()
            .any(|f| f["code"] == "content-missing")
    );
    let url = format!("/api/v1/conventions/ccm/extensions/{id}");
    assert_eq!(
        app.bearer("GET", &url, &coordinator, None).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("/ccm/extensions/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    // Submitting it incomplete, or for longer than five years, is refused.
    let incomplete = app
        .bearer(
            "POST",
            &url,
            &fp,
            Some(json!({"meeting": "3RC", "asked_to": "2036-08-01",
            "contents": {"a": "TEST"}, "submit": true})),
        )
        .await;
    assert_eq!(
        incomplete.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        incomplete.body
    );
    let too_long = app
        .bearer(
            "POST",
            &url,
            &fp,
            Some(json!({"meeting": "3RC", "asked_to": "2038-08-02",
            "contents": full_art4(), "submit": true})),
        )
        .await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        too_long.body.contains("at most 5 years"),
        "{}",
        too_long.body
    );
    let submitted = app
        .bearer(
            "POST",
            &url,
            &fp,
            Some(json!({"meeting": "3RC", "asked_to": "2036-08-01",
            "contents": full_art4(), "submit": true})),
        )
        .await;
    assert_eq!(submitted.status, StatusCode::CREATED, "{}", submitted.body);
    assert_eq!(submitted.json()["status"], "submitted");
    // Public once submitted.
    assert_eq!(
        app.get(&format!("/ccm/extensions/{id}")).await.status,
        StatusCode::OK
    );
    // The analysis: the ISU records a document of the 3RC, then links it; the focal point may not.
    let refused = app
        .bearer(
            "POST",
            &format!("{url}/analysis"),
            &fp,
            Some(json!({"symbol": "CCM/CONF/2026/9"})),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    let rc3 = app.db.store.meeting(&ccm, "3RC").await.expect("3RC");
    app.db
        .store
        .add_document(
            &Author::cli("test"),
            &ccm,
            treatydesk_store::documents::NewDocument {
                symbol: "CCM/CONF/2026/9".into(),
                title: "TEST analysis of Nigeria's request".into(),
                kind: treatydesk_domain::document::DocumentKind::Other,
                meeting_id: Some(rc3.id),
                agenda_item_id: None,
                submitter: "ISU".into(),
                issued_on: time::macros::date!(2026 - 06 - 01),
                access: treatydesk_domain::AccessLevel::Public,
                source: "TEST".into(),
            },
        )
        .await
        .expect("document");
    let analysed = app
        .bearer(
            "POST",
            &format!("{url}/analysis"),
            &isu,
            Some(json!({"symbol": "CCM/CONF/2026/9"})),
        )
        .await;
    assert_eq!(analysed.status, StatusCode::CREATED, "{}", analysed.body);
    assert_eq!(analysed.json()["analysis"], "CCM/CONF/2026/9");
    // The decision grants less than asked, with benchmarks.
    let granted = app
        .bearer(
            "POST",
            &format!("{url}/outcome"),
            &isu,
            Some(json!({"outcome": "granted",
            "decision_reference": "3RC decision (TEST)", "decided_on": "2026-09-10",
            "granted_to": "2035-08-01", "benchmarks": "TEST: half the area by 2034"})),
        )
        .await;
    assert_eq!(granted.status, StatusCode::CREATED, "{}", granted.body);
    let g = granted.json();
    assert_eq!(g["outcome"], "granted");
    assert_eq!(g["granted_to"], "2035-08-01");
    let deadlines = app
        .get("/api/v1/conventions/ccm/states/NGA/obligations?as_of=2026-10-01")
        .await;
    assert!(deadlines.body.contains("2035-08-01"), "{}", deadlines.body);
    let again = app
        .bearer(
            "POST",
            &format!("{url}/outcome"),
            &isu,
            Some(json!({"outcome": "refused",
            "decision_reference": "x", "decided_on": "2026-09-10"})),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let audit: Vec<String> = app
        .db
        .store
        .audit_log(Some(ccm.id), 30)
        .await
        .expect("audit")
        .into_iter()
        .map(|e| e.action)
        .filter(|a| a.starts_with("extension."))
        .collect();
    assert_eq!(
        audit[..4],
        [
            "extension.decide",
            "extension.analysis",
            "extension.revise",
            "extension.file"
        ]
    );
}

#[tokio::test]
async fn extension_form_refused_is_shown_again_as_typed_and_a_correction_needs_a_reason() {
    let app = TestApp::new().await;
    nigeria_affected(&app).await;
    let (cookie, csrf) = app.signed_in("demo-focal-point").await;
    let form = app
        .get_with(
            "/ccm/extensions/new?obligation=art4-clearance",
            &[("cookie", &cookie)],
        )
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains("name=\"content_i\""),
        "Art. 4.6 (i) from the preset"
    );
    let refused = app
        .post_form(
            "/ccm/extensions",
            &cookie,
            &[
                ("csrf", &csrf),
                ("state", "NGA"),
                ("obligation", "art4-clearance"),
                ("meeting", "3RC"),
                ("asked_to", "2036-08-01"),
                ("content_a", "TEST kept as typed"),
                ("action", "submit"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("TEST kept as typed"));
    let mut fields: Vec<(String, String)> = vec![
        ("csrf".into(), csrf.clone()),
        ("state".into(), "NGA".into()),
        ("obligation".into(), "art4-clearance".into()),
        ("meeting".into(), "3RC".into()),
        ("asked_to".into(), "2036-08-01".into()),
        ("action".into(), "submit".into()),
    ];
    for k in "abcdefghi".chars() {
        fields.push((format!("content_{k}"), format!("TEST {k}")));
    }
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let filed = app.post_form("/ccm/extensions", &cookie, &pairs).await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    let at = filed.location().expect("location");
    let page = app.get_with(&at, &[("cookie", &cookie)]).await;
    assert!(
        page.body.contains("name=\"reason\""),
        "a submitted request is corrected with a reason"
    );
    let path = at.split('?').next().expect("path").to_string();
    let mut correction = fields.clone();
    correction.retain(|(k, _)| k != "state" && k != "obligation");
    correction.push(("reason".into(), String::new()));
    let pairs: Vec<(&str, &str)> = correction
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let no_reason = app.post_form(&path, &cookie, &pairs).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    correction.pop();
    correction.push(("reason".into(), "TEST a typing error".into()));
    let pairs: Vec<(&str, &str)> = correction
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let corrected = app.post_form(&path, &cookie, &pairs).await;
    assert_eq!(
        corrected.status,
        StatusCode::SEE_OTHER,
        "{}",
        corrected.body
    );
    let shown = app.get(&path).await;
    assert!(shown.body.contains("TEST a typing error"));
}
