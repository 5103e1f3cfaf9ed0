//! Issue 18 item 7, registration as delegations work, through the web: a State's focal point
//! registers several people in one post with one note verbale (the references shown on the
//! confirmation), corrects one (the old values kept and shown) and withdraws one, only for its
//! own State and only until the deadline; ISU staff approve several at once, refuse with a
//! required reason (shown to the focal point) and view the credentials inline; the same through
//! the JSON API. Runs on SQLite, and on PostgreSQL with TREATYDESK_TEST_DATABASE_URL.

use crate::common::{Answer, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use treatydesk_store::audit::Author;
use treatydesk_store::registration::Settings;

const PAGE: &str = "/ccm/meetings/3RC/delegation";
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
const BOUNDARY: &str = "treatydesk-delegation-boundary-93kd";

fn multipart(fields: &[(&str, &str)], file: Option<&[u8]>) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some(content) = file {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"credentials\"; \
                 filename=\"note.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(content);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

async fn post_people(app: &TestApp, cookie: &str, body: Vec<u8>) -> Answer {
    let request = Request::post(PAGE)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(header::COOKIE, cookie)
        .body(Body::from(body))
        .expect("request");
    app.send(request).await
}

fn three<'a>(csrf: &'a str, second_email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("category", "state-party"),
        ("family_name_0", "Bello"),
        ("given_name_0", "Musa"),
        ("email_0", "bello@example.org"),
        ("role_0", "head"),
        ("family_name_1", "Okoro"),
        ("given_name_1", "Ngozi"),
        ("email_1", second_email),
        ("role_1", "member"),
        ("family_name_3", "Eze"),
        ("given_name_3", "Chidi"),
        ("email_3", "eze@example.org"),
        ("role_3", "adviser"),
    ]
}

async fn meeting(app: &TestApp) -> treatydesk_store::entities::meeting::Model {
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    app.db.store.meeting(&ccm, "3RC").await.expect("3RC")
}

/// The focal point of Nigeria posts three people; returns their registration ids.
async fn posted(app: &TestApp) -> Vec<i32> {
    let (cookie, csrf) = app.signed_in("demo-focal-point").await;
    let answer = post_people(
        app,
        &cookie,
        multipart(&three(&csrf, "okoro@example.org"), Some(PDF)),
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let m = meeting(app).await;
    let record = app
        .db
        .store
        .delegation_record(&m, "NGA")
        .await
        .expect("record");
    record.registrations.iter().map(|(r, _)| r.id).collect()
}

#[tokio::test]
async fn p18_7_delegation_the_focal_point_registers_several_people_with_one_note_verbale() {
    let app = TestApp::new().await;
    let (cookie, csrf) = app.signed_in("demo-focal-point").await;
    let page = app.get_with(PAGE, &[("cookie", &cookie)]).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body.contains("Delegation of Nigeria to 3RC"),
        "{}",
        page.body
    );
    assert!(page.body.contains("enctype=\"multipart/form-data\""));
    assert!(page.body.contains("name=\"family_name_4\""), "five rows");
    let answer = post_people(
        &app,
        &cookie,
        multipart(&three(&csrf, "okoro@example.org"), Some(PDF)),
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let location = answer.location().expect("a confirmation");
    assert!(location.starts_with("/ccm/meetings/3RC/delegation?state=NGA&post="));
    let done = app.get_with(&location, &[("cookie", &cookie)]).await;
    assert_eq!(done.status, StatusCode::OK);
    for reference in ["3RC-NGA-0001", "3RC-NGA-0002", "3RC-NGA-0003"] {
        assert!(done.body.contains(reference), "{reference}: {}", done.body);
    }
    let m = meeting(&app).await;
    let rows = app.db.store.registrations(&m, None).await.expect("rows");
    assert_eq!(rows.len(), 3);
    let note = rows[0].credential_id.expect("the note verbale");
    assert!(rows.iter().all(|r| r.credential_id == Some(note)));
    let outbox = app.db.store.outbox(10).await.expect("outbox");
    assert!(outbox.iter().any(|m| m.body.contains("3RC-NGA-0003")));
    // In French, the page speaks French; in Arabic it is right to left.
    let fr = app
        .get_with(&format!("{PAGE}?lang=fr"), &[("cookie", &cookie)])
        .await;
    assert!(fr.body.contains("Délégation de"), "{}", fr.body);
    let ar = app
        .get_with(&format!("{PAGE}?lang=ar"), &[("cookie", &cookie)])
        .await;
    assert!(ar.body.contains("dir=\"rtl\""));
}

#[tokio::test]
async fn p18_7_delegation_a_refused_post_keeps_every_row_as_typed_and_stores_nobody() {
    let app = TestApp::new().await;
    let (cookie, csrf) = app.signed_in("demo-focal-point").await;
    // No note verbale, and one address misshapen.
    let answer = post_people(
        &app,
        &cookie,
        multipart(&three(&csrf, "not-an-address"), None),
    )
    .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains("value=\"not-an-address\""));
    assert!(answer.body.contains("value=\"Eze\""), "every row as typed");
    assert!(
        answer
            .body
            .contains("A State&#39;s delegation must attach its credentials")
            || answer
                .body
                .contains("A State's delegation must attach its credentials"),
        "{}",
        answer.body
    );
    assert!(answer.body.contains("id=\"email_1-error\""));
    assert!(answer.body.contains("Nobody in this post was registered"));
    let m = meeting(&app).await;
    assert!(
        app.db
            .store
            .registrations(&m, None)
            .await
            .expect("rows")
            .is_empty()
    );
}

