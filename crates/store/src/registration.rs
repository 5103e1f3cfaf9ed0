//! Registration of participants for a meeting (SPEC P1.1): the settings of each meeting's
//! registration (window, deadline, cap per delegation), registering (all or nothing, with the
//! acknowledgement queued in the outbox in the same transaction), each registration's stable
//! reference (`3RC-NGA-0003`, issue 18 item 7), the ISU's decisions (audited, one or several at
//! once, a refusal with its reason; each queues a message), lists by status, and the
//! credentials files. A State's delegation posts, corrections and withdrawals are in
//! `crate::delegations`.
//!
//! The database itself refuses a second registration with the same e-mail for a meeting and a
//! second active head of a delegation (unique indexes), so concurrent posts neither lose nor
//! double a row. Credentials are stored under `data_dir/credentials/<sha256>`: the path comes
//! from the content's hash only, never from anything a user typed. This module must never write
//! a registration outside an audited `Write`, and never accept a file without checking it.

use std::path::{Path, PathBuf};

use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, SqlErr,
};
use sha2::{Digest, Sha256};
use treatydesk_domain::Lang;
use treatydesk_domain::registration::{
    self as rules, ActorFact, Circumstances, DelegationRole, Parsed, Refusal, RegistrationForm,
    RegistrationStatus,
};

use crate::audit::Author;
use crate::entities::{
    actor, convention, credential, meeting, registration, registration_settings,
};
use crate::error::{Problem, said};
use crate::outbox::{LetterFacts, LetterKind, queue_mail};
use crate::registry::rules_of;
use crate::{Store, StoreError};
use treatydesk_domain::finding::Message;

/// The folder of the data directory that holds credentials files.
pub const CREDENTIALS_DIR: &str = "credentials";

/// A file sent with a registration, as received.
#[derive(Clone, Debug)]
pub struct Upload {
    pub filename: String,
    pub content: Vec<u8>,
}

/// New settings for a meeting's registration.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub opens_on: Option<time::Date>,
    pub deadline: Option<time::Date>,
    pub cap_per_organization: Option<u32>,
    pub note: String,
}

/// Is `hash` the lowercase hexadecimal form of a SHA-256 (and so a safe file name)?
pub fn is_sha256_hex(hash: &str) -> bool {
    hash.len() == 64 && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Where a credentials file with this hash lives under `data_dir` (None for anything that is
/// not a SHA-256, so no stored value can point outside the folder).
pub fn credentials_path(data_dir: &Path, hash: &str) -> Option<PathBuf> {
    is_sha256_hex(hash).then(|| data_dir.join(CREDENTIALS_DIR).join(hash))
}

fn unavailable(what: &str, path: &Path, e: std::io::Error) -> StoreError {
    StoreError::Unavailable(format!("cannot {what} {}: {e}", path.display()))
}

/// The refusal or conflict a unique index reports, or the database error itself.
pub(crate) fn from_insert(e: DbErr, parsed: &Parsed, label: &str, delegation: &str) -> StoreError {
    match e.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(message)) if message.contains("head") => {
            StoreError::Refused(vec![Refusal::HeadAlready {
                delegation: delegation.to_string(),
            }])
        }
        Some(SqlErr::UniqueConstraintViolation(_)) => StoreError::conflict(Problem::new(
            Message::new("conflict-registered-once")
                .code("email", &parsed.email)
                .meeting("meeting", label),
            format!(
                "{} is already registered for {label}; a person registers once per meeting.",
                parsed.email
            ),
        )),
        _ => StoreError::Database(e),
    }
}

/// A delegation's name in the recipient's language: the registry's name of its State or
/// organization, else the name as typed.
pub(crate) async fn delegation_in(
    txn: &sea_orm::DatabaseTransaction,
    code: Option<&str>,
    shown: &str,
    lang: Lang,
) -> Result<String, StoreError> {
    let Some(code) = code else {
        return Ok(shown.to_string());
    };
    let found = actor::Entity::find()
        .filter(actor::Column::Code.eq(code))
        .one(txn)
        .await?;
    Ok(name_in(found.as_ref(), shown, lang))
}

