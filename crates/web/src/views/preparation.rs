//! A meeting's preparation checklist and follow-up actions (P4.4(a)) as its page and the API
//! read and change them: who may read them (ISU staff and the President), who may change them
//! (ISU staff), the input both accept, and the checklist as shown in the reader's language.
//!
//! It must never let anyone else read or change a checklist.

use serde::{Deserialize, Serialize};
use time::Date;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::finding::Problem;
use treatydesk_domain::{AccessLevel, Lang, Role};
use treatydesk_store::entities::action;
use treatydesk_store::preparation::{ChecklistItem, ItemChange};
use utoipa::ToSchema;

use crate::WebError;
use crate::ctx::Ctx;
use crate::views::findings::typed_date;

fn is_president(ctx: &Ctx, code: &str) -> bool {
    ctx.viewer
        .grants
        .iter()
        .any(|g| g.role == Role::President && g.convention.as_deref() == Some(code))
}

/// May the reader see a meeting's checklist (ISU staff and the President)?
pub fn may_read(ctx: &Ctx, code: &str) -> bool {
    is_president(ctx, code) || ctx.viewer.can_read(code, AccessLevel::Isu)
}

/// ISU staff and the President read a meeting's checklist; anyone else signed in is refused,
/// an anonymous reader asked to sign in.
pub fn require_reader(ctx: &Ctx, code: &str) -> Result<(), WebError> {
    if is_president(ctx, code) {
        Ok(())
    } else {
        ctx.require(code, AccessLevel::Isu)
    }
}

/// A change to one item, as the page and the API take it.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct ItemIn {
    /// The item's key; empty adds an item with `title`.
    #[serde(default)]
    pub key: String,
    /// The added item's title.
    #[serde(default)]
    pub title: String,
    /// YYYY-MM-DD; empty for the template's due date.
    #[serde(default)]
    pub due_on: String,
    /// Who does it.
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub done: bool,
}

/// The store's change from the input, or the message that refuses the date.
pub fn item_change(input: &ItemIn) -> Result<ItemChange, Vec<Problem>> {
    let mut problems = Vec::new();
    let due_on = typed_date(&input.due_on, "date", &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    let key = Some(input.key.trim())
        .filter(|k| !k.is_empty())
        .map(str::to_string);
    Ok(ItemChange {
        key,
        title: input.title.clone(),
        due_on,
        owner: input.owner.clone(),
        done: input.done,
    })
}

/// One checklist item.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ItemOut {
    pub key: String,
    pub name: String,
    /// True for an item of the preset's template, false for one the ISU added.
    pub from_template: bool,
    pub due_on: Option<String>,
    /// The template's due date for the meeting's dates.
    pub template_due_on: Option<String>,
    /// Where the template's lead time comes from ([U]: a default, not a rule).
    pub source: Option<String>,
    pub owner: String,
    /// done, overdue or open
    pub status: String,
    pub done_on: Option<String>,
    pub done_by: Option<String>,
}

/// A follow-up action the meeting or its decisions raised.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct FollowUpOut {
    pub id: i32,
    pub title: String,
    pub owner_kind: String,
    pub owner: String,
    pub due_on: Option<String>,
    /// open, done or cancelled
    pub status: String,
}

/// A meeting's checklist and follow-up actions.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct PreparationOut {
    pub meeting: String,
    pub items: Vec<ItemOut>,
    pub done: usize,
    pub overdue: usize,
    pub follow_up: Vec<FollowUpOut>,
}

pub fn item_out(i: &ChecklistItem, lang: Lang, today: Date) -> ItemOut {
    ItemOut {
        key: i.key.clone(),
        name: i.name(lang),
        from_template: i.template.is_some(),
        due_on: i.due_on.map(format_date),
        template_due_on: i.template_due_on.map(format_date),
        source: i.template.as_ref().map(|t| t.source.clone()),
        owner: i.owner.clone(),
        status: i.status(today).slug().to_string(),
        done_on: i.done_on.map(format_date),
        done_by: i.done_by.clone(),
    }
}

pub fn preparation_out(
    meeting: &str,
    items: &[ChecklistItem],
    actions: &[action::Model],
    lang: Lang,
    today: Date,
) -> PreparationOut {
    let items: Vec<ItemOut> = items.iter().map(|i| item_out(i, lang, today)).collect();
    PreparationOut {
        meeting: meeting.to_string(),
        done: items.iter().filter(|i| i.status == "done").count(),
        overdue: items.iter().filter(|i| i.status == "overdue").count(),
        items,
        follow_up: actions
            .iter()
            .map(|a| FollowUpOut {
                id: a.id,
                title: a.title.clone(),
                owner_kind: a.owner_kind.clone(),
                owner: a.owner.clone(),
                due_on: a.due_on.map(format_date),
                status: a.status.clone(),
            })
            .collect(),
    }
}
