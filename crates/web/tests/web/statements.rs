//! Issue 12 item 5, P1.2 through the router: a delegation's statement is attached to a programme
//! session and a speaker, uploaded by its focal point (for its own State only) or by ISU staff,
//! in one or more languages; it is published on the programme, the session's statements page
//! and the meeting page, served for download, listed and recorded through the API, and found by
//! the site search. A new version supersedes the old one, which stays readable. Run on SQLite
//! and (with TREATYDESK_TEST_DATABASE_URL) on PostgreSQL.

use crate::common::{Answer, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use treatydesk_domain::programme::SpeakerKind;
use treatydesk_store::audit::Author;
use treatydesk_store::programme::NewSpeaker;

/// The demo programme's meeting, a session with a Nigerian and a German speaker, and a second
/// session with a German speaker only.
struct Setup {
    label: String,
    session: i64,
    nga: i64,
    deu: i64,
    other_session: i64,
    other_deu: i64,
}

async fn setup(app: &TestApp) -> Setup {
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    let label = store
        .demo_programme_meeting(&ccm)
        .await
        .expect("label")
        .expect("a demo programme");
    let meeting = store.meeting(&ccm, &label).await.expect("meeting");
    let programme = store.programme(&meeting).await.expect("programme");
    assert!(programme.len() >= 2, "the demo programme has sessions");
    let (session, other_session) = (programme[0].session.id, programme[1].session.id);
    let author = Author::cli("statements test");
    let speaker = |name: &str, actor: &str| NewSpeaker {
        name: name.into(),
        actor: Some(actor.into()),
        capacity: "DEMO: made up by the statements test".into(),
        kind: SpeakerKind::Floor,
    };
    let nga = store
        .add_speaker(
            &author,
            &ccm,
            &meeting,
            session,
            speaker("Amina Okafor", "NGA"),
        )
        .await
        .expect("speaker");
    let deu = store
        .add_speaker(
            &author,
            &ccm,
            &meeting,
            session,
            speaker("Jonas Weber", "DEU"),
        )
        .await
        .expect("speaker");
    let other_deu = store
        .add_speaker(
            &author,
            &ccm,
            &meeting,
            other_session,
            speaker("Lena Braun", "DEU"),
        )
        .await
        .expect("speaker");
    Setup {
        label,
        session,
        nga,
        deu,
        other_session,
        other_deu,
    }
}

impl Setup {
    fn page(&self, session: i64) -> String {
        format!(
            "/ccm/meetings/{}/programme/sessions/{session}/statements",
            self.label
        )
    }

    fn api(&self) -> String {
        format!("/api/v1/conventions/ccm/meetings/{}/statements", self.label)
    }
}

const BOUNDARY: &str = "statements-test-boundary-7Qx";

/// Posts the upload form (multipart) with the given fields and file.
async fn upload(
    app: &TestApp,
    path: &str,
    cookie: &str,
    fields: &[(&str, &str)],
    file: &[u8],
) -> Answer {
    let mut body = Vec::new();
    for (k, v) in fields {
        body.extend(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .bytes(),
        );
    }
    body.extend(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.txt\"\r\nContent-Type: text/plain\r\n\r\n"
        )
        .bytes(),
    );
    body.extend_from_slice(file);
    body.extend(format!("\r\n--{BOUNDARY}--\r\n").bytes());
    let request = Request::post(path)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(header::COOKIE, cookie)
        .body(Body::from(body))
        .expect("request");
    app.send(request).await
}

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

