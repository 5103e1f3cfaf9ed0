//! Issue 12 item 1 through the router: ISU staff record a decision of a formal meeting on the
//! register's page or through the API (with a personal API token), correct it (a new revision
//! that says why; the old text stays readable), and a follow-up action cites it. Anyone reads
//! the register and each decision; no one below ISU staff writes. Run on SQLite and (with
//! TREATYDESK_TEST_DATABASE_URL) on PostgreSQL.

use crate::common::TestApp;
use axum::http::StatusCode;

async fn audit_actions(app: &TestApp) -> Vec<String> {
    app.db
        .store
        .audit_log(None, 100)
        .await
        .expect("audit")
        .into_iter()
        .map(|e| format!("{} {} by {}", e.action, e.record, e.who))
        .collect()
}

/// The decision id in a `/ccm/decisions/{id}?saved=1` redirect.
fn saved_id(location: Option<String>) -> i32 {
    let l = location.expect("a redirect");
    let id = l
        .trim_start_matches("/ccm/decisions/")
        .trim_end_matches("?saved=1");
    id.parse()
        .unwrap_or_else(|_| panic!("not a decision address: {l}"))
}

fn a_3rc_decision<'a>(csrf: &'a str, number: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("meeting", "3RC"),
        ("number", number),
        ("title", "Coordinators of the Working Groups (DEMO)"),
        (
            "text_en",
            "The Conference decides to appoint the Coordinators (DEMO).",
        ),
        (
            "text_fr",
            "La Conférence décide de nommer les coordonnateurs (DEMO).",
        ),
        ("agenda_item", ""),
        ("adopts", ""),
        ("supersedes", ""),
        ("decided_on", ""),
        ("source", "DEMO: made up by the decisions test"),
    ]
}

#[tokio::test]
async fn d12_1_isu_staff_record_a_decision_on_the_register_page_and_everyone_reads_it() {
    let app = TestApp::new().await;
    let (isu, csrf) = app.signed_in("demo-isu").await;
    let page = app.get_with("/ccm/decisions", &[("cookie", &isu)]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("action=\"/ccm/decisions\""), "the form");

    let saved = app
        .post_form("/ccm/decisions", &isu, &a_3rc_decision(&csrf, "1"))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let id = saved_id(saved.location());

    // Anyone reads it, in every language given, on its page, the register and the meeting's page.
    let detail = app.get(&format!("/ccm/decisions/{id}")).await;
    assert_eq!(detail.status, StatusCode::OK);
    assert!(detail.body.contains("appoint the Coordinators (DEMO)"));
    assert!(detail.body.contains("nommer les coordonnateurs"));
    assert!(
        !detail.body.contains("action=\"/ccm/decisions/"),
        "no form for the public"
    );
    let register = app.get("/ccm/decisions").await;
    assert!(
        register
            .body
            .contains(&format!("href=\"/ccm/decisions/{id}\""))
    );
    assert!(
        !register.body.contains("name=\"number\""),
        "no form for the public"
    );
    let meeting = app.get("/ccm/meetings/3RC").await;
    assert!(meeting.body.contains(&format!("/ccm/decisions/{id}")));
    let fr = app.get(&format!("/ccm/decisions/{id}?lang=fr")).await;
    assert!(fr.body.contains("Révisions"));

    // The search finds it at once.
    let found = app
        .get("/api/v1/conventions/ccm/search?q=coordonnateurs")
        .await;
    assert!(
        found.body.contains(&format!("/ccm/decisions/{id}")),
        "{}",
        found.body
    );
    assert!(
        audit_actions(&app)
            .await
            .iter()
            .any(|a| a == "decision.record 3RC decision 1 by demo-isu")
    );

    // A number the meeting already has is refused, with the form as typed.
    let again = app
        .post_form("/ccm/decisions", &isu, &a_3rc_decision(&csrf, "1"))
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains("already has a decision numbered 1"));
    assert!(
        again.body.contains("nommer les coordonnateurs"),
        "kept as typed"
    );
}

