//! Recording a formal meeting's appointments: the ISU's form, its preview of the rules of
//! Proposal 2 (P2.4, P2.5, P2.6) on the record as it would be, the save that refuses errors and
//! warnings without a written justification and keeps what was typed, access and CSRF.

use crate::common::TestApp;
use axum::http::StatusCode;
use treatydesk_domain::office::Post;
use treatydesk_store::architecture::NewMeeting;
use treatydesk_store::audit::Author;

const FORM: &str = "/ccm/meetings/3MSP/appointments";

/// Records decision 1 of the 3MSP (the demo has decisions of the 2MSP only) and returns its id.
async fn decision_of_3msp(app: &TestApp) -> String {
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    let meeting = store
        .meetings(&ccm)
        .await
        .expect("meetings")
        .into_iter()
        .find(|m| m.label == "3MSP")
        .expect("3MSP");
    store
        .add_decision(
            &Author::system("test: a decision of the 3MSP"),
            &meeting,
            1,
            "Appointed Coordinators of the Working Groups.",
            "test",
        )
        .await
        .expect("decision")
        .id
        .to_string()
}

/// A signed-in ISU member: (cookie header, CSRF token of the session).
async fn isu(app: &TestApp) -> (String, String) {
    let token = app.session_for("demo-isu").await;
    let page = app.get_as(FORM, Some(&token)).await;
    assert_eq!(page.status, StatusCode::OK);
    (format!("td_session={token}"), page.hidden("csrf"))
}

/// The appointments of the 3MSP on record, as (seat or office key, holder).
async fn recorded_at_3msp(app: &TestApp) -> Vec<(String, String)> {
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    let record = store.record(&ccm).await.expect("record");
    let id = record
        .meetings
        .iter()
        .find(|m| m.label == "3MSP")
        .expect("3MSP")
        .id;
    record
        .appointments
        .iter()
        .filter(|a| a.selected_at == Some(id))
        .map(|a| (a.post.key().to_string(), a.holder.clone()))
        .collect()
}

