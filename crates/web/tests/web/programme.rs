//! The programme of work (P1.2, P2.2, P2.4): the public page, its JSON and iCalendar variants,
//! the editors' forms, and who may edit, role by role. SQLite, or PostgreSQL when
//! TREATYDESK_TEST_DATABASE_URL is set.

use crate::common::TestApp;
use axum::http::StatusCode;
use time::macros::date;
use treatydesk_domain::meeting::MeetingKind;
use treatydesk_domain::{Grant, Role};
use treatydesk_store::architecture::NewMeeting;
use treatydesk_store::audit::Author;

const EDIT: &str = "/ccm/meetings/2ISM/programme/edit";

/// The demo, with the 2012 intersessional meeting (2ISM, Geneva, 16-19 April 2012) added when
/// the branch's meetings lack it; and an account acting for Lebanon, President of the 2MSP and
/// so President on those days.
async fn app() -> TestApp {
    let app = TestApp::new().await;
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    if store.meeting(&ccm, "2ISM").await.is_err() {
        store
            .add_meeting(
                &Author::cli("test"),
                &ccm,
                NewMeeting {
                    kind: MeetingKind::Intersessional,
                    number: 2,
                    venue: "Geneva".into(),
                    opens_on: Some(date!(2012 - 04 - 16)),
                    closes_on: Some(date!(2012 - 04 - 19)),
                    source: "test".into(),
                    status: Default::default(),
                    sitting: Default::default(),
                    presiding: None,
                },
            )
            .await
            .expect("2ISM");
    }
    store
        .add_user(
            "lebanon-president",
            "Test account: President acting for Lebanon",
            "a long enough password 1",
            &[Grant {
                role: Role::President,
                convention: Some("ccm".into()),
                actor: Some("LBN".into()),
            }],
            &Author::cli("test"),
        )
        .await
        .expect("user");
    app
}

/// The label of the meeting carrying the demo programme (2ISM once it is on record, else 13MSP).
async fn demo_label(app: &TestApp) -> String {
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    app.db
        .store
        .demo_programme_meeting(&ccm)
        .await
        .expect("label")
        .expect("a demo meeting")
}

/// A session cookie and the CSRF token its forms carry.
async fn signed_in(app: &TestApp, who: &str) -> (String, String) {
    let token = app.session_for(who).await;
    let csrf = app.get_as("/ccm", Some(&token)).await.hidden("csrf");
    (format!("td_session={token}"), csrf)
}

fn session<'a>(
    csrf: &'a str,
    title: &'a str,
    body: &'a str,
    from: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("title", title),
        ("day", "2012-04-19"),
        ("starts_at", from),
        ("ends_at", "17:00"),
        ("room", "Room XX"),
        ("format", "interactive-dialogue"),
        ("body", body),
        ("area", ""),
        ("description", "Made up for a test"),
    ]
}

#[tokio::test]
async fn the_public_programme_shows_days_sessions_and_speakers_in_four_languages() {
    let app = app().await;
    let label = demo_label(&app).await;
    let page = app.get(&format!("/ccm/meetings/{label}/programme")).await;
    assert_eq!(page.status, StatusCode::OK);
    for text in [
        "Opening of the meeting",
        "National Implementation Measures",
        "DEMO",
        "Interactive dialogue",
        "List of speakers",
        "<caption>Sessions on",
        "scope=\"col\"",
        "scope=\"row\"",
        "programme.ics",
    ] {
        assert!(page.body.contains(text), "{text}");
    }
    assert!(
        !page.body.contains("/programme/edit"),
        "no edit link for the public"
    );
    for (lang, text) in [
        ("fr", "Dialogue interactif"),
        ("es", "Diálogo interactivo"),
        ("ar", "حوار تفاعلي"),
    ] {
        let page = app
            .get(&format!("/ccm/meetings/{label}/programme?lang={lang}"))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains(text), "{lang}");
    }
    assert_eq!(
        app.get("/ccm/meetings/99MSP/programme").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_api_answers_the_programme_by_day() {
    let app = app().await;
    let label = demo_label(&app).await;
    let answer = app
        .get(&format!(
            "/api/v1/conventions/ccm/meetings/{label}/programme"
        ))
        .await;
    assert_eq!(answer.status, StatusCode::OK);
    let json = answer.json();
    assert_eq!(json["meeting"], label.as_str());
    let days = json["days"].as_array().expect("days");
    assert_eq!(days.len(), 3);
    let first = &days[0]["sessions"];
    assert_eq!(first[0]["format"], "plenary");
    let nim = first
        .as_array()
        .expect("sessions")
        .iter()
        .find(|s| s["area"] == "nim")
        .expect("the NIM session");
    assert_eq!(nim["body"], "wg-a");
    assert_eq!(nim["panel"].as_array().map(Vec::len), Some(2));
    let missing = app
        .get("/api/v1/conventions/ccm/meetings/99MSP/programme")
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.json()["error"].is_string());
}

