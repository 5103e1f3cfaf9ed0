//! Issue 14 item 5 through the router: the ISU's report to a formal meeting (P4.4(i)): a draft
//! generated from the record (its figures computed, so a change in the record changes them),
//! edited by the ISU, published as a document of the meeting under the next free symbol and
//! frozen from then on; drafts read by the ISU only, published reports by everyone; the PDF
//! with the figures, in Arabic too. Pages and the JSON API (with personal API tokens). Run on
//! SQLite and (with TREATYDESK_TEST_DATABASE_URL) on PostgreSQL.

use crate::common::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::json;
use tower::ServiceExt;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::document::DocumentKind;
use treatydesk_store::audit::Author;
use treatydesk_store::documents::NewDocument;

const API: &str = "/api/v1/conventions/ccm/isu/reports";

async fn generate(app: &TestApp, token: &str) -> serde_json::Value {
    let made = app
        .bearer("POST", API, token, Some(json!({"meeting": "13MSP"})))
        .await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    made.json()
}

fn figure(report: &serde_json::Value, key: &str) -> i64 {
    report["sections"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|s| s["figures"].as_array().cloned().unwrap_or_default())
        .find(|f| f["key"] == key)
        .and_then(|f| f["value"].as_i64())
        .unwrap_or_else(|| panic!("no figure {key} in {report}"))
}

#[tokio::test]
async fn p4_4i_report_figures_computed_from_the_record() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "report").await;
    let first = generate(&app, &token).await;
    assert_eq!(first["meeting"], "13MSP");
    assert_eq!(first["status"], "draft");
    // The default period: from the day after the 12MSP closed to the day the 13MSP opens.
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    let msp13 = app.db.store.meeting(&ccm, "13MSP").await.expect("13MSP");
    let msp12 = app.db.store.meeting(&ccm, "12MSP").await.expect("12MSP");
    let opens = msp13.opens_on.expect("13MSP opens");
    let after = msp12
        .closes_on
        .and_then(|d| d.next_day())
        .expect("12MSP closes");
    assert_eq!(first["period_until"], opens.to_string());
    assert_eq!(first["period_from"], after.to_string());
    let docs_before = figure(&first, "documents");
    // A document issued in the period changes the count of a new draft; the old draft keeps
    // its snapshot.
    app.db
        .store
        .add_document(
            &Author::cli("report test"),
            &ccm,
            NewDocument {
                symbol: "CCM/MSP/2025/INF.77".into(),
                title: "DEMO: a document issued in the period".into(),
                kind: DocumentKind::Other,
                meeting_id: Some(msp13.id),
                agenda_item_id: None,
                submitter: "ISU".into(),
                issued_on: after,
                access: AccessLevel::Public,
                source: "DEMO: made up by the report tests".into(),
            },
        )
        .await
        .expect("document");
    let second = generate(&app, &token).await;
    assert_eq!(figure(&second, "documents"), docs_before + 1, "{second}");
    assert_eq!(
        second["number"].as_i64(),
        first["number"].as_i64().map(|n| n + 1)
    );
    let old = app
        .bearer("GET", &format!("{API}/{}", first["number"]), &token, None)
        .await
        .json();
    assert_eq!(figure(&old, "documents"), docs_before);
    // A period ending before it starts is refused with a sentence; so is a meeting that is not
    // an MSP or Review Conference.
    let backwards = app
        .bearer(
            "POST",
            API,
            &token,
            Some(json!({"meeting": "13MSP", "from": "2025-06-01", "until": "2025-01-01"})),
        )
        .await;
    assert_eq!(backwards.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        backwards.body.contains("comes before"),
        "{}",
        backwards.body
    );
    let informal = app
        .db
        .store
        .meetings(&ccm)
        .await
        .expect("meetings")
        .into_iter()
        .find(|m| m.kind == "coordination-committee")
        .expect("a Committee meeting");
    let refused = app
        .bearer(
            "POST",
            API,
            &token,
            Some(json!({"meeting": informal.label})),
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    assert!(refused.body.contains("P4.4(i)"), "{}", refused.body);
}