#[tokio::test]
async fn the_form_is_for_the_isu_and_admins_only() {
    let app = TestApp::new().await;
    let anonymous = app.get(FORM).await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert_eq!(
        anonymous.location().as_deref(),
        Some("/login?next=/ccm/meetings/3MSP/appointments")
    );
    for who in [
        "demo-observer",
        "demo-focal-point",
        "demo-coordinator",
        "demo-president",
    ] {
        let token = app.session_for(who).await;
        let answer = app.get_as(FORM, Some(&token)).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{who}");
        assert!(!answer.body.contains("holder-a-1"), "{who} sees the form");
    }
    for who in ["demo-isu", "demo-admin"] {
        let token = app.session_for(who).await;
        assert_eq!(
            app.get_as(FORM, Some(&token)).await.status,
            StatusCode::OK,
            "{who}"
        );
    }
    // Nobody below the ISU can post either, even with the session's own token.
    let token = app.session_for("demo-coordinator").await;
    let csrf = app.get_as("/ccm", Some(&token)).await.hidden("csrf");
    let refused = app
        .post_form(
            FORM,
            &format!("td_session={token}"),
            &[("csrf", &csrf), ("action", "save"), ("holder-b-2", "NZL")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(recorded_at_3msp(&app).await.iter().all(|(k, _)| k != "b-2"));
}

#[tokio::test]
async fn the_form_lists_every_seat_with_who_holds_it_going_into_the_meeting() {
    let app = TestApp::new().await;
    let token = app.session_for("demo-isu").await;
    let page = app.get_as(FORM, Some(&token)).await;
    assert_eq!(page.status, StatusCode::OK);
    for key in [
        "a-1",
        "a-2",
        "b-1",
        "b-2",
        "c-1",
        "c-2",
        "d-1",
        "d-2",
        "e-1",
        "e-2",
        "f-1",
        "f-2",
        "nim-1",
        "reporting-1",
    ] {
        assert!(
            page.body.contains(&format!("id=\"holder-{key}\"")),
            "no holder field for {key}"
        );
        assert!(
            page.body.contains(&format!(
                "name=\"cycles-{key}\" inputmode=\"numeric\" size=\"3\" value=\"2\""
            )),
            "the term of {key} is not prefilled with its two cycles"
        );
    }
    // Grouped by body; the Holy See's one-cycle term of a-2 ends at the 3MSP.
    assert!(page.body.contains("<legend>Universalization</legend>"));
    assert!(page.body.contains("Holy See"));
    assert!(page.body.contains("the term ends at this meeting"));
    assert!(page.body.contains("datetime=\"2012-09-14\""));
    // Costa Rica's a-2 appointment at the 3MSP is already on record.
    assert!(page.body.contains("Already recorded at 3MSP: Costa Rica"));
    // The datalist of States, the decisions (none on record yet) and the President-Designate.
    assert!(
        page.body
            .contains("<option value=\"NZL\">New Zealand</option>")
    );
    assert!(page.body.contains("No decision of 3MSP is on record"));
    assert!(page.body.contains("<legend>President-Designate</legend>"));
    assert!(page.body.contains(">4MSP</option>"));
    assert!(page.body.contains("name=\"csrf\""));
}

#[tokio::test]
async fn the_form_speaks_every_language() {
    let app = TestApp::new().await;
    let token = app.session_for("demo-isu").await;
    for (lang, title) in [
        ("en", "Record the appointments of 3MSP"),
        ("fr", "Enregistrer les nominations de la 3MSP"),
        ("es", "Registrar los nombramientos de la 3MSP"),
        ("ar", "تسجيل التعيينات في 3MSP"),
    ] {
        let page = app
            .get_as(&format!("{FORM}?lang={lang}"), Some(&token))
            .await;
        assert_eq!(page.status, StatusCode::OK, "{lang}");
        assert!(page.body.contains(title), "{lang}");
        assert!(
            !page.body.contains("appoint-"),
            "{lang}: a key is not translated"
        );
    }
}

#[tokio::test]
async fn p2_6_preview_warns_when_a_state_whose_term_ends_is_reappointed() {
    let app = TestApp::new().await;
    let decision = decision_of_3msp(&app).await;
    let (cookie, csrf) = isu(&app).await;
    let before = recorded_at_3msp(&app).await;
    let answer = app
        .post_form(
            FORM,
            &cookie,
            &[
                ("csrf", &csrf),
                ("action", "preview"),
                ("decision", &decision),
                ("holder-b-2", "vat"),
                ("cycles-b-2", "2"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.body.contains("(P2.6)"), "no P2.6 finding");
    assert!(
        answer
            .body
            .contains("Holy See provided a Coordinator (a-2) for the term that ended at 3MSP")
    );
    assert!(
        answer
            .body
            .contains("class=\"status warning\">Warning</span>")
    );
    assert!(answer.body.contains("id=\"justify-b-2-P2.6\""));
    assert!(answer.body.contains("Nothing has been saved yet."));
    // What was typed stays in the form.
    assert!(answer.body.contains("value=\"vat\""));
    assert!(
        answer
            .body
            .contains(&format!("value=\"{decision}\" selected"))
    );
    assert_eq!(
        recorded_at_3msp(&app).await,
        before,
        "a preview saves nothing"
    );
}

#[tokio::test]
async fn p2_6_override_needs_a_justification_then_saves() {
    let app = TestApp::new().await;
    let decision = decision_of_3msp(&app).await;
    let (cookie, csrf) = isu(&app).await;
    let before = recorded_at_3msp(&app).await;
    let typed = [
        ("csrf", csrf.as_str()),
        ("action", "save"),
        ("decision", decision.as_str()),
        ("holder-b-2", "VAT"),
        ("cycles-b-2", "2"),
        ("source", "Final report of the 3MSP, paragraph 30"),
    ];
    let refused = app.post_form(FORM, &cookie, &typed).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("The appointments were not saved"));
    assert!(refused.body.contains("href=\"#justify-b-2-P2.6\""));
    assert!(refused.body.contains("Write why P2.6 is set aside"));
    assert!(refused.body.contains("value=\"VAT\""));
    assert!(
        refused
            .body
            .contains("Final report of the 3MSP, paragraph 30")
    );
    assert!(
        refused
            .body
            .contains(&format!("value=\"{decision}\" selected"))
    );
    assert_eq!(recorded_at_3msp(&app).await, before);

    // Too short is not a justification either.
    let mut short = typed.to_vec();
    short.push(("justify-b-2-P2.6", "needed"));
    let refused = app.post_form(FORM, &cookie, &short).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains(">needed</textarea>"));

    let why = "No other State of the region stood for the seat.";
    let mut justified = typed.to_vec();
    justified.push(("justify-b-2-P2.6", why));
    let saved = app.post_form(FORM, &cookie, &justified).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        saved.location().as_deref(),
        Some("/ccm/architecture?as_of=2012-09-14")
    );

    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    let record = store.record(&ccm).await.expect("record");
    let a = record
        .appointments
        .iter()
        .find(|a| a.post == Post::Seat("b-2".into()) && a.holder == "VAT")
        .expect("the appointment is stored");
    assert_eq!(a.cycles, Some(2));
    assert_eq!(a.decision.map(|d| d.to_string()), Some(decision));
    assert_eq!(a.source, "Final report of the 3MSP, paragraph 30");
    let o = a.override_for("P2.6").expect("the override is stored");
    assert_eq!(o.justification, why);
    assert_eq!(o.by, "demo-isu");
    // The finding now stands aside, and the write is in the audit log under the user's name.
    let findings = store
        .findings(&ccm, time::macros::date!(2013 - 01 - 01))
        .await
        .expect("findings");
    let p2_6 = findings
        .iter()
        .find(|f| f.clause == "P2.6" && f.sentence.contains("takes b-2"))
        .expect("the P2.6 finding");
    assert!(!p2_6.stands());
    let log = store.audit_log(Some(ccm.id), 5).await.expect("log");
    let entry = log
        .iter()
        .find(|e| e.action == "appointment.add")
        .expect("audit entry");
    assert_eq!(entry.who, "demo-isu");
    assert_eq!(entry.reason, "record the appointments of 3MSP");
}

#[tokio::test]
async fn p2_4_an_organization_or_a_signatory_cannot_be_appointed() {
    let app = TestApp::new().await;
    let decision = decision_of_3msp(&app).await;
    let (cookie, csrf) = isu(&app).await;
    let before = recorded_at_3msp(&app).await;
    for (holder, sentence) in [
        (
            "ICRC",
            "International Committee of the Red Cross is not a State",
        ),
        ("AGO", "Angola was not a State Party in force on 2012-09-14"),
    ] {
        let answer = app
            .post_form(
                FORM,
                &cookie,
                &[
                    ("csrf", &csrf),
                    ("action", "save"),
                    ("decision", &decision),
                    ("holder-b-2", holder),
                    ("cycles-b-2", "2"),
                ],
            )
            .await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{holder}");
        assert!(answer.body.contains(sentence), "{holder}");
        assert!(answer.body.contains("(P2.4)"), "{holder}");
        assert!(answer.body.contains("class=\"status error\">Error</span>"));
        assert!(answer.body.contains("href=\"#holder-b-2\""), "{holder}");
        assert!(answer.body.contains(&format!("value=\"{holder}\"")));
        assert_eq!(recorded_at_3msp(&app).await, before, "{holder} was saved");
    }
}

#[tokio::test]
async fn p2_4_an_appointment_that_cites_no_decision_is_refused() {
    let app = TestApp::new().await;
    let (cookie, csrf) = isu(&app).await;
    let answer = app
        .post_form(
            FORM,
            &cookie,
            &[
                ("csrf", &csrf),
                ("action", "save"),
                ("holder-b-2", "NZL"),
                ("cycles-b-2", "2"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains("cites no decision of that meeting"));
}

#[tokio::test]
async fn p2_5_a_term_of_the_wrong_length_is_refused() {
    let app = TestApp::new().await;
    let decision = decision_of_3msp(&app).await;
    let (cookie, csrf) = isu(&app).await;
    let answer = app
        .post_form(
            FORM,
            &cookie,
            &[
                ("csrf", &csrf),
                ("action", "save"),
                ("decision", &decision),
                ("holder-b-2", "NZL"),
                ("cycles-b-2", "3"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains("(P2.5)"));
    assert!(answer.body.contains("lasts 3 cycle(s)"));
    assert!(answer.body.contains("value=\"3\""));
}

#[tokio::test]
async fn a_clean_appointment_saves_without_any_justification() {
    let app = TestApp::new().await;
    let decision = decision_of_3msp(&app).await;
    let (cookie, csrf) = isu(&app).await;
    // Albania: a State Party in force on the list, whose term ends nowhere near the 3MSP.
    let preview = app
        .post_form(
            FORM,
            &cookie,
            &[
                ("csrf", &csrf),
                ("action", "preview"),
                ("decision", &decision),
                ("holder-b-2", "ALB"),
                ("cycles-b-2", "2"),
            ],
        )
        .await;
    assert_eq!(preview.status, StatusCode::OK);
    assert!(
        preview
            .body
            .contains("No rule finding concerns these appointments.")
    );
    let saved = app
        .post_form(
            FORM,
            &cookie,
            &[
                ("csrf", &csrf),
                ("action", "save"),
                ("decision", &decision),
                ("holder-b-2", "ALB"),
                ("cycles-b-2", "2"),
                ("holder-president-designate", "ZMB"),
                ("presides", &presides_4msp(&app).await),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let recorded = recorded_at_3msp(&app).await;
    assert!(recorded.contains(&("b-2".to_string(), "ALB".to_string())));
    assert!(recorded.contains(&("president-designate".to_string(), "ZMB".to_string())));
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    let record = store.record(&ccm).await.expect("record");
    let alb = record
        .appointments
        .iter()
        .find(|a| a.holder == "ALB" && a.post == Post::Seat("b-2".into()))
        .expect("ALB");
    assert!(alb.overrides.is_empty());
    assert!(alb.source.contains("demo-isu"), "{}", alb.source);
}

async fn presides_4msp(app: &TestApp) -> String {
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    store
        .meetings(&ccm)
        .await
        .expect("meetings")
        .into_iter()
        .find(|m| m.label == "4MSP")
        .expect("4MSP")
        .id
        .to_string()
}

#[tokio::test]
async fn a_term_in_words_is_refused_with_a_sentence_and_the_form_kept() {
    let app = TestApp::new().await;
    let decision = decision_of_3msp(&app).await;
    let (cookie, csrf) = isu(&app).await;
    for action in ["preview", "save"] {
        let answer = app
            .post_form(
                FORM,
                &cookie,
                &[
                    ("csrf", &csrf),
                    ("action", action),
                    ("decision", &decision),
                    ("holder-b-2", "VAT"),
                    ("cycles-b-2", "two"),
                    ("holder-d-2", "NZL!"),
                    ("source", "Oslo final report"),
                ],
            )
            .await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{action}");
        assert!(
            answer.body.contains(
                "&#34;two&#34; is not a number of cycles; write a whole number, such as 2."
            ) || answer
                .body
                .contains("&quot;two&quot; is not a number of cycles"),
            "{action}: {}",
            answer.body
        );
        assert!(answer.body.contains("href=\"#cycles-b-2\""));
        assert!(answer.body.contains("aria-invalid=\"true\""));
        assert!(answer.body.contains("id=\"cycles-b-2-error\""));
        assert!(answer.body.contains("href=\"#holder-d-2\""));
        assert!(answer.body.contains("value=\"two\""));
        assert!(answer.body.contains("value=\"VAT\""));
        assert!(answer.body.contains("value=\"NZL!\""));
        assert!(answer.body.contains(">Oslo final report</textarea>"));
    }
}

#[tokio::test]
async fn saving_nothing_says_what_to_fill_in() {
    let app = TestApp::new().await;
    let (cookie, csrf) = isu(&app).await;
    let answer = app
        .post_form(FORM, &cookie, &[("csrf", &csrf), ("action", "save")])
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        answer
            .body
            .contains("Fill in the holder of at least one seat.")
    );
    let unknown = app
        .post_form(FORM, &cookie, &[("csrf", &csrf), ("action", "delete")])
        .await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_forged_csrf_token_is_refused() {
    let app = TestApp::new().await;
    let decision = decision_of_3msp(&app).await;
    let (cookie, _) = isu(&app).await;
    let before = recorded_at_3msp(&app).await;
    for csrf in ["forged", ""] {
        let answer = app
            .post_form(
                FORM,
                &cookie,
                &[
                    ("csrf", csrf),
                    ("action", "save"),
                    ("decision", &decision),
                    ("holder-b-2", "NZL"),
                    ("cycles-b-2", "2"),
                ],
            )
            .await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN);
        assert!(answer.body.contains("This form has expired"));
    }
    assert_eq!(recorded_at_3msp(&app).await, before);
}

#[tokio::test]
async fn an_unknown_meeting_is_not_found() {
    let app = TestApp::new().await;
    let token = app.session_for("demo-isu").await;
    let answer = app
        .get_as("/ccm/meetings/99MSP/appointments", Some(&token))
        .await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert!(answer.body.contains("CCM has no meeting"));
    assert!(answer.body.contains("99MSP"));
}

#[tokio::test]
async fn a_meeting_that_selects_no_coordinators_is_a_bad_request() {
    let app = TestApp::new().await;
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    let ism = store
        .add_meeting(
            &Author::system("test: an intersessional meeting"),
            &ccm,
            NewMeeting {
                kind: treatydesk_domain::meeting::MeetingKind::Intersessional,
                number: 9,
                venue: "Geneva".into(),
                opens_on: Some(time::macros::date!(2012 - 04 - 16)),
                closes_on: Some(time::macros::date!(2012 - 04 - 19)),
                source: "test".into(),
                status: Default::default(),
                sitting: Default::default(),
                presiding: None,
            },
        )
        .await
        .expect("meeting");
    let token = app.session_for("demo-isu").await;
    let path = format!("/ccm/meetings/{}/appointments", ism.label);
    let answer = app.get_as(&path, Some(&token)).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert!(answer.body.contains("does not select Coordinators (P2.4)"));
    // The 1MSP met before the architecture existed: nothing to select there either.
    let first = app
        .get_as("/ccm/meetings/1MSP/appointments", Some(&token))
        .await;
    assert_eq!(first.status, StatusCode::BAD_REQUEST);
    assert!(
        first
            .body
            .contains("no architecture of CCM was in force at 1MSP")
    );
}

#[tokio::test]
async fn an_undated_meeting_says_why_its_terms_cannot_be_worked_out() {
    let app = TestApp::new().await;
    let token = app.session_for("demo-isu").await;
    let page = app
        .get_as("/ccm/meetings/3RC/appointments", Some(&token))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("3RC has no closing date on record"));
    // The made-up nominations for the 3RC show next to their seat.
    assert!(page.body.contains("Chile (preference 1)"));
}
