//! The response cache, the session cache and the generation counters behind them (issue 13):
//! every cache is made stale by every write that changes what it holds (including a write made
//! through another store, as another process would), and no cached answer reaches a reader of
//! another access level or language. No test measures time; the cross-store ones wait for the
//! watcher with a generous deadline.

use std::time::Duration;

use crate::common::{Answer, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use time::macros::date;
use treatydesk_domain::meeting::MeetingKind;
use treatydesk_store::Store;
use treatydesk_store::architecture::NewMeeting;
use treatydesk_store::audit::Author;
use treatydesk_web::{AppState, router};

const RESTRICTED: &str = "CCM/MSP/2013/INF.1";
const NEW_STATE: &str = "state,iso3,signature_date,ratification_date,entry_into_force_date,note\n\
Tuvalu,TUV,2026-01-05,2026-01-06,2026-07-01,DEMO test row\n";

fn cli() -> Author {
    Author::cli("cache test")
}

fn x_cache(a: &Answer) -> &str {
    a.headers
        .get("x-cache")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("none")
}

/// Asks `path` until `check` holds, for at most ten seconds (the other store's watcher polls
/// every 100 ms; the deadline only keeps a broken build from hanging).
async fn eventually(app: &TestApp, path: &str, check: impl Fn(&Answer) -> bool) -> Answer {
    for _ in 0..200 {
        let a = app.get(path).await;
        if check(&a) {
            return a;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    app.get(path).await
}

/// Registers someone for the 3RC through the public API (a Registrations-area write).
async fn register(app: &TestApp, organization: &str, family_name: &str) {
    let body = serde_json::json!({"category": "ngo", "organization": organization,
        "family_name": family_name, "given_name": "Test",
        "email": format!("{}@example.org", family_name.to_lowercase()), "role": "member"});
    let posted = app
        .send(
            Request::post("/api/v1/conventions/ccm/meetings/3RC/registrations")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body.to_string()))
                .expect("request"),
        )
        .await;
    assert_eq!(posted.status, StatusCode::CREATED, "{}", posted.body);
}

fn tuvalu_on(a: &Answer) -> bool {
    a.body.contains("Tuvalu")
}

#[tokio::test]
async fn c13_anonymous_pages_are_cached_whole_with_etag_304_and_compression() {
    let app = TestApp::new().await;
    let first = app.get("/ccm").await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(x_cache(&first), "miss");
    let second = app.get("/ccm").await;
    assert_eq!(x_cache(&second), "hit");
    assert_eq!(second.body, first.body);
    let etag = second.headers[header::ETAG]
        .to_str()
        .expect("etag")
        .to_string();
    assert_eq!(first.headers[header::ETAG], etag.as_str());
    let again = app.get_with("/ccm", &[("if-none-match", &etag)]).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    let other = app.get_with("/ccm", &[("if-none-match", "\"nope\"")]).await;
    assert_eq!(other.status, StatusCode::OK);

    let request = Request::get("/ccm")
        .header(header::ACCEPT_ENCODING, "gzip")
        .body(Body::empty())
        .expect("request");
    let response = tower::ServiceExt::oneshot(app.app.clone(), request)
        .await
        .expect("response");
    assert_eq!(response.headers()[header::CONTENT_ENCODING], "gzip");
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 24)
        .await
        .expect("body");
    let mut text = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut text)
        .expect("gzip");
    assert_eq!(text, first.body);
    let br = app
        .get_with("/ccm", &[("accept-encoding", "gzip, br")])
        .await;
    assert_eq!(br.headers[header::CONTENT_ENCODING], "br");
    let refused = app
        .get_with("/ccm", &[("accept-encoding", "br;q=0, identity")])
        .await;
    assert!(!refused.headers.contains_key(header::CONTENT_ENCODING));
    assert_eq!(refused.body, first.body);
    // Security headers are still on a cached answer.
    assert!(second.headers.contains_key(header::CONTENT_SECURITY_POLICY));
}

