//! Documents in the store: symbols checked by the grammar, revisions chained and nothing
//! overwritten, language versions stored by content, the register and actions. Run on SQLite
//! and on PostgreSQL.

use time::macros::date;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::document::{ActionStatus, DocumentKind, OwnerKind};
use treatydesk_store::StoreError;
use treatydesk_store::audit::Author;
use treatydesk_store::documents::{NewAction, NewDocument};
use treatydesk_store::files::{FileStore, text_pdf};
use treatydesk_store::testing::TestDb;

fn isu() -> Author {
    Author::cli("test")
}

fn new(symbol: &str) -> NewDocument {
    NewDocument {
        symbol: symbol.into(),
        title: "Working paper".into(),
        kind: DocumentKind::WorkingPaper,
        meeting_id: None,
        agenda_item_id: None,
        submitter: "NZL".into(),
        issued_on: date!(2011 - 09 - 13),
        access: AccessLevel::Public,
        source: "test".into(),
    }
}

#[tokio::test]
async fn p4_4_revisions_chain_and_nothing_is_overwritten() {
    let db = TestDb::new().await.expect("db");
    let ccm = db.store.convention("ccm").await.expect("ccm");
    let wp3 = db
        .store
        .add_document(&isu(), &ccm, new("CCM/MSP/2011/WP.3"))
        .await
        .expect("wp3");
    let rev = db
        .store
        .add_document(&isu(), &ccm, new("CCM/MSP/2011/WP.3/Rev.1"))
        .await
        .expect("rev1");
    assert_eq!(rev.revises_id, Some(wp3.id));
    let amend = db
        .store
        .add_document(&isu(), &ccm, new("CCM/MSP/2011/WP.3/Rev.1/Amend.1"))
        .await
        .expect("amend");
    assert_eq!(amend.revises_id, Some(rev.id));
    // A revision of something not on record, a duplicate, a bad symbol: each refused clearly.
    let orphan = db
        .store
        .add_document(&isu(), &ccm, new("CCM/MSP/2011/WP.9/Rev.1"))
        .await;
    assert!(
        orphan
            .expect_err("orphan")
            .to_string()
            .contains("not on record")
    );
    let dup = db
        .store
        .add_document(&isu(), &ccm, new("CCM/MSP/2011/WP.3"))
        .await;
    assert!(matches!(dup.expect_err("dup"), StoreError::Conflict(_)));
    let bad = db
        .store
        .add_document(&isu(), &ccm, new("CCM/MSP/2011/XX.3"))
        .await;
    assert!(matches!(
        bad.expect_err("bad"),
        StoreError::Invalid(_) | StoreError::Refused(_)
    ));
}

#[tokio::test]
async fn p4_4_language_versions_are_kept_once_and_never_replaced() {
    let db = TestDb::new().await.expect("db");
    let ccm = db.store.convention("ccm").await.expect("ccm");
    let files = FileStore::new(&db.dir);
    let doc = db
        .store
        .add_document(&isu(), &ccm, new("CCM/MSP/2012/5"))
        .await
        .expect("doc");
    let pdf = text_pdf(&["Informe final"]);
    let es = db
        .store
        .add_language_version(&isu(), &files, &doc, "es", "", &pdf)
        .await
        .expect("es");
    assert!(es.text.contains("Informe final"));
    assert_eq!(es.filename, "CCM_MSP_2012_5-es.pdf");
    let again = db
        .store
        .add_language_version(&isu(), &files, &doc, "es", "", &pdf)
        .await;
    assert!(matches!(
        again.expect_err("no overwrite"),
        StoreError::Conflict(_)
    ));
    let de = db
        .store
        .add_language_version(&isu(), &files, &doc, "de", "", &pdf)
        .await;
    assert!(matches!(
        de.expect_err("not a UN language"),
        StoreError::Invalid(_) | StoreError::Refused(_)
    ));
    let exe = db
        .store
        .add_language_version(&isu(), &files, &doc, "fr", "", b"MZ\x90\x00")
        .await;
    assert!(matches!(
        exe.expect_err("not a document"),
        StoreError::Invalid(_) | StoreError::Refused(_)
    ));
    assert_eq!(files.read(&es.file_sha256).expect("bytes"), pdf);
}

