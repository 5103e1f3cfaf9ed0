//! Messages to audiences (P4.4(d)) as the notices pages and the API read and write them: who
//! may send (ISU staff, or the President for their own communications) and in what capacity,
//! who may read one (its recipients, its author, ISU staff; anyone else is told it does not
//! exist), the input both accept, and the message as shown in the reader's language.
//!
//! It must never show a message to someone outside its audience, nor the delivery records
//! (addresses, errors) to anyone but ISU staff and the author.

use serde::{Deserialize, Serialize};
use time::Date;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::finding::{Message, Problem};
use treatydesk_domain::message::Audience;
use treatydesk_domain::{AccessLevel, Lang, Role};
use treatydesk_store::entities::convention;
use treatydesk_store::messages::{MessageRecord, NewMessage};
use utoipa::ToSchema;

use crate::ctx::Ctx;
use crate::views::findings::{problem, typed_date};
use crate::{AppState, WebError};

/// In what capacity the reader may send messages in the convention, if at all.
pub fn sender_capacity(ctx: &Ctx, code: &str) -> Option<&'static str> {
    if ctx.viewer.can_read(code, AccessLevel::Isu) {
        Some("isu")
    } else if ctx
        .viewer
        .grants
        .iter()
        .any(|g| g.role == Role::President && g.convention.as_deref() == Some(code))
    {
        Some("president")
    } else {
        None
    }
}

/// Does the reader see every message of the convention (ISU staff)?
pub fn reads_all(ctx: &Ctx, code: &str) -> bool {
    ctx.viewer.can_read(code, AccessLevel::Isu)
}

fn reader(ctx: &Ctx) -> Option<(i32, &str)> {
    let id = ctx.viewer.user_id.and_then(|i| i32::try_from(i).ok())?;
    Some((id, ctx.viewer.username.as_deref()?))
}

/// The messages the reader may read, newest first (sign in first).
pub async fn readable_list(
    ctx: &Ctx,
    state: &AppState,
    c: &convention::Model,
) -> Result<Vec<MessageRecord>, WebError> {
    let Some(me) = reader(ctx) else {
        return Err(WebError::SignInRequired {
            next: ctx.path.clone(),
        });
    };
    let filter = if reads_all(ctx, &c.code) {
        None
    } else {
        Some(me)
    };
    Ok(state.store.messages(c, filter).await?)
}

/// One message, if the reader may read it; a 404 otherwise, to an anonymous reader too (its
/// existence is not told, D16).
pub async fn readable(
    ctx: &Ctx,
    state: &AppState,
    c: &convention::Model,
    id: &str,
) -> Result<MessageRecord, WebError> {
    let missing = || WebError::NotFound(format!("there is no message {id} for you"));
    let Some(me) = reader(ctx) else {
        return Err(missing());
    };
    let id: i32 = id.parse().map_err(|_| missing())?;
    let record = match state.store.message(c, id).await {
        Err(treatydesk_store::StoreError::NotFound(_)) => return Err(missing()),
        other => other?,
    };
    if reads_all(ctx, &c.code) || record.addressed_to(me.0, me.1) {
        Ok(record)
    } else {
        Err(missing())
    }
}

/// May the reader see the delivery records (ISU staff, or the message's author)?
pub fn sees_deliveries(ctx: &Ctx, code: &str, record: &MessageRecord) -> bool {
    reads_all(ctx, code) || ctx.viewer.username.as_deref() == Some(record.message.author.as_str())
}

/// A message's text in one language.
#[derive(Clone, Debug, Default, Deserialize, Serialize, ToSchema)]
pub struct NoticeVersionIn {
    /// en, fr, es or ar
    pub lang: String,
    pub subject: String,
    pub text: String,
}

/// A message as submitted by the API (the page's form gives the same fields).
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct NoticeIn {
    /// focal-points, committee, meeting-participants, working-group or overdue-reports
    pub audience: String,
    /// The meeting's label (meeting-participants only).
    #[serde(default)]
    pub meeting: String,
    /// The Working Group's key (working-group only).
    #[serde(default)]
    pub group: String,
    /// The date the audience is resolved on (YYYY-MM-DD; today when empty).
    #[serde(default)]
    pub on: String,
    /// The language the author wrote first; its version is required.
    pub original: String,
    /// The versions written: the original's and any others.
    #[serde(default)]
    pub versions: Vec<NoticeVersionIn>,
}

