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

/// The 3RC's registration open, its deadline 30 days ahead.
async fn open_for_30_days(app: &TestApp) {
    settle_registration(
        app,
        Settings {
            deadline: Some(today() + time::Duration::days(30)),
            ..Default::default()
        },
    )
    .await;
}

fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

#[tokio::test]
async fn issue_18_home_leads_with_the_next_meeting_and_an_open_registration() {
    let app = TestApp::new().await;
    open_for_30_days(&app).await;
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

#[tokio::test]
async fn i18_6_front_page_leads_with_each_conventions_next_meeting_holders_documents_deadlines() {
    let app = TestApp::new().await;
    let page = app.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    let ccm = page.body.find("id=\"c-ccm\"").expect("the CCM's summary");
    let rest = &page.body[ccm..];
    for section in [
        "id=\"ccm-next-meeting\"",
        "id=\"ccm-holders\"",
        "id=\"ccm-latest-documents\"",
        "id=\"ccm-deadlines\"",
    ] {
        assert!(rest.contains(section), "{section}");
    }
    assert!(
        rest.contains("href=\"/ccm/meetings/3RC\""),
        "the next meeting"
    );
    // The President by name, never by ISO code alone.
    assert!(rest.contains("President"), "{rest}");
    assert!(rest.contains(">Philippines</a>"), "{rest}");
    assert!(!rest.contains(">PHL<"), "{rest}");
    // In Arabic too, without English section titles.
    let ar = app.get("/?lang=ar").await;
    assert_eq!(ar.status, StatusCode::OK);
    assert!(!ar.body.contains("Next meeting"));
}

#[tokio::test]
async fn i18_6_meetings_list_filters_by_kind_and_year_and_the_filters_stay_chosen() {
    let app = TestApp::new().await;
    let page = app.get("/ccm/meetings?kind=msp").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("href=\"/ccm/meetings/13MSP\""));
    assert!(
        !page.body.contains("href=\"/ccm/meetings/3RC\""),
        "3RC is no MSP"
    );
    assert!(page.body.contains("<option value=\"msp\" selected>"));
    let year = app.get("/ccm/meetings?year=2025").await;
    assert!(year.body.contains("href=\"/ccm/meetings/13MSP\""));
    assert!(!year.body.contains("href=\"/ccm/meetings/12MSP\""));
    assert!(year.body.contains("<option value=\"2025\" selected>"));
    assert!(
        year.body.contains("href=\"/ccm/meetings\""),
        "a way back to all"
    );
    let none = app.get("/ccm/meetings?kind=msp&year=1990").await;
    assert_eq!(none.status, StatusCode::OK);
    assert!(
        none.body
            .contains("No meeting on record matches these filters.")
    );
    // Upcoming still before past under a filter.
    let both = app.get("/ccm/meetings?kind=review-conference").await;
    let up = both.body.find("id=\"upcoming\"").expect("upcoming");
    let past = both.body.find("id=\"past\"").expect("past");
    let rc3 = both.body.find("/ccm/meetings/3RC\"").expect("3RC");
    assert!(up < rc3 && rc3 < past);
}

#[tokio::test]
async fn i18_6_meeting_hub_has_a_registration_banner_and_links_staff_to_their_pages() {
    let app = TestApp::new().await;
    open_for_30_days(&app).await;
    let public = app.get("/ccm/meetings/3RC").await;
    assert!(public.body.contains("id=\"registration\""));
    assert!(public.body.contains("Registration is open until"));
    assert!(public.body.contains("href=\"/ccm/meetings/3RC/programme\""));
    for staff_only in [
        "/ccm/meetings/3RC/registrations\"",
        "/ccm/meetings/3RC/programme/edit\"",
        "/ccm/meetings/3RC/appointments\"",
        "/ccm/meetings/3RC/participants\"",
    ] {
        assert!(
            !public.body.contains(staff_only),
            "{staff_only} for the public"
        );
    }
    let isu = app.session_for("demo-isu").await;
    let staff = app.get_as("/ccm/meetings/3RC", Some(&isu)).await;
    for link in [
        "href=\"/ccm/meetings/3RC/registrations\"",
        "href=\"/ccm/meetings/3RC/programme/edit\"",
        "href=\"/ccm/meetings/3RC/appointments\"",
        "href=\"/ccm/meetings/3RC/participants\"",
    ] {
        assert!(staff.body.contains(link), "{link}");
    }
    // A past meeting says it is over and never offers Register.
    let past = app.get("/ccm/meetings/13MSP").await;
    assert!(
        past.body
            .contains("This meeting is over; registration is closed.")
    );
    assert!(!past.body.contains("/ccm/meetings/13MSP/register\""));
}

