//! The decisions register, writable (issue 12): ISU staff record a decision of a formal meeting
//! (MSP, Review Conference, extraordinary MSP) or of the Coordination Committee with its number,
//! title, text per language, agenda item, documents adopted, decisions superseded and date.
//!
//! A decision is never overwritten: a correction adds a revision (who, when, why, and the whole
//! content as it then read), and the `decisions` row mirrors the newest revision so that the
//! rules, the appointments and the register keep reading it. Every write is audited. This module
//! never decides who may write; the web checks roles before calling it.

use std::collections::BTreeMap;

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use serde::Serialize;
use time::Date;
use treatydesk_domain::document::is_un_language;
use treatydesk_domain::meeting::MeetingKind;
use treatydesk_domain::record_kept::records_decisions;

use crate::audit::Author;
use crate::entities::{
    agenda_item, convention, decision, decision_document, decision_revision, document, meeting,
};
use crate::error::{Problem, said};
use crate::{Store, StoreError};
use treatydesk_domain::finding::Message;

/// What a decision says: the part a correction may change (its meeting and number stay).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DecisionContent {
    pub title: String,
    /// Language code (a UN language: ar, zh, en, fr, ru, es) to text; at least one.
    pub texts: BTreeMap<String, String>,
    pub agenda_item_id: Option<i32>,
    /// Ids of the documents the decision adopts.
    pub adopts: Vec<i32>,
    /// Ids of the decisions it supersedes.
    pub supersedes: Vec<i32>,
    /// The day it was adopted; the meeting's closing day when not given.
    pub decided_on: Option<Date>,
}

/// A new decision of a meeting.
#[derive(Clone, Debug, Default)]
pub struct NewDecision {
    pub number: u32,
    pub content: DecisionContent,
    /// Where the record comes from (for demo data, that it is made up).
    pub source: String,
}

/// One revision as the register shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DecisionRevision {
    pub revision: i32,
    pub content: DecisionContent,
    pub at: time::OffsetDateTime,
    pub who: String,
    pub reason: String,
}

/// A decision with its current content and every revision, oldest first.
#[derive(Clone, Debug, Serialize)]
pub struct DecisionRecord {
    pub decision: decision::Model,
    pub meeting: meeting::Model,
    pub current: DecisionContent,
    /// The ids of the decisions that supersede this one.
    pub superseded_by: Vec<i32>,
    pub revisions: Vec<DecisionRevision>,
}

fn ids(json: &str) -> Vec<i32> {
    serde_json::from_str(json).unwrap_or_default()
}

fn texts_of(json: &str) -> BTreeMap<String, String> {
    serde_json::from_str(json).unwrap_or_default()
}

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

/// The current content of a stored decision (decisions recorded before texts per language were
/// kept read their one text as English).
fn content_of(d: &decision::Model, adopts: Vec<i32>) -> DecisionContent {
    let mut texts = texts_of(&d.texts);
    if texts.is_empty() && !d.text.is_empty() {
        texts.insert("en".into(), d.text.clone());
    }
    let mut supersedes = ids(&d.supersedes);
    if supersedes.is_empty()
        && let Some(s) = d.supersedes_id
    {
        supersedes.push(s);
    }
    DecisionContent {
        title: d.title.clone(),
        texts,
        agenda_item_id: d.agenda_item_id,
        adopts,
        supersedes,
        decided_on: d.decided_on,
    }
}

fn revision_out(r: decision_revision::Model) -> DecisionRevision {
    DecisionRevision {
        revision: r.revision,
        content: DecisionContent {
            title: r.title,
            texts: texts_of(&r.texts),
            agenda_item_id: r.agenda_item_id,
            adopts: ids(&r.adopts),
            supersedes: ids(&r.supersedes),
            decided_on: r.decided_on,
        },
        at: r.at,
        who: r.who,
        reason: r.reason,
    }
}

/// The main text of a decision: English when given, else the first language given.
fn main_text(texts: &BTreeMap<String, String>) -> String {
    texts
        .get("en")
        .or_else(|| texts.values().next())
        .cloned()
        .unwrap_or_default()
}

