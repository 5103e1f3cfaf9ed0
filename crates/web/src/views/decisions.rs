//! The decisions register as a view shared by its pages and its API (issue 12 item 1): each
//! decision's current revision with its history, and the input a form or a JSON body gives to
//! record or correct one, resolved against the record (a meeting by label, documents by
//! symbol). Documents a decision adopts are listed only where the reader may read them.
//!
//! It never writes and never decides who may write: the pages and the API check that the
//! reader is ISU staff before calling the store.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::document::UN_LANGUAGES;
use treatydesk_domain::finding::{Message, Problem};
use treatydesk_domain::meeting::MeetingKind;
use treatydesk_domain::record_kept::records_decisions;
use treatydesk_store::decisions::{DecisionContent, DecisionRecord};
use treatydesk_store::entities::{convention, document, meeting};
use utoipa::ToSchema;

use crate::ctx::Ctx;
use crate::views::findings::{problem, typed_date};
use crate::views::records::{DocLink, may_read};
use crate::{AppState, WebError};

/// One decision as the register shows it: its current revision.
#[derive(Clone, Serialize, ToSchema)]
pub struct DecisionOut {
    pub id: i32,
    pub meeting: String,
    pub number: i32,
    pub title: String,
    /// The text in the reader's language when given, else in English or the first language given.
    pub text: String,
    /// Language code (a UN language) to text.
    pub texts: BTreeMap<String, String>,
    pub agenda_item_id: Option<i32>,
    pub agenda_item: Option<String>,
    pub adopts: Vec<DocLink>,
    /// Ids of the decisions this one supersedes.
    pub supersedes: Vec<i32>,
    /// Ids of the decisions that supersede this one.
    pub superseded_by: Vec<i32>,
    /// YYYY-MM-DD
    pub decided_on: Option<String>,
    /// The number of the current revision (1 when never corrected).
    pub revision: i32,
    pub source: String,
}

/// One revision of a decision: who made it, when and why, and the whole content as it then read.
#[derive(Clone, Serialize, ToSchema)]
pub struct RevisionOut {
    pub revision: i32,
    pub title: String,
    pub texts: BTreeMap<String, String>,
    pub agenda_item_id: Option<i32>,
    pub adopts: Vec<DocLink>,
    pub supersedes: Vec<i32>,
    pub decided_on: Option<String>,
    /// RFC 3339
    pub at: String,
    pub who: String,
    pub reason: String,
}

/// A decision with every revision, oldest first.
#[derive(Clone, Serialize, ToSchema)]
pub struct DecisionDetailOut {
    #[serde(flatten)]
    pub decision: DecisionOut,
    pub revisions: Vec<RevisionOut>,
}

/// A new decision as a JSON body gives it.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct DecisionIn {
    /// The label of the meeting that adopted it (an MSP, a Review Conference, an extraordinary
    /// MSP or the Coordination Committee's meeting), e.g. `3RC`.
    pub meeting: String,
    pub number: u32,
    #[serde(flatten)]
    pub content: ContentIn,
    /// Where the record comes from.
    #[serde(default)]
    pub source: String,
}

/// What a decision says, as a JSON body gives it (a correction gives only this and a reason).
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct ContentIn {
    pub title: String,
    /// Language code (ar, zh, en, fr, ru, es) to text; at least one.
    pub texts: BTreeMap<String, String>,
    #[serde(default)]
    pub agenda_item_id: Option<i32>,
    /// Symbols of the documents the decision adopts.
    #[serde(default)]
    pub adopts: Vec<String>,
    /// Ids of the decisions it supersedes.
    #[serde(default)]
    pub supersedes: Vec<i32>,
    /// YYYY-MM-DD; the meeting's closing day when absent.
    #[serde(default)]
    pub decided_on: Option<String>,
}

/// A correction: the new content and why.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct CorrectionIn {
    #[serde(flatten)]
    pub content: ContentIn,
    /// Why the decision is corrected (5 characters or more).
    pub reason: String,
}

/// Resolves typed content against the record: document symbols to ids, the date. Every
/// problem is listed as a message (symbols not on record, a malformed date).
pub fn content(
    input: &ContentIn,
    documents: &[document::Model],
) -> Result<DecisionContent, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut adopts = Vec::new();
    for symbol in input
        .adopts
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
    {
        match documents
            .iter()
            .find(|d| d.symbol.eq_ignore_ascii_case(symbol))
        {
            Some(d) => adopts.push(d.id),
            None => problems.push(problem(
                Message::new("refuse-decision-symbol-unknown").code("symbol", symbol),
            )),
        }
    }
    let decided_on = match input.decided_on.as_deref() {
        None => None,
        Some(raw) => typed_date(raw, "decided-on", &mut problems),
    };
    if problems.is_empty() {
        Ok(DecisionContent {
            title: input.title.clone(),
            texts: input.texts.clone(),
            agenda_item_id: input.agenda_item_id,
            adopts,
            supersedes: input.supersedes.clone(),
            decided_on,
        })
    } else {
        Err(problems)
    }
}

