//! The SQLite writer of registrations (issue 13): one thread of its own, with a runtime of its
//! own, takes registrations in the order they arrive and writes those waiting together in one
//! transaction, each in a savepoint of its own, answering them once it has committed.
//!
//! Why: SQLite has one writer at a time. When every request began its own transaction, the
//! connections that lost the race slept in SQLite's busy handler (sleeps of up to 100 ms), so a
//! burst was served out of order with a long tail; and every statement's answer, coming from a
//! connection's thread, woke the request's task through the shared runtime's injection queue,
//! behind the other requests' work. Here the registrations queue in arrival order, and the
//! writer's task is the only one on its thread: it is woken at once when a statement answers.
//! One commit for a batch writes each page the registrations share (the table, its indexes,
//! the outbox, the audit log) to the write-ahead log once, not once per registration.
//!
//! On PostgreSQL the writer is a task on the server's runtime (its connections' sockets are that
//! runtime's), batching the same way: registrations for a meeting wait for one another on the
//! meeting's settings row anyway, so one transaction takes that lock once for all who wait.
//! This module must never answer before the registration's transaction has committed (or has
//! been refused), and never write anything but registrations.

use std::panic::AssertUnwindSafe;
use std::sync::{Arc, OnceLock};

use futures_util::FutureExt;

use tokio::sync::{mpsc, oneshot};
use treatydesk_domain::Lang;
use treatydesk_domain::registration::RegistrationForm;

use crate::audit::Author;
use crate::entities::{convention, meeting, registration};
use crate::registration::Upload;
use crate::{Store, StoreError};

/// What [`Store::register`] was given, owned so that it can wait in the queue.
pub(crate) struct Registering {
    pub(crate) author: Author,
    pub(crate) convention: convention::Model,
    pub(crate) meeting: meeting::Model,
    pub(crate) form: RegistrationForm,
    pub(crate) upload: Option<Upload>,
    pub(crate) lang: Lang,
}

/// One registration waiting for the writer, with where its answer goes.
struct Job {
    what: Registering,
    reply: oneshot::Sender<Result<registration::Model, StoreError>>,
}

/// The queue into the writer's thread, started by the first registration. Every clone of a
/// store shares it; the thread ends when the last of them is dropped.
#[derive(Clone, Debug, Default)]
pub(crate) struct RegistrationWriter {
    queue: Arc<OnceLock<Result<mpsc::UnboundedSender<Job>, String>>>,
}

impl RegistrationWriter {
    /// Writes one registration through the writer and waits for its answer.
    pub(crate) async fn register(
        &self,
        store: &Store,
        what: Registering,
    ) -> Result<registration::Model, StoreError> {
        let queue = self
            .queue
            .get_or_init(|| start(store))
            .as_ref()
            .map_err(|e| StoreError::Unavailable(e.clone()))?;
        let (reply, answer) = oneshot::channel();
        queue.send(Job { what, reply }).map_err(|_| stopped())?;
        answer.await.map_err(|_| stopped())?
    }
}

/// The most registrations one transaction takes: at the burst's 64 posts in flight, all of
/// those waiting.
const BATCH_MAX: usize = 128;

/// Writes `jobs` in one transaction, each in a savepoint of its own (a refused or failed one
/// leaves nothing), and answers each only once the transaction has committed.
async fn write_batch(store: &Store, jobs: Vec<Job>) {
    let mut batch = match store.batch().await {
        Ok(batch) => batch,
        Err(e) => {
            let why = e.to_string();
            for job in jobs {
                let _ = job.reply.send(Err(StoreError::Unavailable(why.clone())));
            }
            return;
        }
    };
    let mut answers = Vec::with_capacity(jobs.len());
    for Job { what, reply } in jobs {
        let written = AssertUnwindSafe(store.register_now(&mut batch, what))
            .catch_unwind()
            .await
            .unwrap_or_else(|_| {
                tracing::error!(
                    "a registration panicked in the writer; its savepoint is rolled back"
                );
                Err(stopped())
            });
        answers.push((reply, written));
    }
    match batch.commit().await {
        Ok(()) => {
            for (reply, written) in answers {
                let _ = reply.send(written);
            }
        }
        Err(e) => {
            // Nothing of the batch is stored: a registration it had accepted is not.
            let why = e.to_string();
            for (reply, written) in answers {
                let answer = match written {
                    Ok(_) => Err(StoreError::Unavailable(why.clone())),
                    refused => refused,
                };
                let _ = reply.send(answer);
            }
        }
    }
}

fn stopped() -> StoreError {
    StoreError::Unavailable("the registration writer has stopped".into())
}

/// Starts the writer's thread. It holds a clone of the store whose own writer is empty (it
/// writes directly), so the queue closes, and the thread ends, with the last store outside it.
fn start(store: &Store) -> Result<mpsc::UnboundedSender<Job>, String> {
    let (queue, jobs) = mpsc::unbounded_channel::<Job>();
    let store = Store {
        registration_writer: RegistrationWriter::default(),
        ..store.clone()
    };
    if store.backend() != sea_orm::DbBackend::Sqlite {
        // PostgreSQL's connections are the runtime's own sockets: a task beside the others.
        tokio::spawn(write_all(store, jobs));
        return Ok(queue);
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the registration writer: {e}"))?;
    std::thread::Builder::new()
        .name("registrations".into())
        .spawn(move || runtime.block_on(write_all(store, jobs)))
        .map_err(|e| format!("cannot start the registration writer: {e}"))?;
    Ok(queue)
}

/// Writes what arrives until every store outside the writer is gone.
async fn write_all(store: Store, mut jobs: mpsc::UnboundedReceiver<Job>) {
    while let Some(first) = jobs.recv().await {
        // Those already waiting join the first: one transaction for all of them.
        let mut batch = vec![first];
        while batch.len() < BATCH_MAX {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        write_batch(&store, batch).await;
    }
}
