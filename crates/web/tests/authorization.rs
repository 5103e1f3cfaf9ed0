//! The authorization matrix: every route, every role. Public routes answer every reader; the
//! audit log answers ISU staff and administrators only; pages send anonymous readers to sign
//! in and refuse signed-in readers below the level; the API answers 401 and 403.

mod common;

use axum::http::StatusCode;
use common::TestApp;

/// Every route of the router, with an address to try.
const PUBLIC: &[&str] = &[
    "/",
    "/login",
    "/ccm",
    "/ccm/states",
    "/ccm/states.csv",
    "/ccm/states/NGA",
    "/static/app.css",
    "/healthz",
    "/metrics",
    "/api/openapi.json",
    "/api/v1/conventions",
    "/api/v1/conventions/ccm",
    "/api/v1/conventions/ccm/states",
    "/api/v1/conventions/ccm/states/NGA",
];
const ISU_PAGES: &[&str] = &["/ccm/audit"];
const ISU_API: &[&str] = &["/api/v1/conventions/ccm/audit"];

/// (demo account or None for anonymous, reaches ISU level in the CCM)
const ROLES: &[(Option<&str>, bool)] = &[
    (None, false),
    (Some("demo-observer"), false),
    (Some("demo-focal-point"), false),
    (Some("demo-coordinator"), false),
    (Some("demo-president"), false),
    (Some("demo-isu"), true),
    (Some("demo-admin"), true),
];

#[tokio::test]
async fn every_route_with_every_role() {
    let app = TestApp::new().await;
    for (account, isu) in ROLES {
        let token = match account {
            Some(name) => Some(app.session_for(name).await),
            None => None,
        };
        let who = account.unwrap_or("anonymous");
        for path in PUBLIC {
            let answer = app.get_as(path, token.as_deref()).await;
            assert_eq!(answer.status, StatusCode::OK, "{who} GET {path}");
        }
        for path in ISU_PAGES {
            let answer = app.get_as(path, token.as_deref()).await;
            match (account, isu) {
                (_, true) => assert_eq!(answer.status, StatusCode::OK, "{who} GET {path}"),
                (None, _) => {
                    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{who} GET {path}");
                    assert_eq!(answer.location().as_deref(), Some("/login?next=/ccm/audit"));
                }
                _ => {
                    assert_eq!(answer.status, StatusCode::FORBIDDEN, "{who} GET {path}");
                    assert!(
                        !answer.body.contains("participation.import"),
                        "{who} sees the log"
                    );
                }
            }
        }
        for path in ISU_API {
            let answer = app.get_as(path, token.as_deref()).await;
            let expected = match (account, isu) {
                (_, true) => StatusCode::OK,
                (None, _) => StatusCode::UNAUTHORIZED,
                _ => StatusCode::FORBIDDEN,
            };
            assert_eq!(answer.status, expected, "{who} GET {path}");
            if !isu {
                assert!(
                    !answer.body.contains("participation.import"),
                    "{who} sees the log"
                );
                assert!(answer.json()["error"].is_string());
            } else {
                assert!(answer.body.contains("participation.import"));
            }
        }
    }
}

#[tokio::test]
async fn the_matrix_covers_every_api_path_in_the_openapi_description() {
    let app = TestApp::new().await;
    let doc = app.get("/api/openapi.json").await.json();
    let paths = doc["paths"].as_object().expect("paths");
    assert!(paths.len() >= 5);
    for path in paths.keys() {
        let concrete = path.replace("{code}", "ccm").replace("{iso3}", "NGA");
        assert!(
            PUBLIC.contains(&concrete.as_str()) || ISU_API.contains(&concrete.as_str()),
            "{path} is not in the authorization matrix"
        );
    }
}

#[tokio::test]
async fn the_audit_link_shows_only_to_those_who_can_follow_it() {
    let app = TestApp::new().await;
    assert!(!app.get("/ccm").await.body.contains("href=\"/ccm/audit\""));
    let coordinator = app.session_for("demo-coordinator").await;
    assert!(
        !app.get_as("/ccm", Some(&coordinator))
            .await
            .body
            .contains("href=\"/ccm/audit\"")
    );
    let isu = app.session_for("demo-isu").await;
    assert!(
        app.get_as("/ccm", Some(&isu))
            .await
            .body
            .contains("href=\"/ccm/audit\"")
    );
}
