//! Requests for advice (P4.4(c), issue 15 item 1) as the pages and the API read them: a
//! request with its thread of messages (every version: a correction is a new message) and its
//! attachments, the list a reader may see, and the ISU's open counts and ages per theme; the
//! reader check every address of a request goes through ([`readable`]: a request the reader
//! may not read is answered as missing, 404, never 403, so that nobody learns it exists); and
//! the API's bodies.
//!
//! Nothing here writes; the store's audited `advice` functions do. Advice requests are never
//! given to the search index, nor to any export or feed.

use serde::{Deserialize, Serialize};
use treatydesk_domain::advice::{self, Status, Theme};
use treatydesk_store::StoreError;
use treatydesk_store::entities::{advice_attachment, advice_message, advice_request, convention};
use utoipa::ToSchema;

use crate::ctx::Ctx;
use crate::{AppState, WebError};

/// A file attached to a message.
#[derive(Clone, Serialize, ToSchema)]
pub struct AttachmentOut {
    pub id: i32,
    pub message: i32,
    pub filename: String,
    /// Where the file is served (to the request's readers only).
    pub url: String,
}

/// One message of the exchange, one version.
#[derive(Clone, Serialize, ToSchema)]
pub struct MessageOut {
    pub id: i32,
    /// question, answer or reply
    pub kind: String,
    /// The username that wrote it.
    pub author: String,
    pub body: String,
    /// RFC 3339
    pub at: String,
    /// YYYY-MM-DD (UTC)
    pub on: String,
    /// The message this one corrects.
    pub revises: Option<i32>,
    /// The later correction of this one; none while it stands.
    pub revised_by: Option<i32>,
    pub attachments: Vec<AttachmentOut>,
}

/// A request as its list shows it.
#[derive(Clone, Serialize, ToSchema)]
pub struct RequestOut {
    pub id: i32,
    /// The requesting State (ISO 3166 alpha-3).
    pub state: String,
    /// national-implementation, art3-stockpiles, art4-clearance, art5-victim-assistance,
    /// art7-reporting or universalization
    pub theme: String,
    pub subject: String,
    /// open, answered or closed
    pub status: String,
    /// Readable by all States Parties (the State chose it); else the State and the ISU only.
    pub shared: bool,
    /// The ISU staff account that holds it.
    pub assigned_to: Option<String>,
    pub asked_by: String,
    /// RFC 3339
    pub asked_at: String,
    /// YYYY-MM-DD (UTC)
    pub asked_on: String,
    /// Days since it was asked (UTC days).
    pub age_days: i64,
    /// RFC 3339, the ISU's first answer.
    pub answered_at: Option<String>,
    pub closed_at: Option<String>,
    pub url: String,
}

/// A request with its thread.
#[derive(Clone, Serialize, ToSchema)]
pub struct RequestDetailOut {
    pub convention: String,
    pub request: RequestOut,
    /// Every message, every version, oldest first.
    pub messages: Vec<MessageOut>,
}

/// The ISU's open requests of one theme and the oldest one's age.
#[derive(Clone, Serialize, ToSchema)]
pub struct ThemeCountOut {
    pub theme: String,
    /// Requests not closed (open or answered).
    pub open: usize,
    /// Of those, the ones waiting for the ISU (open).
    pub waiting: usize,
    /// Age in days of the oldest request not closed.
    pub oldest_days: Option<i64>,
}

/// The requests a reader may see.
#[derive(Clone, Serialize, ToSchema)]
pub struct RequestsOut {
    pub convention: String,
    pub requests: Vec<RequestOut>,
    /// For the ISU only: open counts and ages per theme (empty for anyone else).
    pub themes: Vec<ThemeCountOut>,
}

/// A file to attach through the API: its bytes base64 in `content` (a PDF, a Word document
/// (DOCX) or UTF-8 text, within the API's 1 MiB body).
#[derive(Clone, Deserialize, ToSchema)]
pub struct AttachmentIn {
    pub content: String,
}