#[tokio::test]
async fn c13_no_cached_answer_reaches_another_language() {
    let app = TestApp::new().await;
    let en = app.get("/ccm").await;
    assert!(en.body.contains("lang=\"en\""));
    for (headers, lang) in [
        (vec![("accept-language", "fr-CH, fr;q=0.9")], "fr"),
        (vec![("cookie", "td_lang=es")], "es"),
        (vec![("accept-language", "ar")], "ar"),
    ] {
        let a = app.get_with("/ccm", &headers).await;
        assert!(a.body.contains(&format!("lang=\"{lang}\"")), "{lang}");
        let b = app.get_with("/ccm", &headers).await;
        assert_eq!(x_cache(&b), "hit", "{lang}");
        assert!(b.body.contains(&format!("lang=\"{lang}\"")), "{lang}");
    }
    let query = app.get("/ccm?lang=fr").await;
    assert!(query.body.contains("lang=\"fr\""));
    let en_again = app.get("/ccm").await;
    assert_eq!(x_cache(&en_again), "hit");
    assert!(en_again.body.contains("lang=\"en\""));
}

#[tokio::test]
async fn c13_no_cached_answer_reaches_another_access_level() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    // Anonymous first: the restricted record is absent, and stays absent for the ISU's eyes
    // only.
    let public = app.get("/ccm/documents").await;
    assert!(!public.body.contains(RESTRICTED));
    let staff = app.get_as("/ccm/documents", Some(&isu)).await;
    assert!(staff.body.contains(RESTRICTED));
    assert_eq!(
        x_cache(&staff),
        "miss",
        "a signed-in answer is kept for that session alone"
    );
    let public_again = app.get("/ccm/documents").await;
    assert_eq!(x_cache(&public_again), "hit");
    assert!(!public_again.body.contains(RESTRICTED));
    // Signed in first: nothing of it is kept for the next anonymous reader.
    let staff_search = app.get_as("/ccm/search?q=hosting", Some(&isu)).await;
    assert!(staff_search.body.contains(RESTRICTED));
    let public_search = app.get("/ccm/search?q=hosting").await;
    assert!(!public_search.body.contains(RESTRICTED));
    assert!(!public_search.body.contains("demo-isu"));
}

#[tokio::test]
async fn c13_a_page_with_the_readers_csrf_token_is_never_cached() {
    let app = TestApp::new().await;
    let first = app.get("/login").await;
    let token = first.cookie("td_csrf").expect("csrf cookie");
    let cookie = format!("td_csrf={token}");
    let with = app.get_with("/login", &[("cookie", &cookie)]).await;
    assert!(with.body.contains(&token));
    let other = app
        .get_with(
            "/login",
            &[("cookie", &format!("td_csrf={}", "b".repeat(64)))],
        )
        .await;
    assert!(!other.body.contains(&token));
}

#[tokio::test]
async fn c13_every_write_makes_the_public_pages_it_changes_stale() {
    let app = TestApp::new().await;
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");

    // Participation: the States list.
    let states = app.get("/ccm/states").await;
    assert!(!tuvalu_on(&states));
    assert_eq!(x_cache(&app.get("/ccm/states").await), "hit");
    store
        .import_participation("ccm", NEW_STATE, &cli())
        .await
        .expect("import");
    let states = app.get("/ccm/states").await;
    assert_eq!(x_cache(&states), "miss");
    assert!(tuvalu_on(&states));

    // Meetings: the meetings list.
    let meetings = app.get("/ccm/meetings").await;
    assert!(!meetings.body.contains("9ISM"));
    store
        .add_meeting(
            &cli(),
            &ccm,
            NewMeeting {
                kind: MeetingKind::Intersessional,
                number: 9,
                venue: "Geneva (DEMO)".into(),
                opens_on: Some(date!(2030 - 04 - 01)),
                closes_on: Some(date!(2030 - 04 - 02)),
                source: "DEMO: cache test".into(),
                status: Default::default(),
                sitting: Default::default(),
                presiding: None,
            },
        )
        .await
        .expect("meeting");
    assert!(app.get("/ccm/meetings").await.body.contains("9ISM"));

    // The programme of work.
    let label = if store.meeting(&ccm, "2ISM").await.is_ok() {
        "2ISM"
    } else {
        "13MSP"
    };
    let path = format!("/ccm/meetings/{label}/programme");
    let before = app.get(&path).await;
    assert_eq!(before.status, StatusCode::OK);
    let meeting = store.meeting(&ccm, label).await.expect("meeting");
    let day = meeting.opens_on.expect("dated");
    store
        .add_session(
            &cli(),
            &ccm,
            &meeting,
            treatydesk_store::programme::NewSession {
                day,
                starts_at: time::macros::time!(07:00),
                ends_at: time::macros::time!(07:30),
                room: "Room DEMO".into(),
                format: treatydesk_domain::programme::SessionFormat::InteractiveDialogue,
                title: "DEMO breakfast briefing".into(),
                body: None,
                area: None,
                description: String::new(),
            },
        )
        .await
        .expect("session");
    assert!(
        app.get(&path)
            .await
            .body
            .contains("DEMO breakfast briefing")
    );

    // A sign-in and a registration change no public page: they stay cached.
    let committee = "/ccm/committee?as_of=2013-03-01";
    app.get(committee).await;
    assert_eq!(x_cache(&app.get(committee).await), "hit");
    app.session_for("demo-isu").await;
    register(&app, "DEMO Cache Org", "Cache").await;
    assert_eq!(x_cache(&app.get(committee).await), "hit");
}

