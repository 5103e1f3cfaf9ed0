//! Findings in the reader's language (issue 19, item 1): every message id of the domain has a
//! Fluent message in en, fr, es and ar with the same variables; the English message says the
//! domain's sentence word for word for every finding the demo record draws; the findings page
//! and a meeting's page show the findings in French, Spanish and Arabic, not in English; the
//! API gives the message id and the arguments beside the English sentence.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use axum::http::StatusCode;
use fluent_bundle::FluentValue;
use treatydesk_domain::Lang;
use treatydesk_domain::finding::{ALL_IDS, Arg, Message};
use treatydesk_web::views::findings;

use crate::common::TestApp;

/// The messages of one `findings.ftl`: id to the set of variables it uses (terms left out).
fn messages(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../locales")
        .join(lang)
        .join("findings.ftl");
    let text = std::fs::read_to_string(&path).expect("findings.ftl");
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            if !line.starts_with(' ') {
                current = None;
            }
            continue;
        }
        let body = if line.starts_with(' ') {
            line
        } else {
            let (id, rest) = line.split_once(" = ").expect("a message line");
            current = (!id.starts_with('-')).then(|| id.trim().to_string());
            if let Some(id) = &current {
                assert!(
                    out.insert(id.clone(), BTreeSet::new()).is_none(),
                    "{lang}: {id} twice"
                );
            }
            rest
        };
        let Some(id) = &current else { continue };
        let vars = out.get_mut(id).expect("current message");
        for (i, _) in body.match_indices('$') {
            let name: String = body[i + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            vars.insert(name);
        }
    }
    out
}

#[test]
fn every_finding_id_has_a_message_in_every_language_with_the_same_variables() {
    let english = messages("en");
    let ids: BTreeSet<String> = ALL_IDS.iter().map(|s| s.to_string()).collect();
    assert_eq!(
        english.keys().cloned().collect::<BTreeSet<_>>(),
        ids,
        "locales/en/findings.ftl and ALL_IDS differ"
    );
    for lang in ["fr", "es", "ar"] {
        let other = messages(lang);
        assert_eq!(
            other.keys().cloned().collect::<BTreeSet<_>>(),
            ids,
            "locales/{lang}/findings.ftl and ALL_IDS differ"
        );
        for (id, vars) in &english {
            assert_eq!(&other[id], vars, "{lang}: {id} has other variables");
        }
    }
    // Every message formats in every language with its variables, none left unresolved, and
    // the plural selectors accept every count.
    for l in Lang::ALL {
        for (id, vars) in &english {
            for n in [0, 1, 2, 3, 11, 100] {
                let mut args: HashMap<Cow<'static, str>, FluentValue<'static>> = HashMap::new();
                for v in vars {
                    let value = match v.as_str() {
                        "expected" => FluentValue::from("true"),
                        "status" => FluentValue::from("signatory"),
                        "office" => FluentValue::from("president"),
                        "position" => FluentValue::from("after"),
                        "given" | "days" | "max" | "months" | "years" | "count" | "version" => {
                            FluentValue::from(n)
                        }
                        _ => FluentValue::from("x"),
                    };
                    args.insert(Cow::Owned(v.clone()), value);
                }
                let text = treatydesk_web::i18n::tr_values(l, id, &args)
                    .unwrap_or_else(|| panic!("{} lacks {id}", l.code()));
                assert!(
                    !text.contains("{$") && !text.contains('$') && !text.is_empty(),
                    "{} {id}: {text}",
                    l.code()
                );
            }
        }
    }
}

/// The findings the API serves for `path` (the convention's findings, or a meetings list with
/// its general findings and those of each meeting).
fn served(json: &serde_json::Value) -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    for key in ["findings", "general"] {
        if let Some(list) = json[key].as_array() {
            out.extend(list.iter().cloned());
        }
    }
    if let Some(meetings) = json["meetings"].as_array() {
        for m in meetings {
            if let Some(list) = m["findings"].as_array() {
                out.extend(list.iter().cloned());
            }
        }
    }
    out
}

fn message_of(f: &serde_json::Value) -> Message {
    let args: BTreeMap<String, Arg> =
        serde_json::from_value(f["args"].clone()).expect("typed arguments");
    Message {
        id: f["message_id"].as_str().expect("message_id").to_string(),
        args,
    }
}