/// Standard base64, for the API's `content`.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[tokio::test]
async fn p1_2_statement_focal_point_uploads_for_own_state_and_it_is_published() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let (fp, csrf) = app.signed_in("demo-focal-point").await;
    let page = app.get_with(&s.page(s.session), &[("cookie", &fp)]).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body.contains("enctype=\"multipart/form-data\""),
        "the form is shown"
    );
    // The focal point of Nigeria is offered Nigeria's speaker only.
    assert!(page.body.contains("Amina Okafor (NGA)"));
    assert!(!page.body.contains("Jonas Weber (DEU)</option>"));

    let nga = s.nga.to_string();
    let saved = upload(
        &app,
        &s.page(s.session),
        &fp,
        &[
            ("csrf", &csrf),
            ("speaker", &nga),
            ("lang", "en"),
            ("title", "Statement of Nigeria on clearance"),
        ],
        b"Nigeria reports progress on clearance of contaminated areas. Quokkaberry.",
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        saved.location().as_deref(),
        Some(format!("{}?saved=1", s.page(s.session)).as_str())
    );
    assert!(
        audit_actions(&app)
            .await
            .contains(&"statement.record by demo-focal-point".to_string())
    );

    // Published: anyone sees it on the session's page, the programme and the meeting page.
    let shown = app.get(&format!("{}?saved=1", s.page(s.session))).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.body.contains("Statement of Nigeria on clearance"));
    assert!(shown.body.contains("Amina Okafor"));
    // The State spoken for by name, not by code (issue 18 item 4).
    assert!(
        shown
            .body
            .contains("<a href=\"/ccm/states/NGA\">Nigeria</a>"),
        "{}",
        shown.body
    );
    assert!(
        !shown.body.contains("enctype=\"multipart/form-data\""),
        "no form for anonymous readers"
    );
    let programme = app
        .get(&format!("/ccm/meetings/{}/programme", s.label))
        .await;
    assert!(
        programme.body.contains("Statement of Nigeria on clearance"),
        "{}",
        programme.body
    );
    let meeting = app.get(&format!("/ccm/meetings/{}", s.label)).await;
    assert_eq!(meeting.status, StatusCode::OK);
    assert!(
        meeting.body.contains("id=\"statements\""),
        "{}",
        meeting.body
    );
    assert!(meeting.body.contains("Statement of Nigeria on clearance"));
    assert!(
        meeting
            .body
            .contains("(<a href=\"/ccm/states/NGA\">Nigeria</a>)")
    );

    // In French too, the page names its columns in French.
    let fr = app.get(&format!("{}?lang=fr", s.page(s.session))).await;
    assert!(fr.body.contains("Orateur"), "{}", fr.body);
}

#[tokio::test]
async fn p1_2_statement_focal_point_refused_for_another_state_with_a_sentence() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let (fp, csrf) = app.signed_in("demo-focal-point").await;
    let deu = s.deu.to_string();
    let refused = upload(
        &app,
        &s.page(s.session),
        &fp,
        &[
            ("csrf", &csrf),
            ("speaker", &deu),
            ("lang", "fr"),
            ("title", "Déclaration typée à garder"),
        ],
        b"Not Nigeria's to upload.",
    )
    .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    assert!(
        refused
            .body
            .contains("A focal point records statements for its own State only (NGA)"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("Jonas Weber speaks for DEU"));
    // What was typed stays.
    assert!(
        refused
            .body
            .contains("value=\"Déclaration typée à garder\""),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("<option value=\"fr\" selected>"));
    // A session where Nigeria has no speaker: no form, and the upload is refused.
    let other = app
        .get_with(&s.page(s.other_session), &[("cookie", &fp)])
        .await;
    assert!(!other.body.contains("enctype=\"multipart/form-data\""));
    let other_deu = s.other_deu.to_string();
    let forbidden = upload(
        &app,
        &s.page(s.other_session),
        &fp,
        &[
            ("csrf", &csrf),
            ("speaker", &other_deu),
            ("lang", "en"),
            ("title", "x"),
        ],
        b"text",
    )
    .await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    let listed = app.get(&s.api()).await.json();
    assert_eq!(listed["statements"].as_array().map(Vec::len), Some(0));
}

#[tokio::test]
async fn p1_2_statement_isu_uploads_for_any_speaker_in_several_languages() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let (isu, csrf) = app.signed_in("demo-isu").await;
    let page = app.get_with(&s.page(s.session), &[("cookie", &isu)]).await;
    assert!(
        page.body.contains("Jonas Weber (DEU)"),
        "the ISU is offered every speaker"
    );
    let deu = s.deu.to_string();
    for (lang, title) in [
        ("en", "Statement of Germany"),
        ("es", "Declaración de Alemania"),
    ] {
        let saved = upload(
            &app,
            &s.page(s.session),
            &isu,
            &[
                ("csrf", &csrf),
                ("speaker", &deu),
                ("lang", lang),
                ("title", title),
            ],
            format!("{title}: text of the statement.").as_bytes(),
        )
        .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    }
    let listed = app.get(&s.api()).await.json();
    let all = listed["statements"].as_array().expect("statements");
    assert_eq!(all.len(), 2);
    assert!(
        all.iter()
            .all(|x| x["current"] == true && x["state"] == "DEU")
    );
    let programme = app
        .get(&format!("/ccm/meetings/{}/programme", s.label))
        .await;
    assert!(
        programme.body.contains("hreflang=\"es\""),
        "{}",
        programme.body
    );
    // The file is served, public, with its checked type and a download name.
    let url = all[1]["url"].as_str().expect("url");
    let file = app.get(url).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.body, "Declaración de Alemania: text of the statement.");
    let disposition = file.headers[header::CONTENT_DISPOSITION]
        .to_str()
        .expect("header");
    assert!(
        disposition.starts_with("attachment; filename=\""),
        "{disposition}"
    );
    assert!(
        file.headers[header::CONTENT_TYPE]
            .to_str()
            .expect("type")
            .starts_with("text/plain")
    );
}