/// The registry row's name in `lang` (the row already read), else the name as typed.
pub(crate) fn name_in(found: Option<&actor::Model>, shown: &str, lang: Lang) -> String {
    found.map_or_else(
        || shown.to_string(),
        |a| match lang {
            Lang::En => a.name_en.clone(),
            Lang::Fr => a.name_fr.clone(),
            Lang::Es => a.name_es.clone(),
            Lang::Ar => a.name_ar.clone(),
        },
    )
}

/// The active registrations of one delegation at a meeting, and how many of them are its head,
/// counted in one statement (the index on meeting, delegation and status answers it).
pub(crate) async fn delegation_counts(
    txn: &sea_orm::DatabaseTransaction,
    meeting_id: i32,
    delegation: &str,
) -> Result<(usize, bool), StoreError> {
    use sea_orm::sea_query::Func;
    let active = [
        RegistrationStatus::Pending.slug(),
        RegistrationStatus::Approved.slug(),
    ];
    let heads = Expr::case(
        registration::Column::DelegationRole.eq(DelegationRole::Head.slug()),
        1,
    )
    .finally(0);
    let counted: Option<(i64, i64)> = registration::Entity::find()
        .select_only()
        .column_as(Expr::col(registration::Column::Id).count(), "n")
        .column_as(
            Expr::from(Func::coalesce([
                Expr::from(Func::sum(heads)),
                Expr::val(0i64),
            ])),
            "heads",
        )
        .filter(registration::Column::MeetingId.eq(meeting_id))
        .filter(registration::Column::Delegation.eq(delegation))
        .filter(registration::Column::Status.is_in(active))
        .into_tuple()
        .one(txn)
        .await?;
    let (n, heads) = counted.unwrap_or((0, 0));
    Ok((usize::try_from(n).unwrap_or(0), heads > 0))
}

/// The first of `count` numbers the next registrations of a delegation (by its State's or
/// organization's code, or none) take at a meeting: one more than the registrations of that code
/// already there, of any status, kept in the meeting's counter (one statement; the registrations
/// are counted only for a pair's first number since the counters began, migration 000045).
/// Called inside a write that holds the meeting's settings lock, so two posts cannot take the
/// same number (the unique index on meeting and reference would refuse it anyway).
pub(crate) async fn issue_numbers(
    txn: &sea_orm::DatabaseTransaction,
    meeting_id: i32,
    code: Option<&str>,
    count: u64,
) -> Result<u64, StoreError> {
    use crate::entities::registration_counter::{Column, Entity as Counter};
    let key = code.unwrap_or_default();
    let n = i64::try_from(count).unwrap_or(i64::MAX);
    let backend = txn.get_database_backend();
    let bump = sea_orm::sea_query::Query::update()
        .table(Counter)
        .value(Column::Issued, Expr::col(Column::Issued).add(n))
        .and_where(Column::MeetingId.eq(meeting_id))
        .and_where(Column::ActorKey.eq(key))
        .returning_col(Column::Issued)
        .to_owned();
    let issued = match txn.query_one_raw(backend.build(&bump)).await? {
        Some(row) => row.try_get::<i64>("", "issued")?,
        None => {
            // The pair's first number since the counters began: counted once from the
            // registrations stored before them (none for a new meeting).
            let mut stored =
                registration::Entity::find().filter(registration::Column::MeetingId.eq(meeting_id));
            stored = match code {
                Some(code) => stored.filter(registration::Column::ActorCode.eq(code)),
                None => stored.filter(registration::Column::ActorCode.is_null()),
            };
            let before = i64::try_from(stored.count(txn).await?).unwrap_or(i64::MAX);
            let first = sea_orm::sea_query::Query::insert()
                .into_table(Counter)
                .columns([Column::MeetingId, Column::ActorKey, Column::Issued])
                .values([meeting_id.into(), key.into(), (before + n).into()])
                .map_err(|e| StoreError::Database(DbErr::Custom(e.to_string())))?
                .on_conflict(
                    OnConflict::columns([Column::MeetingId, Column::ActorKey])
                        .value(Column::Issued, Expr::col((Counter, Column::Issued)).add(n))
                        .to_owned(),
                )
                .returning_col(Column::Issued)
                .to_owned();
            match txn.query_one_raw(backend.build(&first)).await? {
                Some(row) => row.try_get::<i64>("", "issued")?,
                None => before + n,
            }
        }
    };
    Ok(u64::try_from(issued - n + 1).unwrap_or(1))
}

