//! The mails' words in the recipient's language (`FluentLetters`, which the store uses when it
//! queues a message) and delivery of the mail outbox over SMTP (lettre). A background task sends the messages that are
//! due; each attempt is recorded in the store, and a message that cannot be sent (no server
//! configured, the server unreachable or refusing) stays in the outbox with its attempts, its
//! last error and the time of its next attempt, which backs off exponentially.
//!
//! SMTP here is plain (no TLS, no authentication): point it at a relay on the same host or a
//! trusted network. This module never deletes a message and never holds one only in memory.

use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::transport::smtp::extension::ClientId;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use treatydesk_domain::Lang;
use treatydesk_domain::registration::Category;
use treatydesk_store::entities::outbox;
use treatydesk_store::outbox::{Letter, LetterFacts, LetterKind, Letters};
use treatydesk_store::{Store, StoreError};

use crate::i18n;

/// The variable naming the SMTP relay: `smtp://host:port` (port 25 when absent).
pub const SMTP_URL: &str = "TREATYDESK_SMTP_URL";
/// The variable naming the sender: `TreatyDesk <noreply@example.org>`.
pub const MAIL_FROM: &str = "TREATYDESK_MAIL_FROM";
/// The sender when none is configured.
pub const DEFAULT_FROM: &str = "TreatyDesk <treatydesk@localhost>";
/// How often the task looks for due messages.
pub const POLL: Duration = Duration::from_secs(15);
/// How many messages one round sends at most.
pub const BATCH: u64 = 50;

/// Where and as whom to send.
#[derive(Clone, Debug)]
pub struct MailConfig {
    /// None: no relay is configured; messages wait in the outbox.
    pub relay: Option<(String, u16)>,
    pub from: String,
}

impl MailConfig {
    /// Reads `smtp://host[:port]` (anything else is refused with a sentence).
    pub fn new(smtp_url: Option<&str>, from: Option<&str>) -> Result<MailConfig, String> {
        let relay = match smtp_url.map(str::trim).filter(|u| !u.is_empty()) {
            None => None,
            Some(url) => {
                let rest = url.strip_prefix("smtp://").ok_or_else(|| {
                    format!("{SMTP_URL} must look like smtp://host:port (no TLS yet), not {url}")
                })?;
                let rest = rest.trim_end_matches('/');
                let (host, port) = match rest.rsplit_once(':') {
                    Some((h, p)) => (
                        h,
                        p.parse::<u16>()
                            .map_err(|_| format!("{SMTP_URL}: \"{p}\" is not a port number"))?,
                    ),
                    None => (rest, 25),
                };
                if host.is_empty() {
                    return Err(format!("{SMTP_URL}: the host is missing in {url}"));
                }
                Some((host.to_string(), port))
            }
        };
        let from = from
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .unwrap_or(DEFAULT_FROM)
            .to_string();
        from.parse::<Mailbox>()
            .map_err(|e| format!("{MAIL_FROM}: \"{from}\" is not an address: {e}"))?;
        Ok(MailConfig { relay, from })
    }

    /// From the environment (`TREATYDESK_SMTP_URL`, `TREATYDESK_MAIL_FROM`).
    pub fn from_env() -> Result<MailConfig, String> {
        MailConfig::new(
            std::env::var(SMTP_URL).ok().as_deref(),
            std::env::var(MAIL_FROM).ok().as_deref(),
        )
    }
}

/// The mails in the recipient's language, from the Fluent files (`locales/*/registration.ftl`,
/// keys `mail-*`): the store asks for them when it queues a message (see `outbox::Letters`).
#[derive(Clone, Copy, Debug, Default)]
pub struct FluentLetters;

