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
        Ok(Write {
            txn: self.db().begin().await?,
            author: author.clone(),
            convention_id: None,
            action: action.to_string(),
            record: record.into(),
            detail: serde_json::Value::Null,
            generations: self.generations.clone(),
            notify: self.notify.clone(),
            sqlite: self.backend() == sea_orm::DbBackend::Sqlite,
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
        self.generations.bump(areas);
        Ok(())
    }
}
