//! Issue 19 item 1 for the record kept by its users: statements, liaison with organizations,
//! reviews, messages to an audience, a meeting's programme and preparation, delegation posts,
//! participation files and document symbols refuse with messages (an id and typed arguments)
//! beside the English sentence. Each test provokes the refusals through the API (or the page,
//! or the store for what has neither), checks that the English Fluent file writes each
//! sentence word for word, and posts a form in French, Spanish and Arabic to see the error in
//! the reader's language with what was typed kept. Run on SQLite and (with
//! TREATYDESK_TEST_DATABASE_URL) on PostgreSQL.

use crate::common::{Answer, TestApp};
use crate::refusals::{no_bare_refusals, problems, said_as_messages};
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use serde_json::json;
use treatydesk_domain::Lang;
use treatydesk_domain::finding::Problem;
use treatydesk_domain::programme::SpeakerKind;
use treatydesk_store::StoreError;
use treatydesk_store::audit::Author;
use treatydesk_store::programme::NewSpeaker;

/// A refusal the store gave, as the API answers it.
pub(crate) fn answer_of(refused: StoreError) -> Answer {
    let problems: Vec<Problem> = match refused {
        StoreError::Invalid(p) => p,
        StoreError::Conflict(p) => vec![p],
        other => panic!("not a refusal: {other}"),
    };
    Answer {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        headers: HeaderMap::new(),
        body: json!({ "problems": problems }).to_string(),
    }
}

/// The problems of a refusal the store gave, checked as `said_as_messages` checks an API's.
pub(crate) fn store_said(refused: StoreError, ids: &[&str]) {
    said_as_messages(&answer_of(refused), ids);
}

/// Every message id a refusal's problems use, those nested in their arguments too.
pub(crate) fn nested(answer: &Answer, ids: &[&str]) {
    let used: Vec<String> = problems(answer)
        .iter()
        .flat_map(|p| {
            p.message
                .ids()
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    for id in ids {
        assert!(used.iter().any(|u| u == id), "{id} missing from {used:?}");
    }
}

fn refused(answer: &Answer) {
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        answer.body
    );
}

/// Standard base64, for the API's `content`.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

const BOUNDARY: &str = "refusals-records-boundary-4Kd";

/// A multipart form post (fields, then a text file named `file` when given).
async fn multipart(
    app: &TestApp,
    path: &str,
    cookie: &str,
    fields: &[(&str, &str)],
    file: Option<&[u8]>,
) -> Answer {
    let mut body = Vec::new();
    for (k, v) in fields {
        body.extend(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .bytes(),
        );
    }
    if let Some(file) = file {
        body.extend(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.txt\"\r\nContent-Type: text/plain\r\n\r\n"
            )
            .bytes(),
        );
        body.extend_from_slice(file);
        body.extend(b"\r\n");
    }
    body.extend(format!("--{BOUNDARY}--\r\n").bytes());
    let request = Request::post(path)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(header::COOKIE, cookie)
        .body(Body::from(body))
        .expect("request");
    app.send(request).await
}

/// What each language says of the refusal a form gets: (lang, words).
type Said<'a> = [(&'a str, &'a str); 4];

/// The demo programme's meeting with a Nigerian and a German speaker on its first session.
struct Programme {
    label: String,
    session: i64,
    other_session: i64,
    nga: i64,
    deu: i64,
}

async fn programme(app: &TestApp) -> Programme {
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    let label = store
        .demo_programme_meeting(&ccm)
        .await
        .expect("label")
        .expect("a demo programme");
    let meeting = store.meeting(&ccm, &label).await.expect("meeting");
    let sessions = store.programme(&meeting).await.expect("programme");
    let (session, other_session) = (sessions[0].session.id, sessions[1].session.id);
    let author = Author::cli("refusals test");
    let mut ids = Vec::new();
    for (name, actor) in [("Amina Okafor", "NGA"), ("Jonas Weber", "DEU")] {
        let id = store
            .add_speaker(
                &author,
                &ccm,
                &meeting,
                session,
                NewSpeaker {
                    name: name.into(),
                    actor: Some(actor.into()),
                    capacity: "DEMO: made up by the refusals test".into(),
                    kind: SpeakerKind::Floor,
                },
            )
            .await
            .expect("speaker");
        ids.push(id);
    }
    Programme {
        label,
        session,
        other_session,
        nga: ids[0],
        deu: ids[1],
    }
}

