//! Meeting preparation (P4.4(a), issue 15 item 4): a meeting's checklist, the preset's template
//! for its kind (due dates computed from the meeting's dates) merged with what the ISU set on
//! it (an owner, another due date, done) and the items the ISU added; and the follow-up actions
//! that the meeting and its decisions raised.
//!
//! Every change is audited with the item as it stood before; an item is never deleted. This
//! module says nothing about who may read or write: the web layer checks that.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use time::Date;
use treatydesk_domain::Lang;
use treatydesk_domain::meeting::MeetingKind;
use treatydesk_domain::preparation::{ItemStatus, TemplateItem};

use crate::audit::Author;
use crate::entities::{action, convention, decision, meeting, preparation_item};
use crate::error::{longer, said};
use crate::registry::preparation_of;
use crate::{Store, StoreError};

/// The longest title and owner an item may have.
pub const MAX_TITLE: usize = 300;

/// One item of a meeting's checklist as it stands.
#[derive(Clone, Debug)]
pub struct ChecklistItem {
    pub key: String,
    /// The template's item (none for one the ISU added).
    pub template: Option<TemplateItem>,
    /// The added item's title (empty for a template item).
    pub title: String,
    /// The due date: the one the ISU set, else the template's.
    pub due_on: Option<Date>,
    /// The template's due date for the meeting's dates.
    pub template_due_on: Option<Date>,
    pub owner: String,
    pub done_on: Option<Date>,
    pub done_by: Option<String>,
}

impl ChecklistItem {
    pub fn status(&self, today: Date) -> ItemStatus {
        ItemStatus::of(self.due_on, self.done_on.is_some(), today)
    }

    /// The item's name in `lang` (the added item's title as typed).
    pub fn name(&self, lang: Lang) -> String {
        self.template
            .as_ref()
            .map_or_else(|| self.title.clone(), |t| t.name.get(lang).to_string())
    }
}

/// A change to one item, as the ISU submits it.
#[derive(Clone, Debug, Default)]
pub struct ItemChange {
    /// The item's key; none adds an item with `title`.
    pub key: Option<String>,
    pub title: String,
    /// None: the template's due date.
    pub due_on: Option<Date>,
    pub owner: String,
    pub done: bool,
}

impl Store {
    /// A meeting's checklist: the template's items for its kind, then the added ones.
    pub async fn preparation(
        &self,
        convention: &convention::Model,
        meeting: &meeting::Model,
    ) -> Result<Vec<ChecklistItem>, StoreError> {
        let stored = preparation_item::Entity::find()
            .filter(preparation_item::Column::MeetingId.eq(meeting.id))
            .order_by_asc(preparation_item::Column::Id)
            .all(self.db())
            .await?;
        let kind = MeetingKind::from_slug(&meeting.kind);
        let mut out: Vec<ChecklistItem> = preparation_of(&convention.code)
            .iter()
            .filter(|t| kind.is_some_and(|k| t.applies_to(k)))
            .map(|t| {
                let template_due_on = t.due_on(meeting.opens_on, meeting.closes_on);
                let row = stored.iter().find(|r| r.key == t.key);
                ChecklistItem {
                    key: t.key.clone(),
                    template: Some(t.clone()),
                    title: String::new(),
                    due_on: row.and_then(|r| r.due_on).or(template_due_on),
                    template_due_on,
                    owner: row.map(|r| r.owner.clone()).unwrap_or_default(),
                    done_on: row.and_then(|r| r.done_on),
                    done_by: row.and_then(|r| r.done_by.clone()),
                }
            })
            .collect();
        for r in stored.iter().filter(|r| r.key.starts_with("custom-")) {
            out.push(ChecklistItem {
                key: r.key.clone(),
                template: None,
                title: r.title.clone(),
                due_on: r.due_on,
                template_due_on: None,
                owner: r.owner.clone(),
                done_on: r.done_on,
                done_by: r.done_by.clone(),
            });
        }
        Ok(out)
    }

