//! Issue 12 item 4 through the router: ISU staff record a State's signature, deposit and
//! withdrawal notice, correct the record and record profile periods, on the State page and
//! through the API with a personal API token. The entry into force (CCM Art. 17) and the
//! effective withdrawal (Art. 20) are computed, never typed; corrections are revisions, kept and
//! shown; every write has its audit entry; nobody below ISU staff writes. Run on SQLite and
//! (with TREATYDESK_TEST_DATABASE_URL) on PostgreSQL.

use crate::common::TestApp;
use axum::http::StatusCode;
use serde_json::json;

async fn audit_actions(app: &TestApp) -> Vec<String> {
    app.db
        .store
        .audit_log(None, 100)
        .await
        .expect("audit")
        .into_iter()
        .map(|e| format!("{} by {}", e.action, e.who))
        .collect()
}

async fn state_json(app: &TestApp, iso3: &str, as_of: &str) -> serde_json::Value {
    let answer = app
        .get(&format!(
            "/api/v1/conventions/ccm/states/{iso3}?as_of={as_of}"
        ))
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    answer.json()["state"].clone()
}

#[tokio::test]
async fn art17_isu_records_signature_and_deposit_on_the_state_page_and_entry_into_force_is_computed()
 {
    let app = TestApp::new().await;
    let (isu, csrf) = app.signed_in("demo-isu").await;
    let page = app.get_with("/ccm/states/USA", &[("cookie", &isu)]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("/ccm/states/USA/participation"));

    let signed = app
        .post_form(
            "/ccm/states/USA/participation",
            &isu,
            &[
                ("csrf", &csrf),
                ("event", "signature"),
                ("on", "2024-01-10"),
            ],
        )
        .await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.body);
    assert_eq!(
        signed.location().as_deref(),
        Some("/ccm/states/USA?saved=1")
    );
    let deposited = app
        .post_form(
            "/ccm/states/USA/participation",
            &isu,
            &[
                ("csrf", &csrf),
                ("event", "deposit"),
                ("on", "2024-03-15"),
                ("deposit_kind", "ratification"),
            ],
        )
        .await;
    assert_eq!(
        deposited.status,
        StatusCode::SEE_OTHER,
        "{}",
        deposited.body
    );

    // Art. 17: the first day of the sixth month after the month of deposit.
    let usa = state_json(&app, "USA", "2024-08-31").await;
    assert_eq!(usa["signed_on"], "2024-01-10");
    assert_eq!(usa["deposited_on"], "2024-03-15");
    assert_eq!(usa["deposit_kind"], "ratification");
    assert_eq!(usa["in_force_on"], "2024-09-01");
    assert_eq!(usa["status"], "ratified-not-in-force");
    assert_eq!(
        state_json(&app, "USA", "2024-09-01").await["status"],
        "party-in-force"
    );
    let shown = app.get("/ccm/states/USA?as_of=2024-09-01").await;
    assert!(
        shown.body.contains("datetime=\"2024-09-01\""),
        "{}",
        shown.body
    );
    // The public page offers no form.
    assert!(!shown.body.contains("/ccm/states/USA/participation"));

    let actions = audit_actions(&app).await;
    assert_eq!(
        actions
            .iter()
            .filter(|a| *a == "participation.record by demo-isu")
            .count(),
        2,
        "{actions:?}"
    );
}

