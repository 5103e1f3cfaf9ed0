//! A convention's home page and its meetings list (issue 18 item 6): the home leads with the
//! next meeting and whether one may register for it today; the meetings list puts upcoming
//! meetings before past ones, and a past meeting offers no registration.

use axum::http::StatusCode;
use treatydesk_store::audit::Author;
use treatydesk_store::registration::Settings;

use crate::common::TestApp;

const REGISTER_3RC: &str = "href=\"/ccm/meetings/3RC/register\"";

async fn settle_registration(app: &TestApp, settings: Settings) {
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    let m = app.db.store.meeting(&ccm, "3RC").await.expect("3RC");
    app.db
        .store
        .set_registration_settings(&Author::cli("test"), &m, settings)
        .await
        .expect("settings");
}

fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

#[tokio::test]
async fn issue_18_home_leads_with_the_next_meeting_and_an_open_registration() {
    let app = TestApp::new().await;
    settle_registration(
        &app,
        Settings {
            deadline: Some(today() + time::Duration::days(30)),
            ..Default::default()
        },
    )
    .await;
    let page = app.get("/ccm").await;
    assert_eq!(page.status, StatusCode::OK);
    let next = page
        .body
        .find("Next meeting")
        .expect("next meeting section");
    let facts = page.body.find("Participation").expect("participation");
    assert!(next < facts, "the next meeting comes before the counts");
    assert!(page.body.contains("href=\"/ccm/meetings/3RC\""));
    assert!(
        page.body.contains("Registration is open until"),
        "{}",
        page.body
    );
    assert!(page.body.contains(REGISTER_3RC));
    // The Coordination Committee's meetings are never "the next meeting" of the home page.
    assert!(!page.body[next..facts].contains("Coordination Committee meeting"));
}

#[tokio::test]
async fn issue_18_home_says_when_registration_closed_and_offers_no_link() {
    let app = TestApp::new().await;
    settle_registration(
        &app,
        Settings {
            deadline: Some(today() - time::Duration::days(1)),
            ..Default::default()
        },
    )
    .await;
    let page = app.get("/ccm").await;
    assert!(
        page.body.contains("Registration closed on"),
        "{}",
        page.body
    );
    assert!(!page.body.contains(REGISTER_3RC));
}

#[tokio::test]
async fn issue_18_home_says_when_registration_opens_and_offers_no_link() {
    let app = TestApp::new().await;
    settle_registration(
        &app,
        Settings {
            opens_on: Some(today() + time::Duration::days(10)),
            deadline: Some(today() + time::Duration::days(40)),
            ..Default::default()
        },
    )
    .await;
    let page = app.get("/ccm").await;
    assert!(page.body.contains("Registration opens on"), "{}", page.body);
    assert!(!page.body.contains(REGISTER_3RC));
}

#[tokio::test]
async fn issue_18_home_in_arabic_has_no_english_section_titles() {
    let app = TestApp::new().await;
    let page = app.get("/ccm?lang=ar").await;
    assert_eq!(page.status, StatusCode::OK);
    for english in ["Next meeting", "Latest documents", "Office holders today"] {
        assert!(
            !page.body.contains(english),
            "{english} in the Arabic home page"
        );
    }
}

#[tokio::test]
async fn issue_18_meetings_list_puts_upcoming_before_past() {
    let app = TestApp::new().await;
    let page = app.get("/ccm/meetings").await;
    assert_eq!(page.status, StatusCode::OK);
    let upcoming = page.body.find("id=\"upcoming\"").expect("upcoming section");
    let past = page.body.find("id=\"past\"").expect("past section");
    assert!(upcoming < past);
    let rc3 = page.body.find("/ccm/meetings/3RC\"").expect("3RC listed");
    let msp13 = page
        .body
        .find("/ccm/meetings/13MSP\"")
        .expect("13MSP listed");
    let msp12 = page
        .body
        .find("/ccm/meetings/12MSP\"")
        .expect("12MSP listed");
    assert!(upcoming < rc3 && rc3 < past, "3RC is upcoming");
    assert!(past < msp13 && msp13 < msp12, "past meetings, latest first");
}

#[tokio::test]
async fn issue_18_a_past_meeting_offers_no_registration_and_an_upcoming_one_does() {
    let app = TestApp::new().await;
    let past = app.get("/ccm/meetings/13MSP").await;
    assert_eq!(past.status, StatusCode::OK);
    assert!(!past.body.contains("href=\"/ccm/meetings/13MSP/register\""));
    let upcoming = app.get("/ccm/meetings/3RC").await;
    assert!(upcoming.body.contains(REGISTER_3RC));
}

#[tokio::test]
async fn issue_18_add_to_calendar_is_offered_only_for_a_meeting_with_dates() {
    let app = TestApp::new().await;
    let dated = app.get("/ccm/meetings/13MSP").await;
    assert!(
        dated
            .body
            .contains("href=\"/ccm/meetings/13MSP/calendar.ics\"")
    );
    // The 3RC's dates are not on record: its calendar would be empty.
    let undated = app.get("/ccm/meetings/3RC").await;
    assert!(!undated.body.contains("/ccm/meetings/3RC/calendar.ics"));
}

#[tokio::test]
async fn issue_18_the_403_page_knows_the_reader_is_signed_in() {
    let app = TestApp::new().await;
    let session = app.session_for("demo-observer").await;
    let page = app.get_as("/ccm/audit", Some(&session)).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(
        page.body
            .contains("You are signed in, but your role does not give access"),
        "{}",
        page.body
    );
    // The header is the reader's own: sign out, not sign in.
    assert!(page.body.contains("action=\"/logout\""), "{}", page.body);
    assert!(!page.body.contains("href=\"/login"), "{}", page.body);
}

#[tokio::test]
async fn issue_19_error_pages_speak_the_readers_language() {
    let app = TestApp::new().await;
    let session = app.session_for("demo-observer").await;
    let page = app.get_as("/ccm/audit?lang=fr", Some(&session)).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(
        page.body.contains("votre rôle ne donne pas accès"),
        "{}",
        page.body
    );
    let page = app.get_as("/ccm/audit?lang=ar", Some(&session)).await;
    assert!(page.body.contains("دورك لا يتيح الوصول"), "{}", page.body);
}

#[tokio::test]
async fn issue_18_every_page_links_an_icon_that_is_served() {
    let app = TestApp::new().await;
    assert!(
        app.get("/ccm")
            .await
            .body
            .contains("<link rel=\"icon\" href=\"/favicon.svg\"")
    );
    for path in ["/favicon.svg", "/favicon.ico"] {
        let icon = app.get(path).await;
        assert_eq!(icon.status, StatusCode::OK, "{path}");
        assert!(icon.body.starts_with("<svg"), "{path}");
    }
}
