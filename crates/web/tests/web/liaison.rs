//! Liaison with organizations (P4.4(g), issue 15 item 3): each organization's page shows its
//! roles and contacts to everyone; the ISU's contact log is read and written by the ISU only
//! (others see no trace of it and get 404 at its addresses); every write is audited.

use crate::common::TestApp;
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn p4_4g_organization_page_shows_roles_and_contacts_to_everyone() {
    let app = TestApp::new().await;
    let page = app.get("/ccm/organizations/gichd").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body
            .contains("hosting agreement signed on 2 August 2014")
    );
    assert!(page.body.contains("DEMO Ana Lindqvist"));
    let upper = app.get("/ccm/organizations/GICHD").await;
    assert_eq!(upper.status, StatusCode::OK);
    let list = app.get("/ccm/organizations").await;
    assert!(list.body.contains("/ccm/organizations/cmc"));
    let api = app.get("/api/v1/conventions/ccm/organizations/cmc").await;
    assert_eq!(api.status, StatusCode::OK);
    assert_eq!(
        api.json()["roles"][0]["role"],
        "Observer on the Coordination Committee."
    );
    assert_eq!(
        app.get("/ccm/organizations/nga").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/ccm/organizations/zzz").await.status,
        StatusCode::NOT_FOUND
    );
    let arabic = app.get("/ccm/organizations/icrc?lang=ar").await;
    assert!(arabic.body.contains("اللجنة الدولية للصليب الأحمر"));
}

#[tokio::test]
async fn p4_4g_contact_log_only_isu() {
    let app = TestApp::new().await;
    let log = "/api/v1/conventions/ccm/organizations/gichd/log";
    // The ISU reads the DEMO log on the page and through the API.
    let isu = app.session_for("demo-isu").await;
    let page = app.get_as("/ccm/organizations/gichd", Some(&isu)).await;
    assert!(page.body.contains("id=\"contact-log\""));
    assert!(page.body.contains("DEMO: reviewed office space"));
    let isu_token = app.api_token("demo-isu", "isu").await;
    let read = app.bearer("GET", log, &isu_token, None).await;
    assert_eq!(read.status, StatusCode::OK);
    assert_eq!(
        read.json()["entries"][0]["follow_up"],
        "DEMO: send the draft services annex"
    );
    // Everyone else: no trace on the page, 404 at the log's addresses.
    for who in [
        None,
        Some("demo-observer"),
        Some("demo-focal-point"),
        Some("demo-coordinator"),
        Some("demo-president"),
    ] {
        let session = match who {
            Some(name) => Some(app.session_for(name).await),
            None => None,
        };
        let page = app
            .get_as("/ccm/organizations/gichd", session.as_deref())
            .await;
        assert_eq!(page.status, StatusCode::OK);
        for trace in [
            "contact-log",
            "DEMO: reviewed office space",
            "draft services annex",
            "gichd/log",
        ] {
            assert!(!page.body.contains(trace), "{who:?} sees {trace}");
        }
        let api = app.get_as(log, session.as_deref()).await;
        assert_eq!(api.status, StatusCode::NOT_FOUND, "{who:?}: {}", api.body);
        assert!(!api.body.contains("DEMO"));
        if let Some(name) = who {
            let token = app.api_token(name, "t").await;
            let write = app
                .bearer(
                    "POST",
                    log,
                    &token,
                    Some(json!({"on": "2025-01-01", "isu_person": "x", "counterpart": "y", "summary": "z"})),
                )
                .await;
            assert_eq!(write.status, StatusCode::NOT_FOUND, "{name}");
            let (cookie, csrf) = app.signed_in(name).await;
            let form = app
                .post_form(
                    "/ccm/organizations/gichd/log",
                    &cookie,
                    &[
                        ("csrf", &csrf),
                        ("on", "2025-01-01"),
                        ("isu_person", "x"),
                        ("counterpart", "y"),
                        ("summary", "z"),
                    ],
                )
                .await;
            assert_eq!(form.status, StatusCode::NOT_FOUND, "{name}");
        }
    }
    // The ISU records a contact: refused with sentences, then accepted, then marked done.
    let bad = app
        .bearer(
            "POST",
            log,
            &isu_token,
            Some(json!({"on": "yesterday", "isu_person": "", "counterpart": "Ana", "summary": "s", "due": "2026-01-01"})),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("is not a date"));
    assert!(bad.body.contains("Give the ISU person"));
    assert!(bad.body.contains("needs the follow-up action"));
    let made = app
        .bearer(
            "POST",
            log,
            &isu_token,
            Some(json!({"on": "2025-11-20", "isu_person": "ISU officer", "counterpart": "Ana", "summary": "Budget call", "follow_up": "Send the figures", "due": "2025-12-01"})),
        )
        .await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let entry = made.json();
    assert_eq!(entry["done"], false);
    let id = entry["id"].as_i64().expect("id");
    let done = app
        .bearer(
            "POST",
            &format!("{log}/{id}/done"),
            &isu_token,
            Some(json!({"done": true})),
        )
        .await;
    assert_eq!(done.status, StatusCode::CREATED, "{}", done.body);
    assert_eq!(done.json()["done_by"], "demo-isu");
    let again = app
        .bearer(
            "POST",
            &format!("{log}/{id}/done"),
            &isu_token,
            Some(json!({"done": true})),
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Through the page too, with roles and contacts; others are refused those.
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    let role = app
        .post_form(
            "/ccm/organizations/undp/roles",
            &cookie,
            &[
                ("csrf", &csrf),
                ("role", "Test role"),
                ("from", "2012-01-01"),
                ("until", "2011-01-01"),
                ("source", "test"),
            ],
        )
        .await;
    assert_eq!(role.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(role.body.contains("The end comes before the start"));
    assert!(role.body.contains("Test role"));
    // The public page is cached for anonymous readers; the ISU's write reaches it.
    let before = app.get("/ccm/organizations/undp").await;
    assert!(!before.body.contains("Test Person"));
    let contact = app
        .post_form(
            "/ccm/organizations/undp/contacts",
            &cookie,
            &[
                ("csrf", &csrf),
                ("name", "Test Person"),
                ("function", "Adviser"),
            ],
        )
        .await;
    assert_eq!(contact.status, StatusCode::SEE_OTHER, "{}", contact.body);
    assert!(
        app.get("/ccm/organizations/undp")
            .await
            .body
            .contains("Test Person")
    );
    let (fp_cookie, fp_csrf) = app.signed_in("demo-focal-point").await;
    let refused = app
        .post_form(
            "/ccm/organizations/undp/contacts",
            &fp_cookie,
            &[("csrf", &fp_csrf), ("name", "X"), ("function", "Y")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    let audit = app
        .db
        .store
        .audit_log(Some(ccm.id), 50)
        .await
        .expect("audit");
    for action in ["liaison.log", "liaison.follow-up", "liaison.contact"] {
        assert!(
            audit
                .iter()
                .any(|e| e.action == action && e.who == "demo-isu"),
            "{action}"
        );
    }
}
