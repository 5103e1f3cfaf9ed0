//! Issue 11 (reliability and security): each defect's reproduction answers a clean 4xx (or
//! works) and the process stays up. Runs on SQLite, and on PostgreSQL with
//! TREATYDESK_TEST_DATABASE_URL.

use crate::common::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use treatydesk_domain::Lang;
use treatydesk_domain::registration::RegistrationForm;
use treatydesk_store::audit::Author;
use treatydesk_store::registration::Upload;
use treatydesk_store::testing::TestDb;
use treatydesk_web::guard::Settings;

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

async fn login_page(app: &TestApp) -> (String, String) {
    let page = app.get("/login").await;
    (
        format!("td_csrf={}", page.cookie("td_csrf").expect("cookie")),
        page.hidden("csrf"),
    )
}

#[tokio::test]
async fn d1_search_page_beyond_cap_is_refused_not_crashed() {
    let app = TestApp::new().await;
    for page in ["100000000", "9223372036854775807", "501", "0"] {
        let api = app
            .get(&format!("/api/v1/conventions/ccm/search?page={page}"))
            .await;
        assert_eq!(api.status, StatusCode::BAD_REQUEST, "API page {page}");
        assert!(
            api.json()["error"]
                .as_str()
                .expect("error")
                .contains("page")
        );
        let html = app.get(&format!("/ccm/search?q=report&page={page}")).await;
        assert_eq!(html.status, StatusCode::BAD_REQUEST, "page {page}");
    }
    assert_eq!(
        app.get("/api/v1/conventions/ccm/search?page=500")
            .await
            .status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn d2_huge_unique_usernames_are_refused_cheaply_and_keys_stay_bounded() {
    let app = TestApp::new().await;
    let (cookie, csrf) = login_page(&app).await;
    let huge = "u".repeat(200 * 1024);
    for i in 0..40 {
        let name = format!("{i}{huge}");
        let answer = app
            .post_form(
                "/login",
                &cookie,
                &[("username", &name), ("password", "x"), ("csrf", &csrf)],
            )
            .await;
        assert!(
            answer.status == StatusCode::UNAUTHORIZED
                || answer.status == StatusCode::TOO_MANY_REQUESTS,
            "{}",
            answer.status
        );
        assert!(
            answer.body.len() < 100_000,
            "the username is not echoed whole"
        );
    }
    assert!(app.state.guard.login.keys() <= 2 * treatydesk_web::guard::MAX_KEYS);
}

#[tokio::test]
async fn d5_next_with_control_characters_or_a_second_slash_goes_home_and_never_500() {
    let app = TestApp::new().await;
    let refused = app.get("/login?next=/%09/evil.example").await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    let newline = app.get("/login?next=/a%0Ab").await;
    assert_eq!(newline.status, StatusCode::BAD_REQUEST);
    for next in [
        "/\t/evil.example",
        "/a\nb",
        "/\\evil.example",
        "//evil",
        "http://x",
    ] {
        let (cookie, csrf) = login_page(&app).await;
        let password = app.password("demo-observer");
        let answer = app
            .post_form(
                "/login",
                &cookie,
                &[
                    ("username", "demo-observer"),
                    ("password", &password),
                    ("csrf", &csrf),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{next:?}");
        assert_eq!(answer.location().as_deref(), Some("/"), "{next:?}");
    }
    assert_eq!(
        treatydesk_web::pages::auth::safe_next("/ccm/documents?x=1"),
        "/ccm/documents?x=1"
    );
    assert_eq!(treatydesk_web::pages::auth::safe_next("/é"), "/%C3%A9");
}

#[tokio::test]
async fn d7_failures_lock_unknown_clients_only_and_the_right_password_still_signs_in() {
    let app = TestApp::new().await;
    let password = app.password("demo-president");
    // The owner signs in once: this device is now known.
    let (cookie, csrf) = login_page(&app).await;
    let first = app
        .post_form(
            "/login",
            &cookie,
            &[
                ("username", "demo-president"),
                ("password", &password),
                ("csrf", &csrf),
            ],
        )
        .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let device = first.cookie("td_device").expect("known-device cookie");
    // Someone else guesses.
    let (cookie, csrf) = login_page(&app).await;
    let mut statuses = Vec::new();
    for _ in 0..(treatydesk_web::guard::USERNAME_FAILURES + 1) {
        let a = app
            .post_form(
                "/login",
                &cookie,
                &[
                    ("username", "demo-president"),
                    ("password", "guessing wrong"),
                    ("csrf", &csrf),
                ],
            )
            .await;
        statuses.push(a.status);
    }
    assert!(
        statuses[..10]
            .iter()
            .all(|s| *s == StatusCode::UNAUTHORIZED)
    );
    assert_eq!(statuses[10], StatusCode::TOO_MANY_REQUESTS);
    // The owner, from the known device, is not locked out.
    let (cookie, csrf) = login_page(&app).await;
    let owner = app
        .post_form(
            "/login",
            &format!("{cookie}; td_device={device}"),
            &[
                ("username", "demo-president"),
                ("password", &password),
                ("csrf", &csrf),
            ],
        )
        .await;
    assert_eq!(owner.status, StatusCode::SEE_OTHER, "{}", owner.body);
    // Another username is not affected by the failures on this one.
    let other = app.password("demo-isu");
    let (cookie, csrf) = login_page(&app).await;
    let isu = app
        .post_form(
            "/login",
            &cookie,
            &[
                ("username", "demo-isu"),
                ("password", &other),
                ("csrf", &csrf),
            ],
        )
        .await;
    assert_eq!(isu.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn d7_the_proxy_address_is_trusted_only_when_the_setting_says_so() {
    let request = |xff: &str| {
        let (mut parts, _) = Request::get("/")
            .header("x-forwarded-for", xff)
            .body(())
            .expect("request")
            .into_parts();
        parts.extensions.insert(axum::extract::ConnectInfo(
            "10.0.0.1:1234"
                .parse::<std::net::SocketAddr>()
                .expect("addr"),
        ));
        parts
    };
    let off = Settings::default();
    let on = Settings {
        trusted_proxy: true,
        ..Settings::default()
    };
    let parts = request("198.51.100.7, 203.0.113.9");
    assert_eq!(
        treatydesk_web::guard::client_ip(&parts, &off).to_string(),
        "10.0.0.1"
    );
    assert_eq!(
        treatydesk_web::guard::client_ip(&parts, &on).to_string(),
        "203.0.113.9"
    );
}

#[tokio::test]
async fn d9_public_registrations_are_rate_limited_per_client() {
    let app = TestApp::with_settings(Settings {
        public_writes_per_minute: 3,
        ..Settings::default()
    })
    .await;
    let path = "/api/v1/conventions/ccm/meetings/3RC/registrations";
    let mut statuses = Vec::new();
    for i in 0..5 {
        let body = serde_json::json!({
            "category": "media", "organization": "Geneva Daily", "family_name": "Rossi",
            "given_name": "Lia", "email": format!("lia{i}@example.org"), "role": "member"
        });
        let request = Request::post(path)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string()))
            .expect("request");
        let a = app.send(request).await;
        if a.status == StatusCode::TOO_MANY_REQUESTS {
            assert!(a.json()["error"].is_string());
        }
        statuses.push(a.status);
    }
    assert_eq!(&statuses[..3], &[StatusCode::CREATED; 3]);
    assert_eq!(&statuses[3..], &[StatusCode::TOO_MANY_REQUESTS; 2]);
}

#[tokio::test]
async fn d9_pending_registrations_of_a_delegation_are_indexed() {
    let db = TestDb::new().await.expect("db");
    let index = treatydesk_store::migration::m20261203_000009_registration_delegation_index::INDEX;
    let sql = if db.is_postgres() {
        "SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema()"
    } else {
        "SELECT name FROM sqlite_master WHERE type = 'index'"
    };
    use sea_orm::ConnectionTrait;
    let rows = db
        .store
        .db()
        .query_all_raw(sea_orm::Statement::from_string(db.store.backend(), sql))
        .await
        .expect("indexes");
    let names: Vec<String> = rows
        .iter()
        .filter_map(|r| r.try_get::<String>("", "name").ok())
        .collect();
    assert!(names.iter().any(|n| n == index), "{names:?}");
}

#[tokio::test]
async fn d11_nul_and_control_characters_are_refused_with_400_at_the_edge() {
    let app = TestApp::new().await;
    for path in [
        "/ccm/states/%00",
        "/api/v1/conventions/ccm/states/%00",
        "/ccm/search?q=%00",
        "/api/v1/conventions/ccm/search?q=a%1Bb",
        "/%00",
    ] {
        let a = app.get(path).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{path}");
        if path.starts_with("/api/") {
            assert!(a.json()["error"].is_string());
        }
    }
    let (cookie, csrf) = login_page(&app).await;
    let form = app
        .post_form(
            "/login",
            &cookie,
            &[
                ("username", "demo\0isu"),
                ("password", "x"),
                ("csrf", &csrf),
            ],
        )
        .await;
    assert_eq!(form.status, StatusCode::BAD_REQUEST);
    let json = Request::post("/api/v1/conventions/ccm/meetings/3RC/registrations")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(
            r#"{"category":"media","organization":"G","family_name":"A\u0000B","given_name":"L","email":"n@example.org","role":"member"}"#,
        ))
        .expect("request");
    let answer = app.send(json).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert!(answer.json()["error"].is_string());
}

#[tokio::test]
async fn d12_api_bodies_over_1_mib_get_a_json_413_and_pages_a_sentence() {
    let app = TestApp::new().await;
    let big = format!("{{\"family_name\": \"{}\"}}", "x".repeat(2 * 1024 * 1024));
    let request = Request::post("/api/v1/conventions/ccm/meetings/3RC/registrations")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(big))
        .expect("request");
    let answer = app.send(request).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        answer.json()["error"]
            .as_str()
            .expect("error")
            .contains("MiB")
    );
    let (cookie, csrf) = login_page(&app).await;
    let form = app
        .post_form(
            "/login",
            &cookie,
            &[("username", &"y".repeat(2 * 1024 * 1024)), ("csrf", &csrf)],
        )
        .await;
    assert_eq!(form.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(form.body.contains("MiB"), "a sentence in the page");
}

#[tokio::test]
async fn d12_document_uploads_over_1_mib_are_read_up_to_the_documented_20_mib() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let boundary = "reliability-boundary";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nforged\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\n").as_bytes(),
    );
    body.extend(std::iter::repeat_n(b'a', 3 * 1024 * 1024));
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let request = Request::post("/ccm/documents")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header(header::COOKIE, format!("td_session={isu}"))
        .body(Body::from(body))
        .expect("request");
    let answer = app.send(request).await;
    // Read whole, then refused for its forged token: not a 413.
    assert_eq!(answer.status, StatusCode::FORBIDDEN, "{}", answer.status);
}

