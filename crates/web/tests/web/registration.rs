//! Registration of participants through the web (SPEC P1.1): the public form (422 with the form
//! as typed, 409 for a duplicate, the deadline, credentials PDF only, CSRF), the ISU's decisions
//! and credentials download, the participants list and its CSV, XLSX and PDF, and the JSON API.
//! Runs on SQLite, and on PostgreSQL with TREATYDESK_TEST_DATABASE_URL.

use std::io::Read;

use crate::common::{Answer, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use tower::ServiceExt;
use treatydesk_store::audit::Author;
use treatydesk_store::registration::Settings;

const FORM: &str = "/ccm/meetings/3RC/register";
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
const BOUNDARY: &str = "treatydesk-test-boundary-7MA4YWxkTrZu0gW";

/// An anonymous visitor's CSRF cookie header and token, from the form.
async fn visitor(app: &TestApp) -> (String, String) {
    let page = app.get(FORM).await;
    assert_eq!(page.status, StatusCode::OK);
    let cookie = page
        .cookie("td_csrf")
        .expect("a CSRF cookie for the anonymous visitor");
    (format!("td_csrf={cookie}"), page.hidden("csrf"))
}

fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some((filename, content)) = file {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"credentials\"; \
                 filename=\"{filename}\"\r\nContent-Type: application/pdf\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(content);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

async fn post_multipart(app: &TestApp, cookie: &str, body: Vec<u8>) -> Answer {
    let request = Request::post(FORM)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(header::COOKIE, cookie)
        .body(Body::from(body))
        .expect("request");
    app.send(request).await
}

fn ngo<'a>(csrf: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("category", "ngo"),
        ("actor", ""),
        ("organization", "Landmine Action Network"),
        ("family_name", "Okafor"),
        ("given_name", "Adaeze"),
        ("email", email),
        ("role", "member"),
    ]
}

async fn meeting(app: &TestApp) -> treatydesk_store::entities::meeting::Model {
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    app.db.store.meeting(&ccm, "3RC").await.expect("3RC")
}

/// Raw bytes of a GET (the common harness reads bodies as text).
async fn get_bytes(app: &TestApp, path: &str, session: &str) -> (StatusCode, Vec<u8>) {
    let request = Request::get(path)
        .header(header::COOKIE, format!("td_session={session}"))
        .body(Body::empty())
        .expect("request");
    let response = app.app.clone().oneshot(request).await.expect("response");
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), 16 * 1024 * 1024)
        .await
        .expect("body");
    (status, bytes.to_vec())
}

#[tokio::test]
async fn p1_1_the_form_is_public_and_a_registration_is_accepted_and_acknowledged() {
    let app = TestApp::new().await;
    let page = app.get(FORM).await;
    assert!(page.body.contains("enctype=\"multipart/form-data\""));
    assert!(page.body.contains("<label for=\"email\">"));
    let (cookie, csrf) = visitor(&app).await;
    let answer = post_multipart(
        &app,
        &cookie,
        multipart(&ngo(&csrf, "ada@example.org"), None),
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    assert_eq!(
        answer.location().as_deref(),
        Some("/ccm/meetings/3RC/register/done?ref=3RC-REG-0001")
    );
    let done = app
        .get("/ccm/meetings/3RC/register/done?ref=3RC-REG-0001")
        .await;
    assert_eq!(done.status, StatusCode::OK);
    // Issue 18 item 7: the confirmation carries the reference, and the mail too.
    assert!(done.body.contains("3RC-REG-0001"), "{}", done.body);
    let forged = app.get("/ccm/meetings/3RC/register/done?ref=%3Cb%3E").await;
    assert!(!forged.body.contains("<b>"));
    let m = meeting(&app).await;
    let rows = app.db.store.registrations(&m, None).await.expect("rows");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].status, "pending");
    let outbox = app.db.store.outbox(5).await.expect("outbox");
    assert_eq!(outbox[0].to_address, "ada@example.org");
    let log = app.db.store.audit_log(None, 1).await.expect("log");
    assert_eq!(
        (log[0].action.as_str(), log[0].who.as_str()),
        ("registration.add", "public")
    );
}