#[tokio::test]
async fn p19_1_statements_refusals_are_messages() {
    let app = TestApp::new().await;
    let p = programme(&app).await;
    let api = format!("/api/v1/conventions/ccm/meetings/{}/statements", p.label);
    let isu = app.api_token("demo-isu", "refusals").await;
    let nothing = app
        .bearer(
            "POST",
            &api,
            &isu,
            Some(json!({"session": p.session, "speaker": p.nga, "lang": "xx", "title": "", "content": ""})),
        )
        .await;
    refused(&nothing);
    said_as_messages(
        &nothing,
        &[
            "refuse-statement-language",
            "refuse-statement-title",
            "refuse-statement-file-empty",
        ],
    );
    // A session of another meeting (the API answers 404 before the store sees it).
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    let meeting = store.meeting(&ccm, &p.label).await.expect("meeting");
    let elsewhere = store
        .record_statement(
            &Author::cli("refusals test"),
            &app.state.files,
            &ccm,
            &meeting,
            &treatydesk_store::statements::Uploader::Isu,
            &treatydesk_store::statements::NewStatement {
                session_id: 999_999,
                speaker_id: p.nga,
                lang: "en".into(),
                title: "Statement".into(),
            },
            b"Nigeria speaks.",
        )
        .await
        .expect_err("refused");
    store_said(elsewhere, &["refuse-statement-session"]);
    let elsewhere = app
        .bearer(
            "POST",
            &api,
            &isu,
            Some(
                json!({"session": p.other_session, "speaker": p.nga, "lang": "en",
                "title": "T".repeat(301), "content": base64(&[0xff, 0xfe, 0x00, 0x01])}),
            ),
        )
        .await;
    refused(&elsewhere);
    said_as_messages(
        &elsewhere,
        &[
            "refuse-statement-speaker",
            "refuse-statement-title-long",
            "refuse-statement-file-kind",
        ],
    );
    let focal = app.api_token("demo-focal-point", "refusals").await;
    let other_state = app
        .bearer(
            "POST",
            &api,
            &focal,
            Some(json!({"session": p.session, "speaker": p.deu, "lang": "en",
                "title": "Statement of Germany", "content": base64(b"Germany speaks.")})),
        )
        .await;
    refused(&other_state);
    said_as_messages(&other_state, &["refuse-statement-other-state"]);
    // A statement withdrawn: the version withdrawn and the withdrawal itself refuse.
    let made = app
        .bearer(
            "POST",
            &api,
            &isu,
            Some(json!({"session": p.session, "speaker": p.nga, "lang": "en",
                "title": "Statement of Nigeria", "content": base64(b"Nigeria speaks.")})),
        )
        .await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let id = made.json()["id"].as_i64().expect("id");
    let withdraw = |id: i64| format!("{api}/{id}/withdraw");
    let first = app.bearer("POST", &withdraw(id), &isu, None).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    let withdrawal = first.json()["id"].as_i64().expect("id");
    let again = app.bearer("POST", &withdraw(id), &isu, None).await;
    refused(&again);
    said_as_messages(&again, &["refuse-statement-replaced"]);
    let twice = app.bearer("POST", &withdraw(withdrawal), &isu, None).await;
    refused(&twice);
    said_as_messages(&twice, &["refuse-statement-withdrawn"]);
    // The upload form says it in the reader's language and keeps the title typed.
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    let page = format!(
        "/ccm/meetings/{}/programme/sessions/{}/statements",
        p.label, p.session
    );
    let nga = p.nga.to_string();
    let said: Said = [
        (
            "en",
            "Choose the file of the statement; the file given is empty.",
        ),
        ("fr", "le fichier transmis est vide"),
        ("es", "el archivo enviado está vacío"),
        ("ar", "الملف المقدَّم فارغ"),
    ];
    for (lang, words) in said {
        let answer = multipart(
            &app,
            &format!("{page}?lang={lang}"),
            &cookie,
            &[
                ("csrf", &csrf),
                ("speaker", &nga),
                ("lang", "en"),
                ("title", "Quokka statement kept"),
            ],
            Some(b""),
        )
        .await;
        refused(&answer);
        assert!(answer.body.contains(words), "{lang}: {}", answer.body);
        assert!(answer.body.contains("Quokka statement kept"), "{lang}");
    }
}

