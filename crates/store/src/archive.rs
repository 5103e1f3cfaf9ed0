//! The backup archive (D3): one zip file holding the database (a SQLite copy, or the JSON
//! export on PostgreSQL), every stored file (document versions under `files/`, credentials
//! under `credentials/`), and `manifest.json` with the SHA-256 and size of every entry.
//!
//! A restore reads the whole archive and checks every entry against the manifest (and every
//! content-addressed file against its own name) before it writes anything: a damaged, truncated
//! or padded archive is refused whole. Entry names are never used as paths: a file is written
//! only under the name its verified hash gives it.

use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use sea_orm::{DbBackend, EntityTrait};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use treatydesk_domain::finding::{Message, Problem};

use crate::entities::{credential, stored_file};
use crate::error::said;
use crate::registration::{CREDENTIALS_DIR, credentials_path};
use crate::{Store, StoreError};

/// The tag of an archive's manifest.
pub const ARCHIVE_FORMAT: &str = "treatydesk-archive";
pub const MANIFEST: &str = "manifest.json";
const SQLITE_ENTRY: &str = "database.sqlite";
const JSON_ENTRY: &str = "database.json";
/// The largest database entry or file a restore reads (a guard against a crafted archive).
const MAX_ENTRY: u64 = 8 * 1024 * 1024 * 1024;

/// The archive's table of contents.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub version: u32,
    /// `sqlite` or `json`.
    pub database: String,
    pub entries: Vec<Entry>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub sha256: String,
    pub size: u64,
}

/// A refusal of the archive whose message names an entry (`name`, as the archive spells it)
/// and, when given, the library's reason (`why`, shown as it is).
fn entry_refused(id: &str, name: &str, why: Option<String>, sentence: String) -> StoreError {
    let mut message = Message::new(id).code("name", name);
    if let Some(why) = why {
        message = message.text("why", why);
    }
    StoreError::refuse(Problem::new(message, sentence))
}

/// A refusal whose message carries the library's reason (`why`) alone.
fn refused_because(id: &str, why: String, sentence: String) -> StoreError {
    StoreError::refuse(Problem::new(Message::new(id).text("why", why), sentence))
}