impl Letters for FluentLetters {
    fn letter(&self, lang: Lang, kind: LetterKind, f: &LetterFacts) -> Letter {
        let category = Category::from_slug(&f.category).map_or_else(
            || f.category.clone(),
            |c| i18n::tr(lang, &format!("reg-category-{}", c.slug())),
        );
        let args: [(&'static str, &str); 6] = [
            ("given", &f.given_name),
            ("family", &f.family_name),
            ("meeting", &f.meeting),
            ("category", &category),
            ("delegation", &f.delegation),
            ("reference", &f.reference),
        ];
        let key = match kind {
            LetterKind::Acknowledgement => "ack",
            LetterKind::Confirmed => "confirmed",
            LetterKind::NotAccepted => "refused",
        };
        let t = |k: &str| i18n::tr_args(lang, k, &args);
        Letter {
            subject: t(&format!("mail-{key}-subject")),
            body: format!(
                "{}\n\n{}\n\n{}\n",
                t("mail-dear"),
                t(&format!("mail-{key}-text")),
                t("mail-reference")
            ),
        }
    }
}

/// What one round did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Round {
    pub sent: usize,
    pub failed: usize,
}

fn message(config: &MailConfig, row: &outbox::Model) -> Result<Message, String> {
    let from: Mailbox = config.from.parse().map_err(|e| format!("sender: {e}"))?;
    let to: Mailbox = row
        .to_address
        .parse()
        .map_err(|e| format!("the address {} cannot be used: {e}", row.to_address))?;
    Message::builder()
        .from(from)
        .to(to)
        .subject(row.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(row.body.clone())
        .map_err(|e| format!("the message cannot be built: {e}"))
}

/// Sends every due message once, recording each attempt.
pub async fn deliver_due(store: &Store, config: &MailConfig) -> Result<Round, StoreError> {
    let due = store.due_mail(treatydesk_store::now(), BATCH).await?;
    let mut round = Round::default();
    if due.is_empty() {
        return Ok(round);
    }
    let transport = config.relay.as_ref().map(|(host, port)| {
        AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host.clone())
            .port(*port)
            .hello_name(ClientId::Domain("treatydesk.localhost".into()))
            .timeout(Some(Duration::from_secs(20)))
            .build()
    });
    for row in &due {
        let outcome = match (&transport, message(config, row)) {
            (None, _) => Err(format!(
                "no SMTP relay is configured ({SMTP_URL}); the message waits in the outbox"
            )),
            (Some(_), Err(e)) => Err(e),
            (Some(t), Ok(m)) => t
                .send(m)
                .await
                .map(|_| ())
                .map_err(|e| format!("the SMTP relay did not take the message: {e}")),
        };
        match outcome {
            Ok(()) => {
                store.mail_sent(row).await?;
                round.sent += 1;
            }
            Err(e) => {
                tracing::warn!(id = row.id, error = %e, "mail not sent; will retry");
                store.mail_failed(row, &e).await?;
                round.failed += 1;
            }
        }
    }
    Ok(round)
}

/// Runs delivery every [`POLL`] until the process ends.
pub fn spawn(store: Store, config: MailConfig) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(POLL);
        loop {
            every.tick().await;
            if let Err(e) = deliver_due(&store, &config).await {
                tracing::warn!(error = %e, "the outbox could not be read");
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_smtp_addresses_and_refuses_others() {
        let c = MailConfig::new(Some("smtp://127.0.0.1:2525"), None).expect("config");
        assert_eq!(c.relay, Some(("127.0.0.1".into(), 2525)));
        assert_eq!(c.from, DEFAULT_FROM);
        let c = MailConfig::new(
            Some("smtp://relay.example.org"),
            Some("ISU <isu@example.org>"),
        )
        .expect("config");
        assert_eq!(c.relay, Some(("relay.example.org".into(), 25)));
        assert!(MailConfig::new(Some("smtps://x:465"), None).is_err());
        assert!(MailConfig::new(Some("smtp://x:port"), None).is_err());
        assert!(MailConfig::new(None, Some("not an address")).is_err());
        assert_eq!(MailConfig::new(Some(""), None).expect("none").relay, None);
    }
}