#[tokio::test]
async fn p18_7_delegation_a_focal_point_acts_for_its_own_state_only() {
    let app = TestApp::new().await;
    let ids = posted(&app).await;
    let (cookie, _) = app.signed_in("demo-focal-point").await;
    let other = app
        .get_with(&format!("{PAGE}?state=NZL"), &[("cookie", &cookie)])
        .await;
    assert_eq!(other.status, StatusCode::FORBIDDEN);
    // The coordinator (acting for Germany) cannot correct Nigeria's registration: it is missing.
    let (coordinator, csrf) = app.signed_in("demo-coordinator").await;
    let answer = app
        .post_form(
            &format!("/ccm/meetings/3RC/delegation/{}/withdraw", ids[0]),
            &coordinator,
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    // ISU staff choose a State, and may open any.
    let (isu, _) = app.signed_in("demo-isu").await;
    let choose = app.get_with(PAGE, &[("cookie", &isu)]).await;
    assert_eq!(choose.status, StatusCode::OK);
    assert!(choose.body.contains("name=\"state\""));
    let nga = app
        .get_with(&format!("{PAGE}?state=NGA"), &[("cookie", &isu)])
        .await;
    assert!(nga.body.contains("3RC-NGA-0002"));
    let nowhere = app
        .get_with(&format!("{PAGE}?state=XXX"), &[("cookie", &isu)])
        .await;
    assert_eq!(nowhere.status, StatusCode::NOT_FOUND);
    // Anonymous readers are asked to sign in.
    let anonymous = app.get(PAGE).await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn p18_7_delegation_a_correction_keeps_the_old_values_and_needs_a_reason() {
    let app = TestApp::new().await;
    let ids = posted(&app).await;
    let (cookie, csrf) = app.signed_in("demo-focal-point").await;
    let address = format!("/ccm/meetings/3RC/delegation/{}/correction", ids[1]);
    let fields = |reason: &'static str| {
        vec![
            ("csrf", csrf.clone()),
            ("family_name", "Okoro-Adebayo".to_string()),
            ("given_name", "Ngozi".to_string()),
            ("email", "okoro@example.org".to_string()),
            ("role", "member".to_string()),
            ("reason", reason.to_string()),
        ]
    };
    let no_reason = fields("");
    let no_reason: Vec<(&str, &str)> = no_reason.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = app.post_form(&address, &cookie, &no_reason).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Say why, in a few words."));
    assert!(refused.body.contains("value=\"Okoro-Adebayo\""), "as typed");
    let with_reason = fields("married name");
    let with_reason: Vec<(&str, &str)> =
        with_reason.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let saved = app.post_form(&address, &cookie, &with_reason).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = app.get_with(PAGE, &[("cookie", &cookie)]).await;
    assert!(page.body.contains("Ngozi Okoro-Adebayo"));
    assert!(page.body.contains("married name"), "why");
    assert!(page.body.contains("Ngozi Okoro ·"), "the old values");
    let log = app.db.store.audit_log(None, 1).await.expect("log");
    assert_eq!(
        (log[0].action.as_str(), log[0].who.as_str()),
        ("registration.correct", "demo-focal-point")
    );
    // Withdrawn, the person stays listed, withdrawn.
    let withdrawn = app
        .post_form(
            &format!("/ccm/meetings/3RC/delegation/{}/withdraw", ids[2]),
            &cookie,
            &[("csrf", &csrf), ("reason", "cannot travel")],
        )
        .await;
    assert_eq!(
        withdrawn.status,
        StatusCode::SEE_OTHER,
        "{}",
        withdrawn.body
    );
    let m = meeting(&app).await;
    let row = app.db.store.registration(&m, ids[2]).await.expect("row");
    assert_eq!(row.status, "withdrawn");
}

#[tokio::test]
async fn p18_7_delegation_changes_are_refused_after_the_deadline_with_a_sentence() {
    let app = TestApp::new().await;
    let ids = posted(&app).await;
    let m = meeting(&app).await;
    let yesterday = time::OffsetDateTime::now_utc().date() - time::Duration::days(1);
    app.db
        .store
        .set_registration_settings(
            &Author::cli("test"),
            &m,
            Settings {
                deadline: Some(yesterday),
                ..Default::default()
            },
        )
        .await
        .expect("settings");
    let iso = treatydesk_domain::calendar::format_date(yesterday);
    let (cookie, csrf) = app.signed_in("demo-focal-point").await;
    let page = app.get_with(PAGE, &[("cookie", &cookie)]).await;
    assert!(page.body.contains(&format!(
        "Registration closed on {iso}; the delegation can no longer be changed."
    )));
    assert!(!page.body.contains("name=\"family_name_0\""), "no add form");
    let late = app
        .post_form(
            &format!("/ccm/meetings/3RC/delegation/{}/withdraw", ids[0]),
            &cookie,
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(late.body.contains(&format!("Registration closed on {iso}")));
    let row = app.db.store.registration(&m, ids[0]).await.expect("row");
    assert_eq!(row.status, "pending");
}

#[tokio::test]
async fn p18_7_delegation_the_isu_approves_several_at_once_and_refuses_with_a_reason() {
    let app = TestApp::new().await;
    let ids = posted(&app).await;
    let (isu, csrf) = app.signed_in("demo-isu").await;
    let list = app
        .get_with("/ccm/meetings/3RC/registrations", &[("cookie", &isu)])
        .await;
    assert!(list.body.contains("name=\"ids\""), "checkboxes");
    assert!(list.body.contains(&format!(
        "/ccm/meetings/3RC/registrations/{}/credentials?inline=1",
        ids[0]
    )));
    assert!(list.body.contains("3RC-NGA-0001"));
    let inline = app
        .get_with(
            &format!(
                "/ccm/meetings/3RC/registrations/{}/credentials?inline=1",
                ids[0]
            ),
            &[("cookie", &isu)],
        )
        .await;
    assert_eq!(inline.status, StatusCode::OK);
    assert!(
        inline
            .headers
            .get(header::CONTENT_DISPOSITION)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("inline;"))
    );
    let (a, b, c) = (ids[0].to_string(), ids[1].to_string(), ids[2].to_string());
    let approve = app
        .post_form(
            "/ccm/meetings/3RC/registrations/decisions",
            &isu,
            &[
                ("csrf", &csrf),
                ("ids", &a),
                ("ids", &b),
                ("decision", "approve"),
            ],
        )
        .await;
    assert_eq!(approve.status, StatusCode::SEE_OTHER, "{}", approve.body);
    // A refusal without a reason is refused, with what was ticked kept.
    let bare = app
        .post_form(
            "/ccm/meetings/3RC/registrations/decisions",
            &isu,
            &[("csrf", &csrf), ("ids", &c), ("decision", "refuse")],
        )
        .await;
    assert_eq!(bare.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bare.body.contains("Say why, in a few words."));
    assert!(
        bare.body
            .contains(&format!("value=\"{c}\" id=\"tick-{c}\" checked"))
    );
    let refuse = app
        .post_form(
            &format!("/ccm/meetings/3RC/registrations/{c}/decision"),
            &isu,
            &[
                ("csrf", &csrf),
                ("decision", "refuse"),
                ("reason", "not on the note verbale"),
            ],
        )
        .await;
    assert_eq!(refuse.status, StatusCode::SEE_OTHER, "{}", refuse.body);
    let m = meeting(&app).await;
    let rows = app.db.store.registrations(&m, None).await.expect("rows");
    let approved = rows.iter().filter(|r| r.status == "approved").count();
    assert_eq!(approved, 2);
    // The refused person's mail says why.
    let outbox = app.db.store.outbox(20).await.expect("outbox");
    assert!(
        outbox
            .iter()
            .any(|m| m.body.contains("The reason given: not on the note verbale")),
        "the refusal's mail gives the reason"
    );
    // The focal point sees the reason.
    let (focal, _) = app.signed_in("demo-focal-point").await;
    let page = app.get_with(PAGE, &[("cookie", &focal)]).await;
    assert!(
        page.body.contains("not on the note verbale"),
        "{}",
        page.body
    );
    // Only the ISU decides.
    let (fp_cookie, fp_csrf) = app.signed_in("demo-focal-point").await;
    let denied = app
        .post_form(
            "/ccm/meetings/3RC/registrations/decisions",
            &fp_cookie,
            &[("csrf", &fp_csrf), ("ids", &a), ("decision", "approve")],
        )
        .await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn p18_7_delegation_the_same_through_the_api_with_access_checks() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-focal-point", "delegation").await;
    let base = "/api/v1/conventions/ccm/meetings/3RC";
    let pdf = "JVBERi0xLjQKMSAwIG9iaiA8PCA+PiBlbmRvYmoKdHJhaWxlciA8PCA+PgolJUVPRgo=";
    let body = serde_json::json!({
        "people": [
            {"family_name": "Bello", "given_name": "Musa", "email": "bello@example.org", "role": "head"},
            {"family_name": "Okoro", "given_name": "Ngozi", "email": "okoro@example.org", "role": "member"}
        ],
        "credentials": pdf,
    });
    let posted = app
        .bearer(
            "POST",
            &format!("{base}/delegations/NGA"),
            &token,
            Some(body.clone()),
        )
        .await;
    assert_eq!(posted.status, StatusCode::CREATED, "{}", posted.body);
    let json = posted.json();
    assert_eq!(json["registrations"][1]["reference"], "3RC-NGA-0002");
    assert!(
        json["registrations"][0]["credentials_url"].is_null(),
        "not for a focal point"
    );
    let id = json["registrations"][0]["id"].as_i64().expect("id");
    // Another State: refused.
    let other = app
        .bearer(
            "POST",
            &format!("{base}/delegations/NZL"),
            &token,
            Some(body),
        )
        .await;
    assert_eq!(other.status, StatusCode::FORBIDDEN);
    // A correction without a reason: 422; with one: the revision is in the delegation.
    let fix = |reason: &str| {
        serde_json::json!({"family_name": "Bello-Umar", "given_name": "Musa",
            "email": "bello@example.org", "role": "head", "reason": reason})
    };
    let bare = app
        .bearer(
            "POST",
            &format!("{base}/registrations/{id}/correction"),
            &token,
            Some(fix("")),
        )
        .await;
    assert_eq!(
        bare.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        bare.body
    );
    let fixed = app
        .bearer(
            "POST",
            &format!("{base}/registrations/{id}/correction"),
            &token,
            Some(fix("typo")),
        )
        .await;
    assert_eq!(fixed.status, StatusCode::OK, "{}", fixed.body);
    let record = app
        .bearer("GET", &format!("{base}/delegations/NGA"), &token, None)
        .await
        .json();
    assert_eq!(
        record["delegates"][0]["revisions"][0]["family_name"],
        "Bello"
    );
    assert_eq!(record["delegates"][0]["revisions"][0]["reason"], "typo");
    // The focal point does not decide; the ISU approves both at once and refuses with a reason.
    let decide = serde_json::json!({"ids": [id], "decision": "approve"});
    let denied = app
        .bearer(
            "POST",
            &format!("{base}/registrations/decisions"),
            &token,
            Some(decide),
        )
        .await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);
    let isu = app.api_token("demo-isu", "decisions").await;
    let second = json["registrations"][1]["id"].as_i64().expect("id");
    let no_reason = serde_json::json!({"ids": [second], "decision": "refuse"});
    let refused = app
        .bearer(
            "POST",
            &format!("{base}/registrations/decisions"),
            &isu,
            Some(no_reason),
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    let both = serde_json::json!({"ids": [id, second], "decision": "approve"});
    let approved = app
        .bearer(
            "POST",
            &format!("{base}/registrations/decisions"),
            &isu,
            Some(both),
        )
        .await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.body);
    assert_eq!(approved.json()["registrations"][1]["status"], "approved");
    let list = app
        .bearer("GET", &format!("{base}/registrations"), &isu, None)
        .await
        .json();
    let first = &list["registrations"][0];
    assert!(
        first["reference"]
            .as_str()
            .is_some_and(|r| r.starts_with("3RC-NGA-"))
    );
    assert!(
        first["credentials_url"]
            .as_str()
            .is_some_and(|u| u.ends_with("/credentials"))
    );
    // Withdrawing through the API, as the focal point.
    let gone = app
        .bearer(
            "POST",
            &format!("{base}/registrations/{id}/withdraw"),
            &token,
            Some(serde_json::json!({"reason": "ill"})),
        )
        .await;
    assert_eq!(gone.status, StatusCode::OK, "{}", gone.body);
    assert_eq!(gone.json()["status"], "withdrawn");
    let spec = app.get("/api/openapi.json").await.json();
    assert!(
        spec["paths"]["/api/v1/conventions/{code}/meetings/{label}/delegations/{state}"]
            .is_object()
    );
}