#[tokio::test]
async fn d12_1_a_refused_decision_lists_every_problem_and_keeps_what_was_typed() {
    let app = TestApp::new().await;
    let (isu, csrf) = app.signed_in("demo-isu").await;
    let refused = app
        .post_form(
            "/ccm/decisions",
            &isu,
            &[
                ("csrf", &csrf),
                ("meeting", "3RC"),
                ("number", "seven"),
                ("title", "A title kept as typed"),
                ("text_en", ""),
                ("adopts", "CCM/NO/SUCH/DOC"),
                ("supersedes", "2MSP/999"),
                ("decided_on", "31/12/2026"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    for sentence in [
        "is not a decision number",
        "2MSP/999",
        "not a date in the form YYYY-MM-DD",
    ] {
        assert!(refused.body.contains(sentence), "{sentence}");
    }
    assert!(refused.body.contains("A title kept as typed"));
    // The content itself: no text and an unknown document.
    let refused = app
        .post_form(
            "/ccm/decisions",
            &isu,
            &[
                ("csrf", &csrf),
                ("meeting", "3RC"),
                ("number", "7"),
                ("title", ""),
                ("adopts", "CCM/NO/SUCH/DOC"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("CCM/NO/SUCH/DOC"));
    // A meeting that adopts no decisions (an intersessional meeting) is refused by the store.
    let mut typed = a_3rc_decision(&csrf, "1");
    typed[1] = ("meeting", "2ISM");
    let informal = app.post_form("/ccm/decisions", &isu, &typed).await;
    assert_eq!(informal.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        informal
            .body
            .contains("is not a meeting that adopts decisions")
    );
    assert!(
        !audit_actions(&app)
            .await
            .iter()
            .any(|a| a.starts_with("decision.record") && a.contains(" by demo-"))
    );
}

#[tokio::test]
async fn d12_8_a_correction_is_a_new_revision_that_says_why_and_the_old_text_stays() {
    let app = TestApp::new().await;
    let (isu, csrf) = app.signed_in("demo-isu").await;
    let saved = app
        .post_form("/ccm/decisions", &isu, &a_3rc_decision(&csrf, "2"))
        .await;
    let id = saved_id(saved.location());
    let path = format!("/ccm/decisions/{id}");
    let mut corrected = a_3rc_decision(&csrf, "2");
    corrected[4] = (
        "text_en",
        "The Conference decides to appoint the Coordinators listed in the annex (DEMO).",
    );
    // No reason: refused, the correction kept as typed.
    let no_reason = app.post_form(&path, &isu, &corrected).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_reason.body.contains("say why the decision is corrected"));
    assert!(no_reason.body.contains("listed in the annex"));
    corrected.push(("reason", "the annex was left out of the first entry"));
    let done = app.post_form(&path, &isu, &corrected).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);

    let json = app
        .get(&format!("/api/v1/conventions/ccm/decisions/{id}"))
        .await
        .json();
    assert_eq!(json["revision"], 2);
    let revisions = json["revisions"].as_array().expect("revisions");
    assert_eq!(revisions.len(), 2);
    assert_eq!(
        revisions[0]["texts"]["en"],
        "The Conference decides to appoint the Coordinators (DEMO)."
    );
    assert_eq!(
        revisions[1]["reason"],
        "the annex was left out of the first entry"
    );
    assert_eq!(revisions[1]["who"], "demo-isu");
    let page = app.get(&path).await;
    assert!(page.body.contains("listed in the annex"));
    assert!(
        page.body
            .contains("the annex was left out of the first entry")
    );
    assert!(
        page.body
            .contains("The Conference decides to appoint the Coordinators (DEMO).")
    );
    // The same content again changes nothing and is refused.
    let same = app.post_form(&path, &isu, &corrected).await;
    assert_eq!(same.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        audit_actions(&app)
            .await
            .iter()
            .any(|a| a == "decision.correct 3RC decision 2 by demo-isu")
    );
}

#[tokio::test]
async fn d12_1_no_one_below_isu_staff_records_or_corrects_a_decision() {
    let app = TestApp::new().await;
    for who in [
        "demo-observer",
        "demo-focal-point",
        "demo-coordinator",
        "demo-president",
    ] {
        let (cookie, csrf) = app.signed_in(who).await;
        let page = app.get_with("/ccm/decisions", &[("cookie", &cookie)]).await;
        assert!(!page.body.contains("name=\"number\""), "{who} sees no form");
        let answer = app
            .post_form("/ccm/decisions", &cookie, &a_3rc_decision(&csrf, "3"))
            .await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{who}");
    }
    let anonymous = app
        .send(
            axum::http::Request::post("/api/v1/conventions/ccm/decisions")
                .header("content-type", "application/json")
                .body(axum::body::Body::from("{}"))
                .expect("request"),
        )
        .await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    assert!(
        !audit_actions(&app)
            .await
            .iter()
            .any(|a| a.starts_with("decision.") && a.contains(" by demo-"))
    );
}

#[tokio::test]
async fn d12_7_the_api_records_and_corrects_a_decision_with_a_token_and_reads_the_register_on_a_date()
 {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "decisions import").await;

    let body = serde_json::json!({
        "meeting": "3RC",
        "number": 4,
        "title": "Dates of the next meeting (DEMO)",
        "texts": {"en": "The Conference decides the dates of the next meeting (DEMO).", "ar": "يقرر المؤتمر مواعيد الاجتماع المقبل (DEMO)."},
        "source": "DEMO: made up by the decisions test"
    });
    let created = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/decisions",
            &token,
            Some(body),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let json = created.json();
    let id = json["id"].as_i64().expect("id");
    assert_eq!(json["revision"], 1);
    assert_eq!(json["revisions"][0]["who"], "demo-isu");

    let bad = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/decisions",
            &token,
            Some(serde_json::json!({"meeting": "3RC", "number": 5, "title": "", "texts": {}})),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("at least one language"), "{}", bad.body);
    let malformed = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/decisions",
            &token,
            Some(serde_json::json!({"meeting": "3RC"})),
        )
        .await;
    assert_eq!(malformed.status, StatusCode::BAD_REQUEST);

    let corrected = app
        .bearer(
            "POST",
            &format!("/api/v1/conventions/ccm/decisions/{id}/revisions"),
            &token,
            Some(serde_json::json!({
                "title": "Dates and venue of the next meeting (DEMO)",
                "texts": {"en": "The Conference decides the dates and venue of the next meeting (DEMO)."},
                "reason": "the venue was decided too"
            })),
        )
        .await;
    assert_eq!(corrected.status, StatusCode::CREATED, "{}", corrected.body);
    assert_eq!(corrected.json()["revision"], 2);

    // The register on a date before the 3RC holds the 2MSP's decisions, not this one.
    let then = app
        .get("/api/v1/conventions/ccm/decisions?as_of=2012-01-01")
        .await
        .json();
    let then = then.as_array().expect("a list");
    assert!(!then.is_empty());
    assert!(then.iter().all(|d| d["id"].as_i64() != Some(id)));
    let now = app.get("/api/v1/conventions/ccm/decisions").await.json();
    assert!(
        now.as_array()
            .expect("a list")
            .iter()
            .any(|d| d["id"].as_i64() == Some(id))
    );
    let wrong = app
        .get("/api/v1/conventions/ccm/decisions?as_of=yesterday")
        .await;
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn p4_4_a_follow_up_action_cites_the_decision_that_creates_it() {
    let app = TestApp::new().await;
    let (isu, csrf) = app.signed_in("demo-isu").await;
    let saved = app
        .post_form("/ccm/decisions", &isu, &a_3rc_decision(&csrf, "6"))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let raise = |decision: &'static str| {
        let csrf = csrf.clone();
        let isu = isu.clone();
        let app = &app;
        async move {
            app.post_form(
                "/ccm/actions",
                &isu,
                &[
                    ("csrf", &csrf),
                    ("title", "Circulate the list of Coordinators (DEMO)"),
                    ("meeting", ""),
                    ("decision", decision),
                    ("owner_kind", "isu"),
                    ("owner", ""),
                    ("due_on", ""),
                ],
            )
            .await
        }
    };
    let unknown = raise("3RC/99").await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown.body.contains("3RC/99"));
    let raised = raise("3RC/6").await;
    assert_eq!(raised.status, StatusCode::SEE_OTHER, "{}", raised.body);
    let list = app.get_with("/ccm/actions", &[("cookie", &isu)]).await;
    assert!(
        list.body
            .contains("Circulate the list of Coordinators (DEMO)")
    );
    assert!(list.body.contains("3RC decision 6"));
}
