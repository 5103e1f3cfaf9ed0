//! The one place through which every write goes. [`Write`] wraps a transaction; committing it
//! records the audit entry (who, when, what, why) in the same transaction, so a change without
//! its audit entry cannot be stored. Dropping a `Write` without committing rolls everything back.
//! Once committed, it bumps the generation counters of the areas its action touches (see
//! [`crate::generation`]) and, on PostgreSQL, tells the other processes in the same transaction
//! (`NOTIFY`, delivered only on commit).

use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};

use crate::entities::audit_entry;
use crate::generation::{Areas, Generations};
use crate::{Store, StoreError};

/// What a reader of the audit log narrows it to (every field optional).
#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    /// A username exactly, or empty.
    pub who: String,
    /// An action (`registration.approve`) or its area (`registration`), or empty.
    pub what: String,
    pub from: Option<time::Date>,
    pub to: Option<time::Date>,
    /// Entries older than this id (the next page).
    pub before: Option<i32>,
}

/// Who acts and why, given by the caller before anything is written.
#[derive(Clone, Debug)]
pub struct Author {
    pub user_id: Option<i32>,
    /// A username, or `cli` / `system`.
    pub who: String,
    pub reason: String,
}

impl Author {
    pub fn cli(reason: impl Into<String>) -> Self {
        Self {
            user_id: None,
            who: "cli".into(),
            reason: reason.into(),
        }
    }

    pub fn system(reason: impl Into<String>) -> Self {
        Self {
            user_id: None,
            who: "system".into(),
            reason: reason.into(),
        }
    }
}

/// An open write: a transaction plus what the audit entry will say.
pub struct Write {
    txn: DatabaseTransaction,
    author: Author,
    convention_id: Option<i32>,
    action: String,
    record: String,
    detail: serde_json::Value,
    generations: Generations,
    /// PostgreSQL: the channel and this process's nonce for the commit's `NOTIFY`.
    notify: Option<std::sync::Arc<(String, u64)>>,
    sqlite: bool,
    /// Inside a [`Batch`]: committing releases a savepoint; the batch's own commit makes it
    /// durable and bumps the generations.
    batched: bool,
}

/// Several writes in one transaction (the registration writer's, see `registration_writer`):
/// each is a [`Write`] of its own inside a savepoint, kept or rolled back alone; committing the
/// batch makes those kept durable at once and only then bumps the generations of their areas,
/// so no reader refills a cache before the rows are there.
pub struct Batch {
    txn: DatabaseTransaction,
    areas: Areas,
    store: Store,
}

impl Batch {
    /// Begins a write inside the batch (a savepoint).
    pub async fn write(
        &mut self,
        author: &Author,
        action: &str,
        record: impl Into<String>,
    ) -> Result<Write, StoreError> {
        self.areas = self.areas.with(Areas::of_action(action));
        let mut write = self
            .store
            .write_on(self.txn.begin().await?, author, action, record);
        write.batched = true;
        Ok(write)
    }

    /// Commits every write kept in the batch, then bumps their areas' generations.
    pub async fn commit(self) -> Result<(), StoreError> {
        self.txn.commit().await?;
        self.store.generations.bump(self.areas);
        Ok(())
    }
}

impl Store {
    /// Begins a write by `author`: `action` is a dotted verb (`participation.import`), `record`
    /// names what it touches.
    pub async fn write(
        &self,
        author: &Author,
        action: &str,
        record: impl Into<String>,
    ) -> Result<Write, StoreError> {
        Ok(self.write_on(self.db().begin().await?, author, action, record))
    }

    /// A write through `txn` (a transaction, or a batch's savepoint).
    fn write_on(
        &self,
        txn: DatabaseTransaction,
        author: &Author,
        action: &str,
        record: impl Into<String>,
    ) -> Write {
        Write {
            txn,
            author: author.clone(),
            convention_id: None,
            action: action.to_string(),
            record: record.into(),
            detail: serde_json::Value::Null,
            generations: self.generations.clone(),
            notify: self.notify.clone(),
            sqlite: self.backend() == sea_orm::DbBackend::Sqlite,
            batched: false,
        }
    }

    /// Begins a [`Batch`] of writes in one transaction.
    pub async fn batch(&self) -> Result<Batch, StoreError> {
        Ok(Batch {
            txn: self.db().begin().await?,
            areas: Areas::default(),
            store: self.clone(),
        })
    }

    /// The id of the newest audit entry (0 when none): it changes with every write. One query:
    /// no read path asks it (caches use [`Store::generations`]).
    pub async fn audit_mark(&self) -> Result<i32, StoreError> {
        Ok(audit_entry::Entity::find()
            .select_only()
            .column(audit_entry::Column::Id)
            .order_by_desc(audit_entry::Column::Id)
            .limit(1)
            .into_tuple::<i32>()
            .one(self.db())
            .await?
            .unwrap_or(0))
    }

