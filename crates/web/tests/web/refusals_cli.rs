//! Issue 19 item 1 for the rooms the CLI reaches (imports of decisions and nominations, backups
//! and restores) and for the appointments of a meeting that selects no Coordinators: every
//! refusal is a message (an id and typed arguments) beside its English sentence. The CLI rooms
//! have no page: their refusals are provoked by calling the store as `treatydesk import`,
//! `backup` and `restore` do, and checked as the API's are (each problem has a message, the
//! English Fluent file writes its sentence word for word, French, Spanish and Arabic say
//! something else). The appointments' 400 is checked on the API (`problems`) and on the page in
//! each language. Run on SQLite and (with TREATYDESK_TEST_DATABASE_URL) on PostgreSQL.

use std::io::Write;

use crate::common::{Answer, TestApp};
use crate::refusals::{no_bare_refusals, problems, said_as_messages};
use crate::refusals_records::{answer_of, nested, store_said};
use axum::http::StatusCode;
use serde_json::json;
use treatydesk_domain::Lang;
use treatydesk_store::StoreError;
use treatydesk_store::architecture::NewMeeting;
use treatydesk_store::audit::Author;
use treatydesk_store::testing::TestDb;

fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// The problem of `answer` with message `id`, in `lang`.
fn said_in(answer: &Answer, id: &str, lang: Lang) -> String {
    let p = problems(answer)
        .into_iter()
        .find(|p| p.message.id == id)
        .unwrap_or_else(|| panic!("{id} missing from {}", answer.body));
    treatydesk_web::views::findings::problem_in(lang, &p)
}

/// The sentences of a refusal as the CLI prints them (one per line, `StoreError`'s Display).
fn sentences(answer: &Answer) -> Vec<String> {
    problems(answer).into_iter().map(|p| p.sentence).collect()
}