/// The store's message from the input, or every problem as a message.
pub fn new_message(
    input: &NoticeIn,
    capacity: &str,
    today: Date,
) -> Result<NewMessage, Vec<Problem>> {
    let mut problems = Vec::new();
    let reference = match input.audience.as_str() {
        "meeting-participants" => Some(input.meeting.as_str()),
        "working-group" => Some(input.group.as_str()),
        _ => None,
    };
    let audience = Audience::parse(&input.audience, reference)
        .map_err(|p| problems.push(p))
        .ok();
    let on = match input.on.trim() {
        "" => Some(today),
        raw => typed_date(raw, "date", &mut problems),
    };
    let original = Lang::parse(&input.original).or_else(|| {
        problems.push(problem(
            Message::new("refuse-notice-original-lang").code("value", &input.original),
        ));
        None
    });
    let mut versions = Vec::new();
    for v in &input.versions {
        if v.subject.trim().is_empty() && v.text.trim().is_empty() {
            continue;
        }
        match Lang::parse(&v.lang) {
            Some(l) if versions.iter().any(|(x, _, _)| *x == l) => {
                problems.push(problem(
                    Message::new("refuse-notice-version-twice").code("lang", l.code()),
                ));
            }
            Some(l) => versions.push((l, v.subject.clone(), v.text.clone())),
            None => problems.push(problem(
                Message::new("refuse-notice-version-lang").code("value", &v.lang),
            )),
        }
    }
    match (audience, on, original, problems.is_empty()) {
        (Some(audience), Some(on), Some(original), true) => Ok(NewMessage {
            audience,
            on,
            original,
            capacity: capacity.to_string(),
            versions,
        }),
        _ => Err(problems),
    }
}

/// One recipient's delivery, for ISU staff and the author.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct DeliveryOut {
    pub name: String,
    pub actor: Option<String>,
    pub address: Option<String>,
    /// The language of the version they got.
    pub lang: String,
    /// in-product-only, queued, sent, retried or failed
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub sent_at: Option<String>,
}

/// A message as its reader sees it.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct NoticeOut {
    pub id: i32,
    pub audience: String,
    pub audience_ref: Option<String>,
    /// The date the audience was resolved on.
    pub resolved_on: String,
    /// isu or president
    pub capacity: String,
    pub author: String,
    pub sent_at: String,
    pub original_lang: String,
    /// The languages it was written in.
    pub languages: Vec<String>,
    /// The version shown: the reader's language when written, else the original.
    pub lang: String,
    pub subject: String,
    pub text: String,
    pub recipients: usize,
    /// Who it went to and how each mail stands (ISU staff and the author only).
    pub deliveries: Option<Vec<DeliveryOut>>,
}

fn stamp(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

pub fn message_out(record: &MessageRecord, lang: Lang, deliveries: bool) -> NoticeOut {
    let m = &record.message;
    let shown = record.version(lang);
    NoticeOut {
        id: m.id,
        audience: m.audience.clone(),
        audience_ref: m.audience_ref.clone(),
        resolved_on: format_date(m.resolved_on),
        capacity: m.capacity.clone(),
        author: m.author.clone(),
        sent_at: stamp(m.created_at),
        original_lang: m.original_lang.clone(),
        languages: record.versions.iter().map(|v| v.lang.clone()).collect(),
        lang: shown.map(|v| v.lang.clone()).unwrap_or_default(),
        subject: shown.map(|v| v.subject.clone()).unwrap_or_default(),
        text: shown.map(|v| v.body.clone()).unwrap_or_default(),
        recipients: record.recipients.len(),
        deliveries: deliveries.then(|| {
            record
                .recipients
                .iter()
                .map(|d| DeliveryOut {
                    name: d.recipient.name.clone(),
                    actor: d.recipient.actor.clone(),
                    address: d.recipient.address.clone(),
                    lang: d.recipient.lang.clone(),
                    status: d.delivery.slug().to_string(),
                    attempts: d.attempts,
                    last_error: d.last_error.clone(),
                    sent_at: d.sent_at.map(stamp),
                })
                .collect()
        }),
    }
}
