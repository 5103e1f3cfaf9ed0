//! The durable mail outbox: messages are queued in the same transaction as the change they
//! report, and a delivery task (in the web crate) sends what is due, recording every attempt.
//! A message that cannot be sent stays, with its attempts, its last error and the time of the
//! next attempt, which backs off exponentially. This module never sends anything itself and
//! never deletes a message.

use std::time::Duration;

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use time::OffsetDateTime;

use treatydesk_domain::Lang;
use treatydesk_domain::registration::Category;

use crate::entities::outbox;
use crate::{Store, StoreError};

/// The wait after the first failed attempt; it doubles with each further failure.
pub const FIRST_RETRY: Duration = Duration::from_secs(60);
/// The longest wait between attempts.
pub const LONGEST_RETRY: Duration = Duration::from_secs(6 * 3600);

/// The wait before the next attempt after `attempts` failed ones (1 minute, 2, 4, ... 6 hours).
pub fn backoff(attempts: i32) -> Duration {
    let doublings = u32::try_from(attempts.saturating_sub(1))
        .unwrap_or(0)
        .min(20);
    FIRST_RETRY
        .saturating_mul(2u32.saturating_pow(doublings))
        .min(LONGEST_RETRY)
}

/// What a mail reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LetterKind {
    /// A registration was received (pending the ISU's decision).
    Acknowledgement,
    /// The ISU approved the registration.
    Confirmed,
    /// The ISU refused it.
    NotAccepted,
}

/// The facts a mail about a registration states.
#[derive(Clone, Debug)]
pub struct LetterFacts {
    pub given_name: String,
    pub family_name: String,
    /// The meeting's label (`3RC`).
    pub meeting: String,
    /// The category's slug (`ngo`).
    pub category: String,
    /// The delegation as shown (the State's or organization's name).
    pub delegation: String,
    /// The reference the ISU knows it by (`3RC-NGA-0003`; `3RC-12` before migration 000042).
    pub reference: String,
    /// Why the ISU refused it (a refusal's mail says it); empty otherwise.
    pub reason: String,
}

/// A mail's subject and plain-text body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    pub subject: String,
    pub body: String,
}

/// Writes the mails in the recipient's language. The web crate supplies one from its Fluent
/// files (`services::mail::FluentLetters`); [`EnglishLetters`] is the store's own, for a store
/// used without the web (tools, tests). Writing a letter never fails: a missing translation
/// falls back to English.
pub trait Letters: Send + Sync + std::fmt::Debug {
    fn letter(&self, lang: Lang, kind: LetterKind, facts: &LetterFacts) -> Letter;
}

/// The mails in English whatever the language.
#[derive(Debug, Default)]
pub struct EnglishLetters;

impl Letters for EnglishLetters {
    fn letter(&self, _lang: Lang, kind: LetterKind, f: &LetterFacts) -> Letter {
        let (subject, text) = match kind {
            LetterKind::Acknowledgement => (
                format!("We received your registration for {}", f.meeting),
                format!(
                    "We received your registration for {} ({}, {}). The Implementation Support \
                     Unit will confirm it by e-mail once it has been reviewed.",
                    f.meeting,
                    Category::from_slug(&f.category).map_or(f.category.as_str(), |c| c.name()),
                    f.delegation
                ),
            ),
            LetterKind::Confirmed => (
                format!("Your registration for {} is confirmed", f.meeting),
                format!(
                    "Your registration for {} is confirmed. We look forward to welcoming you.",
                    f.meeting
                ),
            ),
            LetterKind::NotAccepted => (
                format!("Your registration for {} was not accepted", f.meeting),
                format!(
                    "Your registration for {} was not accepted. Please contact the \
                     Implementation Support Unit if you have questions.",
                    f.meeting
                ),
            ),
        };
        let reason = if f.reason.is_empty() {
            String::new()
        } else {
            format!("\n\nThe reason given: {}", f.reason)
        };
        Letter {
            subject,
            body: format!(
                "Dear {} {},\n\n{text}{reason}\n\nReference: {}\n",
                f.given_name, f.family_name, f.reference
            ),
        }
    }
}

/// Queues a message inside a write's transaction; returns its outbox row's id.
pub(crate) async fn queue_mail(
    txn: &DatabaseTransaction,
    to: &str,
    subject: &str,
    body: &str,
) -> Result<i32, StoreError> {
    let now = crate::now();
    let row = outbox::ActiveModel {
        to_address: Set(to.to_string()),
        subject: Set(subject.to_string()),
        body: Set(body.to_string()),
        created_at: Set(now),
        attempts: Set(0),
        last_error: Set(None),
        sent_at: Set(None),
        next_attempt_at: Set(now),
        ..Default::default()
    };
    // One statement: the id, not the row read back.
    Ok(outbox::Entity::insert(row).exec(txn).await?.last_insert_id)
}

impl Store {
    /// Messages not sent yet whose next attempt is due at `now`, oldest first.
    pub async fn due_mail(
        &self,
        now: OffsetDateTime,
        limit: u64,
    ) -> Result<Vec<outbox::Model>, StoreError> {
        Ok(outbox::Entity::find()
            .filter(outbox::Column::SentAt.is_null())
            .filter(outbox::Column::NextAttemptAt.lte(now))
            .order_by_asc(outbox::Column::Id)
            .limit(limit)
            .all(self.db())
            .await?)
    }

    /// Every message, newest first (for operators and tests).
    pub async fn outbox(&self, limit: u64) -> Result<Vec<outbox::Model>, StoreError> {
        Ok(outbox::Entity::find()
            .order_by_desc(outbox::Column::Id)
            .limit(limit)
            .all(self.db())
            .await?)
    }

    /// Records a successful delivery.
    pub async fn mail_sent(&self, message: &outbox::Model) -> Result<(), StoreError> {
        let mut model: outbox::ActiveModel = message.clone().into();
        model.attempts = Set(message.attempts.saturating_add(1));
        model.sent_at = Set(Some(crate::now()));
        model.last_error = Set(None);
        model.update(self.db()).await?;
        Ok(())
    }

    /// Makes the given unsent messages due now (the ISU's "retry now" after a relay returns);
    /// sent ones are left alone. Returns how many were made due.
    pub async fn retry_now(&self, ids: &[i32]) -> Result<u64, StoreError> {
        if ids.is_empty() {
            return Ok(0);
        }
        let done = outbox::Entity::update_many()
            .col_expr(
                outbox::Column::NextAttemptAt,
                sea_orm::sea_query::Expr::value(crate::now()),
            )
            .filter(outbox::Column::Id.is_in(ids.iter().copied()))
            .filter(outbox::Column::SentAt.is_null())
            .exec(self.db())
            .await?;
        Ok(done.rows_affected)
    }

    /// Records a failed attempt and when to try again.
    pub async fn mail_failed(
        &self,
        message: &outbox::Model,
        error: &str,
    ) -> Result<(), StoreError> {
        let attempts = message.attempts.saturating_add(1);
        let mut model: outbox::ActiveModel = message.clone().into();
        model.attempts = Set(attempts);
        model.last_error = Set(Some(error.chars().take(1000).collect()));
        model.next_attempt_at = Set(crate::now() + backoff(attempts));
        model.update(self.db()).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_six_hours() {
        assert_eq!(backoff(1), Duration::from_secs(60));
        assert_eq!(backoff(2), Duration::from_secs(120));
        assert_eq!(backoff(3), Duration::from_secs(240));
        assert_eq!(backoff(40), LONGEST_RETRY);
        assert_eq!(backoff(0), Duration::from_secs(60));
    }
}
