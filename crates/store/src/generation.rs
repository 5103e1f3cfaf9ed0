//! Generation counters per area of the record (participation, offices, meetings, documents,
//! registrations, programme, accounts...): the cheap answer to "has anything I cached changed?"
//! without asking the database on every read.
//!
//! Every write goes through [`crate::audit::Write::commit`], which bumps the counters of the
//! areas its action touches once the transaction has committed. A cache keeps the
//! [`Generations::stamp`] of the areas it depends on, read *before* it reads the data; an entry
//! whose stamp still equals the current one is current. A registration bumps only
//! `Registrations`, so the Committee, the States list and the public pages stay cached.
//!
//! Writes made by another process (the CLI, another `serve` on the same PostgreSQL) are seen by
//! a background task started with the store, not by a query per request:
//! - SQLite: a dedicated connection polls `PRAGMA data_version` every [`POLL`]; when it changes,
//!   the audit entries written since the last poll name the areas to bump (SQLite has one writer
//!   at a time, so audit ids become visible in order).
//! - PostgreSQL: each commit sends `NOTIFY` with the areas it touched (delivered only if the
//!   transaction commits); each store `LISTEN`s on the channel of its schema. When the listening
//!   connection is lost, every area is bumped (notifications may have been missed).
//!
//! This module must never read records or decide access: it only counts.

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use sea_orm::DatabaseConnection;

/// How often the SQLite poller asks `PRAGMA data_version`.
pub const POLL: Duration = Duration::from_millis(100);

/// An area of the record whose writes share a counter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Area {
    /// Conventions, actors, architecture versions (the registry and presets).
    Registry = 0,
    /// Participation and profiles of States.
    Participation = 1,
    /// Appointments, nominations, overrides and handover notes.
    Offices = 2,
    /// Meetings: dates, status, agenda, attendance, minutes, registration settings.
    Meetings = 3,
    /// Decisions of meetings.
    Decisions = 4,
    /// Documents, their language versions, follow-up actions.
    Documents = 5,
    /// The programme of work: sessions and speakers.
    Programme = 6,
    /// Registrations of participants.
    Registrations = 7,
    /// Users, grants and sessions.
    Accounts = 8,
    /// Imported calendars of other conventions.
    Calendar = 9,
    /// The ISU's services: requests for advice, organizations' roles, contacts and contact log;
    /// and the ISU itself: its periods, staff, work plans, contributions and spending.
    Services = 10,
}

const AREAS: usize = 11;

/// A set of areas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Areas(u32);

impl Areas {
    pub const NONE: Areas = Areas(0);
    pub const ALL: Areas = Areas((1 << AREAS) - 1);

    pub const fn of(list: &[Area]) -> Areas {
        let mut bits = 0;
        let mut i = 0;
        while i < list.len() {
            bits |= 1 << list[i] as u8;
            i += 1;
        }
        Areas(bits)
    }

    pub const fn with(self, other: Areas) -> Areas {
        Areas(self.0 | other.0)
    }

    pub const fn without(self, other: Areas) -> Areas {
        Areas(self.0 & !other.0)
    }

    pub fn contains(self, area: Area) -> bool {
        self.0 & (1 << area as u8) != 0
    }

    pub fn bits(self) -> u32 {
        self.0
    }

    pub fn from_bits(bits: u32) -> Areas {
        Areas(bits & Areas::ALL.0)
    }

    /// The areas an audited action (`registration.add`, `meeting.update`...) changes. An
    /// action this table does not know changes every area (the safe answer).
    pub fn of_action(action: &str) -> Areas {
        use Area::*;
        let prefix = action.split('.').next().unwrap_or(action);
        match (prefix, action) {
            (_, "registration.settings") => Areas::of(&[Meetings, Registrations]),
            ("registry" | "convention" | "architecture", _) => Areas::of(&[Registry]),
            ("participation" | "profile", _) => Areas::of(&[Participation]),
            ("appointment" | "nomination", _) => Areas::of(&[Offices]),
            ("meeting", _) => Areas::of(&[Meetings]),
            ("decision", _) => Areas::of(&[Decisions]),
            ("document" | "action", _) => Areas::of(&[Documents]),
            ("programme", _) => Areas::of(&[Programme]),
            // A statement shows on the programme and is found by search like a document.
            ("statement", _) => Areas::of(&[Programme, Documents]),
            ("registration", _) => Areas::of(&[Registrations]),
            ("session" | "user", _) => Areas::of(&[Accounts]),
            // Messages are personal: no cached page shows them.
            ("message", _) => Areas::of(&[Accounts]),
            ("calendar", _) => Areas::of(&[Calendar]),
            // Never indexed for search: a request for advice is confidential.
            ("advice" | "liaison" | "isu", _) => Areas::of(&[Services]),
            // Universalization entries show on public pages and are found by search.
            ("outreach", _) => Areas::of(&[Participation, Documents]),
            _ => Areas::ALL,
        }
    }

