//! The test harness shared by every crate's tests: each test gets a fresh, migrated database.
//! SQLite in a temporary directory by default; a fresh schema on the PostgreSQL server named by
//! `TREATYDESK_TEST_DATABASE_URL` when that variable is set, dropped with the `TestDb`. Behind
//! the `testing` feature: never compiled into the product.

use std::path::PathBuf;

use sea_orm::{ConnectionTrait, Database};

use crate::accounts::random_token;
use crate::{Store, StoreError};

/// The variable that selects PostgreSQL for the test suite.
pub const TEST_DATABASE_URL: &str = "TREATYDESK_TEST_DATABASE_URL";

/// A fresh database for one test; its SQLite directory is removed when dropped.
pub struct TestDb {
    pub store: Store,
    pub dir: PathBuf,
    /// The URL the store was opened with (with the schema for PostgreSQL).
    pub url: String,
    pub schema: Option<String>,
    /// A PostgreSQL database made for this test alone (from a template), dropped with it:
    /// the server's URL (any database) and the database's name.
    pub database: Option<(String, String)>,
}

impl TestDb {
    /// A fresh, migrated database with the reference data (actors registry, presets) loaded.
    pub async fn new() -> Result<TestDb, StoreError> {
        let db = TestDb::empty().await?;
        db.store.load_reference_data().await?;
        Ok(db)
    }

    /// A fresh, migrated database with nothing in it.
    pub async fn empty() -> Result<TestDb, StoreError> {
        let suffix = &random_token()[..16];
        let dir = std::env::temp_dir().join(format!("treatydesk-test-{suffix}"));
        std::fs::create_dir_all(&dir).map_err(|e| {
            StoreError::Unavailable(format!("cannot create {}: {e}", dir.display()))
        })?;
        match std::env::var(TEST_DATABASE_URL) {
            Ok(base) if !base.is_empty() => {
                let schema = format!("t_{suffix}");
                let admin = Database::connect(base.as_str()).await?;
                admin
                    .execute_unprepared(&format!("CREATE SCHEMA \"{schema}\""))
                    .await?;
                admin.close().await?;
                let store = Store::connect(&base, Some(&schema))
                    .await?
                    .with_data_dir(dir.clone());
                store.migrate().await?;
                Ok(TestDb {
                    store,
                    dir,
                    url: base,
                    schema: Some(schema),
                    database: None,
                })
            }
            _ => TestDb::sqlite_in(dir).await,
        }
    }

    /// A fresh, migrated SQLite database whatever the environment selects (restores across
    /// backends).
    pub async fn sqlite_empty() -> Result<TestDb, StoreError> {
        let suffix = &random_token()[..16];
        let dir = std::env::temp_dir().join(format!("treatydesk-test-{suffix}"));
        std::fs::create_dir_all(&dir).map_err(|e| {
            StoreError::Unavailable(format!("cannot create {}: {e}", dir.display()))
        })?;
        TestDb::sqlite_in(dir).await
    }

    /// A migrated SQLite database in `dir` (which exists).
    async fn sqlite_in(dir: std::path::PathBuf) -> Result<TestDb, StoreError> {
        let url = crate::sqlite_url(&dir.join(crate::SQLITE_FILE));
        let store = Store::connect(&url, None).await?.with_data_dir(dir.clone());
        store.migrate().await?;
        Ok(TestDb {
            store,
            dir,
            url,
            schema: None,
            database: None,
        })
    }

    /// Is this database on PostgreSQL?
    pub fn is_postgres(&self) -> bool {
        self.schema.is_some() || self.database.is_some()
    }

    /// Another fresh, empty database on the same backend (restore targets).
    pub async fn sibling(&self) -> Result<TestDb, StoreError> {
        TestDb::empty().await
    }
}

impl Drop for TestDb {
    /// Removes the SQLite directory, and on PostgreSQL drops the test's schema. `drop` cannot
    /// await, so the schema is dropped on a thread of its own (with its own runtime); the test's
    /// runtime waits for it at most a few seconds, since a transaction the test left open is
    /// rolled back only once that runtime runs again (the DROP then finishes in the background).
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
        let statement = match (self.schema.take(), self.database.take()) {
            // One statement string, so the lock timeout holds on the connection that drops.
            (Some(schema), _) => Some((
                self.url.clone(),
                format!("SET lock_timeout = '30s'; DROP SCHEMA IF EXISTS \"{schema}\" CASCADE"),
            )),
            (None, Some((server, name))) => Some((
                server,
                format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"),
            )),
            (None, None) => None,
        };
        if let Some((url, statement)) = statement {
            let (done, finished) = std::sync::mpsc::channel::<()>();
            std::thread::spawn(move || {
                let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                else {
                    return;
                };
                runtime.block_on(async move {
                    if let Ok(admin) = Database::connect(url.as_str()).await {
                        let _ = admin.execute_unprepared(&statement).await;
                        let _ = admin.close().await;
                    }
                });
                let _ = done.send(());
            });
            let _ = finished.recv_timeout(std::time::Duration::from_secs(5));
        }
    }
}
