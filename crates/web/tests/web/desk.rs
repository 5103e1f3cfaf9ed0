//! The desk (issue 18 item 1, P4.4(b)): where each role lands after signing in, and what it
//! lists for each, on the page and the API; anonymous readers are sent to sign in.

use axum::http::StatusCode;
use serde_json::Value;

use crate::common::TestApp;

async fn desk(app: &TestApp, user: &str) -> Value {
    let token = app.api_token(user, "desk").await;
    let a = app.bearer("GET", "/api/v1/desk", &token, None).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    a.json()
}

/// The section a role brings to the CCM desk, if any.
fn section(desk: &Value, role: &str) -> Option<Value> {
    desk["conventions"]
        .as_array()?
        .iter()
        .find(|c| c["code"] == "ccm")?["sections"]
        .as_array()?
        .iter()
        .find(|s| s["role"] == role)
        .cloned()
}

fn kinds(section: &Value) -> Vec<String> {
    section["items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .map(|i| i["kind"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn item<'a>(section: &'a Value, kind: &str) -> &'a Value {
    section["items"]
        .as_array()
        .and_then(|items| items.iter().find(|i| i["kind"] == kind))
        .unwrap_or_else(|| panic!("no {kind} item in {section}"))
}

#[tokio::test]
async fn issue_18_desk_needs_sign_in() {
    let app = TestApp::new().await;
    let page = app.get("/desk").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert!(
        page.location()
            .unwrap_or_default()
            .starts_with("/login?next=/desk"),
        "{:?}",
        page.location()
    );
    assert_eq!(
        app.get("/api/v1/desk").await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn issue_18_signing_in_lands_on_the_desk_unless_a_page_was_asked_for() {
    let app = TestApp::new().await;
    for (next, lands) in [("", "/desk"), ("/ccm/documents", "/ccm/documents")] {
        let login = app.get("/login").await;
        let cookie = login.cookie("td_csrf").unwrap_or_default();
        let csrf = login.hidden("csrf");
        let password = app.password("demo-isu");
        let answer = app
            .post_form(
                "/login",
                &format!("td_csrf={cookie}"),
                &[
                    ("username", "demo-isu"),
                    ("password", &password),
                    ("csrf", &csrf),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER);
        assert_eq!(answer.location().as_deref(), Some(lands), "next {next:?}");
    }
}

#[tokio::test]
async fn issue_18_isu_desk_lists_what_is_pending() {
    let app = TestApp::new().await;
    let d = desk(&app, "demo-isu").await;
    let isu = section(&d, "isu-staff").expect("ISU staff see the pending work");
    for kind in [
        "actions-overdue",
        "findings-errors",
        "advice-open",
        "reports-overdue",
    ] {
        assert!(
            kinds(&isu).contains(&kind.to_string()),
            "{kind} missing: {isu}"
        );
    }
    // The overdue count is the public overdue list's, as of today.
    let token = app.api_token("demo-isu", "check").await;
    let overdue = app
        .bearer(
            "GET",
            "/api/v1/conventions/ccm/obligations/overdue",
            &token,
            None,
        )
        .await
        .json();
    assert_eq!(item(&isu, "reports-overdue")["count"], overdue["count"]);
    assert_eq!(
        item(&isu, "reports-overdue")["href"],
        "/ccm/obligations/overdue"
    );
    // The errors are the findings page's.
    let findings = app
        .bearer("GET", "/api/v1/conventions/ccm/findings", &token, None)
        .await;
    if findings.status == StatusCode::OK {
        assert_eq!(
            item(&isu, "findings-errors")["count"],
            findings.json()["errors"]
        );
    }
}

#[tokio::test]
async fn issue_18_focal_point_desk_is_their_states_and_never_the_isus() {
    let app = TestApp::new().await;
    let d = desk(&app, "demo-focal-point").await;
    assert!(
        section(&d, "isu-staff").is_none(),
        "a focal point sees no ISU queue: {d}"
    );
    let fp = section(&d, "focal-point").expect("the focal point's section");
    assert_eq!(fp["actor"], "NGA");
    assert_eq!(item(&fp, "state-page")["href"], "/ccm/states/NGA");
    // Its deadlines agree with the State's obligations.
    let token = app.api_token("demo-focal-point", "check").await;
    let nga = app
        .bearer(
            "GET",
            "/api/v1/conventions/ccm/states/NGA/obligations",
            &token,
            None,
        )
        .await
        .json();
    let overdue = nga["deadlines"]
        .as_array()
        .map(|ds| ds.iter().filter(|x| x["status"] == "overdue").count())
        .unwrap_or_default();
    if overdue > 0 {
        assert_eq!(item(&fp, "reports-overdue")["count"], overdue);
    } else {
        assert!(!kinds(&fp).contains(&"reports-overdue".to_string()));
    }
    // The next deadline is the earliest one not yet due.
    let upcoming = nga["deadlines"].as_array().and_then(|ds| {
        ds.iter()
            .filter(|x| x["status"] == "upcoming")
            .filter_map(|x| x["due_on"].as_str())
            .min()
            .map(str::to_string)
    });
    if let Some(due) = upcoming {
        assert_eq!(item(&fp, "next-deadline")["on"], due.as_str());
    }
}

#[tokio::test]
async fn issue_18_officers_see_the_posts_their_state_holds() {
    let app = TestApp::new().await;
    for (user, role, actor) in [
        ("demo-president", "president", "PHL"),
        ("demo-coordinator", "coordinator", "DEU"),
    ] {
        let d = desk(&app, user).await;
        assert!(section(&d, "isu-staff").is_none(), "{user}");
        let s = section(&d, role).unwrap_or_else(|| panic!("{user} has a {role} section: {d}"));
        assert_eq!(s["actor"], actor);
        let k = kinds(&s);
        assert!(
            k.iter()
                .any(|k| k == "office-held" || k == "seat-held" || k == "nothing-held"),
            "{user}: {k:?}"
        );
    }
}

#[tokio::test]
async fn issue_18_observer_desk_has_messages_only() {
    let app = TestApp::new().await;
    let d = desk(&app, "demo-observer").await;
    let sections = d["conventions"][0]["sections"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(sections.len(), 1, "{d}");
    assert_eq!(sections[0]["role"], "everyone");
}

#[tokio::test]
async fn issue_18_desk_page_reads_in_arabic() {
    let app = TestApp::new().await;
    let (cookie, _) = app.signed_in("demo-isu").await;
    let page = app.get_with("/desk?lang=ar", &[("cookie", &cookie)]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("dir=\"rtl\""));
    assert!(page.body.contains("مكتبي"));
    assert!(page.body.contains("href=\"/ccm/obligations/overdue\""));
    assert!(
        !page.body.contains("desk-item-"),
        "every item has its words"
    );
}

mod officers {
    use super::*;
    use time::Duration;
    use treatydesk_domain::AccessLevel;
    use treatydesk_domain::document::OwnerKind;
    use treatydesk_domain::meeting::MeetingKind;
    use treatydesk_domain::office::Post;
    use treatydesk_domain::programme::SessionFormat;
    use treatydesk_domain::schedule::{MeetingStatus, Sitting};
    use treatydesk_store::architecture::{NewAppointment, NewMeeting};
    use treatydesk_store::audit::Author;
    use treatydesk_store::documents::NewAction;
    use treatydesk_store::meetings::MeetingEdit;
    use treatydesk_store::programme::NewSession;

    fn today() -> time::Date {
        time::OffsetDateTime::now_utc().date()
    }

    /// A record in which Germany holds seat a-1 of Working Group A from the 13MSP (the seat's
    /// earlier holders left a handover note), the 3RC opens in 30 days (test dates) and the
    /// Philippines, designated ten days ago, will preside it, an intersessional meeting and a Committee meeting are ahead with a session of
    /// Working Group A, and an action is owned by seat a-1.
    async fn officers_record(app: &TestApp) {
        let store = &app.db.store;
        let author = Author::cli("test");
        let ccm = store.convention("ccm").await.expect("ccm");
        let msp13 = store.meeting(&ccm, "13MSP").await.expect("13MSP");
        let rc3 = store
            .update_meeting(
                &author,
                &ccm,
                "3RC",
                MeetingEdit {
                    venue: "Geneva".into(),
                    opens_on: Some(today() + Duration::days(30)),
                    closes_on: Some(today() + Duration::days(33)),
                    status: MeetingStatus::Planned,
                    sitting: Sitting::Days,
                    presiding: None,
                },
            )
            .await
            .expect("3RC dated");
        let earlier: Vec<i64> = store
            .appointment_rows(&ccm)
            .await
            .expect("rows")
            .into_iter()
            .filter(|(_, r)| r.post == "seat:a-1")
            .map(|(id, _)| id)
            .collect();
        assert!(!earlier.is_empty(), "seat a-1 had holders");
        for id in earlier {
            store
                .set_handover_note(&author, &ccm, id, "DEMO: what the next holder should know.")
                .await
                .expect("note");
        }
        store
            .appoint(
                &author,
                &ccm,
                vec![
                    NewAppointment {
                        post: Some(Post::Seat("a-1".into())),
                        holder: "DEU".into(),
                        selected_at: Some(i64::from(msp13.id)),
                        decision: None,
                        cycles: Some(2),
                        presides: None,
                        starts_on: None,
                        overrides: Vec::new(),
                        source: "test".into(),
                    },
                    NewAppointment {
                        post: Some(Post::Office("president-designate".into())),
                        holder: "PHL".into(),
                        selected_at: None,
                        decision: None,
                        cycles: None,
                        presides: Some(i64::from(rc3.id)),
                        starts_on: Some(today() - Duration::days(10)),
                        overrides: Vec::new(),
                        source: "test".into(),
                    },
                ],
            )
            .await
            .expect("appointments");
        let meeting = |kind, opens: i64| NewMeeting {
            kind,
            number: 90,
            venue: "Geneva".into(),
            opens_on: Some(today() + Duration::days(opens)),
            closes_on: Some(today() + Duration::days(opens + 1)),
            source: "test".into(),
            status: MeetingStatus::Planned,
            sitting: Sitting::Days,
            presiding: None,
        };
        let ism = store
            .add_meeting(&author, &ccm, meeting(MeetingKind::Intersessional, 60))
            .await
            .expect("intersessional");
        store
            .add_meeting(
                &author,
                &ccm,
                meeting(MeetingKind::CoordinationCommittee, 20),
            )
            .await
            .expect("committee meeting");
        store
            .add_session(
                &author,
                &ccm,
                &ism,
                NewSession {
                    day: today() + Duration::days(60),
                    starts_at: time::macros::time!(10:00),
                    ends_at: time::macros::time!(12:00),
                    room: "Room XVIII".into(),
                    format: SessionFormat::Plenary,
                    title: "DEMO: Working Group A".into(),
                    body: Some("wg-a".into()),
                    area: None,
                    description: String::new(),
                },
            )
            .await
            .expect("session");
        store
            .add_action(
                &author,
                &ccm,
                NewAction {
                    decision_id: None,
                    meeting_id: Some(msp13.id),
                    title: "DEMO: draft the group's report".into(),
                    owner_kind: OwnerKind::Coordinator,
                    owner: "a-1".into(),
                    due_on: Some(today() + Duration::days(30)),
                    access: AccessLevel::Public,
                },
            )
            .await
            .expect("action");
    }

    #[tokio::test]
    async fn i18_1_a_coordinators_desk_has_seat_group_sessions_handover_and_actions() {
        let app = TestApp::new().await;
        officers_record(&app).await;
        let d = desk(&app, "demo-coordinator").await;
        let s = section(&d, "coordinator").expect("coordinator section");
        assert_eq!(item(&s, "seat-held")["href"], "/ccm/seats/a-1");
        let group = item(&s, "group");
        assert_eq!(group["href"], "/ccm/architecture#body-wg-a");
        assert!(!group["about"].as_str().unwrap_or_default().contains("wg-a"));
        let sessions = item(&s, "sessions");
        assert_eq!(sessions["count"], 1);
        assert_eq!(sessions["about"], "90ISM");
        assert_eq!(item(&s, "handover-received")["href"], "/ccm/seats/a-1");
        assert!(kinds(&s).contains(&"handover-write".to_string()));
        assert_eq!(item(&s, "actions-seat")["count"], 1);
        assert_eq!(item(&s, "committee-next-meeting")["about"], "90CC");
        assert!(!kinds(&s).contains(&"nothing-held".to_string()));
        // The page says it in words, and in Arabic too.
        let (cookie, _) = app.signed_in("demo-coordinator").await;
        for lang in ["en", "ar"] {
            let page = app
                .get_with(&format!("/desk?lang={lang}"), &[("cookie", &cookie)])
                .await;
            assert!(page.body.contains("href=\"/ccm/architecture#body-wg-a\""));
            assert!(!page.body.contains("desk-item-"), "{lang}");
        }
    }

    #[tokio::test]
    async fn i18_1_a_presidents_desk_has_the_meeting_they_preside_and_the_committee() {
        let app = TestApp::new().await;
        officers_record(&app).await;
        let d = desk(&app, "demo-president").await;
        let s = section(&d, "president").expect("president section");
        assert!(kinds(&s).contains(&"office-held".to_string()), "{s}");
        // The Philippines presided the 13MSP and holds that office until the 3RC opens; it is
        // also designated for the 3RC: both meetings are on the desk.
        let presides: Vec<&Value> = s["items"]
            .as_array()
            .map(|i| i.iter().filter(|i| i["kind"] == "presides").collect())
            .unwrap_or_default();
        for label in ["13MSP", "3RC"] {
            assert!(
                presides
                    .iter()
                    .any(|i| i["href"] == format!("/ccm/meetings/{label}").as_str()),
                "{label}: {s}"
            );
        }
        assert_eq!(
            item(&s, "preparation")["href"],
            "/ccm/meetings/3RC/preparation"
        );
        assert!(item(&s, "committee")["count"].as_u64().unwrap_or_default() > 0);
        assert_eq!(
            item(&s, "committee-next-meeting")["href"],
            "/ccm/meetings/90CC"
        );
        assert_eq!(item(&s, "notice-new")["href"], "/ccm/notices/new");
        // The next meeting that is not the Committee's.
        assert_eq!(item(&s, "next-meeting")["about"], "3RC");
    }
}
