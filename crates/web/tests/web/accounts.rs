//! Issue 12 items 6 and 7 through the router: an administrator adds a user (one-time password,
//! changed at first sign-in), grants and revokes roles, disables, enables and resets; a user
//! changes their password and makes personal API tokens that authorize the API
//! (`Authorization: Bearer`, no CSRF token needed), and a revoked or unknown token gets a 401.
//! Every change leaves its audit entry. Run on SQLite and (with TREATYDESK_TEST_DATABASE_URL)
//! on PostgreSQL.

use crate::common::{Answer, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};

/// The text of the element with `id` (a secret shown once in a `<code>`).
fn code_text(page: &Answer, id: &str) -> String {
    let marker = format!("<code id=\"{id}\">");
    let start = page
        .body
        .find(&marker)
        .unwrap_or_else(|| panic!("no {id} in {}", page.body))
        + marker.len();
    let end = page.body[start..].find('<').expect("closing tag") + start;
    page.body[start..end].to_string()
}

/// Signs in through the form; the session cookie.
async fn sign_in(app: &TestApp, username: &str, password: &str) -> Option<String> {
    let page = app.get("/login").await;
    let csrf = page.hidden("csrf");
    let answer = app
        .post_form(
            "/login",
            &format!("td_csrf={csrf}"),
            &[
                ("username", username),
                ("password", password),
                ("csrf", &csrf),
                ("next", "/ccm/audit"),
            ],
        )
        .await;
    answer
        .cookie("td_session")
        .map(|t| format!("td_session={t}"))
}

async fn actions(app: &TestApp) -> Vec<String> {
    app.db
        .store
        .audit_log(None, 100)
        .await
        .expect("audit")
        .into_iter()
        .map(|e| format!("{} {} by {}", e.action, e.record, e.who))
        .collect()
}