#[tokio::test]
async fn art17_a_deposit_already_on_record_is_refused_and_the_form_keeps_what_was_typed() {
    let app = TestApp::new().await;
    let (isu, csrf) = app.signed_in("demo-isu").await;
    // Austria deposited on 2009-04-02 (the sourced record).
    let again = app
        .post_form(
            "/ccm/states/AUT/participation",
            &isu,
            &[
                ("csrf", &csrf),
                ("event", "deposit"),
                ("on", "2011-05-06"),
                ("deposit_kind", "accession"),
            ],
        )
        .await;
    assert_eq!(
        again.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        again.body
    );
    assert!(again.body.contains("already on record"), "{}", again.body);
    assert!(
        again.body.contains("value=\"2011-05-06\""),
        "{}",
        again.body
    );

    let malformed = app
        .post_form(
            "/ccm/states/USA/participation",
            &isu,
            &[
                ("csrf", &csrf),
                ("event", "deposit"),
                ("on", "15/03/2024"),
                ("deposit_kind", ""),
            ],
        )
        .await;
    assert_eq!(malformed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(malformed.body.contains("YYYY-MM-DD"), "{}", malformed.body);
    assert!(malformed.body.contains("15/03/2024"), "{}", malformed.body);
    assert_eq!(
        state_json(&app, "USA", "2025-01-01").await["deposited_on"],
        json!(null)
    );
}

#[tokio::test]
async fn art20_withdrawal_notice_through_the_api_takes_effect_six_months_later() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "participation test").await;
    let path = "/api/v1/conventions/ccm/states/AUT/participation/events";
    // A later effective date that is not later than the rule gives is refused.
    let early = app
        .bearer(
            "POST",
            path,
            &token,
            Some(json!({"event": "withdrawal-notice", "on": "2025-01-10", "effective_on": "2025-03-01"})),
        )
        .await;
    assert_eq!(
        early.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        early.body
    );
    assert!(early.body.contains("2025-07-10"), "{}", early.body);

    let noticed = app
        .bearer(
            "POST",
            path,
            &token,
            Some(json!({"event": "withdrawal-notice", "on": "2025-01-10"})),
        )
        .await;
    assert_eq!(noticed.status, StatusCode::CREATED, "{}", noticed.body);
    assert_eq!(noticed.json()["withdrawal_effective_on"], "2025-07-10");
    assert_eq!(noticed.json()["in_force_on"], "2010-08-01");
    assert_eq!(
        state_json(&app, "AUT", "2025-07-09").await["status"],
        "party-in-force"
    );
    assert_eq!(
        state_json(&app, "AUT", "2025-07-10").await["status"],
        "withdrawn"
    );
    // A second notice is a conflict.
    let twice = app
        .bearer(
            "POST",
            path,
            &token,
            Some(json!({"event": "withdrawal-notice", "on": "2025-02-10"})),
        )
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT, "{}", twice.body);
    assert!(
        audit_actions(&app)
            .await
            .contains(&"participation.record by demo-isu".to_string())
    );
}

#[tokio::test]
async fn p2_record_not_rewritten_a_correction_is_a_new_revision_and_the_old_record_stays() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-isu", "participation test").await;
    let path = "/api/v1/conventions/ccm/states/AUT/participation/corrections";
    let facts = json!({
        "signed_on": "2008-12-03",
        "deposited_on": "2010-03-02",
        "deposit_kind": "ratification",
        "note": "DEMO: a corrected date, made up by the participation test",
    });
    let mut no_reason = facts.clone();
    no_reason["reason"] = json!("typo");
    let refused = app.bearer("POST", path, &token, Some(no_reason)).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    assert!(refused.body.contains("say why"), "{}", refused.body);

    let mut with_reason = facts.clone();
    with_reason["reason"] = json!("DEMO: the depositary's notification gives another date");
    let corrected = app.bearer("POST", path, &token, Some(with_reason)).await;
    assert_eq!(corrected.status, StatusCode::CREATED, "{}", corrected.body);
    // Deposited after the first thirty: the first day of the sixth month after March 2010.
    assert_eq!(corrected.json()["in_force_on"], "2010-09-01");

    let history = app
        .bearer(
            "GET",
            "/api/v1/conventions/ccm/states/AUT/participation/history",
            &token,
            None,
        )
        .await;
    assert_eq!(history.status, StatusCode::OK, "{}", history.body);
    let revisions = history.json()["revisions"].clone();
    let revisions = revisions.as_array().expect("revisions");
    assert_eq!(revisions.len(), 2, "{}", history.body);
    assert_eq!(revisions[0]["participation"]["deposited_on"], "2009-04-02");
    assert_eq!(revisions[1]["participation"]["deposited_on"], "2010-03-02");
    assert_eq!(revisions[1]["who"], "demo-isu");
    // Who recorded it is for ISU staff only.
    let public = app
        .get("/api/v1/conventions/ccm/states/AUT/participation/history")
        .await;
    assert_eq!(public.json()["revisions"][1]["who"], json!(null));
    assert_eq!(
        public.json()["revisions"][1]["reason"],
        "DEMO: the depositary's notification gives another date"
    );
    let page = app.get("/ccm/states/AUT").await;
    assert!(page.body.contains("id=\"revisions\""), "{}", page.body);
    assert!(
        page.body.contains("notification gives another date"),
        "{}",
        page.body
    );
    assert!(
        audit_actions(&app)
            .await
            .contains(&"participation.correct by demo-isu".to_string())
    );
}

