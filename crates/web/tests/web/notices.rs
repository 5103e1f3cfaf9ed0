//! Messages to audiences and the notices archive (P4.4(d), issue 15 item 2): who may send,
//! the audience resolved on its date, each recipient's language, the delivery record through a
//! real SMTP server process, and who may read a message (its audience, its author and the ISU;
//! anyone else gets 404), on pages and the API.

use axum::http::StatusCode;
use serde_json::{Value, json};
use treatydesk_web::services::mail::{MailConfig, deliver_due};

use crate::common::smtp::RealSmtp;
use crate::common::{Answer, TestApp};

/// On this date the Philippines held the Presidency (13MSP, 16 Sep 2025 - 16 Sep 2026), so the
/// Committee counts demo-president; Germany (demo-coordinator) held no seat.
const COMMITTEE_DAY: &str = "2026-01-01";

fn message(audience: &str, on: &str, subject: &str) -> Value {
    json!({
        "audience": audience,
        "on": on,
        "original": "en",
        "versions": [
            {"lang": "en", "subject": subject, "text": "The Committee meets on 12 February.\nDEMO test."},
            {"lang": "fr", "subject": format!("{subject} (fr)"), "text": "Le Comité se réunit le 12 février."}
        ]
    })
}

async fn set_contact(app: &TestApp, admin: &str, user: &str, email: &str, lang: &str) {
    let a = app
        .bearer(
            "POST",
            &format!("/api/v1/admin/users/{user}/contact"),
            admin,
            Some(json!({"email": email, "lang": lang})),
        )
        .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
}

async fn send(app: &TestApp, token: &str, body: Value) -> Answer {
    app.bearer("POST", "/api/v1/conventions/ccm/notices", token, Some(body))
        .await
}

/// The delivery of the message's only recipient, as ISU staff read it.
async fn delivery(app: &TestApp, isu: &str, id: i64) -> Value {
    let a = app
        .bearer(
            "GET",
            &format!("/api/v1/conventions/ccm/notices/{id}"),
            isu,
            None,
        )
        .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    a.json()["deliveries"][0].clone()
}

