//! Delegations' statements (P1.2, issue 12 item 5): a statement is attached to a session of a
//! meeting's programme and to one of its speakers, in one of the six UN languages, with its file
//! checked by content and kept once in the content-addressed `FileStore` (as a document's
//! language version is). Each record is one audited write (`statement.record`).
//!
//! The record is never rewritten: recording a statement again for the same session, speaker and
//! language makes a new row that supersedes the current one, and the old one stays readable; a
//! withdrawal (`statement.withdraw`) is a row too, without a file, that supersedes the version it
//! withdraws.
//! This module checks who may record *for which State* (an [`Uploader`] the web derives from the
//! reader's grants: the ISU for any speaker, a focal point for its own State's speakers only);
//! it never decides whether the reader may upload at all, which is the web's check.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use treatydesk_domain::document::{UN_LANGUAGES, is_un_language};

use treatydesk_domain::finding::Message;

use crate::audit::Author;
use crate::entities::{convention, meeting, programme_session, session_speaker, statement};
use crate::error::{Problem, longer, said};
use crate::files::{FileStore, MAX_FILE, media_type_of};
use crate::{Store, StoreError};

/// Who records a statement, as far as the store's checks go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Uploader {
    /// ISU staff (or an administrator): any speaker of the session.
    Isu,
    /// A focal point acting for these States (ISO alpha-3): their speakers only.
    FocalPoint(Vec<String>),
}

impl Uploader {
    /// May this uploader record a statement of a speaker who speaks for `state`?
    pub fn may_record_for(&self, state: Option<&str>) -> bool {
        match self {
            Uploader::Isu => true,
            Uploader::FocalPoint(states) => {
                state.is_some_and(|s| states.iter().any(|mine| mine == s))
            }
        }
    }
}

/// A statement as a form or the API gives it (the file's bytes travel beside it).
#[derive(Clone, Debug, Default)]
pub struct NewStatement {
    pub session_id: i64,
    pub speaker_id: i64,
    pub lang: String,
    pub title: String,
}

const MAX_TITLE: usize = 300;

