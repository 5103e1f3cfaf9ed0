//! The architecture in the web: the CCM preset drives the pages and the API, the APLC and CCW
//! presets show their own bodies, the Coordination Committee on hand-worked dates (P3.2), the
//! findings of the 2MSP record (P2.3, P2.4), seats with their handover notes (P2.7).

use crate::common::TestApp;
use axum::http::StatusCode;

fn actors(committee: &serde_json::Value) -> Vec<String> {
    committee["members"]
        .as_array()
        .expect("members")
        .iter()
        .map(|m| m["actor"].as_str().expect("actor").to_string())
        .collect()
}

#[tokio::test]
async fn p3_2_committee_on_1_march_2013_in_the_api() {
    let app = TestApp::new().await;
    let c = app
        .get("/api/v1/conventions/ccm/committee?as_of=2013-03-01")
        .await
        .json();
    // Norway presided the 3MSP (opened 11 Sep 2012) until the 4MSP opened; the Coordinators of
    // the 2MSP's two-cycle seats and Costa Rica (3MSP) sat; the one-cycle seats of the first
    // round had ended at the 3MSP and no successor is on record.
    assert_eq!(
        actors(&c),
        [
            "NOR", "ZMB", "CRI", "JPN", "AUT", "LAO", "DEU", "ESP", "NZL", "BEL", "ICRC", "UN",
            "CMC"
        ]
    );
    assert_eq!(c["members"][0]["capacity"], "chair");
    let unfilled: Vec<&str> = c["unfilled"]
        .as_array()
        .expect("unfilled")
        .iter()
        .filter_map(|u| u.as_str())
        .collect();
    assert!(unfilled.contains(&"President-Designate"), "{unfilled:?}");
    assert!(unfilled.iter().any(|u| u.contains("b-2")));
    insta::assert_json_snapshot!("api_committee_2013_03_01", c);
}

#[tokio::test]
async fn p3_2_committee_follows_the_version_in_force() {
    let app = TestApp::new().await;
    // Version 2 (from the close of the 1RC, 11 Sep 2015) adds the outgoing President and makes
    // the organizations observers. Croatia presided the 1RC; Costa Rica presided the 5MSP.
    let c = app
        .get("/api/v1/conventions/ccm/committee?as_of=2016-01-01")
        .await
        .json();
    assert_eq!(c["version"], 2);
    assert_eq!(actors(&c), ["HRV", "CRI", "ICRC", "UN", "CMC"]);
    assert_eq!(c["members"][1]["capacity"], "outgoing");
    assert_eq!(c["members"][2]["observer"], true);
    // On the day the 2MSP closed the Committee exists, chaired by Lebanon; a day before it did not.
    let first = app
        .get("/api/v1/conventions/ccm/committee?as_of=2011-09-16")
        .await
        .json();
    assert_eq!(first["members"][0]["actor"], "LBN");
    assert_eq!(actors(&first).len(), 1 + 14 + 3);
    let before = app
        .get("/api/v1/conventions/ccm/committee?as_of=2011-09-15")
        .await;
    assert_eq!(before.status, StatusCode::NOT_FOUND);
    let page = app.get("/ccm/committee?as_of=2011-09-15").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("There was no coordinating committee on"),
        "{}",
        page.body
    );
    let french = app
        .get_with(
            "/ccm/committee?as_of=2011-09-15",
            &[("accept-language", "fr")],
        )
        .await;
    assert!(
        french
            .body
            .contains("pas de comité de coordination le 15 septembre 2011")
    );
}

#[tokio::test]
async fn the_committee_page_lists_members_with_their_capacity() {
    let app = TestApp::new().await;
    let page = app.get("/ccm/committee?as_of=2013-03-01").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Norway"));
    assert!(page.body.contains("Chair"));
    assert!(page.body.contains("Coordinator 1, Universalization"));
    assert!(
        page.body
            .contains("International Committee of the Red Cross")
    );
}

