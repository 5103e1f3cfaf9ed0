//! Requests for advice from a State Party to the ISU (P4.4(c), issue 15 item 1): a focal point
//! asks (the State, the theme, the subject, the question, attachments kept in the
//! content-addressed `FileStore` like a document's files), the ISU assigns the request to a
//! staff account, answers and closes it, and the State replies; the State may share the
//! exchange with all States Parties. Every write is one audited write (`advice.*`).
//!
//! Messages are never rewritten: a correction is a new message that names the one it revises
//! (the old text stays). Where a request stands (`status`, the holder, `shared`) changes with
//! the audited write that changes it.
//! This module checks what is written (the State, the theme, the texts, the files, whether the
//! request is closed, who may revise a message); it never decides who may read a request or
//! write for which State, which is `treatydesk_domain::advice` applied by the web. It never
//! gives anything to the search index.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use time::{Date, OffsetDateTime};
use treatydesk_domain::Role;
use treatydesk_domain::advice::{Status, Theme};

use crate::audit::{Author, Write};
use crate::entities::{actor, advice_attachment, advice_message, advice_request, convention};
use crate::error::{Problem, longer, said};
use crate::files::FileStore;
use crate::{Store, StoreError};
use treatydesk_domain::finding::Message;

/// A request as a form or the API gives it (the files travel beside it).
#[derive(Clone, Debug, Default)]
pub struct NewRequest {
    pub state: String,
    pub theme: String,
    pub subject: String,
    pub body: String,
    pub shared: bool,
}

/// Who writes a message: the ISU (an answer) or the requesting State (a reply).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Isu,
    State,
}

const MAX_SUBJECT: usize = 300;
const MAX_BODY: usize = 20_000;
/// At most this many files with one message.
pub const MAX_ATTACHMENTS: usize = 5;

fn check_body(body: &str, problems: &mut Vec<Problem>) {
    if body.trim().is_empty() {
        problems.push(said(
            "refuse-advice-body-empty",
            "Write the message; it is empty.",
        ));
    } else if body.chars().count() > MAX_BODY {
        problems.push(longer(
            "refuse-advice-body-long",
            MAX_BODY,
            format!("The message is longer than {MAX_BODY} characters; attach a file instead."),
        ));
    }
}

fn check_files(files: &[Vec<u8>], problems: &mut Vec<Problem>) {
    crate::files::check_uploads(files, MAX_ATTACHMENTS, problems);
}

/// Stores the files of a message and their rows, inside its write.
async fn attach(
    write: &Write,
    files: &FileStore,
    request: i32,
    message: i32,
    attachments: &[Vec<u8>],
) -> Result<Vec<advice_attachment::Model>, StoreError> {
    let mut out = Vec::new();
    for (i, bytes) in attachments.iter().enumerate() {
        let stored = files.put(bytes)?;
        crate::documents::record_stored_file(write, &stored).await?;
        let filename = format!(
            "advice-{request}-{message}-{}.{}",
            i + 1,
            stored.extension()
        );
        out.push(
            advice_attachment::ActiveModel {
                request_id: Set(request),
                message_id: Set(message),
                file_sha256: Set(stored.sha256),
                filename: Set(filename),
                created_at: Set(crate::now()),
                ..Default::default()
            }
            .insert(write.txn())
            .await?,
        );
    }
    Ok(out)
}

fn status_of(r: &advice_request::Model) -> Status {
    Status::from_slug(&r.status).unwrap_or(Status::Open)
}

