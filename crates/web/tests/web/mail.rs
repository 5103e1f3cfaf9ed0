//! Delivery of the mail outbox: a relay that refuses connections leaves the message in the
//! outbox with its attempt, its error and a later next attempt; a real SMTP conversation with a
//! small listener on loopback marks it sent. No mock of our own code: lettre talks SMTP over TCP.

use std::sync::{Arc, Mutex};
use treatydesk_domain::Lang;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
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

/// A minimal SMTP server for one message: it answers every command and keeps the DATA.
async fn smtp_listener() -> (u16, Arc<Mutex<String>>, tokio::task::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let received = Arc::new(Mutex::new(String::new()));
    let keep = received.clone();
    let task = tokio::spawn(async move {
        let Ok((socket, _)) = listener.accept().await else {
            return;
        };
        let (read, mut write) = socket.into_split();
        let mut lines = BufReader::new(read).lines();
        let _ = write.write_all(b"220 test.localhost ESMTP\r\n").await;
        let mut in_data = false;
        while let Ok(Some(line)) = lines.next_line().await {
            if in_data {
                if line == "." {
                    in_data = false;
                    let _ = write.write_all(b"250 2.0.0 queued\r\n").await;
                } else if let Ok(mut r) = keep.lock() {
                    r.push_str(&line);
                    r.push('\n');
                }
                continue;
            }
            let upper = line.to_ascii_uppercase();
            let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                b"250 test.localhost\r\n"
            } else if upper.starts_with("DATA") {
                in_data = true;
                b"354 end with <CRLF>.<CRLF>\r\n"
            } else if upper.starts_with("QUIT") {
                let _ = write.write_all(b"221 bye\r\n").await;
                break;
            } else {
                b"250 OK\r\n"
            };
            let _ = write.write_all(reply).await;
        }
    });
    (port, received, task)
}

#[tokio::test]
async fn a_real_smtp_conversation_marks_the_message_sent() {
    let db = one_message().await;
    let (port, received, task) = smtp_listener().await;
    let config = MailConfig::new(
        Some(&format!("smtp://127.0.0.1:{port}")),
        Some("ISU <isu@example.org>"),
    )
    .expect("config");
    let round = deliver_due(&db.store, &config).await.expect("round");
    assert_eq!((round.sent, round.failed), (1, 0));
    let _ = tokio::time::timeout(std::time::Duration::from_secs(5), task).await;
    let row = &db.store.outbox(5).await.expect("outbox")[0];
    assert!(row.sent_at.is_some());
    assert_eq!(row.attempts, 1);
    let data = received.lock().expect("lock").clone();
    assert!(
        data.contains("Subject: We received your registration for 3RC"),
        "{data}"
    );
    assert!(data.contains("To: ada@example.org"), "{data}");
    // Nothing is due any more.
    let round = deliver_due(&db.store, &config).await.expect("round");
    assert_eq!((round.sent, round.failed), (0, 0));
}
