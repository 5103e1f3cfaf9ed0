//! Issue 18 items 4, 5 and 8: plain language for the public (no clause codes, findings or
//! source tags unless the reader is ISU staff; names, not codes; an audit log people can read),
//! honest partial data ("not on record", never a wrong "no"), and the small things (the 403 page
//! knows its reader, the Arabic timeline, the document page's staff links, clickable symbol
//! suggestions, destructive buttons).

use crate::common::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};

/// The `href` of the first link whose address starts with `prefix`, unescaped.
fn link(body: &str, prefix: &str) -> Option<String> {
    let at = body.find(&format!("href=\"{prefix}"))?;
    let rest = &body[at + 6..];
    let end = rest.find('"')?;
    let href = rest[..end].replace("&amp;", "&").replace("&#38;", "&");
    // A browser sends no fragment.
    Some(href.split('#').next().unwrap_or_default().to_string())
}

#[tokio::test]
async fn p18_8_forbidden_page_knows_the_reader_and_links_their_desk() {
    let app = TestApp::new().await;
    let session = app.session_for("demo-observer").await;
    let page = app.get_as("/ccm/audit", Some(&session)).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(
        page.body.contains("This is the account of"),
        "{}",
        page.body
    );
    assert!(page.body.contains("This page needs another role."));
    assert!(page.body.contains("<a href=\"/desk\">Go to your desk</a>"));
    // In Arabic too.
    let ar = app.get_as("/ccm/audit?lang=ar", Some(&session)).await;
    assert!(ar.body.contains("تتطلب هذه الصفحة دورًا آخر"), "{}", ar.body);
    // An anonymous reader's error page speaks of no account and offers the front page.
    let missing = app.get("/ccm/documents/999999").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(!missing.body.contains("This is the account of"));
    assert!(!missing.body.contains("Go to your desk"));
    assert!(missing.body.contains("Go to the front page"));
}

#[tokio::test]
async fn p18_8_arabic_timeline_labels_run_from_their_start_and_bars_name_holders() {
    let app = TestApp::new().await;
    let page = app.get("/ccm/timeline?lang=ar").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("dir=\"rtl\""));
    // The figure runs left to right in every language, so a label starts at its x.
    assert!(page.body.contains("class=\"timeline\" direction=\"ltr\""));
    let css = app.get("/static/app.css").await;
    assert!(
        css.body.contains("svg.timeline text { direction: ltr; }"),
        "{}",
        css.status
    );
    // The bars name their holders; no bar shows a bare ISO code (NOR, ZMB).
    let labels: Vec<&str> = page
        .body
        .split("<text class=\"holder\"")
        .skip(1)
        .filter_map(|t| t.split_once('>').and_then(|(_, r)| r.split_once("</text>")))
        .map(|(label, _)| label)
        .collect();
    assert!(!labels.is_empty());
    for label in labels {
        let code = label.len() == 3 && label.chars().all(|c| c.is_ascii_uppercase());
        assert!(!code, "a bar shows the code {label}");
    }
}

#[tokio::test]
async fn p18_8_document_page_offers_staff_a_revision_and_a_corrigendum_not_the_public() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let list = app.get("/ccm/documents").await;
    let doc = link(&list.body, "/ccm/documents/").expect("a document");
    let public = app.get(&doc).await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(!public.body.contains("Record a revision"));
    assert!(!public.body.contains("/ccm/documents/new"));
    let staff = app.get_as(&doc, Some(&isu)).await;
    assert!(
        staff.body.contains("Record a revision of this document"),
        "{}",
        staff.body
    );
    assert!(staff.body.contains("Record a corrigendum to this document"));
    assert!(staff.body.contains("is not edited in place or withdrawn"));
    let revise = link(&staff.body, "/ccm/documents/new?").expect("revise link");
    assert!(revise.contains("/Rev.1"), "{revise}");
    // The link opens the form with the revision's symbol and the document's title filled in.
    let form = app.get_as(&revise, Some(&isu)).await;
    assert_eq!(form.status, StatusCode::OK);
    let symbol = revise
        .split("symbol=")
        .nth(1)
        .and_then(|s| s.split(['&', '#']).next())
        .expect("symbol");
    assert!(
        form.body
            .contains(&format!("name=\"symbol\" value=\"{symbol}\"")),
        "{symbol}: {}",
        form.body
    );
}