#[tokio::test]
async fn p19_1_liaison_refusals_are_messages() {
    let app = TestApp::new().await;
    let isu = app.api_token("demo-isu", "refusals").await;
    let base = "/api/v1/conventions/ccm/organizations/gichd";
    let role = app
        .bearer(
            "POST",
            &format!("{base}/roles"),
            &isu,
            Some(json!({"role": "", "from": "2024-05-01", "until": "2023-01-01", "source": "S".repeat(301)})),
        )
        .await;
    refused(&role);
    said_as_messages(
        &role,
        &[
            "refuse-liaison-give",
            "refuse-liaison-period",
            "refuse-liaison-long",
        ],
    );
    let contact = app
        .bearer(
            "POST",
            &format!("{base}/contacts"),
            &isu,
            Some(json!({"name": "", "function": "", "from": "May 2024"})),
        )
        .await;
    refused(&contact);
    said_as_messages(
        &contact,
        &["refuse-liaison-give", "refuse-liaison-not-a-date"],
    );
    let log = app
        .bearer(
            "POST",
            &format!("{base}/log"),
            &isu,
            Some(
                json!({"on": "", "isu_person": "Ana Rivera", "counterpart": "",
                "summary": "", "due": "2025-01-01"}),
            ),
        )
        .await;
    refused(&log);
    said_as_messages(
        &log,
        &[
            "refuse-liaison-date-missing",
            "refuse-liaison-give",
            "refuse-liaison-due-needs-action",
        ],
    );
    let entry = app
        .bearer(
            "POST",
            &format!("{base}/log"),
            &isu,
            Some(json!({"on": "2025-01-01", "isu_person": "Ana Rivera",
                "counterpart": "Paul Martin", "summary": "A call about clearance."})),
        )
        .await;
    assert_eq!(entry.status, StatusCode::CREATED, "{}", entry.body);
    let id = entry.json()["id"].as_i64().expect("id");
    let done = app
        .bearer(
            "POST",
            &format!("{base}/log/{id}/done"),
            &isu,
            Some(json!({"done": true})),
        )
        .await;
    refused(&done);
    said_as_messages(&done, &["refuse-liaison-no-follow-up"]);
    // The contact log form in each language: the date refused, the people typed kept.
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    let said: Said = [
        ("en", "is not a date; write it as YYYY-MM-DD."),
        ("fr", "écrivez-la au format AAAA-MM-JJ"),
        ("es", "escríbala con el formato AAAA-MM-DD"),
        ("ar", "اكتبه بالصيغة YYYY-MM-DD"),
    ];
    for (lang, words) in said {
        let answer = app
            .post_form(
                &format!("/ccm/organizations/gichd/log?lang={lang}"),
                &cookie,
                &[
                    ("csrf", &csrf),
                    ("on", "7 June"),
                    ("isu_person", "Ana Rivera"),
                    ("counterpart", "Wombat Counterpart"),
                    ("summary", "A call."),
                ],
            )
            .await;
        refused(&answer);
        assert!(answer.body.contains(words), "{lang}: {}", answer.body);
        assert!(answer.body.contains("Wombat Counterpart"), "{lang}");
    }
}

#[tokio::test]
async fn p19_1_review_refusals_are_messages() {
    let app = TestApp::new().await;
    let isu = app.api_token("demo-isu", "refusals").await;
    let not_a_review = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/meetings/13MSP/reviews",
            &isu,
            Some(json!({"subject": "isu", "background": "", "outcome": "",
                "decision": "99999", "architecture_version": "77", "source": "test"})),
        )
        .await;
    refused(&not_a_review);
    said_as_messages(
        &not_a_review,
        &[
            "refuse-review-not-a-review-conference",
            "refuse-review-empty",
            "refuse-review-decision-unknown",
            "refuse-review-version-unknown",
        ],
    );
    let api = "/api/v1/conventions/ccm/meetings/1RC/reviews";
    let typed = app
        .bearer(
            "POST",
            api,
            &isu,
            Some(json!({"subject": "budget", "decision": "three", "architecture_version": "v2"})),
        )
        .await;
    refused(&typed);
    said_as_messages(
        &typed,
        &["refuse-review-subject-typed", "refuse-review-not-a-number"],
    );
    let none = app.bearer("POST", api, &isu, Some(json!({}))).await;
    refused(&none);
    said_as_messages(&none, &["refuse-review-subject"]);
    let again = app
        .bearer(
            "POST",
            api,
            &isu,
            Some(json!({"subject": "isu", "outcome": "O".repeat(10_001), "source": "test"})),
        )
        .await;
    refused(&again);
    said_as_messages(&again, &["refuse-review-text-long", "refuse-review-reason"]);
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    let said: Said = [
        (
            "en",
            "give the background documents or the outcome (or both)",
        ),
        ("fr", "indiquez les documents de référence ou le résultat"),
        (
            "es",
            "indique los documentos de antecedentes o el resultado",
        ),
        ("ar", "أدخل وثائق المعلومات الأساسية أو النتيجة"),
    ];
    for (lang, words) in said {
        let answer = app
            .post_form(
                &format!("/ccm/meetings/1RC/reviews?lang={lang}"),
                &cookie,
                &[
                    ("csrf", &csrf),
                    ("subject", "working-groups"),
                    ("effect", "Platypus effect kept"),
                    ("source", "test"),
                    ("reason", "a correction typed"),
                ],
            )
            .await;
        refused(&answer);
        assert!(answer.body.contains(words), "{lang}: {}", answer.body);
        assert!(answer.body.contains("Platypus effect kept"), "{lang}");
    }
}