#[tokio::test]
async fn p19_1_decision_import_refusals_are_messages() {
    let app = TestApp::new().await;
    let store = &app.db.store;
    let author = Author::cli("refusals test");
    let header = "meeting,number,title,text_en,source,agenda_item,adopts,supersedes,decided_on";
    let empty = store
        .import_decisions("ccm", &format!("{header}\n"), &author)
        .await
        .expect_err("no rows");
    store_said(empty, &["refuse-import-no-rows"]);
    let lacking = store
        .import_decisions("ccm", "meeting,title\n3MSP,x\n", &author)
        .await
        .expect_err("no number column");
    store_said(lacking, &["refuse-csv-header-lacks"]);
    // A decision the demo has on record.
    let ccm = store.convention("ccm").await.expect("ccm");
    let register = store.decision_records(&ccm, None).await.expect("register");
    let kept = register.first().expect("a decision on record");
    let (kept_meeting, kept_number) = (kept.meeting.label.clone(), kept.decision.number);
    // Line 2: no such meeting; 3: no whole number; 4 and 5: the same decision twice, with an
    // agenda item not on the agenda, a document and a superseded decision not on record, a
    // date that does not read and no source; 6: a number out of range and an agenda item that
    // is not a position; 7: a decision already on record.
    let file = format!(
        "{header}\n\
9XX,1,Nowhere,Text.,test file,,,,\n\
3MSP,one,Numberless,Text.,test file,,,,\n\
3MSP,7001,Twice,Text.,,99,CCM/NOWHERE/1,9XX/1,someday\n\
3MSP,7001,Twice,Text.,test file,,,,\n\
3MSP,20000,Too far,Text.,test file,first,,,\n\
{kept_meeting},{kept_number},Again,Text.,test file,,,,\n"
    );
    let rows = answer_of(
        store
            .import_decisions("ccm", &file, &author)
            .await
            .expect_err("refused whole"),
    );
    said_as_messages(&rows, &["refuse-import-line"]);
    nested(
        &rows,
        &[
            "refuse-record-import-meeting-unknown",
            "refuse-record-import-number",
            "refuse-record-import-decision-twice",
            "refuse-record-import-agenda-item-unknown",
            "refuse-record-import-agenda-item-form",
            "refuse-record-import-document-unknown",
            "refuse-record-import-supersedes-unknown",
            "refuse-row-not-a-date",
            "refuse-record-import-source",
            "refuse-decision-number",
            "conflict-arch-decision-number",
        ],
    );
    // The CLI prints the same English sentences as before, each with its line.
    let printed = sentences(&rows);
    for expected in [
        "line 2: \"9XX\" is not a meeting of ccm on record",
        "line 3: number \"one\" is not a whole number",
        "line 5: 3MSP decision 7001 appears more than once in the file",
        "line 4: 3MSP has no agenda item 99",
        "line 4: the document CCM/NOWHERE/1 is not on record",
        "line 4: supersedes \"9XX/1\": no such decision on record (write MEETING/NUMBER, e.g. 2MSP/3)",
        "line 4: decided_on \"someday\" is not a date in the form YYYY-MM-DD",
        "line 4: cite the source of the decision",
        "line 6: a decision's number is from 1 to 10,000",
        "line 6: agenda_item \"first\" is not a position on the agenda",
    ] {
        assert!(
            printed.iter().any(|s| s == expected),
            "{expected} not in {printed:?}"
        );
    }
    let again = format!("line 7: {kept_meeting} already has a decision numbered {kept_number}");
    assert!(printed.contains(&again), "{again} not in {printed:?}");
    // A line's problem is said in the reader's language inside the line's message.
    let line = problems(&rows)
        .into_iter()
        .find(|p| p.sentence.starts_with("line 2: "))
        .expect("line 2 refused");
    let french = treatydesk_web::views::findings::problem_in(Lang::Fr, &line);
    assert_eq!(
        french,
        "ligne 2 : « 9XX » n'est pas une réunion de la ccm enregistrée"
    );
    let arabic = treatydesk_web::views::findings::problem_in(Lang::Ar, &line);
    assert!(arabic.starts_with("السطر 2: «9XX»"), "{arabic}");
    // Nothing was written: the decisions of the file are not on record.
    assert!(
        !store
            .decision_records(&ccm, None)
            .await
            .expect("register")
            .iter()
            .any(|r| r.decision.number == 7001)
    );
}

#[tokio::test]
async fn p19_1_decision_import_refuses_a_meeting_that_adopts_none_in_a_message() {
    let app = TestApp::new().await;
    let store = &app.db.store;
    let ism = intersessional(&app).await;
    let file =
        format!("meeting,number,title,text_en,source\n{ism},1,Intersessional,Text.,test file\n");
    let rows = answer_of(
        store
            .import_decisions("ccm", &file, &Author::cli("refusals test"))
            .await
            .expect_err("refused"),
    );
    said_as_messages(&rows, &["refuse-import-line"]);
    nested(&rows, &["refuse-record-import-meeting-kind"]);
    assert!(
        sentences(&rows).contains(&format!(
            "line 2: {ism} is not a meeting that adopts decisions"
        )),
        "{}",
        rows.body
    );
}

