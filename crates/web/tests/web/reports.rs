//! Transparency reports filled online (issue 17 item 1; CCM Art. 7, forms A-J) through the pages
//! and the API: a focal point fills form B with a stockpile, keeps a draft (hidden from everyone
//! but its State and the ISU: 404), submits it restricted to States Parties (anonymous readers
//! get 404, another State Party's reader reads it), the overdue list changes; a refused
//! submission keeps what was typed and says why in the reader's language; a submitted report is
//! frozen and corrected with a reason; the compiled picture adds up only what the reader may
//! read; the ISU enters a paper report on a State's behalf, marked so.

use crate::common::TestApp;
use axum::http::StatusCode;
use serde_json::json;

fn nga_overdue(json: &serde_json::Value, obligation: &str) -> bool {
    json["overdue"]
        .as_array()
        .expect("overdue")
        .iter()
        .any(|o| o["state"] == "NGA" && o["obligation"] == obligation)
}

#[tokio::test]
async fn art7_form_b_filled_online_restricted_to_states_parties_meets_the_deadline() {
    let app = TestApp::new().await;
    let before = app.get("/api/v1/conventions/ccm/obligations/overdue").await;
    assert_eq!(before.status, StatusCode::OK, "{}", before.body);
    assert!(
        nga_overdue(&before.json(), "art7-annual"),
        "Nigeria's annual report for 2023 (due 30 Apr 2024) is overdue in the demo"
    );
    let (cookie, csrf) = app.signed_in("demo-focal-point").await;
    let form = app
        .get_with(
            "/ccm/reports/new?obligation=art7-annual&period=2023",
            &[("cookie", &cookie)],
        )
        .await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    assert!(form.body.contains("name=\"B_0_0\""), "form B takes rows");
    assert!(
        form.body.contains("name=\"status_B\""),
        "an annual report has the cover page's marks"
    );
    // A number that is not one: refused with the form as typed.
    let typed = [
        ("csrf", csrf.as_str()),
        ("obligation", "art7-annual"),
        ("state", "NGA"),
        ("access", "states-parties"),
        ("B_0_0", "TEST M26 rockets"),
        ("B_0_1", "12a"),
        ("B_0_2", "TEST lot 7"),
        ("B_0_3", "0"),
        ("action", "draft"),
        ("period", "2023"),
    ];
    let refused = app.post_form("/ccm/reports", &cookie, &typed).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("12a") && refused.body.contains("TEST lot 7"));
    assert!(
        refused.body.contains(
            "Form B: stockpiles and destruction, row 1: &#34;12a&#34; is not a whole number"
        ),
        "{}",
        refused.body
    );
    let mut good = typed.to_vec();
    good[5] = ("B_0_1", "1 200");
    let saved = app.post_form("/ccm/reports", &cookie, &good).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let path = saved
        .location()
        .expect("location")
        .split('?')
        .next()
        .expect("path")
        .to_string();
    let draft = app.get_with(&path, &[("cookie", &cookie)]).await;
    assert_eq!(draft.status, StatusCode::OK);
    assert!(draft.body.contains("value=\"1200\""), "{}", draft.body);
    assert_eq!(app.get(&path).await.status, StatusCode::NOT_FOUND);
    let (coordinator, _) = app.signed_in("demo-coordinator").await;
    assert_eq!(
        app.get_with(&path, &[("cookie", &coordinator)])
            .await
            .status,
        StatusCode::NOT_FOUND,
        "a draft is its State's and the ISU's"
    );
    // Submitted, restricted to States Parties.
    let mut submit = good.clone();
    submit.retain(|(k, _)| *k != "state" && *k != "action" && *k != "period");
    submit.push(("action", "submit"));
    let done = app.post_form(&path, &cookie, &submit).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(app.get(&path).await.status, StatusCode::NOT_FOUND);
    let read = app.get_with(&path, &[("cookie", &coordinator)]).await;
    assert_eq!(read.status, StatusCode::OK);
    assert!(read.body.contains("TEST M26 rockets") && read.body.contains("1,200"));
    let anonymous_list = app.get("/api/v1/conventions/ccm/reports").await.json();
    assert!(
        !anonymous_list["reports"]
            .as_array()
            .expect("reports")
            .iter()
            .any(|r| r["state"] == "NGA")
    );
    let after = app.get("/api/v1/conventions/ccm/obligations/overdue").await;
    let after = after.json();
    assert!(
        !after["overdue"]
            .as_array()
            .expect("overdue")
            .iter()
            .any(|o| o["state"] == "NGA" && o["period"] == 2023),
        "the 2023 report is no longer overdue"
    );
    assert!(nga_overdue(&after, "art7-annual"), "2024 still is");
    // The compiled picture: anonymous readers do not count a restricted report.
    let public = app
        .get("/api/v1/conventions/ccm/reports/compiled")
        .await
        .json();
    assert!(
        !public["states"]
            .as_array()
            .expect("states")
            .iter()
            .any(|s| s["state"] == "NGA")
    );
    let token = app.api_token("demo-coordinator", "reports").await;
    let restricted = app
        .bearer(
            "GET",
            "/api/v1/conventions/ccm/reports/compiled",
            &token,
            None,
        )
        .await
        .json();
    let nga = restricted["states"]
        .as_array()
        .expect("states")
        .iter()
        .find(|s| s["state"] == "NGA")
        .expect("Nigeria counted for a State Party's reader")
        .clone();
    assert_eq!(nga["held"], 1200);
    let csv = app
        .get_with("/ccm/reports/compiled.csv", &[("cookie", &coordinator)])
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.contains("NGA") && csv.body.contains("1200"));
    // Frozen: a correction needs its reason, said in the reader's language.
    let no_reason = app.post_form(&path, &cookie, &submit).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut correction = submit.clone();
    correction.push(("reason", "TEST: 1,150 held, not 1,200"));
    correction[5] = ("B_0_1", "1150");
    let corrected = app.post_form(&path, &cookie, &correction).await;
    assert_eq!(
        corrected.status,
        StatusCode::SEE_OTHER,
        "{}",
        corrected.body
    );
    let id = path.rsplit('/').next().expect("id");
    let api = app
        .bearer(
            "GET",
            &format!("/api/v1/conventions/ccm/reports/{id}"),
            &token,
            None,
        )
        .await
        .json();
    assert_eq!(api["revision"], 3);
    assert_eq!(api["access"], "states-parties");
    assert_eq!(api["forms"][1]["key"], "B");
    assert_eq!(api["forms"][1]["stockpiles"][0]["held"], 1150);
    assert_eq!(api["revisions"][2]["reason"], "TEST: 1,150 held, not 1,200");
}