fn io(what: &str, path: &Path, e: impl std::fmt::Display) -> StoreError {
    StoreError::Unavailable(format!("cannot {what} {}: {e}", path.display()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn is_hash(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Where an archive entry goes in the data directory (None for the database and for any
/// name that is not `files/<sha256>` or `credentials/<sha256>`).
fn target_of(data_dir: &Path, name: &str) -> Option<PathBuf> {
    if let Some(hash) = name.strip_prefix("files/") {
        return is_hash(hash).then(|| {
            data_dir
                .join("files")
                .join(&hash[..2])
                .join(&hash[2..4])
                .join(hash)
        });
    }
    let hash = name.strip_prefix("credentials/")?;
    credentials_path(data_dir, hash)
}

/// Copies `reader` into `writer`, answering the SHA-256 and the size.
fn copy_hashed(reader: &mut impl Read, writer: &mut impl Write) -> std::io::Result<(String, u64)> {
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut size = 0u64;
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        writer.write_all(&buf[..n])?;
        size += n as u64;
    }
    Ok((hex(&hasher.finalize()), size))
}

impl Store {
    fn archive_data_dir(&self) -> Result<&Path, StoreError> {
        self.data_dir.as_deref().ok_or_else(|| {
            StoreError::Unavailable("this store has no data directory for its files".into())
        })
    }

    /// The stored files the database names: (archive entry name, path on disk).
    async fn stored_paths(&self, data_dir: &Path) -> Result<Vec<(String, PathBuf)>, StoreError> {
        let mut out = Vec::new();
        for f in stored_file::Entity::find().all(self.db()).await? {
            if let Some(path) = target_of(data_dir, &format!("files/{}", f.sha256)) {
                out.push((format!("files/{}", f.sha256), path));
            }
        }
        for c in credential::Entity::find().all(self.db()).await? {
            if let Some(path) = credentials_path(data_dir, &c.sha256) {
                out.push((format!("{CREDENTIALS_DIR}/{}", c.sha256), path));
            }
        }
        out.sort();
        out.dedup();
        Ok(out)
    }

    /// Writes the archive to `path` (which must not exist): the database first (one consistent
    /// snapshot), then every file it names (files are content-addressed and never rewritten, so
    /// every file the snapshot names is there), then the manifest. Written beside and renamed:
    /// a half-written archive never has the final name. Answers the rows and files.
    pub(crate) async fn write_archive(
        &self,
        path: &Path,
    ) -> Result<(String, u64, u64), StoreError> {
        let data_dir = self.archive_data_dir()?.to_path_buf();
        let partial = path.with_extension("partial");
        let database_copy = path.with_extension("db.partial");
        let (kind, rows) = match self.backend() {
            DbBackend::Sqlite => {
                let _ = std::fs::remove_file(&database_copy);
                let target = database_copy.display().to_string().replace('\'', "''");
                sea_orm::ConnectionTrait::execute_unprepared(
                    self.db(),
                    &format!("VACUUM INTO '{target}'"),
                )
                .await?;
                ("sqlite", self.row_count().await?)
            }
            _ => {
                let (document, rows) = self.export_json().await?;
                let text = serde_json::to_vec(&document)
                    .map_err(|e| StoreError::Unavailable(format!("cannot encode: {e}")))?;
                crate::files::write_private(&database_copy, &text)
                    .map_err(|e| io("write", &database_copy, e))?;
                ("json", rows)
            }
        };
        let files = self.stored_paths(&data_dir).await?;
        let result = (|| -> Result<u64, StoreError> {
            let out = std::fs::File::create(&partial).map_err(|e| io("create", &partial, e))?;
            crate::files::make_private(&partial).map_err(|e| io("restrict", &partial, e))?;
            let mut zip = zip::ZipWriter::new(std::io::BufWriter::new(out));
            let stored = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Stored)
                .large_file(true);
            let deflated = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated)
                .large_file(true);
            let mut entries = Vec::new();
            let mut add = |zip: &mut zip::ZipWriter<_>,
                           name: &str,
                           source: &Path,
                           options: zip::write::SimpleFileOptions|
             -> Result<(), StoreError> {
                let mut file = std::fs::File::open(source).map_err(|e| io("read", source, e))?;
                zip.start_file(name, options)
                    .map_err(|e| io("write", &partial, e))?;
                let (sha256, size) =
                    copy_hashed(&mut file, zip).map_err(|e| io("copy", source, e))?;
                entries.push(Entry {
                    name: name.to_string(),
                    sha256,
                    size,
                });
                Ok(())
            };
            let db_entry = if kind == "sqlite" {
                SQLITE_ENTRY
            } else {
                JSON_ENTRY
            };
            add(&mut zip, db_entry, &database_copy, deflated)?;
            for (name, source) in &files {
                add(&mut zip, name, source, stored)?;
            }
            let n = entries.len() as u64 - 1;
            let manifest = Manifest {
                format: ARCHIVE_FORMAT.into(),
                version: 2,
                database: kind.into(),
                entries,
            };
            zip.start_file(MANIFEST, deflated)
                .map_err(|e| io("write", &partial, e))?;
            let text = serde_json::to_vec_pretty(&manifest)
                .map_err(|e| StoreError::Unavailable(format!("cannot encode: {e}")))?;
            zip.write_all(&text).map_err(|e| io("write", &partial, e))?;
            let mut writer = zip.finish().map_err(|e| io("finish", &partial, e))?;
            writer.flush().map_err(|e| io("write", &partial, e))?;
            writer
                .into_inner()
                .map_err(|e| io("write", &partial, e.error()))?
                .sync_all()
                .map_err(|e| io("sync", &partial, e))?;
            Ok(n)
        })();
        let _ = std::fs::remove_file(&database_copy);
        match result {
            Ok(n) => {
                std::fs::rename(&partial, path).map_err(|e| io("rename", path, e))?;
                Ok((kind.to_string(), rows, n))
            }
            Err(e) => {
                let _ = std::fs::remove_file(&partial);
                Err(e)
            }
        }
    }

    /// Restores an archive into this (empty) store and its data directory. Everything is
    /// verified first; nothing is written when any entry is damaged, missing or unexpected.
    /// Answers (database kind, rows, files).
    pub(crate) async fn restore_archive(
        &self,
        path: &Path,
    ) -> Result<(String, u64, u64), StoreError> {
        let data_dir = self.archive_data_dir()?.to_path_buf();
        let file = std::fs::File::open(path).map_err(|e| io("open", path, e))?;
        let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file)).map_err(|e| {
            StoreError::refuse(Problem::new(
                Message::new("refuse-archive-unreadable")
                    .code("path", &path.display().to_string())
                    .text("why", e.to_string()),
                format!("{} is not a readable archive: {e}", path.display()),
            ))
        })?;
        let manifest = read_manifest(&mut zip)?;
        // Pass 1: every entry matches the manifest, and nothing else is in the archive.
        let names: std::collections::BTreeSet<String> = zip
            .file_names()
            .map(|n| n.map(|n| n.into_owned()))
            .collect::<Result<_, _>>()
            .map_err(|e| {
                refused_because(
                    "refuse-archive-names",
                    e.to_string(),
                    format!("the archive's names cannot be read: {e}"),
                )
            })?;
        let listed: std::collections::BTreeSet<String> = manifest
            .entries
            .iter()
            .map(|e| e.name.clone())
            .chain([MANIFEST.to_string()])
            .collect();
        if names != listed {
            return Err(StoreError::refuse(said(
                "refuse-archive-entries-differ",
                "the archive's entries differ from its manifest; it was refused whole",
            )));
        }
        let db_entry = match manifest.database.as_str() {
            "sqlite" => SQLITE_ENTRY,
            "json" => JSON_ENTRY,
            other => {
                return Err(StoreError::refuse(Problem::new(
                    Message::new("refuse-archive-database-kind").code("value", other),
                    format!("unknown database kind \"{other}\""),
                )));
            }
        };
        for e in &manifest.entries {
            if e.name != db_entry && target_of(&data_dir, &e.name).is_none() {
                return Err(entry_refused(
                    "refuse-archive-entry-unexpected",
                    &e.name,
                    None,
                    format!("unexpected entry \"{}\"", e.name),
                ));
            }
            let (sha256, size) = hash_entry(&mut zip, &e.name, &mut std::io::sink())?;
            let own = e.name.rsplit('/').next().unwrap_or_default();
            if sha256 != e.sha256 || size != e.size || (e.name != db_entry && own != sha256) {
                return Err(entry_refused(
                    "refuse-archive-entry-mismatch",
                    &e.name,
                    None,
                    format!(
                        "\"{}\" is damaged (its hash or size differs from the manifest); the archive was refused whole",
                        e.name
                    ),
                ));
            }
        }
        // Pass 2: the files (content-addressed: an existing one is the same bytes), then the
        // database in one transaction.
        let mut files = 0u64;
        for e in &manifest.entries {
            let Some(target) = target_of(&data_dir, &e.name) else {
                continue;
            };
            files += 1;
            if target.exists() {
                continue;
            }
            let dir = target
                .parent()
                .ok_or_else(|| StoreError::Unavailable("no directory for a file".into()))?;
            crate::files::private_dir(dir).map_err(|e| io("create", dir, e))?;
            let partial = target.with_extension("restoring");
            let mut out = std::fs::File::create(&partial).map_err(|e| io("create", &partial, e))?;
            crate::files::make_private(&partial).map_err(|e| io("restrict", &partial, e))?;
            let (sha256, _) = hash_entry(&mut zip, &e.name, &mut out)?;
            out.sync_all().map_err(|e| io("sync", &partial, e))?;
            if sha256 != e.sha256 {
                let _ = std::fs::remove_file(&partial);
                return Err(entry_refused(
                    "refuse-archive-entry-changed",
                    &e.name,
                    None,
                    format!("\"{}\" changed while restoring", e.name),
                ));
            }
            std::fs::rename(&partial, &target).map_err(|e| io("rename", &target, e))?;
        }
        let scratch = data_dir.join(format!(
            ".restore-{}",
            &crate::accounts::random_token()[..12]
        ));
        let mut out = std::fs::File::create(&scratch).map_err(|e| io("create", &scratch, e))?;
        crate::files::make_private(&scratch).map_err(|e| io("restrict", &scratch, e))?;
        hash_entry(&mut zip, db_entry, &mut out)?;
        drop(out);
        let outcome = self.restore_database_file(&scratch).await;
        let _ = std::fs::remove_file(&scratch);
        let (kind, rows) = outcome?;
        Ok((kind, rows, files))
    }
}

