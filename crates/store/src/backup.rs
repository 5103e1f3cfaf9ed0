//! Backup and restore. On SQLite, `backup` writes a consistent copy of the live database with
//! `VACUUM INTO` (safe while the server runs); on PostgreSQL it writes a portable JSON export
//! read inside one repeatable-read transaction. `restore` loads either kind of file into an
//! empty database of either backend. Sessions are not carried over: a restore signs everyone out.

use std::path::Path;

use sea_orm::{
    AccessMode, ConnectionTrait, DbBackend, EntityTrait, IsolationLevel, PaginatorTrait, Statement,
    TransactionTrait,
};
use serde_json::{Map, Value};

use treatydesk_domain::finding::{Message, Problem};

use crate::audit::Author;
use crate::entities::*;
use crate::error::said;
use crate::{Store, StoreError};

/// The tag of a JSON backup file.
pub const FORMAT: &str = "treatydesk-backup";

/// Calls `$body` once per table, in an order that respects foreign keys.
macro_rules! for_each_table {
    ($callback:ident ! ($($args:tt)*)) => {
        $callback!(convention, "conventions", $($args)*);
        $callback!(actor, "actors", $($args)*);
        $callback!(participation, "participations", $($args)*);
        $callback!(profile_entry, "profile_entries", $($args)*);
        $callback!(obligation_submission, "obligation_submissions", $($args)*);
        $callback!(user, "users", $($args)*);
        $callback!(role_grant, "role_grants", $($args)*);
        $callback!(api_token, "api_tokens", $($args)*);
        $callback!(participation_revision, "participation_revisions", $($args)*);
        $callback!(architecture_version, "architecture_versions", $($args)*);
        $callback!(meeting, "meetings", $($args)*);
        $callback!(decision, "decisions", $($args)*);
        $callback!(appointment, "appointments", $($args)*);
        $callback!(handover_revision, "handover_revisions", $($args)*);
        $callback!(nomination, "nominations", $($args)*);
        $callback!(agenda_item, "agenda_items", $($args)*);
        $callback!(attendance, "attendances", $($args)*);
        $callback!(minutes, "minutes", $($args)*);
        $callback!(minutes_revision, "minutes_revisions", $($args)*);
        $callback!(calendar_entry, "calendar_entries", $($args)*);
        $callback!(programme_session, "programme_sessions", $($args)*);
        $callback!(session_speaker, "session_speakers", $($args)*);
        $callback!(stored_file, "stored_files", $($args)*);
        $callback!(document, "documents", $($args)*);
        $callback!(language_version, "language_versions", $($args)*);
        $callback!(statement, "statements", $($args)*);
        $callback!(advice_request, "advice_requests", $($args)*);
        $callback!(advice_message, "advice_messages", $($args)*);
        $callback!(advice_attachment, "advice_attachments", $($args)*);
        $callback!(organization_role, "organization_roles", $($args)*);
        $callback!(organization_contact, "organization_contacts", $($args)*);
        $callback!(contact_log, "contact_log", $($args)*);
        $callback!(decision_document, "decision_documents", $($args)*);
        $callback!(decision_revision, "decision_revisions", $($args)*);
        $callback!(action, "actions", $($args)*);
        $callback!(isu_period, "isu_periods", $($args)*);
        $callback!(isu_staff, "isu_staff", $($args)*);
        $callback!(isu_workplan_revision, "isu_workplan_revisions", $($args)*);
        $callback!(isu_contribution, "isu_contributions", $($args)*);
        $callback!(isu_expenditure, "isu_expenditures", $($args)*);
        $callback!(registration_settings, "registration_settings", $($args)*);
        $callback!(registration_counter, "registration_counters", $($args)*);
        $callback!(credential, "credentials", $($args)*);
        $callback!(registration, "registrations", $($args)*);
        $callback!(delegation_post, "delegation_posts", $($args)*);
        $callback!(registration_revision, "registration_revisions", $($args)*);
        $callback!(outbox, "outbox", $($args)*);
        $callback!(message, "messages", $($args)*);
        $callback!(message_version, "message_versions", $($args)*);
        $callback!(message_recipient, "message_recipients", $($args)*);
        $callback!(preparation_item, "preparation_items", $($args)*);
        $callback!(review_item, "review_items", $($args)*);
        $callback!(isu_report, "isu_reports", $($args)*);
        $callback!(outreach_activity, "outreach_activities", $($args)*);
        $callback!(outreach_revision, "outreach_revisions", $($args)*);
        $callback!(extension_request, "extension_requests", $($args)*);
        $callback!(extension_request_revision, "extension_request_revisions", $($args)*);
        $callback!(transparency_report, "transparency_reports", $($args)*);
        $callback!(transparency_report_revision, "transparency_report_revisions", $($args)*);
        $callback!(transparency_report_file, "transparency_report_files", $($args)*);
        $callback!(audit_entry, "audit_entries", $($args)*);
    };
}