#[tokio::test]
async fn p19_1_nomination_import_refusals_are_messages() {
    let app = TestApp::new().await;
    let store = &app.db.store;
    let author = Author::cli("refusals test");
    let header = "meeting,state,choices,statement";
    let empty = store
        .import_nominations("ccm", &format!("{header}\n"), &author, today(), true)
        .await
        .expect_err("no rows");
    store_said(empty, &["refuse-import-no-rows"]);
    // A row wider than the header does not read.
    let ragged = answer_of(
        store
            .import_nominations(
                "ccm",
                &format!("{header}\n3RC,ALB,a-1:1,x,extra\n"),
                &author,
                today(),
                true,
            )
            .await
            .expect_err("ragged"),
    );
    said_as_messages(&ragged, &["refuse-import-line-unreadable"]);
    // Line 2: no such meeting; 3: a malformed choice; 4 and 5: Albania twice; 6: a State
    // that will not be a State Party (P2.4), the domain's finding nested in the line's.
    let file = format!(
        "{header}\n\
9XX,ALB,a-1:1,Nowhere.\n\
3RC,NZL,a-1,New Zealand offers to serve.\n\
3RC,ALB,a-1:1,Albania offers to serve.\n\
3RC,ALB,b-1:1,Albania again.\n\
3RC,AGO,a-1:1,Angola offers to serve.\n"
    );
    let rows = answer_of(
        store
            .import_nominations("ccm", &file, &author, today(), true)
            .await
            .expect_err("refused whole"),
    );
    said_as_messages(&rows, &["refuse-import-line"]);
    nested(
        &rows,
        &[
            "refuse-record-import-meeting-unknown",
            "refuse-record-import-choice",
            "refuse-record-import-nominated-twice",
            "refuse-with-clause",
        ],
    );
    let printed = sentences(&rows);
    for expected in [
        "line 2: \"9XX\" is not a meeting of ccm on record",
        "line 3: choice \"a-1\" is not seat:preference (e.g. a-1:1)",
        "line 5: ALB is nominated for 3RC more than once in the file",
    ] {
        assert!(
            printed.iter().any(|s| s == expected),
            "{expected} not in {printed:?}"
        );
    }
    let choice = problems(&rows)
        .into_iter()
        .find(|p| p.sentence.starts_with("line 3: "))
        .expect("line 3 refused");
    assert_eq!(
        treatydesk_web::views::findings::problem_in(Lang::Es, &choice),
        "línea 3: la opción «a-1» no tiene la forma puesto:preferencia (por ejemplo a-1:1)"
    );
    // A good file is taken whole; the same file again meets the standing nomination.
    let good = format!("{header}\n3RC,ALB,a-1:1,Albania offers to serve.\n");
    let done = store
        .import_nominations("ccm", &good, &author, today(), true)
        .await
        .expect("imported");
    assert_eq!(done.added, 1);
    let again = answer_of(
        store
            .import_nominations("ccm", &good, &author, today(), true)
            .await
            .expect_err("standing"),
    );
    said_as_messages(&again, &["refuse-import-line"]);
    nested(&again, &["refuse-record-import-standing"]);
    assert_eq!(
        sentences(&again),
        vec!["line 2: ALB already has a standing nomination for 3RC; withdraw it first"]
    );
}

/// An archive's entries: name and bytes.
type Entries<'a> = Vec<(&'a str, Vec<u8>)>;

/// A zip archive of `entries` (name, bytes), written to a new file in `dir`.
fn zip_file(dir: &std::path::Path, name: &str, entries: &[(&str, &[u8])]) -> std::path::PathBuf {
    let path = dir.join(name);
    let file = std::fs::File::create(&path).expect("create");
    let mut zip = zip::ZipWriter::new(file);
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (entry, bytes) in entries {
        zip.start_file(*entry, options).expect("entry");
        zip.write_all(bytes).expect("bytes");
    }
    zip.finish().expect("finish");
    path
}

fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn manifest(database: &str, entries: &[(&str, &[u8])]) -> Vec<u8> {
    let entries: Vec<_> = entries
        .iter()
        .map(|(name, bytes)| json!({"name": name, "sha256": sha256(bytes), "size": bytes.len()}))
        .collect();
    json!({"format": "treatydesk-archive", "version": 1, "database": database, "entries": entries})
        .to_string()
        .into_bytes()
}

/// Restores `path` into the empty `target`, which must refuse it.
async fn restore_refused(target: &TestDb, path: &std::path::Path) -> StoreError {
    let refused = target.store.restore(path).await.expect_err("refused");
    assert_eq!(
        target.store.row_count().await.expect("rows"),
        0,
        "nothing restored"
    );
    refused
}

