//! Extension requests (issue 17 item 2; CCM Art. 3.3-3.6, Art. 4.5-4.8) as the pages and the
//! API read them: a request with its contents in the preset's order, its findings, the ISU's
//! analysis, the outcome and every version of what the State wrote; who may read a request
//! ([`readable`]: a draft only its State's focal points and the ISU, answered as missing to
//! anyone else; a submitted request everyone, as the CCM publishes requests); who may write for
//! a State ([`may_file_for`]); and the input both the form and the JSON body give.
//!
//! Nothing here writes: the store's audited `extensions` functions do.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use treatydesk_domain::AccessLevel;
use treatydesk_domain::advice;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::finding::Message;
use treatydesk_store::entities::{convention, extension_request};
use treatydesk_store::extensions::{
    DRAFT, OutcomeInput, RequestInput, RequestRecord, revision_contents,
};
use treatydesk_store::{Store, StoreError};
use utoipa::ToSchema;

use crate::WebError;
use crate::ctx::Ctx;
use crate::views::findings::{problem, typed_date};

/// One content of a request, in the preset's order.
#[derive(Clone, Serialize, ToSchema)]
pub struct ExtensionContentOut {
    /// The letter of the article's paragraph (`a`..`i`).
    pub key: String,
    /// What the article asks for (the preset's words).
    pub asks: String,
    pub text: String,
}

/// One finding of the checks.
#[derive(Clone, Serialize, ToSchema)]
pub struct ExtensionFindingOut {
    /// error or warning
    pub severity: String,
    /// too-long, late-for-meeting, after-deadline, content-missing, period-missing,
    /// period-not-later, deadline-unknown, meeting-missing or meeting-undated
    pub code: String,
    pub article: String,
    /// For content-missing: the content's letter.
    pub content: Option<String>,
    /// YYYY-MM-DD: for late-for-meeting the last day on time; for after-deadline the deadline.
    pub date: Option<String>,
    pub max_years: Option<u32>,
    pub sentence: String,
    /// The finding's message in the Fluent files (`ext-finding-too-long`), so that a client can
    /// say it in its reader's language with `args`.
    pub message_id: String,
    /// The message's argument `value`: the most years, the date (YYYY-MM-DD) or the content's
    /// letter; absent when the message takes none.
    pub args: std::collections::BTreeMap<String, String>,
}

/// One version of what the State wrote.
#[derive(Clone, Serialize, ToSchema)]
pub struct ExtensionRevisionOut {
    pub revision: i32,
    pub recorded_by: String,
    /// RFC 3339
    pub recorded_at: String,
    pub reason: String,
    /// YYYY-MM-DD
    pub asked_to: Option<String>,
    pub contents: BTreeMap<String, String>,
}

/// An extension request.
#[derive(Clone, Serialize, ToSchema)]
pub struct ExtensionRequestOut {
    pub id: i32,
    /// The requesting State (ISO 3166 alpha-3).
    pub state: String,
    /// The obligation's key (`art4-clearance`).
    pub obligation: String,
    pub article: String,
    /// The deciding meeting's label (`13MSP`).
    pub meeting: Option<String>,
    /// YYYY-MM-DD
    pub meeting_opens_on: Option<String>,
    /// draft, submitted or decided
    pub status: String,
    /// Filed by the ISU on the State's behalf.
    pub on_behalf: bool,
    /// YYYY-MM-DD
    pub submitted_on: Option<String>,
    /// YYYY-MM-DD: the State's deadline in force on the day it was submitted (a draft: today).
    pub deadline_in_force: Option<String>,
    /// YYYY-MM-DD: the new deadline asked.
    pub asked_to: Option<String>,
    pub contents: Vec<ExtensionContentOut>,
    pub findings: Vec<ExtensionFindingOut>,
    /// The symbol of the ISU's analysis and draft decision.
    pub analysis: Option<String>,
    /// granted, refused, or empty until decided
    pub outcome: String,
    pub decision_reference: String,
    /// YYYY-MM-DD
    pub decided_on: Option<String>,
    /// YYYY-MM-DD: the new deadline granted.
    pub granted_to: Option<String>,
    pub benchmarks: String,
    /// The current version's number.
    pub revision: i32,
    pub source: String,
    pub url: String,
    /// Every version, oldest first (in a request's own answer; empty in lists).
    pub revisions: Vec<ExtensionRevisionOut>,
}

/// The requests a reader may read.
#[derive(Clone, Serialize, ToSchema)]
pub struct ExtensionRequestsOut {
    pub requests: Vec<ExtensionRequestOut>,
}