/// What a backup or restore did.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Summary {
    pub kind: String,
    pub rows: u64,
    /// Stored files (document versions, credentials) in the archive.
    pub files: u64,
}

impl Store {
    /// Writes a backup archive to `path`, which must not exist yet: the database and every
    /// stored file with a manifest of hashes (see `archive`).
    pub async fn backup(&self, path: &Path) -> Result<Summary, StoreError> {
        if path.exists() {
            return Err(StoreError::conflict(Problem::new(
                Message::new("conflict-backup-exists").code("path", &path.display().to_string()),
                format!("{} already exists; choose a new file name", path.display()),
            )));
        }
        let (kind, rows, files) = self.write_archive(path).await?;
        Ok(Summary {
            kind: format!("archive with a {kind} database"),
            rows,
            files,
        })
    }

    /// Every table as JSON, read in one consistent snapshot.
    pub async fn export_json(&self) -> Result<(Value, u64), StoreError> {
        let txn = self
            .db()
            .begin_with_config(
                Some(IsolationLevel::RepeatableRead),
                Some(AccessMode::ReadOnly),
            )
            .await?;
        let mut tables = Map::new();
        let mut rows = 0u64;
        macro_rules! export {
            ($module:ident, $name:literal, $txn:expr) => {
                let all = $module::Entity::find().all($txn).await?;
                rows += all.len() as u64;
                tables.insert(
                    $name.to_string(),
                    serde_json::to_value(all).map_err(|e| {
                        StoreError::Unavailable(format!("cannot encode {}: {e}", $name))
                    })?,
                );
            };
        }
        for_each_table!(export!(&txn));
        txn.commit().await?;
        Ok((
            serde_json::json!({ "format": FORMAT, "version": 1, "tables": tables }),
            rows,
        ))
    }