#[tokio::test]
async fn p4_4d_committee_as_of_a_date_mailed_through_a_real_smtp_server_failed_then_sent() {
    let app = TestApp::new().await;
    let admin = app.api_token("demo-admin", "contacts").await;
    let isu = app.api_token("demo-isu", "messages").await;
    set_contact(
        &app,
        &admin,
        "demo-president",
        "president@example.org",
        "fr",
    )
    .await;
    set_contact(&app, &admin, "demo-focal-point", "fp@example.org", "").await;

    let sent = send(
        &app,
        &isu,
        message("committee", COMMITTEE_DAY, "Committee meeting"),
    )
    .await;
    assert_eq!(sent.status, StatusCode::CREATED, "{}", sent.body);
    let m = sent.json();
    assert_eq!(m["recipients"], 1, "{m}");
    assert_eq!(m["resolved_on"], COMMITTEE_DAY);
    let d = &m["deliveries"][0];
    assert_eq!(d["actor"], "PHL");
    assert_eq!(d["address"], "president@example.org");
    assert_eq!(
        d["lang"], "fr",
        "the preferred language was written: the French version"
    );
    assert_eq!(d["status"], "queued");

    let mut server = RealSmtp::start(false);
    let config =
        MailConfig::new(Some(&format!("smtp://127.0.0.1:{}", server.port)), None).expect("config");
    deliver_due(&app.db.store, &config).await.expect("round");
    let id = m["id"].as_i64().expect("id");
    assert_eq!(delivery(&app, &isu, id).await["status"], "sent");
    let mail = server.received().join("\n");
    assert!(mail.contains("RCPT president@example.org"), "{mail}");
    assert!(mail.contains("Committee meeting (fr)"), "{mail}");
    assert!(
        !mail.contains("fp@example.org"),
        "not in the Committee that day: {mail}"
    );

    // The relay stops: the next message's delivery fails with the error kept.
    server.stop();
    let second = send(
        &app,
        &isu,
        message("committee", COMMITTEE_DAY, "Second notice"),
    )
    .await;
    assert_eq!(second.status, StatusCode::CREATED, "{}", second.body);
    let second = second.json()["id"].as_i64().expect("id");
    deliver_due(&app.db.store, &config).await.expect("round");
    let failed = delivery(&app, &isu, second).await;
    assert_eq!(failed["status"], "failed", "{failed}");
    assert!(
        failed["last_error"]
            .as_str()
            .unwrap_or("")
            .contains("SMTP relay")
    );
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    let page = app
        .get_with(&format!("/ccm/notices/{second}"), &[("cookie", &cookie)])
        .await;
    assert!(
        page.body.contains("Failed; will be retried"),
        "{}",
        page.body
    );

    // It returns; the ISU retries now and the mail goes.
    server.resume();
    let retried = app
        .post_form(
            &format!("/ccm/notices/{second}/retry"),
            &cookie,
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(retried.status, StatusCode::SEE_OTHER, "{}", retried.body);
    assert_eq!(
        retried.location().as_deref(),
        Some(format!("/ccm/notices/{second}?retried=1").as_str())
    );
    deliver_due(&app.db.store, &config).await.expect("round");
    let d = delivery(&app, &isu, second).await;
    assert_eq!(d["status"], "retried", "{d}");
    assert_eq!(d["attempts"], 2);
    assert!(server.received().join("\n").contains("Second notice (fr)"));
}

#[tokio::test]
async fn p4_4d_a_message_is_read_by_its_audience_its_author_and_the_isu_only() {
    let app = TestApp::new().await;
    let isu = app.api_token("demo-isu", "messages").await;
    let sent = send(
        &app,
        &isu,
        message("committee", COMMITTEE_DAY, "Quetzalcoatl agenda"),
    )
    .await;
    assert_eq!(sent.status, StatusCode::CREATED, "{}", sent.body);
    let id = sent.json()["id"].as_i64().expect("id");
    let page = format!("/ccm/notices/{id}");
    let api = format!("/api/v1/conventions/ccm/notices/{id}");

    for (user, readable) in [
        ("demo-president", true),
        ("demo-isu", true),
        ("demo-admin", true),
        ("demo-coordinator", false),
        ("demo-focal-point", false),
        ("demo-observer", false),
    ] {
        let (cookie, _) = app.signed_in(user).await;
        let p = app.get_with(&page, &[("cookie", &cookie)]).await;
        let token = app.api_token(user, "read").await;
        let a = app.bearer("GET", &api, &token, None).await;
        let list = app.get_with("/ccm/notices", &[("cookie", &cookie)]).await;
        let listed = app
            .bearer("GET", "/api/v1/conventions/ccm/notices", &token, None)
            .await;
        let search = app
            .get_with("/ccm/search?q=Quetzalcoatl", &[("cookie", &cookie)])
            .await;
        assert!(
            !search.body.contains("Quetzalcoatl agenda"),
            "{user}: search never finds a message"
        );
        if readable {
            assert_eq!(p.status, StatusCode::OK, "{user}: {}", p.body);
            assert!(p.body.contains("Quetzalcoatl agenda"));
            assert_eq!(a.status, StatusCode::OK, "{user}");
            assert!(list.body.contains("Quetzalcoatl agenda"), "{user}");
            assert!(listed.body.contains("Quetzalcoatl agenda"), "{user}");
        } else {
            assert_eq!(p.status, StatusCode::NOT_FOUND, "{user}");
            assert!(!p.body.contains("Quetzalcoatl"), "{user}");
            assert_eq!(a.status, StatusCode::NOT_FOUND, "{user}");
            assert!(!list.body.contains("Quetzalcoatl"), "{user}");
            assert!(!listed.body.contains("Quetzalcoatl"), "{user}");
        }
    }
    // The delivery records are the ISU's and the author's, not the recipients'.
    let president = app.api_token("demo-president", "read").await;
    let a = app.bearer("GET", &api, &president, None).await;
    assert!(a.json()["deliveries"].is_null(), "{}", a.body);
    let (cookie, _) = app.signed_in("demo-president").await;
    assert!(
        !app.get_with(&page, &[("cookie", &cookie)])
            .await
            .body
            .contains("id=\"deliveries\"")
    );
    // Anonymous readers are told no more than that there is nothing for them (D16); the list
    // asks them to sign in.
    assert_eq!(app.get(&page).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&api).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get("/ccm/notices/999999").await.status,
        StatusCode::NOT_FOUND
    );
    let list = app.get("/ccm/notices").await;
    assert_eq!(list.status, StatusCode::SEE_OTHER);
    assert!(list.location().unwrap_or_default().starts_with("/login"));
}