fn read_manifest<R: Read + Seek>(zip: &mut zip::ZipArchive<R>) -> Result<Manifest, StoreError> {
    let mut text = Vec::new();
    zip.by_name(MANIFEST)
        .map_err(|_| {
            StoreError::refuse(said(
                "refuse-archive-no-manifest",
                "the archive has no manifest; it was refused whole",
            ))
        })?
        .take(64 * 1024 * 1024)
        .read_to_end(&mut text)
        .map_err(|e| {
            refused_because(
                "refuse-archive-manifest-unreadable",
                e.to_string(),
                format!("the manifest cannot be read: {e}"),
            )
        })?;
    let manifest: Manifest = serde_json::from_slice(&text).map_err(|e| {
        refused_because(
            "refuse-archive-manifest-damaged",
            e.to_string(),
            format!("the manifest is damaged: {e}"),
        )
    })?;
    if manifest.format != ARCHIVE_FORMAT {
        return Err(StoreError::refuse(said(
            "refuse-archive-manifest-format",
            "the manifest is not a TreatyDesk archive's",
        )));
    }
    Ok(manifest)
}

/// Reads one entry through `out`, answering its SHA-256 and size; a CRC error, a truncation
/// or an entry larger than the limit is a refusal.
fn hash_entry<R: Read + Seek>(
    zip: &mut zip::ZipArchive<R>,
    name: &str,
    out: &mut impl Write,
) -> Result<(String, u64), StoreError> {
    let entry = zip.by_name(name).map_err(|e| {
        entry_refused(
            "refuse-archive-entry-unreadable",
            name,
            Some(e.to_string()),
            format!("\"{name}\" cannot be read: {e}"),
        )
    })?;
    let mut limited = entry.take(MAX_ENTRY);
    copy_hashed(&mut limited, out).map_err(|e| {
        entry_refused(
            "refuse-archive-entry-damaged",
            name,
            Some(e.to_string()),
            format!("\"{name}\" is damaged ({e}); the archive was refused whole"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn d3_entry_names_map_only_to_content_addressed_paths() {
        let dir = Path::new("/data");
        let h = "a".repeat(64);
        assert_eq!(
            target_of(dir, &format!("files/{h}")),
            Some(dir.join("files/aa/aa").join(&h))
        );
        assert!(target_of(dir, &format!("credentials/{h}")).is_some());
        for bad in [
            "files/../../etc/passwd",
            "files/ABC",
            "other/x",
            "database.sqlite",
        ] {
            assert_eq!(target_of(dir, bad), None, "{bad}");
        }
    }
}