#[tokio::test]
async fn p2_record_not_rewritten_profile_periods_recorded_on_the_page_and_corrected_through_the_api()
 {
    let app = TestApp::new().await;
    let (isu, csrf) = app.signed_in("demo-isu").await;
    let recorded = app
        .post_form(
            "/ccm/states/USA/profile",
            &isu,
            &[
                ("csrf", &csrf),
                ("kind", "stockpile-holder"),
                ("from", "2024-01-01"),
                ("until", ""),
                ("source", "DEMO: made up by the participation test"),
            ],
        )
        .await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", recorded.body);
    let holding = state_json(&app, "USA", "2024-06-01").await;
    assert_eq!(
        holding["profile"][0]["kind"], "stockpile-holder",
        "{holding}"
    );
    assert_eq!(holding["profile"][0]["holds_on_as_of"], true, "{holding}");

    // A period that ends before it begins is refused, with what was typed kept.
    let backwards = app
        .post_form(
            "/ccm/states/USA/profile",
            &isu,
            &[
                ("csrf", &csrf),
                ("kind", "affected"),
                ("from", "2024-05-01"),
                ("until", "2024-01-01"),
                ("source", "DEMO: backwards"),
            ],
        )
        .await;
    assert_eq!(
        backwards.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        backwards.body
    );
    assert!(
        backwards.body.contains("value=\"DEMO: backwards\""),
        "{}",
        backwards.body
    );

    let token = app.api_token("demo-isu", "participation test").await;
    let history = app
        .bearer(
            "GET",
            "/api/v1/conventions/ccm/states/USA/participation/history",
            &token,
            None,
        )
        .await;
    let id = history.json()["profile"][0]["id"]
        .as_i64()
        .expect("entry id");
    let fix = app
        .bearer(
            "POST",
            &format!("/api/v1/conventions/ccm/states/USA/profile/{id}/corrections"),
            &token,
            Some(json!({
                "kind": "stockpile-holder",
                "from": "2023-06-01",
                "until": "2025-01-01",
                "source": "DEMO: corrected by the participation test",
                "reason": "DEMO: the stockpile was declared destroyed",
            })),
        )
        .await;
    assert_eq!(fix.status, StatusCode::CREATED, "{}", fix.body);
    let again = app
        .bearer(
            "POST",
            &format!("/api/v1/conventions/ccm/states/USA/profile/{id}/corrections"),
            &token,
            Some(json!({
                "kind": "stockpile-holder",
                "source": "DEMO: a second correction of the same entry",
                "reason": "DEMO: should correct the newest one",
            })),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.body);
    // Another State's entry cannot be corrected under this State's address.
    let elsewhere = app
        .bearer(
            "POST",
            &format!("/api/v1/conventions/ccm/states/AFG/profile/{id}/corrections"),
            &token,
            Some(json!({"kind": "affected", "source": "DEMO", "reason": "DEMO: wrong State"})),
        )
        .await;
    assert_eq!(
        elsewhere.status,
        StatusCode::NOT_FOUND,
        "{}",
        elsewhere.body
    );

    let after = app
        .get("/api/v1/conventions/ccm/states/USA/participation/history")
        .await
        .json();
    let entries = after["profile"].as_array().expect("profile");
    assert_eq!(entries.len(), 2, "{after}");
    assert_eq!(entries[0]["superseded_by"], entries[1]["id"]);
    assert_eq!(entries[0]["from"], "2024-01-01");
    let holds = state_json(&app, "USA", "2025-02-01").await;
    assert_eq!(holds["profile"][0]["holds_on_as_of"], false, "{holds}");
    let page = app.get("/ccm/states/USA").await;
    assert!(
        page.body.contains("id=\"profile-corrected\""),
        "{}",
        page.body
    );
    let actions = audit_actions(&app).await;
    assert!(actions.contains(&"profile.record by demo-isu".to_string()));
    assert!(actions.contains(&"profile.correct by demo-isu".to_string()));
}