#[tokio::test]
async fn p19_1_message_refusals_are_messages() {
    let app = TestApp::new().await;
    let isu = app.api_token("demo-isu", "refusals").await;
    let api = "/api/v1/conventions/ccm/notices";
    let typed = app
        .bearer(
            "POST",
            api,
            &isu,
            Some(
                json!({"audience": "everyone", "on": "tomorrow", "original": "de",
                "versions": [
                    {"lang": "en", "subject": "S", "text": "T"},
                    {"lang": "en", "subject": "S", "text": "T"},
                    {"lang": "zz", "subject": "S", "text": "T"}
                ]}),
            ),
        )
        .await;
    refused(&typed);
    said_as_messages(
        &typed,
        &[
            "refuse-audience-unknown",
            "refuse-not-a-date",
            "refuse-notice-original-lang",
            "refuse-notice-version-twice",
            "refuse-notice-version-lang",
        ],
    );
    let needs = app
        .bearer(
            "POST",
            api,
            &isu,
            Some(json!({"audience": "working-group", "original": "fr",
                "versions": [{"lang": "en", "subject": "Only a subject", "text": ""}]})),
        )
        .await;
    refused(&needs);
    said_as_messages(&needs, &["refuse-audience-needs-group"]);
    let versions = app
        .bearer(
            "POST",
            api,
            &isu,
            Some(json!({"audience": "committee", "original": "fr",
                "versions": [{"lang": "en", "subject": "Only a subject", "text": " "},
                    {"lang": "es", "subject": "S".repeat(301), "text": "T"}]})),
        )
        .await;
    refused(&versions);
    said_as_messages(
        &versions,
        &[
            "refuse-message-original",
            "refuse-message-version-empty",
            "refuse-message-version-long",
        ],
    );
    let group = app
        .bearer(
            "POST",
            api,
            &isu,
            Some(
                json!({"audience": "working-group", "group": "wg-zz", "original": "en",
                "versions": [{"lang": "en", "subject": "S", "text": "T"}]}),
            ),
        )
        .await;
    refused(&group);
    said_as_messages(&group, &["refuse-audience-group-unknown"]);
    let nobody = app
        .bearer(
            "POST",
            api,
            &isu,
            Some(
                json!({"audience": "meeting-participants", "meeting": "1MSP", "original": "en",
                "versions": [{"lang": "en", "subject": "S", "text": "T"}]}),
            ),
        )
        .await;
    refused(&nobody);
    said_as_messages(&nobody, &["refuse-audience-empty"]);
    let address = app
        .bearer(
            "POST",
            "/api/v1/account/contact",
            &isu,
            Some(json!({"email": "not an address"})),
        )
        .await;
    refused(&address);
    said_as_messages(&address, &["refuse-email-address"]);
    // The compose form in each language: the version refused, the subject typed kept.
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    let said: Said = [
        ("en", "the English version needs both a subject and a text"),
        (
            "fr",
            "la version anglaise doit avoir à la fois un objet et un texte",
        ),
        (
            "es",
            "la versión en inglés necesita a la vez un asunto y un texto",
        ),
        ("ar", "تحتاج النسخة الإنكليزية إلى موضوع ونص معًا"),
    ];
    for (lang, words) in said {
        let answer = app
            .post_form(
                &format!("/ccm/notices?lang={lang}"),
                &cookie,
                &[
                    ("csrf", &csrf),
                    ("audience", "committee"),
                    ("original", "en"),
                    ("subject_en", "Echidna subject kept"),
                    ("text_en", " "),
                ],
            )
            .await;
        refused(&answer);
        assert!(answer.body.contains(words), "{lang}: {}", answer.body);
        assert!(answer.body.contains("Echidna subject kept"), "{lang}");
    }
}