#[tokio::test]
async fn p1_2_statement_observer_coordinator_and_anonymous_are_refused() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let nga = s.nga.to_string();
    for who in ["demo-observer", "demo-coordinator"] {
        let (cookie, csrf) = app.signed_in(who).await;
        let page = app
            .get_with(&s.page(s.session), &[("cookie", &cookie)])
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            !page.body.contains("enctype=\"multipart/form-data\""),
            "{who}"
        );
        let refused = upload(
            &app,
            &s.page(s.session),
            &cookie,
            &[
                ("csrf", &csrf),
                ("speaker", &nga),
                ("lang", "en"),
                ("title", "x"),
            ],
            b"text",
        )
        .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{who}");
    }
    let csrf = app.state.guard.new_csrf();
    let anonymous = upload(
        &app,
        &s.page(s.session),
        &format!("td_csrf={csrf}"),
        &[
            ("csrf", &csrf),
            ("speaker", &nga),
            ("lang", "en"),
            ("title", "x"),
        ],
        b"text",
    )
    .await;
    assert!(
        matches!(
            anonymous.status,
            StatusCode::SEE_OTHER | StatusCode::FORBIDDEN
        ),
        "{}",
        anonymous.status
    );
    if anonymous.status == StatusCode::SEE_OTHER {
        assert!(
            anonymous
                .location()
                .is_some_and(|l| l.starts_with("/login"))
        );
    }
    assert_eq!(
        app.get(&s.api()).await.json()["statements"]
            .as_array()
            .map(Vec::len),
        Some(0)
    );
}

