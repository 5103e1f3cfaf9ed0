//! Meetings through the router: the list and a meeting's page, the ISU's forms (recording and
//! changing a meeting, the agenda, Committee attendance and guests, minutes), who reads the
//! minutes, the shared calendar's import and feeds. Run on SQLite and on PostgreSQL.

use crate::common::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use treatydesk_store::ical::parse_events;

const MINUTES: &str = "DEMO: made-up minutes";

#[tokio::test]
async fn p3_1_committee_minutes_show_only_to_the_committee_and_the_isu() {
    let app = TestApp::new().await;
    for (account, reads) in [
        (None, false),
        (Some("demo-observer"), false),
        (Some("demo-focal-point"), false),
        (Some("demo-coordinator"), true),
        (Some("demo-president"), true),
        (Some("demo-isu"), true),
        (Some("demo-admin"), true),
    ] {
        let token = match account {
            Some(name) => Some(app.session_for(name).await),
            None => None,
        };
        let who = account.unwrap_or("anonymous");
        let page = app.get_as("/ccm/meetings/1CC", token.as_deref()).await;
        assert_eq!(page.status, StatusCode::OK, "{who}");
        assert_eq!(page.body.contains(MINUTES), reads, "{who} page");
        // Attendance and agenda are public.
        assert!(page.body.contains("Norway"), "{who}");
        assert!(page.body.contains("Reports of the Coordinators"), "{who}");
        let api = app
            .get_as("/api/v1/conventions/ccm/meetings/1CC", token.as_deref())
            .await;
        assert_eq!(api.status, StatusCode::OK, "{who}");
        assert_eq!(api.body.contains(MINUTES), reads, "{who} API");
        assert_eq!(api.json()["minutes_restricted"], !reads, "{who}");
        // No other page or feed leaks them.
        for path in [
            "/ccm/meetings",
            "/calendar",
            "/calendar.ics",
            "/ccm/meetings.ics",
        ] {
            let other = app.get_as(path, token.as_deref()).await;
            assert!(!other.body.contains(MINUTES), "{who} {path}");
        }
    }
}

#[tokio::test]
async fn p1_3_meeting_page_shows_the_finding_and_adjacent_dates() {
    let app = TestApp::new().await;
    let page = app.get("/ccm/meetings/2ISM").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("P1.3"), "{}", page.body);
    // The DEMO APLC meeting of 21-25 May 2012: four Geneva working days before (Ascension Day,
    // 17 May, is not one), or four after (Whit Monday, 28 May, is not one).
    assert!(
        page.body.contains("datetime=\"2012-05-14\""),
        "{}",
        page.body
    );
    assert!(page.body.contains("datetime=\"2012-05-29\""));
    assert!(page.body.contains("datetime=\"2012-06-01\""));
    let api = app
        .get("/api/v1/conventions/ccm/meetings/2ISM")
        .await
        .json();
    insta::assert_json_snapshot!("api_meeting_2ism", api);
    let isu = app.session_for("demo-isu").await;
    let three = app.get_as("/ccm/meetings/3ISM", Some(&isu)).await;
    assert!(
        three
            .body
            .contains("No rule finding concerns this meeting.")
    );
}

#[tokio::test]
async fn p18_isu_records_an_extraordinary_msp_and_sees_its_finding() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let cookie = format!("td_session={isu}");
    let csrf = app.get_as("/ccm/meetings", Some(&isu)).await.hidden("csrf");
    let fields = |sitting: &'static str, csrf: &str| {
        vec![
            ("csrf", csrf.to_string()),
            ("kind", "extraordinary-msp".to_string()),
            ("number", String::new()),
            ("venue", "Geneva".to_string()),
            ("opens_on", "2012-03-02".to_string()),
            ("closes_on", "2012-03-02".to_string()),
            ("status", "held".to_string()),
            ("sitting", sitting.to_string()),
            ("presiding", String::new()),
            ("source", "test".to_string()),
        ]
    };
    let as_refs = |f: &Vec<(&'static str, String)>| -> Vec<(&'static str, String)> { f.clone() };
    let form = as_refs(&fields("days", &csrf));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let saved = app.post_form("/ccm/meetings", &cookie, &pairs).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        saved.location().as_deref(),
        Some("/ccm/meetings/1EMSP?saved=1")
    );
    // Its source is for ISU staff (issue 18 item 4).
    let page = app.get_as("/ccm/meetings/1EMSP", Some(&isu)).await;
    assert!(page.body.contains("¶18"), "{}", page.body);
    // The new meeting is found by search at once.
    let found = app
        .get("/api/v1/conventions/ccm/search?q=1EMSP")
        .await
        .json();
    assert_eq!(found["hits"][0]["url"], "/ccm/meetings/1EMSP", "{found}");
    // Setting the sitting to a morning clears the finding.
    let form = as_refs(&fields("morning", &csrf));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let changed = app.post_form("/ccm/meetings/1EMSP", &cookie, &pairs).await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    let page = app.get("/ccm/meetings/1EMSP").await;
    assert!(!page.body.contains("¶18"), "{}", page.body);
    assert!(page.body.contains("half a day (morning)"));
}