#[tokio::test]
async fn p19_1_programme_refusals_are_messages() {
    let app = TestApp::new().await;
    let p = programme(&app).await;
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    let meeting = store.meeting(&ccm, &p.label).await.expect("meeting");
    let author = Author::cli("refusals test");
    let sessions = store.programme(&meeting).await.expect("programme");
    let first = &sessions[0].session;
    // A session that clashes with the first in its room, ends before it starts, names bodies
    // the architecture has not: each problem is a message naming the session.
    let clash = treatydesk_store::programme::NewSession {
        day: first.day,
        starts_at: first.starts_at,
        ends_at: first.ends_at,
        room: first.room.clone(),
        format: first.format,
        title: "Clash".into(),
        body: Some("wg-zz".into()),
        area: Some("ta-zz".into()),
        description: String::new(),
    };
    let refused_clash = answer_of(
        store
            .add_session(&author, &ccm, &meeting, clash.clone())
            .await
            .expect_err("refused"),
    );
    said_as_messages(
        &refused_clash,
        &[
            "refuse-session-overlap",
            "refuse-session-body-unknown",
            "refuse-session-area-unknown",
        ],
    );
    nested(&refused_clash, &["refuse-session-named"]);
    let backwards = treatydesk_store::programme::NewSession {
        starts_at: first.ends_at,
        ends_at: first.starts_at,
        room: "Room Z".into(),
        body: None,
        area: None,
        ..clash.clone()
    };
    let refused_hours = store
        .add_session(&author, &ccm, &meeting, backwards)
        .await
        .expect_err("refused");
    store_said(refused_hours, &["refuse-session-hours"]);
    let untitled = treatydesk_store::programme::NewSession {
        title: " ".into(),
        room: String::new(),
        description: "D".repeat(4001),
        ..clash.clone()
    };
    let refused_untitled = store
        .add_session(&author, &ccm, &meeting, untitled)
        .await
        .expect_err("refused");
    store_said(
        refused_untitled,
        &[
            "refuse-programme-session-title",
            "refuse-programme-session-room",
            "refuse-programme-description-long",
        ],
    );
    let speaker = store
        .add_speaker(
            &author,
            &ccm,
            &meeting,
            p.session,
            NewSpeaker {
                name: String::new(),
                actor: Some("ZZZ".into()),
                capacity: "C".repeat(201),
                kind: SpeakerKind::Panel,
            },
        )
        .await
        .expect_err("refused");
    store_said(
        speaker,
        &[
            "refuse-programme-speaker-name",
            "refuse-programme-capacity-long",
            "refuse-programme-speaker-actor",
        ],
    );
    // A session where a statement was delivered stays.
    let isu = app.api_token("demo-isu", "refusals").await;
    let made = app
        .bearer(
            "POST",
            &format!("/api/v1/conventions/ccm/meetings/{}/statements", p.label),
            &isu,
            Some(json!({"session": p.session, "speaker": p.nga, "lang": "en",
                "title": "Statement of Nigeria", "content": base64(b"Nigeria speaks.")})),
        )
        .await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let kept = store
        .delete_session(&author, &ccm, &meeting, p.session)
        .await
        .expect_err("refused");
    store_said(kept, &["refuse-programme-session-has-statements"]);
    // The editor's form in each language: a day outside the meeting, the room typed kept.
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    let said: Said = [
        ("en", "is not on a day of"),
        ("fr", "ne tombe pas un jour de la"),
        ("es", "no cae en un día de la"),
        ("ar", "لا تقع في يوم من أيام"),
    ];
    for (lang, words) in said {
        let answer = app
            .post_form(
                &format!("/ccm/meetings/{}/programme/edit?lang={lang}", p.label),
                &cookie,
                &[
                    ("csrf", &csrf),
                    ("day", "1999-01-04"),
                    ("starts_at", "10:00"),
                    ("ends_at", "11:00"),
                    ("room", "Kiwi Room Kept"),
                    ("format", "plenary"),
                    ("title", "Out of the meeting"),
                ],
            )
            .await;
        refused(&answer);
        assert!(answer.body.contains(words), "{lang}: {}", answer.body);
        assert!(answer.body.contains("Kiwi Room Kept"), "{lang}");
    }
}