#[tokio::test]
async fn p4_4a_actions_and_the_demo_records() {
    let db = TestDb::new().await.expect("db");
    db.store.load_demo_data().await.expect("demo");
    let files = FileStore::new(&db.dir);
    db.store
        .load_demo_documents(&files)
        .await
        .expect("demo documents");
    // Loading twice adds nothing.
    db.store.load_demo_documents(&files).await.expect("again");
    let ccm = db.store.convention("ccm").await.expect("ccm");
    let docs = db.store.documents(&ccm).await.expect("docs");
    // Four demo documents and the eight Art. 4 analyses of the 12MSP and 13MSP (issue 17).
    assert_eq!(docs.len(), 12);
    assert_eq!(
        docs.iter()
            .filter(|d| d.title.starts_with("Analysis of the request"))
            .count(),
        8
    );
    let report = docs
        .iter()
        .find(|d| d.symbol == "CCM/MSP/2012/5")
        .expect("report");
    let langs: Vec<String> = db
        .store
        .versions_of(report.id)
        .await
        .expect("versions")
        .into_iter()
        .map(|v| v.lang)
        .collect();
    assert_eq!(langs, ["ar", "en", "fr", "es"]);
    let actions = db.store.actions(&ccm).await.expect("actions");
    assert_eq!(actions.len(), 1);
    let refused = db
        .store
        .add_action(
            &isu(),
            &ccm,
            NewAction {
                decision_id: None,
                meeting_id: None,
                title: String::new(),
                owner_kind: OwnerKind::State,
                owner: "XXX".into(),
                due_on: None,
                access: AccessLevel::Public,
            },
        )
        .await
        .expect_err("refused");
    let text = refused.to_string();
    assert!(
        text.contains("title") && text.contains("raised by") && text.contains("XXX"),
        "{text}"
    );
    let done = db
        .store
        .set_action_status(&isu(), &ccm, actions[0].id, ActionStatus::Done)
        .await
        .expect("done");
    assert_eq!(done.status, "done");
    let register = db
        .store
        .decision_records(&ccm, None)
        .await
        .expect("register");
    // The 2MSP's four decisions and the demo's made-up 13MSP approval of the ISU work plan
    // (issue 14), labelled DEMO.
    assert_eq!(register.len(), 5);
    assert_eq!(register[0].meeting.label, "2MSP");
    assert!(register[4].current.title.starts_with("DEMO"));
}

/// Issue 13: an archive larger than SQLite's 32,766 bound variables (100,000 documents in the
/// restart benchmark): every language version is still read, in one query.
#[tokio::test]
async fn i13_language_versions_of_an_archive_past_sqlites_variable_limit() {
    use sea_orm::ConnectionTrait;
    let db = TestDb::new().await.expect("db");
    let ccm = db.store.convention("ccm").await.expect("ccm");
    let backend = db.store.db().get_database_backend();
    let (day, at) = if backend == sea_orm::DbBackend::Postgres {
        ("DATE '2020-01-01'", "TIMESTAMPTZ '2026-01-01T00:00:00Z'")
    } else {
        ("'2020-01-01'", "'2026-01-01T00:00:00Z'")
    };
    let n = 33_000;
    let file = "test000000000000000000000000000000000000000000000000000000000000";
    for sql in [
        format!(
            "INSERT INTO stored_files (sha256, size, media_type, stored_at) VALUES ('{file}', 0, 'text/plain', {at})"
        ),
        format!(
            "INSERT INTO documents (convention_id, symbol, title, kind, submitter, issued_on, access, created_at, created_by, source) \
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {n}) \
             SELECT {}, 'TEST/DOC/' || i, 'TEST document', 'other', 'TEST', {day}, 'public', {at}, 'test', 'TEST' FROM n",
            ccm.id
        ),
        format!(
            "INSERT INTO language_versions (document_id, lang, file_sha256, filename, text, title) \
             SELECT id, 'en', '{file}', 'test.txt', 'TEST text', '' FROM documents WHERE symbol LIKE 'TEST/DOC/%'"
        ),
    ] {
        db.store
            .db()
            .execute_unprepared(&sql)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }
    let versions = db.store.language_versions(&ccm).await.expect("versions");
    assert!(versions.len() >= n, "{} versions", versions.len());
}