#[tokio::test]
async fn p19_1_backup_and_restore_refusals_are_messages() {
    let app = TestApp::new().await;
    let dir = &app.db.dir;
    // A backup over a file that exists is a conflict; a restore into a store with rows too.
    let existing = dir.join("existing.zip");
    std::fs::write(&existing, b"kept").expect("write");
    let over = app.db.store.backup(&existing).await.expect_err("exists");
    assert!(matches!(over, StoreError::Conflict(_)), "{over}");
    assert_eq!(std::fs::read(&existing).expect("kept"), b"kept");
    store_said(over, &["conflict-backup-exists"]);
    let into_full = app
        .db
        .store
        .restore(&existing)
        .await
        .expect_err("not empty");
    assert!(matches!(into_full, StoreError::Conflict(_)), "{into_full}");
    store_said(into_full, &["conflict-restore-not-empty"]);

    // Bare database files: neither kind, JSON of another kind, a backup without tables, a
    // table that does not read.
    let target = app.db.sibling().await.expect("an empty target");
    for (name, bytes, id) in [
        (
            "notes.txt",
            &b"minutes of the meeting"[..],
            "refuse-backup-unknown-file",
        ),
        (
            "other.json",
            &br#"{"format": "someone-else"}"#[..],
            "refuse-backup-json-format",
        ),
        (
            "no-tables.json",
            &br#"{"format": "treatydesk-backup", "version": 1}"#[..],
            "refuse-backup-no-tables",
        ),
        (
            "bad-table.json",
            &br#"{"format": "treatydesk-backup", "version": 1, "tables": {"conventions": "none"}}"#
                [..],
            "refuse-backup-table",
        ),
    ] {
        let path = dir.join(name);
        std::fs::write(&path, bytes).expect("write");
        let refused = restore_refused(&target, &path).await;
        assert_eq!(
            treatydesk_web::error::store_status(&refused).as_u16(),
            422,
            "{refused}"
        );
        store_said(refused, &[id]);
    }
    // A file that begins as SQLite does but is not a database.
    let mut fake = b"SQLite format 3\0".to_vec();
    fake.extend_from_slice(&[0xff; 200]);
    let sqlite = dir.join("fake.sqlite");
    std::fs::write(&sqlite, &fake).expect("write");
    let refused = restore_refused(&target, &sqlite).await;
    store_said(refused, &["refuse-backup-sqlite-unopenable"]);
    let other = dir.join("other.json");
    let said = answer_of(restore_refused(&target, &other).await);
    assert_eq!(
        sentences(&said),
        vec![format!(
            "{} is JSON but not a TreatyDesk backup (no \"format\": \"treatydesk-backup\")",
            other.display()
        )]
    );
    assert!(
        said_in(&said, "refuse-backup-json-format", Lang::Fr)
            .contains("est un fichier JSON mais pas une sauvegarde TreatyDesk")
    );

    // Archives: not a zip, no manifest, a damaged manifest, a foreign one, entries that differ
    // from the manifest, an unknown database kind, an entry no restore writes, an entry whose
    // hash differs from the manifest's.
    let mut not_zip = b"PK\x03\x04".to_vec();
    not_zip.extend_from_slice(&[0u8; 64]);
    let broken = dir.join("broken.zip");
    std::fs::write(&broken, &not_zip).expect("write");
    store_said(
        restore_refused(&target, &broken).await,
        &["refuse-archive-unreadable"],
    );
    let db: &[u8] = br#"{"format": "treatydesk-backup", "version": 1, "tables": {}}"#;
    let cases: Vec<(&str, Entries, &str)> = vec![
        (
            "no-manifest.zip",
            vec![("database.json", db.to_vec())],
            "refuse-archive-no-manifest",
        ),
        (
            "damaged-manifest.zip",
            vec![("manifest.json", b"{not json".to_vec())],
            "refuse-archive-manifest-damaged",
        ),
        (
            "foreign-manifest.zip",
            vec![(
                "manifest.json",
                br#"{"format": "other", "version": 1, "database": "json", "entries": []}"#.to_vec(),
            )],
            "refuse-archive-manifest-format",
        ),
        (
            "differ.zip",
            vec![
                ("manifest.json", manifest("json", &[])),
                ("database.json", db.to_vec()),
            ],
            "refuse-archive-entries-differ",
        ),
        (
            "kind.zip",
            vec![
                ("manifest.json", manifest("xml", &[("database.xml", db)])),
                ("database.xml", db.to_vec()),
            ],
            "refuse-archive-database-kind",
        ),
        (
            "unexpected.zip",
            vec![
                (
                    "manifest.json",
                    manifest("json", &[("database.json", db), ("notes/x", b"x")]),
                ),
                ("database.json", db.to_vec()),
                ("notes/x", b"x".to_vec()),
            ],
            "refuse-archive-entry-unexpected",
        ),
        (
            "mismatch.zip",
            vec![
                (
                    "manifest.json",
                    manifest("json", &[("database.json", b"{}")]),
                ),
                ("database.json", db.to_vec()),
            ],
            "refuse-archive-entry-mismatch",
        ),
    ];
    for (name, entries, id) in &cases {
        let entries: Vec<(&str, &[u8])> = entries.iter().map(|(n, b)| (*n, &b[..])).collect();
        let path = zip_file(dir, name, &entries);
        let refused = restore_refused(&target, &path).await;
        assert_eq!(
            treatydesk_web::error::store_status(&refused).as_u16(),
            422,
            "{name}: {refused}"
        );
        store_said(refused, &[id]);
    }
    let kind = answer_of(restore_refused(&target, &dir.join("kind.zip")).await);
    assert_eq!(sentences(&kind), vec!["unknown database kind \"xml\""]);
    assert_eq!(
        said_in(&kind, "refuse-archive-database-kind", Lang::Es),
        "tipo de base de datos desconocido «xml»"
    );
    // An entry whose bytes were damaged in the archive (its CRC fails as it is read).
    let content: &[u8] = br#"{"format": "treatydesk-backup", "version": 1, "tables": {}, "note": "refusals-damaged-entry"}"#;
    let path = zip_file(
        dir,
        "crc.zip",
        &[
            (
                "manifest.json",
                &manifest("json", &[("database.json", content)]),
            ),
            ("database.json", content),
        ],
    );
    let mut bytes = std::fs::read(&path).expect("archive");
    let at = bytes
        .windows(b"refusals-damaged-entry".len())
        .position(|w| w == b"refusals-damaged-entry")
        .expect("the stored entry");
    bytes[at] ^= 0x20;
    std::fs::write(&path, &bytes).expect("write");
    let damaged = answer_of(restore_refused(&target, &path).await);
    said_as_messages(&damaged, &["refuse-archive-entry-damaged"]);
    assert!(
        sentences(&damaged)[0].starts_with("\"database.json\" is damaged ("),
        "{}",
        damaged.body
    );
    // Nothing of the refused archives was written.
    assert!(!target.dir.join("files").exists());
}

