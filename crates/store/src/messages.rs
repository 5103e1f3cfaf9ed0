//! Messages to audiences (P4.4(d), issue 15 item 2): the ISU, or the President for their own
//! communications, writes a message in one or more languages to an audience that is resolved
//! to people on the day it is sent (the focal points of the States Parties, the Coordination
//! Committee as derived that day, a meeting's approved participants, a Working Group's
//! Coordinators, the States with an overdue report). Each recipient gets the version in their
//! preferred language when the author wrote it, else the original; their mail goes through
//! the outbox in the same transaction, and the outbox row is the delivery record. Also the
//! accounts' contact details (address, preferred language) that the resolution reads.
//!
//! A message is never edited or deleted once sent, and its recipients are never re-resolved:
//! the archive says who it went to that day. Only the recipients, the author and ISU staff may
//! read it; this module answers who they are and leaves the checking to the web layer.

use std::collections::{BTreeSet, HashMap};

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use time::Date;
use treatydesk_domain::Lang;
use treatydesk_domain::committee::committee_on;
use treatydesk_domain::finding::Message;
use treatydesk_domain::message::{Audience, Delivery, version_for};
use treatydesk_domain::office::Post;
use treatydesk_domain::registration::RegistrationStatus;

use crate::audit::Author;
use crate::entities::{
    actor, convention, message, message_recipient, message_version, outbox, role_grant, user,
};
use crate::error::Problem;
use crate::outbox::queue_mail;
use crate::registry::rules_of;
use crate::{Store, StoreError};

/// The longest subject and body a message may have.
pub const MAX_SUBJECT: usize = 300;
pub const MAX_BODY: usize = 20_000;

/// Who a message goes to, resolved on a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recipient {
    pub user_id: Option<i32>,
    pub actor: Option<String>,
    pub name: String,
    pub address: Option<String>,
    pub lang: Option<Lang>,
}

/// A message as its author submits it.
#[derive(Clone, Debug)]
pub struct NewMessage {
    pub audience: Audience,
    pub on: Date,
    pub original: Lang,
    /// `isu` or `president`.
    pub capacity: String,
    /// (language, subject, body); the original's must be among them.
    pub versions: Vec<(Lang, String, String)>,
}

/// One recipient with how their mail stands.
#[derive(Clone, Debug)]
pub struct Delivered {
    pub recipient: message_recipient::Model,
    pub delivery: Delivery,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub sent_at: Option<time::OffsetDateTime>,
}

/// A message with its versions and recipients.
#[derive(Clone, Debug)]
pub struct MessageRecord {
    pub message: message::Model,
    pub versions: Vec<message_version::Model>,
    pub recipients: Vec<Delivered>,
}

impl MessageRecord {
    /// The version for a reader who prefers `lang` (the original when not written in it).
    pub fn version(&self, lang: Lang) -> Option<&message_version::Model> {
        let written: Vec<Lang> = self
            .versions
            .iter()
            .filter_map(|v| Lang::parse(&v.lang))
            .collect();
        let original = Lang::parse(&self.message.original_lang).unwrap_or(Lang::En);
        let chosen = version_for(&written, Some(lang), original);
        self.versions
            .iter()
            .find(|v| v.lang == chosen.code())
            .or_else(|| self.versions.first())
    }

    /// May this account read it (a recipient or its author)? ISU staff are checked by the
    /// web layer.
    pub fn addressed_to(&self, user_id: i32, username: &str) -> bool {
        self.message.author == username
            || self
                .recipients
                .iter()
                .any(|r| r.recipient.user_id == Some(user_id))
    }
}

fn check_address(address: &str) -> Result<(), Problem> {
    let ok = address.len() <= 254
        && !address.chars().any(char::is_whitespace)
        && address.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.contains('@')
        });
    if ok {
        Ok(())
    } else {
        Err(Problem::new(
            Message::new("refuse-email-address").code("value", address),
            format!("\"{address}\" is not an e-mail address"),
        ))
    }
}