#[tokio::test]
async fn p4_4d_only_the_isu_and_the_president_send() {
    let app = TestApp::new().await;
    let body = message("committee", COMMITTEE_DAY, "Not from you");
    for user in ["demo-observer", "demo-focal-point", "demo-coordinator"] {
        let token = app.api_token(user, "send").await;
        let a = send(&app, &token, body.clone()).await;
        assert_eq!(a.status, StatusCode::FORBIDDEN, "{user}: {}", a.body);
        let (cookie, csrf) = app.signed_in(user).await;
        let page = app
            .get_with("/ccm/notices/new", &[("cookie", &cookie)])
            .await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{user}");
        let form = app
            .post_form(
                "/ccm/notices",
                &cookie,
                &[
                    ("csrf", &csrf),
                    ("audience", "committee"),
                    ("original", "en"),
                    ("subject_en", "x"),
                    ("text_en", "y"),
                ],
            )
            .await;
        assert_eq!(form.status, StatusCode::FORBIDDEN, "{user}");
    }
    let anon = app
        .send(
            axum::http::Request::post("/api/v1/conventions/ccm/notices")
                .header("content-type", "application/json")
                .body(axum::body::Body::from(body.to_string()))
                .expect("request"),
        )
        .await;
    assert_eq!(anon.status, StatusCode::UNAUTHORIZED);
    let president = app.api_token("demo-president", "send").await;
    let a = send(
        &app,
        &president,
        message("committee", COMMITTEE_DAY, "From the chair"),
    )
    .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.body);
    assert_eq!(a.json()["capacity"], "president");
    assert_eq!(a.json()["author"], "demo-president");
    // The President reads the deliveries of their own message.
    let id = a.json()["id"].as_i64().expect("id");
    let own = app
        .bearer(
            "GET",
            &format!("/api/v1/conventions/ccm/notices/{id}"),
            &president,
            None,
        )
        .await;
    assert!(own.json()["deliveries"].is_array(), "{}", own.body);
}

#[tokio::test]
async fn p4_4d_the_audience_is_resolved_on_its_date() {
    let app = TestApp::new().await;
    let isu = app.api_token("demo-isu", "messages").await;
    // Nigeria (demo-focal-point) was not yet a State Party in 2015: nobody to send to.
    let before = send(
        &app,
        &isu,
        message("focal-points", "2015-01-01", "Too early"),
    )
    .await;
    assert_eq!(
        before.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        before.body
    );
    assert!(
        before.body.contains("nobody is in the audience"),
        "{}",
        before.body
    );
    let after = send(&app, &isu, message("focal-points", "2025-01-01", "Reports")).await;
    assert_eq!(after.status, StatusCode::CREATED, "{}", after.body);
    let actors: Vec<Value> = after.json()["deliveries"]
        .as_array()
        .expect("deliveries")
        .iter()
        .map(|d| d["actor"].clone())
        .collect();
    assert!(actors.contains(&json!("NGA")), "{actors:?}");
    // The Committee of a day when Germany held no seat does not reach demo-coordinator.
    let committee = send(&app, &isu, message("committee", COMMITTEE_DAY, "C")).await;
    assert!(!committee.body.contains("\"DEU\""), "{}", committee.body);
    // An unknown audience, a missing meeting, a missing original: refused in sentences.
    for (body, words) in [
        (
            json!({"audience": "everyone", "original": "en", "versions": [{"lang": "en", "subject": "s", "text": "t"}]}),
            "not an audience",
        ),
        (
            json!({"audience": "meeting-participants", "original": "en", "versions": [{"lang": "en", "subject": "s", "text": "t"}]}),
            "needs a meeting",
        ),
        (
            json!({"audience": "committee", "original": "fr", "versions": [{"lang": "en", "subject": "s", "text": "t"}]}),
            "the original",
        ),
        (
            json!({"audience": "committee", "on": "2026-13-01", "original": "en", "versions": [{"lang": "en", "subject": "s", "text": "t"}]}),
            "is not a date",
        ),
    ] {
        let a = send(&app, &isu, body).await;
        assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", a.body);
        assert!(a.body.contains(words), "{words}: {}", a.body);
    }
}

