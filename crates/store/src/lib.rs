//! TreatyDesk's storage: one code path for SQLite (the default, a file in the data directory)
//! and PostgreSQL (selected by a `postgres://` URL). It owns the SeaORM entities, the one
//! migration history, the repositories that load and save domain values, and the audit log.
//!
//! Every change a person makes goes through [`audit::Write`], which records who, when, what and
//! why in the same transaction. This crate must never render pages or know about HTTP.

pub mod accounts;
pub mod advice;
pub mod architecture;
pub mod archive;
pub mod audit;
pub mod backup;
mod csv_file;
pub mod decisions;
pub mod delegations;
pub mod demo;
mod demo_documents;
mod demo_extensions;
mod demo_isu;
mod demo_outreach;
pub mod demo_programme;
mod demo_record;
mod demo_reports;
mod demo_services;
pub mod documents;
pub mod entities;
pub mod error;
pub mod extensions;
pub mod files;
pub mod generation;
pub mod ical;
pub mod isu;
pub mod isu_reports;
pub mod isu_spending;
pub mod liaison;
pub mod login_sessions;
pub mod lookups;
pub mod meetings;
pub mod messages;
pub mod migration;
pub mod nominations;
pub mod obligations;
pub mod offices;
pub mod outbox;
pub mod outreach;
pub mod participation;
pub mod participation_entries;
pub mod preparation;
pub mod programme;
pub mod record_imports;
pub mod registration;
mod registration_writer;
pub mod registry;
pub mod reports;
pub mod reviews;
pub mod statements;
#[cfg(feature = "testing")]
pub mod testing;
pub mod tokens;

use std::path::Path;
use std::time::Duration;

use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbBackend};
use sea_orm_migration::MigratorTrait;

pub use error::StoreError;

/// The name of the SQLite file inside the data directory.
pub const SQLITE_FILE: &str = "treatydesk.sqlite";

/// Where the data lives: a data directory (SQLite file, uploads) and optionally a PostgreSQL URL.
#[derive(Clone, Debug)]
pub struct Location {
    pub data_dir: std::path::PathBuf,
    pub database_url: Option<String>,
}

impl Location {
    /// The URL the store connects to: the PostgreSQL URL when given, else the SQLite file.
    pub fn url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => sqlite_url(&self.data_dir.join(SQLITE_FILE)),
        }
    }
}

pub fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}?mode=rwc", path.display())
}

/// A connected, migrated store.
#[derive(Clone, Debug)]
pub struct Store {
    pub(crate) db: DatabaseConnection,
    /// State records per convention, with the audit mark they were read at (see
    /// `participation::StateRecordCache`).
    pub(crate) records: participation::StateRecordCache,
    /// The record of offices and the rules' facts per convention, likewise (see
    /// `architecture::OfficesCache`).
    pub(crate) offices: architecture::OfficesCache,
    /// The data directory, where uploaded files live (None: a store without files).
    pub(crate) data_dir: Option<std::path::PathBuf>,
    /// Each meeting's programme of work, likewise (see `programme::ProgrammeCache`).
    pub(crate) programmes: programme::ProgrammeCache,
    /// Generation counters per area, bumped by every committed write (see `generation`).
    pub(crate) generations: generation::Generations,
    /// PostgreSQL: the channel this store's writes are announced on, and this process's nonce.
    pub(crate) notify: Option<std::sync::Arc<(String, u64)>>,
    /// Conventions by code and meetings by label (see `lookups::LookupCache`).
    pub(crate) lookups: lookups::LookupCache,
    /// Session lookups, kept briefly (see `login_sessions::SessionCache`).
    pub(crate) sessions: login_sessions::SessionCache,
    /// Who writes the mails, in the recipient's language (see `outbox::Letters`).
    pub(crate) letters: std::sync::Arc<dyn outbox::Letters>,
    /// SQLite: the one writer of registrations (see `registration_writer`).
    pub(crate) registration_writer: registration_writer::RegistrationWriter,
}

impl Store {
    /// Opens the data location, creating the data directory and the SQLite file when needed,
    /// and runs every pending migration.
    pub async fn open(location: &Location) -> Result<Store, StoreError> {
        // The data directory and the database hold credentials and restricted records: the
        // server's user only (0700 and 0600).
        files::private_dir(&location.data_dir).map_err(|e| {
            StoreError::Unavailable(format!(
                "cannot create the data directory {}: {e}",
                location.data_dir.display()
            ))
        })?;
        let store = Store::connect(&location.url(), None)
            .await?
            .with_data_dir(location.data_dir.clone());
        store.migrate().await?;
        if location.database_url.is_none() {
            for suffix in ["", "-wal", "-shm"] {
                let path = location.data_dir.join(format!("{SQLITE_FILE}{suffix}"));
                if path.exists() {
                    files::make_private(&path).map_err(|e| {
                        StoreError::Unavailable(format!("cannot restrict {}: {e}", path.display()))
                    })?;
                }
            }
        }
        Ok(store)
    }