/// An application on its own store over the same database: what another `serve` process
/// would be (its own counters, its own watcher, its own caches).
async fn other_process(app: &TestApp) -> (Store, axum::Router) {
    let store = Store::connect(&app.db.url, app.db.schema.as_deref())
        .await
        .expect("second store")
        .with_data_dir(app.db.dir.clone());
    let mut state = AppState::new(store.clone()).expect("state");
    state.shared_mut().files = treatydesk_store::files::FileStore::new(&app.db.dir);
    treatydesk_web::services::indexing::reindex(&state, |_| {})
        .await
        .expect("index");
    (store, router(state))
}

async fn get(app: &axum::Router, path: &str) -> Answer {
    crate::common::send_to(
        app,
        Request::get(path).body(Body::empty()).expect("request"),
    )
    .await
}

#[tokio::test]
async fn c13_a_write_through_another_process_makes_this_ones_caches_stale() {
    let app = TestApp::new().await;
    let (other, other_app) = other_process(&app).await;
    // This process has the States list cached, page and store record alike.
    assert!(!tuvalu_on(&app.get("/ccm/states").await));
    assert_eq!(x_cache(&app.get("/ccm/states").await), "hit");
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    assert_eq!(
        app.db
            .store
            .state_records(&ccm)
            .await
            .expect("records")
            .len(),
        61
    );
    // The other process writes.
    other
        .import_participation("ccm", NEW_STATE, &cli())
        .await
        .expect("import");
    assert!(tuvalu_on(&get(&other_app, "/ccm/states").await));
    let seen = eventually(&app, "/ccm/states", tuvalu_on).await;
    assert!(
        tuvalu_on(&seen),
        "the other process's write never reached this cache"
    );
    assert_eq!(
        app.db
            .store
            .state_records(&ccm)
            .await
            .expect("records")
            .len(),
        62
    );
    assert_ne!(
        app.db
            .store
            .generations()
            .external_stamp(treatydesk_store::generation::Areas::ALL),
        0
    );
}

#[tokio::test]
async fn c13_a_signed_out_token_is_refused_at_once() {
    let app = TestApp::new().await;
    let token = app.session_for("demo-isu").await;
    let page = app.get_as("/ccm/documents", Some(&token)).await;
    assert!(page.body.contains(RESTRICTED));
    // Twice, so the lookup is cached.
    assert!(
        app.get_as("/ccm/documents", Some(&token))
            .await
            .body
            .contains(RESTRICTED)
    );
    app.db
        .store
        .sign_out(&token, "demo-isu")
        .await
        .expect("sign out");
    let after = app.get_as("/ccm/documents", Some(&token)).await;
    assert!(!after.body.contains(RESTRICTED));
    assert!(
        app.db
            .store
            .session(&token)
            .await
            .expect("lookup")
            .is_none()
    );
}

