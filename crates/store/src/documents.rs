//! The records of P4.4: documents with official symbols (checked by the grammar), their language
//! versions (files kept content-addressed by `FileStore`), the decisions register's links
//! (agenda item, adopted documents, superseded decision) and follow-up actions.
//!
//! Nothing is overwritten: a revision or corrigendum is a new document pointing at what it
//! revises, and a language version, once added, stays. Every write is audited. This module never
//! decides who may read a document; it stores the access level and the web checks it.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use time::Date;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::document::{ActionStatus, DocumentKind, OwnerKind, is_un_language};
use treatydesk_domain::symbol::Symbol;

use crate::audit::Author;
use crate::entities::{action, convention, document, language_version, stored_file};
use crate::error::{Problem, said};
use crate::files::FileStore;
use crate::{Store, StoreError};
use treatydesk_domain::finding::Message;

/// A new document, as a form gives it.
#[derive(Clone, Debug)]
pub struct NewDocument {
    pub symbol: String,
    pub title: String,
    pub kind: DocumentKind,
    pub meeting_id: Option<i32>,
    pub agenda_item_id: Option<i32>,
    pub submitter: String,
    pub issued_on: Date,
    pub access: AccessLevel,
    /// Where the record comes from (and, for demo data, that it is demo).
    pub source: String,
}

/// Which documents a list shows (each field narrows it; none: all).
#[derive(Clone, Debug, Default)]
pub struct DocumentFilter {
    pub id: Option<i32>,
    pub meeting_id: Option<i32>,
    /// A kind's slug.
    pub kind: Option<String>,
}

/// A new follow-up action.
#[derive(Clone, Debug)]
pub struct NewAction {
    pub decision_id: Option<i32>,
    pub meeting_id: Option<i32>,
    pub title: String,
    pub owner_kind: OwnerKind,
    pub owner: String,
    pub due_on: Option<Date>,
    pub access: AccessLevel,
}

impl Store {
    /// Records a document. Its symbol must read under the grammar and be new; a symbol with
    /// `/Rev.`, `/Amend.`, `/Corr.` or `/Add.` must revise a document on record, which it points
    /// at.
    pub async fn add_document(
        &self,
        author: &Author,
        convention: &convention::Model,
        new: NewDocument,
    ) -> Result<document::Model, StoreError> {
        let mut problems = Vec::new();
        let symbol = match Symbol::parse(&new.symbol) {
            Ok(s) => Some(s),
            Err(why) => {
                problems.push(why);
                None
            }
        };
        let title = new.title.trim();
        if title.is_empty() || title.chars().count() > 500 {
            problems.push(said(
                "refuse-document-title",
                "a title of 1 to 500 characters is needed",
            ));
        }
        if new.submitter.trim().chars().count() > 200 {
            problems.push(said(
                "refuse-document-submitter",
                "the submitter is at most 200 characters",
            ));
        }
        let symbol = match (symbol, problems.is_empty()) {
            (Some(s), true) => s,
            _ => return Err(StoreError::Invalid(problems)),
        };
        let written = symbol.to_string();
        if self
            .document_by_symbol(convention, &written)
            .await?
            .is_some()
        {
            return Err(StoreError::conflict(Problem::new(
                Message::new("conflict-document-exists").code("symbol", &written),
                format!("{written} is already on record"),
            )));
        }
        let revises = if symbol.modifiers.is_empty() {
            None
        } else {
            // The document revised: the same symbol without its last modifier.
            let mut earlier = symbol.clone();
            earlier.modifiers.pop();
            let earlier = earlier.to_string();
            let found = self
                .document_by_symbol(convention, &earlier)
                .await?
                .ok_or_else(|| {
                    StoreError::refuse(Problem::new(
                        Message::new("refuse-document-revises-unknown")
                            .code("symbol", &written)
                            .code("earlier", &earlier),
                        format!(
                            "{written} revises or corrects {earlier}, which is not on record; record it first"
                        ),
                    ))
                })?;
            Some(found.id)
        };
        let mut write = self
            .write(author, "document.add", format!("document {written}"))
            .await?;
        write.convention(convention.id);
        let stored = document::ActiveModel {
            convention_id: Set(convention.id),
            symbol: Set(written),
            title: Set(title.to_string()),
            kind: Set(new.kind.slug().to_string()),
            meeting_id: Set(new.meeting_id),
            agenda_item_id: Set(new.agenda_item_id),
            submitter: Set(new.submitter.trim().to_string()),
            issued_on: Set(new.issued_on),
            access: Set(new.access.slug().to_string()),
            revises_id: Set(revises),
            source: Set(new.source.trim().to_string()),
            created_at: Set(crate::now()),
            created_by: Set(author.who.clone()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.commit().await?;
        Ok(stored)
    }

    pub async fn document_by_symbol(
        &self,
        convention: &convention::Model,
        symbol: &str,
    ) -> Result<Option<document::Model>, StoreError> {
        Ok(document::Entity::find()
            .filter(document::Column::ConventionId.eq(convention.id))
            .filter(document::Column::Symbol.eq(symbol))
            .one(self.db())
            .await?)
    }

    pub async fn document(
        &self,
        convention: &convention::Model,
        id: i32,
    ) -> Result<document::Model, StoreError> {
        document::Entity::find_by_id(id)
            .filter(document::Column::ConventionId.eq(convention.id))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("document {id}")))
    }

