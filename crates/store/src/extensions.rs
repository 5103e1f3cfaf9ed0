//! Extension requests (issue 17 item 2; CCM Art. 3.3-3.6, Art. 4.5-4.8): a State (or the ISU on
//! its behalf, marked so) files a request to move one obligation's deadline, with the new
//! deadline asked and each content the preset's extension rule lists; the ISU links its analysis
//! and draft decision (a document of the deciding meeting); the ISU records the meeting's
//! outcome, and a grant is recorded as the obligation's `extension-granted` submission, which the
//! deadline calculator already reads: the deadline moves from one source of truth.
//!
//! A draft is edited in place of its current version, but every version is kept
//! (`extension_request_revisions`); a submitted request is frozen: a correction is a new version
//! that needs a reason. A submission with an error finding is refused; a warning (late for the
//! meeting) is kept with the request. Every write is audited. This module never decides who may
//! file, correct or decide: the web checks roles.

use std::collections::BTreeMap;

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use serde::Serialize;
use time::Date;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::extension::{self, RequestFacts, RequestFinding};
use treatydesk_domain::meeting::MeetingKind;
use treatydesk_domain::obligation::{ExtensionRule, Obligation, SubmissionKind};

use crate::audit::Author;
use crate::entities::{
    convention, document, extension_request, extension_request_revision, meeting,
    obligation_submission,
};
use crate::error::{Problem, longer, said};
use crate::{Store, StoreError};
use treatydesk_domain::finding::Message;

/// The longest text one content may hold.
const MAX_CONTENT: usize = 20_000;

/// Where a request stands.
pub const DRAFT: &str = "draft";
pub const SUBMITTED: &str = "submitted";
pub const DECIDED: &str = "decided";

/// What a State writes in a request (a new one, or a new version).
#[derive(Clone, Debug, Default)]
pub struct RequestInput {
    /// The requesting State's code.
    pub state: String,
    /// The obligation's key (`art4-clearance`).
    pub obligation: String,
    /// The deciding meeting's label (`13MSP`; empty: not chosen yet).
    pub meeting: String,
    pub asked_to: Option<Date>,
    /// Each content by its key, as typed.
    pub contents: BTreeMap<String, String>,
    /// Filed by the ISU on the State's behalf.
    pub on_behalf: bool,
    /// Submit now (else keep as a draft).
    pub submit: bool,
    /// Where the record comes from (demo data says DEMO; empty for a form).
    pub source: String,
}

/// What the ISU records about the deciding meeting's decision.
#[derive(Clone, Debug, Default)]
pub struct OutcomeInput {
    pub granted: bool,
    /// The decision cited (`13MSP decision 5`, or the symbol of the document holding it).
    pub decision_reference: String,
    pub decided_on: Option<Date>,
    /// For a grant: the new deadline (may be earlier than asked).
    pub granted_to: Option<Date>,
    pub benchmarks: String,
}

/// A request with what its pages and answers show.
#[derive(Clone, Debug, Serialize)]
pub struct RequestRecord {
    pub request: extension_request::Model,
    pub contents: BTreeMap<String, String>,
    pub obligation: Obligation,
    pub meeting: Option<meeting::Model>,
    pub analysis: Option<document::Model>,
    /// The deadline in force on the day the request was submitted (for a draft, `as_of`).
    pub deadline: Option<Date>,
    pub findings: Vec<RequestFinding>,
}

/// Is a meeting of a kind that decides extension requests (an MSP or a Review Conference)?
fn deciding_kind(m: &meeting::Model) -> bool {
    [
        MeetingKind::Msp,
        MeetingKind::ReviewConference,
        MeetingKind::ExtraordinaryMsp,
    ]
    .iter()
    .any(|k| k.slug() == m.kind)
}

fn contents_of(json: &str) -> BTreeMap<String, String> {
    serde_json::from_str(json).unwrap_or_default()
}