impl Store {
    /// Records a State's request for advice with its question and files; every problem is
    /// listed in a sentence (a State unknown to the registry, a theme outside the list, a
    /// subject or question missing or too long, a file empty, too large or of a kind not
    /// accepted).
    pub async fn ask_advice(
        &self,
        author: &Author,
        files: &FileStore,
        convention: &convention::Model,
        new: &NewRequest,
        attachments: &[Vec<u8>],
    ) -> Result<advice_request::Model, StoreError> {
        let mut problems = Vec::new();
        let state = new.state.trim().to_uppercase();
        let known = actor::Entity::find()
            .filter(actor::Column::Code.eq(state.as_str()))
            .filter(actor::Column::Kind.eq("state"))
            .one(self.db())
            .await?;
        if known.is_none() {
            problems.push(Problem::new(
                Message::new("refuse-advice-state").code("value", &state),
                format!("“{state}” is not a State of the registry; choose the requesting State."),
            ));
        }
        let theme = Theme::from_slug(new.theme.trim());
        if theme.is_none() {
            let themes = Theme::ALL.map(Theme::slug).join(", ");
            problems.push(Problem::new(
                Message::new("refuse-advice-theme").code("known", &themes),
                format!("Choose the theme the request concerns (one of {themes})."),
            ));
        }
        let subject = new.subject.trim();
        if subject.is_empty() {
            problems.push(said("refuse-advice-subject", "Give the request a subject."));
        } else if subject.chars().count() > MAX_SUBJECT {
            problems.push(longer(
                "refuse-advice-subject-long",
                MAX_SUBJECT,
                format!("The subject is longer than {MAX_SUBJECT} characters."),
            ));
        }
        check_body(&new.body, &mut problems);
        check_files(attachments, &mut problems);
        let (Some(theme), true) = (theme, problems.is_empty()) else {
            return Err(StoreError::Invalid(problems));
        };
        let mut write = self
            .write(author, "advice.ask", format!("advice request of {state}"))
            .await?;
        write.convention(convention.id);
        let now = crate::now();
        let request = advice_request::ActiveModel {
            convention_id: Set(convention.id),
            state_code: Set(state.clone()),
            theme: Set(theme.slug().to_string()),
            subject: Set(subject.to_string()),
            shared: Set(new.shared),
            status: Set(Status::Open.slug().to_string()),
            assigned_to: Set(None),
            created_by: Set(author.who.clone()),
            created_at: Set(now),
            answered_at: Set(None),
            closed_at: Set(None),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        let message = advice_message::ActiveModel {
            request_id: Set(request.id),
            kind: Set("question".into()),
            author: Set(author.who.clone()),
            body: Set(new.body.trim().to_string()),
            revises_id: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        let stored = attach(&write, files, request.id, message.id, attachments).await?;
        write.detail(serde_json::json!({
            "request": request.id,
            "state": state,
            "theme": theme.slug(),
            "shared": new.shared,
            "attachments": stored.len(),
        }));
        write.commit().await?;
        Ok(request)
    }

    /// Adds a message to the exchange: the ISU's answer (the request is then answered; the
    /// first answer dates it) or the State's reply (the request is open again). Refused in a
    /// sentence when the request is closed, the message empty or a file not accepted.
    pub async fn post_advice_message(
        &self,
        author: &Author,
        files: &FileStore,
        request: &advice_request::Model,
        side: Side,
        body: &str,
        attachments: &[Vec<u8>],
    ) -> Result<advice_message::Model, StoreError> {
        let mut problems = Vec::new();
        if status_of(request) == Status::Closed {
            problems.push(said(
                "refuse-advice-closed-add",
                "This request is closed; nothing more can be added. Ask a new question instead.",
            ));
        }
        check_body(body, &mut problems);
        check_files(attachments, &mut problems);
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let (action, kind, status) = match side {
            Side::Isu => ("advice.answer", "answer", Status::Answered),
            Side::State => ("advice.reply", "reply", Status::Open),
        };
        let mut write = self
            .write(
                author,
                action,
                format!("advice request {} of {}", request.id, request.state_code),
            )
            .await?;
        write.convention(request.convention_id);
        let now = crate::now();
        let message = advice_message::ActiveModel {
            request_id: Set(request.id),
            kind: Set(kind.into()),
            author: Set(author.who.clone()),
            body: Set(body.trim().to_string()),
            revises_id: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        let stored = attach(&write, files, request.id, message.id, attachments).await?;
        let mut model: advice_request::ActiveModel = request.clone().into();
        model.status = Set(status.slug().to_string());
        if side == Side::Isu && request.answered_at.is_none() {
            model.answered_at = Set(Some(now));
        }
        model.update(write.txn()).await?;
        write.detail(serde_json::json!({
            "request": request.id,
            "message": message.id,
            "attachments": stored.len(),
            "status": status.slug(),
        }));
        write.commit().await?;
        Ok(message)
    }

    /// Corrects a message: a new message revising it, by its author only, while it stands (no
    /// later revision); the old text stays in the thread.
    pub async fn revise_advice_message(
        &self,
        author: &Author,
        request: &advice_request::Model,
        message_id: i32,
        body: &str,
    ) -> Result<advice_message::Model, StoreError> {
        let target = advice_message::Entity::find_by_id(message_id)
            .filter(advice_message::Column::RequestId.eq(request.id))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("message {message_id}")))?;
        let mut problems = Vec::new();
        if target.author != author.who {
            problems.push(Problem::new(
                Message::new("refuse-advice-author").text("who", &target.author),
                format!("Only its author ({}) corrects a message.", target.author),
            ));
        }
        if status_of(request) == Status::Closed {
            problems.push(said(
                "refuse-advice-closed-revise",
                "This request is closed; its messages stay as they are.",
            ));
        }
        check_body(body, &mut problems);
        let mut write = self
            .write(
                author,
                "advice.revise",
                format!("advice request {} of {}", request.id, request.state_code),
            )
            .await?;
        write.convention(request.convention_id);
        let later = advice_message::Entity::find()
            .filter(advice_message::Column::RevisesId.eq(target.id))
            .one(write.txn())
            .await?;
        if let Some(later) = later {
            problems.push(Problem::new(
                Message::new("refuse-advice-corrected").number("id", i64::from(later.id)),
                format!(
                    "This message was corrected already (message {}); correct the latest version.",
                    later.id
                ),
            ));
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let message = advice_message::ActiveModel {
            request_id: Set(request.id),
            kind: Set(target.kind.clone()),
            author: Set(author.who.clone()),
            body: Set(body.trim().to_string()),
            revises_id: Set(Some(target.id)),
            created_at: Set(crate::now()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.detail(serde_json::json!({
            "request": request.id,
            "message": message.id,
            "revises": target.id,
        }));
        write.commit().await?;
        Ok(message)
    }

    /// Assigns a request to an ISU staff account of its convention (or an administrator);
    /// refused in a sentence for anyone else, or when the request is closed.
    pub async fn assign_advice(
        &self,
        author: &Author,
        convention: &convention::Model,
        request: &advice_request::Model,
        assignee: &str,
    ) -> Result<advice_request::Model, StoreError> {
        let assignee = assignee.trim();
        let staff = self.isu_accounts(convention).await?;
        let mut problems = Vec::new();
        if !staff.iter().any(|(u, _)| u == assignee) {
            problems.push(Problem::new(
                Message::new("refuse-advice-assignee")
                    .code("value", assignee)
                    .text("convention", &convention.short_name),
                format!(
                    "“{assignee}” is not an ISU staff account of {}; choose one of the ISU's.",
                    convention.short_name
                ),
            ));
        }
        if status_of(request) == Status::Closed {
            problems.push(said(
                "refuse-advice-closed-assign",
                "This request is closed; it needs no holder.",
            ));
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let mut write = self
            .write(
                author,
                "advice.assign",
                format!("advice request {} of {}", request.id, request.state_code),
            )
            .await?;
        write.convention(request.convention_id);
        write.detail(serde_json::json!({
            "request": request.id,
            "from": request.assigned_to,
            "to": assignee,
        }));
        let mut model: advice_request::ActiveModel = request.clone().into();
        model.assigned_to = Set(Some(assignee.to_string()));
        let row = model.update(write.txn()).await?;
        write.commit().await?;
        Ok(row)
    }

    /// Closes a request (the ISU); refused in a sentence when it is closed already.
    pub async fn close_advice(
        &self,
        author: &Author,
        request: &advice_request::Model,
    ) -> Result<advice_request::Model, StoreError> {
        if status_of(request) == Status::Closed {
            return Err(StoreError::refuse(said(
                "refuse-advice-closed",
                "This request is closed already.",
            )));
        }
        let mut write = self
            .write(
                author,
                "advice.close",
                format!("advice request {} of {}", request.id, request.state_code),
            )
            .await?;
        write.convention(request.convention_id);
        write.detail(serde_json::json!({ "request": request.id, "was": request.status }));
        let mut model: advice_request::ActiveModel = request.clone().into();
        model.status = Set(Status::Closed.slug().to_string());
        model.closed_at = Set(Some(crate::now()));
        let row = model.update(write.txn()).await?;
        write.commit().await?;
        Ok(row)
    }

    /// The State shares the exchange with all States Parties, or takes it back to itself and
    /// the ISU. Refused in a sentence when nothing would change.
    pub async fn share_advice(
        &self,
        author: &Author,
        request: &advice_request::Model,
        shared: bool,
    ) -> Result<advice_request::Model, StoreError> {
        if request.shared == shared {
            return Err(StoreError::refuse(if shared {
                said(
                    "refuse-advice-shared-already",
                    "The exchange is shared with all States Parties already.",
                )
            } else {
                said(
                    "refuse-advice-confidential-already",
                    "The exchange is confidential already.",
                )
            }));
        }
        let mut write = self
            .write(
                author,
                "advice.share",
                format!("advice request {} of {}", request.id, request.state_code),
            )
            .await?;
        write.convention(request.convention_id);
        write.detail(serde_json::json!({ "request": request.id, "shared": shared }));
        let mut model: advice_request::ActiveModel = request.clone().into();
        model.shared = Set(shared);
        let row = model.update(write.txn()).await?;
        write.commit().await?;
        Ok(row)
    }

    /// Every request of a convention, newest first (the web filters what a reader may see).
    pub async fn advice_requests(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<advice_request::Model>, StoreError> {
        Ok(advice_request::Entity::find()
            .filter(advice_request::Column::ConventionId.eq(convention.id))
            .order_by_desc(advice_request::Column::Id)
            .all(self.db())
            .await?)
    }

    /// One request of a convention.
    pub async fn advice_request(
        &self,
        convention: &convention::Model,
        id: i32,
    ) -> Result<advice_request::Model, StoreError> {
        advice_request::Entity::find_by_id(id)
            .filter(advice_request::Column::ConventionId.eq(convention.id))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("advice request {id}")))
    }

    /// The messages of a request, every version, oldest first.
    pub async fn advice_messages(
        &self,
        request: &advice_request::Model,
    ) -> Result<Vec<advice_message::Model>, StoreError> {
        Ok(advice_message::Entity::find()
            .filter(advice_message::Column::RequestId.eq(request.id))
            .order_by_asc(advice_message::Column::Id)
            .all(self.db())
            .await?)
    }

    /// The attachments of a request, oldest first.
    pub async fn advice_attachments(
        &self,
        request: &advice_request::Model,
    ) -> Result<Vec<advice_attachment::Model>, StoreError> {
        Ok(advice_attachment::Entity::find()
            .filter(advice_attachment::Column::RequestId.eq(request.id))
            .order_by_asc(advice_attachment::Column::Id)
            .all(self.db())
            .await?)
    }

    /// How many requests of a convention the ISU first answered from `from` to `until`, both
    /// days included (UTC): what the ISU's report to a meeting counts (P4.4(i)).
    pub async fn advice_answered_between(
        &self,
        convention: &convention::Model,
        from: Date,
        until: Date,
    ) -> Result<usize, StoreError> {
        let start = OffsetDateTime::new_utc(from, time::Time::MIDNIGHT);
        let end = until
            .next_day()
            .map(|d| OffsetDateTime::new_utc(d, time::Time::MIDNIGHT));
        let mut query = advice_request::Entity::find()
            .filter(advice_request::Column::ConventionId.eq(convention.id))
            .filter(advice_request::Column::AnsweredAt.gte(start));
        if let Some(end) = end {
            query = query.filter(advice_request::Column::AnsweredAt.lt(end));
        }
        Ok(query.all(self.db()).await?.len())
    }

    /// The accounts a request may be assigned to: ISU staff of the convention and
    /// administrators, enabled, as (username, display name), by username.
    pub async fn isu_accounts(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<(String, String)>, StoreError> {
        Ok(self
            .accounts()
            .await?
            .into_iter()
            .filter(|a| !a.disabled)
            .filter(|a| {
                a.grants.iter().any(|g| {
                    g.grant.role == Role::Admin
                        || (g.grant.role == Role::IsuStaff
                            && g.grant.convention.as_deref() == Some(convention.code.as_str()))
                })
            })
            .map(|a| (a.username, a.display_name))
            .collect())
    }
}

/// The messages as they stand: those no later message revises.
pub fn current(all: &[advice_message::Model]) -> Vec<&advice_message::Model> {
    all.iter()
        .filter(|m| !all.iter().any(|later| later.revises_id == Some(m.id)))
        .collect()
}