#[tokio::test]
async fn p19_1_preparation_refusals_are_messages() {
    let app = TestApp::new().await;
    let isu = app.api_token("demo-isu", "refusals").await;
    let api = "/api/v1/conventions/ccm/meetings/13MSP/preparation";
    let date = app
        .bearer("POST", api, &isu, Some(json!({"due_on": "next week"})))
        .await;
    refused(&date);
    said_as_messages(&date, &["refuse-not-a-date"]);
    let added = app
        .bearer(
            "POST",
            api,
            &isu,
            Some(json!({"title": "", "owner": "O".repeat(301)})),
        )
        .await;
    refused(&added);
    said_as_messages(
        &added,
        &["refuse-preparation-long", "refuse-preparation-title"],
    );
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    let said: Said = [
        ("en", "an added item needs a title"),
        ("fr", "un élément ajouté doit avoir un titre"),
        ("es", "un elemento añadido necesita un título"),
        ("ar", "يحتاج البند المضاف إلى عنوان"),
    ];
    for (lang, words) in said {
        let answer = app
            .post_form(
                &format!("/ccm/meetings/13MSP/preparation?lang={lang}"),
                &cookie,
                &[
                    ("csrf", &csrf),
                    ("title", ""),
                    ("owner", "Numbat Owner Kept"),
                ],
            )
            .await;
        refused(&answer);
        assert!(answer.body.contains(words), "{lang}: {}", answer.body);
        assert!(answer.body.contains("Numbat Owner Kept"), "{lang}");
    }
}

#[tokio::test]
async fn p19_1_delegation_refusals_are_messages() {
    let app = TestApp::new().await;
    let token = app.api_token("demo-focal-point", "refusals").await;
    let base = "/api/v1/conventions/ccm/meetings/3RC";
    let people = app
        .bearer(
            "POST",
            &format!("{base}/delegations/NGA"),
            &token,
            Some(json!({"people": [
                {"family_name": "", "given_name": "Musa", "email": "not-an-address", "role": "chief"}
            ]})),
        )
        .await;
    refused(&people);
    said_as_messages(&people, &["refuse-delegation-person"]);
    nested(
        &people,
        &[
            "refuse-delegation-required",
            "refuse-delegation-email",
            "refuse-delegation-role",
        ],
    );
    let lang = app
        .bearer(
            "POST",
            &format!("{base}/delegations/NGA"),
            &token,
            Some(json!({"lang": "de", "people": []})),
        )
        .await;
    refused(&lang);
    said_as_messages(&lang, &["refuse-delegation-lang"]);
    let isu = app.api_token("demo-isu", "refusals").await;
    let decision = app
        .bearer(
            "POST",
            &format!("{base}/registrations/decisions"),
            &isu,
            Some(json!({"ids": [1], "decision": "maybe"})),
        )
        .await;
    refused(&decision);
    said_as_messages(&decision, &["refuse-delegation-decision"]);
}

#[tokio::test]
async fn p19_1_participation_file_refusals_are_messages() {
    let app = TestApp::new().await;
    let store = &app.db.store;
    let author = Author::cli("refusals test");
    let header = "state,iso3,signature_date,ratification_date,entry_into_force_date,note";
    let empty = store
        .import_participation("ccm", &format!("{header}\n"), &author)
        .await
        .expect_err("refused");
    store_said(empty, &["refuse-import-no-rows"]);
    let file = format!(
        "{header}\nNigeria,NGA,2008-12-03,2009-02-26,2010-08-01,\nNigeria,NGA,2008-12-03,2009-02-26,2010-08-01,\nNowhere,XXX,someday,,,\n"
    );
    let rows = answer_of(
        store
            .import_participation("ccm", &file, &author)
            .await
            .expect_err("refused"),
    );
    said_as_messages(&rows, &["refuse-import-state-twice", "refuse-import-line"]);
    nested(&rows, &["refuse-row-iso3-unknown", "refuse-row-not-a-date"]);
    // The line's own problem is said in the reader's language inside the line's message.
    let line = problems(&rows)
        .into_iter()
        .find(|p| p.message.id == "refuse-import-line")
        .expect("a line refused");
    let french = treatydesk_web::views::findings::problem_in(Lang::Fr, &line);
    assert!(french.starts_with("ligne 4 : "), "{french}");
}