#[tokio::test]
async fn p4_participation_is_written_by_isu_staff_only() {
    let app = TestApp::new().await;
    for user in ["demo-observer", "demo-focal-point", "demo-president"] {
        let (cookie, csrf) = app.signed_in(user).await;
        let page = app
            .get_with("/ccm/states/USA", &[("cookie", &cookie)])
            .await;
        assert!(
            !page.body.contains("/ccm/states/USA/participation"),
            "{user}"
        );
        let refused = app
            .post_form(
                "/ccm/states/USA/participation",
                &cookie,
                &[
                    ("csrf", &csrf),
                    ("event", "signature"),
                    ("on", "2024-01-10"),
                ],
            )
            .await;
        assert_eq!(
            refused.status,
            StatusCode::FORBIDDEN,
            "{user}: {}",
            refused.body
        );
        let token = app.api_token(user, "not allowed").await;
        let api = app
            .bearer(
                "POST",
                "/api/v1/conventions/ccm/states/USA/profile",
                &token,
                Some(json!({"kind": "affected", "source": "DEMO"})),
            )
            .await;
        assert_eq!(api.status, StatusCode::FORBIDDEN, "{user}: {}", api.body);
    }
    let anonymous = app
        .send(
            axum::http::Request::post("/api/v1/conventions/ccm/states/USA/participation/events")
                .header("content-type", "application/json")
                .body(axum::body::Body::from(
                    json!({"event": "signature", "on": "2024-01-10"}).to_string(),
                ))
                .expect("request"),
        )
        .await;
    assert_eq!(
        anonymous.status,
        StatusCode::UNAUTHORIZED,
        "{}",
        anonymous.body
    );
    assert_eq!(
        state_json(&app, "USA", "2025-01-01").await["signed_on"],
        json!(null)
    );
}

/// Issue 19 item 3 and the rules' partial list: ISU staff say what a partial participation list
/// holds, or empty the note once the list is complete, on the States page and through the API.
/// The old note stays in the audit entry; a refusal keeps what was typed; nobody else writes it.
#[tokio::test]
async fn p19_3_isu_sets_the_participation_note_on_the_page_and_through_the_api() {
    let app = TestApp::new().await;
    let (isu, csrf) = app.signed_in("demo-isu").await;
    let before = app.get_with("/ccm/states", &[("cookie", &isu)]).await;
    assert!(before.body.contains("Partial list: 61 States"));
    assert!(
        before.body.contains("action=\"/ccm/states/note\""),
        "ISU staff get the form"
    );
    let anonymous = app.get("/ccm/states").await;
    assert!(!anonymous.body.contains("action=\"/ccm/states/note\""));
    // No reason: refused, the note as typed kept.
    let refused = app
        .post_form(
            "/ccm/states/note",
            &isu,
            &[
                ("csrf", &csrf),
                ("note", "DEMO: only States A to C"),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("say why the note changes"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("DEMO: only States A to C"));
    let saved = app
        .post_form(
            "/ccm/states/note",
            &isu,
            &[
                ("csrf", &csrf),
                ("note", ""),
                ("reason", "the list is now complete"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let after = app.get("/ccm/states").await;
    assert!(!after.body.contains("Partial list: 61 States"));
    let entry = app
        .db
        .store
        .audit_log(None, 5)
        .await
        .expect("audit")
        .into_iter()
        .find(|e| e.action == "convention.note")
        .expect("audited");
    assert_eq!(entry.who, "demo-isu");
    assert!(
        entry.detail.contains("Partial list: 61 States"),
        "the old note is kept"
    );
    // Through the API with a personal token; an observer is refused.
    let token = app.api_token("demo-isu", "note").await;
    let api = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/states/note",
            &token,
            Some(json!({"note": "DEMO: a partial list again", "reason": "testing the API"})),
        )
        .await;
    assert_eq!(api.status, StatusCode::CREATED, "{}", api.body);
    assert_eq!(api.json()["partial"], true);
    assert!(
        app.get("/ccm/states")
            .await
            .body
            .contains("DEMO: a partial list again")
    );
    let observer = app.api_token("demo-observer", "note").await;
    let no = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/states/note",
            &observer,
            Some(json!({"note": "", "reason": "not mine to change"})),
        )
        .await;
    assert_eq!(no.status, StatusCode::FORBIDDEN);
}