/// An error finding of a request as a problem: its sentence, and its message
/// (`ext-finding-...` in `extensions.ftl`) for other languages.
fn finding_problem(f: &RequestFinding) -> Problem {
    let mut message = Message::new(&format!("ext-finding-{}", f.code));
    if let Some(y) = f.max_years {
        message = message.number("value", i64::from(y));
    } else if let Some(d) = f.date {
        message = message.date("value", d);
    } else if let Some(c) = &f.content {
        message = message.code("value", c);
    }
    Problem::new(message, f.sentence.clone())
}

fn rule_of<'a>(
    obligations: &'a [Obligation],
    key: &str,
) -> Result<(&'a Obligation, &'a ExtensionRule), StoreError> {
    let with_rule: Vec<&str> = obligations
        .iter()
        .filter(|o| o.extension.is_some())
        .map(|o| o.key.as_str())
        .collect();
    obligations
        .iter()
        .find(|o| o.key == key)
        .and_then(|o| o.extension.as_ref().map(|e| (o, e)))
        .ok_or_else(|| {
            StoreError::refuse(Problem::new(
                Message::new("refuse-ext-obligation-unknown")
                    .code("value", key)
                    .code("known", &with_rule.join(", ")),
                format!(
                    "\"{key}\" is not an obligation whose deadline may be extended (known: {})",
                    with_rule.join(", ")
                ),
            ))
        })
}

