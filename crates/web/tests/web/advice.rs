//! Requests for advice (P4.4(c), issue 15 item 1): who reads a request (the requesting State's
//! focal points and the ISU; all States Parties once shared; nobody else finds a word of it on
//! pages, the API, attachments or search, and gets 404, never 403), the ISU's handling
//! (assign, answer, close), the State's reply and correction, the counts per theme, and the
//! count of requests answered in a period.

use crate::common::post_multipart;
use crate::common::{Answer, TestApp};
use axum::http::{StatusCode, header};
use serde_json::json;
use treatydesk_domain::{Grant, Role};
use treatydesk_store::audit::Author;

/// A second focal point, of Germany, made in the store (the e2e test makes one through the
/// administrators' page).
async fn other_focal_point(app: &TestApp) -> String {
    app.db
        .store
        .add_user(
            "fp-deu",
            "Focal point of Germany (test)",
            "a long enough password 1",
            &[Grant {
                role: Role::FocalPoint,
                convention: Some("ccm".into()),
                actor: Some("DEU".into()),
            }],
            &Author::cli("advice test"),
        )
        .await
        .expect("second focal point");
    app.session_for("fp-deu").await
}

fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// NGA's focal point asks through the API (confidential), with a text attachment; the id.
async fn ask(app: &TestApp, token: &str, theme: &str, subject: &str) -> i64 {
    let answer = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/advice",
            token,
            Some(json!({
                "state": "NGA",
                "theme": theme,
                "subject": subject,
                "body": "Zanzibarite question: how do we fill in Form B?",
                "attachments": [{"content": base64(b"Xylophonic draft of our national law.")}]
            })),
        )
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.body);
    answer.json()["request"]["id"].as_i64().expect("id")
}

/// Every reader: a label, a session token (none for anonymous).
async fn readers(app: &TestApp) -> Vec<(&'static str, Option<String>)> {
    let mut out = vec![("anonymous", None)];
    for name in [
        "demo-observer",
        "demo-focal-point",
        "demo-coordinator",
        "demo-president",
        "demo-isu",
        "demo-admin",
    ] {
        out.push((name, Some(app.session_for(name).await)));
    }
    out.push(("fp-deu", Some(other_focal_point(app).await)));
    out
}

fn with_cookie(token: &Option<String>) -> Vec<(&'static str, String)> {
    token
        .iter()
        .map(|t| ("cookie", format!("td_session={t}")))
        .collect()
}

async fn get(app: &TestApp, path: &str, token: &Option<String>) -> Answer {
    let headers = with_cookie(token);
    let refs: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.get_with(path, &refs).await
}