#[tokio::test]
async fn d14_the_atom_feed_stays_valid_xml_whatever_a_title_holds() {
    let app = TestApp::new().await;
    use sea_orm::{ConnectionTrait, DbBackend, Statement};
    let title = "Report \u{1}\u{1b}\u{0b} title";
    let sql = match app.db.store.backend() {
        DbBackend::Postgres => "UPDATE documents SET title = $1 WHERE access = 'public'",
        _ => "UPDATE documents SET title = ? WHERE access = 'public'",
    };
    app.db
        .store
        .db()
        .execute_raw(Statement::from_sql_and_values(
            app.db.store.backend(),
            sql,
            [title.into()],
        ))
        .await
        .expect("a control character planted as an old row might hold it");
    let feed = app.get("/ccm/documents.atom").await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(feed.body.contains("Report  title"));
    assert!(
        !feed
            .body
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    );
}

#[tokio::test]
async fn d15_restricted_answers_are_never_cached() {
    let app = TestApp::new().await;
    let committee = app.session_for("demo-coordinator").await;
    let isu = app.session_for("demo-isu").await;
    for (path, token) in [
        ("/ccm/documents/4/en", &committee),
        ("/ccm/audit", &isu),
        ("/ccm/committee", &committee),
        ("/api/v1/conventions/ccm/meetings/3RC/registrations", &isu),
    ] {
        let a = app.get_as(path, Some(token)).await;
        assert_eq!(a.status, StatusCode::OK, "{path}");
        assert_eq!(
            a.headers
                .get(header::CACHE_CONTROL)
                .and_then(|v| v.to_str().ok()),
            Some("no-store"),
            "{path}"
        );
    }
    let public = app.get("/ccm/documents/1/en").await;
    assert_eq!(
        public
            .headers
            .get(header::CACHE_CONTROL)
            .and_then(|v| v.to_str().ok()),
        Some("public, max-age=300")
    );
}