#[tokio::test]
async fn p18_8_symbol_suggestions_are_links_that_fill_the_symbol_field() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let page = app
        .get_as("/ccm/documents/new?meeting=13MSP", Some(&isu))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let pick = link(&page.body, "/ccm/documents/new?meeting=13MSP&#38;symbol=")
        .expect("a suggestion link");
    let symbol = pick
        .split("symbol=")
        .nth(1)
        .and_then(|s| s.split(['&', '#']).next())
        .expect("symbol")
        .to_string();
    let filled = app.get_as(&pick, Some(&isu)).await;
    assert!(
        filled
            .body
            .contains(&format!("name=\"symbol\" value=\"{symbol}\"")),
        "{}",
        filled.body
    );
    // Without a suggestion followed the field is empty.
    assert!(page.body.contains("name=\"symbol\" value=\"\""));
}

#[tokio::test]
async fn p18_8_refusals_and_withdrawals_look_destructive() {
    let app = TestApp::new().await;
    let css = app.get("/static/app.css").await;
    assert!(css.body.contains("button.destructive {"));
    // One registration waiting for the ISU's decision.
    let request = Request::post("/api/v1/conventions/ccm/meetings/3RC/registrations")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(
            serde_json::json!({
                "category": "ngo", "organization": "Landmine Action Network",
                "family_name": "Dupont", "given_name": "Claire",
                "email": "claire@example.org", "role": "member"
            })
            .to_string(),
        ))
        .expect("request");
    let answer = app.send(request).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.body);
    let isu = app.session_for("demo-isu").await;
    let page = app
        .get_as("/ccm/meetings/3RC/registrations", Some(&isu))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains(
            "<button class=\"destructive\" type=\"submit\" name=\"decision\" value=\"refuse\""
        ),
        "{}",
        page.body
    );
    // Approving is the way forward: not destructive.
    assert!(
        !page
            .body
            .contains("class=\"destructive\" type=\"submit\" name=\"decision\" value=\"approve\"")
    );
}

#[tokio::test]
async fn p18_4_public_sees_no_source_tags_findings_or_clause_codes_staff_do() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let focal = app.session_for("demo-focal-point").await;
    // A meeting: its source and its findings are for ISU staff.
    let sentence = "is not held next to";
    for (who, token) in [("public", None), ("focal point", Some(focal.as_str()))] {
        let page = app.get_as("/ccm/meetings/2ISM", token).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains(sentence), "{who}");
        assert!(!page.body.contains("<dt>Source</dt>"), "{who}");
        let list = app.get_as("/ccm/meetings", token).await;
        assert!(!list.body.contains("errors stand"), "{who}");
        assert!(
            !list.body.contains("<span class=\"status warning\">P"),
            "{who}"
        );
    }
    let staff = app.get_as("/ccm/meetings/2ISM", Some(&isu)).await;
    assert!(staff.body.contains(sentence), "{}", staff.body);
    assert!(staff.body.contains("<dt>Source</dt>"));
    // The Committee says where its membership comes from, without the clause for the public.
    let public = app.get("/ccm/committee").await;
    assert!(
        public.body.contains(
            "Membership is derived from the offices in force on the date, never typed in."
        )
    );
    let staff = app.get_as("/ccm/committee", Some(&isu)).await;
    assert!(
        staff
            .body
            .contains("Membership is derived from the offices in force on the date (P")
    );
    // The presiding State of a meeting is named, not coded.
    let mut presided = 0;
    for label in [
        "1MSP", "2MSP", "3MSP", "4MSP", "5MSP", "11MSP", "12MSP", "13MSP", "2RC",
    ] {
        let page = app.get(&format!("/ccm/meetings/{label}")).await;
        let Some(shown) = page
            .body
            .split("<dt>Presiding officer (State)</dt><dd><a href=\"/ccm/states/")
            .nth(1)
            .and_then(|r| r.split_once("\">"))
            .and_then(|(_, r)| r.split_once("</a>"))
            .map(|(name, _)| name.to_string())
        else {
            continue;
        };
        presided += 1;
        let code = shown.len() == 3 && shown.chars().all(|c| c.is_ascii_uppercase());
        assert!(!code, "{label} is presided by {shown}");
    }
    assert!(presided > 0, "no meeting names its presiding State");
    // Seats in words, not keys: the timeline and a State's page.
    let timeline = app.get("/ccm/timeline").await;
    assert!(
        timeline
            .body
            .contains("Coordinator 2, General Status and Operation of the Convention")
    );
    assert!(!timeline.body.contains("Coordinator a-2"));
    assert!(!timeline.body.contains(" · a-2<"));
    // A seat's terms: sources for staff only.
    let public = app.get("/ccm/seats/a-1").await;
    assert!(!public.body.contains("class=\"source\""), "{}", public.body);
    let staff = app.get_as("/ccm/seats/a-1", Some(&isu)).await;
    assert!(staff.body.contains("class=\"source\""));
}