#[tokio::test]
async fn p1_1_a_refused_form_answers_422_with_every_field_as_typed_and_every_error() {
    let app = TestApp::new().await;
    let (cookie, csrf) = visitor(&app).await;
    let mut fields = ngo(&csrf, "not-an-address");
    fields.retain(|(k, _)| *k != "family_name");
    let answer = post_multipart(&app, &cookie, multipart(&fields, None)).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains("value=\"not-an-address\""));
    assert!(answer.body.contains("value=\"Adaeze\""));
    assert!(answer.body.contains("value=\"Landmine Action Network\""));
    assert!(answer.body.contains("<option value=\"ngo\" selected>"));
    assert!(answer.body.contains("must look like name@example.org"));
    assert!(answer.body.contains("“Family name” is required."));
    assert!(answer.body.contains("href=\"#family_name\""));
    assert!(answer.body.contains("aria-invalid=\"true\""));
    let m = meeting(&app).await;
    assert!(
        app.db
            .store
            .registrations(&m, None)
            .await
            .expect("rows")
            .is_empty()
    );
}

#[tokio::test]
async fn p1_1_a_duplicate_answers_409_with_a_sentence_and_the_form_as_typed() {
    let app = TestApp::new().await;
    let (cookie, csrf) = visitor(&app).await;
    let first = post_multipart(
        &app,
        &cookie,
        multipart(&ngo(&csrf, "ada@example.org"), None),
    )
    .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let again = post_multipart(
        &app,
        &cookie,
        multipart(&ngo(&csrf, "ADA@example.org"), None),
    )
    .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(
        again
            .body
            .contains("ADA@example.org is already registered for this meeting")
    );
    assert!(again.body.contains("value=\"Okafor\""));
    let m = meeting(&app).await;
    assert_eq!(
        app.db
            .store
            .registrations(&m, None)
            .await
            .expect("rows")
            .len(),
        1
    );
}

#[tokio::test]
async fn p1_1_a_late_registration_is_refused_with_the_deadline_in_the_sentence() {
    let app = TestApp::new().await;
    let m = meeting(&app).await;
    let yesterday = time::OffsetDateTime::now_utc().date() - time::Duration::days(1);
    app.db
        .store
        .set_registration_settings(
            &Author::cli("test"),
            &m,
            Settings {
                deadline: Some(yesterday),
                ..Default::default()
            },
        )
        .await
        .expect("settings");
    let (cookie, csrf) = visitor(&app).await;
    let answer = post_multipart(
        &app,
        &cookie,
        multipart(&ngo(&csrf, "late@example.org"), None),
    )
    .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let iso = treatydesk_domain::calendar::format_date(yesterday);
    assert!(
        answer.body.contains(&format!(
            "Registration closed on {iso}; late registrations are not accepted."
        )),
        "{}",
        answer.body
    );
}

#[tokio::test]
async fn p1_1_a_post_without_its_csrf_token_is_refused() {
    let app = TestApp::new().await;
    let (cookie, _) = visitor(&app).await;
    let answer = post_multipart(
        &app,
        &cookie,
        multipart(&ngo("forged", "a@example.org"), None),
    )
    .await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    let answer = post_multipart(&app, "", multipart(&ngo("", "a@example.org"), None)).await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
}

fn nigeria<'a>(csrf: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("category", "state-party"),
        ("actor", "NGA"),
        ("organization", ""),
        ("family_name", "Bello"),
        ("given_name", "Musa"),
        ("email", email),
        ("role", "head"),
    ]
}

