//! Records through the router: a restricted document's words never surface for a lower role
//! (list, page, download, search page and API, feed, meeting page); downloads carry the right
//! headers; the ISU records a document with the suggested symbol and a checked upload; search
//! finds inflections and Arabic without diacritics; actions due before a meeting show on it.
//! Run on SQLite and on PostgreSQL.

use crate::common::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};

const SECRET: &str = "confidential";

const ROLES: [(Option<&str>, bool); 7] = [
    (None, false),
    (Some("demo-observer"), false),
    (Some("demo-focal-point"), false),
    (Some("demo-coordinator"), true),
    (Some("demo-president"), true),
    (Some("demo-isu"), true),
    (Some("demo-admin"), true),
];

#[tokio::test]
async fn p4_4_restricted_words_never_surface_for_a_lower_role() {
    let app = TestApp::new().await;
    for (account, reads) in ROLES {
        let token = match account {
            Some(name) => Some(app.session_for(name).await),
            None => None,
        };
        let who = account.unwrap_or("anonymous");
        for path in [
            "/ccm/search?q=confidential",
            "/api/v1/conventions/ccm/search?q=confidential",
            "/api/v1/conventions/ccm/search?q=hosting",
            "/ccm/documents",
            "/api/v1/conventions/ccm/documents",
            "/ccm/meetings/1CC",
            "/api/v1/conventions/ccm/meetings/1CC",
        ] {
            let answer = app.get_as(path, token.as_deref()).await;
            assert_eq!(answer.status, StatusCode::OK, "{who} {path}");
            assert_eq!(
                answer.body.contains("INF.1"),
                reads,
                "{who} sees the restricted record at {path}"
            );
        }
        let api = app
            .get_as(
                "/api/v1/conventions/ccm/search?q=confidential",
                token.as_deref(),
            )
            .await
            .json();
        assert_eq!(api["total"], if reads { 1 } else { 0 }, "{who}");
        if !reads {
            assert!(
                api["types"].as_array().is_some_and(|t| t.is_empty()),
                "{who}"
            );
        }
        let feed = app.get_as("/ccm/documents.atom", token.as_deref()).await;
        assert!(!feed.body.contains("INF.1") && !feed.body.contains(SECRET));
    }
}

#[tokio::test]
async fn p4_4_spanish_version_downloads_with_its_headers() {
    let app = TestApp::new().await;
    let docs = app.get("/api/v1/conventions/ccm/documents").await.json();
    let report = docs["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .find(|d| d["symbol"] == "CCM/MSP/2012/5")
        .expect("the 3MSP report")
        .clone();
    let es = report["versions"]
        .as_array()
        .expect("versions")
        .iter()
        .find(|v| v["lang"] == "es")
        .expect("Spanish")["url"]
        .as_str()
        .expect("url")
        .to_string();
    let answer = app.get(&es).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.headers[header::CONTENT_TYPE], "application/pdf");
    assert_eq!(
        answer.headers[header::CONTENT_DISPOSITION],
        "attachment; filename=\"CCM_MSP_2012_5-es.pdf\""
    );
    assert_eq!(answer.headers["x-content-type-options"], "nosniff");
    assert!(answer.body.starts_with("%PDF-"));
    // No such language, no such document, a path trick: 404s, not 500s.
    for bad in [
        "/ccm/documents/2/zh",
        "/ccm/documents/999/en",
        "/ccm/documents/..%2F..%2Fetc/en",
        "/ccm/documents/2/..%2F..%2Fetc%2Fpasswd",
    ] {
        assert_eq!(app.get(bad).await.status, StatusCode::NOT_FOUND, "{bad}");
    }
}