/// A request as filed or revised (JSON).
#[derive(Clone, Deserialize, ToSchema, Default)]
pub struct ExtensionRequestIn {
    /// The requesting State (a focal point: its own); ignored when revising.
    #[serde(default)]
    pub state: String,
    /// The obligation's key (`art3-destruction`, `art4-clearance`); ignored when revising.
    #[serde(default)]
    pub obligation: String,
    /// The deciding meeting's label (`13MSP`).
    #[serde(default)]
    pub meeting: String,
    /// YYYY-MM-DD: the new deadline asked.
    #[serde(default)]
    pub asked_to: String,
    /// Each content by its letter.
    #[serde(default)]
    pub contents: BTreeMap<String, String>,
    /// Submit now (else kept as a draft). A submitted request is frozen.
    #[serde(default)]
    pub submit: bool,
    /// Why a submitted request is corrected (required then).
    #[serde(default)]
    pub reason: String,
}

/// The ISU's analysis, by the symbol of a document of the deciding meeting (JSON).
#[derive(Clone, Deserialize, ToSchema)]
pub struct ExtensionAnalysisIn {
    pub symbol: String,
}

/// The deciding meeting's outcome (JSON).
#[derive(Clone, Deserialize, ToSchema, Default)]
pub struct ExtensionOutcomeIn {
    /// granted or refused
    #[serde(default)]
    pub outcome: String,
    /// The decision cited.
    #[serde(default)]
    pub decision_reference: String,
    /// YYYY-MM-DD
    #[serde(default)]
    pub decided_on: String,
    /// YYYY-MM-DD: for a grant, the new deadline (may be earlier than asked).
    #[serde(default)]
    pub granted_to: String,
    #[serde(default)]
    pub benchmarks: String,
}

impl ExtensionRequestIn {
    /// Reads a form's fields: `content_a`..`content_i` are the contents.
    pub fn from_pairs(pairs: &[(String, String)]) -> (Self, String) {
        let mut out = Self::default();
        let mut csrf = String::new();
        for (k, v) in pairs {
            match k.as_str() {
                "csrf" => csrf = v.clone(),
                "state" => out.state = v.clone(),
                "obligation" => out.obligation = v.clone(),
                "meeting" => out.meeting = v.clone(),
                "asked_to" => out.asked_to = v.clone(),
                "reason" => out.reason = v.clone(),
                "action" => out.submit = v == "submit",
                other => {
                    if let Some(key) = other.strip_prefix("content_") {
                        out.contents.insert(key.to_string(), v.clone());
                    }
                }
            }
        }
        (out, csrf)
    }

    /// The store's input (`on_behalf` when the ISU files for a State it is not focal point of).
    pub fn input(&self, on_behalf: bool) -> Result<RequestInput, StoreError> {
        let mut problems = Vec::new();
        let asked_to = typed_date(&self.asked_to, "new-deadline-asked", &mut problems);
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        Ok(RequestInput {
            state: self.state.trim().to_uppercase(),
            obligation: self.obligation.trim().to_string(),
            meeting: self.meeting.trim().to_string(),
            asked_to,
            contents: self
                .contents
                .iter()
                .filter(|(_, v)| !v.trim().is_empty())
                .map(|(k, v)| (k.clone(), v.trim().to_string()))
                .collect(),
            on_behalf,
            submit: self.submit,
            source: String::new(),
        })
    }
}

impl ExtensionOutcomeIn {
    pub fn input(&self) -> Result<OutcomeInput, StoreError> {
        let mut problems = Vec::new();
        let granted = match self.outcome.trim() {
            "granted" => true,
            "refused" => false,
            other => {
                problems.push(problem(
                    Message::new("refuse-ext-outcome").code("value", other),
                ));
                false
            }
        };
        let decided_on = typed_date(&self.decided_on, "decided-on", &mut problems);
        let granted_to = typed_date(&self.granted_to, "new-deadline-granted", &mut problems);
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        Ok(OutcomeInput {
            granted,
            decision_reference: self.decision_reference.clone(),
            decided_on,
            granted_to,
            benchmarks: self.benchmarks.clone(),
        })
    }
}

/// Is the reader ISU staff of the convention?
pub fn is_isu(ctx: &Ctx, c: &convention::Model) -> bool {
    ctx.viewer.can_read(&c.code, AccessLevel::Isu)
}

/// May the reader write for `state`: its focal point, or the ISU (on its behalf).
pub fn may_file_for(ctx: &Ctx, c: &convention::Model, state: &str) -> bool {
    is_isu(ctx, c) || advice::may_write_for_state(&ctx.viewer, &c.code, state)
}