impl Store {
    /// Records a statement: every problem is listed in a sentence (the session not in the
    /// meeting's programme, the speaker not on it, a focal point's speaker of another State, a
    /// language outside the six, a title missing, a file empty, too large or of a kind not
    /// accepted). A current statement of the same session, speaker and language is superseded
    /// by the new one, never changed.
    #[allow(clippy::too_many_arguments)]
    pub async fn record_statement(
        &self,
        author: &Author,
        files: &FileStore,
        convention: &convention::Model,
        meeting: &meeting::Model,
        uploader: &Uploader,
        new: &NewStatement,
        bytes: &[u8],
    ) -> Result<statement::Model, StoreError> {
        if meeting.convention_id != convention.id {
            return Err(StoreError::NotFound(format!(
                "the meeting {} of {}",
                meeting.label, convention.short_name
            )));
        }
        let mut problems = Vec::new();
        let session = match i32::try_from(new.session_id) {
            Ok(id) => {
                programme_session::Entity::find_by_id(id)
                    .filter(programme_session::Column::MeetingId.eq(meeting.id))
                    .one(self.db())
                    .await?
            }
            Err(_) => None,
        };
        let speaker = match (&session, i32::try_from(new.speaker_id)) {
            (Some(s), Ok(id)) => session_speaker::Entity::find_by_id(id)
                .one(self.db())
                .await?
                .filter(|sp| sp.session_id == s.id),
            _ => None,
        };
        match (&session, &speaker) {
            (None, _) => problems.push(Problem::new(
                Message::new("refuse-statement-session")
                    .code("session", &new.session_id.to_string())
                    .meeting("meeting", &meeting.label),
                format!(
                    "Session {} is not in the programme of {}; choose a session of this meeting.",
                    new.session_id, meeting.label
                ),
            )),
            (Some(s), None) => problems.push(Problem::new(
                Message::new("refuse-statement-speaker").text("session", &s.title),
                format!(
                    "The speaker chosen is not on the session “{}”; choose one of its speakers.",
                    s.title
                ),
            )),
            (Some(_), Some(sp)) if !uploader.may_record_for(sp.actor_code.as_deref()) => {
                let mine = match uploader {
                    Uploader::FocalPoint(states) => states.join(", "),
                    Uploader::Isu => String::new(),
                };
                problems.push(match &sp.actor_code {
                    Some(theirs) => Problem::new(
                        Message::new("refuse-statement-other-state")
                            .code("mine", &mine)
                            .text("speaker", &sp.name)
                            .code("theirs", theirs),
                        format!(
                            "A focal point records statements for its own State only ({mine}); {} speaks for {theirs}.",
                            sp.name
                        ),
                    ),
                    None => Problem::new(
                        Message::new("refuse-statement-no-state")
                            .code("mine", &mine)
                            .text("speaker", &sp.name),
                        format!(
                            "A focal point records statements for its own State only ({mine}); {} speaks for no State.",
                            sp.name
                        ),
                    ),
                });
            }
            _ => {}
        }
        let lang = new.lang.trim();
        if !is_un_language(lang) {
            let known = UN_LANGUAGES.join(", ");
            problems.push(Problem::new(
                Message::new("refuse-statement-language")
                    .code("value", lang)
                    .code("known", &known),
                format!(
                    "“{lang}” is not one of the six UN languages ({known}); choose the language of the statement."
                ),
            ));
        }
        let title = new.title.trim();
        if title.is_empty() {
            problems.push(said(
                "refuse-statement-title",
                "Give the statement a title.",
            ));
        } else if title.chars().count() > MAX_TITLE {
            problems.push(longer(
                "refuse-statement-title-long",
                MAX_TITLE,
                format!("The title is longer than {MAX_TITLE} characters."),
            ));
        }
        if bytes.is_empty() {
            problems.push(said(
                "refuse-statement-file-empty",
                "Choose the file of the statement; the file given is empty.",
            ));
        } else if bytes.len() > MAX_FILE {
            let size = bytes.len() / (1024 * 1024);
            let max = MAX_FILE / (1024 * 1024);
            problems.push(Problem::new(
                Message::new("refuse-statement-file-large")
                    .number("size", i64::try_from(size).unwrap_or(i64::MAX))
                    .number("max", i64::try_from(max).unwrap_or(i64::MAX)),
                format!("The file is {size} MiB; at most {max} MiB are accepted."),
            ));
        } else if media_type_of(bytes).is_none() {
            problems.push(said(
                "refuse-statement-file-kind",
                "The file is not a PDF, a Word document (DOCX) or plain UTF-8 text.",
            ));
        }
        let (Some(session), Some(speaker), true) = (session, speaker, problems.is_empty()) else {
            return Err(StoreError::Invalid(problems));
        };
        let stored = files.put(bytes)?;
        let mut write = self
            .write(
                author,
                "statement.record",
                format!(
                    "{} programme: statement of {} in {lang} at “{}” ({} bytes)",
                    meeting.label, speaker.name, session.title, stored.size
                ),
            )
            .await?;
        write.convention(convention.id);
        // The current version of this statement in this language, read inside the write.
        let earlier = statement::Entity::find()
            .filter(statement::Column::MeetingId.eq(meeting.id))
            .filter(statement::Column::SessionId.eq(session.id))
            .filter(statement::Column::SpeakerId.eq(speaker.id))
            .filter(statement::Column::Lang.eq(lang))
            .order_by_asc(statement::Column::Id)
            .all(write.txn())
            .await?;
        let supersedes = earlier
            .iter()
            .find(|e| {
                !earlier
                    .iter()
                    .any(|later| later.supersedes_id == Some(e.id))
            })
            .map(|e| e.id);
        crate::documents::record_stored_file(&write, &stored).await?;
        let extension = stored.extension();
        let who: String = speaker
            .actor_code
            .clone()
            .unwrap_or_else(|| format!("speaker-{}", speaker.id));
        let filename = format!(
            "{}-statement-{}-{}-{lang}.{extension}",
            meeting.label.replace(['/', '.', ' '], "-"),
            session.id,
            who.replace(['/', '.', ' ', '"'], "-"),
        );
        let row = statement::ActiveModel {
            convention_id: Set(convention.id),
            meeting_id: Set(meeting.id),
            session_id: Set(session.id),
            speaker_id: Set(Some(speaker.id)),
            speaker_name: Set(speaker.name.clone()),
            state_code: Set(speaker.actor_code.clone()),
            lang: Set(lang.to_string()),
            title: Set(title.to_string()),
            file_sha256: Set(stored.sha256),
            filename: Set(filename),
            text: Set(stored.text),
            supersedes_id: Set(supersedes),
            withdrawn: Set(false),
            uploaded_by: Set(author.who.clone()),
            uploaded_at: Set(crate::now()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.detail(serde_json::json!({
            "statement": row.id,
            "session": session.id,
            "speaker": speaker.id,
            "lang": lang,
            "supersedes": supersedes,
        }));
        write.commit().await?;
        Ok(row)
    }

    /// Withdraws the current version of a statement: a new row, without a file, that supersedes
    /// it (the version withdrawn stays readable). Refused in a sentence when the statement has a
    /// later version or is withdrawn already, or when a focal point withdraws another State's.
    pub async fn withdraw_statement(
        &self,
        author: &Author,
        convention: &convention::Model,
        meeting: &meeting::Model,
        uploader: &Uploader,
        id: i32,
    ) -> Result<statement::Model, StoreError> {
        let target = self.statement_of(meeting, id).await?;
        if target.convention_id != convention.id {
            return Err(StoreError::NotFound(format!("statement {id}")));
        }
        let mut write = self
            .write(
                author,
                "statement.withdraw",
                format!(
                    "{} programme: statement {id} of {} in {}",
                    meeting.label, target.speaker_name, target.lang
                ),
            )
            .await?;
        write.convention(convention.id);
        let later = statement::Entity::find()
            .filter(statement::Column::SupersedesId.eq(target.id))
            .one(write.txn())
            .await?;
        let mut problems = Vec::new();
        if target.withdrawn {
            problems.push(said(
                "refuse-statement-withdrawn",
                "This is a withdrawal already; there is nothing to withdraw.",
            ));
        } else if let Some(later) = later {
            problems.push(Problem::new(
                Message::new("refuse-statement-replaced").code("id", &later.id.to_string()),
                format!(
                    "This version was replaced by a later one ({}); withdraw the current version instead.",
                    later.id
                ),
            ));
        }
        if !uploader.may_record_for(target.state_code.as_deref()) {
            problems.push(match &target.state_code {
                Some(theirs) => Problem::new(
                    Message::new("refuse-statement-withdraw-other")
                        .text("speaker", &target.speaker_name)
                        .code("theirs", theirs),
                    format!(
                        "A focal point withdraws statements of its own State only; {} speaks for {theirs}.",
                        target.speaker_name
                    ),
                ),
                None => Problem::new(
                    Message::new("refuse-statement-withdraw-no-state")
                        .text("speaker", &target.speaker_name),
                    format!(
                        "A focal point withdraws statements of its own State only; {} speaks for no State.",
                        target.speaker_name
                    ),
                ),
            });
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let row = statement::ActiveModel {
            convention_id: Set(target.convention_id),
            meeting_id: Set(target.meeting_id),
            session_id: Set(target.session_id),
            speaker_id: Set(target.speaker_id),
            speaker_name: Set(target.speaker_name.clone()),
            state_code: Set(target.state_code.clone()),
            lang: Set(target.lang.clone()),
            title: Set(target.title.clone()),
            file_sha256: Set(String::new()),
            filename: Set(String::new()),
            text: Set(String::new()),
            supersedes_id: Set(Some(target.id)),
            withdrawn: Set(true),
            uploaded_by: Set(author.who.clone()),
            uploaded_at: Set(crate::now()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.detail(serde_json::json!({ "statement": row.id, "withdraws": target.id }));
        write.commit().await?;
        Ok(row)
    }

    /// Every statement of a meeting, every version (superseded ones too), oldest first.
    pub async fn statements_of_meeting(
        &self,
        meeting: &meeting::Model,
    ) -> Result<Vec<statement::Model>, StoreError> {
        Ok(statement::Entity::find()
            .filter(statement::Column::MeetingId.eq(meeting.id))
            .order_by_asc(statement::Column::SessionId)
            .order_by_asc(statement::Column::Id)
            .all(self.db())
            .await?)
    }

    /// Every statement of one session of a meeting, every version, oldest first.
    pub async fn statements_of_session(
        &self,
        meeting: &meeting::Model,
        session_id: i64,
    ) -> Result<Vec<statement::Model>, StoreError> {
        let Ok(id) = i32::try_from(session_id) else {
            return Ok(Vec::new());
        };
        Ok(statement::Entity::find()
            .filter(statement::Column::MeetingId.eq(meeting.id))
            .filter(statement::Column::SessionId.eq(id))
            .order_by_asc(statement::Column::Id)
            .all(self.db())
            .await?)
    }

    /// Every statement of a convention (for the search index), every version.
    pub async fn statements_of_convention(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<statement::Model>, StoreError> {
        Ok(statement::Entity::find()
            .filter(statement::Column::ConventionId.eq(convention.id))
            .order_by_asc(statement::Column::Id)
            .all(self.db())
            .await?)
    }

    /// One statement of a meeting.
    pub async fn statement_of(
        &self,
        meeting: &meeting::Model,
        id: i32,
    ) -> Result<statement::Model, StoreError> {
        statement::Entity::find_by_id(id)
            .filter(statement::Column::MeetingId.eq(meeting.id))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("statement {id}")))
    }
}

/// The statements as they stand: the rows no later row supersedes, withdrawals left out.
pub fn current(all: &[statement::Model]) -> Vec<&statement::Model> {
    all.iter()
        .filter(|s| !s.withdrawn && !all.iter().any(|later| later.supersedes_id == Some(s.id)))
        .collect()
}