#[tokio::test]
async fn the_ccm_preset_drives_the_architecture_page_and_api() {
    let app = TestApp::new().await;
    let a = app
        .get("/api/v1/conventions/ccm/architecture?as_of=2013-03-01")
        .await
        .json();
    assert_eq!(a["version"]["version"], 1);
    let bodies: Vec<&str> = a["bodies"]
        .as_array()
        .expect("bodies")
        .iter()
        .filter_map(|b| b["name"].as_str())
        .collect();
    assert_eq!(bodies.len(), 8);
    assert!(
        bodies.contains(&"Universalization")
            && bodies.contains(&"National Implementation Measures")
    );
    assert_eq!(a["bodies"][0]["seats"][1]["holder"]["actor"], "CRI");
    assert_eq!(
        a["bodies"][1]["seats"][1]["holder"],
        serde_json::Value::Null,
        "b-2 vacant"
    );
    // Version 2: the Transparency Reporting seat is one cycle, renewable.
    let v2 = app
        .get("/api/v1/conventions/ccm/architecture?as_of=2016-01-01")
        .await
        .json();
    let reporting = v2["bodies"]
        .as_array()
        .expect("bodies")
        .iter()
        .find(|b| b["key"] == "reporting")
        .expect("reporting")
        .clone();
    assert_eq!(reporting["seats"][0]["term_cycles"], 1);
    assert_eq!(reporting["seats"][0]["renewable"], true);
    let page = app.get("/ccm/architecture?as_of=2013-03-01").await;
    assert!(page.body.contains("Clearance and Risk Reduction"));
    assert!(page.body.contains("Costa Rica"));
    assert!(page.body.contains("Vacant"));
    let before = app.get("/ccm/architecture?as_of=2005-01-01").await;
    assert_eq!(before.status, StatusCode::NOT_FOUND);
    assert!(before.body.contains("the first took effect on 2011-09-16"));
}

#[tokio::test]
async fn the_aplc_and_ccw_presets_show_their_own_bodies() {
    let app = TestApp::new().await;
    let aplc = app
        .get("/api/v1/conventions/aplc/architecture?as_of=2005-06-01")
        .await
        .json();
    let seats = &aplc["bodies"][0]["seats"];
    assert_eq!(seats[2]["title"], "Co-Rapporteur");
    assert_eq!(seats[2]["succeeds_to"], "sc-1-chair-1");
    let maputo = app.get("/aplc/architecture?as_of=2020-01-01").await;
    assert!(
        maputo
            .body
            .contains("Committee on Article 5 Implementation")
    );
    assert!(
        maputo.body.contains("Coordinating Committee")
            || maputo
                .body
                .contains("International Campaign to Ban Landmines")
    );
    let ccw = app.get("/ccw/architecture").await;
    assert_eq!(ccw.status, StatusCode::OK);
    assert!(ccw.body.contains("Recording of Ordnance"));
    assert!(ccw.body.contains("President-Designate"));
}

#[tokio::test]
async fn the_2msp_record_shows_its_findings_in_the_api_and_the_page() {
    let app = TestApp::new().await;
    let focal = app.session_for("demo-focal-point").await;
    let f = app
        .get_as(
            "/api/v1/conventions/ccm/findings?as_of=2016-01-01",
            Some(&focal),
        )
        .await
        .json();
    let findings = f["findings"].as_array().expect("findings");
    let has = |clause: &str, text: &str| {
        findings.iter().any(|x| {
            x["clause"] == clause && x["sentence"].as_str().is_some_and(|s| s.contains(text))
        })
    };
    assert!(has("P2.4", "Costa Rica by 3MSP cites no decision"));
    assert!(has(
        "P2.4",
        "Cannot confirm that Zambia was a State Party in force on 2011-09-16"
    ));
    assert!(has(
        "P2.3",
        "seat b-2 of Universalization has been vacant since 2012-09-14"
    ));
    assert!(
        !findings.iter().any(|x| x["clause"] == "P2.5"),
        "the first round alternates"
    );
    assert_eq!(f["errors"], 1);
    let page = app
        .get_as("/ccm/findings?as_of=2016-01-01", Some(&focal))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("cites no decision of that meeting"));
}