impl Store {
    /// Checks a decision's content against the meeting and the record; every problem is listed.
    pub(crate) async fn check_decision_content(
        &self,
        meeting: &meeting::Model,
        content: &mut DecisionContent,
        this: Option<i32>,
    ) -> Result<(), StoreError> {
        let mut problems = Vec::new();
        content.title = content.title.trim().to_string();
        if content.title.is_empty() || content.title.chars().count() > 500 {
            problems.push(said(
                "refuse-decision-title",
                "a decision needs a title of 1 to 500 characters",
            ));
        }
        content.texts = std::mem::take(&mut content.texts)
            .into_iter()
            .map(|(lang, text)| (lang.trim().to_lowercase(), text.trim().to_string()))
            .filter(|(_, text)| !text.is_empty())
            .collect();
        if content.texts.is_empty() {
            problems.push(said(
                "refuse-decision-text",
                "a decision needs its text in at least one language",
            ));
        }
        for (lang, text) in &content.texts {
            if !is_un_language(lang) {
                problems.push(Problem::new(
                    Message::new("refuse-decision-language").code("value", lang),
                    format!(
                        "\"{lang}\" is not one of the six UN languages (ar, zh, en, fr, ru, es)"
                    ),
                ));
            }
            if text.chars().count() > 50_000 {
                problems.push(Problem::new(
                    Message::new("refuse-decision-text-long").code("lang", lang),
                    format!("the text in {lang} is longer than 50,000 characters"),
                ));
            }
        }
        if let Some(item) = content.agenda_item_id {
            let found = agenda_item::Entity::find_by_id(item).one(self.db()).await?;
            if found.is_none_or(|a| a.meeting_id != meeting.id) {
                problems.push(Problem::new(
                    Message::new("refuse-decision-agenda-item")
                        .number("id", i64::from(item))
                        .meeting("meeting", &meeting.label),
                    format!(
                        "agenda item {item} is not an item of the agenda of {}",
                        meeting.label
                    ),
                ));
            }
        }
        content.adopts.sort_unstable();
        content.adopts.dedup();
        for doc in &content.adopts {
            let found = document::Entity::find_by_id(*doc).one(self.db()).await?;
            if found.is_none_or(|d| d.convention_id != meeting.convention_id) {
                problems.push(Problem::new(
                    Message::new("refuse-decision-document").number("id", i64::from(*doc)),
                    format!("document {doc} is not a document on record"),
                ));
            }
        }
        content.supersedes.sort_unstable();
        content.supersedes.dedup();
        for old in &content.supersedes {
            if Some(*old) == this {
                problems.push(said(
                    "refuse-decision-supersede-itself",
                    "a decision cannot supersede itself",
                ));
                continue;
            }
            let found = decision::Entity::find_by_id(*old).one(self.db()).await?;
            if found.is_none_or(|d| d.convention_id != meeting.convention_id) {
                problems.push(Problem::new(
                    Message::new("refuse-decision-superseded-unknown")
                        .number("id", i64::from(*old)),
                    format!("decision {old} is not a decision of this convention on record"),
                ));
            }
        }
        if content.decided_on.is_none() {
            content.decided_on = meeting.closes_on.or(meeting.opens_on);
        }
        if let Some(day) = content.decided_on {
            let before = meeting.opens_on.is_some_and(|o| day < o);
            let after = meeting.closes_on.is_some_and(|c| day > c);
            if before || after {
                problems.push(Problem::new(
                    Message::new("refuse-decision-date")
                        .date("date", day)
                        .meeting("meeting", &meeting.label),
                    format!(
                        "the decision is dated {}, outside the dates of {} on record",
                        treatydesk_domain::calendar::format_date(day),
                        meeting.label
                    ),
                ));
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(StoreError::Invalid(problems))
        }
    }

    /// Records a decision of a formal meeting or of the Coordination Committee, with its first
    /// revision, in one audited write (`decision.record`).
    pub async fn record_decision(
        &self,
        author: &Author,
        meeting: &meeting::Model,
        new: NewDecision,
    ) -> Result<decision::Model, StoreError> {
        let kind = MeetingKind::from_slug(&meeting.kind);
        if !kind.is_some_and(records_decisions) {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-decision-meeting-kind").meeting("meeting", &meeting.label),
                format!(
                    "{} is not a meeting that adopts decisions (a Meeting of States Parties, a Review Conference, an extraordinary Meeting or the Coordination Committee)",
                    meeting.label
                ),
            )));
        }
        let mut content = new.content;
        let mut problems = Vec::new();
        if new.number == 0 || new.number > 10_000 {
            problems.push(said(
                "refuse-decision-number",
                "a decision's number is from 1 to 10,000",
            ));
        }
        if let Err(StoreError::Invalid(more)) = self
            .check_decision_content(meeting, &mut content, None)
            .await
        {
            problems.extend(more);
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let number = i32::try_from(new.number).unwrap_or(i32::MAX);
        let mut write = self
            .write(
                author,
                "decision.record",
                format!("{} decision {number}", meeting.label),
            )
            .await?;
        write.convention(meeting.convention_id);
        let stored = self
            .insert_decision(&write, author, meeting, number, &content, &new.source)
            .await?;
        write.detail(
            serde_json::json!({ "decision": stored.id, "revision": 1, "content": content }),
        );
        write.commit().await?;
        Ok(stored)
    }

    /// Inserts a checked decision with its links and first revision inside `write`; a number
    /// the meeting already has is a conflict.
    pub(crate) async fn insert_decision(
        &self,
        write: &crate::audit::Write,
        author: &Author,
        meeting: &meeting::Model,
        number: i32,
        content: &DecisionContent,
        source: &str,
    ) -> Result<decision::Model, StoreError> {
        let clash = decision::Entity::find()
            .filter(decision::Column::MeetingId.eq(meeting.id))
            .filter(decision::Column::Number.eq(number))
            .one(write.txn())
            .await?;
        if clash.is_some() {
            return Err(StoreError::conflict(Problem::new(
                Message::new("conflict-decision-number")
                    .meeting("meeting", &meeting.label)
                    .number("number", i64::from(number)),
                format!(
                    "{} already has a decision numbered {number}; correct it instead",
                    meeting.label
                ),
            )));
        }
        let stored = decision::ActiveModel {
            convention_id: Set(meeting.convention_id),
            meeting_id: Set(meeting.id),
            number: Set(number),
            text: Set(main_text(&content.texts)),
            source: Set(source.trim().to_string()),
            agenda_item_id: Set(content.agenda_item_id),
            supersedes_id: Set(content.supersedes.first().copied()),
            title: Set(content.title.clone()),
            texts: Set(json(&content.texts)),
            decided_on: Set(content.decided_on),
            supersedes: Set(json(&content.supersedes)),
            revision: Set(1),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        self.write_decision_links(write, stored.id, &content.adopts)
            .await?;
        self.write_decision_revision(write, author, stored.id, 1, content)
            .await?;
        Ok(stored)
    }

    /// Corrects a decision: a new revision with the new content, who, when and why; the old
    /// revisions stay readable (`decision.correct`). A reason is required.
    pub async fn correct_decision(
        &self,
        author: &Author,
        convention: &convention::Model,
        decision_id: i32,
        content: DecisionContent,
    ) -> Result<decision::Model, StoreError> {
        let current = decision::Entity::find_by_id(decision_id)
            .filter(decision::Column::ConventionId.eq(convention.id))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("decision {decision_id}")))?;
        let meeting = meeting::Entity::find_by_id(current.meeting_id)
            .one(self.db())
            .await?
            .ok_or_else(|| {
                StoreError::NotFound(format!("the meeting of decision {decision_id}"))
            })?;
        let mut content = content;
        let mut problems = Vec::new();
        if author.reason.trim().chars().count() < 5 {
            problems.push(said(
                "refuse-decision-reason",
                "say why the decision is corrected (5 characters or more)",
            ));
        }
        if let Err(StoreError::Invalid(more)) = self
            .check_decision_content(&meeting, &mut content, Some(decision_id))
            .await
        {
            problems.extend(more);
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let adopts_before = self.decision_adopts(decision_id).await?;
        if content_of(&current, adopts_before) == content {
            return Err(StoreError::refuse(said(
                "refuse-decision-unchanged",
                "the correction changes nothing: the decision already reads so",
            )));
        }
        let revision = current.revision + 1;
        let mut write = self
            .write(
                author,
                "decision.correct",
                format!("{} decision {}", meeting.label, current.number),
            )
            .await?;
        write.convention(convention.id);
        let mut active: decision::ActiveModel = current.into();
        active.text = Set(main_text(&content.texts));
        active.agenda_item_id = Set(content.agenda_item_id);
        active.supersedes_id = Set(content.supersedes.first().copied());
        active.title = Set(content.title.clone());
        active.texts = Set(json(&content.texts));
        active.decided_on = Set(content.decided_on);
        active.supersedes = Set(json(&content.supersedes));
        active.revision = Set(revision);
        let stored = active.update(write.txn()).await?;
        decision_document::Entity::delete_many()
            .filter(decision_document::Column::DecisionId.eq(decision_id))
            .exec(write.txn())
            .await?;
        self.write_decision_links(&write, decision_id, &content.adopts)
            .await?;
        self.write_decision_revision(&write, author, decision_id, revision, &content)
            .await?;
        write.detail(serde_json::json!({ "decision": decision_id, "revision": revision, "content": content }));
        write.commit().await?;
        Ok(stored)
    }

    async fn write_decision_links(
        &self,
        write: &crate::audit::Write,
        decision_id: i32,
        adopts: &[i32],
    ) -> Result<(), StoreError> {
        for doc in adopts {
            decision_document::ActiveModel {
                decision_id: Set(decision_id),
                document_id: Set(*doc),
                ..Default::default()
            }
            .insert(write.txn())
            .await?;
        }
        Ok(())
    }

    async fn write_decision_revision(
        &self,
        write: &crate::audit::Write,
        author: &Author,
        decision_id: i32,
        revision: i32,
        content: &DecisionContent,
    ) -> Result<(), StoreError> {
        decision_revision::ActiveModel {
            decision_id: Set(decision_id),
            revision: Set(revision),
            title: Set(content.title.clone()),
            texts: Set(json(&content.texts)),
            agenda_item_id: Set(content.agenda_item_id),
            adopts: Set(json(&content.adopts)),
            supersedes: Set(json(&content.supersedes)),
            decided_on: Set(content.decided_on),
            at: Set(crate::now()),
            who: Set(author.who.clone()),
            user_id: Set(author.user_id),
            reason: Set(author.reason.clone()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        Ok(())
    }

    async fn decision_adopts(&self, decision_id: i32) -> Result<Vec<i32>, StoreError> {
        let mut out: Vec<i32> = decision_document::Entity::find()
            .filter(decision_document::Column::DecisionId.eq(decision_id))
            .all(self.db())
            .await?
            .into_iter()
            .map(|l| l.document_id)
            .collect();
        out.sort_unstable();
        out.dedup();
        Ok(out)
    }

    /// One decision with its current content and its revisions, oldest first. A decision
    /// recorded before revisions were kept shows its current content as revision 1.
    pub async fn decision_record(
        &self,
        convention: &convention::Model,
        decision_id: i32,
    ) -> Result<DecisionRecord, StoreError> {
        let d = decision::Entity::find_by_id(decision_id)
            .filter(decision::Column::ConventionId.eq(convention.id))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("decision {decision_id}")))?;
        self.decision_records_of(convention, vec![d])
            .await?
            .into_iter()
            .next()
            .ok_or_else(|| StoreError::NotFound(format!("decision {decision_id}")))
    }

    /// Every decision of the convention (current revision with its history), by meeting date
    /// and number; `as_of` keeps the decisions adopted on or before that day, as they then read.
    pub async fn decision_records(
        &self,
        convention: &convention::Model,
        as_of: Option<Date>,
    ) -> Result<Vec<DecisionRecord>, StoreError> {
        let all = decision::Entity::find()
            .filter(decision::Column::ConventionId.eq(convention.id))
            .all(self.db())
            .await?;
        let mut out = self.decision_records_of(convention, all).await?;
        if let Some(day) = as_of {
            out.retain(|r| {
                r.current
                    .decided_on
                    .or(r.meeting.closes_on)
                    .or(r.meeting.opens_on)
                    .is_some_and(|d| d <= day)
            });
            let kept: Vec<i32> = out.iter().map(|r| r.decision.id).collect();
            for r in &mut out {
                r.superseded_by.retain(|id| kept.contains(id));
            }
        }
        Ok(out)
    }

    async fn decision_records_of(
        &self,
        convention: &convention::Model,
        decisions: Vec<decision::Model>,
    ) -> Result<Vec<DecisionRecord>, StoreError> {
        let meetings = self.meetings(convention).await?;
        let every = decision::Entity::find()
            .filter(decision::Column::ConventionId.eq(convention.id))
            .all(self.db())
            .await?;
        let ids_wanted: Vec<i32> = decisions.iter().map(|d| d.id).collect();
        let links = decision_document::Entity::find()
            .filter(decision_document::Column::DecisionId.is_in(ids_wanted.clone()))
            .all(self.db())
            .await?;
        let revisions = decision_revision::Entity::find()
            .filter(decision_revision::Column::DecisionId.is_in(ids_wanted))
            .order_by_asc(decision_revision::Column::Revision)
            .all(self.db())
            .await?;
        let mut out = Vec::new();
        for d in decisions {
            let Some(meeting) = meetings.iter().find(|m| m.id == d.meeting_id).cloned() else {
                continue;
            };
            let mut adopts: Vec<i32> = links
                .iter()
                .filter(|l| l.decision_id == d.id)
                .map(|l| l.document_id)
                .collect();
            adopts.sort_unstable();
            adopts.dedup();
            let current = content_of(&d, adopts);
            let superseded_by = every
                .iter()
                .filter(|o| {
                    o.id != d.id
                        && (o.supersedes_id == Some(d.id) || ids(&o.supersedes).contains(&d.id))
                })
                .map(|o| o.id)
                .collect();
            let history: Vec<DecisionRevision> = revisions
                .iter()
                .filter(|r| r.decision_id == d.id)
                .cloned()
                .map(revision_out)
                .collect();
            out.push(DecisionRecord {
                revisions: history,
                current,
                superseded_by,
                decision: d,
                meeting,
            });
        }
        out.sort_by_key(|r| (r.meeting.opens_on, r.meeting.id, r.decision.number));
        Ok(out)
    }
}