#[tokio::test]
async fn p1_2_statement_anonymous_sees_the_published_list() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    let meeting = app.db.store.meeting(&ccm, &s.label).await.expect("meeting");
    let recorded = app
        .db
        .store
        .record_statement(
            &Author::cli("statements test"),
            &app.state.files,
            &ccm,
            &meeting,
            &treatydesk_store::statements::Uploader::Isu,
            &treatydesk_store::statements::NewStatement {
                session_id: s.session,
                speaker_id: s.nga,
                lang: "ar".into(),
                title: "بيان نيجيريا".into(),
            },
            "بيان نيجيريا بشأن الإزالة".as_bytes(),
        )
        .await
        .expect("recorded");
    let page = app.get(&s.page(s.session)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("بيان نيجيريا"));
    let listed = app.get(&s.api()).await;
    assert_eq!(listed.status, StatusCode::OK);
    let json = listed.json();
    assert_eq!(json["meeting"], s.label.as_str());
    assert_eq!(json["statements"][0]["id"], recorded.id);
    assert_eq!(json["statements"][0]["speaker_name"], "Amina Okafor");
    assert_eq!(json["statements"][0]["lang"], "ar");
    let file = app
        .get(json["statements"][0]["url"].as_str().expect("url"))
        .await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.body, "بيان نيجيريا بشأن الإزالة");
    // A statement of another meeting, or none, answers as missing.
    let missing = app
        .get(&format!("/ccm/meetings/3RC/statements/{}", recorded.id))
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn p1_2_statement_speaker_not_on_session_and_bad_fields_are_refused() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let (isu, csrf) = app.signed_in("demo-isu").await;
    // Lena Braun speaks at the other session, not this one.
    let other = s.other_deu.to_string();
    let refused = upload(
        &app,
        &s.page(s.session),
        &isu,
        &[
            ("csrf", &csrf),
            ("speaker", &other),
            ("lang", "en"),
            ("title", "Kept title"),
        ],
        b"text",
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("The speaker chosen is not on the session"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("value=\"Kept title\""));
    // An unknown language, no title and an empty file: every problem at once.
    let nga = s.nga.to_string();
    let refused = upload(
        &app,
        &s.page(s.session),
        &isu,
        &[
            ("csrf", &csrf),
            ("speaker", &nga),
            ("lang", "xx"),
            ("title", " "),
        ],
        b"",
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    for sentence in [
        "“xx” is not one of the six UN languages",
        "Give the statement a title.",
        "the file given is empty",
    ] {
        assert!(
            refused.body.contains(sentence),
            "{sentence}: {}",
            refused.body
        );
    }
    // A file that is neither PDF, DOCX nor text.
    let refused = upload(
        &app,
        &s.page(s.session),
        &isu,
        &[
            ("csrf", &csrf),
            ("speaker", &nga),
            ("lang", "en"),
            ("title", "x"),
        ],
        b"<html><script>alert(1)</script></html>",
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("is not a PDF, a Word document (DOCX) or plain UTF-8 text")
    );
    assert_eq!(
        app.get(&s.api()).await.json()["statements"]
            .as_array()
            .map(Vec::len),
        Some(0)
    );
}

#[tokio::test]
async fn p1_2_statement_replacement_keeps_the_old_version_readable() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let (fp, csrf) = app.signed_in("demo-focal-point").await;
    let nga = s.nga.to_string();
    for text in ["First version.", "Corrected version."] {
        let saved = upload(
            &app,
            &s.page(s.session),
            &fp,
            &[
                ("csrf", &csrf),
                ("speaker", &nga),
                ("lang", "en"),
                ("title", "Statement of Nigeria"),
            ],
            text.as_bytes(),
        )
        .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    }
    let json = app.get(&s.api()).await.json();
    let all = json["statements"].as_array().expect("statements");
    assert_eq!(all.len(), 2, "the old version is kept");
    let (old, new) = (&all[0], &all[1]);
    assert_eq!(old["current"], false);
    assert_eq!(old["superseded_by"], new["id"]);
    assert_eq!(new["current"], true);
    assert_eq!(new["supersedes"], old["id"]);
    assert_eq!(
        app.get(old["url"].as_str().expect("url")).await.body,
        "First version."
    );
    assert_eq!(
        app.get(new["url"].as_str().expect("url")).await.body,
        "Corrected version."
    );
    // The programme shows the current version only; the session's page shows both.
    let programme = app
        .get(&format!("/ccm/meetings/{}/programme", s.label))
        .await;
    assert!(programme.body.contains(new["url"].as_str().expect("url")));
    assert!(
        !programme
            .body
            .contains(&format!("{}\"", old["url"].as_str().expect("url")))
    );
    let page = app.get(&s.page(s.session)).await;
    assert!(page.body.contains(old["url"].as_str().expect("url")));
    assert!(page.body.contains("Superseded by a later version"));
}

#[tokio::test]
async fn p1_2_statement_api_with_token_records_and_lists() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let token = app.api_token("demo-focal-point", "statements script").await;
    let content = base64("Nigeria's statement, sent by a script. Wombatine.".as_bytes());
    let body = |speaker: i64, session: i64| {
        serde_json::json!({
            "session": session,
            "speaker": speaker,
            "lang": "en",
            "title": "Statement of Nigeria (API)",
            "content": content,
        })
    };
    let made = app
        .bearer("POST", &s.api(), &token, Some(body(s.nga, s.session)))
        .await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let out = made.json();
    assert_eq!(out["state"], "NGA");
    assert_eq!(out["current"], true);
    assert!(
        audit_actions(&app)
            .await
            .contains(&"statement.record by demo-focal-point".to_string())
    );
    let file = app.get(out["url"].as_str().expect("url")).await;
    assert_eq!(
        file.body,
        "Nigeria's statement, sent by a script. Wombatine."
    );
    // Another State's speaker: 422 with the sentence; a session without Nigeria: 403.
    let refused = app
        .bearer("POST", &s.api(), &token, Some(body(s.deu, s.session)))
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains("its own State only"),
        "{}",
        refused.body
    );
    let forbidden = app
        .bearer(
            "POST",
            &s.api(),
            &token,
            Some(body(s.other_deu, s.other_session)),
        )
        .await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    // Not base64: 400.
    let mut bad = body(s.nga, s.session);
    bad["content"] = "not base64 at all!".into();
    let bad = app.bearer("POST", &s.api(), &token, Some(bad)).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.body);
    // An observer's token is refused; no token at all asks to sign in.
    let observer = app.api_token("demo-observer", "observer script").await;
    let refused = app
        .bearer("POST", &s.api(), &observer, Some(body(s.nga, s.session)))
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let request = Request::post(s.api())
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body(s.nga, s.session).to_string()))
        .expect("request");
    assert_eq!(app.send(request).await.status, StatusCode::UNAUTHORIZED);
    // The list, public.
    let listed = app.get(&s.api()).await.json();
    let all = listed["statements"].as_array().expect("statements");
    assert_eq!(all.len(), 1);
    assert_eq!(all[0]["title"], "Statement of Nigeria (API)");
    // Both operations are in the OpenAPI description.
    let doc = app.get("/api/openapi.json").await.json();
    let path = "/api/v1/conventions/{code}/meetings/{label}/statements";
    assert!(doc["paths"][path]["get"].is_object());
    assert!(doc["paths"][path]["post"]["requestBody"].is_object());
    assert!(doc["components"]["schemas"]["StatementIn"].is_object());
}