/// The meetings of a convention that adopt decisions, in date order.
pub fn deciding_meetings(meetings: &[meeting::Model]) -> Vec<&meeting::Model> {
    meetings
        .iter()
        .filter(|m| MeetingKind::from_slug(&m.kind).is_some_and(records_decisions))
        .collect()
}

fn text_for(ctx: &Ctx, texts: &BTreeMap<String, String>) -> String {
    texts
        .get(ctx.lang_code())
        .or_else(|| texts.get("en"))
        .or_else(|| texts.values().next())
        .cloned()
        .unwrap_or_default()
}

/// The texts in the order of the UN languages' codes as the record keeps them.
pub fn ordered_texts(texts: &BTreeMap<String, String>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> =
        texts.iter().map(|(l, t)| (l.clone(), t.clone())).collect();
    out.sort_by_key(|(l, _)| UN_LANGUAGES.iter().position(|x| x == l));
    out
}

/// Everything a decision view reads, loaded once.
pub struct Register {
    pub records: Vec<DecisionRecord>,
    pub documents: Vec<document::Model>,
    /// Agenda item id to its title.
    pub agenda: Vec<(i32, String)>,
}

impl Register {
    pub async fn load(
        state: &AppState,
        c: &convention::Model,
        as_of: Option<time::Date>,
    ) -> Result<Register, WebError> {
        let records = state.store.decision_records(c, as_of).await?;
        let documents = state.store.documents(c).await?;
        let meetings = state.store.meetings(c).await?;
        let agenda = crate::views::records::agenda_titles(state, &meetings).await?;
        Ok(Register {
            records,
            documents,
            agenda,
        })
    }

    fn links(&self, ctx: &Ctx, code: &str, ids: &[i32]) -> Vec<DocLink> {
        ids.iter()
            .filter_map(|id| self.documents.iter().find(|d| d.id == *id))
            .filter(|d| may_read(ctx, code, &d.access))
            .map(|d| DocLink {
                id: d.id,
                symbol: d.symbol.clone(),
            })
            .collect()
    }

    pub fn out(&self, ctx: &Ctx, c: &convention::Model, r: &DecisionRecord) -> DecisionOut {
        let cur = &r.current;
        DecisionOut {
            id: r.decision.id,
            meeting: r.meeting.label.clone(),
            number: r.decision.number,
            title: cur.title.clone(),
            text: text_for(ctx, &cur.texts),
            texts: cur.texts.clone(),
            agenda_item_id: cur.agenda_item_id,
            agenda_item: cur
                .agenda_item_id
                .and_then(|id| self.agenda.iter().find(|(a, _)| *a == id))
                .map(|(_, t)| t.clone()),
            adopts: self.links(ctx, &c.code, &cur.adopts),
            supersedes: cur.supersedes.clone(),
            superseded_by: r.superseded_by.clone(),
            decided_on: cur.decided_on.map(format_date),
            revision: r.decision.revision.max(1),
            source: r.decision.source.clone(),
        }
    }

    pub fn detail(
        &self,
        ctx: &Ctx,
        c: &convention::Model,
        r: &DecisionRecord,
    ) -> DecisionDetailOut {
        DecisionDetailOut {
            decision: self.out(ctx, c, r),
            revisions: r
                .revisions
                .iter()
                .map(|v| RevisionOut {
                    revision: v.revision,
                    title: v.content.title.clone(),
                    texts: v.content.texts.clone(),
                    agenda_item_id: v.content.agenda_item_id,
                    adopts: self.links(ctx, &c.code, &v.content.adopts),
                    supersedes: v.content.supersedes.clone(),
                    decided_on: v.content.decided_on.map(format_date),
                    at: v
                        .at
                        .format(&time::format_description::well_known::Rfc3339)
                        .unwrap_or_default(),
                    who: v.who.clone(),
                    reason: v.reason.clone(),
                })
                .collect(),
        }
    }

    /// The register's decisions, current revisions, in meeting order.
    pub fn all(&self, ctx: &Ctx, c: &convention::Model) -> Vec<DecisionOut> {
        self.records.iter().map(|r| self.out(ctx, c, r)).collect()
    }

    pub fn find(&self, id: i32) -> Option<&DecisionRecord> {
        self.records.iter().find(|r| r.decision.id == id)
    }
}

/// The decisions register (the current revision of each decision), on `as_of` when given.
pub async fn decisions_for(
    state: &AppState,
    ctx: &Ctx,
    c: &convention::Model,
    as_of: Option<time::Date>,
) -> Result<Vec<DecisionOut>, WebError> {
    Ok(Register::load(state, c, as_of).await?.all(ctx, c))
}