#[tokio::test]
async fn p1_1_credentials_must_be_a_pdf_and_only_the_isu_downloads_them() {
    let app = TestApp::new().await;
    let (cookie, csrf) = visitor(&app).await;
    let html = post_multipart(
        &app,
        &cookie,
        multipart(
            &nigeria(&csrf, "musa@example.org"),
            Some(("../../evil.pdf", b"<html><script>alert(1)</script>")),
        ),
    )
    .await;
    assert_eq!(html.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.body.contains("The credentials file is not a PDF."));
    assert!(!app.db.dir.join("credentials").exists());
    let missing = post_multipart(
        &app,
        &cookie,
        multipart(&nigeria(&csrf, "musa@example.org"), None),
    )
    .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.body.contains("must attach its credentials"));
    let ok = post_multipart(
        &app,
        &cookie,
        multipart(
            &nigeria(&csrf, "musa@example.org"),
            Some(("../../nv.pdf", PDF)),
        ),
    )
    .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let m = meeting(&app).await;
    let id = app.db.store.registrations(&m, None).await.expect("rows")[0].id;
    let path = format!("/ccm/meetings/3RC/registrations/{id}/credentials");
    let isu = app.session_for("demo-isu").await;
    let answer = app.get_as(&path, Some(&isu)).await;
    assert_eq!(answer.status, StatusCode::OK);
    let h = |name: header::HeaderName| {
        answer
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(h(header::CONTENT_TYPE), "application/pdf");
    assert!(h(header::CONTENT_DISPOSITION).starts_with("attachment;"));
    assert_eq!(h(header::X_CONTENT_TYPE_OPTIONS), "nosniff");
    assert_eq!(answer.body.as_bytes(), PDF);
    for who in [
        "demo-observer",
        "demo-focal-point",
        "demo-coordinator",
        "demo-president",
    ] {
        let token = app.session_for(who).await;
        assert_eq!(
            app.get_as(&path, Some(&token)).await.status,
            StatusCode::FORBIDDEN,
            "{who}"
        );
    }
    assert_eq!(app.get(&path).await.status, StatusCode::SEE_OTHER);
    let none = app
        .get_as(
            "/ccm/meetings/3RC/registrations/99999/credentials",
            Some(&isu),
        )
        .await;
    assert_eq!(none.status, StatusCode::NOT_FOUND);
    let bad = app
        .get_as(
            "/ccm/meetings/3RC/registrations/..%2F..%2Fetc/credentials",
            Some(&isu),
        )
        .await;
    assert_eq!(bad.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn p1_1_an_upload_over_the_limit_answers_413_with_a_sentence() {
    let app = TestApp::new().await;
    let (cookie, csrf) = visitor(&app).await;
    let mut big = PDF.to_vec();
    big.resize(7 * 1024 * 1024, b' ');
    let answer = post_multipart(
        &app,
        &cookie,
        multipart(&nigeria(&csrf, "musa@example.org"), Some(("nv.pdf", &big))),
    )
    .await;
    assert_eq!(
        answer.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        answer.body
    );
    assert!(answer.body.contains("at most 5 MiB"));
    big.truncate(5 * 1024 * 1024 + 10);
    let answer = post_multipart(
        &app,
        &cookie,
        multipart(&nigeria(&csrf, "musa@example.org"), Some(("nv.pdf", &big))),
    )
    .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains("larger than 5 MiB"));
}

/// Registers through the form and approves through the ISU's page; returns the ISU's session.
async fn register_and_approve(app: &TestApp, family: &str, given: &str) -> String {
    let (cookie, csrf) = visitor(app).await;
    let email = format!("{}@example.org", family.len() * 7 + given.len());
    let mut fields = ngo(&csrf, &email);
    fields.retain(|(k, _)| *k != "family_name" && *k != "given_name");
    fields.push(("family_name", family));
    fields.push(("given_name", given));
    let answer = post_multipart(app, &cookie, multipart(&fields, None)).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let isu = app.session_for("demo-isu").await;
    let page = app
        .get_as("/ccm/meetings/3RC/registrations", Some(&isu))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&email));
    let m = meeting(app).await;
    let row = app
        .db
        .store
        .registrations(&m, None)
        .await
        .expect("rows")
        .into_iter()
        .find(|r| r.email == email)
        .expect("row");
    let decided = app
        .post_form(
            &format!("/ccm/meetings/3RC/registrations/{}/decision", row.id),
            &format!("td_session={isu}"),
            &[("csrf", &page.hidden("csrf")), ("decision", "approve")],
        )
        .await;
    assert_eq!(decided.status, StatusCode::SEE_OTHER);
    isu
}