#[tokio::test]
async fn p4_4_search_finds_inflections_and_arabic_without_diacritics() {
    let app = TestApp::new().await;
    let hits = |body: serde_json::Value| -> Vec<String> {
        body["hits"]
            .as_array()
            .expect("hits")
            .iter()
            .map(|h| {
                format!(
                    "{} {}",
                    h["title"].as_str().unwrap_or_default(),
                    h["lang"].as_str().unwrap_or_default()
                )
            })
            .collect()
    };
    // "rapports" finds the French "Rapport final".
    let fr = hits(
        app.get("/api/v1/conventions/ccm/search?q=rapports&lang=fr")
            .await
            .json(),
    );
    assert!(
        fr.iter()
            .any(|h| h.starts_with("CCM/MSP/2012/5") && h.ends_with("fr")),
        "{fr:?}"
    );
    // The Arabic text is written without diacritics; the query has them.
    let ar = hits(
        app.get("/api/v1/conventions/ccm/search?q=%D8%A7%D9%84%D8%AA%D9%91%D9%8E%D9%82%D9%92%D8%B1%D9%90%D9%8A%D8%B1")
            .await
            .json(),
    );
    assert!(ar.iter().any(|h| h.ends_with(" ar")), "{ar:?}");
    // Facet filters narrow; a bad year is a 400 with a sentence.
    let all = app
        .get("/api/v1/conventions/ccm/search?q=report")
        .await
        .json();
    assert!(all["total"].as_u64().unwrap_or(0) >= 1);
    let bad = app
        .get("/api/v1/conventions/ccm/search?q=x&year=twenty")
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(
        bad.json()["error"]
            .as_str()
            .unwrap_or_default()
            .contains("not a year")
    );
    // The page shows the snippet with the word marked, and nothing unescaped.
    let page = app.get("/ccm/search?q=Oslo").await;
    assert!(page.body.contains("<b>Oslo</b>"), "{}", page.body);
}

