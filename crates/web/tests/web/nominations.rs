//! Issue 12 item 2 through the router: before a meeting that selects Coordinators (the demo's
//! 3RC), a State's focal point nominates its own State for seats in order of preference and
//! withdraws until the meeting opens; ISU staff enter a nomination on a State's behalf,
//! recorded as such; P2.4 refuses a State that will not be a State Party in force and warns
//! about one whose participation is not on record. ISU staff and the President see every
//! nomination, a focal point its own State's, the Coordinators every one once the meeting has
//! opened. The same through the JSON API, with a personal token. Run on SQLite and (with
//! TREATYDESK_TEST_DATABASE_URL) on PostgreSQL.

use crate::common::{Answer, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use time::Duration;

const PAGE: &str = "/ccm/meetings/3RC/nominations";
const API: &str = "/api/v1/conventions/ccm/meetings/3RC/nominations";

/// A session's cookie and the CSRF token of its forms, read from the nominations page.
async fn signed_in(app: &TestApp, username: &str) -> (String, String) {
    let token = app.session_for(username).await;
    let cookie = format!("td_session={token}");
    let page = app.get_with(PAGE, &[("cookie", &cookie)]).await;
    assert_eq!(page.status, StatusCode::OK, "{username}: {}", page.body);
    (cookie, page.hidden("csrf"))
}

/// The 3RC's nominations as the ISU sees them (through the API).
async fn all_nominations(app: &TestApp) -> Vec<serde_json::Value> {
    let isu = app.session_for("demo-isu").await;
    let answer = app.get_as(API, Some(&isu)).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    answer.json()["nominations"]
        .as_array()
        .expect("nominations")
        .clone()
}

/// The id of `state`'s nomination with `status`.
async fn nomination_of(app: &TestApp, state: &str, status: &str) -> Option<i64> {
    all_nominations(app)
        .await
        .iter()
        .find(|n| n["state"] == state && n["status"] == status)
        .and_then(|n| n["id"].as_i64())
}

async fn audit(app: &TestApp) -> Vec<String> {
    app.db
        .store
        .audit_log(None, 200)
        .await
        .expect("audit")
        .into_iter()
        .map(|e| format!("{} {} by {}", e.action, e.record, e.who))
        .collect()
}

async fn send_json(
    app: &TestApp,
    path: &str,
    auth: (&str, &str),
    body: Option<serde_json::Value>,
) -> Answer {
    let mut request = Request::post(path).header(auth.0, auth.1);
    if body.is_some() {
        request = request.header(header::CONTENT_TYPE, "application/json");
    }
    let body = body.map(|b| Body::from(b.to_string())).unwrap_or_default();
    app.send(request.body(body).expect("request")).await
}

/// Dates the 3RC so that it opened two days ago and closes in three.
async fn open_the_3rc(app: &TestApp) {
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    let today = treatydesk_store::now().date();
    app.db
        .store
        .update_meeting(
            &treatydesk_store::audit::Author::system("test: the 3RC opens"),
            &ccm,
            "3RC",
            treatydesk_store::meetings::MeetingEdit {
                venue: "Geneva".into(),
                opens_on: Some(today - Duration::days(2)),
                closes_on: Some(today + Duration::days(3)),
                status: treatydesk_domain::schedule::MeetingStatus::Planned,
                sitting: treatydesk_domain::schedule::Sitting::Days,
                presiding: None,
            },
        )
        .await
        .expect("dated");
}

#[tokio::test]
async fn nomination_focal_point_nominates_own_state_and_withdraws() {
    let app = TestApp::new().await;
    let (focal, csrf) = signed_in(&app, "demo-focal-point").await;
    // The focal point of Nigeria sees Nigeria's nomination only, and the form for Nigeria.
    let page = app.get_with(PAGE, &[("cookie", &focal)]).await;
    assert!(page.body.contains("Nigeria"), "{}", page.body);
    assert!(
        !page.body.contains("Chile"),
        "another State's nomination shows"
    );
    // Nigeria has a standing nomination: the page says to withdraw it first.
    assert!(page.body.contains("Your State has a standing nomination"));
    assert!(!page.body.contains("name=\"seat\""));
    // Nigeria already has a standing nomination: a second is refused, the form kept.
    let again = app
        .post_form(
            PAGE,
            &focal,
            &[
                ("csrf", &csrf),
                ("state", "NGA"),
                ("seat", "a-1"),
                ("preference", "1"),
                ("statement", "Nigeria offers to serve again."),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains("id=\"problems\""));
    assert!(again.body.contains("already has a standing nomination"));
    assert!(again.body.contains("Nigeria offers to serve again."));
    // Without the CSRF token, nothing happens.
    let forged = app
        .post_form(PAGE, &focal, &[("seat", "a-1"), ("preference", "1")])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    // Not for another State, and not another State's nomination.
    let other = app
        .post_form(
            PAGE,
            &focal,
            &[
                ("csrf", &csrf),
                ("state", "CHL"),
                ("seat", "a-1"),
                ("preference", "1"),
            ],
        )
        .await;
    assert_eq!(other.status, StatusCode::FORBIDDEN);
    let chile = nomination_of(&app, "CHL", "standing")
        .await
        .expect("Chile's");
    let not_mine = app
        .post_form(
            &format!("{PAGE}/{chile}/withdraw"),
            &focal,
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(not_mine.status, StatusCode::FORBIDDEN);

    // Nigeria withdraws its nomination, then nominates again.
    let nigeria = nomination_of(&app, "NGA", "standing")
        .await
        .expect("Nigeria's");
    let withdrawn = app
        .post_form(
            &format!("{PAGE}/{nigeria}/withdraw"),
            &focal,
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(
        withdrawn.status,
        StatusCode::SEE_OTHER,
        "{}",
        withdrawn.body
    );
    let page = app
        .get_with(
            &withdrawn.location().expect("back to the page"),
            &[("cookie", &focal)],
        )
        .await;
    assert!(page.body.contains("name=\"state\" value=\"NGA\""));
    assert!(page.body.contains("The nomination is withdrawn."));
    let made = app
        .post_form(
            PAGE,
            &focal,
            &[
                ("csrf", &csrf),
                ("state", "NGA"),
                ("seat", "b-1"),
                ("preference", "2"),
                ("seat", "a-2"),
                ("preference", "1"),
                ("seat", ""),
                ("preference", "3"),
                ("statement", "Nigeria offers to serve."),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let location = made.location().expect("back to the page");
    assert!(
        location.starts_with(&format!("{PAGE}?saved=")),
        "{location}"
    );
    let shown = app.get_with(&location, &[("cookie", &focal)]).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.body.contains("The nomination is recorded."));
    assert!(shown.body.contains("Nigeria offers to serve."));
    // The first choice first.
    let a2 = shown.body.find("(a-2)").expect("a-2 shown");
    let b1 = shown.body.find("(b-1)").expect("b-1 shown");
    assert!(a2 < b1, "in order of preference");
    // The withdrawn one stays on record, marked so.
    assert!(shown.body.contains("Withdrawn"));
    assert_eq!(
        nomination_of(&app, "NGA", "withdrawn").await,
        Some(nigeria),
        "kept, marked withdrawn"
    );
    let new = all_nominations(&app)
        .await
        .into_iter()
        .find(|n| n["state"] == "NGA" && n["status"] == "standing")
        .expect("Nigeria's new nomination");
    assert_eq!(new["on_behalf"], false);
    assert_eq!(new["choices"][0]["seat"], "a-2");
    assert_eq!(new["choices"][1]["seat"], "b-1");
    let log = audit(&app).await;
    assert!(
        log.iter()
            .any(|l| l.starts_with("nomination.withdraw") && l.ends_with("by demo-focal-point")),
        "{log:?}"
    );
    assert!(
        log.iter()
            .any(|l| l.starts_with("nomination.add") && l.ends_with("by demo-focal-point")),
        "{log:?}"
    );
    // The meeting page links to the nominations for the focal point.
    let meeting = app
        .get_with("/ccm/meetings/3RC", &[("cookie", &focal)])
        .await;
    assert!(meeting.body.contains(&format!("href=\"{PAGE}\"")));
}

#[tokio::test]
async fn nomination_isu_enters_on_behalf_recorded_as_such() {
    let app = TestApp::new().await;
    let (isu, csrf) = signed_in(&app, "demo-isu").await;
    let page = app.get_with(PAGE, &[("cookie", &isu)]).await;
    // The ISU chooses the State.
    assert!(page.body.contains("<select id=\"n-state\" name=\"state\""));
    // No State chosen: refused, with the reason.
    let no_state = app
        .post_form(
            PAGE,
            &isu,
            &[("csrf", &csrf), ("seat", "nim-1"), ("preference", "1")],
        )
        .await;
    assert_eq!(no_state.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_state.body.contains("Choose the State you nominate."));
    // Norway: a State whose participation the partial list does not hold; recorded with the
    // P2.4 warning, shown after saving.
    let made = app
        .post_form(
            PAGE,
            &isu,
            &[
                ("csrf", &csrf),
                ("state", "NOR"),
                ("seat", "nim-1"),
                ("preference", "1"),
                ("statement", "Entered from Norway's note verbale."),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let shown = app
        .get_with(&made.location().expect("location"), &[("cookie", &isu)])
        .await;
    assert!(shown.body.contains("id=\"findings\""), "{}", shown.body);
    assert!(shown.body.contains("P2.4"));
    assert!(shown.body.contains("Entered by the ISU on the State"));
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    let rc3 = app.db.store.meeting(&ccm, "3RC").await.expect("3RC");
    let norway = app
        .db
        .store
        .nominations_for(&rc3)
        .await
        .expect("nominations")
        .into_iter()
        .find(|n| n.state == "NOR")
        .expect("Norway's");
    assert!(norway.on_behalf);
    assert_eq!(norway.entered_by, "demo-isu");
    let api = all_nominations(&app).await;
    let out = api
        .iter()
        .find(|n| n["state"] == "NOR")
        .expect("in the API");
    assert_eq!(out["on_behalf"], true);
    // The ISU withdraws it on the State's behalf.
    let withdrawn = app
        .post_form(
            &format!("{PAGE}/{}/withdraw", norway.id),
            &isu,
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::SEE_OTHER);
    let twice = app
        .post_form(
            &format!("{PAGE}/{}/withdraw", norway.id),
            &isu,
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(twice.body.contains("already withdrawn"));
    assert!(
        audit(&app)
            .await
            .iter()
            .any(|l| l.starts_with("nomination.add") && l.ends_with("by demo-isu"))
    );
}

#[tokio::test]
async fn p2_4_nomination_refused_for_state_not_in_force_and_form_kept() {
    let app = TestApp::new().await;
    let (isu, csrf) = signed_in(&app, "demo-isu").await;
    // Angola signed and has not ratified: not a State Party in force on the term's first day.
    let refused = app
        .post_form(
            PAGE,
            &isu,
            &[
                ("csrf", &csrf),
                ("state", "AGO"),
                ("seat", "a-1"),
                ("preference", "1"),
                ("seat", "zz-9"),
                ("preference", "2"),
                ("statement", "Angola would serve."),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("id=\"problems\""));
    assert!(
        refused.body.contains("will not be a State Party in force"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("(P2.4)"));
    assert!(refused.body.contains("zz-9"));
    // Everything typed is kept.
    assert!(refused.body.contains("Angola would serve."));
    assert!(refused.body.contains("<option value=\"AGO\" selected>"));
    assert!(refused.body.contains("<option value=\"a-1\" selected>"));
    // A preference that is not a number, and gaps in the order.
    let bad = app
        .post_form(
            PAGE,
            &isu,
            &[
                ("csrf", &csrf),
                ("state", "ALB"),
                ("seat", "a-1"),
                ("preference", "first"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("must be a whole number from 1 to 20"));
    let gaps = app
        .post_form(
            PAGE,
            &isu,
            &[
                ("csrf", &csrf),
                ("state", "ALB"),
                ("seat", "a-1"),
                ("preference", "1"),
                ("seat", "a-2"),
                ("preference", "3"),
            ],
        )
        .await;
    assert_eq!(gaps.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(gaps.body.contains("without gaps or repeats"));
    assert!(nomination_of(&app, "AGO", "standing").await.is_none());
    // A meeting that selects no Coordinators takes none.
    let ism = app
        .post_form(
            "/ccm/meetings/2ISM/nominations",
            &isu,
            &[
                ("csrf", &csrf),
                ("state", "ALB"),
                ("seat", "a-1"),
                ("preference", "1"),
            ],
        )
        .await;
    assert_eq!(ism.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(ism.body.contains("does not select Coordinators"));
    // ... and its page does not link to nominations.
    let page = app
        .get_with("/ccm/meetings/2ISM", &[("cookie", &isu)])
        .await;
    assert!(!page.body.contains("/nominations"));
}

#[tokio::test]
async fn nomination_refused_after_meeting_opens() {
    let app = TestApp::new().await;
    let (focal, csrf) = signed_in(&app, "demo-focal-point").await;
    let coordinator = app.session_for("demo-coordinator").await;
    // Before the meeting opens, the Coordinators do not see the nominations.
    assert_eq!(
        app.get_as(PAGE, Some(&coordinator)).await.status,
        StatusCode::FORBIDDEN
    );
    let nigeria = nomination_of(&app, "NGA", "standing")
        .await
        .expect("Nigeria's");
    open_the_3rc(&app).await;
    let late = app
        .post_form(
            PAGE,
            &focal,
            &[("csrf", &csrf), ("seat", "a-1"), ("preference", "1")],
        )
        .await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        late.body.contains("nominations for it are closed"),
        "{}",
        late.body
    );
    let withdraw = app
        .post_form(
            &format!("{PAGE}/{nigeria}/withdraw"),
            &focal,
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(withdraw.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(withdraw.body.contains("only until the meeting opens"));
    assert_eq!(nomination_of(&app, "NGA", "standing").await, Some(nigeria));
    // The page says the list is closed, offers no form and no withdrawal.
    let page = app.get_with(PAGE, &[("cookie", &focal)]).await;
    assert!(page.body.contains("the list of nominations is closed"));
    assert!(!page.body.contains("/withdraw"));
    assert!(!page.body.contains("name=\"seat\""));
    // Now the Coordinators see every nomination.
    let seen = app.get_as(API, Some(&coordinator)).await;
    assert_eq!(seen.status, StatusCode::OK, "{}", seen.body);
    assert_eq!(seen.json()["sees_all"], true);
    assert!(seen.json()["nominations"].as_array().expect("list").len() >= 16);
}

#[tokio::test]
async fn nomination_visible_to_isu_president_own_focal_point_only() {
    let app = TestApp::new().await;
    for (account, sees) in [
        (None, None),
        (Some("demo-observer"), None),
        (Some("demo-coordinator"), None),
        (Some("demo-focal-point"), Some(false)),
        (Some("demo-president"), Some(true)),
        (Some("demo-isu"), Some(true)),
        (Some("demo-admin"), Some(true)),
    ] {
        let token = match account {
            Some(name) => Some(app.session_for(name).await),
            None => None,
        };
        let who = account.unwrap_or("anonymous");
        let page = app.get_as(PAGE, token.as_deref()).await;
        let api = app.get_as(API, token.as_deref()).await;
        let meeting = app.get_as("/ccm/meetings/3RC", token.as_deref()).await;
        match sees {
            None => {
                let (page_status, api_status) = if account.is_none() {
                    (StatusCode::SEE_OTHER, StatusCode::UNAUTHORIZED)
                } else {
                    (StatusCode::FORBIDDEN, StatusCode::FORBIDDEN)
                };
                assert_eq!(page.status, page_status, "{who}");
                assert_eq!(api.status, api_status, "{who}");
                assert!(!api.body.contains("Nigeria"), "{who}");
                assert!(
                    !meeting.body.contains(&format!("href=\"{PAGE}\"")),
                    "{who} gets a link"
                );
            }
            Some(all) => {
                assert_eq!(page.status, StatusCode::OK, "{who}");
                assert_eq!(api.status, StatusCode::OK, "{who}");
                let list = api.json()["nominations"].as_array().expect("list").clone();
                if all {
                    assert_eq!(list.len(), 16, "{who} sees every demo nomination");
                } else {
                    assert!(list.iter().all(|n| n["state"] == "NGA"), "{who}");
                    assert_eq!(list.len(), 1, "{who}");
                }
                assert!(
                    meeting.body.contains(&format!("href=\"{PAGE}\"")),
                    "{who} gets a link"
                );
            }
        }
    }
    // An unknown meeting is missing.
    let isu = app.session_for("demo-isu").await;
    assert_eq!(
        app.get_as(
            "/api/v1/conventions/ccm/meetings/99RC/nominations",
            Some(&isu)
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn nomination_through_the_api_with_a_personal_token() {
    let app = TestApp::new().await;
    let session = app.session_for("demo-focal-point").await;
    let cookie = format!("td_session={session}");
    let csrf = app
        .get_with("/account", &[("cookie", &cookie)])
        .await
        .hidden("csrf");
    // A session's write needs the CSRF header.
    let no_header = send_json(
        &app,
        "/api/v1/account/tokens",
        ("cookie", &cookie),
        Some(serde_json::json!({"name": "nominations"})),
    )
    .await;
    assert_eq!(no_header.status, StatusCode::FORBIDDEN);
    let request = Request::post("/api/v1/account/tokens")
        .header(header::COOKIE, &cookie)
        .header("x-csrf-token", &csrf)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(r#"{"name": "nominations"}"#))
        .expect("request");
    let made = app.send(request).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let secret = made.json()["secret"].as_str().expect("secret").to_string();
    let bearer = format!("Bearer {secret}");
    let auth = ("authorization", bearer.as_str());

    let listed = app
        .get_with(API, &[("authorization", bearer.as_str())])
        .await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.body);
    let json = listed.json();
    assert_eq!(json["sees_all"], false);
    assert_eq!(
        json["may_nominate"],
        serde_json::json!([]),
        "Nigeria withdraws its standing nomination first"
    );
    let nigeria = json["nominations"][0]["id"].as_i64().expect("id");
    // A session cookie without the header cannot write here either.
    let forged = send_json(
        &app,
        &format!("{API}/{nigeria}/withdraw"),
        ("cookie", &cookie),
        None,
    )
    .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    // With the token: no CSRF needed.
    let withdrawn = send_json(&app, &format!("{API}/{nigeria}/withdraw"), auth, None).await;
    assert_eq!(withdrawn.status, StatusCode::OK, "{}", withdrawn.body);
    assert_eq!(withdrawn.json()["status"], "withdrawn");
    let listed = app
        .get_with(API, &[("authorization", bearer.as_str())])
        .await;
    assert_eq!(listed.json()["may_nominate"], serde_json::json!(["NGA"]));
    let twice = send_json(&app, &format!("{API}/{nigeria}/withdraw"), auth, None).await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    let body = serde_json::json!({
        "choices": [{"seat": "a-1", "preference": 1}, {"seat": "c-1", "preference": 2}],
        "statement": "Nigeria offers to serve (API)."
    });
    let nominated = send_json(&app, API, auth, Some(body.clone())).await;
    assert_eq!(nominated.status, StatusCode::CREATED, "{}", nominated.body);
    let out = nominated.json();
    assert_eq!(out["nomination"]["state"], "NGA");
    assert_eq!(out["nomination"]["on_behalf"], false);
    assert_eq!(out["nomination"]["choices"][1]["seat"], "c-1");
    assert!(out["findings"].is_array());
    let again = send_json(&app, API, auth, Some(body)).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.json()["error"].is_string());
    // Another State, gaps in the order, a body that is not the JSON described.
    let other = send_json(
        &app,
        API,
        auth,
        Some(serde_json::json!({"state": "CHL", "choices": [{"seat": "a-1", "preference": 1}]})),
    )
    .await;
    assert_eq!(other.status, StatusCode::FORBIDDEN);
    let gaps = send_json(
        &app,
        API,
        auth,
        Some(serde_json::json!({"choices": [{"seat": "a-1", "preference": 2}]})),
    )
    .await;
    assert_eq!(gaps.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        gaps.json()["error"]
            .as_str()
            .unwrap_or("")
            .contains("without gaps"),
        "{}",
        gaps.body
    );
    let malformed = send_json(&app, API, auth, Some(serde_json::json!({"seats": "a-1"}))).await;
    assert_eq!(malformed.status, StatusCode::BAD_REQUEST);
    // Nobody below: an observer's token is refused.
    let observer = app.session_for("demo-observer").await;
    let refused = send_json(
        &app,
        API,
        ("cookie", &format!("td_session={observer}")),
        Some(serde_json::json!({"choices": []})),
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let anonymous = app.get(API).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    let log = audit(&app).await;
    assert!(
        log.iter()
            .filter(|l| l.ends_with("by demo-focal-point"))
            .any(|l| l.starts_with("nomination.add")),
        "{log:?}"
    );
}

#[tokio::test]
async fn nomination_page_speaks_four_languages() {
    let app = TestApp::new().await;
    let focal = app.session_for("demo-focal-point").await;
    for (lang, words) in [
        ("en", "Nominations for 3RC"),
        ("fr", "Candidatures pour la 3RC"),
        ("es", "Candidaturas para la 3RC"),
        ("ar", "الترشيحات لـ 3RC"),
    ] {
        let page = app
            .get_as(&format!("{PAGE}?lang={lang}"), Some(&focal))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains(words), "{lang}");
    }
}