#[tokio::test]
async fn a_refused_meeting_form_keeps_what_was_typed_and_says_why() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let cookie = format!("td_session={isu}");
    let csrf = app.get_as("/ccm/meetings", Some(&isu)).await.hidden("csrf");
    let answer = app
        .post_form(
            "/ccm/meetings",
            &cookie,
            &[
                ("csrf", &csrf),
                ("kind", "intersessional"),
                ("venue", "Palais des Nations, Genève"),
                ("opens_on", "2016-13-40"),
                ("closes_on", "2016-04-02"),
                ("status", "planned"),
                ("sitting", "days"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        answer.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap_or_default()
            .starts_with("text/html"),
        "a refused form is still a page"
    );
    assert!(answer.body.contains("is not a date"), "{}", answer.body);
    assert!(answer.body.contains("value=\"2016-13-40\""));
    assert!(answer.body.contains("Palais des Nations, Genève"));
    // A duplicate number is a clear answer too.
    let dup = app
        .post_form(
            "/ccm/meetings",
            &cookie,
            &[("csrf", &csrf), ("kind", "intersessional"), ("number", "2")],
        )
        .await;
    assert_eq!(dup.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        dup.body.contains("2ISM is already recorded"),
        "{}",
        dup.body
    );
}

#[tokio::test]
async fn only_isu_staff_change_meetings_and_forms_need_their_token() {
    let app = TestApp::new().await;
    for account in ["demo-focal-point", "demo-coordinator", "demo-president"] {
        let token = app.session_for(account).await;
        let page = app.get_as("/ccm/meetings/1CC", Some(&token)).await;
        assert!(
            !page.body.contains("action=\"/ccm/meetings/1CC/minutes\""),
            "{account}"
        );
        let csrf = page.hidden("csrf");
        let cookie = format!("td_session={token}");
        for (path, form) in [
            (
                "/ccm/meetings/1CC",
                vec![("csrf", csrf.as_str()), ("venue", "Oslo")],
            ),
            (
                "/ccm/meetings/1CC/agenda",
                vec![("csrf", csrf.as_str()), ("items", "x")],
            ),
            (
                "/ccm/meetings/1CC/minutes",
                vec![("csrf", csrf.as_str()), ("text", "x")],
            ),
            (
                "/ccm/meetings/1CC/attendance",
                vec![("csrf", csrf.as_str()), ("action", "guest"), ("guest", "X")],
            ),
            (
                "/ccm/meetings",
                vec![("csrf", csrf.as_str()), ("kind", "msp")],
            ),
        ] {
            let answer = app.post_form(path, &cookie, &form).await;
            assert_eq!(answer.status, StatusCode::FORBIDDEN, "{account} {path}");
        }
    }
    let isu = app.session_for("demo-isu").await;
    let forged = app
        .post_form(
            "/ccm/meetings/1CC/agenda",
            &format!("td_session={isu}"),
            &[("csrf", "forged"), ("items", "x")],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn p3_1_isu_records_guests_presence_agenda_and_minutes() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let cookie = format!("td_session={isu}");
    let page = app.get_as("/ccm/meetings/1CC", Some(&isu)).await;
    let csrf = page.hidden("csrf");
    let guest = app
        .post_form(
            "/ccm/meetings/1CC/attendance",
            &cookie,
            &[
                ("csrf", &csrf),
                ("action", "guest"),
                ("guest", "GICHD"),
                ("capacity", "invited on hosting the ISU"),
            ],
        )
        .await;
    assert_eq!(guest.status, StatusCode::SEE_OTHER, "{}", guest.body);
    let twice = app
        .post_form(
            "/ccm/meetings/1CC/attendance",
            &cookie,
            &[("csrf", &csrf), ("action", "guest"), ("guest", "GICHD")],
        )
        .await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(twice.body.contains("already on the attendance"));
    let detail = app
        .get_as("/api/v1/conventions/ccm/meetings/1CC", Some(&isu))
        .await
        .json();
    let attendance = detail["attendance"].as_array().expect("attendance").clone();
    let gichd = attendance
        .iter()
        .find(|a| a["attendee"] == "GICHD")
        .expect("guest listed");
    assert_eq!(gichd["guest"], true);
    // Mark only the guest present: everyone else becomes absent.
    let id = gichd["id"].as_i64().expect("id").to_string();
    let presence = app
        .post_form(
            "/ccm/meetings/1CC/attendance",
            &cookie,
            &[("csrf", &csrf), ("action", "presence"), ("present", &id)],
        )
        .await;
    assert_eq!(presence.status, StatusCode::SEE_OTHER);
    let detail = app
        .get_as("/api/v1/conventions/ccm/meetings/1CC", Some(&isu))
        .await
        .json();
    let present: Vec<&str> = detail["attendance"]
        .as_array()
        .expect("attendance")
        .iter()
        .filter(|a| a["present"] == true)
        .map(|a| a["attendee"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(present, vec!["GICHD"]);
    let agenda = app
        .post_form(
            "/ccm/meetings/1CC/agenda",
            &cookie,
            &[
                ("csrf", &csrf),
                ("items", "Opening\n\nHosting of the ISU\n"),
            ],
        )
        .await;
    assert_eq!(agenda.status, StatusCode::SEE_OTHER);
    // The minutes on record are revised, not overwritten: a change without a reason is refused
    // and the form keeps what was typed.
    let unexplained = app
        .post_form(
            "/ccm/meetings/1CC/minutes",
            &cookie,
            &[
                ("csrf", &csrf),
                ("text", "Public now."),
                ("access", "public"),
            ],
        )
        .await;
    assert_eq!(
        unexplained.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        unexplained.body
    );
    assert!(
        unexplained
            .body
            .contains("say why the minutes of 1CC change")
    );
    let minutes = app
        .post_form(
            "/ccm/meetings/1CC/minutes",
            &cookie,
            &[
                ("csrf", &csrf),
                ("text", "Public now."),
                ("access", "public"),
                ("reason", "the Committee agreed to publish its minutes"),
            ],
        )
        .await;
    assert_eq!(minutes.status, StatusCode::SEE_OTHER);
    let public = app.get("/api/v1/conventions/ccm/meetings/1CC").await.json();
    assert_eq!(
        public["agenda"],
        serde_json::json!(["Opening", "Hosting of the ISU"])
    );
    assert_eq!(public["minutes"]["text"], "Public now.");
    assert_eq!(public["minutes"]["revision"], 2);
    // The earlier version was the Committee's: the public does not read it, the ISU does, with
    // who wrote it and why it was replaced.
    assert_eq!(public["minutes"]["earlier"], serde_json::json!([]));
    let staff = app
        .get_as("/api/v1/conventions/ccm/meetings/1CC", Some(&isu))
        .await
        .json();
    assert!(
        staff["minutes"]["earlier"][0]["text"]
            .as_str()
            .is_some_and(|t| t.starts_with(MINUTES))
    );
    assert_eq!(
        staff["minutes"]["earlier"][0]["changed_because"],
        "the Committee agreed to publish its minutes"
    );
    let page = app.get_as("/ccm/meetings/1CC", Some(&isu)).await;
    assert!(page.body.contains("Earlier versions (1)"), "{}", page.body);
}

#[tokio::test]
async fn p1_2_minutes_of_an_informal_meeting_show_on_its_page() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let form = app.get_as("/ccm/meetings/2ISM", Some(&isu)).await;
    assert!(form.body.contains("action=\"/ccm/meetings/2ISM/minutes\""));
    let written = app
        .post_form(
            "/ccm/meetings/2ISM/minutes",
            &format!("td_session={isu}"),
            &[
                ("csrf", &form.hidden("csrf")),
                (
                    "text",
                    "DEMO: summary of the intersessional meeting's sessions.",
                ),
                ("access", "public"),
            ],
        )
        .await;
    assert_eq!(written.status, StatusCode::SEE_OTHER, "{}", written.body);
    let page = app.get("/ccm/meetings/2ISM").await;
    assert!(
        page.body
            .contains("DEMO: summary of the intersessional meeting"),
        "{}",
        page.body
    );
}

fn multipart(csrf: &str, name: &str, file: &str) -> (String, String) {
    let boundary = "XtreatydeskX".to_string();
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"calendar\"\r\n\r\n{name}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.ics\"\r\nContent-Type: text/calendar\r\n\r\n{file}\r\n--{boundary}--\r\n"
    );
    (boundary, body)
}

#[tokio::test]
async fn p1_3_isu_imports_a_calendar_and_the_feeds_parse_back() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let csrf = app.get_as("/calendar", Some(&isu)).await.hidden("csrf");
    let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:bwc-mx-2012\r\nDTSTAMP:20120101T000000Z\r\nSUMMARY:BWC Meeting of Experts\r\nLOCATION:Geneva\r\nDTSTART;VALUE=DATE:20120716\r\nDTEND;VALUE=DATE:20120721\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let post = |body: String, boundary: String, token: String| {
        Request::post("/calendar/import")
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .header(header::COOKIE, format!("td_session={token}"))
            .body(Body::from(body))
            .expect("request")
    };
    let (boundary, body) = multipart(&csrf, "BWC", ics);
    let answer = app.send(post(body, boundary, isu.clone())).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let page = app.get("/calendar?year=2012").await;
    assert!(page.body.contains("BWC Meeting of Experts"));
    assert!(page.body.contains("2ISM"));
    // A broken file is refused whole, with the reason, and the name typed is kept.
    let (boundary, body) = multipart(&csrf, "Broken one", &ics.replace("UID:bwc-mx-2012\r\n", ""));
    let refused = app.send(post(body, boundary, isu.clone())).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("has no UID"), "{}", refused.body);
    assert!(refused.body.contains("value=\"Broken one\""));
    // A focal point may not import.
    let fp = app.session_for("demo-focal-point").await;
    let fp_csrf = app.get_as("/calendar", Some(&fp)).await.hidden("csrf");
    let (boundary, body) = multipart(&fp_csrf, "BWC", ics);
    assert_eq!(
        app.send(post(body, boundary, fp)).await.status,
        StatusCode::FORBIDDEN
    );
    // The feeds are RFC 5545 a calendar parser reads back.
    let shared = app.get("/calendar.ics").await;
    assert!(
        shared.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap_or_default()
            .starts_with("text/calendar")
    );
    let events = parse_events(&shared.body).expect("the shared feed parses");
    assert!(
        events
            .iter()
            .any(|e| e.title.contains("BWC Meeting of Experts"))
    );
    let ism = events
        .iter()
        .find(|e| e.uid == "2ISM.ccm@treatydesk")
        .expect("2ISM in the feed");
    assert_eq!(ism.opens_on.to_string(), "2012-04-16");
    assert_eq!(ism.closes_on.to_string(), "2012-04-19");
    let one = app.get("/ccm/meetings/2ISM/calendar.ics").await;
    assert_eq!(parse_events(&one.body).expect("parses").len(), 1);
}