    /// The id of the newest audit entry whose action touches one of `areas` (0 when none): what
    /// a derived copy (the search index on disk) was built from. Reads the actions once, from
    /// the newest back; meant for start-up, not for a request.
    pub async fn audit_mark_of(&self, areas: crate::generation::Areas) -> Result<i32, StoreError> {
        let mut before = i32::MAX;
        loop {
            let page: Vec<(i32, String)> = audit_entry::Entity::find()
                .select_only()
                .column(audit_entry::Column::Id)
                .column(audit_entry::Column::Action)
                .filter(audit_entry::Column::Id.lt(before))
                .order_by_desc(audit_entry::Column::Id)
                .limit(5000)
                .into_tuple()
                .all(self.db())
                .await?;
            let Some(last) = page.last() else {
                return Ok(0);
            };
            before = last.0;
            if let Some((id, _)) = page.iter().find(|(_, action)| {
                let touched = Areas::of_action(action);
                touched.bits() & areas.bits() != 0
            }) {
                return Ok(*id);
            }
        }
    }

    /// One page of a convention's audit log, newest first, filtered by who acted, what was
    /// done (an action or the start of one: `registration` matches `registration.approve`),
    /// and when (days from and to, inclusive, UTC); `before` is the id the previous page ended
    /// at. Returns up to `limit` entries and whether more follow.
    pub async fn audit_page(
        &self,
        convention_id: i32,
        filter: &AuditFilter,
        limit: u64,
    ) -> Result<(Vec<audit_entry::Model>, bool), StoreError> {
        let mut query = audit_entry::Entity::find()
            .filter(audit_entry::Column::ConventionId.eq(convention_id))
            .order_by_desc(audit_entry::Column::Id)
            .limit(limit + 1);
        if let Some(before) = filter.before {
            query = query.filter(audit_entry::Column::Id.lt(before));
        }
        let who = filter.who.trim();
        if !who.is_empty() {
            query = query.filter(audit_entry::Column::Who.eq(who));
        }
        let what = filter.what.trim();
        if !what.is_empty() {
            query = query.filter(
                sea_orm::Condition::any()
                    .add(audit_entry::Column::Action.eq(what))
                    .add(audit_entry::Column::Action.starts_with(format!("{what}."))),
            );
        }
        if let Some(from) = filter.from {
            query = query.filter(audit_entry::Column::At.gte(from.midnight().assume_utc()));
        }
        if let Some(to) = filter.to
            && let Some(next) = to.next_day()
        {
            query = query.filter(audit_entry::Column::At.lt(next.midnight().assume_utc()));
        }
        let mut rows = query.all(self.db()).await?;
        let more = rows.len() as u64 > limit;
        rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        Ok((rows, more))
    }

    /// Who has acted in a convention's audit log, for the page's filter.
    pub async fn audit_authors(&self, convention_id: i32) -> Result<Vec<String>, StoreError> {
        Ok(audit_entry::Entity::find()
            .select_only()
            .column(audit_entry::Column::Who)
            .filter(audit_entry::Column::ConventionId.eq(convention_id))
            .distinct()
            .order_by_asc(audit_entry::Column::Who)
            .into_tuple::<String>()
            .all(self.db())
            .await?)
    }

    /// The audit log, newest first, optionally for one convention.
    pub async fn audit_log(
        &self,
        convention_id: Option<i32>,
        limit: u64,
    ) -> Result<Vec<audit_entry::Model>, StoreError> {
        let mut query = audit_entry::Entity::find()
            .order_by_desc(audit_entry::Column::Id)
            .limit(limit);
        if let Some(id) = convention_id {
            query = query.filter(audit_entry::Column::ConventionId.eq(id));
        }
        Ok(query.all(self.db()).await?)
    }
}

impl Write {
    /// The transaction to write through.
    pub fn txn(&self) -> &DatabaseTransaction {
        &self.txn
    }

    pub fn convention(&mut self, convention_id: i32) -> &mut Self {
        self.convention_id = Some(convention_id);
        self
    }

    pub fn detail(&mut self, detail: serde_json::Value) -> &mut Self {
        self.detail = detail;
        self
    }

    /// Records the audit entry, commits, and bumps the generations of the areas the action
    /// touches.
    pub async fn commit(self) -> Result<(), StoreError> {
        use sea_orm::ConnectionTrait;
        let areas = Areas::of_action(&self.action);
        // One statement: the id is all the commit needs (no read back of the row).
        let entry = audit_entry::ActiveModel {
            at: Set(crate::now()),
            user_id: Set(self.author.user_id),
            who: Set(self.author.who.clone()),
            convention_id: Set(self.convention_id),
            action: Set(self.action.clone()),
            record: Set(self.record.clone()),
            reason: Set(self.author.reason.clone()),
            detail: Set(self.detail.to_string()),
            ..Default::default()
        };
        let entry_id = audit_entry::Entity::insert(entry)
            .exec(&self.txn)
            .await?
            .last_insert_id;
        if let Some(notify) = &self.notify {
            let (channel, nonce) = notify.as_ref();
            self.txn
                .execute_raw(sea_orm::Statement::from_sql_and_values(
                    sea_orm::DbBackend::Postgres,
                    "SELECT pg_notify($1, $2)",
                    [
                        channel.clone().into(),
                        format!("{nonce} {}", areas.bits()).into(),
                    ],
                ))
                .await?;
        }
        if self.sqlite && self.generations.is_watching() {
            self.generations.mark_own(entry_id);
        }
        self.txn.commit().await?;
        if !self.batched {
            self.generations.bump(areas);
        }
        Ok(())
    }
}