/// An intersessional meeting of the CCM (which selects no Coordinators), by its label.
async fn intersessional(app: &TestApp) -> String {
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    store
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
        .expect("meeting")
        .label
}

#[tokio::test]
async fn p19_1_appointments_at_a_meeting_that_selects_none_are_messages() {
    let app = TestApp::new().await;
    let ism = intersessional(&app).await;
    let isu = app.api_token("demo-isu", "refusals").await;
    let body = json!({"appointments": [{"seat": "b-2", "holder": "NGA"}]});
    let answer = app
        .bearer(
            "POST",
            &format!("/api/v1/conventions/ccm/meetings/{ism}/appointments"),
            &isu,
            Some(body.clone()),
        )
        .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.body);
    said_as_messages(&answer, &["refuse-appointments-not-selecting"]);
    nested(&answer, &["refuse-appointments-selecting-kind"]);
    assert_eq!(answer.json()["status"], 400);
    assert_eq!(
        answer.json()["error"],
        answer.json()["problems"][0]["sentence"],
        "{}",
        answer.body
    );
    assert!(
        answer.body.contains(&format!(
            "{ism} (Intersessional Meeting) does not select Coordinators (P2.4); they are selected at: Meeting of States Parties; Review Conference"
        )),
        "{}",
        answer.body
    );
    // The kinds of meeting are named in the reader's language, from the preset's terms.
    let french = said_in(&answer, "refuse-appointments-not-selecting", Lang::Fr);
    assert!(
        french.contains("(Réunion intersessions)")
            && french.contains("Assemblée des États parties"),
        "{french}"
    );
    // The 1MSP met before the architecture existed: no architecture was in force.
    let first = app
        .bearer(
            "POST",
            "/api/v1/conventions/ccm/meetings/1MSP/appointments",
            &isu,
            Some(body),
        )
        .await;
    assert_eq!(first.status, StatusCode::BAD_REQUEST, "{}", first.body);
    said_as_messages(&first, &["refuse-appointments-no-architecture"]);
    assert_eq!(
        sentences(&first),
        vec!["no architecture of CCM was in force at 1MSP, so it selected no Coordinators"]
    );
}