#[tokio::test]
async fn d16_a_record_the_reader_may_not_see_answers_like_a_missing_one() {
    let app = TestApp::new().await;
    let observer = app.session_for("demo-observer").await;
    for token in [None, Some(observer.as_str())] {
        let hidden = app.get_as("/ccm/documents/4", token).await;
        let missing = app.get_as("/ccm/documents/999999", token).await;
        assert_eq!(hidden.status, StatusCode::NOT_FOUND);
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        assert_eq!(
            hidden
                .body
                .replace("/ccm/documents/4?", "/ccm/documents/999999?")
                .replace("document 4<", "document 999999<"),
            missing.body,
            "the same page"
        );
        assert_eq!(
            app.get_as("/ccm/documents/4/en", token).await.status,
            StatusCode::NOT_FOUND
        );
    }
}

#[tokio::test]
async fn d17_anonymous_csrf_tokens_are_the_servers_own() {
    let app = TestApp::new().await;
    let forged = "a".repeat(64);
    let password = app.password("demo-observer");
    let answer = app
        .post_form(
            "/login",
            &format!("td_csrf={forged}"),
            &[
                ("username", "demo-observer"),
                ("password", &password),
                ("csrf", &forged),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn d17_hsts_and_metrics_follow_the_settings() {
    let plain = TestApp::new().await;
    assert!(
        plain
            .get("/")
            .await
            .headers
            .get("strict-transport-security")
            .is_none()
    );
    // In-process requests come from loopback: /metrics answers them without a token.
    assert_eq!(plain.get("/metrics").await.status, StatusCode::OK);
    let app = TestApp::with_settings(Settings {
        hsts: true,
        metrics_token: Some("s3cret-token".into()),
        ..Settings::default()
    })
    .await;
    assert!(
        app.get("/ccm")
            .await
            .headers
            .get("strict-transport-security")
            .is_some()
    );
    assert_eq!(app.get("/metrics").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get_with("/metrics", &[("authorization", "Bearer wrong")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_with("/metrics", &[("authorization", "Bearer s3cret-token")])
            .await
            .status,
        StatusCode::OK
    );
}

/// Every document version and every credentials file of `app`, downloaded as the ISU.
async fn every_download(app: &TestApp) -> Vec<(String, Vec<u8>)> {
    let isu = app.session_for("demo-isu").await;
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    let mut paths = Vec::new();
    for d in app.db.store.documents(&ccm).await.expect("documents") {
        for v in app.db.store.versions_of(d.id).await.expect("versions") {
            paths.push(format!("/ccm/documents/{}/{}", d.id, v.lang));
        }
    }
    let m = app.db.store.meeting(&ccm, "3RC").await.expect("3RC");
    for r in app.db.store.registrations(&m, None).await.expect("rows") {
        if r.credential_id.is_some() {
            paths.push(format!(
                "/ccm/meetings/3RC/registrations/{}/credentials",
                r.id
            ));
        }
    }
    let mut out = Vec::new();
    for path in paths {
        let request = Request::get(&path)
            .header(header::COOKIE, format!("td_session={isu}"))
            .body(Body::empty())
            .expect("request");
        let response = tower::ServiceExt::oneshot(app.app.clone(), request)
            .await
            .expect("response");
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let bytes = axum::body::to_bytes(response.into_body(), 64 * 1024 * 1024)
            .await
            .expect("body");
        out.push((path, bytes.to_vec()));
    }
    out
}

async fn with_credentials(app: &TestApp) {
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    let m = app.db.store.meeting(&ccm, "3RC").await.expect("3RC");
    let form = RegistrationForm {
        category: "state-party".into(),
        actor: "NGA".into(),
        organization: String::new(),
        family_name: "Bello".into(),
        given_name: "Musa".into(),
        email: "musa@example.org".into(),
        role: "head".into(),
    };
    app.db
        .store
        .register(
            &Author::cli("test"),
            &ccm,
            &m,
            &form,
            Some(Upload {
                filename: "nv.pdf".into(),
                content: PDF.to_vec(),
            }),
            Lang::En,
        )
        .await
        .expect("registered with credentials");
}

async fn round_trip(source: &TestApp, target: TestDb) {
    let before = every_download(source).await;
    assert!(before.len() >= 2, "documents and credentials to carry over");
    assert!(before.iter().any(|(p, _)| p.ends_with("/credentials")));
    let file = source.db.dir.join(format!(
        "backup-{}.zip",
        &treatydesk_store::accounts::random_token()[..8]
    ));
    let summary = source.db.store.backup(&file).await.expect("backup");
    assert_eq!(summary.files as usize, before.len());
    // A damaged archive is refused whole: nothing restored, no file written.
    let mut bytes = std::fs::read(&file).expect("archive");
    let at = bytes
        .windows(PDF.len())
        .position(|w| w == PDF)
        .expect("the credentials in the archive");
    bytes[at + 10] ^= 0x20;
    let damaged = source.db.dir.join("damaged.zip");
    std::fs::write(&damaged, &bytes).expect("write");
    let refused = target.store.restore(&damaged).await.expect_err("damaged");
    assert_eq!(
        treatydesk_web::error::store_status(&refused).as_u16(),
        422,
        "{refused}"
    );
    assert_eq!(target.store.row_count().await.expect("rows"), 0);
    assert!(!target.dir.join("credentials").exists());
    assert!(!target.dir.join("files").exists());
    // The good archive restores every row and every file.
    let restored = target.store.restore(&file).await.expect("restore");
    assert_eq!(restored.files, summary.files);
    let app = TestApp::restored(target).await;
    let after = every_download(&app).await;
    assert_eq!(after, before, "every file downloads, byte for byte");
}

#[tokio::test]
async fn d3_backup_restores_every_file_on_this_backend_and_across_backends() {
    let source = TestApp::new().await;
    with_credentials(&source).await;
    round_trip(&source, source.db.sibling().await.expect("target")).await;
    if source.db.is_postgres() {
        // PostgreSQL to SQLite, and SQLite to PostgreSQL.
        round_trip(&source, TestDb::sqlite_empty().await.expect("sqlite")).await;
        let db = TestDb::sqlite_empty().await.expect("sqlite");
        db.store.load_reference_data().await.expect("reference");
        let sqlite = TestApp::on(db).await;
        with_credentials(&sqlite).await;
        round_trip(&sqlite, TestDb::empty().await.expect("postgres")).await;
    }
}