#[tokio::test]
async fn p19_1_document_symbol_refusals_are_messages() {
    let app = TestApp::new().await;
    let isu = app.session_for("demo-isu").await;
    let cookie = format!("td_session={isu}");
    let csrf = app
        .get_as("/ccm/documents/new?meeting=3MSP", Some(&isu))
        .await
        .hidden("csrf");
    let said: Said = [
        (
            "en",
            "is not a document number (a number such as 5, or a series such as WP.3)",
        ),
        ("fr", "pas un numéro de document"),
        ("es", "no es un número de documento"),
        ("ar", "ليس رقم وثيقة"),
    ];
    for (lang, words) in said {
        let answer = multipart(
            &app,
            &format!("/ccm/documents?lang={lang}"),
            &cookie,
            &[
                ("csrf", &csrf),
                ("symbol", "CCM/MSP/2012/ZZ.6"),
                ("title", "Quoll title kept"),
                ("kind", "report"),
                ("meeting", "3MSP"),
                ("submitter", "ISU"),
                ("issued_on", "2012-10-20"),
                ("access", "public"),
                ("lang", "en"),
            ],
            None,
        )
        .await;
        refused(&answer);
        assert!(answer.body.contains(words), "{lang}: {}", answer.body);
        assert!(answer.body.contains("Quoll title kept"), "{lang}");
    }
    // Each way a symbol is refused is a message, in the domain and through the store.
    for (text, id) in [
        ("CCM", "refuse-symbol-form"),
        ("ccm/MSP/2011/1", "refuse-symbol-treaty"),
        ("CCM/MSP/2011/XX.3", "refuse-symbol-number"),
        ("CCM/2011/MSP/1", "refuse-symbol-out-of-place"),
    ] {
        let problem = treatydesk_domain::symbol::Symbol::parse(text).expect_err(text);
        assert_eq!(problem.message.id, id, "{text}");
        let english =
            treatydesk_web::views::findings::render(Lang::En, &problem.message, &|_| None);
        assert_eq!(
            english.as_deref(),
            Some(problem.sentence.as_str()),
            "{text}"
        );
        for lang in [Lang::Fr, Lang::Es, Lang::Ar] {
            let other = treatydesk_web::views::findings::problem_in(lang, &problem);
            assert_ne!(other, problem.sentence, "{id} in {lang:?}");
        }
    }
}

#[tokio::test]
async fn p19_1_own_state_and_typed_refusals_of_the_api_are_messages() {
    let app = TestApp::new().await;
    let focal = app.api_token("demo-focal-point", "refusals").await;
    let report = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/reports",
            &focal,
            Some(json!({"state": "DEU", "obligation": "art7-annual", "period": 2023})),
        )
        .await;
    refused(&report);
    said_as_messages(&report, &["refuse-report-own-state"]);
    let extension = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/extensions",
            &focal,
            Some(json!({"state": "DEU", "obligation": "art4-clearance"})),
        )
        .await;
    refused(&extension);
    said_as_messages(&extension, &["refuse-extension-own-state"]);
    let advice = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/advice",
            &focal,
            Some(json!({"state": "DEU", "theme": "reporting", "subject": "S", "body": "B"})),
        )
        .await;
    refused(&advice);
    said_as_messages(&advice, &["refuse-advice-own-state"]);
    let isu = app.api_token("demo-isu", "refusals").await;
    let nominee = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/meetings/3RC/nominations",
            &isu,
            Some(json!({"choices": [{"seat": "a-1", "preference": 1}]})),
        )
        .await;
    refused(&nominee);
    said_as_messages(&nominee, &["refuse-nomination-state-missing"]);
    let decision = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/decisions",
            &isu,
            Some(
                json!({"meeting": "99MSP", "number": 1, "title": "T", "texts": {"en": "T"},
                "adopts": ["CCM/NO/SUCH/1"]}),
            ),
        )
        .await;
    refused(&decision);
    said_as_messages(&decision, &["refuse-decision-meeting-unknown"]);
    let content = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/decisions",
            &isu,
            Some(
                json!({"meeting": "3RC", "number": 1, "title": "T", "texts": {"en": "T"},
                "adopts": ["CCM/NO/SUCH/1"], "decided_on": "soon"}),
            ),
        )
        .await;
    refused(&content);
    said_as_messages(
        &content,
        &["refuse-decision-symbol-unknown", "refuse-not-a-date"],
    );
    // The decision form in each language: a reference and an agenda item not on record, the
    // title typed kept.
    let (cookie, csrf) = app.signed_in("demo-isu").await;
    let said: Said = [
        (
            "en",
            "is not a decision on record; write the meeting and the number, as 2MSP/3",
        ),
        ("fr", "écrivez la réunion et le numéro, comme 2MSP/3"),
        ("es", "escriba la reunión y el número, como 2MSP/3"),
        ("ar", "اكتب الاجتماع والرقم، مثل 2MSP/3"),
    ];
    for (lang, words) in said {
        let answer = app
            .post_form(
                &format!("/ccm/decisions?lang={lang}"),
                &cookie,
                &[
                    ("csrf", &csrf),
                    ("meeting", "3RC"),
                    ("number", "7"),
                    ("title", "Bilby title kept"),
                    ("text_en", "The text."),
                    ("agenda_item", "twelve"),
                    ("supersedes", "2MSP/999"),
                    ("decided_on", ""),
                    ("source", "DEMO: made up by the refusals test"),
                ],
            )
            .await;
        refused(&answer);
        assert!(answer.body.contains(words), "{lang}: {}", answer.body);
        assert!(answer.body.contains("Bilby title kept"), "{lang}");
    }
}