#[tokio::test]
async fn c13_a_sign_out_in_another_process_reaches_this_ones_session_cache() {
    let app = TestApp::new().await;
    let (other, _) = other_process(&app).await;
    let token = app.session_for("demo-isu").await;
    assert!(
        app.db
            .store
            .session(&token)
            .await
            .expect("lookup")
            .is_some()
    );
    other.sign_out(&token, "demo-isu").await.expect("sign out");
    let mut refused = false;
    for _ in 0..200 {
        if app
            .db
            .store
            .session(&token)
            .await
            .expect("lookup")
            .is_none()
        {
            refused = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(refused, "a session closed elsewhere stayed open here");
}

#[tokio::test]
async fn c13_the_stylesheet_has_a_content_hashed_immutable_address() {
    let app = TestApp::new().await;
    let css = treatydesk_web::pages::assets::css_path();
    assert!(app.get("/ccm").await.body.contains(css));
    let a = app.get(css).await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(
        a.headers[header::CACHE_CONTROL]
            .to_str()
            .expect("ascii")
            .contains("immutable")
    );
    assert_eq!(
        app.get("/static/app-0000.css").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn c13_the_map_draws_outlines_from_one_immutable_file_it_points_into() {
    let app = TestApp::new().await;
    let world = treatydesk_web::pages::map::world_path();
    let page = app.get("/ccm/map?as_of=2013-03-01").await;
    assert_eq!(page.status, StatusCode::OK);
    // The page carries no outline of its own: each State is a `<use>` of the file's path.
    assert!(!page.body.contains("<path"), "an outline is inline");
    let uses: Vec<&str> = page
        .body
        .split(&format!("<use href=\"{world}#"))
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert!(uses.len() > 150, "{} States drawn", uses.len());
    assert!(
        page.body
            .contains(&format!("<use href=\"{world}#NGA\" class=\"map-"))
    );
    let file = app.get(world).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.headers[header::CONTENT_TYPE], "image/svg+xml");
    assert!(
        file.headers[header::CACHE_CONTROL]
            .to_str()
            .expect("ascii")
            .contains("immutable")
    );
    for iso3 in &uses {
        assert!(
            file.body.contains(&format!("<path id=\"{iso3}\" d=\"M")),
            "{iso3} has no outline in {world}"
        );
    }
    assert_eq!(
        app.get("/static/map/world-0000.svg").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn c13_metrics_have_a_latency_histogram_per_route_and_cache_counts() {
    let app = TestApp::new().await;
    app.get("/ccm").await;
    app.get("/ccm").await;
    let m = app.get("/metrics").await.body;
    assert!(
        m.contains("treatydesk_http_request_duration_seconds_bucket{route=\"/{code}\",status=\"2xx\",le=\"0.01\"}"),
        "{m}"
    );
    assert!(
        m.contains("treatydesk_response_cache_total{result=\"hit\"} 1"),
        "{m}"
    );
}

/// A sign-in attempt through any router: the form's page, then the post with its CSRF token.
async fn try_sign_in(app: &axum::Router, username: &str, password: &str) -> StatusCode {
    let page = get(app, "/login").await;
    let cookie = format!("td_csrf={}", page.cookie("td_csrf").expect("cookie"));
    let body = format!(
        "username={}&password={}&csrf={}",
        crate::common::encode(username),
        crate::common::encode(password),
        crate::common::encode(&page.hidden("csrf"))
    );
    let request = Request::post("/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, cookie)
        .body(Body::from(body))
        .expect("request");
    crate::common::send_to(app, request).await.status
}

#[tokio::test]
async fn c13_sign_in_failures_counted_by_one_process_lock_the_username_in_another() {
    let app = TestApp::new().await;
    let (_, other) = other_process(&app).await;
    let password = app.password("demo-president");
    // Guesses spread over two processes (each with its own limiter in memory) count together.
    let limit = treatydesk_web::guard::USERNAME_FAILURES;
    for i in 0..limit {
        let through = if i % 2 == 0 { &app.app } else { &other };
        assert_eq!(
            try_sign_in(through, "demo-president", "guessing wrong").await,
            StatusCode::UNAUTHORIZED,
            "guess {i}"
        );
    }
    // Neither process has seen `limit` failures itself, yet both refuse, even the right password
    // from a device that never signed in as this user.
    for through in [&app.app, &other] {
        assert_eq!(
            try_sign_in(through, "demo-president", &password).await,
            StatusCode::TOO_MANY_REQUESTS
        );
    }
    // Another username is not held back.
    let isu = app.password("demo-isu");
    assert_eq!(
        try_sign_in(&other, "demo-isu", &isu).await,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn c13_a_correct_password_clears_the_shared_failures_of_its_username() {
    let app = TestApp::new().await;
    let (_, other) = other_process(&app).await;
    let password = app.password("demo-president");
    for _ in 0..(treatydesk_web::guard::USERNAME_FAILURES - 1) {
        try_sign_in(&other, "demo-president", "guessing wrong").await;
    }
    assert_eq!(
        try_sign_in(&app.app, "demo-president", &password).await,
        StatusCode::SEE_OTHER
    );
    // The count starts again: one more wrong guess elsewhere does not lock the username.
    assert_eq!(
        try_sign_in(&other, "demo-president", "guessing wrong").await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        try_sign_in(&other, "demo-president", &password).await,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn c13_a_signed_in_answer_is_kept_for_its_session_alone_and_every_write_makes_it_stale() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let first = app.get_as("/ccm/documents", Some(&isu)).await;
    assert_eq!(x_cache(&first), "miss");
    let again = app.get_as("/ccm/documents", Some(&isu)).await;
    assert_eq!(x_cache(&again), "hit");
    assert_eq!(again.body, first.body);
    // Another reader, even of the same level, never gets that answer.
    let observer = app.session_for("demo-observer").await;
    let theirs = app.get_as("/ccm/documents", Some(&observer)).await;
    assert_eq!(x_cache(&theirs), "miss");
    assert!(!theirs.body.contains(RESTRICTED));
    let second_isu = app.session_for("demo-isu").await;
    assert_eq!(
        x_cache(&app.get_as("/ccm/documents", Some(&second_isu)).await),
        "miss",
        "another session of the same account has its own CSRF token"
    );
    // A registration, which no public page shows, makes the staff's registrations page stale.
    let path = "/ccm/meetings/3RC/registrations";
    app.get_as(path, Some(&isu)).await;
    assert_eq!(x_cache(&app.get_as(path, Some(&isu)).await), "hit");
    register(&app, "DEMO Session Cache Org", "Sessioncache").await;
    let after = app.get_as(path, Some(&isu)).await;
    assert_eq!(x_cache(&after), "miss");
    assert!(after.body.contains("Sessioncache"));
    // Signing out ends it at once: the token gets no cached answer.
    app.db
        .store
        .sign_out(&isu, "demo-isu")
        .await
        .expect("sign out");
    let out = app.get_as("/ccm/documents", Some(&isu)).await;
    assert!(!out.body.contains(RESTRICTED));
    assert_ne!(x_cache(&out), "hit");
}

/// Issue 13 (memory): the writer a whole build used is let go as soon as the server follows
/// writes, not kept for the idle time; the next change makes another.
#[tokio::test]
async fn i13_the_writer_of_a_whole_build_is_let_go_at_once() {
    let app = TestApp::new().await;
    let index = std::env::temp_dir().join(format!(
        "treatydesk-writer-index-{}",
        &treatydesk_store::accounts::random_token()[..12]
    ));
    let state = AppState::for_dirs(app.db.store.clone(), &app.db.dir, &index).expect("state");
    let built = treatydesk_web::services::indexing::start(&state, index.clone())
        .await
        .expect("start");
    assert!(built.is_none(), "a new index is built before serving");
    assert!(
        state.search.writer_is_open(),
        "the build wrote with a writer"
    );
    let following =
        treatydesk_web::services::indexing::follow(state.clone(), Some(index.clone()), None);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while state.search.writer_is_open() && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(
        !state.search.writer_is_open(),
        "the build's writer was still open 5 s after following began (WRITER_IDLE is {:?})",
        treatydesk_web::services::indexing::WRITER_IDLE
    );
    following.abort();
    let _ = std::fs::remove_dir_all(&index);
}

/// Issue 13: a restarted server answers from its index on disk at once; an index that is
/// behind the store (a write it did not see) is rebuilt in the background, and then finds it.
#[tokio::test]
async fn i13_a_restart_answers_from_the_index_on_disk_and_catches_up_behind() {
    let app = TestApp::new().await;
    let store = app.db.store.clone();
    let index = std::env::temp_dir().join(format!(
        "treatydesk-restart-index-{}",
        &treatydesk_store::accounts::random_token()[..12]
    ));
    let search = |state: &AppState, q: &str| {
        let app = router(state.clone());
        let q = q.to_string();
        async move {
            let request = Request::get(format!("/api/v1/conventions/ccm/search?q={q}"))
                .body(Body::empty())
                .expect("request");
            crate::common::send_to(&app, request).await.json()["total"]
                .as_u64()
                .unwrap_or_default()
        }
    };
    // The first start builds the new index before it serves.
    let first = AppState::for_dirs(store.clone(), &app.db.dir, &index).expect("state");
    let handle = treatydesk_web::services::indexing::start(&first, index.clone())
        .await
        .expect("start");
    assert!(handle.is_none(), "a new index is built before serving");
    assert!(search(&first, "dubrovnik").await > 0);
    drop(first);
    // A write the index does not see (another process's, say), then a restart.
    let ccm = store.convention("ccm").await.expect("ccm");
    store
        .add_document(
            &Author::cli("test"),
            &ccm,
            treatydesk_store::documents::NewDocument {
                symbol: "CCM/MSP/2026/INF.9".into(),
                title: "TEST Xylophonic restart note".into(),
                kind: treatydesk_domain::document::DocumentKind::Other,
                meeting_id: None,
                agenda_item_id: None,
                submitter: "ISU".into(),
                issued_on: date!(2026 - 06 - 01),
                access: treatydesk_domain::AccessLevel::Public,
                source: "TEST".into(),
            },
        )
        .await
        .expect("document");
    let second = AppState::for_dirs(store.clone(), &app.db.dir, &index).expect("state");
    let handle = treatydesk_web::services::indexing::start(&second, index.clone())
        .await
        .expect("start")
        .expect("an index behind the store is rebuilt in the background");
    // It answers from what it has meanwhile.
    assert!(search(&second, "dubrovnik").await > 0);
    handle.await.expect("the rebuild");
    assert_eq!(search(&second, "xylophonic").await, 1);
    drop(second);
    // A third start finds the index current and rebuilds nothing.
    let third = AppState::for_dirs(store.clone(), &app.db.dir, &index).expect("state");
    let handle = treatydesk_web::services::indexing::start(&third, index.clone())
        .await
        .expect("start")
        .expect("a background check");
    handle.await.expect("the check");
    assert_eq!(search(&third, "xylophonic").await, 1);
    drop(third);
    // A restarted process (a store of its own, whose watcher counts everything before its
    // first look as another process's write) following writes does not rebuild a current
    // index for that first look; a write from elsewhere after it still gets followed.
    let restarted = Store::connect(&app.db.url, app.db.schema.as_deref())
        .await
        .expect("a second store");
    let fourth = AppState::for_dirs(restarted.clone(), &app.db.dir, &index).expect("state");
    treatydesk_web::services::indexing::start(&fourth, index.clone())
        .await
        .expect("start")
        .expect("a background check")
        .await
        .expect("the check");
    let built = fourth.search.generation();
    let following =
        treatydesk_web::services::indexing::follow(fourth.clone(), Some(index.clone()), None);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while restarted
        .generations()
        .external_stamp(treatydesk_web::services::indexing::INDEXED_AREAS)
        == 0
        && std::time::Instant::now() < deadline
    {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    assert_eq!(
        fourth.search.generation(),
        built,
        "the first look rebuilt a current index"
    );
    store
        .add_document(
            &Author::cli("test"),
            &ccm,
            treatydesk_store::documents::NewDocument {
                symbol: "CCM/MSP/2026/INF.10".into(),
                title: "TEST Quodlibetic follow note".into(),
                kind: treatydesk_domain::document::DocumentKind::Other,
                meeting_id: None,
                agenda_item_id: None,
                submitter: "ISU".into(),
                issued_on: date!(2026 - 06 - 02),
                access: treatydesk_domain::AccessLevel::Public,
                source: "TEST".into(),
            },
        )
        .await
        .expect("document");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while search(&fourth, "quodlibetic").await == 0 && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(search(&fourth, "quodlibetic").await, 1);
    following.abort();
    let _ = std::fs::remove_dir_all(&index);
}