#[tokio::test]
async fn english_messages_say_the_domain_sentence_word_for_word() {
    let app = TestApp::new().await;
    let focal = app.session_for("demo-focal-point").await;
    let mut seen = BTreeSet::new();
    let mut paths = Vec::new();
    for code in ["ccm", "aplc", "ccw"] {
        for as_of in [
            "2011-06-01",
            "2013-03-01",
            "2016-01-01",
            "2020-01-01",
            "2026-01-01",
        ] {
            paths.push(format!("/api/v1/conventions/{code}/findings?as_of={as_of}"));
        }
        paths.push(format!("/api/v1/conventions/{code}/meetings"));
    }
    let none = |_: &str| None;
    for path in &paths {
        let answer = app.get_as(path, Some(&focal)).await;
        if answer.status != StatusCode::OK {
            continue;
        }
        for f in served(&answer.json()) {
            let sentence = f["sentence"].as_str().expect("sentence");
            let message = message_of(&f);
            assert!(
                ALL_IDS.contains(&message.id.as_str()),
                "{} not in ALL_IDS",
                message.id
            );
            let english = findings::render(Lang::En, &message, &none);
            assert_eq!(english.as_deref(), Some(sentence), "{path}: {}", message.id);
            for l in [Lang::Fr, Lang::Es, Lang::Ar] {
                let other = findings::render(l, &message, &none).expect("translated");
                assert_ne!(other, sentence, "{} in {}", message.id, l.code());
            }
            seen.extend(message.ids().into_iter().map(str::to_string));
        }
    }
    // The demo draws findings of Proposal 2 and of meetings; each kind is compared above.
    assert!(seen.len() >= 5, "only {seen:?}");
}