fn multipart(fields: &[(&str, &str)], file: Option<&[u8]>) -> (String, Vec<u8>) {
    let boundary = "XtdX".to_string();
    let mut body = Vec::new();
    for (k, v) in fields {
        body.extend(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .bytes(),
        );
    }
    if let Some(bytes) = file {
        body.extend(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").bytes());
        body.extend_from_slice(bytes);
        body.extend(b"\r\n");
    }
    body.extend(format!("--{boundary}--\r\n").bytes());
    (boundary, body)
}

#[tokio::test]
async fn p4_4_isu_records_a_document_with_the_next_free_symbol() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let page = app
        .get_as("/ccm/documents/new?meeting=3MSP", Some(&isu))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("<code>CCM/MSP/2012/6</code>"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<code>CCM/MSP/2012/WP.1</code>"));
    let csrf = page.hidden("csrf");
    let post = |fields: Vec<(&str, &str)>, file: Option<&[u8]>| {
        let (boundary, body) = multipart(&fields, file);
        Request::post("/ccm/documents")
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .header(header::COOKIE, format!("td_session={isu}"))
            .body(Body::from(body))
            .expect("request")
    };
    let fields = |symbol: &'static str| {
        vec![
            ("csrf", csrf.as_str()),
            ("symbol", symbol),
            ("title", "Informe de prueba"),
            ("kind", "report"),
            ("meeting", "3MSP"),
            ("submitter", "ISU"),
            ("issued_on", "2012-10-20"),
            ("access", "public"),
            ("lang", "es"),
        ]
    };
    // A file that is not a document is refused and nothing is recorded; the form keeps it all.
    let refused = app
        .send(post(fields("CCM/MSP/2012/6"), Some(b"MZ\x90\x00")))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("not a PDF"), "{}", refused.body);
    assert!(refused.body.contains("value=\"Informe de prueba\""));
    let bad = app.send(post(fields("CCM/MSP/2012/ZZ.6"), None)).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("ZZ.6"));
    let pdf = treatydesk_store::files::text_pdf(&["Informe de prueba sobre desminado"]);
    let saved = app.send(post(fields("CCM/MSP/2012/6"), Some(&pdf))).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    // It is searchable at once, by a word of its file.
    let found = app
        .get("/api/v1/conventions/ccm/search?q=desminado")
        .await
        .json();
    assert_eq!(found["total"], 1, "{found}");
    // A focal point may not record documents.
    let fp = app.session_for("demo-focal-point").await;
    assert_eq!(
        app.get_as("/ccm/documents/new", Some(&fp)).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn p4_4a_overdue_actions_show_for_the_isu_and_on_the_meeting_they_prepare() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let actions = app.get_as("/ccm/actions", Some(&isu)).await;
    assert!(actions.body.contains("circulate the draft programme"));
    assert!(actions.body.contains("overdue"));
    let meeting = app.get("/ccm/meetings/3ISM").await;
    assert!(
        meeting.body.contains("Actions due before this meeting"),
        "{}",
        meeting.body
    );
    assert!(meeting.body.contains("circulate the draft programme"));
    // The ISU marks it done; it is no longer overdue nor on the preparation list.
    let csrf = actions.hidden("csrf");
    let id = app
        .db
        .store
        .actions(&app.db.store.convention("ccm").await.expect("ccm"))
        .await
        .expect("actions")[0]
        .id;
    let done = app
        .post_form(
            &format!("/ccm/actions/{id}"),
            &format!("td_session={isu}"),
            &[("csrf", &csrf), ("status", "done")],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert!(
        !app.get("/ccm/meetings/3ISM")
            .await
            .body
            .contains("circulate the draft programme")
    );
    // A focal point whose State does not own it may not.
    let fp = app.session_for("demo-focal-point").await;
    let fp_csrf = app.get_as("/ccm/actions", Some(&fp)).await.hidden("csrf");
    let refused = app
        .post_form(
            &format!("/ccm/actions/{id}"),
            &format!("td_session={fp}"),
            &[("csrf", &fp_csrf), ("status", "open")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn p4_4a_the_owning_states_focal_point_gets_the_button_to_close_its_action() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let csrf = app.get_as("/ccm/actions", Some(&isu)).await.hidden("csrf");
    let raised = app
        .post_form(
            "/ccm/actions",
            &format!("td_session={isu}"),
            &[
                ("csrf", &csrf),
                ("title", "send the national focal point's contact details"),
                ("meeting", "1CC"),
                ("owner_kind", "state"),
                ("owner", "NGA"),
                ("due_on", ""),
            ],
        )
        .await;
    assert_eq!(raised.status, StatusCode::SEE_OTHER, "{}", raised.body);
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    let actions = app.db.store.actions(&ccm).await.expect("actions");
    let ours = actions
        .iter()
        .find(|a| a.owner == "NGA")
        .expect("Nigeria's action")
        .id;
    let isus = actions
        .iter()
        .find(|a| a.owner_kind == "isu" && a.status == "open")
        .expect("an ISU action")
        .id;
    // Nigeria's focal point sees the button on Nigeria's action only, and it works.
    let fp = app.session_for("demo-focal-point").await;
    let page = app.get_as("/ccm/actions", Some(&fp)).await;
    assert!(
        page.body
            .contains(&format!("action=\"/ccm/actions/{ours}\"")),
        "{}",
        page.body
    );
    assert!(
        !page
            .body
            .contains(&format!("action=\"/ccm/actions/{isus}\""))
    );
    let done = app
        .post_form(
            &format!("/ccm/actions/{ours}"),
            &format!("td_session={fp}"),
            &[("csrf", &page.hidden("csrf")), ("status", "done")],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let after = app.db.store.actions(&ccm).await.expect("actions");
    assert!(after.iter().any(|a| a.id == ours && a.status == "done"));
}

/// Issue 19 item 3: a document's title in the languages it exists in. The page shows the
/// reader's language where a version gives a title in it, else the original title, marked with
/// its language; the ISU gives the title with each language version it adds.
#[tokio::test]
async fn p19_3_a_document_title_in_the_readers_language_or_the_original_marked() {
    let app = TestApp::new().await;
    let list = app.get("/api/v1/conventions/ccm/documents").await.json();
    let docs = list["documents"].as_array().cloned().unwrap_or_default();
    let find = |symbol: &str| {
        docs.iter()
            .find(|d| d["symbol"] == symbol)
            .cloned()
            .expect(symbol)
    };
    let report = find("CCM/MSP/2012/5");
    assert_eq!(report["title_lang"], "en");
    assert!(
        report["titles"]
            .as_array()
            .is_some_and(|t| t.iter().any(|t| t["lang"] == "fr"
                && t["title"] == "Rapport final de la troisième Assemblée des États parties")),
        "{report}"
    );
    let fr = app.get("/ccm/documents?lang=fr").await;
    assert!(
        fr.body
            .contains("<bdi>Rapport final de la troisième Assemblée des États parties</bdi>")
    );
    // No French title for the Action Plan: its English original, marked as English.
    assert!(
        fr.body
            .contains("<bdi lang=\"en\">Dubrovnik Action Plan</bdi> <small class=\"original\">(anglais)</small>"),
        "{}",
        fr.body
    );
    let es = app.get("/ccm/documents?lang=es").await;
    assert!(es.body.contains("<bdi>Plan de Acción de Dubrovnik</bdi>"));
    let en = app.get("/ccm/documents").await;
    assert!(en.body.contains("<bdi>Dubrovnik Action Plan</bdi>"));
    assert!(!en.body.contains("class=\"original\">(English)"));

    // The ISU adds the French version with its title; a title too long is refused in the
    // reader's language and what was typed is kept.
    let plan = find("CCM/CONF/2015/WP.3");
    let id = plan["id"].as_i64().expect("id");
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    let path = format!("/ccm/documents/{id}?lang=fr");
    let long = "x".repeat(501);
    let refused = crate::common::post_multipart(
        &app,
        &path,
        &cookie,
        &[("csrf", &csrf), ("lang", "fr"), ("title", &long)],
        &[b"DEMO: Plan d'action de Dubrovnik (texte de remplacement)."],
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
            .contains("le titre dans cette langue compte au plus 500 caractères")
    );
    assert!(refused.body.contains(&format!("value=\"{long}\"")));
    assert!(refused.body.contains("<option value=\"fr\" selected>"));
    let no_file = crate::common::post_multipart(
        &app,
        &path,
        &cookie,
        &[("csrf", &csrf), ("lang", "fr"), ("title", "Plan d'action")],
        &[],
    )
    .await;
    assert_eq!(no_file.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_file
            .body
            .contains("Choisissez le fichier de cette version linguistique.")
    );
    let added = crate::common::post_multipart(
        &app,
        &path,
        &cookie,
        &[
            ("csrf", &csrf),
            ("lang", "fr"),
            ("title", "Plan d'action de Dubrovnik"),
        ],
        &[b"DEMO: Plan d'action de Dubrovnik (texte de remplacement)."],
    )
    .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let page = app.get(&format!("/ccm/documents/{id}?lang=fr")).await;
    assert!(
        page.body
            .contains("<h1><bdi>Plan d&#39;action de Dubrovnik</bdi></h1>"),
        "{}",
        page.body
    );
    let ar = app.get(&format!("/ccm/documents/{id}?lang=ar")).await;
    assert!(
        ar.body
            .contains("<bdi lang=\"en\">Dubrovnik Action Plan</bdi>")
    );
}

/// Issue 13: the documents list is read and shown a page (100) at a time, not the whole
/// archive: the pages together show every document the reader may see, each once, newest
/// first; links keep the filters; a page that is not a number is refused in the reader's words.
#[tokio::test]
async fn i13_documents_list_is_read_and_shown_a_page_at_a_time() {
    let app = TestApp::new().await;
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    for i in 1..=120 {
        let access = if i == 7 {
            treatydesk_domain::AccessLevel::Isu
        } else {
            treatydesk_domain::AccessLevel::Public
        };
        store
            .add_document(
                &treatydesk_store::audit::Author::cli("test"),
                &ccm,
                treatydesk_store::documents::NewDocument {
                    symbol: format!("CCM/MSP/2099/INF.{i}"),
                    title: format!("TEST paged {i}"),
                    kind: treatydesk_domain::document::DocumentKind::Other,
                    meeting_id: None,
                    agenda_item_id: None,
                    submitter: "ISU".into(),
                    issued_on: time::macros::date!(2099 - 01 - 01),
                    access,
                    source: "TEST".into(),
                },
            )
            .await
            .expect("document");
    }
    let everything = app.get("/api/v1/conventions/ccm/documents").await.json();
    let symbols: Vec<String> = everything["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| d["symbol"].as_str().unwrap_or_default().to_string())
        .collect();
    assert!(symbols.len() > 119 && !symbols.contains(&"CCM/MSP/2099/INF.7".to_string()));
    let pages = symbols.len().div_ceil(100);
    // The symbols of a page's rows, in order.
    let rows_of = |body: &str| -> Vec<String> {
        body.split(r#"<tr><th scope="row"><a href="/ccm/documents/"#)
            .skip(1)
            .filter_map(|rest| {
                let start = rest.find('>')? + 1;
                let end = rest.find("</a>")?;
                Some(rest[start..end].to_string())
            })
            .collect()
    };
    let mut shown = Vec::new();
    for page in 1..=pages {
        let answer = app.get(&format!("/ccm/documents?page={page}")).await;
        assert_eq!(answer.status, StatusCode::OK);
        let rows = rows_of(&answer.body);
        assert_eq!(
            rows.len(),
            if page < pages {
                100
            } else {
                symbols.len() - 100 * (pages - 1)
            }
        );
        assert!(answer.body.contains(&format!("{page} / {pages}")));
        if page < pages {
            assert!(answer.body.contains(&format!(
                "href=\"/ccm/documents?page={}\" rel=\"next\"",
                page + 1
            )));
        }
        shown.extend(rows);
    }
    assert_eq!(
        shown, symbols,
        "the pages show the list in its order, each document once"
    );
    // The ISU sees its restricted document and counts it.
    let isu = app.session_for("demo-isu").await;
    let staff = app.get_as("/ccm/documents", Some(&isu)).await;
    assert!(staff.body.contains("CCM/MSP/2099/INF.7"));
    let isu_total = app
        .get_as("/api/v1/conventions/ccm/documents", Some(&isu))
        .await
        .json()["documents"]
        .as_array()
        .map_or(0, Vec::len);
    assert!(isu_total > symbols.len());
    assert!(staff.body.contains(&format!("{isu_total} documents")));
    let public = app.get("/ccm/documents").await;
    assert!(
        public
            .body
            .contains(&format!("{} documents", symbols.len()))
    );
    // A filter stays in the page links.
    let filtered = app.get("/ccm/documents?kind=other").await;
    let pager = filtered
        .body
        .split("class=\"pager\"")
        .nth(1)
        .unwrap_or_default();
    assert!(
        pager.contains("?kind=other&#38;page=2\" rel=\"next\"")
            || pager.contains("?kind=other&amp;page=2\" rel=\"next\""),
        "{pager}"
    );
    // A page that is not a number: 400, in the reader's language.
    let refused = app.get("/ccm/documents?page=deux").await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(
        refused.body.contains("is not a page number"),
        "{}",
        refused.body
    );
    let french = app
        .get_with("/ccm/documents?page=deux", &[("accept-language", "fr")])
        .await;
    assert_eq!(french.status, StatusCode::BAD_REQUEST);
    assert!(
        french.body.contains("n’est pas un numéro de page"),
        "{}",
        french.body
    );
}