/// The record rooms whose refusals are all messages: a bare English sentence added to one of
/// them fails here.
#[test]
fn p19_1_refusals_of_the_records_rooms_are_all_messages() {
    let rooms = [
        (
            "store/statements.rs",
            include_str!("../../../store/src/statements.rs"),
        ),
        (
            "store/liaison.rs",
            include_str!("../../../store/src/liaison.rs"),
        ),
        (
            "store/reviews.rs",
            include_str!("../../../store/src/reviews.rs"),
        ),
        (
            "store/messages.rs",
            include_str!("../../../store/src/messages.rs"),
        ),
        (
            "store/programme.rs",
            include_str!("../../../store/src/programme.rs"),
        ),
        (
            "store/preparation.rs",
            include_str!("../../../store/src/preparation.rs"),
        ),
        (
            "store/delegations.rs",
            include_str!("../../../store/src/delegations.rs"),
        ),
        (
            "store/participation.rs",
            include_str!("../../../store/src/participation.rs"),
        ),
        (
            "store/documents.rs",
            include_str!("../../../store/src/documents.rs"),
        ),
        (
            "domain/programme.rs",
            include_str!("../../../domain/src/programme.rs"),
        ),
        (
            "domain/symbol.rs",
            include_str!("../../../domain/src/symbol.rs"),
        ),
        (
            "domain/message.rs",
            include_str!("../../../domain/src/message.rs"),
        ),
        (
            "web/views/messages.rs",
            include_str!("../../src/views/messages.rs"),
        ),
        (
            "web/views/reviews.rs",
            include_str!("../../src/views/reviews.rs"),
        ),
        (
            "web/views/decisions.rs",
            include_str!("../../src/views/decisions.rs"),
        ),
        (
            "web/views/reports.rs",
            include_str!("../../src/views/reports.rs"),
        ),
        (
            "web/views/preparation.rs",
            include_str!("../../src/views/preparation.rs"),
        ),
        (
            "web/pages/decisions.rs",
            include_str!("../../src/pages/decisions.rs"),
        ),
        (
            "web/api/reports.rs",
            include_str!("../../src/api/reports.rs"),
        ),
        (
            "web/api/nominations.rs",
            include_str!("../../src/api/nominations.rs"),
        ),
        (
            "web/api/extensions.rs",
            include_str!("../../src/api/extensions.rs"),
        ),
        (
            "web/api/delegations.rs",
            include_str!("../../src/api/delegations.rs"),
        ),
        (
            "web/api/decisions.rs",
            include_str!("../../src/api/decisions.rs"),
        ),
        ("web/api/advice.rs", include_str!("../../src/api/advice.rs")),
    ];
    no_bare_refusals(&rooms);
    // What the shared list misses in these rooms: a list of sentences pushed under another
    // name, an error made of a sentence, a web refusal that is a bare 400.
    for (room, source) in rooms {
        let compact: String = source.split_whitespace().collect();
        for bare in [
            "out.push(format!(",
            "out.push(\"",
            "Err(format!(",
            "BadRequest(format!(",
            "vec![format!(",
            "Vec<String>>",
        ] {
            assert!(
                !compact.contains(bare),
                "{room} refuses with a bare sentence ({bare}); give it a message in refusals_records.ftl"
            );
        }
    }
}