    /// Every document of a convention, newest first (the caller filters by access).
    pub async fn documents(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<document::Model>, StoreError> {
        Ok(document::Entity::find()
            .filter(document::Column::ConventionId.eq(convention.id))
            .order_by_desc(document::Column::IssuedOn)
            .order_by_asc(document::Column::Symbol)
            .all(self.db())
            .await?)
    }

    /// The `limit` newest documents of a convention at one of `access` levels (by the day
    /// they were issued, then the newest recorded): what a home page lists, without reading
    /// the whole archive.
    pub async fn newest_documents(
        &self,
        convention: &convention::Model,
        access: &[&str],
        limit: u64,
    ) -> Result<Vec<document::Model>, StoreError> {
        Ok(document::Entity::find()
            .filter(document::Column::ConventionId.eq(convention.id))
            .filter(document::Column::Access.is_in(access.iter().copied()))
            .order_by_desc(document::Column::IssuedOn)
            .order_by_desc(document::Column::Id)
            .limit(limit)
            .all(self.db())
            .await?)
    }

    /// The convention's documents at one of `access` levels that `filter` selects, in the
    /// list's order (newest issued first, then by symbol), `limit` of them (all: `None`) from
    /// `offset`, with
    /// how many there are in all: a page of the archive, read without the rest of it.
    pub async fn documents_selected(
        &self,
        convention: &convention::Model,
        access: &[&str],
        filter: &DocumentFilter,
        window: Option<(u64, u64)>,
    ) -> Result<(Vec<document::Model>, u64), StoreError> {
        use sea_orm::PaginatorTrait;
        let mut query = document::Entity::find()
            .filter(document::Column::ConventionId.eq(convention.id))
            .filter(document::Column::Access.is_in(access.iter().copied()));
        if let Some(id) = filter.id {
            query = query.filter(document::Column::Id.eq(id));
        }
        if let Some(meeting) = filter.meeting_id {
            query = query.filter(document::Column::MeetingId.eq(meeting));
        }
        if let Some(kind) = &filter.kind {
            query = query.filter(document::Column::Kind.eq(kind.as_str()));
        }
        let total = query.clone().count(self.db()).await?;
        let mut query = query
            .order_by_desc(document::Column::IssuedOn)
            .order_by_asc(document::Column::Symbol);
        if let Some((offset, limit)) = window {
            query = query.offset(offset).limit(limit);
        }
        let page = query.all(self.db()).await?;
        Ok((page, total))
    }

    /// What the documents `ids` link to, at one of `access` levels: the documents they revise
    /// and the documents that revise them (a page's neighbours, for its revision links).
    pub async fn documents_linked(
        &self,
        convention: &convention::Model,
        access: &[&str],
        ids: &[i32],
        revised: &[i32],
    ) -> Result<Vec<document::Model>, StoreError> {
        // In chunks: a list of ids past SQLite's 32,766 bound variables would not be read.
        let mut linked = Vec::new();
        for (column, list) in [
            (document::Column::RevisesId, ids),
            (document::Column::Id, revised),
        ] {
            for chunk in list.chunks(10_000) {
                linked.extend(
                    document::Entity::find()
                        .filter(document::Column::ConventionId.eq(convention.id))
                        .filter(document::Column::Access.is_in(access.iter().copied()))
                        .filter(column.is_in(chunk.iter().copied()))
                        .all(self.db())
                        .await?,
                );
            }
        }
        linked.sort_by_key(|d| d.id);
        linked.dedup_by_key(|d| d.id);
        Ok(linked)
    }

    /// The symbols of the convention's documents that begin with `base` (its revisions and
    /// corrigenda, which a new one must not repeat).
    pub async fn symbols_starting(
        &self,
        convention: &convention::Model,
        base: &str,
    ) -> Result<Vec<String>, StoreError> {
        Ok(document::Entity::find()
            .select_only()
            .column(document::Column::Symbol)
            .filter(document::Column::ConventionId.eq(convention.id))
            .filter(document::Column::Symbol.starts_with(base))
            .into_tuple::<String>()
            .all(self.db())
            .await?)
    }

    /// The language versions of the documents `ids`.
    pub async fn versions_of_documents(
        &self,
        ids: &[i32],
    ) -> Result<Vec<language_version::Model>, StoreError> {
        // In chunks, as `documents_linked`.
        let mut versions = Vec::new();
        for chunk in ids.chunks(10_000) {
            versions.extend(
                language_version::Entity::find()
                    .filter(language_version::Column::DocumentId.is_in(chunk.iter().copied()))
                    .order_by_asc(language_version::Column::Id)
                    .all(self.db())
                    .await?,
            );
        }
        Ok(versions)
    }

    /// Every language version of every document of a convention: one query, whose documents
    /// are a subquery (a list of their ids would pass SQLite's 32,766 bound variables at an
    /// archive of that size, issue 13's 100,000 documents).
    pub async fn language_versions(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<language_version::Model>, StoreError> {
        let of_convention = sea_orm::sea_query::Query::select()
            .column(document::Column::Id)
            .from(document::Entity)
            .and_where(document::Column::ConventionId.eq(convention.id))
            .to_owned();
        Ok(language_version::Entity::find()
            .filter(language_version::Column::DocumentId.in_subquery(of_convention))
            .order_by_asc(language_version::Column::DocumentId)
            .all(self.db())
            .await?)
    }

    pub async fn versions_of(
        &self,
        document_id: i32,
    ) -> Result<Vec<language_version::Model>, StoreError> {
        let mut all = language_version::Entity::find()
            .filter(language_version::Column::DocumentId.eq(document_id))
            .all(self.db())
            .await?;
        all.sort_by_key(|v| {
            treatydesk_domain::document::UN_LANGUAGES
                .iter()
                .position(|l| *l == v.lang)
        });
        Ok(all)
    }

    /// Adds a language version: the file is checked by content, stored once, and its text kept
    /// for search; `title` is the title in that language (empty when the version gives none).
    /// A language already on the document is refused (issue a corrigendum instead).
    pub async fn add_language_version(
        &self,
        author: &Author,
        files: &FileStore,
        doc: &document::Model,
        lang: &str,
        title: &str,
        bytes: &[u8],
    ) -> Result<language_version::Model, StoreError> {
        let mut problems = Vec::new();
        if !is_un_language(lang) {
            problems.push(Problem::new(
                Message::new("refuse-decision-language").code("value", lang),
                format!("\"{lang}\" is not one of the six UN languages (ar, zh, en, fr, ru, es)"),
            ));
        }
        let title = title.trim();
        if title.chars().count() > 500 {
            problems.push(said(
                "refuse-version-title-long",
                "the title in this language is at most 500 characters",
            ));
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let exists = language_version::Entity::find()
            .filter(language_version::Column::DocumentId.eq(doc.id))
            .filter(language_version::Column::Lang.eq(lang))
            .one(self.db())
            .await?;
        if exists.is_some() {
            return Err(StoreError::conflict(Problem::new(
                Message::new("conflict-document-version")
                    .code("symbol", &doc.symbol)
                    .code("lang", lang),
                format!(
                    "{} already has a version in \"{lang}\"; nothing is overwritten: record a corrigendum",
                    doc.symbol
                ),
            )));
        }
        let stored = files.put(bytes)?;
        let mut write = self
            .write(
                author,
                "document.version",
                format!("{} in {lang} ({} bytes)", doc.symbol, stored.size),
            )
            .await?;
        write.convention(doc.convention_id);
        crate::documents::record_stored_file(&write, &stored).await?;
        let extension = stored.extension();
        let served = format!(
            "{}-{lang}.{extension}",
            doc.symbol.replace('/', "_").replace('.', "-")
        );
        let version = language_version::ActiveModel {
            document_id: Set(doc.id),
            lang: Set(lang.to_string()),
            file_sha256: Set(stored.sha256),
            filename: Set(served),
            text: Set(stored.text),
            title: Set(title.to_string()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.commit().await?;
        Ok(version)
    }

    /// The media type of a stored file.
    pub async fn media_type(&self, sha256: &str) -> Result<String, StoreError> {
        Ok(stored_file::Entity::find_by_id(sha256.to_string())
            .one(self.db())
            .await?
            .map(|f| f.media_type)
            .unwrap_or_else(|| "application/octet-stream".into()))
    }

    /// Raises a follow-up action (P4.4(a)).
    pub async fn add_action(
        &self,
        author: &Author,
        convention: &convention::Model,
        new: NewAction,
    ) -> Result<action::Model, StoreError> {
        let mut problems = Vec::new();
        let title = new.title.trim();
        if title.is_empty() || title.chars().count() > 500 {
            problems.push(said(
                "refuse-action-title",
                "an action needs a title of 1 to 500 characters",
            ));
        }
        if new.decision_id.is_none() && new.meeting_id.is_none() {
            problems.push(said(
                "refuse-action-source",
                "an action is raised by a decision or by a meeting's minutes",
            ));
        }
        let owner = new.owner.trim().to_string();
        match new.owner_kind {
            OwnerKind::Isu => {}
            OwnerKind::State if !self.actors().await?.iter().any(|a| a.code == owner) => {
                problems.push(Problem::new(
                    Message::new("refuse-action-owner-state").code("value", &owner),
                    format!("\"{owner}\" is not a State in the registry"),
                ));
            }
            OwnerKind::Coordinator
                if !self
                    .architecture(convention)
                    .await?
                    .versions
                    .iter()
                    .any(|v| v.seat(&owner).is_some()) =>
            {
                problems.push(Problem::new(
                    Message::new("refuse-action-owner-seat").code("value", &owner),
                    format!("\"{owner}\" is not a Coordinator seat"),
                ));
            }
            _ => {}
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let mut write = self
            .write(author, "action.add", format!("action: {title}"))
            .await?;
        write.convention(convention.id);
        let stored = action::ActiveModel {
            convention_id: Set(convention.id),
            decision_id: Set(new.decision_id),
            meeting_id: Set(new.meeting_id),
            title: Set(title.to_string()),
            owner_kind: Set(new.owner_kind.slug().to_string()),
            owner: Set(if new.owner_kind == OwnerKind::Isu {
                "ISU".to_string()
            } else {
                owner
            }),
            due_on: Set(new.due_on),
            status: Set(ActionStatus::Open.slug().to_string()),
            access: Set(new.access.slug().to_string()),
            created_at: Set(crate::now()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.commit().await?;
        Ok(stored)
    }

    pub async fn actions(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<action::Model>, StoreError> {
        Ok(action::Entity::find()
            .filter(action::Column::ConventionId.eq(convention.id))
            .order_by_asc(action::Column::DueOn)
            .order_by_asc(action::Column::Id)
            .all(self.db())
            .await?)
    }

    pub async fn set_action_status(
        &self,
        author: &Author,
        convention: &convention::Model,
        id: i32,
        status: ActionStatus,
    ) -> Result<action::Model, StoreError> {
        let a = action::Entity::find_by_id(id)
            .filter(action::Column::ConventionId.eq(convention.id))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("action {id}")))?;
        let mut write = self
            .write(
                author,
                "action.status",
                format!("action {id}: {}", status.slug()),
            )
            .await?;
        write.convention(convention.id);
        let mut active: action::ActiveModel = a.into();
        active.status = Set(status.slug().to_string());
        let stored = active.update(write.txn()).await?;
        write.commit().await?;
        Ok(stored)
    }
}

/// Records a file just put in the file store (its hash, size and type), once: documents and
/// statements that share a file share its row.
pub(crate) async fn record_stored_file(
    write: &crate::audit::Write,
    stored: &crate::files::Stored,
) -> Result<(), StoreError> {
    if stored_file::Entity::find_by_id(stored.sha256.clone())
        .one(write.txn())
        .await?
        .is_none()
    {
        stored_file::ActiveModel {
            sha256: Set(stored.sha256.clone()),
            size: Set(i64::try_from(stored.size).unwrap_or(i64::MAX)),
            media_type: Set(stored.media_type.to_string()),
            stored_at: Set(crate::now()),
        }
        .insert(write.txn())
        .await?;
    }
    Ok(())
}