impl Store {
    /// The convention's meetings that may decide a request (MSPs and Review Conferences), by date.
    pub async fn deciding_meetings(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<meeting::Model>, StoreError> {
        Ok(self
            .meetings(convention)
            .await?
            .into_iter()
            .filter(deciding_kind)
            .collect())
    }

    /// The convention's obligations whose deadline may be extended.
    pub async fn extendable_obligations(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<Obligation>, StoreError> {
        Ok(self
            .obligations(convention)
            .await?
            .into_iter()
            .filter(|o| o.extension.is_some())
            .collect())
    }

    /// The State's deadline in force for `obligation` on `as_of`, when the record gives one.
    async fn deadline_in_force(
        &self,
        convention: &convention::Model,
        state: &str,
        obligation: &str,
        as_of: Date,
    ) -> Result<Option<Date>, StoreError> {
        let Ok(actor) = self.actor(state).await else {
            return Ok(None);
        };
        Ok(self
            .state_deadlines(convention, &actor, as_of)
            .await?
            .and_then(|d| {
                d.deadlines
                    .into_iter()
                    .find(|d| d.obligation == obligation)
                    .map(|d| d.due_on)
            }))
    }

    /// Checks what is typed; returns the rule, the meeting and the findings as of `on`.
    async fn judge(
        &self,
        convention: &convention::Model,
        input: &RequestInput,
        on: Date,
    ) -> Result<(Option<meeting::Model>, Vec<RequestFinding>), StoreError> {
        let obligations = self.obligations(convention).await?;
        let (ob, rule) = rule_of(&obligations, &input.obligation)?;
        let mut problems = Vec::new();
        for (key, text) in &input.contents {
            if !rule.contents.iter().any(|c| &c.key == key) {
                problems.push(Problem::new(
                    Message::new("refuse-ext-content-unknown")
                        .code("key", key)
                        .text("article", &ob.article),
                    format!("({key}) is not a content of {} requests", ob.article),
                ));
            }
            if text.chars().count() > MAX_CONTENT {
                problems.push(Problem::new(
                    Message::new("refuse-ext-content-long")
                        .code("key", key)
                        .number("max", MAX_CONTENT as i64),
                    format!("({key}) is limited to {MAX_CONTENT} characters"),
                ));
            }
        }
        let meeting = if input.meeting.trim().is_empty() {
            None
        } else {
            let m = self.meeting(convention, input.meeting.trim()).await?;
            if !deciding_kind(&m) {
                problems.push(Problem::new(
                    Message::new("refuse-ext-meeting-kind").meeting("meeting", &m.label),
                    format!(
                        "{} does not decide extension requests: choose a Meeting of States Parties or a Review Conference",
                        m.label
                    ),
                ));
            }
            Some(m)
        };
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let deadline = self
            .deadline_in_force(convention, &input.state, &ob.key, on)
            .await?;
        let findings = extension::findings(
            rule,
            &RequestFacts {
                article: &ob.article,
                submitted_on: on,
                deadline,
                asked_to: input.asked_to,
                meeting_chosen: meeting.is_some(),
                meeting_opens_on: meeting.as_ref().and_then(|m| m.opens_on),
                contents: &input.contents,
            },
        );
        Ok((meeting, findings))
    }

    /// A submission is refused while an error finding stands; every error as a sentence.
    fn refuse_errors(findings: &[RequestFinding]) -> Result<(), StoreError> {
        if extension::has_errors(findings) {
            Err(StoreError::Invalid(
                findings
                    .iter()
                    .filter(|f| f.severity == treatydesk_domain::rules::Severity::Error)
                    .map(finding_problem)
                    .collect(),
            ))
        } else {
            Ok(())
        }
    }

    /// Files a request (`extension.file`), as a draft or submitted on `on`.
    pub async fn file_extension_request(
        &self,
        author: &Author,
        convention: &convention::Model,
        input: RequestInput,
        on: Date,
    ) -> Result<extension_request::Model, StoreError> {
        let actor = self.actor(input.state.trim()).await.map_err(|_| {
            StoreError::refuse(Problem::new(
                Message::new("refuse-state-unknown").code("value", input.state.trim()),
                format!("\"{}\" is not a State on record", input.state.trim()),
            ))
        })?;
        if actor.kind != "state" {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-ext-not-a-state").actor("who", &actor.code, &actor.name_en),
                format!(
                    "{} is not a State: a State requests an extension",
                    actor.name_en
                ),
            )));
        }
        let input = RequestInput {
            state: actor.code.clone(),
            ..input
        };
        let (meeting, findings) = self.judge(convention, &input, on).await?;
        if input.submit {
            Self::refuse_errors(&findings)?;
        }
        let status = if input.submit { SUBMITTED } else { DRAFT };
        let mut write = self
            .write(
                author,
                "extension.file",
                format!("extension request {} {}", actor.code, input.obligation),
            )
            .await?;
        write.convention(convention.id);
        write.detail(serde_json::json!({
            "state": actor.code,
            "obligation": input.obligation,
            "meeting": meeting.as_ref().map(|m| m.label.clone()),
            "asked_to": input.asked_to.map(format_date),
            "status": status,
            "on_behalf": input.on_behalf,
        }));
        let contents = serde_json::to_string(&input.contents).unwrap_or_else(|_| "{}".into());
        let stored = extension_request::ActiveModel {
            convention_id: Set(convention.id),
            state_code: Set(actor.code.clone()),
            obligation: Set(input.obligation.clone()),
            meeting_id: Set(meeting.as_ref().map(|m| m.id)),
            asked_to: Set(input.asked_to),
            contents: Set(contents.clone()),
            on_behalf: Set(input.on_behalf),
            status: Set(status.to_string()),
            submitted_on: Set(input.submit.then_some(on)),
            analysis_document_id: Set(None),
            outcome: Set(String::new()),
            decision_reference: Set(String::new()),
            decided_on: Set(None),
            granted_to: Set(None),
            benchmarks: Set(String::new()),
            submission_id: Set(None),
            revision: Set(1),
            source: Set(input.source.trim().to_string()),
            created_by: Set(author.who.clone()),
            created_at: Set(crate::now()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        extension_request_revision::ActiveModel {
            request_id: Set(stored.id),
            revision: Set(1),
            meeting_id: Set(stored.meeting_id),
            asked_to: Set(stored.asked_to),
            contents: Set(contents),
            recorded_by: Set(author.who.clone()),
            recorded_at: Set(crate::now()),
            reason: Set(author.reason.clone()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.commit().await?;
        Ok(stored)
    }

    /// A new version of a request (`extension.revise`): a draft's edit (and, with `submit`, its
    /// submission on `on`), or a submitted request's correction, which needs a reason and keeps
    /// the day it was submitted. A decided request is refused. The State and obligation never
    /// change.
    pub async fn revise_extension_request(
        &self,
        author: &Author,
        convention: &convention::Model,
        id: i32,
        input: RequestInput,
        on: Date,
    ) -> Result<extension_request::Model, StoreError> {
        let old = self.extension_request_row(convention, id).await?;
        if old.status == DECIDED {
            return Err(StoreError::conflict(Problem::new(
                Message::new("conflict-ext-decided").number("id", i64::from(id)),
                format!("the request {id} was decided: it is kept as the meeting decided it"),
            )));
        }
        let correcting = old.status == SUBMITTED;
        if correcting && author.reason.trim().is_empty() {
            return Err(StoreError::refuse(said(
                "refuse-ext-frozen",
                "a submitted request is frozen: say why it is corrected",
            )));
        }
        let submit = input.submit || correcting;
        let submitted_on = old.submitted_on.filter(|_| correcting).unwrap_or(on);
        let input = RequestInput {
            state: old.state_code.clone(),
            obligation: old.obligation.clone(),
            submit,
            ..input
        };
        let (meeting, findings) = self.judge(convention, &input, submitted_on).await?;
        if submit {
            Self::refuse_errors(&findings)?;
        }
        let revision = old.revision + 1;
        let action = if correcting {
            "extension.correct"
        } else {
            "extension.revise"
        };
        let mut write = self
            .write(author, action, format!("extension request {id}"))
            .await?;
        write.convention(convention.id);
        write.detail(serde_json::json!({
            "revision": revision,
            "meeting": meeting.as_ref().map(|m| m.label.clone()),
            "asked_to": input.asked_to.map(format_date),
            "submitted": submit,
        }));
        let contents = serde_json::to_string(&input.contents).unwrap_or_else(|_| "{}".into());
        extension_request_revision::ActiveModel {
            request_id: Set(id),
            revision: Set(revision),
            meeting_id: Set(meeting.as_ref().map(|m| m.id)),
            asked_to: Set(input.asked_to),
            contents: Set(contents.clone()),
            recorded_by: Set(author.who.clone()),
            recorded_at: Set(crate::now()),
            reason: Set(author.reason.clone()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        let mut model: extension_request::ActiveModel = old.into();
        model.meeting_id = Set(meeting.as_ref().map(|m| m.id));
        model.asked_to = Set(input.asked_to);
        model.contents = Set(contents);
        model.revision = Set(revision);
        if submit {
            model.status = Set(SUBMITTED.to_string());
            model.submitted_on = Set(Some(submitted_on));
        }
        let stored = model.update(write.txn()).await?;
        write.commit().await?;
        Ok(stored)
    }

    /// Links the ISU's analysis and draft decision (`extension.analysis`): a document on record
    /// by its symbol, of the deciding meeting. A draft is refused (nothing is analysed before it
    /// is submitted).
    pub async fn attach_extension_analysis(
        &self,
        author: &Author,
        convention: &convention::Model,
        id: i32,
        symbol: &str,
    ) -> Result<extension_request::Model, StoreError> {
        let old = self.extension_request_row(convention, id).await?;
        if old.status == DRAFT {
            return Err(StoreError::refuse(said(
                "refuse-ext-draft-analysis",
                "the request is a draft: the analysis follows its submission",
            )));
        }
        let symbol = symbol.trim();
        let doc = self
            .document_by_symbol(convention, symbol)
            .await?
            .ok_or_else(|| {
                StoreError::refuse(Problem::new(
                    Message::new("refuse-ext-document-unknown").code("symbol", symbol),
                    format!("{symbol} is not a document on record: record or upload it first"),
                ))
            })?;
        if doc.meeting_id.is_none() || doc.meeting_id != old.meeting_id {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-ext-document-meeting").code("symbol", &doc.symbol),
                format!(
                    "{} is not a document of the meeting that decides the request",
                    doc.symbol
                ),
            )));
        }
        let mut write = self
            .write(
                author,
                "extension.analysis",
                format!("extension request {id}"),
            )
            .await?;
        write.convention(convention.id);
        write.detail(
            serde_json::json!({ "document": doc.symbol, "previous": old.analysis_document_id }),
        );
        let mut model: extension_request::ActiveModel = old.into();
        model.analysis_document_id = Set(Some(doc.id));
        let stored = model.update(write.txn()).await?;
        write.commit().await?;
        Ok(stored)
    }

    /// Records the deciding meeting's outcome (`extension.decide`). A grant needs the new
    /// deadline, later than the deadline in force and not later than asked; it is recorded as
    /// the obligation's `extension-granted` submission in the same write, so the State's
    /// deadline moves. A draft, or a request already decided, is refused.
    pub async fn record_extension_outcome(
        &self,
        author: &Author,
        convention: &convention::Model,
        id: i32,
        input: OutcomeInput,
    ) -> Result<extension_request::Model, StoreError> {
        let old = self.extension_request_row(convention, id).await?;
        match old.status.as_str() {
            DRAFT => {
                return Err(StoreError::refuse(said(
                    "refuse-ext-draft-decision",
                    "the request is a draft: only a submitted request is decided",
                )));
            }
            DECIDED => {
                return Err(StoreError::conflict(Problem::new(
                    Message::new("conflict-ext-already-decided").number("id", i64::from(id)),
                    format!("the request {id} was already decided"),
                )));
            }
            _ => {}
        }
        let mut problems = Vec::new();
        let reference = input.decision_reference.trim();
        if reference.is_empty() || reference.chars().count() > 200 {
            problems.push(said(
                "refuse-ext-decision-reference",
                "cite the decision (1 to 200 characters)",
            ));
        }
        if input.benchmarks.chars().count() > MAX_CONTENT {
            problems.push(longer(
                "refuse-ext-benchmarks-long",
                MAX_CONTENT,
                format!("the benchmarks are limited to {MAX_CONTENT} characters"),
            ));
        }
        let Some(decided_on) = input.decided_on else {
            problems.push(said(
                "refuse-ext-decided-on",
                "give the day of the decision",
            ));
            return Err(StoreError::Invalid(problems));
        };
        let deadline = self
            .deadline_in_force(convention, &old.state_code, &old.obligation, decided_on)
            .await?;
        let granted_to = if input.granted {
            match input.granted_to {
                None => {
                    problems.push(said(
                        "refuse-ext-grant-deadline",
                        "a grant needs the new deadline",
                    ));
                    None
                }
                Some(to) => {
                    if deadline.is_some_and(|d| to <= d) {
                        let d = deadline.map(format_date).unwrap_or_default();
                        problems.push(Problem::new(
                            Message::new("refuse-ext-grant-not-later").code("date", &d),
                            format!(
                                "the new deadline must be later than the deadline in force ({d})"
                            ),
                        ));
                    }
                    if old.asked_to.is_some_and(|a| to > a) {
                        let asked = old.asked_to.map(format_date).unwrap_or_default();
                        problems.push(Problem::new(
                            Message::new("refuse-ext-grant-more").code("date", &asked),
                            format!("the meeting may grant less time than asked, not more (asked: {asked})"),
                        ));
                    }
                    Some(to)
                }
            }
        } else {
            if input.granted_to.is_some() {
                problems.push(said(
                    "refuse-ext-refusal-deadline",
                    "a refusal has no new deadline",
                ));
            }
            None
        };
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let state = self.actor(&old.state_code).await?;
        let outcome = if input.granted { "granted" } else { "refused" };
        let mut write = self
            .write(
                author,
                "extension.decide",
                format!("extension request {id}"),
            )
            .await?;
        write.convention(convention.id);
        write.detail(serde_json::json!({
            "outcome": outcome,
            "decision": reference,
            "decided_on": format_date(decided_on),
            "granted_to": granted_to.map(format_date),
        }));
        let submission = match granted_to {
            Some(to) => Some(
                obligation_submission::ActiveModel {
                    convention_id: Set(convention.id),
                    actor_id: Set(state.id),
                    obligation: Set(old.obligation.clone()),
                    kind: Set(SubmissionKind::ExtensionGranted.slug().to_string()),
                    period: Set(None),
                    received_on: Set(decided_on),
                    extended_to: Set(Some(to)),
                    reference: Set(reference.to_string()),
                    access: Set(AccessLevel::Public.slug().to_string()),
                    note: Set(format!("Extension request {id}")),
                    supersedes: Set(None),
                    superseded_by: Set(None),
                    recorded_at: Set(crate::now()),
                    recorded_by: Set(author.who.clone()),
                    reason: Set(author.reason.clone()),
                    ..Default::default()
                }
                .insert(write.txn())
                .await?
                .id,
            ),
            None => None,
        };
        let mut model: extension_request::ActiveModel = old.into();
        model.status = Set(DECIDED.to_string());
        model.outcome = Set(outcome.to_string());
        model.decision_reference = Set(reference.to_string());
        model.decided_on = Set(Some(decided_on));
        model.granted_to = Set(granted_to);
        model.benchmarks = Set(input.benchmarks.trim().to_string());
        model.submission_id = Set(submission);
        let stored = model.update(write.txn()).await?;
        write.commit().await?;
        Ok(stored)
    }

    async fn extension_request_row(
        &self,
        convention: &convention::Model,
        id: i32,
    ) -> Result<extension_request::Model, StoreError> {
        extension_request::Entity::find_by_id(id)
            .filter(extension_request::Column::ConventionId.eq(convention.id))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("the extension request {id}")))
    }