#[tokio::test]
async fn p4_4c_advice_request_readers_per_role() {
    let app = TestApp::new().await;
    let fp = app.api_token("demo-focal-point", "advice").await;
    let id = ask(&app, &fp, "art7-reporting", "Quokka reporting question").await;
    let detail = app
        .bearer(
            "GET",
            &format!("/api/v1/conventions/ccm/advice/{id}"),
            &fp,
            None,
        )
        .await
        .json();
    let file = detail["messages"][0]["attachments"][0]["url"]
        .as_str()
        .expect("attachment url")
        .to_string();
    let page = format!("/ccm/advice/{id}");
    let api = format!("/api/v1/conventions/ccm/advice/{id}");
    for (who, token) in readers(&app).await {
        let reads = matches!(who, "demo-focal-point" | "demo-isu" | "demo-admin");
        let expected = if reads {
            StatusCode::OK
        } else {
            StatusCode::NOT_FOUND
        };
        for address in [&page, &api, &file] {
            let answer = get(&app, address, &token).await;
            assert_eq!(
                answer.status, expected,
                "{who} at {address}: {}",
                answer.body
            );
            if !reads {
                assert!(!answer.body.contains("Quokka"), "{who} at {address}");
                assert!(!answer.body.contains("Zanzibarite"), "{who} at {address}");
            }
        }
        let answer = get(&app, &file, &token).await;
        if reads {
            assert!(answer.body.contains("Xylophonic"));
            let cache = answer
                .headers
                .get(header::CACHE_CONTROL)
                .and_then(|v| v.to_str().ok());
            assert!(cache.is_some_and(|c| c.contains("no-store")), "{cache:?}");
        }
        // The lists: the request is in them for its readers only.
        for list in ["/ccm/advice", "/api/v1/conventions/ccm/advice"] {
            let answer = get(&app, list, &token).await;
            assert_eq!(
                answer.body.contains("Quokka"),
                reads,
                "{who} at {list}: {} {}",
                answer.status,
                answer.body
            );
        }
        // Search never finds a word of it, whoever asks (requests are not indexed at all).
        for word in ["Quokka", "Zanzibarite", "Xylophonic"] {
            let hits = get(
                &app,
                &format!("/api/v1/conventions/ccm/search?q={word}"),
                &token,
            )
            .await
            .json();
            assert_eq!(hits["total"], 0, "{who} searching {word}: {hits}");
            let page = get(&app, &format!("/ccm/search?q={word}"), &token).await;
            assert!(!page.body.contains(&format!("/ccm/advice/{id}")), "{who}");
        }
        // Nor do the feeds and exports.
        for feed in [
            "/ccm/documents.atom",
            "/ccm/meetings.ics",
            "/ccm/states.csv",
        ] {
            let answer = get(&app, feed, &token).await;
            assert!(!answer.body.contains("Quokka"), "{who} at {feed}");
        }
    }
    // Anonymous readers of the list are asked to sign in; observers are refused.
    let anonymous = app.get("/ccm/advice").await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    let observer = app.session_for("demo-observer").await;
    assert_eq!(
        app.get_as("/ccm/advice", Some(&observer)).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn p4_4c_focal_point_of_other_state_gets_404() {
    let app = TestApp::new().await;
    let fp = app.api_token("demo-focal-point", "advice").await;
    let id = ask(&app, &fp, "art4-clearance", "Quokka clearance question").await;
    other_focal_point(&app).await;
    let deu = app.api_token("fp-deu", "deu").await;
    let (cookie, csrf) = app.signed_in("fp-deu").await;
    // Every address of the request answers as if it did not exist.
    for (method, path, body) in [
        ("GET", format!("/api/v1/conventions/ccm/advice/{id}"), None),
        (
            "POST",
            format!("/api/v1/conventions/ccm/advice/{id}/messages"),
            Some(json!({"body": "let me in"})),
        ),
        (
            "POST",
            format!("/api/v1/conventions/ccm/advice/{id}/share"),
            Some(json!({"shared": true})),
        ),
        (
            "POST",
            format!("/api/v1/conventions/ccm/advice/{id}/close"),
            None,
        ),
        (
            "POST",
            format!("/api/v1/conventions/ccm/advice/{id}/assign"),
            Some(json!({"assignee": "demo-isu"})),
        ),
        (
            "GET",
            format!("/api/v1/conventions/ccm/advice/{id}/nothing"),
            None,
        ),
    ] {
        let answer = app.bearer(method, &path, &deu, body).await;
        assert_eq!(
            answer.status,
            StatusCode::NOT_FOUND,
            "{method} {path}: {}",
            answer.body
        );
        assert!(!answer.body.contains("Quokka"));
    }
    let page = app
        .get_with(&format!("/ccm/advice/{id}"), &[("cookie", &cookie)])
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(!page.body.contains("Quokka"));
    for path in ["share", "close", "assign"] {
        let answer = app
            .post_form(
                &format!("/ccm/advice/{id}/{path}"),
                &cookie,
                &[("csrf", &csrf), ("shared", "1")],
            )
            .await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
    }
    let reply = post_multipart(
        &app,
        &format!("/ccm/advice/{id}/messages"),
        &cookie,
        &[("csrf", &csrf), ("body", "let me in")],
        &[],
    )
    .await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    // A request that does not exist answers the same.
    let missing = app
        .bearer("GET", "/api/v1/conventions/ccm/advice/999999", &deu, None)
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    // The Nigerian focal point reads its own.
    let own = app
        .bearer(
            "GET",
            &format!("/api/v1/conventions/ccm/advice/{id}"),
            &fp,
            None,
        )
        .await;
    assert_eq!(own.status, StatusCode::OK);
    // Germany cannot ask for Nigeria.
    let for_other = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/advice",
            &deu,
            Some(json!({"state": "NGA", "theme": "art4-clearance", "subject": "x", "body": "y"})),
        )
        .await;
    assert_eq!(
        for_other.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        for_other.body
    );
    assert!(for_other.body.contains("own State only"));
}

#[tokio::test]
async fn p4_4c_shared_exchange_readable_by_states_parties() {
    let app = TestApp::new().await;
    let fp = app.api_token("demo-focal-point", "advice").await;
    let id = ask(&app, &fp, "universalization", "Quokka outreach question").await;
    let deu = {
        other_focal_point(&app).await;
        app.api_token("fp-deu", "deu").await
    };
    let api = format!("/api/v1/conventions/ccm/advice/{id}");
    assert_eq!(
        app.bearer("GET", &api, &deu, None).await.status,
        StatusCode::NOT_FOUND
    );
    // Only the State shares: the ISU may not, nor may Germany.
    let isu = app.api_token("demo-isu", "isu").await;
    let by_isu = app
        .bearer(
            "POST",
            &format!("{api}/share"),
            &isu,
            Some(json!({"shared": true})),
        )
        .await;
    assert_eq!(by_isu.status, StatusCode::FORBIDDEN);
    // The State shares through its page.
    let (cookie, csrf) = app.signed_in("demo-focal-point").await;
    let shared = app
        .post_form(
            &format!("/ccm/advice/{id}/share"),
            &cookie,
            &[("csrf", &csrf), ("shared", "1")],
        )
        .await;
    assert_eq!(shared.status, StatusCode::SEE_OTHER, "{}", shared.body);
    let page = format!("/ccm/advice/{id}");
    for (who, token, reads) in [
        ("fp-deu", Some(app.session_for("fp-deu").await), true),
        (
            "demo-coordinator",
            Some(app.session_for("demo-coordinator").await),
            true,
        ),
        (
            "demo-president",
            Some(app.session_for("demo-president").await),
            true,
        ),
        (
            "demo-observer",
            Some(app.session_for("demo-observer").await),
            false,
        ),
        ("anonymous", None, false),
    ] {
        let expected = if reads {
            StatusCode::OK
        } else {
            StatusCode::NOT_FOUND
        };
        let answer = get(&app, &page, &token).await;
        assert_eq!(answer.status, expected, "{who}");
        assert_eq!(answer.body.contains("Quokka"), reads, "{who}");
        let list = get(&app, "/api/v1/conventions/ccm/advice", &token).await;
        assert_eq!(list.body.contains("Quokka"), reads, "{who}");
    }
    // Germany reads but does not write in Nigeria's exchange.
    let reply = app
        .bearer(
            "POST",
            &format!("{api}/messages"),
            &deu,
            Some(json!({"body": "me too"})),
        )
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN, "{}", reply.body);
    // Nothing would change: refused in a sentence.
    let again = app
        .bearer(
            "POST",
            &format!("{api}/share"),
            &fp,
            Some(json!({"shared": true})),
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Confidential again: Germany no longer finds it.
    let back = app
        .bearer(
            "POST",
            &format!("{api}/share"),
            &fp,
            Some(json!({"shared": false})),
        )
        .await;
    assert_eq!(back.status, StatusCode::CREATED, "{}", back.body);
    assert_eq!(
        app.bearer("GET", &api, &deu, None).await.status,
        StatusCode::NOT_FOUND
    );
    let audit = app.db.store.audit_log(None, 50).await.expect("audit");
    assert_eq!(
        audit.iter().filter(|e| e.action == "advice.share").count(),
        2,
        "every share is audited"
    );
}

#[tokio::test]
async fn p4_4c_isu_answers_and_closes() {
    let app = TestApp::new().await;
    let fp = app.api_token("demo-focal-point", "advice").await;
    let id = ask(&app, &fp, "art3-stockpiles", "Quokka stockpile question").await;
    let page = format!("/ccm/advice/{id}");
    let (isu_cookie, isu_csrf) = app.signed_in("demo-isu").await;
    let (fp_cookie, fp_csrf) = app.signed_in("demo-focal-point").await;
    // The focal point may not assign or close.
    for path in ["assign", "close"] {
        let refused = app
            .post_form(
                &format!("{page}/{path}"),
                &fp_cookie,
                &[("csrf", &fp_csrf), ("assignee", "demo-isu")],
            )
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{path}");
    }
    // Assign: an account outside the ISU is refused with a sentence, ISU staff accepted.
    let wrong = app
        .post_form(
            &format!("{page}/assign"),
            &isu_cookie,
            &[("csrf", &isu_csrf), ("assignee", "demo-observer")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("not an ISU staff account"));
    let assigned = app
        .post_form(
            &format!("{page}/assign"),
            &isu_cookie,
            &[("csrf", &isu_csrf), ("assignee", "demo-isu")],
        )
        .await;
    assert_eq!(assigned.status, StatusCode::SEE_OTHER, "{}", assigned.body);
    // An empty answer is refused, the page kept.
    let empty = post_multipart(
        &app,
        &format!("{page}/messages"),
        &isu_cookie,
        &[("csrf", &isu_csrf), ("body", " ")],
        &[],
    )
    .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Write the message"));
    // The ISU answers with a file.
    let answered = post_multipart(
        &app,
        &format!("{page}/messages"),
        &isu_cookie,
        &[
            ("csrf", &isu_csrf),
            ("body", "Use Form B; Form J is voluntary.\nSecond line."),
        ],
        &[b"Wombatish guidance note."],
    )
    .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.body);
    let detail = app
        .bearer(
            "GET",
            &format!("/api/v1/conventions/ccm/advice/{id}"),
            &fp,
            None,
        )
        .await
        .json();
    assert_eq!(detail["request"]["status"], "answered");
    assert_eq!(detail["request"]["assigned_to"], "demo-isu");
    let answer = &detail["messages"][1];
    assert_eq!(answer["kind"], "answer");
    assert_eq!(answer["author"], "demo-isu");
    let file = answer["attachments"][0]["url"]
        .as_str()
        .expect("url")
        .to_string();
    let read = app.get_with(&file, &[("cookie", &fp_cookie)]).await;
    assert_eq!(read.status, StatusCode::OK);
    assert!(read.body.contains("Wombatish"));
    // The focal point reads the answer on the page and replies: open again.
    let shown = app.get_with(&page, &[("cookie", &fp_cookie)]).await;
    assert!(shown.body.contains("Use Form B; Form J is voluntary."));
    let reply = post_multipart(
        &app,
        &format!("{page}/messages"),
        &fp_cookie,
        &[("csrf", &fp_csrf), ("body", "Thank you; and Form F?")],
        &[],
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let detail = app
        .bearer(
            "GET",
            &format!("/api/v1/conventions/ccm/advice/{id}"),
            &fp,
            None,
        )
        .await
        .json();
    assert_eq!(detail["request"]["status"], "open");
    // A correction is a new message; the old text stays. Only the author corrects.
    let reply_id = detail["messages"][2]["id"].as_i64().expect("reply id");
    let by_isu = app
        .post_form(
            &format!("{page}/messages/{reply_id}/revise"),
            &isu_cookie,
            &[("csrf", &isu_csrf), ("body", "changed by the ISU")],
        )
        .await;
    assert_eq!(by_isu.status, StatusCode::UNPROCESSABLE_ENTITY);
    let corrected = app
        .bearer(
            "POST",
            &format!("/api/v1/conventions/ccm/advice/{id}/messages/{reply_id}/revisions"),
            &fp,
            Some(json!({"body": "Thank you; and Form G?"})),
        )
        .await;
    assert_eq!(corrected.status, StatusCode::CREATED, "{}", corrected.body);
    let messages = corrected.json()["messages"].clone();
    assert_eq!(messages[2]["body"], "Thank you; and Form F?");
    assert_eq!(messages[2]["revised_by"], messages[3]["id"]);
    assert_eq!(messages[3]["revises"], reply_id);
    let twice = app
        .bearer(
            "POST",
            &format!("/api/v1/conventions/ccm/advice/{id}/messages/{reply_id}/revisions"),
            &fp,
            Some(json!({"body": "again"})),
        )
        .await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The ISU closes; nothing more is added.
    let closed = app
        .post_form(
            &format!("{page}/close"),
            &isu_cookie,
            &[("csrf", &isu_csrf)],
        )
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER);
    let after = app
        .bearer(
            "POST",
            &format!("/api/v1/conventions/ccm/advice/{id}/messages"),
            &fp,
            Some(json!({"body": "one more"})),
        )
        .await;
    assert_eq!(after.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(after.body.contains("closed"));
    // Requests answered in a period, for the ISU's report.
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    let today = treatydesk_store::now().date();
    let yesterday = today.previous_day().expect("yesterday");
    let store = &app.db.store;
    assert_eq!(
        store
            .advice_answered_between(&ccm, today, today)
            .await
            .expect("count"),
        1
    );
    assert_eq!(
        store
            .advice_answered_between(&ccm, yesterday, yesterday)
            .await
            .expect("count"),
        0
    );
    // Every write is audited.
    let audit = store.audit_log(Some(ccm.id), 100).await.expect("audit");
    for action in [
        "advice.ask",
        "advice.assign",
        "advice.answer",
        "advice.reply",
        "advice.revise",
        "advice.close",
    ] {
        assert!(audit.iter().any(|e| e.action == action), "{action} audited");
    }
}

#[tokio::test]
async fn p4_4c_open_counts_per_theme() {
    let app = TestApp::new().await;
    let fp = app.api_token("demo-focal-point", "advice").await;
    let isu = app.api_token("demo-isu", "isu").await;
    let count = |json: &serde_json::Value, theme: &str| {
        json["themes"]
            .as_array()
            .expect("themes")
            .iter()
            .find(|t| t["theme"] == theme)
            .map(|t| t["open"].as_u64().expect("open"))
            .expect("every theme is listed")
    };
    let before = app
        .bearer("GET", "/api/v1/conventions/ccm/advice", &isu, None)
        .await
        .json();
    let clearance = count(&before, "art4-clearance");
    let victims = count(&before, "art5-victim-assistance");
    let a = ask(&app, &fp, "art4-clearance", "Quokka one").await;
    ask(&app, &fp, "art4-clearance", "Quokka two").await;
    ask(&app, &fp, "art5-victim-assistance", "Quokka three").await;
    let now = app
        .bearer("GET", "/api/v1/conventions/ccm/advice", &isu, None)
        .await
        .json();
    assert_eq!(count(&now, "art4-clearance"), clearance + 2);
    assert_eq!(count(&now, "art5-victim-assistance"), victims + 1);
    assert!(
        now["requests"]
            .as_array()
            .expect("requests")
            .iter()
            .all(|r| r["age_days"].as_i64() == Some(0)
                || r["subject"]
                    .as_str()
                    .is_some_and(|s| !s.starts_with("Quokka")))
    );
    // A closed request no longer counts.
    let closed = app
        .bearer(
            "POST",
            &format!("/api/v1/conventions/ccm/advice/{a}/close"),
            &isu,
            None,
        )
        .await;
    assert_eq!(closed.status, StatusCode::CREATED, "{}", closed.body);
    let after = app
        .bearer("GET", "/api/v1/conventions/ccm/advice", &isu, None)
        .await
        .json();
    assert_eq!(count(&after, "art4-clearance"), clearance + 1);
    // The ISU's page shows the table; a focal point gets no counts.
    let isu_session = app.session_for("demo-isu").await;
    let page = app.get_as("/ccm/advice", Some(&isu_session)).await;
    assert!(page.body.contains("id=\"advice-themes\""));
    assert!(page.body.contains("data-theme=\"art4-clearance\""));
    let mine = app
        .bearer("GET", "/api/v1/conventions/ccm/advice", &fp, None)
        .await
        .json();
    assert_eq!(mine["themes"].as_array().map(Vec::len), Some(0));
    let fp_session = app.session_for("demo-focal-point").await;
    let fp_page = app.get_as("/ccm/advice", Some(&fp_session)).await;
    assert!(!fp_page.body.contains("id=\"advice-themes\""));
}

#[tokio::test]
async fn p4_4c_request_refused_with_its_problems_and_kept_as_typed() {
    let app = TestApp::new().await;
    let (cookie, csrf) = app.signed_in("demo-focal-point").await;
    let refused = post_multipart(
        &app,
        "/ccm/advice",
        &cookie,
        &[
            ("csrf", &csrf),
            ("state", "NGA"),
            ("theme", "art99"),
            ("subject", ""),
            ("body", "Typed question kept"),
        ],
        &[b"\x00\x01binary"],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Choose the theme"));
    assert!(refused.body.contains("Give the request a subject"));
    assert!(refused.body.contains("Attachment 1 is not a PDF"));
    assert!(refused.body.contains("Typed question kept"));
    // Another State's request is refused for a focal point.
    let other = post_multipart(
        &app,
        "/ccm/advice",
        &cookie,
        &[
            ("csrf", &csrf),
            ("state", "DEU"),
            ("theme", "art7-reporting"),
            ("subject", "s"),
            ("body", "b"),
        ],
        &[],
    )
    .await;
    assert_eq!(other.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Accepted: a redirect to the new request, confidential.
    let made = post_multipart(
        &app,
        "/ccm/advice",
        &cookie,
        &[
            ("csrf", &csrf),
            ("state", "NGA"),
            ("theme", "art7-reporting"),
            ("subject", "Quokka page"),
            ("body", "b"),
        ],
        &[b"Plain text attachment."],
    )
    .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let location = made.location().expect("location");
    let page = app.get_with(&location, &[("cookie", &cookie)]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Quokka page"));
    assert!(page.body.contains("advice-1-") || page.body.contains("/attachments/"));
    // The form itself: focal points and the ISU; a Coordinator is refused.
    let coordinator = app.session_for("demo-coordinator").await;
    assert_eq!(
        app.get_as("/ccm/advice/new", Some(&coordinator))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let fp = app.session_for("demo-focal-point").await;
    let form = app.get_as("/ccm/advice/new", Some(&fp)).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("value=\"NGA\""));
    assert!(!form.body.contains("value=\"DEU\""));
}
