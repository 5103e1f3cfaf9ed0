//! The public shell: pages, languages, the States list, its filters and export, the JSON API,
//! and clear answers to bad input. HTML and JSON are pinned by insta snapshots.

use crate::common::TestApp;
use axum::http::StatusCode;

#[tokio::test]
async fn the_convention_home_counts_states_by_status_on_a_date() {
    let app = TestApp::new().await;
    // Hand-counted from the partial list: 5 signatories (AGO, CAF, CYP, COD, DJI), Vanuatu
    // deposited on 5 Sep 2025 (in force 1 Mar 2026), Lithuania withdrawn on 6 Mar 2025.
    let json = app
        .get("/api/v1/conventions/ccm/states?as_of=2025-12-01")
        .await
        .json();
    assert_eq!(json["total_with_record"], 61);
    let count = |status: &str| {
        json["counts"]
            .as_array()
            .expect("counts")
            .iter()
            .find(|c| c["status"] == status)
            .expect("status")["count"]
            .as_u64()
            .expect("n")
    };
    assert_eq!(count("party-in-force"), 54);
    assert_eq!(count("ratified-not-in-force"), 1);
    assert_eq!(count("signatory"), 5);
    assert_eq!(count("withdrawn"), 1);
    let later = app
        .get("/api/v1/conventions/ccm/states?as_of=2026-03-01&status=party-in-force")
        .await
        .json();
    assert_eq!(later["states"].as_array().expect("states").len(), 55);
    let before = app
        .get("/api/v1/conventions/ccm/states?as_of=2025-03-05&status=withdrawn")
        .await
        .json();
    assert!(before["states"].as_array().expect("states").is_empty());
    let page = app.get("/ccm?as_of=2025-12-01").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("<span class=\"n\">54</span> State Party (in force)")
    );
    assert!(page.body.contains("Partial list"));
}

#[tokio::test]
async fn the_states_list_filters_by_status_group_profile_and_name() {
    let app = TestApp::new().await;
    let withdrawn = app
        .get("/ccm/states?status=withdrawn&as_of=2025-12-01")
        .await;
    assert_eq!(withdrawn.status, StatusCode::OK);
    assert!(withdrawn.body.contains("Lithuania"));
    assert!(!withdrawn.body.contains("href=\"/ccm/states/NGA\""));
    let african = app
        .get("/api/v1/conventions/ccm/states?group=african&as_of=2025-12-01")
        .await
        .json();
    let codes: Vec<&str> = african["states"]
        .as_array()
        .expect("states")
        .iter()
        .map(|s| s["iso3"].as_str().expect("iso3"))
        .collect();
    assert!(codes.contains(&"NGA") && codes.contains(&"BEN") && !codes.contains(&"FRA"));
    let affected = app
        .get("/api/v1/conventions/ccm/states?profile=affected&as_of=2017-06-01")
        .await
        .json();
    assert_eq!(affected["states"].as_array().expect("states").len(), 6);
    let by_name = app
        .get("/api/v1/conventions/ccm/states?q=suiza")
        .await
        .json();
    assert_eq!(by_name["states"][0]["iso3"], "CHE");
}

#[tokio::test]
async fn the_states_list_exports_as_csv_with_the_same_filters() {
    let app = TestApp::new().await;
    let answer = app
        .get("/ccm/states.csv?status=withdrawn&as_of=2025-12-01")
        .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("text/csv; charset=utf-8")
    );
    let lines: Vec<&str> = answer.body.lines().collect();
    assert!(lines[0].starts_with("iso3,iso2,state,un_group,status,as_of"));
    assert_eq!(lines.len(), 2);
    assert!(lines[1].starts_with("LTU,LT,Lithuania,eastern-european,withdrawn,2025-12-01"));
    let all = app.get("/ccm/states.csv?as_of=2025-12-01").await;
    assert_eq!(all.body.lines().count(), 62);
    assert!(all.body.contains(
        "NGA,NG,Nigeria,african,party-in-force,2025-12-01,,2023-02-28,ratification,2023-08-01"
    ));
}

#[tokio::test]
async fn a_state_page_shows_history_and_profile() {
    let app = TestApp::new().await;
    let page = app.get("/ccm/states/NGA?as_of=2025-01-01").await;
    assert_eq!(page.status, StatusCode::OK);
    // The stylesheet's name carries its content hash: the snapshot keeps a placeholder.
    let body = page.body.replace(
        treatydesk_web::pages::assets::css_path(),
        "/static/app-HASH.css",
    );
    insta::assert_snapshot!("state_page_nigeria", body);
    let bih = app.get("/ccm/states/BIH?as_of=2020-01-01").await;
    assert!(bih.body.contains("Affected (remnants)"));
    // The profile's source, with its tags, is for ISU staff (issue 18 item 4).
    assert!(!bih.body.contains("August 2023"));
    assert!(!bih.body.contains("[V]"));
    let isu = app.session_for("demo-isu").await;
    let staff = app
        .get_as("/ccm/states/BIH?as_of=2020-01-01", Some(&isu))
        .await;
    assert!(staff.body.contains("August 2023"));
    // A State with no record under the convention still has a page that says so; the list
    // is partial, so it says "not on record", not that nothing was signed (issue 18 item 5).
    let usa = app.get("/ccm/states/USA").await;
    assert_eq!(usa.status, StatusCode::OK);
    assert!(
        !usa.body
            .contains("No signature, ratification or accession is recorded")
    );
    assert!(
        usa.body
            .contains("Not on record: the participation list is partial")
    );
}

