//! Delivery of the mail outbox: a relay that refuses connections leaves the message in the
//! outbox with its attempt, its error and a later next attempt; a real SMTP server process
//! (aiosmtpd), plain or with STARTTLS and authentication, receives it and it is marked sent.

use treatydesk_domain::Lang;

use crate::common::smtp::{PASSWORD, RealSmtp, USER};
use treatydesk_domain::registration::RegistrationForm;
use treatydesk_store::audit::Author;
use treatydesk_store::testing::TestDb;
use treatydesk_web::services::mail::{MailConfig, deliver_due};

/// A fresh database with one registration, so one acknowledgement waits in the outbox.
async fn one_message() -> TestDb {
    let db = TestDb::new().await.expect("db");
    db.store.load_demo_data().await.expect("demo");
    let ccm = db.store.convention("ccm").await.expect("ccm");
    let meeting = db.store.meeting(&ccm, "3RC").await.expect("3RC");
    let form = RegistrationForm {
        category: "ngo".into(),
        organization: "Landmine Action Network".into(),
        family_name: "Okafor".into(),
        given_name: "Ada".into(),
        email: "ada@example.org".into(),
        role: "member".into(),
        ..Default::default()
    };
    db.store
        .register(
            &Author::system("test"),
            &ccm,
            &meeting,
            &form,
            None,
            Lang::En,
        )
        .await
        .expect("registered");
    db
}

#[tokio::test]
async fn an_unreachable_relay_keeps_the_message_and_counts_the_attempt() {
    let db = one_message().await;
    let config = MailConfig::new(Some("smtp://127.0.0.1:1"), None).expect("config");
    let round = deliver_due(&db.store, &config).await.expect("round");
    assert_eq!((round.sent, round.failed), (0, 1));
    let row = &db.store.outbox(5).await.expect("outbox")[0];
    assert_eq!(row.attempts, 1);
    assert!(row.sent_at.is_none());
    assert!(
        row.last_error
            .as_deref()
            .unwrap_or("")
            .contains("SMTP relay")
    );
    assert!(row.next_attempt_at > treatydesk_store::now() + std::time::Duration::from_secs(50));
    // Not due again yet: a second round leaves it alone.
    let round = deliver_due(&db.store, &config).await.expect("round");
    assert_eq!((round.sent, round.failed), (0, 0));
}

#[tokio::test]
async fn without_a_relay_the_message_waits_and_says_why() {
    let db = one_message().await;
    let config = MailConfig::new(None, None).expect("config");
    deliver_due(&db.store, &config).await.expect("round");
    let row = &db.store.outbox(5).await.expect("outbox")[0];
    assert_eq!(row.attempts, 1);
    assert!(row.sent_at.is_none());
    assert!(
        row.last_error
            .as_deref()
            .unwrap_or("")
            .contains("no SMTP relay")
    );
}

#[tokio::test]
async fn a_real_smtp_server_receives_the_message_and_it_is_marked_sent() {
    let db = one_message().await;
    let server = RealSmtp::start(false);
    let config = MailConfig::new(
        Some(&format!("smtp://127.0.0.1:{}", server.port)),
        Some("ISU <isu@example.org>"),
    )
    .expect("config");
    let round = deliver_due(&db.store, &config).await.expect("round");
    assert_eq!((round.sent, round.failed), (1, 0));
    let row = &db.store.outbox(5).await.expect("outbox")[0];
    assert!(row.sent_at.is_some());
    assert_eq!(row.attempts, 1);
    let data = server.received().join("\n");
    assert!(
        data.contains("Subject: We received your registration for 3RC"),
        "{data}"
    );
    assert!(data.contains("RCPT ada@example.org"), "{data}");
    // Nothing is due any more.
    let round = deliver_due(&db.store, &config).await.expect("round");
    assert_eq!((round.sent, round.failed), (0, 0));
}

#[tokio::test]
async fn starttls_with_authentication_delivers_and_a_stopped_relay_fails_then_recovers() {
    let db = one_message().await;
    let mut server = RealSmtp::start(true);
    let url = format!("smtp+starttls://localhost:{}", server.port);
    let trusted = MailConfig::new(Some(&url), None)
        .and_then(|c| c.with_root_certificate(server.certificate()))
        .expect("config");
    // Without the account the relay refuses the message; it stays queued with the reason.
    let round = deliver_due(&db.store, &trusted).await.expect("round");
    assert_eq!((round.sent, round.failed), (0, 1));
    let ids: Vec<i32> = db
        .store
        .outbox(5)
        .await
        .expect("outbox")
        .iter()
        .map(|m| m.id)
        .collect();
    assert_eq!(db.store.retry_now(&ids).await.expect("retry"), 1);
    // Not trusting the relay's certificate: refused too, nothing sent in clear.
    let untrusted = MailConfig::new(Some(&url), None)
        .and_then(|c| c.with_credentials(USER, PASSWORD))
        .expect("config");
    let round = deliver_due(&db.store, &untrusted).await.expect("round");
    assert_eq!((round.sent, round.failed), (0, 1));
    assert!(server.received().is_empty());
    db.store.retry_now(&ids).await.expect("retry");
    // The relay is down: the attempt fails with the error kept.
    let config = trusted.with_credentials(USER, PASSWORD).expect("account");
    server.stop();
    let round = deliver_due(&db.store, &config).await.expect("round");
    assert_eq!((round.sent, round.failed), (0, 1));
    let row = &db.store.outbox(5).await.expect("outbox")[0];
    assert!(row.sent_at.is_none());
    assert_eq!(row.attempts, 3);
    assert!(
        row.last_error
            .as_deref()
            .unwrap_or("")
            .contains("SMTP relay")
    );
    // It returns; the retry sends it over STARTTLS, signed in.
    server.resume();
    db.store.retry_now(&ids).await.expect("retry");
    let round = deliver_due(&db.store, &config).await.expect("round");
    let row = &db.store.outbox(5).await.expect("outbox")[0];
    assert_eq!((round.sent, round.failed), (1, 0), "{:?}", row.last_error);
    assert!(row.sent_at.is_some());
    assert_eq!(row.attempts, 4);
    let data = server.received().join("\n");
    assert!(data.contains("RCPT ada@example.org"), "{data}");
    // A sent message is not made due again.
    assert_eq!(db.store.retry_now(&ids).await.expect("retry"), 0);
}