#[tokio::test]
async fn d12_6_an_admin_adds_a_user_who_chooses_their_own_password_at_first_sign_in() {
    let app = TestApp::new().await;
    let (admin, csrf) = app.signed_in("demo-admin").await;
    let list = app.get_with("/admin/users", &[("cookie", &admin)]).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("demo-focal-point"));

    let added = app
        .post_form(
            "/admin/users",
            &admin,
            &[
                ("csrf", &csrf),
                ("username", "new-officer"),
                ("display_name", "New Officer (DEMO)"),
                ("role", "isu-staff"),
                ("convention", "ccm"),
                ("actor", ""),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::OK, "{}", added.body);
    let one_time = code_text(&added, "one-time");
    assert_eq!(one_time.len(), 16);

    // The one-time password opens a session that can reach only the account page.
    let session = sign_in(&app, "new-officer", &one_time)
        .await
        .expect("signed in with the one-time password");
    let elsewhere = app.get_with("/ccm/audit", &[("cookie", &session)]).await;
    assert_eq!(elsewhere.status, StatusCode::SEE_OTHER);
    assert_eq!(elsewhere.location().as_deref(), Some("/account"));
    let account = app.get_with("/account", &[("cookie", &session)]).await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(account.body.contains("Your password was reset"));
    let csrf = account.hidden("csrf");

    // A mistyped confirmation is refused and nothing changes.
    let mistyped = app
        .post_form(
            "/account/password",
            &session,
            &[
                ("csrf", &csrf),
                ("current", &one_time),
                ("new", "a-long-new-password"),
                ("confirm", "a-long-new-passwore"),
            ],
        )
        .await;
    assert_eq!(mistyped.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(mistyped.body.contains("differ"));
    let changed = app
        .post_form(
            "/account/password",
            &session,
            &[
                ("csrf", &csrf),
                ("current", &one_time),
                ("new", "a-long-new-password"),
                ("confirm", "a-long-new-password"),
            ],
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    let audit = app.get_with("/ccm/audit", &[("cookie", &session)]).await;
    assert_eq!(
        audit.status,
        StatusCode::OK,
        "ISU staff reach the audit log now"
    );
    assert!(sign_in(&app, "new-officer", &one_time).await.is_none());
    assert!(
        sign_in(&app, "new-officer", "a-long-new-password")
            .await
            .is_some()
    );
    let log = actions(&app).await;
    assert!(
        log.iter()
            .any(|a| a == "user.add user new-officer by demo-admin")
    );
    assert!(
        log.iter()
            .any(|a| a == "user.passwd user new-officer by new-officer")
    );
}

#[tokio::test]
async fn d12_6_an_admin_grants_revokes_disables_enables_and_resets_and_no_one_else_may() {
    let app = TestApp::new().await;
    let (admin, csrf) = app.signed_in("demo-admin").await;
    let user = "/admin/users/demo-observer";

    // A focal point needs the State it acts for: refused with a sentence, the form kept.
    let refused = app
        .post_form(
            &format!("{user}/grants"),
            &admin,
            &[
                ("csrf", &csrf),
                ("role", "focal-point"),
                ("convention", "ccm"),
                ("actor", ""),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("needs the State it acts for"));
    assert!(refused.body.contains("name=\"convention\" value=\"ccm\""));
    // A State not on record is refused too.
    let unknown = app
        .post_form(
            &format!("{user}/grants"),
            &admin,
            &[
                ("csrf", &csrf),
                ("role", "focal-point"),
                ("convention", "ccm"),
                ("actor", "XXX"),
            ],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown.body.contains("not on record"), "{}", unknown.body);

    let granted = app
        .post_form(
            &format!("{user}/grants"),
            &admin,
            &[
                ("csrf", &csrf),
                ("role", "focal-point"),
                ("convention", "ccm"),
                ("actor", "nzl"),
            ],
        )
        .await;
    assert_eq!(granted.status, StatusCode::SEE_OTHER, "{}", granted.body);
    let store = &app.db.store;
    let observer = store.account("demo-observer").await.expect("account");
    let row = observer
        .grants
        .iter()
        .find(|g| g.grant.actor.as_deref() == Some("NZL"))
        .expect("the new grant");
    let (observer_session, _) = app.signed_in("demo-observer").await;
    let revoked = app
        .post_form(
            &format!("{user}/grants/{}/revoke", row.id),
            &admin,
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    let after = store.account("demo-observer").await.expect("account");
    assert!(after.grants.iter().all(|g| g.id != row.id));

    // Disabling ends the user's session at once; enabling lets them sign in again.
    let disabled = app
        .post_form(
            &format!("{user}/disable"),
            &admin,
            &[("csrf", &csrf), ("disabled", "true")],
        )
        .await;
    assert_eq!(disabled.status, StatusCode::SEE_OTHER);
    let gone = app
        .get_with("/account", &[("cookie", &observer_session)])
        .await;
    assert_eq!(gone.status, StatusCode::SEE_OTHER);
    assert!(gone.location().unwrap_or_default().starts_with("/login"));
    let password = app.password("demo-observer");
    assert!(sign_in(&app, "demo-observer", &password).await.is_none());
    app.post_form(
        &format!("{user}/disable"),
        &admin,
        &[("csrf", &csrf), ("disabled", "false")],
    )
    .await;
    assert!(sign_in(&app, "demo-observer", &password).await.is_some());

    // An administrator cannot disable themselves.
    let own = app
        .post_form(
            "/admin/users/demo-admin/disable",
            &admin,
            &[("csrf", &csrf), ("disabled", "true")],
        )
        .await;
    assert_eq!(own.status, StatusCode::UNPROCESSABLE_ENTITY);

    let reset = app
        .post_form(&format!("{user}/reset"), &admin, &[("csrf", &csrf)])
        .await;
    assert_eq!(reset.status, StatusCode::OK);
    let one_time = code_text(&reset, "one-time");
    assert!(sign_in(&app, "demo-observer", &password).await.is_none());
    assert!(sign_in(&app, "demo-observer", &one_time).await.is_some());

    let log = actions(&app).await;
    for action in [
        "user.grant",
        "user.revoke",
        "user.disable",
        "user.enable",
        "user.reset",
    ] {
        assert!(
            log.iter()
                .any(|a| a == &format!("{action} user demo-observer by demo-admin")),
            "{action} in {log:?}"
        );
    }

    // ISU staff are not administrators.
    let (isu, isu_csrf) = app.signed_in("demo-isu").await;
    assert_eq!(
        app.get_with("/admin/users", &[("cookie", &isu)])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let tried = app
        .post_form(&format!("{user}/reset"), &isu, &[("csrf", &isu_csrf)])
        .await;
    assert_eq!(tried.status, StatusCode::FORBIDDEN);
    // A form without the right CSRF token is refused.
    let forged = app
        .post_form(&format!("{user}/reset"), &admin, &[("csrf", "forged")])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn d12_7_a_personal_token_authorizes_the_api_without_csrf_and_a_revoked_one_gets_401() {
    let app = TestApp::new().await;
    let (admin, csrf) = app.signed_in("demo-admin").await;
    let empty = app
        .post_form("/account/tokens", &admin, &[("csrf", &csrf), ("name", " ")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let made = app
        .post_form(
            "/account/tokens",
            &admin,
            &[("csrf", &csrf), ("name", "nightly export")],
        )
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    let secret = code_text(&made, "new-token");
    assert!(secret.starts_with("td_"));
    // Shown once: the account page lists the token by name and prefix, never the secret.
    let page = app.get_with("/account", &[("cookie", &admin)]).await;
    assert!(page.body.contains("nightly export"));
    assert!(!page.body.contains(&secret));

    let me = app.bearer("GET", "/api/v1/account", &secret, None).await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.body);
    assert_eq!(me.json()["username"], "demo-admin");
    let audit = app
        .bearer("GET", "/api/v1/conventions/ccm/audit", &secret, None)
        .await;
    assert_eq!(
        audit.status,
        StatusCode::OK,
        "the token acts with the admin's roles"
    );

    // A write with the token needs no CSRF token; the store audits it as the owner's.
    let added = app
        .bearer(
            "POST",
            "/api/v1/admin/users",
            &secret,
            Some(serde_json::json!({
                "username": "script-made",
                "grants": [{"role": "observer", "convention": "ccm"}]
            })),
        )
        .await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.body);
    let one_time = added.json()["one_time_password"]
        .as_str()
        .expect("one-time password")
        .to_string();
    assert!(sign_in(&app, "script-made", &one_time).await.is_some());
    let again = app
        .bearer(
            "POST",
            "/api/v1/admin/users",
            &secret,
            Some(serde_json::json!({"username": "script-made"})),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let bad = app.bearer("POST",
        "/api/v1/admin/users",
        &secret,
        Some(serde_json::json!({"username": "x", "grants": [{"role": "focal-point", "convention": "ccm"}]})),
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.json()["error"].as_str().unwrap_or("").contains("State"));
    let granted = app
        .bearer(
            "POST",
            "/api/v1/admin/users/script-made/grants",
            &secret,
            Some(serde_json::json!({"role": "focal-point", "convention": "ccm", "actor": "NZL"})),
        )
        .await;
    assert_eq!(granted.status, StatusCode::CREATED, "{}", granted.body);
    let log = actions(&app).await;
    assert!(
        log.iter()
            .any(|a| a == "user.add user script-made by demo-admin")
    );
    assert!(
        log.iter()
            .any(|a| a == "user.grant user script-made by demo-admin")
    );

    // The same write by session cookie without the CSRF header is refused.
    let no_csrf = app
        .send(
            Request::post("/api/v1/admin/users")
                .header(header::COOKIE, &admin)
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(r#"{"username":"csrf-less"}"#))
                .expect("request"),
        )
        .await;
    assert_eq!(no_csrf.status, StatusCode::FORBIDDEN);

    // Someone else's token is not an administrator's.
    let (isu, isu_csrf) = app.signed_in("demo-isu").await;
    let isu_made = app
        .post_form(
            "/account/tokens",
            &isu,
            &[("csrf", &isu_csrf), ("name", "isu script")],
        )
        .await;
    let isu_secret = code_text(&isu_made, "new-token");
    let refused = app
        .bearer("GET", "/api/v1/admin/users", &isu_secret, None)
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    // Unknown and revoked tokens get a 401 with a sentence.
    let unknown = app.bearer("GET", "/api/v1/account", "td_0000", None).await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert!(unknown.body.contains("not valid"));
    let id = me.json()["tokens"][0]["id"].as_i64().expect("token id");
    let revoked = app
        .bearer(
            "POST",
            &format!("/api/v1/account/tokens/{id}/revoke"),
            &secret,
            None,
        )
        .await;
    assert_eq!(revoked.status, StatusCode::OK, "{}", revoked.body);
    let after = app.bearer("GET", "/api/v1/account", &secret, None).await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED);

    // A disabled user's token stops working.
    let isu_ok = app
        .bearer("GET", "/api/v1/account", &isu_secret, None)
        .await;
    assert_eq!(isu_ok.status, StatusCode::OK);
    let disabled = app
        .post_form(
            "/admin/users/demo-isu/disable",
            &admin,
            &[("csrf", &csrf), ("disabled", "true")],
        )
        .await;
    assert_eq!(disabled.status, StatusCode::SEE_OTHER);
    let isu_after = app
        .bearer("GET", "/api/v1/account", &isu_secret, None)
        .await;
    assert_eq!(isu_after.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn d12_6_the_account_pages_speak_four_languages() {
    let app = TestApp::new().await;
    let (admin, _) = app.signed_in("demo-admin").await;
    for (lang, words) in [("fr", "Votre compte"), ("es", "Su cuenta"), ("ar", "حسابك")] {
        let page = app
            .get_with(&format!("/account?lang={lang}"), &[("cookie", &admin)])
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains(words), "{lang}");
        let users = app
            .get_with(&format!("/admin/users?lang={lang}"), &[("cookie", &admin)])
            .await;
        assert_eq!(users.status, StatusCode::OK);
        assert!(!users.body.contains("Add a user"), "{lang}");
    }
}