#[tokio::test]
async fn the_api_describes_a_state_on_a_date() {
    let app = TestApp::new().await;
    let json = app
        .get("/api/v1/conventions/ccm/states/LTU?as_of=2025-03-06")
        .await
        .json();
    insta::assert_json_snapshot!("api_state_lithuania", json);
    let before = app
        .get("/api/v1/conventions/ccm/states/LTU?as_of=2025-03-05")
        .await
        .json();
    assert_eq!(before["state"]["status"], "party-in-force");
}

#[tokio::test]
async fn languages_switch_by_query_cookie_and_header() {
    let app = TestApp::new().await;
    let ar = app.get("/ccm/states?lang=ar").await;
    assert!(ar.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(ar.cookie("td_lang").as_deref() == Some("ar"));
    let by_cookie = app.get_with("/ccm", &[("cookie", "td_lang=fr")]).await;
    assert!(by_cookie.body.contains("<html lang=\"fr\" dir=\"ltr\">"));
    let by_header = app
        .get_with("/ccm", &[("accept-language", "de-CH, es;q=0.8")])
        .await;
    assert!(by_header.body.contains("<html lang=\"es\" dir=\"ltr\">"));
    assert!(
        by_header
            .body
            .contains("Convención sobre Municiones en Racimo")
    );
    let en = app.get("/ccm").await;
    assert!(en.body.contains("<html lang=\"en\" dir=\"ltr\">"));
    // Every language link keeps the rest of the address.
    let filtered = app.get("/ccm/states?status=signatory").await;
    assert!(
        filtered
            .body
            .contains("href=\"/ccm/states?lang=fr&#38;status=signatory\"")
    );
}

#[tokio::test]
async fn bad_input_gets_a_clear_4xx_never_a_500() {
    let app = TestApp::new().await;
    let cases = [
        (
            "/ccm/states?as_of=2025-02-30",
            400,
            "as_of \"2025-02-30\" is not a date",
        ),
        (
            "/ccm/states?status=ratified",
            400,
            "status \"ratified\" is not one of",
        ),
        (
            "/ccm/states?group=nordic",
            400,
            "group \"nordic\" is not a UN regional group",
        ),
        (
            "/api/v1/conventions/ccm/states?profile=x",
            400,
            "profile \"x\" is not one of",
        ),
        ("/xyz", 404, "there is no convention \"xyz\""),
        ("/ccm/states/ATL", 404, "there is no State with the code"),
        (
            "/api/v1/conventions/ccm/states/ICRC",
            404,
            "there is no State with the code",
        ),
        (
            "/api/v1/conventions/nope/states",
            404,
            "there is no convention",
        ),
        ("/a/b/c/d", 404, "there is no page at this address"),
    ];
    for (path, status, message) in cases {
        let answer = app.get(path).await;
        assert_eq!(answer.status.as_u16(), status, "{path}");
        let shown = if path.starts_with("/api/") {
            message.replace('"', "\\\"")
        } else {
            message.replace('"', "&#34;")
        };
        assert!(answer.body.contains(&shown), "{path}: {}", answer.body);
        if path.starts_with("/api/") {
            assert_eq!(answer.json()["status"], status);
        } else {
            assert!(
                answer.body.contains("<main id=\"main\""),
                "{path} renders in the layout"
            );
        }
    }
}

#[tokio::test]
async fn health_metrics_and_openapi_answer() {
    let app = TestApp::new().await;
    assert_eq!(app.get("/healthz").await.body, "ok\n");
    app.get("/ccm").await;
    let metrics = app.get("/metrics").await;
    assert!(
        metrics
            .body
            .contains("treatydesk_http_requests_total{route=\"/{code}\",status=\"2xx\"} 1")
    );
    let doc = app.get("/api/openapi.json").await.json();
    assert_eq!(doc["info"]["title"], "TreatyDesk API");
    assert!(doc["paths"]["/api/v1/conventions/{code}/states"]["get"].is_object());
}

/// Issue 19, item 6: the language switch keeps the page and its whole query (an earlier
/// `lang=` replaced, every other parameter kept in order), and the list of States is in the
/// reader's alphabet, not in byte order.
#[tokio::test]
async fn issue_19_the_language_switch_keeps_the_page_and_names_sort_per_language() {
    let app = TestApp::new().await;
    let page = app
        .get("/ccm/states?group=african&lang=fr&as_of=2020-01-01")
        .await;
    assert_eq!(page.status, 200);
    for (code, link) in [
        (
            "en",
            "/ccm/states?lang=en&#38;group=african&#38;as_of=2020-01-01",
        ),
        (
            "es",
            "/ccm/states?lang=es&#38;group=african&#38;as_of=2020-01-01",
        ),
        (
            "ar",
            "/ccm/states?lang=ar&#38;group=african&#38;as_of=2020-01-01",
        ),
    ] {
        assert!(
            page.body.contains(&format!("href=\"{link}\"")),
            "{code}: no link {link}"
        );
    }
    // Spanish: Bélgica between Austria and Belice (byte order would put it after Burundi).
    let es = app.get("/ccm/states?lang=es").await;
    let at = |name: &str| {
        es.body
            .find(&format!(">{name}<"))
            .unwrap_or_else(|| panic!("{name} not on the page"))
    };
    assert!(at("Austria") < at("Bélgica"));
    assert!(at("Bélgica") < at("Belice"));
    assert!(at("Belice") < at("Benín"));
    assert!(at("Burundi") < at("Cabo Verde"));
    // French: Équateur among the E, Îles Cook among the I.
    let fr = app.get("/ccm/states?lang=fr").await;
    let at = |name: &str| {
        fr.body
            .find(&format!(">{name}<"))
            .unwrap_or_else(|| panic!("{name} not on the page"))
    };
    assert!(at("Espagne") > at("Équateur") && at("Équateur") > at("Danemark"));
    assert!(at("Îles Cook") < at("Lituanie"));
}

/// Every JSON shape the API documents has a name of its own. utoipa keys the OpenAPI
/// components by name, so two types both called `RevisionOut` would silently describe one
/// another's fields; this reads the handlers' source and refuses a name used twice (give one a
/// `#[schema(as = …)]` or a better name).
#[test]
fn openapi_schema_names_are_unique() {
    fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read the source folder") {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut paths = Vec::new();
    files(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut paths,
    );
    let mut seen: std::collections::BTreeMap<String, String> = Default::default();
    let mut clashes = Vec::new();
    let mut count = 0;
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("read a source file");
        let (mut schema, mut renamed) = (false, None::<String>);
        for line in text.lines().map(str::trim) {
            if line.starts_with("#[derive(") && line.contains("ToSchema") {
                schema = true;
            } else if let Some(rest) = line.strip_prefix("#[schema(as = ") {
                renamed = Some(rest.trim_end_matches(")]").to_string());
            } else if schema
                && let Some(rest) = ["pub struct ", "pub enum ", "struct ", "enum "]
                    .iter()
                    .find_map(|p| line.strip_prefix(p))
            {
                let name = renamed.take().unwrap_or_else(|| {
                    rest.split(|c: char| !c.is_alphanumeric() && c != '_')
                        .next()
                        .unwrap_or_default()
                        .to_string()
                });
                let at = path.display().to_string();
                count += 1;
                if let Some(first) = seen.insert(name.clone(), at.clone()) {
                    clashes.push(format!("{name}: {first} and {at}"));
                }
                schema = false;
            } else if !line.starts_with("#[") && !line.starts_with("///") && !line.is_empty() {
                (schema, renamed) = (false, None);
            }
        }
    }
    assert!(
        count > 100,
        "found only {count} API shapes: the scan is broken"
    );
    assert!(clashes.is_empty(), "API shapes share a name: {clashes:?}");
}