#[tokio::test]
async fn p19_1_appointments_page_says_it_in_the_readers_language() {
    let app = TestApp::new().await;
    let ism = intersessional(&app).await;
    let token = app.session_for("demo-isu").await;
    for (lang, words, kind) in [
        (
            "en",
            "does not select Coordinators (P2.4)",
            "Intersessional Meeting",
        ),
        (
            "fr",
            "ne choisit pas de coordonnateurs (P2.4)",
            "Réunion intersessions",
        ),
        (
            "es",
            "no elige coordinadores (P2.4)",
            "Reunión entre períodos de sesiones",
        ),
        ("ar", "المنسقين (P2.4)", "الاجتماع المعقود بين الدورات"),
    ] {
        let page = app
            .get_as(
                &format!("/ccm/meetings/{ism}/appointments?lang={lang}"),
                Some(&token),
            )
            .await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{lang}");
        assert!(page.body.contains(words), "{lang}: {}", page.body);
        assert!(page.body.contains(kind), "{lang}: {}", page.body);
        // The meeting is named by its symbol, as typed in the address.
        assert!(page.body.contains(&ism), "{lang}");
    }
    let first = app
        .get_as("/ccm/meetings/1MSP/appointments?lang=es", Some(&token))
        .await;
    assert_eq!(first.status, StatusCode::BAD_REQUEST);
    assert!(
        first
            .body
            .contains("ninguna arquitectura de la CCM estaba en vigor en la 1MSP"),
        "{}",
        first.body
    );
}

/// The CLI rooms and the appointments' edge, whose refusals are all messages: a bare English
/// sentence added to one of them fails here.
#[test]
fn p19_1_refusals_of_the_cli_rooms_are_all_messages() {
    let rooms = [
        (
            "store/record_imports.rs",
            include_str!("../../../store/src/record_imports.rs"),
        ),
        (
            "store/archive.rs",
            include_str!("../../../store/src/archive.rs"),
        ),
        (
            "store/backup.rs",
            include_str!("../../../store/src/backup.rs"),
        ),
        (
            "web/views/appointments.rs",
            include_str!("../../src/views/appointments.rs"),
        ),
    ];
    no_bare_refusals(&rooms);
    // Patterns these rooms used before, which the shared list does not know.
    for (room, source) in rooms {
        let compact: String = source.split_whitespace().collect();
        for bare in [
            "bad(format!(",
            "bad(\"",
            "BadRequest(format!(",
            "problems.push(why.sentence",
        ] {
            assert!(
                !compact.contains(bare),
                "{room} refuses with a bare sentence ({bare})"
            );
        }
    }
}

