//! Universalization (P4.4(e), issue 16 item 4): the ISU's entries about States not party — an
//! outreach activity (who, when, what, which Working Group) or a statement of intent — each
//! with who may read it. Every write is one audited write (`outreach.add`, `outreach.correct`).
//!
//! An entry is never rewritten: a correction adds a revision (the old text kept, with who,
//! when and why). This module checks what is written (P4.4(e): work with States not party on
//! the day); it never decides who may read an entry, which the web does from its access level.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use time::Date;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::calendar::parse_date;
use treatydesk_domain::universalization::{OutreachKind, check_outreach_date};

use crate::audit::Author;
use crate::entities::{actor, convention, outreach_activity, outreach_revision};
use crate::error::{Problem, longer, said};
use crate::registry::rules_of;
use crate::{Store, StoreError};
use treatydesk_domain::finding::Message;

/// An entry as a form or the API gives it (the date as `YYYY-MM-DD`).
#[derive(Clone, Debug, Default)]
pub struct NewOutreach {
    /// `outreach` or `intent`.
    pub kind: String,
    pub on: String,
    pub who: String,
    pub what: String,
    pub working_group: String,
    /// An access level slug: `public`, `states-parties`, `committee` or `isu`.
    pub access: String,
}

/// An entry with every revision, oldest first (the last is current).
#[derive(Clone, Debug)]
pub struct OutreachRecord {
    pub activity: outreach_activity::Model,
    pub revisions: Vec<outreach_revision::Model>,
}

impl OutreachRecord {
    /// The current text.
    pub fn current(&self) -> Option<&outreach_revision::Model> {
        self.revisions.last()
    }

    /// Who may read the entry (its current revision's level; ISU when unreadable).
    pub fn access(&self) -> AccessLevel {
        self.current()
            .and_then(|r| AccessLevel::from_slug(&r.access))
            .unwrap_or(AccessLevel::Isu)
    }
}

const MAX_LINE: usize = 300;
const MAX_TEXT: usize = 10_000;

/// The checked fields of an entry, or every problem as a sentence.
struct Checked {
    kind: OutreachKind,
    on: Date,
    who: String,
    what: String,
    working_group: String,
    access: AccessLevel,
}

fn check(new: &NewOutreach) -> Result<Checked, Vec<Problem>> {
    let mut problems = Vec::new();
    let kind = OutreachKind::from_slug(new.kind.trim());
    if kind.is_none() {
        problems.push(said(
            "refuse-outreach-kind",
            "Choose what this is: an outreach activity or a statement of intent.",
        ));
    }
    let on = match new.on.trim() {
        "" => {
            problems.push(said(
                "refuse-outreach-date-missing",
                "Give the date (YYYY-MM-DD).",
            ));
            None
        }
        t => {
            let d = parse_date(t);
            if d.is_none() {
                problems.push(Problem::new(
                    Message::new("refuse-outreach-not-a-date").code("value", t),
                    format!("The date “{t}” is not a date; write it as YYYY-MM-DD."),
                ));
            }
            d
        }
    };
    let who = new.who.trim().to_string();
    if who.is_empty() {
        problems.push(said(
            "refuse-outreach-who",
            "Say who acted (or, for a statement of intent, who spoke).",
        ));
    } else if who.chars().count() > MAX_LINE {
        problems.push(longer(
            "refuse-outreach-who-long",
            MAX_LINE,
            format!("Who is longer than {MAX_LINE} characters."),
        ));
    }
    let what = new.what.trim().to_string();
    if what.is_empty() {
        problems.push(said("refuse-outreach-what", "Say what was done or said."));
    } else if what.chars().count() > MAX_TEXT {
        problems.push(longer(
            "refuse-outreach-what-long",
            MAX_TEXT,
            format!("What was done is longer than {MAX_TEXT} characters."),
        ));
    }
    let working_group = new.working_group.trim().to_string();
    if working_group.chars().count() > MAX_LINE {
        problems.push(longer(
            "refuse-outreach-group-long",
            MAX_LINE,
            format!("The Working Group is longer than {MAX_LINE} characters."),
        ));
    }
    let access = AccessLevel::from_slug(new.access.trim());
    if access.is_none() {
        problems.push(said(
            "refuse-outreach-access",
            "Choose who may read the entry.",
        ));
    }
    match (kind, on, access) {
        (Some(kind), Some(on), Some(access)) if problems.is_empty() => Ok(Checked {
            kind,
            on,
            who,
            what,
            working_group,
            access,
        }),
        _ => Err(problems),
    }
}

impl Store {
    /// Checks P4.4(e) for a State on a date: it was not a State Party that day.
    async fn check_not_party(
        &self,
        convention: &convention::Model,
        state: &actor::Model,
        on: Date,
    ) -> Result<(), StoreError> {
        let rules = rules_of(convention)?;
        let records = self.state_records(convention).await?;
        let record = records
            .iter()
            .find(|r| r.actor.code == state.code)
            .map(|r| &r.participation);
        let who = treatydesk_domain::finding::ActorName {
            code: state.code.clone(),
            name: state.name_en.clone(),
        };
        check_outreach_date(&who, record, on, rules.withdrawal).map_err(StoreError::refuse)
    }