#[tokio::test]
async fn i18_2_the_components_page_shows_every_component_of_the_one_stylesheet() {
    let app = crate::common::TestApp::new().await;
    for lang in ["en", "fr", "es", "ar"] {
        let page = app.get(&format!("/components?lang={lang}")).await;
        assert_eq!(page.status, axum::http::StatusCode::OK, "{lang}");
        for component in [
            "class=\"error\" role=\"alert\" id=\"problems\"",
            "class=\"field has-error\"",
            "class=\"hint\"",
            "required",
            "<fieldset>",
            "class=\"notice success\"",
            "class=\"notice warning\"",
            "class=\"notice error\"",
            "class=\"list\"",
            "class=\"num\"",
            "class=\"date\"",
            "class=\"tabs\"",
            "class=\"badge\"",
            "class=\"secondary\"",
            "class=\"destructive\"",
        ] {
            assert!(page.body.contains(component), "{lang}: {component}");
        }
        assert!(
            !page.body.contains("cmp-"),
            "{lang}: every word has its translation"
        );
    }
    // Every page's footer links it; the stylesheet styles what it shows.
    assert!(app.get("/").await.body.contains("href=\"/components\""));
    let css = app.get("/static/app.css").await.body;
    for rule in [
        ".badge",
        ".notice.warning",
        ".notice.error",
        "nav.tabs",
        "a.button",
        "@media print",
    ] {
        assert!(css.contains(rule), "{rule}");
    }
}