#[tokio::test]
async fn p4_4d_each_recipient_reads_their_language_when_written_else_the_original() {
    let app = TestApp::new().await;
    let admin = app.api_token("demo-admin", "contacts").await;
    let isu = app.api_token("demo-isu", "messages").await;
    set_contact(&app, &admin, "demo-president", "", "ar").await;
    let sent = send(&app, &isu, message("committee", COMMITTEE_DAY, "Languages")).await;
    let d = &sent.json()["deliveries"][0];
    assert_eq!(d["lang"], "en", "no Arabic version: the original");
    assert_eq!(
        d["status"], "in-product-only",
        "no address: read in the product"
    );
    let id = sent.json()["id"].as_i64().expect("id");
    let (cookie, _) = app.signed_in("demo-president").await;
    let fr = app
        .get_with(
            &format!("/ccm/notices/{id}?lang=fr"),
            &[("cookie", &cookie)],
        )
        .await;
    assert!(fr.body.contains("Languages (fr)"), "{}", fr.body);
    let ar = app
        .get_with(
            &format!("/ccm/notices/{id}?lang=ar"),
            &[("cookie", &cookie)],
        )
        .await;
    assert!(ar.body.contains("<h1>Languages</h1>"), "{}", ar.body);
    assert!(
        ar.body.contains("لم تُكتب هذه الرسالة بلغتك"),
        "the Arabic reader is told"
    );
}

#[tokio::test]
async fn p4_4d_the_form_keeps_what_was_typed_when_refused() {
    let app = TestApp::new().await;
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    let page = app
        .get_with("/ccm/notices/new", &[("cookie", &cookie)])
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let refused = app
        .post_form(
            "/ccm/notices",
            &cookie,
            &[
                ("csrf", &csrf),
                ("audience", "meeting-participants"),
                ("meeting", ""),
                ("on", "2026-01-01"),
                ("original", "en"),
                ("subject_en", "Logistics for delegates"),
                ("text_en", "Visas and hotels."),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("needs a meeting"), "{}", refused.body);
    assert!(refused.body.contains("value=\"Logistics for delegates\""));
    assert!(refused.body.contains("Visas and hotels."));
    let sent = app
        .post_form(
            "/ccm/notices",
            &cookie,
            &[
                ("csrf", &csrf),
                ("audience", "committee"),
                ("on", COMMITTEE_DAY),
                ("original", "en"),
                ("subject_en", "Logistics for delegates"),
                ("text_en", "Visas."),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let shown = app
        .get_with(&sent.location().expect("location"), &[("cookie", &cookie)])
        .await;
    assert!(
        shown.body.contains("Sent to one recipient."),
        "{}",
        shown.body
    );
}

#[tokio::test]
async fn p4_4d_own_contact_details_refused_in_a_sentence_and_kept() {
    let app = TestApp::new().await;
    let (cookie, csrf) = app.signed_in("demo-focal-point").await;
    let bad = app
        .post_form(
            "/account/contact",
            &cookie,
            &[("csrf", &csrf), ("email", "not an address"), ("lang", "fr")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("is not an e-mail address"),
        "{}",
        bad.body
    );
    assert!(bad.body.contains("value=\"not an address\""));
    let good = app
        .post_form(
            "/account/contact",
            &cookie,
            &[("csrf", &csrf), ("email", "fp@example.org"), ("lang", "fr")],
        )
        .await;
    assert_eq!(good.status, StatusCode::SEE_OTHER);
    let page = app
        .get_with("/account?contact=1", &[("cookie", &cookie)])
        .await;
    assert!(page.body.contains("value=\"fp@example.org\""));
    let token = app.api_token("demo-focal-point", "me").await;
    let me = app.bearer("GET", "/api/v1/account", &token, None).await;
    assert_eq!(me.json()["email"], "fp@example.org");
    assert_eq!(me.json()["lang"], "fr");
    let api = app
        .bearer(
            "POST",
            "/api/v1/account/contact",
            &token,
            Some(json!({"email": "", "lang": "xx"})),
        )
        .await;
    assert_eq!(api.status, StatusCode::UNPROCESSABLE_ENTITY);
}