#[tokio::test]
async fn p1_2_statement_search_finds_it_by_title_speaker_and_state() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let (fp, csrf) = app.signed_in("demo-focal-point").await;
    let nga = s.nga.to_string();
    let saved = upload(
        &app,
        &s.page(s.session),
        &fp,
        &[
            ("csrf", &csrf),
            ("speaker", &nga),
            ("lang", "en"),
            ("title", "Xylophonic clearance statement"),
        ],
        b"The delegation speaks about marimbaland.",
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    for q in ["Xylophonic", "Okafor", "marimbaland"] {
        let found = app
            .get(&format!("/api/v1/conventions/ccm/search?q={q}"))
            .await;
        assert_eq!(found.status, StatusCode::OK);
        let json = found.json();
        let hit = json["hits"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|h| h["kind"] == "statement");
        assert!(hit.is_some(), "{q}: {json}");
        assert_eq!(
            hit.and_then(|h| h["url"].as_str()),
            Some(s.page(s.session).as_str())
        );
    }
    // By the State: Nigeria's statement is among the hits for its name.
    let found = app
        .get("/api/v1/conventions/ccm/search?q=Nigeria")
        .await
        .json();
    assert!(
        found["hits"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|h| h["kind"] == "statement"),
        "{found}"
    );
    let page = app.get("/ccm/search?q=Xylophonic").await;
    assert!(
        page.body.contains("Xylophonic clearance statement"),
        "{}",
        page.body
    );
    // A rebuilt index (a restart) still finds it.
    treatydesk_web::services::indexing::reindex(&app.state, |_| {})
        .await
        .expect("index");
    let again = app
        .get("/api/v1/conventions/ccm/search?q=Xylophonic")
        .await
        .json();
    assert!(again["hits"].as_array().is_some_and(|h| !h.is_empty()));
}

#[tokio::test]
async fn p1_2_statement_keeps_its_session_and_shows_at_once_on_cached_pages() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    // The anonymous programme page is read (and cached) before the upload.
    let programme = format!("/ccm/meetings/{}/programme", s.label);
    let before = app.get(&programme).await;
    assert!(!before.body.contains("Statement kept on its session"));
    let (isu, csrf) = app.signed_in("demo-isu").await;
    let nga = s.nga.to_string();
    let saved = upload(
        &app,
        &s.page(s.session),
        &isu,
        &[
            ("csrf", &csrf),
            ("speaker", &nga),
            ("lang", "en"),
            ("title", "Statement kept on its session"),
        ],
        b"Text.",
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let after = app.get(&programme).await;
    assert!(
        after.body.contains("Statement kept on its session"),
        "the cached page follows the write"
    );
    // A session where a statement was delivered is not deleted.
    let refused = app
        .post_form(
            &format!(
                "/ccm/meetings/{}/programme/sessions/{}/delete",
                s.label, s.session
            ),
            &isu,
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains("has statements on record"),
        "{}",
        refused.body
    );
    assert!(app.get(&s.page(s.session)).await.status.is_success());
}