    fn iter(self) -> impl Iterator<Item = usize> {
        (0..AREAS).filter(move |i| self.0 & (1 << i) != 0)
    }
}

/// The counters of one store (shared by its clones).
#[derive(Debug, Default)]
pub struct Counters {
    counts: [AtomicU64; AREAS],
    /// Bumped only for writes seen from another process (the search index follows these).
    external: [AtomicU64; AREAS],
    /// Audit ids this process wrote and the SQLite poller has not seen yet.
    own: Mutex<HashSet<i32>>,
    /// Whether a poller or listener follows other processes' writes.
    pub(crate) watching: std::sync::atomic::AtomicBool,
    /// Whether the SQLite poller has had its first look (and counted what came before as
    /// changed).
    looked: std::sync::atomic::AtomicBool,
}

/// A handle on a store's counters.
#[derive(Clone, Debug, Default)]
pub struct Generations(pub(crate) Arc<Counters>);

impl Generations {
    /// The sum of the counters of `areas`: it changes whenever any of them is bumped.
    pub fn stamp(&self, areas: Areas) -> u64 {
        areas
            .iter()
            .map(|i| self.0.counts[i].load(Ordering::Acquire))
            .sum()
    }

    /// Like [`Generations::stamp`], counting only writes seen from another process.
    pub fn external_stamp(&self, areas: Areas) -> u64 {
        areas
            .iter()
            .map(|i| self.0.external[i].load(Ordering::Acquire))
            .sum()
    }

    /// Bumps the counters of `areas` (a write of this process has committed).
    pub fn bump(&self, areas: Areas) {
        for i in areas.iter() {
            self.0.counts[i].fetch_add(1, Ordering::AcqRel);
        }
    }

    /// Bumps the counters of `areas` for a write seen from another process.
    pub fn bump_external(&self, areas: Areas) {
        for i in areas.iter() {
            self.0.external[i].fetch_add(1, Ordering::AcqRel);
            self.0.counts[i].fetch_add(1, Ordering::AcqRel);
        }
    }

    /// Is a background task following other processes' writes?
    pub fn is_watching(&self) -> bool {
        self.0.watching.load(Ordering::Acquire)
    }

    /// Has the SQLite poller had its first look at the audit log? Until then the first look is
    /// still to count every area as changed (a test waits for it before filling caches).
    pub fn has_looked(&self) -> bool {
        self.0.looked.load(Ordering::Acquire)
    }

    pub(crate) fn mark_own(&self, audit_id: i32) {
        if let Ok(mut own) = self.0.own.lock() {
            own.insert(audit_id);
        }
    }

    fn forget_own_upto(&self, max: i32) {
        if let Ok(mut own) = self.0.own.lock() {
            own.retain(|id| *id > max);
        }
    }

    /// Was `audit_id` written by this process? (forgets it: the poller sees each id once)
    fn take_own(&self, audit_id: i32) -> bool {
        self.0
            .own
            .lock()
            .map(|mut own| own.remove(&audit_id))
            .unwrap_or(false)
    }
}

/// The PostgreSQL channel of a schema's notifications.
pub fn channel(schema: Option<&str>) -> String {
    let tail: String = schema
        .unwrap_or("public")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .take(40)
        .collect();
    format!("treatydesk_changes_{}", tail.to_ascii_lowercase())
}

/// Starts following other processes' writes; the task ends when the store is dropped.
pub(crate) fn watch(db: &DatabaseConnection, generations: &Generations, channel: &str, nonce: u64) {
    let weak = Arc::downgrade(&generations.0);
    match db.get_database_backend() {
        sea_orm::DbBackend::Sqlite => {
            let pool = db.get_sqlite_connection_pool().clone();
            generations.0.watching.store(true, Ordering::Release);
            tokio::spawn(poll_sqlite(pool, weak));
        }
        sea_orm::DbBackend::Postgres => {
            let pool = db.get_postgres_connection_pool().clone();
            generations.0.watching.store(true, Ordering::Release);
            tokio::spawn(listen_postgres(pool, weak, channel.to_string(), nonce));
        }
        _ => {}
    }
}