/// Checks `value` against `schema`, the subset of JSON Schema the API's description uses
/// (`$ref`, `type`, `enum`, `required`, `properties`, `additionalProperties`, `items`,
/// `oneOf`); an object may carry only the properties its schema lists when it lists some.
/// Answers where `value` breaks it.
fn conforms(
    doc: &serde_json::Value,
    schema: &serde_json::Value,
    value: &serde_json::Value,
    at: &str,
) -> Vec<String> {
    if let Some(reference) = schema["$ref"].as_str() {
        let target = doc
            .pointer(reference.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("{reference} is not in the description"));
        return conforms(doc, target, value, at);
    }
    if let Some(alternatives) = schema["oneOf"].as_array() {
        let matching = alternatives
            .iter()
            .filter(|a| conforms(doc, a, value, at).is_empty())
            .count();
        return if matching == 1 {
            Vec::new()
        } else {
            vec![format!(
                "{at}: {matching} alternatives of oneOf match {value}"
            )]
        };
    }
    let mut wrong = Vec::new();
    if let Some(kinds) = schema["enum"].as_array()
        && !kinds.contains(value)
    {
        wrong.push(format!("{at}: {value} is not one of {kinds:?}"));
    }
    let typed = match schema["type"].as_str() {
        None => true,
        Some("object") => value.is_object(),
        Some("array") => value.is_array(),
        Some("string") => value.is_string(),
        Some("integer") => value.is_i64() || value.is_u64(),
        Some("boolean") => value.is_boolean(),
        Some(other) => panic!("type {other} is not checked here"),
    };
    if !typed {
        wrong.push(format!("{at}: {value} is not of type {}", schema["type"]));
        return wrong;
    }
    if let Some(object) = value.as_object() {
        for field in schema["required"].as_array().into_iter().flatten() {
            let field = field.as_str().expect("a field name");
            if !object.contains_key(field) {
                wrong.push(format!("{at}: {field} is required"));
            }
        }
        let properties = schema["properties"].as_object();
        for (key, v) in object {
            let here = format!("{at}.{key}");
            match (
                properties.and_then(|p| p.get(key)),
                schema.get("additionalProperties"),
            ) {
                (Some(s), _) => wrong.extend(conforms(doc, s, v, &here)),
                (None, Some(s)) if s.is_object() => wrong.extend(conforms(doc, s, v, &here)),
                (None, _) if properties.is_some() => {
                    wrong.push(format!("{here} is not in the description"))
                }
                (None, _) => {}
            }
        }
    }
    if let (Some(items), Some(values)) = (schema.get("items"), value.as_array()) {
        for (i, v) in values.iter().enumerate() {
            wrong.extend(conforms(doc, items, v, &format!("{at}[{i}]")));
        }
    }
    wrong
}