#[tokio::test]
async fn p18_4_audit_log_speaks_plain_language_filters_and_pages() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let page = app.get_as("/ccm/audit", Some(&isu)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("What changed"));
    assert!(page.body.contains("<select id=\"a-who\" name=\"who\">"));
    // Filtered to one kind of change: its plain name, and nothing else.
    let only = app
        .get_as("/ccm/audit?what=participation", Some(&isu))
        .await;
    assert!(
        only.body.contains("Loaded the participation list"),
        "{}",
        only.body
    );
    assert!(!only.body.contains("<code>document.add</code>"));
    // A kind of change that does not exist, or a date that is not one, is refused.
    let bad = app.get_as("/ccm/audit?what=nonsense", Some(&isu)).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let bad = app.get_as("/ccm/audit?from=yesterday", Some(&isu)).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    // Dates: nothing happened before the convention existed.
    let none = app.get_as("/ccm/audit?to=1990-01-01", Some(&isu)).await;
    assert!(none.body.contains("No change matches."));
    // An entry links to its record where a page shows it, and shows what its detail holds.
    assert!(
        page.body
            .contains("<td><a href=\"/ccm/documents/1\">document CCM/MSP/2011/WP.2</a></td>"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<ul class=\"changes\">"));
    // Fifty to a page; the next page continues where this one ended, without repeats.
    assert_eq!(page.body.matches("<tr><td><time").count(), 50);
    let older = link(&page.body, "/ccm/audit?before=").expect("older changes");
    let next = app.get_as(&older, Some(&isu)).await;
    assert_eq!(next.status, StatusCode::OK);
    assert!(next.body.contains("Newest changes"));
    let first_times = |body: &str| -> Vec<String> {
        body.split("<tr><td><time datetime=\"")
            .skip(1)
            .filter_map(|t| t.split('"').next().map(str::to_string))
            .collect()
    };
    let (a, b) = (first_times(&page.body), first_times(&next.body));
    assert!(!b.is_empty());
    assert!(b.first() <= a.last(), "{b:?} after {a:?}");
    // The public and a focal point do not read it.
    assert_eq!(app.get("/ccm/audit").await.status, StatusCode::SEE_OTHER);
    let focal = app.session_for("demo-focal-point").await;
    assert_eq!(
        app.get_as("/ccm/audit", Some(&focal)).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn p18_5_a_state_missing_from_the_partial_list_is_not_on_record_not_unsigned() {
    let app = TestApp::new().await;
    let page = app.get("/ccm/states/NOR").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page
            .body
            .contains("No signature, ratification or accession is recorded"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("Not on record: the participation list is partial")
    );
    assert!(page.body.contains("id=\"partial-list\""));
    // The map says so above the picture, and its legend does not call them "no record".
    let map = app.get("/ccm/map").await;
    assert!(map.body.contains("id=\"partial-list\""));
    assert!(map.body.contains("class=\"map-not-on-list\""));
    assert!(map.body.contains("Not on record (the list is partial)"));
    assert!(!map.body.contains("<span class=\"swatch map-no-record\">"));
}

#[tokio::test]
async fn p18_5_planner_says_not_on_record_for_a_state_without_profile() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let page = app
        .get_as("/ccm/meetings/3RC/plan?horizon=2", Some(&isu))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("id=\"profiles-partial\""));
    // Lao PDR has no profile entry on record: not "No".
    let lao = page
        .body
        .split("<tr><th scope=\"row\">Lao People&#39;s Democratic Republic</th>")
        .nth(1)
        .and_then(|r| r.split("</tr>").next())
        .expect("Lao PDR's row");
    assert!(lao.contains("Not on record"), "{lao}");
    assert!(!lao.contains("<td>No</td>"), "{lao}");
    // The ranking in words: points against a slate, not a search's machinery.
    assert!(page.body.contains("points against it"), "{}", page.body);
    assert!(!page.body.contains("nodes"));
    assert!(!page.body.contains("penalty"));
}