/// May the reader file at all (for some State)?
pub fn may_file(ctx: &Ctx, c: &convention::Model) -> bool {
    is_isu(ctx, c) || !advice::focal_point_states(&ctx.viewer, &c.code).is_empty()
}

/// May the reader read this request: a submitted one everyone; a draft its State and the ISU.
pub fn may_read(ctx: &Ctx, c: &convention::Model, r: &extension_request::Model) -> bool {
    r.status != DRAFT || may_file_for(ctx, c, &r.state_code)
}

pub fn request_url(code: &str, id: i32) -> String {
    format!("/{code}/extensions/{id}")
}

/// A request the reader may read, by the id in the address; any other is missing (404).
pub async fn readable(
    ctx: &Ctx,
    store: &Store,
    c: &convention::Model,
    id: &str,
) -> Result<RequestRecord, WebError> {
    let missing = || WebError::NotFound(format!("there is no extension request {id}"));
    let number: i32 = id.trim().parse().map_err(|_| missing())?;
    let record = match store
        .extension_request(c, number, crate::views::listing::today())
        .await
    {
        Ok(r) => r,
        Err(StoreError::NotFound(_)) => return Err(missing()),
        Err(e) => return Err(e.into()),
    };
    if !may_read(ctx, c, &record.request) {
        return Err(missing());
    }
    Ok(record)
}

/// A request as the API answers it.
pub fn out(code: &str, r: &RequestRecord) -> ExtensionRequestOut {
    let rule_contents = r
        .obligation
        .extension
        .as_ref()
        .map(|e| e.contents.clone())
        .unwrap_or_default();
    let q = &r.request;
    ExtensionRequestOut {
        id: q.id,
        state: q.state_code.clone(),
        obligation: q.obligation.clone(),
        article: r.obligation.article.clone(),
        meeting: r.meeting.as_ref().map(|m| m.label.clone()),
        meeting_opens_on: r.meeting.as_ref().and_then(|m| m.opens_on).map(format_date),
        status: q.status.clone(),
        on_behalf: q.on_behalf,
        submitted_on: q.submitted_on.map(format_date),
        deadline_in_force: r.deadline.map(format_date),
        asked_to: q.asked_to.map(format_date),
        contents: rule_contents
            .iter()
            .map(|c| ExtensionContentOut {
                key: c.key.clone(),
                asks: c.text.clone(),
                text: r.contents.get(&c.key).cloned().unwrap_or_default(),
            })
            .collect(),
        findings: r
            .findings
            .iter()
            .map(|f| ExtensionFindingOut {
                severity: f.severity.slug().to_string(),
                code: f.code.to_string(),
                article: f.article.clone(),
                content: f.content.clone(),
                date: f.date.map(format_date),
                max_years: f.max_years,
                sentence: f.sentence.clone(),
                message_id: format!("ext-finding-{}", f.code),
                args: f
                    .max_years
                    .map(|y| y.to_string())
                    .or_else(|| f.date.map(format_date))
                    .or_else(|| f.content.clone())
                    .map(|v| [("value".to_string(), v)].into())
                    .unwrap_or_default(),
            })
            .collect(),
        analysis: r.analysis.as_ref().map(|d| d.symbol.clone()),
        outcome: q.outcome.clone(),
        decision_reference: q.decision_reference.clone(),
        decided_on: q.decided_on.map(format_date),
        granted_to: q.granted_to.map(format_date),
        benchmarks: q.benchmarks.clone(),
        revision: q.revision,
        source: q.source.clone(),
        url: request_url(code, q.id),
        revisions: Vec::new(),
    }
}

/// A request with every version of what the State wrote.
pub async fn detail(
    store: &Store,
    c: &convention::Model,
    r: &RequestRecord,
) -> Result<ExtensionRequestOut, WebError> {
    let mut o = out(&c.code, r);
    o.revisions = store
        .extension_request_revisions(&r.request)
        .await?
        .iter()
        .map(|v| ExtensionRevisionOut {
            revision: v.revision,
            recorded_by: v.recorded_by.clone(),
            recorded_at: v
                .recorded_at
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default(),
            reason: v.reason.clone(),
            asked_to: v.asked_to.map(format_date),
            contents: revision_contents(v),
        })
        .collect();
    Ok(o)
}

/// Every request the reader may read, newest first.
pub async fn list(
    ctx: &Ctx,
    store: &Store,
    c: &convention::Model,
) -> Result<Vec<RequestRecord>, WebError> {
    let today = crate::views::listing::today();
    let mut out = Vec::new();
    for r in store.extension_requests(c).await? {
        if may_read(ctx, c, &r) {
            out.push(store.extension_request(c, r.id, today).await?);
        }
    }
    Ok(out)
}
