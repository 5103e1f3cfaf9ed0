//! The mails' words in the recipient's language (`FluentLetters`, which the store uses when it
//! queues a message) and delivery of the mail outbox over SMTP (lettre). A background task sends the messages that are
//! due; each attempt is recorded in the store, and a message that cannot be sent (no server
//! configured, the server unreachable or refusing) stays in the outbox with its attempts, its
//! last error and the time of its next attempt, which backs off exponentially.
//!
//! The relay is named by a URL: `smtp://host:port` (plain, for a relay on the same host or a
//! trusted network), `smtp+starttls://host:587` (STARTTLS required) or `smtps://host:465` (TLS
//! from the first byte). Credentials come from the environment, never the URL, and are refused on
//! a plain connection. An extra trusted root (a private relay's certificate) may be given as a PEM
//! file. This module never deletes a message and never holds one only in memory.

use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use treatydesk_domain::Lang;
use treatydesk_domain::registration::Category;
use treatydesk_store::entities::outbox;
use treatydesk_store::outbox::{Letter, LetterFacts, LetterKind, Letters};
use treatydesk_store::{Store, StoreError};

use crate::i18n;

/// The variable naming the SMTP relay: `smtp://`, `smtp+starttls://` or `smtps://host:port`.
pub const SMTP_URL: &str = "TREATYDESK_SMTP_URL";
/// The account on the relay (with [`SMTP_PASSWORD`]); TLS is required to use it.
pub const SMTP_USER: &str = "TREATYDESK_SMTP_USER";
/// The password of [`SMTP_USER`].
pub const SMTP_PASSWORD: &str = "TREATYDESK_SMTP_PASSWORD";
/// A PEM file with a root certificate to trust besides the public ones (a private relay).
pub const SMTP_CA_FILE: &str = "TREATYDESK_SMTP_CA_FILE";
/// The variable naming the sender: `TreatyDesk <noreply@example.org>`.
pub const MAIL_FROM: &str = "TREATYDESK_MAIL_FROM";
/// The sender when none is configured.
pub const DEFAULT_FROM: &str = "TreatyDesk <treatydesk@localhost>";
/// How often the task looks for due messages.
pub const POLL: Duration = Duration::from_secs(15);
/// How many messages one round sends at most.
pub const BATCH: u64 = 50;

/// How the connection to the relay is protected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Security {
    /// No TLS (a relay on the same host or a trusted network).
    Plain,
    /// A plain connection upgraded with STARTTLS, which the relay must offer.
    StartTls,
    /// TLS from the first byte (port 465).
    Tls,
}

impl Security {
    /// How the startup line names it.
    pub fn describe(self) -> &'static str {
        match self {
            Security::Plain => "no TLS",
            Security::StartTls => "STARTTLS",
            Security::Tls => "TLS",
        }
    }
}

/// The relay: where, how protected, as whom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Relay {
    pub host: String,
    pub port: u16,
    pub security: Security,
    /// The account and password, when the relay asks for authentication.
    pub credentials: Option<(String, String)>,
    /// An extra root certificate (PEM) to trust.
    pub root_pem: Option<Vec<u8>>,
}

/// Where and as whom to send.
#[derive(Clone, Debug)]
pub struct MailConfig {
    /// None: no relay is configured; messages wait in the outbox.
    pub relay: Option<Relay>,
    pub from: String,
}

