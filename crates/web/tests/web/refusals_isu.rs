//! Issue 19 item 1 for the ISU's record (Proposal 4: status periods, staff, the work plan and
//! budget with the P4.4(h) workflow, contributions, spending, the ISU's reports) and for
//! imported files (calendars, CSV imports): every refusal is a message (an id and typed
//! arguments) beside the English sentence. Each test provokes the refusals through the API (or
//! the store where there is none), checks that the English Fluent file writes each sentence
//! word for word, and posts a form in French, Spanish and Arabic to see the error in the
//! reader's language with what was typed kept. Run on SQLite and (with
//! TREATYDESK_TEST_DATABASE_URL) on PostgreSQL.

use crate::common::{Answer, TestApp};
use crate::isu::steps;
use crate::refusals::{no_bare_refusals, said_as_messages};
use crate::refusals_records::nested;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use rust_decimal::Decimal;
use serde_json::json;
use treatydesk_domain::finding::Problem;
use treatydesk_store::StoreError;
use treatydesk_store::audit::Author;
use treatydesk_store::isu::{Activity, BudgetLine, Plan};

const API: &str = "/api/v1/conventions/ccm/isu";

/// A refusal the store gave, as the API answers it.
fn answer_of(refused: StoreError) -> Answer {
    let problems: Vec<Problem> = match refused {
        StoreError::Invalid(p) => p,
        StoreError::Conflict(p) => vec![p],
        other => panic!("not a refusal: {other}"),
    };
    Answer {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        headers: HeaderMap::new(),
        body: json!({ "problems": problems }).to_string(),
    }
}

fn refused(answer: &Answer, status: StatusCode) {
    assert_eq!(answer.status, status, "{}", answer.body);
}

/// What each language says of the refusal a form gets: (lang, words).
type Said<'a> = [(&'a str, &'a str); 4];

/// Posts `fields` to the page `path` in each language and checks the words and what was typed.
async fn form_in_each_language(
    app: &TestApp,
    path: &str,
    fields: &[(&str, &str)],
    said: &Said<'_>,
    kept: &str,
) {
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    for (lang, words) in said {
        let mut form = vec![("csrf", csrf.as_str())];
        form.extend_from_slice(fields);
        let answer = app
            .post_form(&format!("{path}?lang={lang}"), &cookie, &form)
            .await;
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{lang}: {}",
            answer.body
        );
        assert!(
            answer.body.contains(words),
            "{lang}: {words} in {}",
            answer.body
        );
        assert!(answer.body.contains(kept), "{lang}: {kept} was not kept");
    }
}