/// A registration's reference: the one stored, or, for one made before references were stored
/// (migration 000042), the `{label}-{id}` its mails gave.
pub fn reference_of(label: &str, row: &registration::Model) -> String {
    row.reference
        .clone()
        .unwrap_or_else(|| format!("{label}-{}", row.id))
}

/// Locks the meeting's registration settings row for the rest of the write (SQLite: the write
/// lock; PostgreSQL: the row) and returns the settings as they are once the lock is held.
pub(crate) async fn lock_settings(
    store: &Store,
    write: &crate::audit::Write,
    meeting_id: i32,
) -> Result<Option<registration_settings::Model>, StoreError> {
    let lock = sea_orm::sea_query::Query::update()
        .table(registration_settings::Entity)
        .value(
            registration_settings::Column::Note,
            Expr::col(registration_settings::Column::Note),
        )
        .and_where(registration_settings::Column::MeetingId.eq(meeting_id))
        .returning_all()
        .to_owned();
    Ok(registration_settings::Entity::find()
        .from_raw_sql(store.backend().build(&lock))
        .one(write.txn())
        .await?)
}

impl Store {
    /// Where uploaded files are kept (the data directory), when the store has one.
    pub(crate) fn data_dir(&self) -> Result<&Path, StoreError> {
        self.data_dir.as_deref().ok_or_else(|| {
            StoreError::Unavailable("this store has no data directory for files".into())
        })
    }

    /// The registration settings of a meeting (None: registration is not set up).
    pub async fn registration_settings(
        &self,
        meeting: &meeting::Model,
    ) -> Result<Option<registration_settings::Model>, StoreError> {
        Ok(registration_settings::Entity::find()
            .filter(registration_settings::Column::MeetingId.eq(meeting.id))
            .one(self.db())
            .await?)
    }

    /// Sets (or first sets up) a meeting's registration window, deadline and cap.
    pub async fn set_registration_settings(
        &self,
        author: &Author,
        meeting: &meeting::Model,
        settings: Settings,
    ) -> Result<registration_settings::Model, StoreError> {
        if let (Some(o), Some(d)) = (settings.opens_on, settings.deadline)
            && d < o
        {
            return Err(StoreError::refuse(said(
                "refuse-registration-deadline",
                "the deadline cannot be before registration opens",
            )));
        }
        let cap = match settings.cap_per_organization {
            Some(0) => {
                return Err(StoreError::refuse(said(
                    "refuse-registration-cap",
                    "a cap of 0 would refuse everyone; leave it empty for no cap",
                )));
            }
            Some(c) => Some(i32::try_from(c).unwrap_or(i32::MAX)),
            None => None,
        };
        let mut write = self
            .write(
                author,
                "registration.settings",
                format!("registration settings of {}", meeting.label),
            )
            .await?;
        write.convention(meeting.convention_id);
        let existing = registration_settings::Entity::find()
            .filter(registration_settings::Column::MeetingId.eq(meeting.id))
            .one(write.txn())
            .await?;
        let saved = match existing {
            Some(row) => {
                let mut model: registration_settings::ActiveModel = row.into();
                model.opens_on = Set(settings.opens_on);
                model.deadline = Set(settings.deadline);
                model.cap_per_organization = Set(cap);
                model.note = Set(settings.note.clone());
                model.update(write.txn()).await?
            }
            None => {
                registration_settings::ActiveModel {
                    meeting_id: Set(meeting.id),
                    opens_on: Set(settings.opens_on),
                    deadline: Set(settings.deadline),
                    cap_per_organization: Set(cap),
                    note: Set(settings.note.clone()),
                    ..Default::default()
                }
                .insert(write.txn())
                .await?
            }
        };
        write.detail(serde_json::json!({
            "opens_on": settings.opens_on.map(treatydesk_domain::calendar::format_date),
            "deadline": settings.deadline.map(treatydesk_domain::calendar::format_date),
            "cap_per_organization": cap,
        }));
        write.commit().await?;
        Ok(saved)
    }