    /// Sets an item (owner, due date, done) or adds one; audited with the item as it stood.
    pub async fn set_preparation_item(
        &self,
        author: &Author,
        convention: &convention::Model,
        meeting: &meeting::Model,
        change: &ItemChange,
    ) -> Result<String, StoreError> {
        let items = self.preparation(convention, meeting).await?;
        let mut problems = Vec::new();
        let title = change.title.trim();
        let owner = change.owner.trim();
        if owner.chars().count() > MAX_TITLE || title.chars().count() > MAX_TITLE {
            problems.push(longer(
                "refuse-preparation-long",
                MAX_TITLE,
                format!("the title and the owner may have up to {MAX_TITLE} characters"),
            ));
        }
        let before = match &change.key {
            Some(key) => match items.iter().find(|i| &i.key == key) {
                Some(i) => Some(i.clone()),
                None => {
                    return Err(StoreError::NotFound(format!(
                        "the checklist item \"{key}\" of {}",
                        meeting.label
                    )));
                }
            },
            None => {
                if title.is_empty() {
                    problems.push(said(
                        "refuse-preparation-title",
                        "an added item needs a title",
                    ));
                }
                None
            }
        };
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let today = crate::now().date();
        let key = match &before {
            Some(i) => i.key.clone(),
            None => {
                let n = items.iter().filter(|i| i.template.is_none()).count() + 1;
                format!("custom-{n}")
            }
        };
        let due_on = change
            .due_on
            .or_else(|| before.as_ref().and_then(|i| i.template_due_on));
        let (done_on, done_by) = match (&before, change.done) {
            (Some(i), true) if i.done_on.is_some() => (i.done_on, i.done_by.clone()),
            (_, true) => (Some(today), Some(author.who.clone())),
            (_, false) => (None, None),
        };
        let mut write = self
            .write(
                author,
                "meeting.preparation",
                format!("meeting {} checklist {key}", meeting.label),
            )
            .await?;
        write.convention(convention.id);
        write.detail(serde_json::json!({
            "before": before.as_ref().map(|i| serde_json::json!({
                "due_on": i.due_on.map(|d| d.to_string()),
                "owner": i.owner,
                "done_on": i.done_on.map(|d| d.to_string()),
            })),
            "after": {
                "title": title,
                "due_on": due_on.map(|d| d.to_string()),
                "owner": owner,
                "done_on": done_on.map(|d| d.to_string()),
            },
        }));
        let existing = preparation_item::Entity::find()
            .filter(preparation_item::Column::MeetingId.eq(meeting.id))
            .filter(preparation_item::Column::Key.eq(key.as_str()))
            .one(write.txn())
            .await?;
        let mut model: preparation_item::ActiveModel = match existing {
            Some(row) => row.into(),
            None => preparation_item::ActiveModel {
                meeting_id: Set(meeting.id),
                key: Set(key.clone()),
                title: Set(if before.is_none() {
                    title.to_string()
                } else {
                    String::new()
                }),
                ..Default::default()
            },
        };
        model.due_on = Set(due_on);
        model.owner = Set(owner.to_string());
        model.done_on = Set(done_on);
        model.done_by = Set(done_by);
        model.updated_at = Set(crate::now());
        model.save(write.txn()).await?;
        write.commit().await?;
        Ok(key)
    }

    /// The follow-up actions raised by the meeting (its minutes) or by its decisions.
    pub async fn actions_of_meeting(
        &self,
        convention: &convention::Model,
        meeting: &meeting::Model,
    ) -> Result<Vec<action::Model>, StoreError> {
        let decisions: Vec<i32> = decision::Entity::find()
            .filter(decision::Column::MeetingId.eq(meeting.id))
            .all(self.db())
            .await?
            .into_iter()
            .map(|d| d.id)
            .collect();
        Ok(self
            .actions(convention)
            .await?
            .into_iter()
            .filter(|a| {
                a.meeting_id == Some(meeting.id)
                    || a.decision_id.is_some_and(|d| decisions.contains(&d))
            })
            .collect())
    }
}