    /// Records an outreach activity or a statement of intent about a State not party.
    pub async fn add_outreach(
        &self,
        author: &Author,
        convention: &convention::Model,
        state: &actor::Model,
        new: &NewOutreach,
    ) -> Result<OutreachRecord, StoreError> {
        if state.kind != "state" {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-outreach-not-a-state").actor(
                    "who",
                    &state.code,
                    &state.name_en,
                ),
                format!(
                    "{} is not a State: universalization is about States.",
                    state.name_en
                ),
            )));
        }
        let c = check(new).map_err(StoreError::Invalid)?;
        self.check_not_party(convention, state, c.on).await?;
        let mut write = self
            .write(
                author,
                "outreach.add",
                format!("universalization entry on {}", state.code),
            )
            .await?;
        write.convention(convention.id);
        let now = crate::now();
        let activity = outreach_activity::ActiveModel {
            convention_id: Set(convention.id),
            actor_code: Set(state.code.clone()),
            created_by: Set(author.who.clone()),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        let revision = revision_row(activity.id, 1, &c, "", author, now)
            .insert(write.txn())
            .await?;
        write.detail(serde_json::json!({
            "entry": activity.id,
            "state": state.code,
            "kind": c.kind.slug(),
            "on": treatydesk_domain::calendar::format_date(c.on),
            "access": c.access.slug(),
        }));
        write.commit().await?;
        Ok(OutreachRecord {
            activity,
            revisions: vec![revision],
        })
    }

    /// Corrects an entry: a new revision with the reason; the old text stays.
    pub async fn correct_outreach(
        &self,
        author: &Author,
        convention: &convention::Model,
        state: &actor::Model,
        id: i32,
        new: &NewOutreach,
        reason: &str,
    ) -> Result<OutreachRecord, StoreError> {
        let mut record = self.outreach_entry(convention, state, id).await?;
        let reason = reason.trim();
        let mut problems = Vec::new();
        if reason.is_empty() {
            problems.push(said(
                "refuse-outreach-reason",
                "Say why the entry is corrected.",
            ));
        }
        let checked = match check(new) {
            Ok(c) => Some(c),
            Err(p) => {
                problems.extend(p);
                None
            }
        };
        let (Some(c), true) = (checked, problems.is_empty()) else {
            return Err(StoreError::Invalid(problems));
        };
        if let Some(cur) = record.current()
            && cur.kind == c.kind.slug()
            && cur.on_date == c.on
            && cur.who == c.who
            && cur.what == c.what
            && cur.working_group == c.working_group
            && cur.access == c.access.slug()
        {
            return Err(StoreError::refuse(said(
                "refuse-outreach-unchanged",
                "Nothing would change: the correction is the same as the entry.",
            )));
        }
        self.check_not_party(convention, state, c.on).await?;
        let number = record.current().map_or(1, |r| r.revision + 1);
        let mut write = self
            .write(
                author,
                "outreach.correct",
                format!("universalization entry on {}", state.code),
            )
            .await?;
        write.convention(convention.id);
        let row = revision_row(id, number, &c, reason, author, crate::now())
            .insert(write.txn())
            .await?;
        write.detail(serde_json::json!({
            "entry": id,
            "revision": number,
            "state": state.code,
            "access": c.access.slug(),
        }));
        write.commit().await?;
        record.revisions.push(row);
        Ok(record)
    }

    /// One entry about a State, with its revisions.
    pub async fn outreach_entry(
        &self,
        convention: &convention::Model,
        state: &actor::Model,
        id: i32,
    ) -> Result<OutreachRecord, StoreError> {
        let activity = outreach_activity::Entity::find_by_id(id)
            .filter(outreach_activity::Column::ConventionId.eq(convention.id))
            .filter(outreach_activity::Column::ActorCode.eq(state.code.as_str()))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("universalization entry {id}")))?;
        let revisions = outreach_revision::Entity::find()
            .filter(outreach_revision::Column::ActivityId.eq(id))
            .order_by_asc(outreach_revision::Column::Revision)
            .all(self.db())
            .await?;
        Ok(OutreachRecord {
            activity,
            revisions,
        })
    }

    /// Every entry under a convention (of one State when `state` is given), newest date first.
    pub async fn outreach_entries(
        &self,
        convention: &convention::Model,
        state: Option<&str>,
    ) -> Result<Vec<OutreachRecord>, StoreError> {
        let mut q = outreach_activity::Entity::find()
            .filter(outreach_activity::Column::ConventionId.eq(convention.id));
        if let Some(code) = state {
            q = q.filter(outreach_activity::Column::ActorCode.eq(code));
        }
        let activities = q.all(self.db()).await?;
        if activities.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<i32> = activities.iter().map(|a| a.id).collect();
        let revisions = outreach_revision::Entity::find()
            .filter(outreach_revision::Column::ActivityId.is_in(ids))
            .order_by_asc(outreach_revision::Column::Revision)
            .all(self.db())
            .await?;
        let mut out: Vec<OutreachRecord> = activities
            .into_iter()
            .map(|activity| {
                let revisions = revisions
                    .iter()
                    .filter(|r| r.activity_id == activity.id)
                    .cloned()
                    .collect();
                OutreachRecord {
                    activity,
                    revisions,
                }
            })
            .collect();
        out.sort_by(|a, b| {
            let day = |r: &OutreachRecord| r.current().map(|c| c.on_date);
            day(b).cmp(&day(a)).then(b.activity.id.cmp(&a.activity.id))
        });
        Ok(out)
    }
}

fn revision_row(
    activity: i32,
    number: i32,
    c: &Checked,
    reason: &str,
    author: &Author,
    at: time::OffsetDateTime,
) -> outreach_revision::ActiveModel {
    outreach_revision::ActiveModel {
        activity_id: Set(activity),
        revision: Set(number),
        kind: Set(c.kind.slug().to_string()),
        on_date: Set(c.on),
        who: Set(c.who.clone()),
        what: Set(c.what.clone()),
        working_group: Set(c.working_group.clone()),
        access: Set(c.access.slug().to_string()),
        reason: Set(reason.to_string()),
        created_by: Set(author.who.clone()),
        created_at: Set(at),
        ..Default::default()
    }
}