impl MailConfig {
    /// Reads `smtp://`, `smtp+starttls://` or `smtps://host[:port]` (anything else is refused
    /// with a sentence).
    pub fn new(smtp_url: Option<&str>, from: Option<&str>) -> Result<MailConfig, String> {
        let relay = match smtp_url.map(str::trim).filter(|u| !u.is_empty()) {
            None => None,
            Some(url) => {
                let (security, rest, default_port) = if let Some(r) = url.strip_prefix("smtps://") {
                    (Security::Tls, r, 465)
                } else if let Some(r) = url.strip_prefix("smtp+starttls://") {
                    (Security::StartTls, r, 587)
                } else if let Some(r) = url.strip_prefix("smtp://") {
                    (Security::Plain, r, 25)
                } else {
                    return Err(format!(
                        "{SMTP_URL} must look like smtp://host:port, smtp+starttls://host:587 or \
                         smtps://host:465, not {url}"
                    ));
                };
                let rest = rest.trim_end_matches('/');
                if rest.contains('@') {
                    return Err(format!(
                        "{SMTP_URL}: put the account in {SMTP_USER} and {SMTP_PASSWORD}, not in the URL"
                    ));
                }
                let (host, port) = match rest.rsplit_once(':') {
                    Some((h, p)) => (
                        h,
                        p.parse::<u16>()
                            .map_err(|_| format!("{SMTP_URL}: \"{p}\" is not a port number"))?,
                    ),
                    None => (rest, default_port),
                };
                if host.is_empty() {
                    return Err(format!("{SMTP_URL}: the host is missing in {url}"));
                }
                Some(Relay {
                    host: host.to_string(),
                    port,
                    security,
                    credentials: None,
                    root_pem: None,
                })
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

    /// The same relay, signing in as `user` (refused on a plain connection: the password
    /// would travel in clear).
    pub fn with_credentials(mut self, user: &str, password: &str) -> Result<MailConfig, String> {
        let relay = self
            .relay
            .as_mut()
            .ok_or_else(|| format!("{SMTP_USER} is set but {SMTP_URL} is not"))?;
        if relay.security == Security::Plain {
            return Err(format!(
                "{SMTP_USER}: signing in needs TLS; use smtp+starttls:// or smtps:// in {SMTP_URL}"
            ));
        }
        relay.credentials = Some((user.to_string(), password.to_string()));
        Ok(self)
    }

    /// The same relay, trusting one more root certificate (PEM).
    pub fn with_root_certificate(mut self, pem: Vec<u8>) -> Result<MailConfig, String> {
        // lettre reads the file lazily: a file without a certificate block would pass.
        if !String::from_utf8_lossy(&pem).contains("-----BEGIN CERTIFICATE-----") {
            return Err(format!("{SMTP_CA_FILE}: no PEM certificate in the file"));
        }
        Certificate::from_pem(&pem)
            .map_err(|e| format!("{SMTP_CA_FILE}: not a PEM certificate: {e}"))?;
        let relay = self
            .relay
            .as_mut()
            .ok_or_else(|| format!("{SMTP_CA_FILE} is set but {SMTP_URL} is not"))?;
        relay.root_pem = Some(pem);
        Ok(self)
    }

    /// From the environment (`TREATYDESK_SMTP_URL`, `_USER`, `_PASSWORD`, `_CA_FILE`,
    /// `TREATYDESK_MAIL_FROM`).
    pub fn from_env() -> Result<MailConfig, String> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let mut config = MailConfig::new(var(SMTP_URL).as_deref(), var(MAIL_FROM).as_deref())?;
        if let Some(user) = var(SMTP_USER) {
            let password = var(SMTP_PASSWORD)
                .ok_or_else(|| format!("{SMTP_USER} is set but {SMTP_PASSWORD} is not"))?;
            config = config.with_credentials(&user, &password)?;
        }
        if let Some(path) = var(SMTP_CA_FILE) {
            let pem = std::fs::read(&path)
                .map_err(|e| format!("{SMTP_CA_FILE}: cannot read {path}: {e}"))?;
            config = config.with_root_certificate(pem)?;
        }
        Ok(config)
    }

    /// The startup line's description: `smtp+starttls://host:587 (STARTTLS, signed in as isu)`.
    pub fn describe(&self) -> Option<String> {
        self.relay.as_ref().map(|r| {
            let scheme = match r.security {
                Security::Plain => "smtp",
                Security::StartTls => "smtp+starttls",
                Security::Tls => "smtps",
            };
            let account = r
                .credentials
                .as_ref()
                .map(|(u, _)| format!(", signed in as {u}"))
                .unwrap_or_default();
            format!(
                "{scheme}://{}:{} ({}{account})",
                r.host,
                r.port,
                r.security.describe()
            )
        })
    }
}

/// A transport for the relay (an error sentence when its TLS settings cannot be built).
fn transport(relay: &Relay) -> Result<AsyncSmtpTransport<Tokio1Executor>, String> {
    let tls = match relay.security {
        Security::Plain => Tls::None,
        Security::StartTls | Security::Tls => {
            let mut params = TlsParameters::builder(relay.host.clone());
            if let Some(pem) = &relay.root_pem {
                let cert = Certificate::from_pem(pem)
                    .map_err(|e| format!("the extra root certificate cannot be read: {e}"))?;
                params = params.add_root_certificate(cert);
            }
            let params = params
                .build_rustls()
                .map_err(|e| format!("the TLS settings cannot be built: {e}"))?;
            if relay.security == Security::Tls {
                Tls::Wrapper(params)
            } else {
                Tls::Required(params)
            }
        }
    };
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(relay.host.clone())
        .port(relay.port)
        .tls(tls)
        .hello_name(ClientId::Domain("treatydesk.localhost".into()))
        .timeout(Some(Duration::from_secs(20)));
    if let Some((user, password)) = &relay.credentials {
        builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
    }
    Ok(builder.build())
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
        let args: [(&'static str, &str); 7] = [
            ("given", &f.given_name),
            ("family", &f.family_name),
            ("meeting", &f.meeting),
            ("category", &category),
            ("delegation", &f.delegation),
            ("reference", &f.reference),
            ("reason", &f.reason),
        ];
        let key = match kind {
            LetterKind::Acknowledgement => "ack",
            LetterKind::Confirmed => "confirmed",
            LetterKind::NotAccepted => "refused",
        };
        let t = |k: &str| i18n::tr_args(lang, k, &args);
        // A refusal says why (the reason as the ISU typed it).
        let reason = if f.reason.is_empty() {
            String::new()
        } else {
            format!("\n\n{}", t("mail-reason"))
        };
        Letter {
            subject: t(&format!("mail-{key}-subject")),
            body: format!(
                "{}\n\n{}{reason}\n\n{}\n",
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
    let transport = config.relay.as_ref().map(transport);
    for row in &due {
        let outcome = match (&transport, message(config, row)) {
            (None, _) => Err(format!(
                "no SMTP relay is configured ({SMTP_URL}); the message waits in the outbox"
            )),
            (Some(Err(e)), _) => Err(e.clone()),
            (Some(Ok(_)), Err(e)) => Err(e),
            (Some(Ok(t)), Ok(m)) => t
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
        let relay = c.relay.clone().expect("a relay");
        assert_eq!((relay.host.as_str(), relay.port), ("127.0.0.1", 2525));
        assert_eq!(relay.security, Security::Plain);
        assert_eq!(c.from, DEFAULT_FROM);
        let c = MailConfig::new(
            Some("smtp://relay.example.org"),
            Some("ISU <isu@example.org>"),
        )
        .expect("config");
        assert_eq!(c.relay.as_ref().map(|r| r.port), Some(25));
        let tls = MailConfig::new(Some("smtps://x"), None).expect("smtps");
        assert_eq!(
            tls.relay.as_ref().map(|r| (r.port, r.security)),
            Some((465, Security::Tls))
        );
        let st = MailConfig::new(Some("smtp+starttls://x"), None).expect("starttls");
        assert_eq!(
            st.relay.as_ref().map(|r| (r.port, r.security)),
            Some((587, Security::StartTls))
        );
        assert!(st.clone().with_credentials("isu", "secret").is_ok());
        // A password never travels in clear, nor sits in the URL.
        assert!(c.clone().with_credentials("isu", "secret").is_err());
        assert!(MailConfig::new(Some("smtps://isu:secret@x"), None).is_err());
        assert!(st.with_root_certificate(b"not pem".to_vec()).is_err());
        assert!(MailConfig::new(Some("http://x:465"), None).is_err());
        assert!(MailConfig::new(Some("smtp://x:port"), None).is_err());
        assert!(MailConfig::new(None, Some("not an address")).is_err());
        assert_eq!(MailConfig::new(Some(""), None).expect("none").relay, None);
    }
}