#[tokio::test]
async fn as_of_list_apis_honour_the_date_or_refuse_it() {
    let app = TestApp::new().await;
    // Meetings: only those that had opened by the day.
    let all = app.get("/api/v1/conventions/ccm/meetings").await.json();
    let then = app
        .get("/api/v1/conventions/ccm/meetings?as_of=2011-12-31")
        .await
        .json();
    let opened = |v: &serde_json::Value| -> Vec<String> {
        v["meetings"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|m| m["opens_on"].as_str().unwrap_or("none").to_string())
            .collect()
    };
    assert!(!opened(&then).is_empty(), "{then}");
    assert!(
        opened(&then).iter().all(|d| d.as_str() <= "2011-12-31"),
        "{then}"
    );
    assert!(opened(&all).len() > opened(&then).len());
    // Appointments: the terms in office that day.
    let terms = app
        .get("/api/v1/conventions/ccm/appointments?as_of=2013-03-01")
        .await;
    assert_eq!(terms.status, StatusCode::OK);
    let every = app.get("/api/v1/conventions/ccm/appointments").await.json();
    let on_day = terms.json();
    assert!(!on_day.as_array().is_some_and(|a| a.is_empty()), "{on_day}");
    assert!(on_day.as_array().map(Vec::len) < every.as_array().map(Vec::len));
    // Documents: issued by the day.
    let docs = app
        .get("/api/v1/conventions/ccm/documents?as_of=2011-01-01")
        .await
        .json();
    assert!(
        docs["documents"]
            .as_array()
            .into_iter()
            .flatten()
            .all(|d| d["issued_on"].as_str().is_some_and(|i| i <= "2011-01-01")),
        "{docs}"
    );
    // A bad date is a 400 with a sentence.
    let bad = app
        .get("/api/v1/conventions/ccm/meetings?as_of=yesterday")
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("YYYY-MM-DD"), "{}", bad.body);
    // Where there is no history, as_of is refused, not ignored.
    for path in [
        "/api/v1/conventions?as_of=2012-01-01",
        "/api/v1/conventions/ccm/search?q=coordinator&as_of=2012-01-01",
        "/api/v1/conventions/ccm/meetings/2ISM?as_of=2012-01-01",
    ] {
        let refused = app.get(path).await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{path}");
        assert!(
            refused.body.contains("as_of does not apply"),
            "{path}: {}",
            refused.body
        );
    }
}