#[tokio::test]
async fn a_seat_shows_its_history_and_a_state_its_seats() {
    let app = TestApp::new().await;
    let seat = app.get("/ccm/seats/a-2").await;
    assert_eq!(seat.status, StatusCode::OK);
    assert!(seat.body.contains("Holy See"));
    assert!(seat.body.contains("Costa Rica"));
    assert!(seat.body.contains("none cited"));
    let zambia = app.get("/ccm/states/ZMB").await;
    assert!(
        zambia
            .body
            .contains("Coordinator 1, General Status and Operation of the Convention")
    );
    assert!(zambia.body.contains("President"));
    assert_eq!(
        app.get("/ccm/seats/z-9").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn p2_7_handover_note_by_the_holder_s_coordinator_shown_to_the_committee() {
    let app = TestApp::new().await;
    // The demo coordinator acts for Germany, which held seat e-1 from the 2MSP.
    let coordinator = app.session_for("demo-coordinator").await;
    let cookie = format!("td_session={coordinator}");
    let page = app.get_as("/ccm/seats/e-1", Some(&coordinator)).await;
    let csrf = page.hidden("csrf");
    let appointment = page.hidden("appointment");
    let saved = app
        .post_form(
            "/ccm/seats/e-1/handover",
            &cookie,
            &[
                ("csrf", &csrf),
                ("appointment", &appointment),
                ("note", "Stockpile reports due: see the 2013 working paper."),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let president = app.session_for("demo-president").await;
    let shown = app.get_as("/ccm/seats/e-1", Some(&president)).await;
    assert!(shown.body.contains("Stockpile reports due"));
    assert!(shown.body.contains("demo-coordinator"));
    let public = app.get("/ccm/seats/e-1").await;
    assert!(!public.body.contains("Stockpile reports due"));
    assert!(public.body.contains("Handover notes are for the President"));

    // Refusing: Germany's Coordinator cannot write the note of Croatia's seat; nor without a
    // valid form token.
    let croatia = app.get_as("/ccm/seats/e-2", Some(&coordinator)).await;
    assert!(!croatia.body.contains("name=\"appointment\""));
    let other = app
        .get_as("/ccm/seats/e-2", Some(&app.session_for("demo-isu").await))
        .await
        .hidden("appointment");
    let refused = app
        .post_form(
            "/ccm/seats/e-2/handover",
            &cookie,
            &[
                ("csrf", &csrf),
                ("appointment", &other),
                ("note", "not mine"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let forged = app
        .post_form(
            "/ccm/seats/e-1/handover",
            &cookie,
            &[
                ("csrf", "x"),
                ("appointment", &appointment),
                ("note", "forged"),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_timeline_is_a_picture_with_a_table_alternative() {
    let app = TestApp::new().await;
    let page = app.get("/ccm/timeline").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<svg"));
    assert!(page.body.contains("role=\"img\""));
    assert!(
        page.body
            .contains("<table tabindex=\"0\" class=\"list\" id=\"terms\">")
    );
    assert!(
        page.body
            .contains("<title>Zambia: 2011-09-16 to 2013-09-13</title>")
    );
}

#[tokio::test]
async fn the_planner_proposes_proved_slates_for_the_3rc() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let page = app
        .get_as("/ccm/meetings/3RC/plan?horizon=2", Some(&isu))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Slate 1"));
    assert!(page.body.contains("Proved optimal"));
    assert!(
        page.body.contains("Western European and others") || page.body.contains("Western European")
    );
    let json = app
        .get_as(
            "/api/v1/conventions/ccm/meetings/3RC/plan?horizon=2",
            Some(&isu),
        )
        .await
        .json();
    let plan = &json["plan"];
    assert_eq!(plan["proved_optimal"], true);
    assert_eq!(plan["slates"].as_array().map(Vec::len), Some(3));
    // Every seat falls vacant at the 3RC in the demo record (nothing is recorded after 2014),
    // and the renewable thematic seats may be renewed, so no later cycle is at risk there.
    assert_eq!(json["input"]["seats"].as_array().map(Vec::len), Some(14));
    let reasons = plan["slates"][0]["reasons"].to_string();
    assert!(!reasons.contains("nim-1 at cycle"), "{reasons}");
    // Bad input: a horizon out of range, an unknown meeting, a meeting that selects nobody.
    assert_eq!(
        app.get_as("/ccm/meetings/3RC/plan?horizon=9", Some(&isu))
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        app.get_as("/ccm/meetings/99MSP/plan", Some(&isu))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let before = app.get_as("/ccm/meetings/1MSP/plan", Some(&isu)).await;
    assert_eq!(
        before.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        before.body
    );
    assert!(
        before.body.contains("No architecture was in force at 1MSP"),
        "{}",
        before.body
    );
    let before = app
        .get_as("/ccm/meetings/1MSP/plan?lang=fr", Some(&isu))
        .await;
    assert!(
        before
            .body
            .contains("Aucune architecture n&#39;était en vigueur"),
        "{}",
        before.body
    );
}

#[tokio::test]
async fn p19_1_the_planners_reasons_and_notes_are_said_in_the_readers_language() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let json = app
        .get_as(
            "/api/v1/conventions/ccm/meetings/3RC/plan?horizon=2",
            Some(&isu),
        )
        .await
        .json();
    let slates = json["plan"]["slates"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let reasons: Vec<serde_json::Value> = slates
        .iter()
        .flat_map(|s| s["reasons"].as_array().cloned().unwrap_or_default())
        .collect();
    assert!(!reasons.is_empty(), "{json}");
    // Each reason carries its message beside its English sentence.
    for r in &reasons {
        let id = r["message_id"].as_str().unwrap_or_default();
        assert!(id.starts_with("plan-reason-"), "{r}");
        let sentence = r["sentence"].as_str().unwrap_or_default();
        let page = app.get_as("/ccm/meetings/3RC/plan", Some(&isu)).await;
        assert!(
            page.body.contains(&askama_escape(sentence)),
            "the English page says {sentence}"
        );
    }
    for (lang, english) in [
        (
            "fr",
            [
                "left vacant",
                "Regional balance",
                "first choice",
                "two seats at once",
            ],
        ),
        (
            "es",
            [
                "left vacant",
                "Regional balance",
                "first choice",
                "two seats at once",
            ],
        ),
        (
            "ar",
            [
                "left vacant",
                "Regional balance",
                "first choice",
                "two seats at once",
            ],
        ),
    ] {
        let page = app
            .get_as(&format!("/ccm/meetings/3RC/plan?lang={lang}"), Some(&isu))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        for e in english {
            assert!(!page.body.contains(e), "{lang}: {e} in English");
        }
    }
}

/// The text as askama writes it into a page.
fn askama_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

#[tokio::test]
async fn issue_19_the_committee_page_names_its_members_in_the_readers_language() {
    let app = TestApp::new().await;
    let committee = app
        .get("/api/v1/conventions/ccm/committee?as_of=2013-03-01")
        .await
        .json();
    let member = committee["members"]
        .as_array()
        .and_then(|m| m.iter().find(|m| m["capacity"] == "coordinator"))
        .cloned()
        .expect("a Coordinator on 1 March 2013");
    let actor = member["actor"].as_str().expect("actor");
    let names = app
        .get(&format!("/api/v1/conventions/ccm/states/{actor}"))
        .await
        .json()["state"]["name"]
        .clone();
    for lang in ["ar", "fr", "es"] {
        let page = app
            .get(&format!("/ccm/committee?as_of=2013-03-01&lang={lang}"))
            .await;
        let name = names[lang].as_str().expect("name");
        assert!(page.body.contains(name), "{lang}: {name} missing");
    }
}

#[tokio::test]
async fn p2_7_handover_note_is_revised_never_overwritten() {
    let app = TestApp::new().await;
    let coordinator = app.session_for("demo-coordinator").await;
    let cookie = format!("td_session={coordinator}");
    let page = app.get_as("/ccm/seats/e-1", Some(&coordinator)).await;
    let csrf = page.hidden("csrf");
    let appointment = page.hidden("appointment");
    for note in [
        "DEMO first version: stockpile reports due.",
        "DEMO second version: stockpile reports received.",
    ] {
        let saved = app
            .post_form(
                "/ccm/seats/e-1/handover",
                &cookie,
                &[
                    ("csrf", &csrf),
                    ("appointment", &appointment),
                    ("note", note),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    }
    let shown = app
        .get_as("/ccm/seats/e-1", Some(&app.session_for("demo-isu").await))
        .await;
    assert!(shown.body.contains("DEMO second version"), "{}", shown.body);
    assert!(shown.body.contains("DEMO first version"), "{}", shown.body);
    assert!(
        shown.body.contains("Earlier versions (1)"),
        "{}",
        shown.body
    );
    // Saving the same text again records nothing.
    let same = app
        .post_form(
            "/ccm/seats/e-1/handover",
            &cookie,
            &[
                ("csrf", &csrf),
                ("appointment", &appointment),
                ("note", "DEMO second version: stockpile reports received."),
            ],
        )
        .await;
    assert!(same.status.is_client_error(), "{}", same.status);
    // The public reader sees neither version.
    let public = app.get("/ccm/seats/e-1").await;
    assert!(!public.body.contains("DEMO first version"));
}