    /// Every request of a convention, newest first (the caller filters drafts by reader).
    pub async fn extension_requests(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<extension_request::Model>, StoreError> {
        Ok(extension_request::Entity::find()
            .filter(extension_request::Column::ConventionId.eq(convention.id))
            .order_by_desc(extension_request::Column::Id)
            .all(self.db())
            .await?)
    }

    /// One request with its obligation, meeting, analysis, deadline in force and findings (a
    /// draft is judged as of `as_of`, a submitted one as of the day it was submitted).
    pub async fn extension_request(
        &self,
        convention: &convention::Model,
        id: i32,
        as_of: Date,
    ) -> Result<RequestRecord, StoreError> {
        let request = self.extension_request_row(convention, id).await?;
        let obligations = self.obligations(convention).await?;
        let (ob, rule) = rule_of(&obligations, &request.obligation)?;
        let contents = contents_of(&request.contents);
        let meeting = match request.meeting_id {
            Some(mid) => meeting::Entity::find_by_id(mid).one(self.db()).await?,
            None => None,
        };
        let analysis = match request.analysis_document_id {
            Some(did) => Some(self.document(convention, did).await?),
            None => None,
        };
        let on = request.submitted_on.unwrap_or(as_of);
        let deadline = self
            .deadline_in_force(convention, &request.state_code, &ob.key, on)
            .await?;
        let findings = extension::findings(
            rule,
            &RequestFacts {
                article: &ob.article,
                submitted_on: on,
                deadline,
                asked_to: request.asked_to,
                meeting_chosen: meeting.is_some(),
                meeting_opens_on: meeting.as_ref().and_then(|m| m.opens_on),
                contents: &contents,
            },
        );
        Ok(RequestRecord {
            obligation: ob.clone(),
            request,
            contents,
            meeting,
            analysis,
            deadline,
            findings,
        })
    }

    /// Every version of what the State wrote, oldest first.
    pub async fn extension_request_revisions(
        &self,
        request: &extension_request::Model,
    ) -> Result<Vec<extension_request_revision::Model>, StoreError> {
        Ok(extension_request_revision::Entity::find()
            .filter(extension_request_revision::Column::RequestId.eq(request.id))
            .order_by_asc(extension_request_revision::Column::Revision)
            .all(self.db())
            .await?)
    }
}

/// The contents of a stored version, by key.
pub fn revision_contents(r: &extension_request_revision::Model) -> BTreeMap<String, String> {
    contents_of(&r.contents)
}