    /// What the registry and the participation record say about the actor the form names, with
    /// the registry's row (its names in every language, for the acknowledgement).
    pub(crate) async fn actor_fact(
        &self,
        convention: &convention::Model,
        code: Option<&str>,
        day: time::Date,
    ) -> Result<(ActorFact, Option<actor::Model>), StoreError> {
        let Some(code) = code else {
            return Ok((ActorFact::None, None));
        };
        let Some(found) = actor::Entity::find()
            .filter(actor::Column::Code.eq(code))
            .one(self.db())
            .await?
        else {
            return Ok((ActorFact::Unknown, None));
        };
        if found.kind != "state" {
            let fact = ActorFact::Organization {
                name: found.name_en.clone(),
            };
            return Ok((fact, Some(found)));
        }
        let withdrawal = rules_of(convention)?.withdrawal;
        let party_in_force = self
            .state_record(convention, &found)
            .await?
            .is_some_and(|p| p.is_party_in_force_on(day, withdrawal));
        let fact = ActorFact::State {
            name: found.name_en.clone(),
            party_in_force,
        };
        Ok((fact, Some(found)))
    }

    /// Stores a credentials file under its hash (once) and returns the hash.
    pub(crate) async fn store_credentials(&self, content: &[u8]) -> Result<String, StoreError> {
        let hash = format!("{:x}", Sha256::digest(content));
        let dir = self.data_dir()?.join(CREDENTIALS_DIR);
        let path = credentials_path(self.data_dir()?, &hash)
            .ok_or_else(|| StoreError::Unavailable("a hash is not hexadecimal".into()))?;
        if tokio::fs::try_exists(&path).await.unwrap_or(false) {
            return Ok(hash);
        }
        crate::files::private_dir(&dir).map_err(|e| unavailable("create", &dir, e))?;
        let temporary = dir.join(format!(
            ".{hash}.{}",
            &crate::accounts::random_token()[..12]
        ));
        crate::files::write_private(&temporary, content)
            .map_err(|e| unavailable("write", &temporary, e))?;
        tokio::fs::rename(&temporary, &path)
            .await
            .map_err(|e| unavailable("store", &path, e))?;
        Ok(hash)
    }

    /// Registers a person for a meeting: every rule is checked, the credentials file stored,
    /// and the registration and its acknowledgement (in the outbox) written together, or
    /// nothing is. A second registration with the same e-mail is a `Conflict`; a refused rule
    /// is `Refused` with every reason.
    /// `lang` is the language the registrant used: the acknowledgement and, later, the ISU's
    /// decision are written in it.
    ///
    /// It is written by the store's one registration writer, in arrival order, with those
    /// that wait beside it (see `registration_writer`).
    pub async fn register(
        &self,
        author: &Author,
        convention: &convention::Model,
        meeting: &meeting::Model,
        form: &RegistrationForm,
        upload: Option<Upload>,
        lang: Lang,
    ) -> Result<registration::Model, StoreError> {
        let what = crate::registration_writer::Registering {
            author: author.clone(),
            convention: convention.clone(),
            meeting: meeting.clone(),
            form: form.clone(),
            upload,
            lang,
        };
        self.registration_writer.register(self, what).await
    }