#[tokio::test]
async fn p19_1_isu_periods_and_staff_refusals_are_messages() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "refusals").await;
    let edge = app
        .bearer(
            "POST",
            &format!("{API}/periods"),
            &token,
            Some(json!({"capacity": "forever", "body": "DEMO", "starts_on": "", "ends_on": "soon", "source": "DEMO"})),
        )
        .await;
    refused(&edge, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(
        &edge,
        &[
            "refuse-isu-capacity",
            "refuse-isu-date-missing",
            "refuse-isu-not-a-date",
        ],
    );
    let long = "DEMO ".repeat(80);
    let store = app
        .bearer(
            "POST",
            &format!("{API}/periods"),
            &token,
            Some(json!({"capacity": "permanent", "body": "", "host": long, "starts_on": "2030-01-02",
                "ends_on": "2030-01-01", "decision_id": 999_999, "source": "", "corrects": 999_999})),
        )
        .await;
    refused(&store, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(
        &store,
        &[
            "refuse-isu-give",
            "refuse-isu-too-long",
            "refuse-isu-ends-before-starts",
            "refuse-isu-period-source",
            "refuse-isu-decision-not-in-register",
            "refuse-isu-period-not-current",
        ],
    );
    let staff = app
        .bearer(
            "POST",
            &format!("{API}/staff"),
            &token,
            Some(json!({"person": "", "function": "", "starts_on": "2030-01-01", "source": "", "corrects": 999_999})),
        )
        .await;
    refused(&staff, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(
        &staff,
        &[
            "refuse-isu-give",
            "refuse-isu-staff-source",
            "refuse-isu-staff-not-current",
        ],
    );
    // The page says it in the reader's language and keeps the name typed.
    form_in_each_language(
        &app,
        "/ccm/isu/staff",
        &[
            ("person", "DEMO Typed Person"),
            ("function", "DEMO: officer"),
            ("starts_on", "2020-02-30"),
            ("source", "DEMO"),
            ("corrects", "row nine"),
        ],
        &[
            ("en", "is not a date in the form YYYY-MM-DD"),
            ("fr", "une date au format AAAA-MM-JJ"),
            ("es", "no es una fecha con el formato AAAA-MM-DD"),
            ("ar", "ليس تاريخًا بالصيغة"),
        ],
        "DEMO Typed Person",
    )
    .await;
    form_in_each_language(
        &app,
        "/ccm/isu/periods",
        &[
            ("capacity", "permanent"),
            ("body", "DEMO Typed Body"),
            ("starts_on", "2030-01-01"),
            ("source", "DEMO"),
            ("decision", "the first"),
        ],
        &[
            ("en", "is not one of the choices"),
            ("fr", "ne figure pas parmi les choix proposés"),
            ("es", "no es una de las opciones"),
            ("ar", "ليس من الخيارات المتاحة"),
        ],
        "DEMO Typed Body",
    )
    .await;
}

#[tokio::test]
async fn p19_1_isu_workplan_refusals_are_messages() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "refusals").await;
    let (committee, decision) = steps(&app).await;
    let draft = |year: i32, body: serde_json::Value| {
        let app = &app;
        let token = token.clone();
        async move {
            app.bearer(
                "POST",
                &format!("{API}/workplans/{year}"),
                &token,
                Some(body),
            )
            .await
        }
    };
    let amount = draft(
        2026,
        json!({"lines": [{"category": "DEMO", "amount": "12,50"}]}),
    )
    .await;
    refused(&amount, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(&amount, &["refuse-isu-line-problem"]);
    nested(&amount, &["refuse-isu-not-an-amount"]);
    let empty = draft(1999, json!({})).await;
    refused(&empty, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(
        &empty,
        &["refuse-isu-year-out-of-range", "refuse-isu-plan-empty"],
    );
    let task = draft(
        2026,
        json!({"activities": [{"task": "zz", "title": ""}], "lines": [{"category": "", "amount": "1.00"}]}),
    )
    .await;
    refused(&task, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(&task, &["refuse-isu-activity-task", "refuse-isu-give"]);
    // What the edge never lets through, the store still refuses in messages.
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    let bad_line = store
        .save_workplan_draft(
            &Author::cli("refusals test"),
            &ccm,
            2027,
            &Plan {
                activities: vec![Activity {
                    key: "A1".into(),
                    task: "a".into(),
                    title: "DEMO".into(),
                    outputs: Vec::new(),
                }],
                lines: vec![BudgetLine {
                    key: "L1".into(),
                    category: "DEMO".into(),
                    amount: Decimal::ZERO,
                    currency: "EUR".into(),
                }],
                note: String::new(),
            },
        )
        .await
        .expect_err("refused");
    said_as_messages(
        &answer_of(bad_line),
        &["refuse-isu-line-amount", "refuse-isu-line-currency"],
    );
    let plan = json!({"activities": [{"task": "a", "title": "DEMO: prepare"}],
        "lines": [{"category": "DEMO: staff", "amount": "100.00"}], "note": "DEMO"});
    let first = draft(2026, plan.clone()).await;
    refused(&first, StatusCode::CREATED);
    let again = draft(2026, plan.clone()).await;
    refused(&again, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(&again, &["refuse-isu-draft-unchanged"]);
    let step = |what: &'static str, body: serde_json::Value| {
        let app = &app;
        let token = token.clone();
        async move {
            app.bearer(
                "POST",
                &format!("{API}/workplans/2026/{what}"),
                &token,
                Some(body),
            )
            .await
        }
    };
    let approve_draft = step(
        "approval",
        json!({"meeting": "13MSP", "decision_id": decision}),
    )
    .await;
    refused(&approve_draft, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(&approve_draft, &["refuse-isu-approve-draft"]);
    let nowhere = step("endorsement", json!({"meeting": "99XX"})).await;
    refused(&nowhere, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(
        &nowhere,
        &[
            "refuse-isu-step-no-meeting",
            "refuse-isu-endorsement-citation",
        ],
    );
    let msp = step(
        "endorsement",
        json!({"meeting": "13MSP", "decision_id": 999_999, "citation": "DEMO"}),
    )
    .await;
    refused(&msp, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(
        &msp,
        &["refuse-isu-step-wrong-meeting", "refuse-isu-step-decision"],
    );
    let endorsed = step(
        "endorsement",
        json!({"meeting": committee, "citation": "DEMO: minutes"}),
    )
    .await;
    refused(&endorsed, StatusCode::CREATED);
    let twice = step(
        "endorsement",
        json!({"meeting": committee, "citation": "DEMO: minutes"}),
    )
    .await;
    refused(&twice, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(&twice, &["refuse-isu-endorsed-already"]);
    let no_decision = step("approval", json!({"meeting": committee})).await;
    refused(&no_decision, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(
        &no_decision,
        &[
            "refuse-isu-step-wrong-meeting",
            "refuse-isu-approval-decision",
        ],
    );
    let approved = step(
        "approval",
        json!({"meeting": "13MSP", "decision_id": decision}),
    )
    .await;
    refused(&approved, StatusCode::CREATED);
    let approve_again = step(
        "approval",
        json!({"meeting": "13MSP", "decision_id": decision}),
    )
    .await;
    said_as_messages(&approve_again, &["refuse-isu-approved-already"]);
    let endorse_approved = step(
        "endorsement",
        json!({"meeting": committee, "citation": "DEMO: minutes"}),
    )
    .await;
    said_as_messages(&endorse_approved, &["refuse-isu-approved-not-endorsable"]);
    // The draft form says a line without its bar in the reader's language, keeping the text.
    form_in_each_language(
        &app,
        "/ccm/isu/workplans/2028",
        &[
            ("activities", "DEMO-TYPED-ACTIVITY"),
            ("lines", "DEMO: staff"),
        ],
        &[
            ("en", "a bar and the title"),
            ("fr", "une barre verticale et le titre"),
            ("es", "una barra vertical y el título"),
            ("ar", "ثم خطًا عموديًا ثم العنوان"),
        ],
        "DEMO-TYPED-ACTIVITY",
    )
    .await;
}

#[tokio::test]
async fn p19_1_isu_contributions_refusals_are_messages() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "refusals").await;
    let post = |body: serde_json::Value| {
        let app = &app;
        let token = token.clone();
        async move {
            app.bearer("POST", &format!("{API}/contributions"), &token, Some(body))
                .await
        }
    };
    let edge = post(
        json!({"contributor": "DEMO", "amount": "lots", "currency": "CHF", "rate": "0",
        "pledged_on": "", "received_on": "later", "earmark": "gift", "source": "DEMO"}),
    )
    .await;
    refused(&edge, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(
        &edge,
        &[
            "refuse-isu-not-an-amount",
            "refuse-isu-not-a-rate",
            "refuse-isu-date-missing",
            "refuse-isu-not-a-date",
            "refuse-isu-earmark",
            "refuse-isu-funds-year",
        ],
    );
    let store = post(
        json!({"contributor_code": "XXQ", "amount": "10.00", "currency": "CHF",
        "rate": "2", "pledged_on": "2025-02-01", "received_on": "2025-01-01", "earmark": "task",
        "earmark_ref": "zz", "funds_year": 1999, "source": "", "corrects": 999_999}),
    )
    .await;
    refused(&store, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(
        &store,
        &[
            "refuse-isu-year-out-of-range",
            "refuse-isu-contributor-unknown",
            "refuse-isu-give",
            "refuse-isu-rate-one",
            "refuse-isu-ends-before-starts",
            "refuse-isu-earmark-task",
            "refuse-isu-contribution-source",
            "refuse-isu-contribution-not-current",
        ],
    );
    let activity = post(
        json!({"contributor": "DEMO", "amount": "10.00", "currency": "EURO",
        "rate": "0.9", "pledged_on": "2025-02-01", "earmark": "activity", "earmark_ref": "A99",
        "funds_year": 2025, "source": "DEMO"}),
    )
    .await;
    refused(&activity, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(
        &activity,
        &["refuse-isu-not-a-currency", "refuse-isu-earmark-activity"],
    );
    form_in_each_language(
        &app,
        "/ccm/isu/contributions",
        &[
            ("contributor", "DEMO Typed Contributor"),
            ("amount", "12,5"),
            ("currency", "CHF"),
            ("rate", "1"),
            ("pledged_on", "2025-01-01"),
            ("funds_year", "20x5"),
            ("source", "DEMO"),
        ],
        &[
            ("en", "is not an amount"),
            ("fr", "avec deux décimales au plus après un point"),
            ("es", "no es un importe"),
            ("ar", "ليس مبلغًا"),
        ],
        "DEMO Typed Contributor",
    )
    .await;
    // The year typed on the page is refused in the reader's language too.
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    let french = app
        .post_form(
            "/ccm/isu/contributions?lang=fr",
            &cookie,
            &[("csrf", &csrf), ("funds_year", "20x5")],
        )
        .await;
    assert!(
        french.body.contains("« 20x5 » n") && french.body.contains("une année"),
        "{}",
        french.body
    );
}

#[tokio::test]
async fn p19_1_isu_spending_refusals_are_messages() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "refusals").await;
    let post = |year: i32, body: serde_json::Value| {
        let app = &app;
        let token = token.clone();
        async move {
            app.bearer(
                "POST",
                &format!("{API}/workplans/{year}/spending"),
                &token,
                Some(body),
            )
            .await
        }
    };
    let edge = post(2025, json!({"line_key": "L1", "amount": "x"})).await;
    refused(&edge, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(
        &edge,
        &["refuse-isu-not-an-amount", "refuse-isu-quarter-missing"],
    );
    let store = post(
        2025,
        json!({"line_key": "L9", "quarter": 5, "amount": "1.00", "source": "", "corrects": 999_999}),
    )
    .await;
    refused(&store, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(
        &store,
        &[
            "refuse-isu-spending-line",
            "refuse-isu-spending-quarter",
            "refuse-isu-spending-source",
            "refuse-isu-spending-not-current",
        ],
    );
    let no_plan = post(
        2030,
        json!({"line_key": "L1", "quarter": 1, "amount": "1.00", "source": "DEMO"}),
    )
    .await;
    refused(&no_plan, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(&no_plan, &["refuse-isu-spending-no-approved-plan"]);
    form_in_each_language(
        &app,
        "/ccm/isu/workplans/2025/spending",
        &[
            ("line_key", "L1"),
            ("quarter", "fifth"),
            ("amount", "123.45"),
            ("source", "DEMO Typed Source"),
        ],
        &[
            ("en", "is not a quarter (1 to 4)"),
            ("fr", "pas un trimestre (1 à 4)"),
            ("es", "no es un trimestre (1 a 4)"),
            ("ar", "ليس ربعًا (من 1 إلى 4)"),
        ],
        "DEMO Typed Source",
    )
    .await;
}

#[tokio::test]
async fn p19_1_isu_reports_refusals_are_messages() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "refusals").await;
    let api = format!("{API}/reports");
    let generate = |body: serde_json::Value| {
        let app = &app;
        let token = token.clone();
        let api = api.clone();
        async move { app.bearer("POST", &api, &token, Some(body)).await }
    };
    let edge = generate(json!({"meeting": "", "from": "first of May"})).await;
    refused(&edge, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(
        &edge,
        &[
            "refuse-isu-report-not-a-date",
            "refuse-isu-report-meeting-missing",
        ],
    );
    let nowhere = generate(json!({"meeting": "99XX"})).await;
    said_as_messages(&nowhere, &["refuse-isu-report-no-meeting"]);
    let (committee, _) = steps(&app).await;
    let informal = generate(json!({"meeting": committee})).await;
    said_as_messages(&informal, &["refuse-isu-report-meeting"]);
    let backwards =
        generate(json!({"meeting": "13MSP", "from": "2025-06-01", "until": "2025-01-01"})).await;
    said_as_messages(&backwards, &["refuse-isu-report-period"]);
    let made = generate(json!({"meeting": "13MSP"})).await;
    refused(&made, StatusCode::CREATED);
    let n = made.json()["number"].clone();
    let long = "x".repeat(20_001);
    let prose = app
        .bearer(
            "POST",
            &format!("{api}/{n}/prose"),
            &token,
            Some(json!({"sections": {"general": {"introduction": long, "conclusions": ""}}})),
        )
        .await;
    refused(&prose, StatusCode::UNPROCESSABLE_ENTITY);
    said_as_messages(&prose, &["refuse-isu-report-prose-long"]);
    // The publication form without a symbol says so in the reader's language.
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    for (lang, words) in [
        ("en", "give the symbol the report is published under"),
        ("fr", "indiquez la cote sous laquelle le rapport est publié"),
        (
            "es",
            "indique la signatura con la que se publica el informe",
        ),
        ("ar", "أدخِل الرمز الذي يُنشر به التقرير"),
    ] {
        let answer = app
            .post_form(
                &format!("/ccm/isu/reports/{n}/publication?lang={lang}"),
                &cookie,
                &[("csrf", &csrf), ("symbol", "  ")],
            )
            .await;
        refused(&answer, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(answer.body.contains(words), "{lang}: {}", answer.body);
    }
    // The generation form keeps the day typed and says it in the reader's language.
    form_in_each_language(
        &app,
        "/ccm/isu/reports",
        &[("meeting", "13MSP"), ("from", "2025-99-01")],
        &[
            ("en", "is not a date (YYYY-MM-DD)"),
            ("fr", "pas une date (AAAA-MM-JJ)"),
            ("es", "no es una fecha (AAAA-MM-DD)"),
            ("ar", "ليس تاريخًا (YYYY-MM-DD)"),
        ],
        "value=\"2025-99-01\"",
    )
    .await;
    let published = app
        .bearer(
            "POST",
            &format!("{api}/{n}/publication"),
            &token,
            Some(json!({})),
        )
        .await;
    refused(&published, StatusCode::CREATED);
    let frozen = app
        .bearer(
            "POST",
            &format!("{api}/{n}/prose"),
            &token,
            Some(json!({"sections": {"general": {"introduction": "DEMO", "conclusions": ""}}})),
        )
        .await;
    refused(&frozen, StatusCode::CONFLICT);
    said_as_messages(&frozen, &["conflict-isu-report-published"]);
}

/// A calendar import as the page's form posts it.
async fn import_calendar(app: &TestApp, lang: &str, name: &str, file: &str) -> Answer {
    let isu = app.session_for("demo-isu").await;
    let csrf = app.get_as("/calendar", Some(&isu)).await.hidden("csrf");
    let boundary = "refusals-isu-boundary-7Qw";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"calendar\"\r\n\r\n{name}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.ics\"\r\nContent-Type: text/calendar\r\n\r\n{file}\r\n--{boundary}--\r\n"
    );
    let request = Request::post(format!("/calendar/import?lang={lang}"))
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header(header::COOKIE, format!("td_session={isu}"))
        .body(Body::from(body))
        .expect("request");
    app.send(request).await
}

#[tokio::test]
async fn p19_1_imported_files_refusals_are_messages() {
    let app = TestApp::new().await;
    let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:u-1\r\nDTSTAMP:20120101T000000Z\r\nSUMMARY:DEMO Meeting\r\nDTSTART;VALUE=DATE:20120716\r\nDTEND;VALUE=DATE:20120721\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTAMP:20120101T000000Z\r\nDTSTART;VALUE=DATE:20120716\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    // The calendar has no API: its refusals are the store's, checked as the API's would be.
    let no_uid = ics.replace("UID:u-1\r\n", "");
    let problems = treatydesk_store::ical::parse_events(&no_uid).expect_err("refused");
    said_as_messages(
        &answer_of(StoreError::Invalid(problems)),
        &["refuse-ical-no-uid"],
    );
    let mut deep = String::from("BEGIN:VCALENDAR\r\n");
    deep.push_str(&"BEGIN:VEVENT\r\n".repeat(10));
    let problems = treatydesk_store::ical::parse_events(&deep).expect_err("refused");
    said_as_messages(
        &answer_of(StoreError::Invalid(problems)),
        &["refuse-ical-too-deep"],
    );
    for (text, id) in [
        ("hello", "refuse-ical-not-a-calendar"),
        (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nEND:VCALENDAR\r\n",
            "refuse-ical-no-events",
        ),
    ] {
        let problems = treatydesk_store::ical::parse_events(text).expect_err("refused");
        said_as_messages(&answer_of(StoreError::Invalid(problems)), &[id]);
    }
    let unnamed = app
        .db
        .store
        .import_calendar(&Author::cli("refusals test"), "", ics)
        .await
        .expect_err("refused");
    said_as_messages(&answer_of(unnamed), &["refuse-ical-name"]);
    // The page says it in the reader's language and keeps the name typed.
    for (lang, words) in [
        ("en", "event 2 has no UID"),
        ("fr", "l’événement 2 n’a pas d’UID"),
        ("es", "el evento 2 no tiene UID"),
        ("ar", "الحدث 2 بلا UID"),
    ] {
        let answer = import_calendar(&app, lang, "DEMO Typed Calendar", ics).await;
        refused(&answer, StatusCode::UNPROCESSABLE_ENTITY);
        let body = answer.body.replace("&#39;", "’").replace('\'', "’");
        assert!(body.contains(words), "{lang}: {}", answer.body);
        assert!(
            answer.body.contains("value=\"DEMO Typed Calendar\""),
            "{lang}"
        );
    }
    let french = import_calendar(&app, "fr", "DEMO", "").await;
    assert!(
        french
            .body
            .contains("choisissez un fichier iCalendar (.ics) à importer"),
        "{}",
        french.body
    );
    // A CSV import whose header lacks a column (the CLI's; the message is the store's).
    let lacking = app
        .db
        .store
        .import_decisions(
            "ccm",
            "meeting,number\n2MSP,1\n",
            &Author::cli("refusals test"),
        )
        .await
        .expect_err("refused");
    said_as_messages(&answer_of(lacking), &["refuse-csv-header-lacks"]);
}

#[test]
fn p19_1_refusals_of_the_isu_rooms_are_all_messages() {
    let rooms = [
        ("store/isu.rs", include_str!("../../../store/src/isu.rs")),
        (
            "store/isu_spending.rs",
            include_str!("../../../store/src/isu_spending.rs"),
        ),
        (
            "store/isu_reports.rs",
            include_str!("../../../store/src/isu_reports.rs"),
        ),
        ("web/views/isu.rs", include_str!("../../src/views/isu.rs")),
        (
            "web/views/isu_reports.rs",
            include_str!("../../src/views/isu_reports.rs"),
        ),
        ("web/api/isu.rs", include_str!("../../src/api/isu.rs")),
        (
            "web/api/isu_reports.rs",
            include_str!("../../src/api/isu_reports.rs"),
        ),
        ("web/pages/isu.rs", include_str!("../../src/pages/isu.rs")),
        (
            "web/pages/isu_reports.rs",
            include_str!("../../src/pages/isu_reports.rs"),
        ),
        ("store/ical.rs", include_str!("../../../store/src/ical.rs")),
        (
            "store/csv_file.rs",
            include_str!("../../../store/src/csv_file.rs"),
        ),
        (
            "web/pages/calendar.rs",
            include_str!("../../src/pages/calendar.rs"),
        ),
    ];
    no_bare_refusals(&rooms);
    // The names these rooms gave their lists of problems, and a refusal from a bare sentence.
    for (room, source) in rooms {
        let compact: String = source.split_whitespace().collect();
        for bare in ["out.push(format!(", "Vec<String>>", "refuse(e.to_string())"] {
            assert!(
                !compact.contains(bare),
                "{room} refuses with a bare sentence ({bare})"
            );
        }
    }
    // The domain's refusals of the ISU (the preset's own checks are the loader's, in English).
    let domain: String = include_str!("../../../domain/src/isu.rs")
        .split_whitespace()
        .collect();
    for bare in [
        "Err(format!(",
        "Err(\"",
        "-> Result<Decimal, String>",
        "-> Result<(), String>",
    ] {
        assert!(
            !domain.contains(bare),
            "domain/isu.rs refuses with a bare sentence ({bare})"
        );
    }
}
