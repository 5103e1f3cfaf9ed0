//! Universalization (P4.4(e), issue 16 item 4): the public page lists the States not party with
//! their standing ("no record" apart from "not a signatory" where the list is partial), links
//! the map and charts the States Parties per year with a table; the ISU (and the President and
//! Coordinators, their own) records outreach
//! activities and statements of intent (page and API, audited), corrects them as revisions
//! (the old text kept), and an entry shows only to readers who reach its access level (page,
//! API and search).

use crate::common::{Answer, TestApp};
use axum::http::StatusCode;
use serde_json::json;

const API: &str = "/api/v1/conventions/ccm/universalization";

/// Records an entry about `iso3` through the API with a bearer token.
async fn add(app: &TestApp, token: &str, iso3: &str, body: serde_json::Value) -> Answer {
    app.bearer("POST", &format!("{API}/{iso3}/entries"), token, Some(body))
        .await
}

#[tokio::test]
async fn p4_4e_public_page_lists_states_not_party_and_counts_per_year() {
    let app = TestApp::new().await;
    let page = app.get("/ccm/universalization?as_of=2025-12-01").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("href=\"/ccm/map\""));
    assert!(page.body.contains("<svg viewBox="));
    assert!(page.body.contains("id=\"per-year\""));
    // Angola signed (the list holds it); Kenya is not on the partial list: no record.
    assert!(page.body.contains("/ccm/universalization/AGO"));
    let api = app.get(&format!("{API}?as_of=2025-12-01")).await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    let v = api.json();
    assert_eq!(v["list_partial"], true);
    let status = |iso3: &str| {
        v["not_party"]
            .as_array()
            .expect("list")
            .iter()
            .find(|s| s["iso3"] == iso3)
            .map(|s| s["status"].as_str().unwrap_or_default().to_string())
    };
    assert_eq!(status("AGO").as_deref(), Some("signatory"));
    assert_eq!(status("KEN").as_deref(), Some("no-record"));
    assert_eq!(status("LTU").as_deref(), Some("withdrawn"));
    assert_eq!(status("NGA"), None, "Nigeria is a State Party");
    // The chart's figures: the first 30 in force on 1 Aug 2010; Nigeria and South Sudan in 2023.
    let years = v["years"].as_array().expect("years");
    let year = |y: i64| {
        years
            .iter()
            .find(|r| r["year"] == y)
            .cloned()
            .expect("a year")
    };
    assert_eq!(year(2009)["in_force"], 0);
    // The partial list holds some of the first 30: all in force on 1 Aug 2010, none before.
    assert!(year(2010)["in_force"].as_u64().expect("n") > 0);
    let end_2022 = year(2022)["parties"].as_u64().expect("n");
    let end_2023 = year(2023)["parties"].as_u64().expect("n");
    assert_eq!(
        end_2023,
        end_2022 + 2,
        "Nigeria and South Sudan deposited in 2023"
    );
    assert_eq!(year(2025)["on"], "2025-12-01");
    // In all four languages, Arabic right to left.
    for (lang, word) in [
        ("fr", "Universalisation"),
        ("es", "Universalización"),
        ("ar", "عالمية الاتفاقية"),
    ] {
        let p = app.get(&format!("/ccm/universalization?lang={lang}")).await;
        assert!(p.body.contains(word), "{lang}");
    }
    assert!(
        app.get("/ccm/universalization?lang=ar")
            .await
            .body
            .contains("dir=\"rtl\"")
    );
    assert_eq!(
        app.get("/ccm/universalization?as_of=soon").await.status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn p4_4e_public_universalization_page_snapshot() {
    let app = TestApp::new().await;
    let page = app.get("/ccm/universalization?as_of=2025-12-01").await;
    assert_eq!(page.status, StatusCode::OK);
    let body = page.body.replace(
        treatydesk_web::pages::assets::css_path(),
        "/static/app-HASH.css",
    );
    insta::assert_snapshot!("universalization_page", body);
}

#[tokio::test]
async fn p4_4e_outreach_recorded_by_isu_through_page_and_api_with_audit() {
    let app = TestApp::new().await;
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    let made = app
        .post_form(
            "/ccm/universalization/KEN/entries",
            &cookie,
            &[
                ("csrf", &csrf),
                ("kind", "outreach"),
                ("on", "2025-10-01"),
                ("who", "ISU officer and the Universalization Coordinators"),
                ("what", "Workshop in Nairobi on ratification"),
                ("working_group", "Universalization"),
                ("access", "public"),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    assert!(
        made.location()
            .expect("redirect")
            .starts_with("/ccm/universalization/KEN?saved=1#entry-")
    );
    let public = app.get("/ccm/universalization").await;
    assert!(public.body.contains("Workshop in Nairobi on ratification"));
    let token = app.api_token("demo-isu", "univ").await;
    let api = add(&app, &token, "ken", json!({"kind": "intent", "on": "2025-11-05", "who": "Kenya's delegation", "what": "Intends to ratify in 2026", "access": "states-parties"})).await;
    assert_eq!(api.status, StatusCode::CREATED, "{}", api.body);
    assert_eq!(api.json()["current"]["kind"], "intent");
    assert_eq!(api.json()["current"]["recorded_by"], "demo-isu");
    let log = app.db.store.audit_log(None, 20).await.expect("audit");
    assert!(log.iter().filter(|e| e.action == "outreach.add").count() >= 2);
    let doc = app.get("/api/openapi.json").await.json();
    assert!(
        doc["paths"][format!("{API}/{{iso3}}/entries").replace("/ccm/", "/{code}/")].is_object()
    );
}

#[tokio::test]
async fn p4_4e_outreach_refused_with_sentences_and_form_kept() {
    let app = TestApp::new().await;
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    let bad = app
        .post_form(
            "/ccm/universalization/KEN/entries",
            &cookie,
            &[
                ("csrf", &csrf),
                ("kind", "visit"),
                ("on", "next week"),
                ("who", ""),
                ("what", "Typed text kept"),
                ("access", "everyone"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Choose what this is"));
    assert!(bad.body.contains("is not a date"));
    assert!(bad.body.contains("Say who acted"));
    assert!(bad.body.contains("Choose who may read the entry"));
    assert!(bad.body.contains("Typed text kept"));
}

#[tokio::test]
async fn p4_4e_outreach_with_a_state_party_on_the_day_refused() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "univ").await;
    // Nigeria deposited on 28 Feb 2023: outreach dated after that is refused, before accepted.
    let refused = add(&app, &token, "NGA", json!({"kind": "outreach", "on": "2023-06-01", "who": "ISU", "what": "Visit", "access": "public"})).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("Nigeria was a State Party on 2023-06-01"),
        "{}",
        refused.body
    );
    let accepted = add(&app, &token, "NGA", json!({"kind": "outreach", "on": "2022-06-01", "who": "ISU", "what": "Visit before it joined", "access": "public"})).await;
    assert_eq!(accepted.status, StatusCode::CREATED, "{}", accepted.body);
    // Not a State: 404.
    let org = add(&app, &token, "GICHD", json!({"kind": "outreach", "on": "2022-06-01", "who": "ISU", "what": "x", "access": "public"})).await;
    assert_eq!(org.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn p4_4e_outreach_refused_to_observers_and_focal_points() {
    let app = TestApp::new().await;
    for name in ["demo-observer", "demo-focal-point"] {
        let token = app.api_token(name, "t").await;
        let write = add(&app, &token, "KEN", json!({"kind": "outreach", "on": "2025-01-01", "who": "x", "what": "y", "access": "public"})).await;
        assert_eq!(write.status, StatusCode::FORBIDDEN, "{name}");
        let (cookie, csrf) = app.signed_in(name).await;
        let page = app
            .get_with("/ccm/universalization/KEN", &[("cookie", &cookie)])
            .await;
        assert!(
            !page.body.contains("/ccm/universalization/KEN/entries\""),
            "{name}"
        );
        let form = app
            .post_form(
                "/ccm/universalization/KEN/entries",
                &cookie,
                &[
                    ("csrf", &csrf),
                    ("kind", "outreach"),
                    ("on", "2025-01-01"),
                    ("who", "x"),
                    ("what", "y"),
                    ("access", "public"),
                ],
            )
            .await;
        assert_eq!(form.status, StatusCode::FORBIDDEN, "{name}");
    }
    let anonymous = app
        .post_form("/ccm/universalization/KEN/entries", "", &[("what", "y")])
        .await;
    assert!(anonymous.status.is_client_error() || anonymous.status.is_redirection());
}

#[tokio::test]
async fn p4_4e_outreach_recorded_by_coordinators_and_the_president() {
    let app = TestApp::new().await;
    for name in ["demo-coordinator", "demo-president"] {
        let (cookie, csrf) = app.signed_in(name).await;
        let page = app
            .get_with("/ccm/universalization/KEN", &[("cookie", &cookie)])
            .await;
        assert!(
            page.body.contains("/ccm/universalization/KEN/entries\""),
            "{name} is offered the form"
        );
        assert!(
            !page.body.contains("<option value=\"isu\""),
            "{name} is not offered ISU-only"
        );
        let made = app
            .post_form(
                "/ccm/universalization/KEN/entries",
                &cookie,
                &[
                    ("csrf", &csrf),
                    ("kind", "outreach"),
                    ("on", "2025-03-01"),
                    ("who", name),
                    ("what", "Bilateral meeting on accession"),
                    ("working_group", "Universalization"),
                    ("access", "committee"),
                ],
            )
            .await;
        assert_eq!(made.status, StatusCode::SEE_OTHER, "{name}: {}", made.body);
    }
    let log = app.db.store.audit_log(None, 20).await.expect("audit");
    assert!(
        log.iter()
            .any(|e| e.action == "outreach.add" && e.who == "demo-coordinator")
    );
}

#[tokio::test]
async fn p4_4e_coordinator_refused_isu_only_entries_and_others_corrections() {
    let app = TestApp::new().await;
    let coordinator = app.api_token("demo-coordinator", "c").await;
    let isu_only = add(
        &app,
        &coordinator,
        "KEN",
        json!({"kind": "outreach", "on": "2025-01-01", "who": "x", "what": "y", "access": "isu"}),
    )
    .await;
    assert_eq!(isu_only.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        isu_only
            .body
            .contains("choose a level you can read yourself"),
        "{}",
        isu_only.body
    );
    // The refusal is said in the writer's language.
    let french = app
        .send(
            axum::http::Request::builder()
                .method("POST")
                .uri(format!("{API}/KEN/entries"))
                .header("authorization", format!("Bearer {coordinator}"))
                .header("content-type", "application/json")
                .header("accept-language", "fr")
                .body(axum::body::Body::from(
                    json!({"kind": "outreach", "on": "2025-01-01", "who": "x", "what": "y", "access": "isu"})
                        .to_string(),
                ))
                .expect("request"),
        )
        .await;
    assert_eq!(french.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        french
            .body
            .contains("choisissez un niveau que vous pouvez lire vous-même"),
        "{}",
        french.body
    );
    let own = add(&app, &coordinator, "KEN", json!({"kind": "outreach", "on": "2025-01-01", "who": "Coordinator", "what": "Frist call", "access": "committee"})).await;
    assert_eq!(own.status, StatusCode::CREATED, "{}", own.body);
    let own_id = own.json()["id"].as_i64().expect("id");
    let fixed = app.bearer("POST", &format!("{API}/KEN/entries/{own_id}/corrections"), &coordinator, Some(json!({"kind": "outreach", "on": "2025-01-01", "who": "Coordinator", "what": "First call", "access": "committee", "reason": "typo"}))).await;
    assert_eq!(fixed.status, StatusCode::CREATED, "{}", fixed.body);
    let isu = app.api_token("demo-isu", "i").await;
    let theirs = add(&app, &isu, "KEN", json!({"kind": "outreach", "on": "2025-01-02", "who": "ISU", "what": "ISU visit", "access": "public"})).await;
    let theirs_id = theirs.json()["id"].as_i64().expect("id");
    let refused = app.bearer("POST", &format!("{API}/KEN/entries/{theirs_id}/corrections"), &coordinator, Some(json!({"kind": "outreach", "on": "2025-01-02", "who": "ISU", "what": "Changed", "access": "public", "reason": "mine now"}))).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let by_isu = app.bearer("POST", &format!("{API}/KEN/entries/{own_id}/corrections"), &isu, Some(json!({"kind": "outreach", "on": "2025-01-01", "who": "Coordinator", "what": "First call (by phone)", "access": "committee", "reason": "detail"}))).await;
    assert_eq!(
        by_isu.status,
        StatusCode::CREATED,
        "the ISU corrects any entry"
    );
}

#[tokio::test]
async fn p4_4e_outreach_correction_keeps_old_text() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "univ").await;
    let made = add(&app, &token, "KEN", json!({"kind": "outreach", "on": "2025-02-01", "who": "ISU", "what": "Frist text", "access": "public"})).await;
    let id = made.json()["id"].as_i64().expect("id");
    let path = format!("{API}/KEN/entries/{id}/corrections");
    let no_reason = app.bearer("POST", &path, &token, Some(json!({"kind": "outreach", "on": "2025-02-01", "who": "ISU", "what": "First text", "access": "public"}))).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_reason.body.contains("Say why the entry is corrected"));
    let same = app.bearer("POST", &path, &token, Some(json!({"kind": "outreach", "on": "2025-02-01", "who": "ISU", "what": "Frist text", "access": "public", "reason": "typo"}))).await;
    assert_eq!(same.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(same.body.contains("Nothing would change"));
    let fixed = app.bearer("POST", &path, &token, Some(json!({"kind": "outreach", "on": "2025-02-01", "who": "ISU", "what": "First text", "access": "public", "reason": "typo"}))).await;
    assert_eq!(fixed.status, StatusCode::CREATED, "{}", fixed.body);
    let v = fixed.json();
    assert_eq!(v["current"]["what"], "First text");
    assert_eq!(v["current"]["revision"], 2);
    assert_eq!(v["current"]["reason"], "typo");
    assert_eq!(v["earlier"][0]["what"], "Frist text");
    let page = app.get("/ccm/universalization/KEN").await;
    assert!(
        page.body.contains("Frist text"),
        "the old text stays readable"
    );
    assert!(page.body.contains("One earlier version"));
    let log = app.db.store.audit_log(None, 20).await.expect("audit");
    let entry = log
        .iter()
        .find(|e| e.action == "outreach.correct")
        .expect("audited");
    assert_eq!(entry.reason, "typo");
    assert_eq!(entry.who, "demo-isu");
}

#[tokio::test]
async fn p4_4e_outreach_restricted_entry_hidden_below_its_level() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "univ").await;
    let made = add(&app, &token, "KEN", json!({"kind": "outreach", "on": "2025-03-01", "who": "ISU", "what": "Zanzibarquietword talks", "access": "states-parties"})).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let id = made.json()["id"].as_i64().expect("id");
    let hit = format!("#entry-{id}");
    // Anonymous and observers: nowhere (page, API, search; the search page repeats the query,
    // so there the hit's address is what must be absent).
    let observer = app.session_for("demo-observer").await;
    for session in [None, Some(observer.as_str())] {
        for path in [
            "/ccm/universalization",
            "/ccm/universalization/KEN",
            "/api/v1/conventions/ccm/universalization",
            "/api/v1/conventions/ccm/universalization/KEN",
            "/ccm/search?q=Zanzibarquietword",
            "/api/v1/conventions/ccm/search?q=Zanzibarquietword",
        ] {
            let a = app.get_as(path, session).await;
            assert_eq!(a.status, StatusCode::OK, "{path}");
            let trace = if path.contains("search") {
                hit.as_str()
            } else {
                "Zanzibarquietword"
            };
            assert!(!a.body.contains(trace), "{session:?} reads {path}");
        }
    }
    // A focal point (a State Party's reader) and the ISU read it, on the page and in search.
    let fp = app.session_for("demo-focal-point").await;
    assert!(
        app.get_as("/ccm/universalization/KEN", Some(&fp))
            .await
            .body
            .contains("Zanzibarquietword")
    );
    let found = app
        .get_as("/ccm/search?q=Zanzibarquietword", Some(&fp))
        .await;
    assert!(found.body.contains(&hit), "{}", found.body);
    // The demo's ISU-only entry: the ISU reads it, the focal point does not.
    let isu = app.session_for("demo-isu").await;
    assert!(
        app.get_as("/ccm/universalization/USA", Some(&isu))
            .await
            .body
            .contains("Informal exchange of views")
    );
    assert!(
        !app.get_as("/ccm/universalization/USA", Some(&fp))
            .await
            .body
            .contains("Informal exchange of views")
    );
    // Corrected to public: everyone reads it, search too.
    let fixed = app
        .bearer(
            "POST",
            &format!("{API}/KEN/entries/{id}/corrections"),
            &token,
            Some(json!({"kind": "outreach", "on": "2025-03-01", "who": "ISU", "what": "Zanzibarquietword talks", "access": "public", "reason": "cleared for publication"})),
        )
        .await;
    assert_eq!(fixed.status, StatusCode::CREATED, "{}", fixed.body);
    assert!(
        app.get("/ccm/search?q=Zanzibarquietword")
            .await
            .body
            .contains(&hit)
    );
}