impl Store {
    /// Sets an account's e-mail address and preferred language (none clears them).
    pub async fn set_contact(
        &self,
        author: &Author,
        username: &str,
        email: Option<&str>,
        lang: Option<Lang>,
    ) -> Result<(), StoreError> {
        let email = email.map(str::trim).filter(|e| !e.is_empty());
        if let Some(e) = email {
            check_address(e).map_err(StoreError::refuse)?;
        }
        let u = self.user_by_name(username).await?;
        let mut write = self
            .write(author, "user.contact", format!("user {username}"))
            .await?;
        write.detail(serde_json::json!({
            "before": { "email": u.email, "lang": u.lang },
            "after": { "email": email, "lang": lang.map(Lang::code) },
        }));
        let mut model: user::ActiveModel = u.into();
        model.email = Set(email.map(str::to_string));
        model.lang = Set(lang.map(|l| l.code().to_string()));
        model.update(write.txn()).await?;
        write.commit().await?;
        Ok(())
    }

    /// The enabled accounts that act for one of `actors` in the convention, one per account.
    async fn accounts_of_actors(
        &self,
        convention: &convention::Model,
        actors: &BTreeSet<String>,
        roles: Option<&[&str]>,
    ) -> Result<Vec<Recipient>, StoreError> {
        if actors.is_empty() {
            return Ok(Vec::new());
        }
        let actor_rows = actor::Entity::find()
            .filter(actor::Column::Code.is_in(actors.iter().cloned()))
            .all(self.db())
            .await?;
        let code_of: HashMap<i32, String> =
            actor_rows.into_iter().map(|a| (a.id, a.code)).collect();
        let mut grants = role_grant::Entity::find()
            .filter(role_grant::Column::ConventionId.eq(convention.id))
            .filter(role_grant::Column::ActorId.is_in(code_of.keys().copied()));
        if let Some(roles) = roles {
            grants = grants.filter(role_grant::Column::Role.is_in(roles.iter().copied()));
        }
        let grants = grants.all(self.db()).await?;
        let mut actor_of_user: HashMap<i32, String> = HashMap::new();
        for g in grants {
            if let Some(code) = g.actor_id.and_then(|a| code_of.get(&a)) {
                actor_of_user
                    .entry(g.user_id)
                    .or_insert_with(|| code.clone());
            }
        }
        let users = user::Entity::find()
            .filter(user::Column::Id.is_in(actor_of_user.keys().copied()))
            .filter(user::Column::Disabled.eq(false))
            .order_by_asc(user::Column::Username)
            .all(self.db())
            .await?;
        Ok(users
            .into_iter()
            .map(|u| Recipient {
                user_id: Some(u.id),
                actor: actor_of_user.get(&u.id).cloned(),
                name: u.display_name,
                address: u.email,
                lang: u.lang.as_deref().and_then(Lang::parse),
            })
            .collect())
    }

    /// The people an audience names on `on`, in a stable order.
    pub async fn resolve_audience(
        &self,
        convention: &convention::Model,
        audience: &Audience,
        on: Date,
    ) -> Result<Vec<Recipient>, StoreError> {
        let focal = Some(&["focal-point"][..]);
        match audience {
            Audience::FocalPoints => {
                let withdrawal = rules_of(convention)?.withdrawal;
                let parties: BTreeSet<String> = self
                    .state_records(convention)
                    .await?
                    .iter()
                    .filter(|r| r.participation.status_on(on, withdrawal).is_state_party())
                    .map(|r| r.actor.code.clone())
                    .collect();
                self.accounts_of_actors(convention, &parties, focal).await
            }
            Audience::OverdueReports => {
                let late: BTreeSet<String> = self
                    .overdue(convention, on)
                    .await?
                    .into_iter()
                    .map(|r| r.actor.code)
                    .collect();
                self.accounts_of_actors(convention, &late, focal).await
            }
            Audience::Committee => {
                let (record, _) = self.offices(convention).await?;
                let members: BTreeSet<String> = committee_on(&record, on)
                    .map(|c| c.members.into_iter().map(|m| m.actor).collect())
                    .unwrap_or_default();
                self.accounts_of_actors(convention, &members, None).await
            }
            Audience::WorkingGroup { body } => {
                let (record, _) = self.offices(convention).await?;
                let version = record.architecture.version_on(on).ok_or_else(|| {
                    StoreError::refuse(Problem::new(
                        Message::new("refuse-audience-no-architecture")
                            .code("convention", &convention.code)
                            .date("on", on),
                        format!("no architecture of {} is in force on {on}", convention.code),
                    ))
                })?;
                let group = version.body(body).ok_or_else(|| {
                    StoreError::refuse(Problem::new(
                        Message::new("refuse-audience-group-unknown")
                            .code("body", body)
                            .date("on", on),
                        format!(
                            "there is no Working Group \"{body}\" in the architecture in force on {on}"
                        ),
                    ))
                })?;
                let seats: Vec<Post> = group
                    .seats
                    .iter()
                    .map(|s| Post::Seat(s.key.clone()))
                    .collect();
                let holders: BTreeSet<String> = record
                    .terms()
                    .into_iter()
                    .filter(|t| t.covers(on) && seats.contains(&t.post))
                    .map(|t| t.holder)
                    .collect();
                self.accounts_of_actors(convention, &holders, None).await
            }
            Audience::MeetingParticipants { meeting } => {
                let m = self.meeting(convention, meeting).await?;
                let mut seen = BTreeSet::new();
                Ok(self
                    .registrations(&m, Some(RegistrationStatus::Approved))
                    .await?
                    .into_iter()
                    .filter(|r| seen.insert(r.email.to_lowercase()))
                    .map(|r| Recipient {
                        user_id: None,
                        actor: r.actor_code.clone(),
                        name: format!("{} {}", r.given_name, r.family_name),
                        address: Some(r.email),
                        lang: Lang::parse(&r.lang),
                    })
                    .collect())
            }
        }
    }