#[tokio::test]
async fn art7_annual_form_unchanged_needs_year_refused_in_the_readers_language() {
    let app = TestApp::new().await;
    let (cookie, csrf) = app.signed_in("demo-focal-point").await;
    let refused = app
        .send(
            axum::http::Request::post("/ccm/reports")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", &cookie)
                .header("accept-language", "fr")
                .body(axum::body::Body::from(format!(
                    "csrf={csrf}&obligation=art7-annual&state=NGA&period=2024&status_F=unchanged&text_A=TEST&action=submit"
                )))
                .expect("request"),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("marqué inchangé"), "{}", refused.body);
    assert!(refused.body.contains("value=\"unchanged\" checked"));
    // The year is required, said in the reader's language, the form kept.
    let no_year = app
        .send(
            axum::http::Request::post("/ccm/reports")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", &cookie)
                .header("accept-language", "es")
                .body(axum::body::Body::from(format!(
                    "csrf={csrf}&obligation=art7-annual&state=NGA&period=&text_A=TEST+kept&action=draft"
                )))
                .expect("request"),
        )
        .await;
    assert_eq!(no_year.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_year.body.contains("Indique el año"), "{}", no_year.body);
    assert!(no_year.body.contains("TEST kept"));
    // Through the API the same check, in English sentences.
    let fp = app.api_token("demo-focal-point", "reports").await;
    let api = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/reports",
            &fp,
            Some(json!({
                "state": "NGA", "obligation": "art7-annual", "period": 2024, "submit": true,
                "forms": {"F": {"status": "unchanged"}, "A": {"text": "TEST"}}
            })),
        )
        .await;
    assert_eq!(api.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", api.body);
    assert!(api.body.contains("Form F"), "{}", api.body);
    // Another State's report is refused to a focal point.
    let other = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/reports",
            &fp,
            Some(json!({"state": "DEU", "obligation": "art7-annual", "period": 2024})),
        )
        .await;
    assert_eq!(other.status, StatusCode::UNPROCESSABLE_ENTITY);
    let ok = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/reports",
            &fp,
            Some(json!({
                "state": "NGA", "obligation": "art7-annual", "period": 2024, "submit": true,
                "access": "public",
                "forms": {"F": {"status": "unchanged", "since": 2023}, "A": {"text": "TEST"}}
            })),
        )
        .await;
    assert_eq!(ok.status, StatusCode::CREATED, "{}", ok.body);
    assert_eq!(ok.json()["status"], "submitted");
    let twice = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/reports",
            &fp,
            Some(json!({"state": "NGA", "obligation": "art7-annual", "period": 2024})),
        )
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    // Public: anonymous readers read it.
    let id = ok.json()["id"].as_i64().expect("id");
    assert_eq!(
        app.get(&format!("/ccm/reports/{id}")).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn art7_report_received_on_paper_entered_by_the_isu_marked_on_behalf() {
    let app = TestApp::new().await;
    let isu = app.api_token("demo-isu", "reports").await;
    let entered = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/reports",
            &isu,
            Some(json!({
                "state": "NGA", "obligation": "art7-annual", "period": 2024, "submit": true,
                "received_on": "2025-05-10",
                "forms": {"B": {"stockpiles": [{"munition": "TEST", "held": 3, "destroyed": 0}]}}
            })),
        )
        .await;
    assert_eq!(entered.status, StatusCode::CREATED, "{}", entered.body);
    let json = entered.json();
    assert_eq!(json["on_behalf"], true);
    assert_eq!(json["received_on"], "2025-05-10");
    let page = app
        .get_with(
            "/ccm/reports",
            &[("cookie", &app.signed_in("demo-isu").await.0)],
        )
        .await;
    assert!(page.body.contains("entered by the ISU on the State"));
    let obligations = app
        .get("/api/v1/conventions/ccm/states/NGA/obligations")
        .await
        .json();
    let annual = obligations["deadlines"]
        .as_array()
        .expect("deadlines")
        .iter()
        .find(|d| d["obligation"] == "art7-annual" && d["period"] == 2024)
        .expect("art 7.2, 2024")
        .clone();
    assert_eq!(annual["status"], "met-late", "{annual}");
    assert_eq!(annual["submitted_on"], "2025-05-10");
}