    /// [`Store::register`], written inside the registration writer's `batch`.
    pub(crate) async fn register_now(
        &self,
        batch: &mut crate::audit::Batch,
        what: crate::registration_writer::Registering,
    ) -> Result<registration::Model, StoreError> {
        let crate::registration_writer::Registering {
            author,
            convention,
            meeting,
            form,
            upload,
            lang,
        } = what;
        let (author, convention, meeting, form) = (&author, &convention, &meeting, &form);
        let upload = upload.filter(|u| !u.content.is_empty());
        let mut refusals = Vec::new();
        let parsed = rules::parse(form);
        if let Some(u) = &upload
            && let Err(r) = rules::check_credentials(&u.content)
        {
            refusals.push(r);
        }
        let parsed = match parsed {
            Ok(p) if refusals.is_empty() => p,
            Ok(_) => return Err(StoreError::Refused(refusals)),
            Err(mut more) => {
                more.extend(refusals);
                return Err(StoreError::Refused(more));
            }
        };
        let today = crate::now().date();
        let reference_day = meeting.opens_on.unwrap_or(today);
        let (fact, found) = self
            .actor_fact(convention, parsed.actor.as_deref(), reference_day)
            .await?;
        let upload = upload.filter(|_| parsed.category.needs_credentials());
        let delegation = parsed.delegation();
        let shown = rules::delegation_name(&parsed, &fact);
        let record = format!("registration for {}", meeting.label);
        let mut write = batch.write(author, "registration.add", record).await?;
        write.convention(convention.id);
        // The first statement writes: SQLite takes its write lock now (waiting its turn rather
        // than failing later), PostgreSQL locks the meeting's settings row, so the counts below
        // cannot change before this registration is stored. The same statement returns the
        // settings (PostgreSQL: as they are once the lock is held). The counts must stay a
        // statement of their own, after it: on PostgreSQL a statement sees the rows committed
        // before it began, and the lock may be waited for.
        let settings = lock_settings(self, &write, meeting.id).await?;
        let (delegation_count, delegation_has_head) =
            delegation_counts(write.txn(), meeting.id, &delegation).await?;
        let circumstances = Circumstances {
            today,
            reference_day,
            open: settings.is_some(),
            opens_on: settings.as_ref().and_then(|s| s.opens_on),
            deadline: settings.as_ref().and_then(|s| s.deadline),
            cap: settings
                .as_ref()
                .and_then(|s| s.cap_per_organization)
                .and_then(|c| u32::try_from(c).ok()),
            actor: fact,
            delegation_count,
            delegation_has_head,
            has_credentials: upload.is_some(),
        };
        let refusals = rules::check(&parsed, &circumstances);
        if !refusals.is_empty() {
            return Err(StoreError::Refused(refusals));
        }
        // Only an accepted registration's file is written (a refused one leaves nothing).
        let hash = match &upload {
            Some(u) => Some(self.store_credentials(&u.content).await?),
            None => None,
        };
        let credential_id = match (&hash, &upload) {
            (Some(hash), Some(u)) => Some(self.credential_row(&write, hash, u).await?),
            _ => None,
        };
        // Microseconds: what PostgreSQL keeps, so the row returned is the row stored.
        let now = crate::now();
        let now = now
            .replace_nanosecond(now.nanosecond() / 1000 * 1000)
            .unwrap_or(now);
        let number = issue_numbers(write.txn(), meeting.id, parsed.actor.as_deref(), 1).await?;
        let reference = rules::reference(&meeting.label, parsed.actor.as_deref(), number);
        let mut saved = registration::Model {
            id: 0,
            meeting_id: meeting.id,
            category: parsed.category.slug().to_string(),
            actor_code: parsed.actor.clone(),
            organization: shown.clone(),
            family_name: parsed.family_name.clone(),
            given_name: parsed.given_name.clone(),
            email: parsed.email.clone(),
            delegation_role: parsed.role.slug().to_string(),
            delegation: delegation.clone(),
            status: RegistrationStatus::Pending.slug().to_string(),
            submitted_at: now,
            decided_at: None,
            decided_by: None,
            credential_id,
            dedupe_key: parsed.dedupe_key(),
            head_key: (parsed.role == DelegationRole::Head).then(|| delegation.clone()),
            lang: lang.code().to_string(),
            reference: Some(reference.clone()),
            delegation_post_id: None,
            decision_reason: None,
        };
        // One statement (the id from RETURNING or SQLite's last rowid), not an insert and a
        // read back.
        let mut row: registration::ActiveModel = saved.clone().into();
        row.id = sea_orm::ActiveValue::NotSet;
        saved.id = registration::Entity::insert(row)
            .exec(write.txn())
            .await
            .map_err(|e| from_insert(e, &parsed, &meeting.label, &shown))?
            .last_insert_id;
        let delegation_shown = name_in(found.as_ref(), &shown, lang);
        let letter = self.letters.letter(
            lang,
            LetterKind::Acknowledgement,
            &LetterFacts {
                given_name: parsed.given_name.clone(),
                family_name: parsed.family_name.clone(),
                meeting: meeting.label.clone(),
                category: parsed.category.slug().to_string(),
                delegation: delegation_shown,
                reference,
                reason: String::new(),
            },
        );
        queue_mail(write.txn(), &parsed.email, &letter.subject, &letter.body).await?;
        write.detail(serde_json::json!({
            "id": saved.id,
            "category": saved.category,
            "delegation": shown,
            "role": saved.delegation_role,
            "credentials": hash,
        }));
        write.commit().await?;
        Ok(saved)
    }