async fn poll_sqlite(pool: sea_orm::sqlx::SqlitePool, weak: Weak<Counters>) {
    use sea_orm::sqlx::{Connection, SqliteConnection};
    let opts = pool.connect_options();
    let mut conn: Option<SqliteConnection> = None;
    let mut version: Option<i64> = None;
    let mut last_id: Option<i32> = None;
    loop {
        tokio::time::sleep(POLL).await;
        let Some(counters) = weak.upgrade() else {
            return;
        };
        let generations = Generations(counters);
        if conn.is_none() {
            conn = SqliteConnection::connect_with(opts.as_ref()).await.ok();
        }
        let Some(c) = conn.as_mut() else {
            continue;
        };
        let now: Result<i64, _> = sea_orm::sqlx::query_scalar("PRAGMA data_version")
            .fetch_one(&mut *c)
            .await;
        let Ok(now) = now else {
            conn = None;
            generations.bump_external(Areas::ALL);
            continue;
        };
        if version == Some(now) && last_id.is_some() {
            continue;
        }
        version = Some(now);
        let since = last_id.unwrap_or(i32::MAX);
        let rows: Result<Vec<(i32, String)>, _> = if last_id.is_none() {
            sea_orm::sqlx::query_as("SELECT COALESCE(MAX(id), 0), '' FROM audit_entries")
                .fetch_all(&mut *c)
                .await
        } else {
            sea_orm::sqlx::query_as(
                "SELECT id, action FROM audit_entries WHERE id > ?1 ORDER BY id LIMIT 10000",
            )
            .bind(since)
            .fetch_all(&mut *c)
            .await
        };
        let Ok(rows) = rows else {
            // A database without the audit table yet (migrations running): try again.
            version = None;
            continue;
        };
        if last_id.is_none() {
            last_id = rows.first().map(|r| r.0);
            if let Some(max) = last_id {
                generations.forget_own_upto(max);
            }
            // Whatever happened before the first look counts as changed (as on PostgreSQL
            // when listening begins): a write from another process may have come first.
            generations.bump_external(Areas::ALL);
            generations.0.looked.store(true, Ordering::Release);
            continue;
        }
        let mut external = Areas::NONE;
        for (id, action) in &rows {
            last_id = Some(last_id.map_or(*id, |l| l.max(*id)));
            if !generations.take_own(*id) {
                external = external.with(Areas::of_action(action));
            }
        }
        if rows.len() == 10000 {
            // Far behind: count everything as changed and read on from the newest id.
            version = None;
            external = Areas::ALL;
        }
        if external != Areas::NONE {
            generations.bump_external(external);
        }
    }
}

async fn listen_postgres(
    pool: sea_orm::sqlx::PgPool,
    weak: Weak<Counters>,
    channel: String,
    nonce: u64,
) {
    use sea_orm::sqlx::postgres::PgListener;
    let mut listener: Option<PgListener> = None;
    loop {
        let Some(counters) = weak.upgrade() else {
            return;
        };
        let generations = Generations(counters);
        if listener.is_none() {
            match PgListener::connect_with(&pool).await {
                Ok(mut l) => {
                    if l.listen(&channel).await.is_ok() {
                        // Whatever happened while nobody listened counts as changed.
                        generations.bump_external(Areas::ALL);
                        listener = Some(l);
                    }
                }
                Err(e) => tracing::warn!(error = %e, "cannot listen for other processes' writes"),
            }
        }
        drop(generations);
        let Some(l) = listener.as_mut() else {
            tokio::time::sleep(Duration::from_secs(1)).await;
            continue;
        };
        // Wake up now and then to notice that the store was dropped.
        match tokio::time::timeout(Duration::from_secs(1), l.try_recv()).await {
            Err(_) => {}
            Ok(Ok(Some(n))) => {
                let Some(counters) = weak.upgrade() else {
                    return;
                };
                let generations = Generations(counters);
                match n.payload().split_once(' ') {
                    Some((from, _)) if from == nonce.to_string() => {}
                    Some((_, bits)) => {
                        generations.bump_external(bits.parse().map_or(Areas::ALL, Areas::from_bits))
                    }
                    None => generations.bump_external(Areas::ALL),
                }
            }
            Ok(Ok(None)) | Ok(Err(_)) => {
                if let Some(counters) = weak.upgrade() {
                    Generations(counters).bump_external(Areas::ALL);
                }
                listener = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_registration_touches_only_registrations() {
        let areas = Areas::of_action("registration.add");
        assert!(areas.contains(Area::Registrations));
        assert!(!areas.contains(Area::Offices));
        assert!(!areas.contains(Area::Participation));
        assert_eq!(Areas::of_action("something.unknown"), Areas::ALL);
        let advice = Areas::of_action("advice.answer");
        assert!(advice.contains(Area::Services));
        assert!(!advice.contains(Area::Documents), "advice is not indexed");
        assert!(Areas::of_action("registration.settings").contains(Area::Meetings));
    }

    #[test]
    fn a_stamp_changes_only_with_its_areas() {
        let g = Generations::default();
        let offices = Areas::of(&[Area::Offices, Area::Participation]);
        let before = g.stamp(offices);
        g.bump(Areas::of(&[Area::Registrations]));
        assert_eq!(g.stamp(offices), before);
        g.bump(Areas::of(&[Area::Participation]));
        assert_ne!(g.stamp(offices), before);
        let ext = g.external_stamp(Areas::ALL);
        g.bump_external(Areas::of(&[Area::Documents]));
        assert_ne!(g.external_stamp(Areas::ALL), ext);
    }
}