    /// The tables a backup holds, in the order a restore loads them.
    pub fn backed_up_tables() -> Vec<&'static str> {
        let mut names = Vec::new();
        macro_rules! name {
            ($module:ident, $name:literal, $names:expr) => {
                $names.push($name);
            };
        }
        for_each_table!(name!(names));
        names
    }

    /// Every table of the database (for the test that no table is left out of backups).
    pub async fn table_names(&self) -> Result<Vec<String>, StoreError> {
        let sql = match self.backend() {
            DbBackend::Sqlite => {
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            }
            _ => {
                "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()"
            }
        };
        let rows = self
            .db()
            .query_all_raw(sea_orm::Statement::from_string(self.backend(), sql))
            .await?;
        let mut names = Vec::new();
        for row in rows {
            names.push(row.try_get::<String>("", "name")?);
        }
        names.sort();
        Ok(names)
    }

    /// Rows in every backed-up table.
    pub async fn row_count(&self) -> Result<u64, StoreError> {
        let mut rows = 0u64;
        macro_rules! count {
            ($module:ident, $name:literal, $db:expr) => {
                rows += $module::Entity::find().count($db).await?;
            };
        }
        for_each_table!(count!(self.db()));
        Ok(rows)
    }

    /// Loads a backup into this store, which must be empty: an archive (verified whole, then
    /// its files and its database), or an older bare SQLite copy or JSON export.
    pub async fn restore(&self, path: &Path) -> Result<Summary, StoreError> {
        if self.row_count().await? > 0 {
            return Err(StoreError::conflict(said(
                "conflict-restore-not-empty",
                "the target database is not empty; restore only into a new database",
            )));
        }
        let mut head = [0u8; 4];
        let is_archive = std::fs::File::open(path)
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
            .is_ok()
            && head == *b"PK\x03\x04";
        if is_archive {
            let (kind, rows, files) = self.restore_archive(path).await?;
            return Ok(Summary {
                kind: format!("archive with a {kind} database"),
                rows,
                files,
            });
        }
        let (kind, rows) = self.restore_database_file(path).await?;
        Ok(Summary {
            kind,
            rows,
            files: 0,
        })
    }

    /// Loads a bare database file (a SQLite copy or a JSON export) into this empty store.
    pub(crate) async fn restore_database_file(
        &self,
        path: &Path,
    ) -> Result<(String, u64), StoreError> {
        let bytes = std::fs::read(path).map_err(|e| {
            StoreError::NotFound(format!("the backup file {} ({e})", path.display()))
        })?;
        let (document, kind) = if bytes.starts_with(b"SQLite format 3\0") {
            // Opened read-only and without the WAL setting, which would need a write.
            let source = Store {
                db: sea_orm::Database::connect(format!("sqlite://{}?mode=ro", path.display()))
                    .await
                    .map_err(|e| {
                        StoreError::refuse(Problem::new(
                            Message::new("refuse-backup-sqlite-unopenable")
                                .code("path", &path.display().to_string())
                                .text("why", e.to_string()),
                            format!(
                                "{} looks like SQLite but cannot be opened: {e}",
                                path.display()
                            ),
                        ))
                    })?,
                records: Default::default(),
                data_dir: None,
                offices: Default::default(),
                programmes: Default::default(),
                generations: Default::default(),
                notify: None,
                letters: std::sync::Arc::new(crate::outbox::EnglishLetters),
                registration_writer: Default::default(),
                sessions: Default::default(),
                lookups: Default::default(),
            };
            (source.export_json().await?.0, "sqlite")
        } else {
            let value: Value = serde_json::from_slice(&bytes).map_err(|e| {
                StoreError::refuse(Problem::new(
                    Message::new("refuse-backup-unknown-file")
                        .code("path", &path.display().to_string())
                        .text("why", e.to_string()),
                    format!(
                        "{} is neither a SQLite database nor a TreatyDesk JSON backup: {e}",
                        path.display()
                    ),
                ))
            })?;
            if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
                return Err(StoreError::refuse(Problem::new(
                    Message::new("refuse-backup-json-format")
                        .code("path", &path.display().to_string())
                        .code("format", FORMAT),
                    format!(
                        "{} is JSON but not a TreatyDesk backup (no \"format\": \"{FORMAT}\")",
                        path.display()
                    ),
                )));
            }
            (value, "json")
        };
        let rows = self.import_json(&document).await?;
        Ok((kind.into(), rows))
    }

    async fn import_json(&self, document: &Value) -> Result<u64, StoreError> {
        let tables = document
            .get("tables")
            .and_then(Value::as_object)
            .ok_or_else(|| {
                StoreError::refuse(said(
                    "refuse-backup-no-tables",
                    "the backup has no \"tables\"",
                ))
            })?;
        let write = self
            .write(
                &Author::cli("restore from a backup"),
                "database.restore",
                "every table",
            )
            .await?;
        let mut rows = 0u64;
        macro_rules! import {
            ($module:ident, $name:literal, $txn:expr) => {
                let models: Vec<$module::Model> = match tables.get($name) {
                    Some(v) => serde_json::from_value(v.clone()).map_err(|e| {
                        StoreError::refuse(Problem::new(
                            Message::new("refuse-backup-table")
                                .code("table", $name)
                                .text("why", e.to_string()),
                            format!("table {} in the backup: {e}", $name),
                        ))
                    })?,
                    None => Vec::new(),
                };
                rows += models.len() as u64;
                let active: Vec<$module::ActiveModel> =
                    models.into_iter().map(Into::into).collect();
                for chunk in active.chunks(200) {
                    $module::Entity::insert_many(chunk.to_vec()).exec($txn).await?;
                }
                // Only tables keyed by a serial id have a sequence to move on (not, for one,
                // the content-keyed stored files).
                if $txn.get_database_backend() == DbBackend::Postgres
                    && <$module::PrimaryKey as sea_orm::PrimaryKeyTrait>::auto_increment()
                {
                    $txn.execute_raw(Statement::from_string(
                        DbBackend::Postgres,
                        format!(
                            "SELECT setval(pg_get_serial_sequence('{0}', 'id'), COALESCE((SELECT MAX(id) FROM {0}), 0) + 1, false)",
                            $name
                        ),
                    ))
                    .await?;
                }
            };
        }
        for_each_table!(import!(write.txn()));
        write.commit().await?;
        Ok(rows)
    }
}