#[tokio::test]
async fn the_api_gives_the_message_id_and_typed_arguments_beside_the_sentence() {
    let app = TestApp::new().await;
    let focal = app.session_for("demo-focal-point").await;
    let f = app
        .get_as(
            "/api/v1/conventions/ccm/findings?as_of=2016-01-01",
            Some(&focal),
        )
        .await
        .json();
    let zambia = f["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|x| x["message_id"] == "finding-p2-4-party-unconfirmed")
        .expect("the Zambia finding")
        .clone();
    assert!(
        zambia["sentence"]
            .as_str()
            .is_some_and(|s| s.starts_with("Cannot confirm that Zambia"))
    );
    assert_eq!(zambia["args"]["who"]["kind"], "actor");
    assert_eq!(zambia["args"]["who"]["code"], "ZMB");
    assert_eq!(zambia["args"]["who"]["name"], "Zambia");
    assert_eq!(zambia["args"]["date"]["kind"], "date");
    assert_eq!(zambia["args"]["date"]["value"], "2011-09-16");
    let schema = app.get("/api/openapi.json").await.json();
    let props = &schema["components"]["schemas"]["FindingOut"]["properties"];
    assert!(props["message_id"].is_object() && props["args"].is_object());
    assert!(props["text"].is_null() && props["message"].is_null());
}

async fn findings_page(app: &TestApp, lang: &str) -> String {
    let focal = app.session_for("demo-focal-point").await;
    let page = app
        .get_as(
            &format!("/ccm/findings?as_of=2016-01-01&lang={lang}"),
            Some(&focal),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    page.body
}

#[tokio::test]
async fn p2_4_and_p2_3_findings_page_in_french() {
    let app = TestApp::new().await;
    let body = findings_page(&app, "fr").await;
    assert!(body.contains("par la réunion 3MSP ne cite aucune décision de cette réunion"));
    assert!(body.contains("Impossible de confirmer que Zambie"));
    assert!(body.contains("le 16 septembre 2011, premier jour de son mandat"));
    assert!(body.contains("est vacant depuis le 14 septembre 2012"));
    assert!(!body.contains("cites no decision of that meeting"));
    assert!(!body.contains("Cannot confirm that"));
    assert!(!body.contains("has been vacant since"));
}

#[tokio::test]
async fn p2_4_and_p2_3_findings_page_in_spanish() {
    let app = TestApp::new().await;
    let body = findings_page(&app, "es").await;
    assert!(body.contains("por la reunión 3MSP no cita ninguna decisión de esa reunión"));
    assert!(body.contains("No puede confirmarse que Zambia"));
    assert!(body.contains("el 16 de septiembre de 2011, primer día de su mandato"));
    assert!(body.contains("está vacante desde el 14 de septiembre de 2012"));
    assert!(!body.contains("cites no decision of that meeting"));
    assert!(!body.contains("Cannot confirm that"));
}

#[tokio::test]
async fn p2_4_and_p2_3_findings_page_in_arabic() {
    let app = TestApp::new().await;
    let body = findings_page(&app, "ar").await;
    assert!(body.contains("dir=\"rtl\""));
    assert!(body.contains("لا يستند تعيين"));
    assert!(body.contains("يتعذر التأكد من أن زامبيا"));
    // Western Arabic digits, the month in Arabic.
    assert!(body.contains("16 سبتمبر 2011"));
    assert!(body.contains("شاغر منذ 14 سبتمبر 2012"));
    assert!(!body.contains("cites no decision of that meeting"));
    assert!(!body.contains("Cannot confirm that"));
}

#[tokio::test]
async fn findings_page_in_english_is_the_domain_sentence() {
    let app = TestApp::new().await;
    let body = findings_page(&app, "en").await;
    assert!(body.contains("Cannot confirm that Zambia was a State Party in force on 2011-09-16"));
    assert!(body.contains("seat b-2 of Universalization has been vacant since 2012-09-14"));
}

#[tokio::test]
async fn p1_3_meeting_page_in_french_spanish_and_arabic() {
    let app = TestApp::new().await;
    let cases = [
        (
            "fr",
            "La réunion 2ISM ne se tient pas à la suite des autres réunions tenues à Genève en 2012",
            "Dates adjacentes qui respectent ses règles : du 14 mai 2012 au 18 mai 2012 (avant DEMO",
        ),
        (
            "es",
            "La reunión 2ISM no se celebra a continuación de las demás reuniones de 2012 en Ginebra",
            "Fechas contiguas que respetan sus normas: del 14 de mayo de 2012 al 18 de mayo de 2012 (antes de DEMO",
        ),
        (
            "ar",
            "لا يُعقد الاجتماع 2ISM متتاليًا مع اجتماعات عام 2012 الأخرى في جنيف",
            "تواريخ متاخمة تحترم قواعده: من 14 مايو 2012 إلى 18 مايو 2012 (قبل DEMO",
        ),
    ];
    // The findings are for ISU staff (issue 18 item 4).
    let isu = app.session_for("demo-isu").await;
    for (lang, sentence, dates) in cases {
        let page = app
            .get_as(&format!("/ccm/meetings/2ISM?lang={lang}"), Some(&isu))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains(sentence), "{lang}: {sentence}");
        assert!(page.body.contains(dates), "{lang}: {dates}");
        assert!(!page.body.contains("is not held next to"), "{lang}");
        assert!(!page.body.contains("Adjacent dates that keep"), "{lang}");
    }
    let en = app.get_as("/ccm/meetings/2ISM", Some(&isu)).await;
    assert!(
        en.body
            .contains("The 2ISM is not held next to the other Geneva meetings of 2012")
    );
}

#[tokio::test]
async fn p2_4_nomination_warning_in_french_and_arabic() {
    const PAGE: &str = "/ccm/meetings/3RC/nominations";
    let app = TestApp::new().await;
    let token = app.session_for("demo-isu").await;
    let cookie = format!("td_session={token}");
    let page = app.get_with(PAGE, &[("cookie", &cookie)]).await;
    assert_eq!(page.status, StatusCode::OK);
    let csrf = page.hidden("csrf");
    // Norway's participation is not in the partial list: recorded, with the P2.4 warning.
    let made = app
        .post_form(
            PAGE,
            &cookie,
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
    let location = made.location().expect("location");
    for (lang, said) in [
        (
            "fr",
            "Impossible de confirmer que Norvège sera un État partie",
        ),
        ("ar", "يتعذر التأكد من أن النّرويج ستكون دولة طرفًا"),
    ] {
        let shown = app
            .get_with(&format!("{location}&lang={lang}"), &[("cookie", &cookie)])
            .await;
        assert!(shown.body.contains("id=\"findings\""), "{lang}");
        assert!(shown.body.contains(said), "{lang}: {said}");
        assert!(!shown.body.contains("Cannot confirm that"), "{lang}");
    }
}
