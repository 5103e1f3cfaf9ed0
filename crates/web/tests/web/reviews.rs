//! Reviews at a Review Conference (issue 15 item 5; P1.1, P2.8, P3.1, P4.3; SPEC "Reviews"):
//! the First Review Conference's four items from the reference facts, the warning when a First
//! Review Conference lacks one, corrections as new versions with a reason, and who records.

use axum::http::StatusCode;
use serde_json::json;
use treatydesk_store::architecture::NewMeeting;
use treatydesk_store::audit::Author;

use crate::common::TestApp;

const API: &str = "/api/v1/conventions/ccm/meetings/1RC/reviews";

#[tokio::test]
async fn reviews_the_first_review_conference_carries_its_four_items_from_the_reference_facts() {
    let app = TestApp::new().await;
    let v = app.get(API).await.json();
    assert_eq!(v["first"], true);
    let subjects: Vec<&str> = v["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["subject"].as_str())
        .collect();
    assert_eq!(
        subjects,
        [
            "intersessional-programme",
            "working-groups",
            "coordination-committee",
            "isu"
        ]
    );
    assert_eq!(v["missing"], json!([]), "no warning: all four are there");
    assert_eq!(v["items"][0]["architecture_version"], 2);
    assert!(
        v["items"][0]["outcome"]
            .as_str()
            .unwrap_or("")
            .contains("no intersessional meetings")
    );
    assert!(
        v["items"][1]["outcome"]
            .as_str()
            .unwrap_or("")
            .contains("[U]"),
        "unknown marked"
    );
    let page = app.get("/ccm/meetings/1RC/reviews").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("The Working Groups (P2.8)"),
        "{}",
        page.body
    );
    assert!(
        !page.body.contains("id=\"record-review\""),
        "the form is the ISU's"
    );
    let ar = app.get("/ccm/meetings/1RC/reviews?lang=ar").await;
    assert!(ar.body.contains("الأفرقة العاملة"), "subjects in Arabic");
    assert!(
        app.get("/ccm/meetings/1RC")
            .await
            .body
            .contains("/ccm/meetings/1RC/reviews")
    );
    // The Second Review Conference is not asked for these reviews: no warning.
    let second = app
        .get("/api/v1/conventions/ccm/meetings/2RC/reviews")
        .await
        .json();
    assert_eq!(
        (second["first"].clone(), second["missing"].clone()),
        (json!(false), json!([]))
    );
}

#[tokio::test]
async fn reviews_a_first_review_conference_lacking_a_subject_is_warned() {
    let app = TestApp::new().await;
    let store = &app.db.store;
    let aplc = store.convention("aplc").await.expect("aplc");
    let rc = store
        .add_meeting(
            &Author::system("test: a first review conference without reviews"),
            &aplc,
            NewMeeting {
                kind: treatydesk_domain::meeting::MeetingKind::ReviewConference,
                number: 1,
                venue: "Nairobi".into(),
                opens_on: Some(time::macros::date!(2004 - 11 - 29)),
                closes_on: Some(time::macros::date!(2004 - 12 - 03)),
                source: "test".into(),
                status: Default::default(),
                sitting: Default::default(),
                presiding: None,
            },
        )
        .await
        .expect("meeting");
    let v = app
        .get(&format!(
            "/api/v1/conventions/aplc/meetings/{}/reviews",
            rc.label
        ))
        .await
        .json();
    let missing: Vec<&str> = v["missing"]
        .as_array()
        .expect("missing")
        .iter()
        .filter_map(|m| m["clause"].as_str())
        .collect();
    assert_eq!(missing, ["P1.1", "P2.8", "P3.1", "P4.3"]);
    let page = app
        .get(&format!("/aplc/meetings/{}/reviews", rc.label))
        .await;
    assert!(
        page.body.contains("has no review item for"),
        "{}",
        page.body
    );
    assert!(page.body.contains("The Coordination Committee (P3.1)"));
}

#[tokio::test]
async fn reviews_a_correction_is_a_new_version_with_its_reason_and_the_old_one_stays() {
    let app = TestApp::new().await;
    let isu = app.api_token("demo-isu", "reviews").await;
    let change = json!({"subject": "isu", "outcome": "The 1RC took note of the ISU's first report.", "source": "test"});
    let a = app.bearer("POST", API, &isu, Some(change.clone())).await;
    assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", a.body);
    assert!(a.body.contains("say why you correct it"), "{}", a.body);
    let mut with_reason = change.clone();
    with_reason["reason"] = json!("a source was found for the outcome");
    let a = app.bearer("POST", API, &isu, Some(with_reason)).await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.body);
    let v = a.json();
    let isu_item = v["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["subject"] == "isu")
        .expect("isu")
        .clone();
    assert_eq!(isu_item["revision"], 2);
    assert_eq!(isu_item["recorded_by"], "demo-isu");
    assert_eq!(isu_item["reason"], "a source was found for the outcome");
    let earlier = v["earlier"].as_array().expect("earlier");
    assert_eq!(earlier.len(), 1);
    assert!(
        earlier[0]["outcome"]
            .as_str()
            .unwrap_or("")
            .contains("established in May 2015")
    );
    // Refused: not a Review Conference, an unknown subject, a decision or version not on record.
    for (path, body, words) in [
        (
            "/api/v1/conventions/ccm/meetings/13MSP/reviews",
            json!({"subject": "isu", "outcome": "x"}),
            "not a Review Conference",
        ),
        (
            API,
            json!({"subject": "budget", "outcome": "x"}),
            "not a subject of review",
        ),
        (
            API,
            json!({"subject": "isu", "outcome": "x", "decision": "999999", "reason": "testing refusal"}),
            "no decision 999999",
        ),
        (
            API,
            json!({"subject": "isu", "outcome": "x", "architecture_version": "9", "reason": "testing refusal"}),
            "no architecture version 9",
        ),
        (
            API,
            json!({"subject": "isu", "reason": "testing refusal"}),
            "background documents or the outcome",
        ),
    ] {
        let a = app.bearer("POST", path, &isu, Some(body)).await;
        assert_eq!(
            a.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{words}: {}",
            a.body
        );
        assert!(a.body.contains(words), "{words}: {}", a.body);
    }
}

#[tokio::test]
async fn reviews_only_the_isu_records_and_the_form_keeps_what_was_typed() {
    let app = TestApp::new().await;
    for user in [
        "demo-observer",
        "demo-focal-point",
        "demo-coordinator",
        "demo-president",
    ] {
        let token = app.api_token(user, "reviews").await;
        let a = app
            .bearer(
                "POST",
                API,
                &token,
                Some(json!({"subject": "isu", "outcome": "x"})),
            )
            .await;
        assert_eq!(a.status, StatusCode::FORBIDDEN, "{user}");
    }
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    let page = app
        .get_with("/ccm/meetings/1RC/reviews", &[("cookie", &cookie)])
        .await;
    assert!(page.body.contains("id=\"record-review\""));
    let refused = app
        .post_form(
            "/ccm/meetings/1RC/reviews",
            &cookie,
            &[
                ("csrf", &csrf),
                ("subject", "working-groups"),
                ("outcome", "Renamed thematic coordination"),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Renamed thematic coordination"));
    assert!(
        refused.body.contains("value=\"working-groups\" selected"),
        "{}",
        refused.body
    );
}