/// A request for advice through the API.
#[derive(Clone, Deserialize, ToSchema)]
pub struct RequestIn {
    /// The requesting State (ISO 3166 alpha-3); a focal point asks for its own State only.
    pub state: String,
    pub theme: String,
    pub subject: String,
    /// The question.
    pub body: String,
    /// Readable by all States Parties (default: confidential).
    #[serde(default)]
    pub shared: bool,
    #[serde(default)]
    pub attachments: Vec<AttachmentIn>,
}

/// A message through the API: the ISU's answer or the State's reply.
#[derive(Clone, Deserialize, ToSchema)]
pub struct MessageIn {
    pub body: String,
    #[serde(default)]
    pub attachments: Vec<AttachmentIn>,
}

/// A correction of a message through the API.
#[derive(Clone, Deserialize, ToSchema)]
pub struct RevisionIn {
    pub body: String,
}

/// The ISU staff account to hold a request.
#[derive(Clone, Deserialize, ToSchema)]
pub struct AssignIn {
    pub assignee: String,
}

/// Shared with all States Parties, or confidential.
#[derive(Clone, Deserialize, ToSchema)]
pub struct ShareIn {
    pub shared: bool,
}

/// The address of a request.
pub fn request_url(code: &str, id: i32) -> String {
    format!("/{code}/advice/{id}")
}