#[tokio::test]
async fn p1_1_approved_participants_are_listed_and_exported_as_csv_xlsx_and_pdf() {
    let app = TestApp::new().await;
    register_and_approve(&app, "Okafor", "Adaeze").await;
    register_and_approve(&app, "عبد الله", "Layla").await;
    // A pending registration is not a participant.
    let (cookie, csrf) = visitor(&app).await;
    let mut pending = ngo(&csrf, "pending@example.org");
    pending.retain(|(k, _)| *k != "family_name");
    pending.push(("family_name", "Pendingperson"));
    post_multipart(&app, &cookie, multipart(&pending, None)).await;
    let focal = app.session_for("demo-focal-point").await;
    let page = app
        .get_as("/ccm/meetings/3RC/participants", Some(&focal))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Okafor"));
    assert!(!page.body.contains("Pendingperson"));
    assert!(!page.body.contains("@example.org"));

    let (status, csv_bytes) = get_bytes(&app, "/ccm/meetings/3RC/participants.csv", &focal).await;
    assert_eq!(status, StatusCode::OK);
    let mut reader = csv::Reader::from_reader(csv_bytes.as_slice());
    let headers = reader.headers().expect("headers").clone();
    assert_eq!(&headers[2], "family_name");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().any(|r| &r[2] == "Okafor" && &r[0] == "ngo"));
    assert!(rows.iter().any(|r| &r[2] == "عبد الله"));

    let (status, xlsx) = get_bytes(&app, "/ccm/meetings/3RC/participants.xlsx", &focal).await;
    assert_eq!(status, StatusCode::OK);
    assert!(xlsx.starts_with(b"PK"));
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).expect("a zip");
    let mut strings = String::new();
    archive
        .by_name("xl/sharedStrings.xml")
        .expect("shared strings")
        .read_to_string(&mut strings)
        .expect("utf-8");
    assert!(strings.contains("Okafor"));
    assert!(strings.contains("عبد الله"));

    let (status, pdf) = get_bytes(&app, "/ccm/meetings/3RC/participants.pdf", &focal).await;
    assert_eq!(status, StatusCode::OK);
    assert!(pdf.starts_with(b"%PDF-"));
    let text = treatydesk_store::files::extract_text("application/pdf", &pdf).expect("text");
    assert!(text.contains("Okafor"), "{text}");

    let api = app
        .get_as(
            "/api/v1/conventions/ccm/meetings/3RC/participants",
            Some(&focal),
        )
        .await
        .json();
    let people = api["participants"].as_array().expect("participants");
    assert_eq!(people.len(), 2);
    assert!(people.iter().all(|p| p.get("email").is_none()));
}

#[tokio::test]
async fn p1_1_the_json_api_registers_and_refuses_like_the_form() {
    let app = TestApp::new().await;
    let path = "/api/v1/conventions/ccm/meetings/3RC/registrations";
    let post = |body: serde_json::Value| {
        Request::post(path)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string()))
            .expect("request")
    };
    let person = serde_json::json!({
        "category": "media", "organization": "Geneva Daily", "family_name": "Rossi",
        "given_name": "Lia", "email": "lia@example.org", "role": "member"
    });
    let created = app.send(post(person.clone())).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    assert_eq!(created.json()["status"], "pending");
    let again = app.send(post(person)).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(
        again.json()["error"]
            .as_str()
            .expect("error")
            .contains("already registered")
    );
    let bad = app
        .send(post(serde_json::json!({
            "category": "state-party", "actor": "NGA", "family_name": "B", "given_name": "M",
            "email": "m@example.org", "role": "member"
        })))
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.json()["error"]
            .as_str()
            .expect("error")
            .contains("credentials")
    );
    let malformed = app.send(post(serde_json::json!({"category": 3}))).await;
    assert_eq!(malformed.status, StatusCode::BAD_REQUEST);
    let isu = app.session_for("demo-isu").await;
    let list = app.get_as(path, Some(&isu)).await.json();
    assert_eq!(list["registrations"][0]["email"], "lia@example.org");
}