#[tokio::test]
async fn art7_report_file_attached_read_at_the_reports_level_and_frozen_after_submission() {
    let app = TestApp::new().await;
    let fp = app.api_token("demo-focal-point", "reports").await;
    let filed = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/reports",
            &fp,
            Some(
                json!({"state": "NGA", "obligation": "art7-annual", "period": 2023,
                "forms": {"A": {"text": "TEST"}}}),
            ),
        )
        .await;
    assert_eq!(filed.status, StatusCode::CREATED, "{}", filed.body);
    let id = filed.json()["id"].as_i64().expect("id");
    let files = format!("/api/v1/conventions/ccm/reports/{id}/files");
    // Not a file the ISU accepts: refused with a sentence.
    let bad = app
        .bearer("POST", &files, &fp, Some(json!({"content": "AAECAwQF"})))
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
    // "TEST plan, made up" in base64.
    let text = "VEVTVCBwbGFuLCBtYWRlIHVw";
    let ok = app
        .bearer("POST", &files, &fp, Some(json!({"content": text})))
        .await;
    assert_eq!(ok.status, StatusCode::CREATED, "{}", ok.body);
    let url = ok.json()["files"][0]["url"]
        .as_str()
        .expect("url")
        .to_string();
    let (cookie, _) = app.signed_in("demo-focal-point").await;
    let got = app.get_with(&url, &[("cookie", &cookie)]).await;
    assert_eq!(got.status, StatusCode::OK);
    assert_eq!(got.body, "TEST plan, made up");
    // A draft's file is its State's: not found to anyone else.
    assert_eq!(app.get(&url).await.status, StatusCode::NOT_FOUND);
    let (coordinator, _) = app.signed_in("demo-coordinator").await;
    assert_eq!(
        app.get_with(&url, &[("cookie", &coordinator)]).await.status,
        StatusCode::NOT_FOUND
    );
    let submitted = app
        .bearer(
            "POST",
            &format!("/api/v1/conventions/ccm/reports/{id}"),
            &fp,
            Some(json!({"submit": true, "forms": {"A": {"text": "TEST"}}})),
        )
        .await;
    assert_eq!(submitted.status, StatusCode::CREATED, "{}", submitted.body);
    assert_eq!(
        app.get_with(&url, &[("cookie", &coordinator)]).await.status,
        StatusCode::OK,
        "a State Party reads a restricted report's files"
    );
    assert_eq!(app.get(&url).await.status, StatusCode::NOT_FOUND);
    // Frozen: a file added after submission needs a reason.
    let frozen = app
        .bearer("POST", &files, &fp, Some(json!({"content": text})))
        .await;
    assert_eq!(frozen.status, StatusCode::UNPROCESSABLE_ENTITY);
    let with_reason = app
        .bearer(
            "POST",
            &files,
            &fp,
            Some(json!({"content": text, "reason": "TEST: the map was missing"})),
        )
        .await;
    assert_eq!(with_reason.status, StatusCode::CREATED);
    assert_eq!(
        with_reason.json()["files"].as_array().map(Vec::len),
        Some(2)
    );
}

#[tokio::test]
async fn bwc_cbm_forms_use_the_same_machinery_in_four_languages() {
    let app = TestApp::new().await;
    let (cookie, _) = app.signed_in("demo-admin").await;
    let page = app
        .get_with("/bwc/reports/new?obligation=cbm", &[("cookie", &cookie)])
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body
            .contains("Form A, Part 1: research centres and laboratories")
    );
    assert!(page.body.contains("name=\"status_G\""), "CBMs are yearly");
    assert!(
        !page.body.contains("name=\"status_D\""),
        "Form D was deleted in 2011"
    );
    let ar = app
        .get_with(
            "/bwc/reports/new?obligation=cbm&lang=ar",
            &[("cookie", &cookie)],
        )
        .await;
    assert!(ar.body.contains("الاستمارة زاي: مرافق إنتاج اللقاحات"));
}