#[tokio::test]
async fn p1_2_statement_withdrawal_is_a_new_row_and_the_version_withdrawn_stays_readable() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let (fp, csrf) = app.signed_in("demo-focal-point").await;
    let (isu, isu_csrf) = app.signed_in("demo-isu").await;
    let (nga, deu) = (s.nga.to_string(), s.deu.to_string());
    let saved = upload(
        &app,
        &s.page(s.session),
        &fp,
        &[
            ("csrf", &csrf),
            ("speaker", &nga),
            ("lang", "en"),
            ("title", "Pangolinic statement to withdraw"),
        ],
        b"Withdrawn text.",
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let saved = upload(
        &app,
        &s.page(s.session),
        &isu,
        &[
            ("csrf", &isu_csrf),
            ("speaker", &deu),
            ("lang", "en"),
            ("title", "Statement of Germany"),
        ],
        b"German text.",
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let listed = app.get(&s.api()).await.json();
    let id_of = |title: &str| {
        listed["statements"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|x| x["title"] == title)
            .and_then(|x| x["id"].as_i64())
            .expect("listed")
    };
    let (mine, german) = (
        id_of("Pangolinic statement to withdraw"),
        id_of("Statement of Germany"),
    );
    let withdraw = |id: i64| format!("/ccm/meetings/{}/statements/{id}/withdraw", s.label);
    // The focal point sees a withdraw button for Nigeria's statement, not for Germany's.
    let page = app.get_with(&s.page(s.session), &[("cookie", &fp)]).await;
    assert!(page.body.contains(&withdraw(mine)), "{}", page.body);
    assert!(!page.body.contains(&withdraw(german)));
    let refused = app
        .post_form(&withdraw(german), &fp, &[("csrf", &csrf)])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let done = app
        .post_form(&withdraw(mine), &fp, &[("csrf", &csrf)])
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert!(
        audit_actions(&app)
            .await
            .contains(&"statement.withdraw by demo-focal-point".to_string())
    );
    // A new row; the version withdrawn stays readable, the programme no longer lists it.
    let json = app.get(&s.api()).await.json();
    let all = json["statements"].as_array().expect("statements");
    assert_eq!(all.len(), 3);
    let old = all.iter().find(|x| x["id"] == mine).expect("old");
    let withdrawal = all
        .iter()
        .find(|x| x["supersedes"] == mine)
        .expect("withdrawal");
    assert_eq!(old["current"], false);
    assert_eq!(withdrawal["withdrawn"], true);
    assert_eq!(withdrawal["current"], false);
    assert!(withdrawal["url"].is_null());
    assert_eq!(
        app.get(old["url"].as_str().expect("url")).await.body,
        "Withdrawn text."
    );
    let programme = app
        .get(&format!("/ccm/meetings/{}/programme", s.label))
        .await;
    assert!(!programme.body.contains("Pangolinic statement to withdraw"));
    assert!(programme.body.contains("Statement of Germany"));
    let page = app.get(&s.page(s.session)).await;
    assert!(
        page.body
            .contains("Withdrawn (the earlier version stays on record)")
    );
    // Search no longer finds it, before and after a rebuild.
    let found = app
        .get("/api/v1/conventions/ccm/search?q=Pangolinic")
        .await
        .json();
    assert_eq!(found["total"], 0, "{found}");
    treatydesk_web::services::indexing::reindex(&app.state, |_| {})
        .await
        .expect("index");
    let found = app
        .get("/api/v1/conventions/ccm/search?q=Pangolinic")
        .await
        .json();
    assert_eq!(found["total"], 0, "{found}");
    // Withdrawing it again is refused in a sentence; the ISU withdraws Germany's by the API.
    let again = app
        .post_form(&withdraw(mine), &fp, &[("csrf", &csrf)])
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        again.body.contains("replaced by a later one"),
        "{}",
        again.body
    );
    let token = app.api_token("demo-isu", "statements script").await;
    let by_api = app
        .bearer(
            "POST",
            &format!("{}/{german}/withdraw", s.api()),
            &token,
            None,
        )
        .await;
    assert_eq!(by_api.status, StatusCode::CREATED, "{}", by_api.body);
    assert_eq!(by_api.json()["withdrawn"], true);
    // Uploading again after a withdrawal makes the statement stand again.
    let saved = upload(
        &app,
        &s.page(s.session),
        &fp,
        &[
            ("csrf", &csrf),
            ("speaker", &nga),
            ("lang", "en"),
            ("title", "Statement of Nigeria, again"),
        ],
        b"Back again.",
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let json = app.get(&s.api()).await.json();
    let back = json["statements"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|x| x["title"] == "Statement of Nigeria, again")
        .expect("listed");
    assert_eq!(back["current"], true);
    assert_eq!(back["supersedes"], withdrawal["id"]);
}