/// Who may edit the 2ISM's programme (P2.4): on 16-19 April 2012 Lebanon held the presidency
/// and Germany (the demo Coordinator) seat e-1 of group (e).
#[tokio::test]
async fn p2_4_each_role_reaches_the_editor_or_is_refused() {
    let app = app().await;
    let anonymous = app.get(EDIT).await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert_eq!(anonymous.location(), Some(format!("/login?next={EDIT}")));
    for (who, allowed) in [
        ("demo-observer", false),
        ("demo-focal-point", false),
        // The 13MSP's President, not the President in April 2012.
        ("demo-president", false),
        ("demo-coordinator", true),
        ("lebanon-president", true),
        ("demo-isu", true),
        ("demo-admin", true),
    ] {
        let token = app.session_for(who).await;
        let answer = app.get_as(EDIT, Some(&token)).await;
        let expected = if allowed {
            StatusCode::OK
        } else {
            StatusCode::FORBIDDEN
        };
        assert_eq!(answer.status, expected, "{who}");
        let public = app
            .get_as("/ccm/meetings/2ISM/programme", Some(&token))
            .await;
        assert_eq!(public.status, StatusCode::OK, "{who} reads");
        assert_eq!(
            public.body.contains(EDIT),
            allowed,
            "{who} sees the edit link"
        );
    }
    // The 13MSP's President edits the 13MSP's programme; Germany's term ended in 2013.
    let president = app.session_for("demo-president").await;
    let coordinator = app.session_for("demo-coordinator").await;
    let edit13 = "/ccm/meetings/13MSP/programme/edit";
    let editor = app.get_as(edit13, Some(&president)).await;
    assert_eq!(editor.status, StatusCode::OK);
    // The demo President has sessions to try the editor on (issue 12 item 9).
    assert!(
        editor.body.contains("Opening of the meeting"),
        "{}",
        editor.body
    );
    assert_eq!(
        app.get_as(edit13, Some(&coordinator)).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn p2_4_a_sitting_coordinator_adds_sessions_of_their_group_only() {
    let app = app().await;
    let (cookie, csrf) = signed_in(&app, "demo-coordinator").await;
    let own = app
        .post_form(
            EDIT,
            &cookie,
            &session(&csrf, "Stockpiles, DEMO test", "wg-e", "16:00"),
        )
        .await;
    assert_eq!(own.status, StatusCode::SEE_OTHER, "{}", own.body);
    let other = app
        .post_form(
            EDIT,
            &cookie,
            &session(&csrf, "Universalization test", "wg-b", "15:00"),
        )
        .await;
    assert_eq!(other.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(other.body.contains("Stockpile Destruction and Retention"));
    assert!(
        other.body.contains("value=\"Universalization test\""),
        "keeps what was typed"
    );
    // Nor a plenary (no group): that is the President's and the ISU's.
    let plenary = app
        .post_form(EDIT, &cookie, &session(&csrf, "Plenary test", "", "15:00"))
        .await;
    assert_eq!(plenary.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = app.get("/ccm/meetings/2ISM/programme").await.body;
    assert!(page.contains("Stockpiles, DEMO test"));
    assert!(!page.contains("Universalization test") && !page.contains("Plenary test"));
}

#[tokio::test]
async fn p2_4_the_president_of_the_day_adds_a_plenary() {
    let app = app().await;
    let (cookie, csrf) = signed_in(&app, "lebanon-president").await;
    let answer = app
        .post_form(
            EDIT,
            &cookie,
            &session(&csrf, "Closing plenary test", "", "16:00"),
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let (cookie, csrf) = signed_in(&app, "demo-focal-point").await;
    let refused = app
        .post_form(
            EDIT,
            &cookie,
            &session(&csrf, "Focal point test", "", "09:00"),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(
        !app.get("/ccm/meetings/2ISM/programme")
            .await
            .body
            .contains("Focal point test")
    );
}

#[tokio::test]
async fn refused_forms_keep_what_was_typed_and_say_why() {
    let app = app().await;
    let (cookie, csrf) = signed_in(&app, "demo-isu").await;
    let mut backwards = session(&csrf, "Backwards test", "", "18:00");
    backwards.push(("ignored", "x"));
    let answer = app.post_form(EDIT, &cookie, &backwards).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains("must start before it ends"));
    assert!(answer.body.contains("value=\"Backwards test\""));
    let mut bad_time = session(&csrf, "Bad time test", "", "noon");
    bad_time[3] = ("starts_at", "noon");
    let answer = app.post_form(EDIT, &cookie, &bad_time).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains("HH:MM") && answer.body.contains("aria-invalid"));
    // An area session outside group (a)'s time (P2.2).
    let mut area = session(&csrf, "Reporting test", "", "16:00");
    area[8] = ("area", "reporting");
    let answer = app.post_form(EDIT, &cookie, &area).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains("P2.2"));
    // Without the CSRF token nothing happens.
    let forged = app
        .post_form(EDIT, &cookie, &session("", "Forged test", "", "16:00"))
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_editor_changes_a_session_manages_its_speakers_and_deletes_it() {
    let app = app().await;
    let (cookie, csrf) = signed_in(&app, "demo-isu").await;
    let added = app
        .post_form(
            EDIT,
            &cookie,
            &session(&csrf, "Dialogue test", "wg-c", "16:00"),
        )
        .await;
    let location = added.location().expect("redirect");
    let id = location.rsplit("session-").next().expect("id").to_string();
    let base = format!("/ccm/meetings/2ISM/programme/sessions/{id}");
    let token = cookie.trim_start_matches("td_session=").to_string();
    assert_eq!(app.get_as(&base, Some(&token)).await.status, StatusCode::OK);
    let changed = app
        .post_form(
            &base,
            &cookie,
            &session(&csrf, "Dialogue, renamed", "wg-c", "15:30"),
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    for (name, kind) in [
        ("Ms. A; DEMO", "panel"),
        ("Mr. B, DEMO", "floor"),
        ("Ms. C DEMO", "floor"),
    ] {
        let answer = app
            .post_form(
                &format!("{base}/speakers"),
                &cookie,
                &[
                    ("csrf", &csrf),
                    ("name", name),
                    ("actor", "nzl"),
                    ("capacity", "Delegate"),
                    ("kind", kind),
                ],
            )
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    }
    let refused = app
        .post_form(
            &format!("{base}/speakers"),
            &cookie,
            &[
                ("csrf", &csrf),
                ("name", "Nobody"),
                ("actor", "XXX"),
                ("kind", "floor"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("value=\"Nobody\"") && refused.body.contains("XXX"));
    let api = app
        .get("/api/v1/conventions/ccm/meetings/2ISM/programme")
        .await
        .json();
    let ours = api["days"]
        .as_array()
        .expect("days")
        .iter()
        .flat_map(|d| d["sessions"].as_array().cloned().unwrap_or_default())
        .find(|s| s["title"] == "Dialogue, renamed")
        .expect("the session");
    assert_eq!(ours["starts_at"], "15:30");
    assert_eq!(ours["list_of_speakers"][0]["actor"], "NZL");
    assert_eq!(ours["list_of_speakers"][0]["actor_name"], "New Zealand");
    // The page names the State a speaker speaks for, in the reader's language.
    for (lang, name) in [("en", "(New Zealand)"), ("fr", "(Nouvelle-Zélande)")] {
        let page = app
            .get(&format!("/ccm/meetings/2ISM/programme?lang={lang}"))
            .await;
        assert!(page.body.contains(name), "{lang}: {name}");
        assert!(!page.body.contains("(NZL)"), "{lang}: no ISO code");
    }
    let third = ours["list_of_speakers"][1]["id"].as_i64().expect("id");
    let moved = app
        .post_form(
            &format!("{base}/speakers/{third}"),
            &cookie,
            &[("csrf", &csrf), ("action", "up")],
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    let page = app.get("/ccm/meetings/2ISM/programme").await.body;
    let (c, b) = (
        page.find("Ms. C DEMO").expect("C"),
        page.find("Mr. B, DEMO").expect("B"),
    );
    assert!(c < b, "C now speaks before B");
    let deleted = app
        .post_form(&format!("{base}/delete"), &cookie, &[("csrf", &csrf)])
        .await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER);
    assert!(
        !app.get("/ccm/meetings/2ISM/programme")
            .await
            .body
            .contains("Dialogue, renamed")
    );
    assert_eq!(
        app.get_as(&base, Some(&token)).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_ics_feed_follows_rfc_5545_and_parses_back() {
    let app = app().await;
    let (cookie, csrf) = signed_in(&app, "demo-isu").await;
    let long = "A description long enough to be folded, with commas, semicolons; backslashes \\ and a line break\r\nand accents é, ü and Arabic جنيف.";
    let mut form = session(&csrf, "Feed test, with; specials", "", "16:00");
    form[9] = ("description", long);
    let added = app.post_form(EDIT, &cookie, &form).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let feed = app.get("/ccm/meetings/2ISM/programme.ics").await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(
        feed.headers["content-type"]
            .to_str()
            .expect("type")
            .starts_with("text/calendar")
    );
    let text = &feed.body;
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "CRLF line endings only"
    );
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "line longer than 75 octets: {line}");
    }
    assert!(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Zurich"));
    assert!(text.contains("DTSTART;TZID=Europe/Zurich:20120419T160000"));
    assert!(text.contains("SUMMARY:Feed test\\, with\\; specials"));
    let parsed: icalendar::Calendar = text.parse().expect("the feed parses");
    let events: Vec<_> = parsed.events().collect();
    let sessions = app
        .get("/api/v1/conventions/ccm/meetings/2ISM/programme")
        .await
        .json()["days"]
        .as_array()
        .expect("days")
        .iter()
        .map(|d| d["sessions"].as_array().map_or(0, Vec::len))
        .sum::<usize>();
    assert_eq!(events.len(), sessions);
    use icalendar::Component;
    let ours = events
        .iter()
        .find(|e| e.get_summary() == Some("Feed test, with; specials"))
        .expect("our event");
    let description = ours.get_description().expect("description");
    assert!(
        description.starts_with(&long.replace("\r\n", "\n")),
        "{description}"
    );
    assert!(ours.get_uid().is_some_and(|u| u.starts_with("session-")));
    assert!(
        ours.property_value("DTSTAMP")
            .is_some_and(|d| d.ends_with('Z'))
    );
    let mut uids: Vec<_> = events.iter().filter_map(|e| e.get_uid()).collect();
    uids.sort_unstable();
    uids.dedup();
    assert_eq!(uids.len(), events.len(), "UIDs are unique");
}

/// Away from Geneva the time zone is not known, so times are floating local times.
#[tokio::test]
async fn the_ics_feed_of_a_meeting_away_from_geneva_uses_floating_times() {
    let app = app().await;
    let (cookie, csrf) = signed_in(&app, "demo-isu").await;
    let mut form = session(&csrf, "Vientiane test", "", "10:00");
    form[2] = ("day", "2010-11-10");
    let added = app
        .post_form("/ccm/meetings/1MSP/programme/edit", &cookie, &form)
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let text = app.get("/ccm/meetings/1MSP/programme.ics").await.body;
    assert!(text.contains("DTSTART:20101110T100000\r\n"), "{text}");
    assert!(!text.contains("TZID") && !text.contains("VTIMEZONE"));
    assert!(text.contains("LOCATION:Room XX\\, Vientiane"));
}