#[tokio::test]
async fn p4_4i_report_counts_approved_registrations_of_meetings_in_the_period() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "report").await;
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    // A period covering the 13MSP's predecessor: the 12MSP's approved registrations count.
    let msp12 = app.db.store.meeting(&ccm, "12MSP").await.expect("12MSP");
    let from = msp12.opens_on.expect("opens").to_string();
    let report = app
        .bearer(
            "POST",
            API,
            &token,
            Some(json!({"meeting": "13MSP", "from": from})),
        )
        .await
        .json();
    let approved = app
        .db
        .store
        .registrations(
            &msp12,
            Some(treatydesk_domain::registration::RegistrationStatus::Approved),
        )
        .await
        .expect("registrations")
        .len();
    let sections = report["sections"].as_array().cloned().unwrap_or_default();
    let row = sections
        .iter()
        .flat_map(|s| s["meetings"].as_array().cloned().unwrap_or_default())
        .find(|m| m["label"] == "12MSP")
        .unwrap_or_else(|| panic!("the 12MSP is supported in {report}"));
    assert_eq!(row["participants"].as_u64(), Some(approved as u64));
    assert!(figure(&report, "meetings") >= 1);
}

#[tokio::test]
async fn p4_4i_published_report_is_frozen() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "report").await;
    let draft = generate(&app, &token).await;
    let n = draft["number"].clone();
    // The ISU edits the prose: a new revision, the old one kept.
    let edited = app
        .bearer(
            "POST",
            &format!("{API}/{n}/prose"),
            &token,
            Some(json!({"sections": {"general": {"introduction": "DEMO: the year in brief", "conclusions": "DEMO: done"}}})),
        )
        .await;
    assert_eq!(edited.status, StatusCode::CREATED, "{}", edited.body);
    let edited = edited.json();
    assert_eq!(edited["revision"], 2);
    assert_eq!(
        edited["sections"][0]["introduction"],
        "DEMO: the year in brief"
    );
    // A symbol that is not a symbol is refused; the suggested one is the next free number.
    let bad = app
        .bearer(
            "POST",
            &format!("{API}/{n}/publication"),
            &token,
            Some(json!({"symbol": "not a symbol"})),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
    let published = app
        .bearer(
            "POST",
            &format!("{API}/{n}/publication"),
            &token,
            Some(json!({})),
        )
        .await;
    assert_eq!(published.status, StatusCode::CREATED, "{}", published.body);
    let published = published.json();
    assert_eq!(published["status"], "published");
    let symbol = published["symbol"].as_str().expect("a symbol").to_string();
    assert!(symbol.starts_with("CCM/MSP/"), "{symbol}");
    // It is a public document of the meeting.
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    let doc = app
        .db
        .store
        .document_by_symbol(&ccm, &symbol)
        .await
        .expect("query")
        .expect("the document");
    assert_eq!(doc.kind, "report");
    assert_eq!(doc.access, "public");
    // Frozen: an edit and a second publication are refused.
    let again = app
        .bearer(
            "POST",
            &format!("{API}/{n}/prose"),
            &token,
            Some(json!({"sections": {"general": {"introduction": "changed"}}})),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.body);
    assert!(again.body.contains("frozen"), "{}", again.body);
    let twice = app
        .bearer(
            "POST",
            &format!("{API}/{n}/publication"),
            &token,
            Some(json!({})),
        )
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT, "{}", twice.body);
    // The page shows no edit form any more, and a form post is refused too.
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    let page = app
        .get_with(&format!("/ccm/isu/reports/{n}"), &[("cookie", &cookie)])
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("/prose\""), "{}", page.body);
    assert!(page.body.contains(&symbol));
    let posted = app
        .post_form(
            &format!("/ccm/isu/reports/{n}/prose"),
            &cookie,
            &[("csrf", &csrf), ("introduction-general", "changed")],
        )
        .await;
    assert_eq!(posted.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn p4_4i_draft_readers() {
    let app = TestApp::new().await;
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    // The ISU generates a draft through the page.
    let made = app
        .post_form(
            "/ccm/isu/reports",
            &cookie,
            &[
                ("csrf", &csrf),
                ("meeting", "13MSP"),
                ("from", ""),
                ("until", ""),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let at = made.location().expect("a redirect");
    assert!(at.starts_with("/ccm/isu/reports/"), "{at}");
    let n = at
        .trim_start_matches("/ccm/isu/reports/")
        .trim_end_matches("?saved=1")
        .to_string();
    // A form left wrong is refused with 422 and what was typed.
    let wrong = app
        .post_form(
            "/ccm/isu/reports",
            &cookie,
            &[("csrf", &csrf), ("meeting", "13MSP"), ("from", "someday")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("someday"));
    // The draft: the ISU reads it; nobody else does, not even that it exists.
    let page = app
        .get_with(&format!("/ccm/isu/reports/{n}"), &[("cookie", &cookie)])
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("figure-documents"));
    for user in ["demo-president", "demo-focal-point", "demo-observer"] {
        let s = app.session_for(user).await;
        let seen = app.get_as(&format!("/ccm/isu/reports/{n}"), Some(&s)).await;
        assert_eq!(seen.status, StatusCode::NOT_FOUND, "{user}");
        let listed = app.get_as("/ccm/isu/reports", Some(&s)).await;
        assert!(
            !listed.body.contains(&format!("/ccm/isu/reports/{n}\"")),
            "{user}"
        );
    }
    assert_eq!(
        app.get(&format!("/ccm/isu/reports/{n}.pdf")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("{API}/{n}")).await.status,
        StatusCode::NOT_FOUND
    );
    // A President may not write.
    let (pc, pcsrf) = app.signed_in("demo-president").await;
    let refused = app
        .post_form(
            &format!("/ccm/isu/reports/{n}/publication"),
            &pc,
            &[("csrf", &pcsrf), ("symbol", "CCM/MSP/2025/99")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    // Published through the page with the suggested symbol: everyone reads it.
    let suggested = page
        .body
        .split("name=\"symbol\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("a suggested symbol")
        .to_string();
    let published = app
        .post_form(
            &format!("/ccm/isu/reports/{n}/publication"),
            &cookie,
            &[("csrf", &csrf), ("symbol", &suggested)],
        )
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    let public = app.get(&format!("/ccm/isu/reports/{n}")).await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(public.body.contains(&suggested));
    let list = app.get("/ccm/isu/reports").await;
    assert!(list.body.contains(&format!("/ccm/isu/reports/{n}\"")));
    assert_eq!(app.get(&format!("{API}/{n}")).await.status, StatusCode::OK);
}

async fn pdf_text(app: &TestApp, path: &str) -> String {
    let response = app
        .app
        .clone()
        .oneshot(Request::get(path).body(Body::empty()).expect("request"))
        .await
        .expect("a response");
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    assert_eq!(
        response.headers()[header::CONTENT_TYPE],
        "application/pdf",
        "{path}"
    );
    let bytes = axum::body::to_bytes(response.into_body(), 16 * 1024 * 1024)
        .await
        .expect("body");
    assert!(bytes.starts_with(b"%PDF"));
    let mut child = std::process::Command::new("pdftotext")
        .args(["-", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("pdftotext (poppler-utils)");
    {
        use std::io::Write;
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(&bytes)
            .expect("write");
    }
    let out = child.wait_with_output().expect("pdftotext");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test]
async fn p4_4i_pdf_has_the_figures() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "report").await;
    let started = std::time::Instant::now();
    let draft = generate(&app, &token).await;
    println!(
        "p4_4i: the 13MSP draft generated from the demo record in {:?}",
        started.elapsed()
    );
    let n = draft["number"].clone();
    app.bearer(
        "POST",
        &format!("{API}/{n}/prose"),
        &token,
        Some(json!({"sections": {"general": {"introduction": "DEMO: an introduction typed by the ISU"}}})),
    )
    .await;
    let published = app
        .bearer(
            "POST",
            &format!("{API}/{n}/publication"),
            &token,
            Some(json!({})),
        )
        .await
        .json();
    let symbol = published["symbol"].as_str().expect("symbol").to_string();
    let messages = figure(&published, "messages");
    let en = pdf_text(&app, &format!("/ccm/isu/reports/{n}.pdf")).await;
    println!("p4_4i: the PDF's text (en):\n{en}");
    assert!(
        en.contains("Report of the Implementation Support Unit to the 13MSP"),
        "{en}"
    );
    assert!(en.contains(&symbol), "{en}");
    assert!(en.contains("Messages sent"), "{en}");
    assert!(en.contains(&messages.to_string()), "{en}");
    assert!(
        en.contains("DEMO: an introduction typed by the ISU"),
        "{en}"
    );
    let ar = pdf_text(&app, &format!("/ccm/isu/reports/{n}.pdf?lang=ar")).await;
    println!("p4_4i: the PDF's text (ar):\n{ar}");
    // The Arabic heading of the finances section, shaped and extracted back as text.
    assert!(ar.contains("الشؤون المالية"), "{ar}");
    assert!(ar.contains(&symbol), "{ar}");
}