    /// Connects without migrating. `schema` selects a PostgreSQL schema (tests use one each).
    pub async fn connect(url: &str, schema: Option<&str>) -> Result<Store, StoreError> {
        let mut options = ConnectOptions::new(url.to_string());
        options
            .sqlx_logging(false)
            .connect_timeout(Duration::from_secs(10))
            .acquire_timeout(Duration::from_secs(30));
        if url.starts_with("sqlite:") {
            // A file cannot drop a connection: no ping (a round trip to the connection's
            // thread) each time one is taken from the pool.
            options.test_before_acquire(false);
            // Each connection keeps its own page cache (SQLite's default: up to 2 MiB each, 16
            // MiB for the pool). A secretariat's database is small, the operating system caches
            // the file for every connection at once, and pages read are cached whole by the
            // web's response cache: 512 KiB a connection bounds the pool's caches to 4 MiB
            // (issue 13: memory).
            //
            // Each connection also keeps its prepared statements: sqlx keeps 100 a connection by
            // default, and heaptrack counted 11 MiB of SQLite and sqlx memory for the 8-connection
            // pool after the demo's page load, most of it statements. Pages are cached whole, so
            // the statements that run again and again are the writes': 32 a connection keep them
            // (registrations measured at 2,479 created/s, as before), and 4 connections are
            // enough readers for 2 cores beside the one writer SQLite allows.
            options.max_connections(4).map_sqlx_sqlite_opts(|o| {
                o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                    .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10))
                    .pragma("cache_size", "-512")
                    .statement_cache_capacity(32)
            });
        } else {
            // A server, a proxy or a firewall may drop an idle connection: ping only those
            // idle for a while, not every connection on every checkout.
            options
                .max_connections(16)
                .test_before_acquire_if_idle_for(Duration::from_secs(30));
            if let Some(schema) = schema {
                options.set_schema_search_path(schema.to_string());
            }
        }
        let db = Database::connect(options).await.map_err(|e| {
            StoreError::Unavailable(format!("cannot open the database at {}: {e}", redact(url)))
        })?;
        let generations = generation::Generations::default();
        let channel = generation::channel(schema);
        let nonce = u64::from_str_radix(&accounts::random_token()[..12], 16).unwrap_or(1);
        generation::watch(&db, &generations, &channel, nonce);
        let notify = (db.get_database_backend() == DbBackend::Postgres)
            .then(|| std::sync::Arc::new((channel, nonce)));
        Ok(Store {
            db,
            records: Default::default(),
            offices: Default::default(),
            data_dir: None,
            programmes: Default::default(),
            generations,
            notify,
            lookups: Default::default(),
            sessions: Default::default(),
            letters: std::sync::Arc::new(outbox::EnglishLetters),
            registration_writer: Default::default(),
        })
    }

    /// The same store, writing its mails with `letters` (the web's translations).
    pub fn with_letters(mut self, letters: std::sync::Arc<dyn outbox::Letters>) -> Store {
        self.letters = letters;
        // The writer writes with the store it was started from: a changed store starts its own.
        self.registration_writer = Default::default();
        self
    }

    /// The same store, keeping uploaded files under `dir`.
    pub fn with_data_dir(mut self, dir: std::path::PathBuf) -> Store {
        self.data_dir = Some(dir);
        self.registration_writer = Default::default();
        self
    }

    pub async fn migrate(&self) -> Result<(), StoreError> {
        migration::Migrator::up(&self.db, None).await?;
        Ok(())
    }

    pub fn db(&self) -> &DatabaseConnection {
        &self.db
    }

    /// The generation counters of this store's areas (caches compare their stamps).
    pub fn generations(&self) -> &generation::Generations {
        &self.generations
    }

    pub fn backend(&self) -> DbBackend {
        self.db.get_database_backend()
    }

    /// Is a cheap query answered? (`/healthz`)
    pub async fn ping(&self) -> bool {
        self.db.ping().await.is_ok()
    }

    /// Does the database hold no convention yet (a fresh install)?
    pub async fn is_empty(&self) -> Result<bool, StoreError> {
        use sea_orm::{EntityTrait, PaginatorTrait};
        Ok(entities::convention::Entity::find().count(&self.db).await? == 0)
    }
}

/// Hides the password of a database URL for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// The current time, in UTC. The store is the layer that reads the clock.
pub fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

#[cfg(test)]
mod tests {
    #[test]
    fn redacts_passwords() {
        assert_eq!(
            super::redact("postgres://u:secret@h:5432/db"),
            "postgres://u:***@h:5432/db"
        );
        assert_eq!(super::redact("sqlite://x?mode=rwc"), "sqlite://x?mode=rwc");
    }
}