/// The refusal bodies the API answers (400, 409, 422) are what its OpenAPI description says:
/// `problems` is documented on `ErrorOut`, optional, and each problem's arguments of every
/// kind match `MessageArg`.
#[tokio::test]
async fn p19_1_the_openapi_description_documents_the_problems_of_a_refusal() {
    use treatydesk_domain::finding::{ActorName, Message, Problem};
    let app = TestApp::new().await;
    let doc = app.get("/api/openapi.json").await.json();
    let error = &doc["components"]["schemas"]["ErrorOut"];
    assert_eq!(
        error["properties"]["problems"]["items"]["$ref"],
        "#/components/schemas/ProblemOut"
    );
    assert!(
        !error["required"]
            .as_array()
            .expect("required")
            .contains(&json!("problems")),
        "problems is absent from some errors"
    );
    // Every kind of argument a message can carry, nested too.
    let nested = Message::new("nested").seat("seat", "a-1");
    let every = Problem::new(
        Message::new("every")
            .text("text", "t")
            .actor("actor", "NGA", "Nigeria")
            .actors(
                "actors",
                vec![ActorName {
                    code: "ZMB".into(),
                    name: "Zambia".into(),
                }],
            )
            .seat("seat", "b-2")
            .body("body", "Universalization")
            .office("office", "president")
            .meeting("meeting", "3RC")
            .meetings("meetings", vec!["2MSP".into(), "3RC".into()])
            .date("date", time::macros::date!(2026 - 12 - 07))
            .number("number", -3)
            .flag("flag", true)
            .code("code", "msp")
            .messages("messages", vec![nested]),
        "every kind",
    );
    let problem = serde_json::to_value(&every).expect("json");
    assert_eq!(problem["args"].as_object().expect("args").len(), 13);
    let wrong = conforms(
        &doc,
        &json!({"$ref": "#/components/schemas/ProblemOut"}),
        &problem,
        "problem",
    );
    assert!(wrong.is_empty(), "{wrong:?}");
    // A value the description does not allow is caught (the check can fail).
    let mut off = problem.clone();
    off["args"]["number"] = json!({"kind": "number", "value": "three"});
    assert!(
        !conforms(
            &doc,
            &json!({"$ref": "#/components/schemas/ProblemOut"}),
            &off,
            "off"
        )
        .is_empty()
    );
    // Real answers: a 400 (a meeting that selects no Coordinators), a 422 of the store and
    // of the edge, a 409, and a 404 without problems.
    let isu = app.api_token("demo-isu", "refusals").await;
    let ism = intersessional(&app).await;
    let op = |path: &str| doc["paths"][path]["post"]["responses"].clone();
    let appointments = "/api/v1/conventions/{code}/meetings/{label}/appointments";
    let mut answers = vec![(
        app.bearer(
            "POST",
            &format!("/api/v1/conventions/ccm/meetings/{ism}/appointments"),
            &isu,
            Some(json!({"appointments": [{"seat": "b-2", "holder": "NGA"}]})),
        )
        .await,
        op(appointments),
    )];
    answers.push((
        app.bearer(
            "POST",
            "/api/v1/conventions/ccm/meetings/3RC/appointments",
            &isu,
            Some(json!({"appointments": []})),
        )
        .await,
        op(appointments),
    ));
    let obligations = "/api/v1/conventions/{code}/states/{iso3}/obligations";
    answers.push((
        app.bearer(
            "POST",
            "/api/v1/conventions/ccm/states/SSD/obligations",
            &isu,
            Some(
                json!({"obligation": "art99", "kind": "report", "received_on": "2024-07-25",
                "reference": "CCM/ART7/2024/SSD", "access": "public"}),
            ),
        )
        .await,
        op(obligations),
    ));
    answers.push((
        app.bearer(
            "POST",
            "/api/v1/conventions/ccm/meetings/NOWHERE/appointments",
            &isu,
            Some(json!({"appointments": []})),
        )
        .await,
        op(appointments),
    ));
    let admin = app.api_token("demo-admin", "refusals").await;
    answers.push((
        app.bearer(
            "POST",
            "/api/v1/admin/users",
            &admin,
            Some(json!({"username": "demo-isu"})),
        )
        .await,
        op("/api/v1/admin/users"),
    ));
    let mut statuses = Vec::new();
    for (answer, responses) in &answers {
        let status = answer.status.as_u16().to_string();
        let schema = &responses[&status]["content"]["application/json"]["schema"];
        assert!(
            schema.is_object(),
            "{status} is not documented: {responses}"
        );
        let wrong = conforms(&doc, schema, &answer.json(), &status);
        assert!(wrong.is_empty(), "{wrong:?} in {}", answer.body);
        statuses.push(status);
    }
    assert_eq!(statuses, ["400", "422", "422", "404", "409"]);
    assert!(answers[0].0.json()["problems"].is_array());
    assert!(answers[3].0.json().get("problems").is_none());
}