#[tokio::test]
async fn p1_1_the_isu_sets_the_deadline_and_cap_and_bad_values_answer_422() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let page = app
        .get_as("/ccm/meetings/3RC/registrations", Some(&isu))
        .await;
    let csrf = page.hidden("csrf");
    let path = "/ccm/meetings/3RC/registrations/settings";
    let cookie = format!("td_session={isu}");
    let bad = app
        .post_form(
            path,
            &cookie,
            &[("csrf", &csrf), ("deadline", "31/12/2030"), ("cap", "-1")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("31/12/2030"));
    assert!(bad.body.contains("not a whole number above 0"));
    let ok = app
        .post_form(
            path,
            &cookie,
            &[("csrf", &csrf), ("deadline", "2030-12-31"), ("cap", "4")],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let settings = app
        .db
        .store
        .registration_settings(&meeting(&app).await)
        .await
        .expect("settings")
        .expect("set");
    assert_eq!(settings.cap_per_organization, Some(4));
    let focal = app.session_for("demo-focal-point").await;
    let refused = app
        .post_form(
            path,
            &format!("td_session={focal}"),
            &[("csrf", &csrf), ("cap", "9")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn p1_1_a_meeting_without_registration_says_so() {
    let app = TestApp::new().await;
    let page = app.get("/ccm/meetings/13MSP/register").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("Registration for this meeting is not open.")
    );
    assert_eq!(
        app.get("/ccm/meetings/99XYZ/register").await.status,
        StatusCode::NOT_FOUND
    );
}

/// Issue 19, item 4: the participants PDF draws every script. Names in Arabic, Russian and
/// Chinese are found again by text extraction (the fonts are embedded as subsets with their
/// ToUnicode maps), and the Arabic page lays the table out right to left. With
/// `TREATYDESK_PDF_OUT=file.pdf` the test keeps the PDF, for a look (`pdftoppm -png`).
#[tokio::test]
async fn issue_19_the_participants_pdf_draws_arabic_russian_and_chinese_names() {
    let app = TestApp::new().await;
    register_and_approve(&app, "الهاشمي", "محمد").await;
    register_and_approve(&app, "Иванова", "Анастасия").await;
    register_and_approve(&app, "王", "小明").await;
    register_and_approve(&app, "Okafor", "Adaeze").await;
    let focal = app.session_for("demo-focal-point").await;
    for lang in ["en", "ar"] {
        let (status, pdf) = get_bytes(
            &app,
            &format!("/ccm/meetings/3RC/participants.pdf?lang={lang}"),
            &focal,
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&pdf));
        if let Ok(out) = std::env::var("TREATYDESK_PDF_OUT") {
            std::fs::write(out.replace(".pdf", &format!("-{lang}.pdf")), &pdf).expect("kept");
        }
        // Embedded subsets: one font file per script, no font left to the viewer.
        let raw = String::from_utf8_lossy(&pdf);
        assert!(raw.contains("/FontFile2") || raw.contains("/FontFile3"));
        assert!(!raw.contains("/Helvetica"));
        let text = treatydesk_store::files::extract_text("application/pdf", &pdf).expect("text");
        for name in ["Иванова", "Анастасия", "王", "小明", "Okafor"] {
            assert!(text.contains(name), "{lang}: {name} not in {text}");
        }
        assert!(
            text.contains("الهاشمي") && text.contains("محمد"),
            "{lang}: the Arabic name not in {text}"
        );
    }
}

/// Issue 19, item 5: every mail to a registrant is in the language they registered in (the
/// page's language when they sent the form), the acknowledgement at once and the ISU's decision
/// later, whatever language the ISU reads in; the State is named in that language too.
#[tokio::test]
async fn issue_19_mail_is_in_the_registrants_language() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let m = meeting(&app).await;
    // (language, the acknowledgement's subject, its category, the State's name, the
    // confirmation's subject)
    let cases = [
        (
            "en",
            "We received your registration for 3RC",
            "State Party",
            "Nigeria",
            "Your registration for 3RC is confirmed",
        ),
        (
            "fr",
            "Nous avons reçu votre inscription à la 3RC",
            "État partie",
            "Nigéria",
            "Votre inscription à la 3RC est confirmée",
        ),
        (
            "es",
            "Hemos recibido su inscripción en la 3RC",
            "Estado parte",
            "Nigeria",
            "Su inscripción en la 3RC está confirmada",
        ),
        (
            "ar",
            "استلمنا تسجيلك في 3RC",
            "دولة طرف",
            "نيجيريا",
            "تم تأكيد تسجيلك في 3RC",
        ),
    ];
    for (lang, ack, category, state, confirmed) in cases {
        let (cookie, csrf) = visitor(&app).await;
        let email = format!("musa-{lang}@example.org");
        let mut fields = nigeria(&csrf, &email);
        // One head per delegation: the others are members.
        fields.retain(|(k, _)| *k != "role");
        fields.push(("role", if lang == "en" { "head" } else { "member" }));
        let answer = post_multipart(
            &app,
            &format!("{cookie}; td_lang={lang}"),
            multipart(&fields, Some(("nv.pdf", PDF))),
        )
        .await;
        assert_eq!(
            answer.status,
            StatusCode::SEE_OTHER,
            "{lang}: {}",
            answer.body
        );
        let mail = &app.db.store.outbox(1).await.expect("outbox")[0];
        assert_eq!(mail.to_address, email);
        assert_eq!(mail.subject, ack, "{lang}");
        assert!(mail.body.contains("Bello"), "{lang}: {}", mail.body);
        assert!(mail.body.contains(category), "{lang}: {}", mail.body);
        assert!(mail.body.contains(state), "{lang}: {}", mail.body);
        assert!(mail.body.contains("3RC-"), "{lang}: {}", mail.body);
        let row = app
            .db
            .store
            .registrations(&m, None)
            .await
            .expect("rows")
            .into_iter()
            .find(|r| r.email == email)
            .expect("row");
        assert_eq!(row.lang, lang);
        // The ISU decides in English; the registrant reads the decision in their language.
        let page = app
            .get_as("/ccm/meetings/3RC/registrations?lang=en", Some(&isu))
            .await;
        let decided = app
            .post_form(
                &format!("/ccm/meetings/3RC/registrations/{}/decision", row.id),
                &format!("td_session={isu}"),
                &[("csrf", &page.hidden("csrf")), ("decision", "approve")],
            )
            .await;
        assert_eq!(decided.status, StatusCode::SEE_OTHER);
        let mail = &app.db.store.outbox(1).await.expect("outbox")[0];
        assert_eq!(mail.to_address, email);
        assert_eq!(mail.subject, confirmed, "{lang}");
    }
    // The JSON API takes the language from the body, else from the request.
    let request = Request::post("/api/v1/conventions/ccm/meetings/3RC/registrations")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(
            serde_json::json!({
                "category": "ngo", "organization": "Landmine Action Network",
                "family_name": "Dupont", "given_name": "Claire",
                "email": "claire@example.org", "role": "member", "lang": "fr"
            })
            .to_string(),
        ))
        .expect("request");
    let answer = app.send(request).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.body);
    let mail = &app.db.store.outbox(1).await.expect("outbox")[0];
    assert!(
        mail.body.starts_with("Bonjour Claire Dupont,"),
        "{}",
        mail.body
    );
    assert!(mail.body.contains("Organisation non gouvernementale"));
}