    /// The credentials row for a stored file (inserted once per hash).
    pub(crate) async fn credential_row(
        &self,
        write: &crate::audit::Write,
        hash: &str,
        upload: &Upload,
    ) -> Result<i32, StoreError> {
        let filename: String = upload
            .filename
            .chars()
            .filter(|c| !c.is_control())
            .take(200)
            .collect();
        credential::Entity::insert(credential::ActiveModel {
            sha256: Set(hash.to_string()),
            filename: Set(filename),
            media_type: Set("application/pdf".into()),
            size: Set(i64::try_from(upload.content.len()).unwrap_or(i64::MAX)),
            stored_at: Set(crate::now()),
            ..Default::default()
        })
        .on_conflict(
            OnConflict::column(credential::Column::Sha256)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(write.txn())
        .await?;
        credential::Entity::find()
            .filter(credential::Column::Sha256.eq(hash))
            .one(write.txn())
            .await?
            .map(|c| c.id)
            .ok_or_else(|| StoreError::NotFound(format!("the credentials file {hash}")))
    }

    /// A meeting's registrations, optionally of one status, by category and family name.
    pub async fn registrations(
        &self,
        meeting: &meeting::Model,
        status: Option<RegistrationStatus>,
    ) -> Result<Vec<registration::Model>, StoreError> {
        let mut query = registration::Entity::find()
            .filter(registration::Column::MeetingId.eq(meeting.id))
            .order_by_asc(registration::Column::Category)
            .order_by_asc(registration::Column::Organization)
            .order_by_asc(registration::Column::FamilyName)
            .order_by_asc(registration::Column::Id);
        if let Some(s) = status {
            query = query.filter(registration::Column::Status.eq(s.slug()));
        }
        Ok(query.all(self.db()).await?)
    }

    /// One registration of a meeting.
    pub async fn registration(
        &self,
        meeting: &meeting::Model,
        id: i32,
    ) -> Result<registration::Model, StoreError> {
        registration::Entity::find_by_id(id)
            .filter(registration::Column::MeetingId.eq(meeting.id))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("registration {id} for {}", meeting.label)))
    }

    /// Approves or refuses a pending registration, and queues the message that says so. A
    /// refusal must say why (`reason`): the reason is stored and shown to the delegation.
    pub async fn decide_registration(
        &self,
        author: &Author,
        meeting: &meeting::Model,
        id: i32,
        approve: bool,
        reason: &str,
    ) -> Result<registration::Model, StoreError> {
        let mut saved = self
            .decide_registrations(author, meeting, &[id], approve, reason)
            .await?;
        saved
            .pop()
            .ok_or_else(|| StoreError::NotFound(format!("registration {id} for {}", meeting.label)))
    }

    /// Approves or refuses several pending registrations at once, all or none, in one audited
    /// write: each gets its message. A refusal must say why; one reason covers the refusals of
    /// the post. A registration that is not pending refuses the whole post (`Conflict`, naming
    /// its reference).
    pub async fn decide_registrations(
        &self,
        author: &Author,
        meeting: &meeting::Model,
        ids: &[i32],
        approve: bool,
        reason: &str,
    ) -> Result<Vec<registration::Model>, StoreError> {
        let reason = reason.trim();
        if !approve && reason.is_empty() {
            return Err(StoreError::Refused(vec![Refusal::ReasonRequired]));
        }
        if reason.chars().count() > 2000 {
            return Err(StoreError::Refused(vec![Refusal::TooLong {
                field: rules::Field::Reason,
            }]));
        }
        let mut ids = ids.to_vec();
        ids.sort_unstable();
        ids.dedup();
        if ids.is_empty() {
            return Err(StoreError::refuse(said(
                "refuse-registration-none",
                "choose at least one registration",
            )));
        }
        let (action, status) = if approve {
            ("registration.approve", RegistrationStatus::Approved)
        } else {
            ("registration.refuse", RegistrationStatus::Refused)
        };
        let record = match ids.as_slice() {
            [one] => format!("registration {one} for {}", meeting.label),
            many => format!("{} registrations for {}", many.len(), meeting.label),
        };
        let mut write = self.write(author, action, record).await?;
        write.convention(meeting.convention_id);
        let mut decided = Vec::new();
        let mut references = Vec::new();
        for id in ids.iter().copied() {
            let row = registration::Entity::find_by_id(id)
                .filter(registration::Column::MeetingId.eq(meeting.id))
                .one(write.txn())
                .await?
                .ok_or_else(|| {
                    StoreError::NotFound(format!("registration {id} for {}", meeting.label))
                })?;
            let reference = reference_of(&meeting.label, &row);
            if row.status != RegistrationStatus::Pending.slug() {
                return Err(StoreError::conflict(Problem::new(
                    Message::new("conflict-registration-decided")
                        .code("reference", &reference)
                        .code("status", &row.status),
                    format!(
                        "registration {reference} is already {}; only a pending registration can be decided",
                        row.status
                    ),
                )));
            }
            let lang = Lang::parse(&row.lang).unwrap_or_default();
            let facts = LetterFacts {
                given_name: row.given_name.clone(),
                family_name: row.family_name.clone(),
                meeting: meeting.label.clone(),
                category: row.category.clone(),
                delegation: delegation_in(
                    write.txn(),
                    row.actor_code.as_deref(),
                    &row.organization,
                    lang,
                )
                .await?,
                reference: reference.clone(),
                reason: if approve {
                    String::new()
                } else {
                    reason.to_string()
                },
            };
            let to = row.email.clone();
            let mut model: registration::ActiveModel = row.into();
            model.status = Set(status.slug().to_string());
            model.decided_at = Set(Some(crate::now()));
            model.decided_by = Set(Some(author.who.clone()));
            model.decision_reason = Set((!approve).then(|| reason.to_string()));
            if !approve {
                model.head_key = Set(None);
            }
            decided.push(model.update(write.txn()).await?);
            let kind = if approve {
                LetterKind::Confirmed
            } else {
                LetterKind::NotAccepted
            };
            let letter = self.letters.letter(lang, kind, &facts);
            queue_mail(write.txn(), &to, &letter.subject, &letter.body).await?;
            references.push(reference);
        }
        let mut detail = serde_json::json!({
            "ids": ids,
            "references": references,
            "status": status.slug(),
        });
        if let [one] = ids.as_slice() {
            detail["id"] = serde_json::json!(one);
        }
        if !approve {
            detail["reason"] = serde_json::json!(reason);
        }
        write.detail(detail);
        write.commit().await?;
        Ok(decided)
    }

    /// A registration's credentials: the row and the path of the file on disk.
    pub async fn credentials_of(
        &self,
        registration: &registration::Model,
    ) -> Result<(credential::Model, PathBuf), StoreError> {
        let missing =
            || StoreError::NotFound(format!("credentials of registration {}", registration.id));
        let id = registration.credential_id.ok_or_else(missing)?;
        let row = credential::Entity::find_by_id(id)
            .one(self.db())
            .await?
            .ok_or_else(missing)?;
        let path = credentials_path(self.data_dir()?, &row.sha256).ok_or_else(missing)?;
        Ok((row, path))
    }

    /// Counts a meeting's registrations by status (for the bench and the ISU's page).
    pub async fn registration_count(
        &self,
        meeting: &meeting::Model,
        status: RegistrationStatus,
    ) -> Result<u64, StoreError> {
        Ok(registration::Entity::find()
            .filter(registration::Column::MeetingId.eq(meeting.id))
            .filter(registration::Column::Status.eq(status.slug()))
            .count(self.db())
            .await?)
    }
}