    /// Sends a message: resolves its audience on its date, records it with its versions and
    /// recipients, and queues each recipient's mail, all in one transaction. Refuses an
    /// audience nobody is in, a missing original, an empty or too long subject or body.
    pub async fn send_message(
        &self,
        author: &Author,
        convention: &convention::Model,
        new: &NewMessage,
    ) -> Result<(i32, usize), StoreError> {
        let mut problems = Vec::new();
        if !new.versions.iter().any(|(l, _, _)| *l == new.original) {
            problems.push(Problem::new(
                Message::new("refuse-message-original").code("lang", new.original.code()),
                format!(
                    "the original ({}) needs a subject and a text",
                    new.original.endonym()
                ),
            ));
        }
        for (lang, subject, body) in &new.versions {
            if subject.trim().is_empty() || body.trim().is_empty() {
                problems.push(Problem::new(
                    Message::new("refuse-message-version-empty").code("lang", lang.code()),
                    format!(
                        "the {} version needs both a subject and a text",
                        lang.endonym()
                    ),
                ));
            }
            if subject.chars().count() > MAX_SUBJECT || body.chars().count() > MAX_BODY {
                problems.push(Problem::new(
                    Message::new("refuse-message-version-long")
                        .code("lang", lang.code())
                        .number("subject", i64::try_from(MAX_SUBJECT).unwrap_or(i64::MAX))
                        .number("body", i64::try_from(MAX_BODY).unwrap_or(i64::MAX)),
                    format!(
                        "the {} version is too long (subject up to {MAX_SUBJECT} characters, text up to {MAX_BODY})",
                        lang.endonym()
                    ),
                ));
            }
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let recipients = self
            .resolve_audience(convention, &new.audience, new.on)
            .await?;
        if recipients.is_empty() {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-audience-empty")
                    .code("kind", new.audience.kind())
                    .date("on", new.on),
                format!(
                    "nobody is in the audience \"{}\" on {}: the message was not sent",
                    new.audience.kind(),
                    new.on
                ),
            )));
        }
        let written: Vec<Lang> = new.versions.iter().map(|(l, _, _)| *l).collect();
        let mut write = self
            .write(
                author,
                "message.send",
                format!("message to {}", new.audience.kind()),
            )
            .await?;
        write.convention(convention.id);
        let stored = message::ActiveModel {
            convention_id: Set(convention.id),
            audience: Set(new.audience.kind().to_string()),
            audience_ref: Set(new.audience.reference().map(str::to_string)),
            resolved_on: Set(new.on),
            original_lang: Set(new.original.code().to_string()),
            capacity: Set(new.capacity.clone()),
            author: Set(author.who.clone()),
            created_at: Set(crate::now()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        for (lang, subject, body) in &new.versions {
            message_version::ActiveModel {
                message_id: Set(stored.id),
                lang: Set(lang.code().to_string()),
                subject: Set(subject.trim().to_string()),
                body: Set(body.trim().to_string()),
                ..Default::default()
            }
            .insert(write.txn())
            .await?;
        }
        let mut mailed = 0;
        for r in &recipients {
            let lang = version_for(&written, r.lang, new.original);
            let outbox_id = match (&r.address, new.versions.iter().find(|(l, _, _)| *l == lang)) {
                (Some(address), Some((_, subject, body))) => {
                    mailed += 1;
                    Some(queue_mail(write.txn(), address, subject.trim(), body.trim()).await?)
                }
                _ => None,
            };
            message_recipient::ActiveModel {
                message_id: Set(stored.id),
                user_id: Set(r.user_id),
                actor: Set(r.actor.clone()),
                name: Set(r.name.clone()),
                address: Set(r.address.clone()),
                lang: Set(lang.code().to_string()),
                outbox_id: Set(outbox_id),
                ..Default::default()
            }
            .insert(write.txn())
            .await?;
        }
        write.detail(serde_json::json!({
            "message": stored.id,
            "audience": new.audience,
            "on": new.on.to_string(),
            "recipients": recipients.len(),
            "mailed": mailed,
        }));
        write.commit().await?;
        Ok((stored.id, recipients.len()))
    }

    /// The convention's messages, newest first; with `for_user`, only those addressed to that
    /// account or written by it.
    pub async fn messages(
        &self,
        convention: &convention::Model,
        for_user: Option<(i32, &str)>,
    ) -> Result<Vec<MessageRecord>, StoreError> {
        let mut query = message::Entity::find()
            .filter(message::Column::ConventionId.eq(convention.id))
            .order_by_desc(message::Column::Id);
        if let Some((user_id, username)) = for_user {
            let mine: Vec<i32> = message_recipient::Entity::find()
                .filter(message_recipient::Column::UserId.eq(user_id))
                .all(self.db())
                .await?
                .into_iter()
                .map(|r| r.message_id)
                .collect();
            query = query.filter(
                sea_orm::Condition::any()
                    .add(message::Column::Id.is_in(mine))
                    .add(message::Column::Author.eq(username)),
            );
        }
        let messages = query.all(self.db()).await?;
        let mut out = Vec::with_capacity(messages.len());
        for m in messages {
            out.push(self.message_record(m).await?);
        }
        Ok(out)
    }

    /// One message of the convention.
    pub async fn message(
        &self,
        convention: &convention::Model,
        id: i32,
    ) -> Result<MessageRecord, StoreError> {
        let m = message::Entity::find_by_id(id)
            .filter(message::Column::ConventionId.eq(convention.id))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("message {id}")))?;
        self.message_record(m).await
    }

    async fn message_record(&self, m: message::Model) -> Result<MessageRecord, StoreError> {
        let versions = message_version::Entity::find()
            .filter(message_version::Column::MessageId.eq(m.id))
            .order_by_asc(message_version::Column::Id)
            .all(self.db())
            .await?;
        let rows = message_recipient::Entity::find()
            .filter(message_recipient::Column::MessageId.eq(m.id))
            .order_by_asc(message_recipient::Column::Id)
            .all(self.db())
            .await?;
        let mail: HashMap<i32, outbox::Model> = outbox::Entity::find()
            .filter(outbox::Column::Id.is_in(rows.iter().filter_map(|r| r.outbox_id)))
            .all(self.db())
            .await?
            .into_iter()
            .map(|o| (o.id, o))
            .collect();
        let recipients = rows
            .into_iter()
            .map(|r| {
                let o = r.outbox_id.and_then(|id| mail.get(&id));
                Delivered {
                    delivery: Delivery::of(o.map(|o| (o.sent_at.is_some(), o.attempts))),
                    attempts: o.map_or(0, |o| o.attempts),
                    last_error: o.and_then(|o| o.last_error.clone()),
                    sent_at: o.and_then(|o| o.sent_at),
                    recipient: r,
                }
            })
            .collect();
        Ok(MessageRecord {
            message: m,
            versions,
            recipients,
        })
    }

    /// Makes a message's failed mails due now (after the relay returns); audited.
    pub async fn retry_message(
        &self,
        author: &Author,
        convention: &convention::Model,
        id: i32,
    ) -> Result<u64, StoreError> {
        let record = self.message(convention, id).await?;
        let failed: Vec<i32> = record
            .recipients
            .iter()
            .filter(|d| matches!(d.delivery, Delivery::Failed | Delivery::Queued))
            .filter_map(|d| d.recipient.outbox_id)
            .collect();
        let n = self.retry_now(&failed).await?;
        let mut write = self
            .write(author, "message.retry", format!("message {id}"))
            .await?;
        write.convention(convention.id);
        write.detail(serde_json::json!({ "due_now": n }));
        write.commit().await?;
        Ok(n)
    }
}