/// SPEC's third severity (issue 12 item 9): a Committee meeting recorded without its chair gets
/// a P3.1 finding for information (the sitting President chairs it), which is counted apart,
/// shown as such in every language and blocks nothing.
#[tokio::test]
async fn p3_1_committee_without_chair_on_record_is_info_and_blocks_nothing() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let cookie = format!("td_session={isu}");
    let csrf = app.get_as("/ccm/meetings", Some(&isu)).await.hidden("csrf");
    let findings = "/api/v1/conventions/ccm/findings?as_of=2013-06-01";
    let before = app.get_as(findings, Some(&isu)).await.json();
    let saved = app
        .post_form(
            "/ccm/meetings",
            &cookie,
            &[
                ("csrf", &csrf),
                ("kind", "coordination-committee"),
                ("number", ""),
                ("venue", "Geneva"),
                ("opens_on", "2013-05-02"),
                ("closes_on", "2013-05-02"),
                ("status", "held"),
                ("sitting", "morning"),
                ("presiding", ""),
                ("source", "test: a Committee meeting without its chair"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let label = saved
        .location()
        .and_then(|l| {
            l.strip_prefix("/ccm/meetings/")
                .map(|s| s.trim_end_matches("?saved=1").to_string())
        })
        .expect("the new meeting's page");
    let after = app.get_as(findings, Some(&isu)).await.json();
    let info: Vec<&serde_json::Value> = after["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["clause"] == "P3.1" && f["severity"] == "info")
        .collect();
    assert_eq!(info.len(), 1, "{after}");
    assert!(
        info[0]["sentence"]
            .as_str()
            .is_some_and(|s| s.contains("no chair on record") && s.contains("NOR")),
        "{}",
        info[0]
    );
    assert_eq!(info[0]["overridable"], false);
    // Counted apart: errors and warnings do not change; info goes up by one.
    assert_eq!(after["errors"], before["errors"]);
    assert_eq!(after["warnings"], before["warnings"]);
    assert_eq!(
        after["info"].as_u64(),
        before["info"].as_u64().map(|n| n + 1)
    );
    // OpenAPI names the three severities.
    let doc = app.get("/api/openapi.json").await.json();
    assert_eq!(
        doc["components"]["schemas"]["SeverityOut"]["enum"],
        serde_json::json!(["error", "warning", "info"]),
        "{}",
        doc["components"]["schemas"]["SeverityOut"]
    );
    // The meeting's page says so in every language.
    for (lang, word) in [
        ("en", "Information"),
        ("fr", "Information"),
        ("es", "Información"),
        ("ar", "للعلم"),
    ] {
        let page = app
            .get_as(&format!("/ccm/meetings/{label}?lang={lang}"), Some(&isu))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body
                .contains(&format!("<span class=\"status info\">{word}</span>")),
            "{lang}: {}",
            page.body
        );
    }
    // The findings page counts it in its own words.
    let page = app
        .get_as("/ccm/findings?as_of=2013-06-01", Some(&isu))
        .await;
    assert!(page.body.contains("for information"), "{}", page.body);
}