#[tokio::test]
async fn i18_6_the_programme_prints_as_a_pdf_linked_from_its_page() {
    let app = TestApp::new().await;
    let page = app.get("/ccm/meetings/13MSP/programme").await;
    assert!(
        page.body
            .contains("href=\"/ccm/meetings/13MSP/programme.pdf\"")
    );
    let request = axum::http::Request::get("/ccm/meetings/13MSP/programme.pdf")
        .body(axum::body::Body::empty())
        .expect("request");
    let response = tower::ServiceExt::oneshot(app.app.clone(), request)
        .await
        .expect("response");
    assert_eq!(response.status(), StatusCode::OK);
    let bytes = axum::body::to_bytes(response.into_body(), 16 * 1024 * 1024)
        .await
        .expect("body");
    assert!(bytes.starts_with(b"%PDF-"));
    let text = treatydesk_store::files::extract_text("application/pdf", &bytes).expect("text");
    assert!(text.contains("Programme of work: 13MSP"), "{text}");
    assert!(text.contains("Room"), "{text}");
}

#[tokio::test]
async fn i18_2_a_refused_form_low_on_its_page_comes_back_scrolled_to_its_error_summary() {
    let app = TestApp::new().await;
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    let page = app.get_with("/ccm/meetings", &[("cookie", &cookie)]).await;
    // The add form sits below every meeting: its action brings the reader to the summary.
    assert!(
        page.body
            .contains("<form method=\"post\" action=\"/ccm/meetings#problems\"")
    );
    let refused = app
        .post_form(
            "/ccm/meetings",
            &cookie,
            &[("csrf", &csrf), ("kind", ""), ("venue", "Geneva")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("id=\"problems\""));
    assert!(refused.body.contains("choose a kind of meeting"));
}

/// Issue 13: the home page reads only its newest documents from the store, still filtered to
/// what the reader may see: a restricted document issued today is listed for the ISU, never
/// for the public, and the public's newest document takes its place.
#[tokio::test]
async fn i13_home_lists_the_newest_documents_the_reader_may_see() {
    let app = TestApp::new().await;
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    let today = treatydesk_store::now().date();
    for (symbol, access) in [
        ("CCM/MSP/2099/INF.7", treatydesk_domain::AccessLevel::Public),
        ("CCM/MSP/2099/INF.8", treatydesk_domain::AccessLevel::Isu),
    ] {
        store
            .add_document(
                &Author::cli("test"),
                &ccm,
                treatydesk_store::documents::NewDocument {
                    symbol: symbol.into(),
                    title: format!("TEST newest {symbol}"),
                    kind: treatydesk_domain::document::DocumentKind::Other,
                    meeting_id: None,
                    agenda_item_id: None,
                    submitter: "ISU".into(),
                    issued_on: today,
                    access,
                    source: "TEST".into(),
                },
            )
            .await
            .expect("document");
    }
    let public = app.get("/ccm").await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(
        public.body.contains("CCM/MSP/2099/INF.7"),
        "{}",
        public.body
    );
    assert!(!public.body.contains("CCM/MSP/2099/INF.8"));
    let isu = app.session_for("demo-isu").await;
    let staff = app.get_as("/ccm", Some(&isu)).await;
    assert!(staff.body.contains("CCM/MSP/2099/INF.8"));
    assert!(staff.body.contains("CCM/MSP/2099/INF.7"));
}