fn rfc3339(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

pub fn request_out(c: &convention::Model, r: &advice_request::Model) -> RequestOut {
    let today = treatydesk_store::now().date();
    RequestOut {
        id: r.id,
        state: r.state_code.clone(),
        theme: r.theme.clone(),
        subject: r.subject.clone(),
        status: r.status.clone(),
        shared: r.shared,
        assigned_to: r.assigned_to.clone(),
        asked_by: r.created_by.clone(),
        asked_at: rfc3339(r.created_at),
        asked_on: treatydesk_domain::calendar::format_date(r.created_at.date()),
        age_days: (today - r.created_at.date()).whole_days().max(0),
        answered_at: r.answered_at.map(rfc3339),
        closed_at: r.closed_at.map(rfc3339),
        url: request_url(&c.code, r.id),
    }
}

pub fn messages_out(
    c: &convention::Model,
    r: &advice_request::Model,
    messages: &[advice_message::Model],
    attachments: &[advice_attachment::Model],
) -> Vec<MessageOut> {
    messages
        .iter()
        .map(|m| MessageOut {
            id: m.id,
            kind: m.kind.clone(),
            author: m.author.clone(),
            body: m.body.clone(),
            at: rfc3339(m.created_at),
            on: treatydesk_domain::calendar::format_date(m.created_at.date()),
            revises: m.revises_id,
            revised_by: messages
                .iter()
                .find(|later| later.revises_id == Some(m.id))
                .map(|later| later.id),
            attachments: attachments
                .iter()
                .filter(|a| a.message_id == m.id)
                .map(|a| AttachmentOut {
                    id: a.id,
                    message: a.message_id,
                    filename: a.filename.clone(),
                    url: format!("{}/attachments/{}", request_url(&c.code, r.id), a.id),
                })
                .collect(),
        })
        .collect()
}

/// The request the address names, if the reader may read it; else missing (404), as for a
/// request that does not exist.
pub async fn readable(
    ctx: &Ctx,
    state: &AppState,
    c: &convention::Model,
    id: &str,
) -> Result<advice_request::Model, WebError> {
    let missing = || WebError::NotFound(format!("there is no advice request {id} here"));
    let number: i32 = id.parse().map_err(|_| missing())?;
    let r = match state.store.advice_request(c, number).await {
        Ok(r) => r,
        Err(StoreError::NotFound(_)) => return Err(missing()),
        Err(e) => return Err(e.into()),
    };
    if advice::may_read(&ctx.viewer, &c.code, &r.state_code, r.shared) {
        Ok(r)
    } else {
        Err(missing())
    }
}

/// A request with its thread, for a reader who may read it.
pub async fn detail(
    state: &AppState,
    c: &convention::Model,
    r: &advice_request::Model,
) -> Result<RequestDetailOut, WebError> {
    let messages = state.store.advice_messages(r).await?;
    let attachments = state.store.advice_attachments(r).await?;
    Ok(RequestDetailOut {
        convention: c.code.clone(),
        request: request_out(c, r),
        messages: messages_out(c, r, &messages, &attachments),
    })
}

/// The requests the reader may read, newest first, and for the ISU the counts per theme.
pub async fn list(
    ctx: &Ctx,
    state: &AppState,
    c: &convention::Model,
) -> Result<RequestsOut, WebError> {
    let all = state.store.advice_requests(c).await?;
    let requests: Vec<RequestOut> = all
        .iter()
        .filter(|r| advice::may_read(&ctx.viewer, &c.code, &r.state_code, r.shared))
        .map(|r| request_out(c, r))
        .collect();
    let themes = if advice::may_answer(&ctx.viewer, &c.code) {
        theme_counts(&requests)
    } else {
        Vec::new()
    };
    Ok(RequestsOut {
        convention: c.code.clone(),
        requests,
        themes,
    })
}

/// Open counts and the oldest age per theme, every theme listed (P4.4(c)).
pub fn theme_counts(requests: &[RequestOut]) -> Vec<ThemeCountOut> {
    Theme::ALL
        .iter()
        .map(|t| {
            let open: Vec<&RequestOut> = requests
                .iter()
                .filter(|r| r.theme == t.slug() && r.status != Status::Closed.slug())
                .collect();
            ThemeCountOut {
                theme: t.slug().to_string(),
                open: open.len(),
                waiting: open
                    .iter()
                    .filter(|r| r.status == Status::Open.slug())
                    .count(),
                oldest_days: open.iter().map(|r| r.age_days).max(),
            }
        })
        .collect()
}

/// The States the reader may ask for: a focal point's own, every State for the ISU (which
/// records a request it received by other means); none for anyone else.
pub async fn askable_states(
    ctx: &Ctx,
    state: &AppState,
    c: &convention::Model,
) -> Result<Vec<(String, String)>, WebError> {
    let lang = ctx.lang;
    let name = |a: &treatydesk_store::entities::actor::Model| match lang {
        treatydesk_domain::Lang::Fr => a.name_fr.clone(),
        treatydesk_domain::Lang::Es => a.name_es.clone(),
        treatydesk_domain::Lang::Ar => a.name_ar.clone(),
        _ => a.name_en.clone(),
    };
    let mine = advice::focal_point_states(&ctx.viewer, &c.code);
    let isu = advice::may_answer(&ctx.viewer, &c.code);
    let mut out: Vec<(String, String)> = state
        .store
        .actors()
        .await?
        .iter()
        .filter(|a| a.kind == "state")
        .filter(|a| isu || mine.contains(&a.code))
        .map(|a| (a.code.clone(), name(a)))
        .collect();
    crate::locale::sort_by_name(lang, &mut out, |(_, n)| n.as_str());
    Ok(out)
}

/// Decodes the API's attachments, or says which one is not base64.
pub fn decode_attachments(list: &[AttachmentIn]) -> Result<Vec<Vec<u8>>, WebError> {
    list.iter()
        .enumerate()
        .map(|(i, a)| {
            crate::views::statements::decode_base64(&a.content)
                .map_err(|e| WebError::BadRequest(format!("attachment {}: {e}", i + 1)))
        })
        .collect()
}

/// The refusal of a reader who may not do what they ask: sign in first, or forbidden.
pub fn refusal(ctx: &Ctx) -> WebError {
    if ctx.viewer.is_signed_in() {
        WebError::Forbidden
    } else {
        WebError::SignInRequired {
            next: ctx.path.clone(),
        }
    }
}
