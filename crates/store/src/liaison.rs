//! Liaison with organizations (P4.4(g), issue 15 item 3): under a convention, each
//! organization of the actors registry has its roles (what it does under the convention, for a
//! period, with a source), its contacts (people with their functions, from and to) and the
//! ISU's contact log (the date, who in the ISU, who at the organization, what, and a follow-up
//! action with its due date and done flag). Every write is one audited write (`liaison.*`).
//!
//! Roles and contacts are added, never rewritten; a log entry changes only in its done flag.
//! This module checks what is written; it never decides who may read the log (the ISU only),
//! which the web does.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use time::Date;
use treatydesk_domain::calendar::parse_date;
use treatydesk_domain::finding::Message;

use crate::audit::Author;
use crate::entities::{actor, contact_log, convention, organization_contact, organization_role};
use crate::error::{Problem, said};
use crate::{Store, StoreError};

/// A role as a form or the API gives it (dates as `YYYY-MM-DD`, empty when open).
#[derive(Clone, Debug, Default)]
pub struct NewRole {
    pub role: String,
    pub from: String,
    pub until: String,
    pub source: String,
}

/// A contact person as a form or the API gives it.
#[derive(Clone, Debug, Default)]
pub struct NewContact {
    pub name: String,
    pub function: String,
    pub from: String,
    pub until: String,
}

/// A contact log entry as a form or the API gives it.
#[derive(Clone, Debug, Default)]
pub struct NewLogEntry {
    pub on: String,
    pub isu_person: String,
    pub counterpart: String,
    pub summary: String,
    pub follow_up: String,
    pub due: String,
}

const MAX_LINE: usize = 300;
const MAX_TEXT: usize = 10_000;

/// A field of a liaison form, by the code its messages name it with
/// (`refuse-liaison-*` in `locales/*/refusals_records.ftl`) and its English label.
#[derive(Clone, Copy)]
struct Field(&'static str, &'static str);

const ROLE: Field = Field("role", "role");
const START: Field = Field("start-date", "start date");
const END: Field = Field("end-date", "end date");
const SOURCE: Field = Field("source", "source");
const NAME: Field = Field("name", "name");
const FUNCTION: Field = Field("function", "function");
const CONTACT_DATE: Field = Field("contact-date", "date of the contact");
const ISU_PERSON: Field = Field("isu-person", "ISU person");
const COUNTERPART: Field = Field("counterpart", "person contacted");
const SUMMARY: Field = Field("summary", "summary");
const FOLLOW_UP: Field = Field("follow-up", "follow-up action");
const DUE: Field = Field("due-date", "due date");

fn give(field: Field, problems: &mut Vec<Problem>) {
    let Field(code, label) = field;
    problems.push(Problem::new(
        Message::new("refuse-liaison-give").code("field", code),
        format!("Give the {label}."),
    ));
}

fn text(
    field: Field,
    value: &str,
    required: bool,
    max: usize,
    problems: &mut Vec<Problem>,
) -> String {
    let v = value.trim();
    if required && v.is_empty() {
        give(field, problems);
    } else if v.chars().count() > max {
        let Field(code, label) = field;
        problems.push(Problem::new(
            Message::new("refuse-liaison-long")
                .code("field", code)
                .number("max", i64::try_from(max).unwrap_or(i64::MAX)),
            format!("The {label} is longer than {max} characters."),
        ));
    }
    v.to_string()
}

fn line(field: Field, value: &str, required: bool, problems: &mut Vec<Problem>) -> String {
    text(field, value, required, MAX_LINE, problems)
}

fn long(field: Field, value: &str, required: bool, problems: &mut Vec<Problem>) -> String {
    text(field, value, required, MAX_TEXT, problems)
}

fn day(field: Field, value: &str, required: bool, problems: &mut Vec<Problem>) -> Option<Date> {
    let Field(code, label) = field;
    let v = value.trim();
    if v.is_empty() {
        if required {
            problems.push(Problem::new(
                Message::new("refuse-liaison-date-missing").code("field", code),
                format!("Give the {label} (YYYY-MM-DD)."),
            ));
        }
        return None;
    }
    let d = parse_date(v);
    if d.is_none() {
        problems.push(Problem::new(
            Message::new("refuse-liaison-not-a-date")
                .code("field", code)
                .code("value", v),
            format!("The {label} “{v}” is not a date; write it as YYYY-MM-DD."),
        ));
    }
    d
}

fn period(from: Option<Date>, until: Option<Date>, problems: &mut Vec<Problem>) {
    if let (Some(f), Some(u)) = (from, until)
        && u < f
    {
        problems.push(said(
            "refuse-liaison-period",
            "The end comes before the start; check the dates.",
        ));
    }
}

impl Store {
    /// The organizations of the actors registry, by code.
    pub async fn organizations(&self) -> Result<Vec<actor::Model>, StoreError> {
        Ok(actor::Entity::find()
            .filter(actor::Column::Kind.eq("organization"))
            .order_by_asc(actor::Column::Code)
            .all(self.db())
            .await?)
    }

    /// One organization by its code (any case).
    pub async fn organization(&self, code: &str) -> Result<actor::Model, StoreError> {
        actor::Entity::find()
            .filter(actor::Column::Kind.eq("organization"))
            .filter(actor::Column::Code.eq(code.trim().to_uppercase()))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("organization {code}")))
    }

    /// Adds a role of an organization under a convention.
    pub async fn add_organization_role(
        &self,
        author: &Author,
        convention: &convention::Model,
        organization: &actor::Model,
        new: &NewRole,
    ) -> Result<organization_role::Model, StoreError> {
        let mut problems = Vec::new();
        let role = long(ROLE, &new.role, true, &mut problems);
        let from = day(START, &new.from, false, &mut problems);
        let until = day(END, &new.until, false, &mut problems);
        period(from, until, &mut problems);
        let source = line(SOURCE, &new.source, true, &mut problems);
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let mut write = self
            .write(
                author,
                "liaison.role",
                format!("role of {}", organization.code),
            )
            .await?;
        write.convention(convention.id);
        let row = organization_role::ActiveModel {
            convention_id: Set(convention.id),
            actor_code: Set(organization.code.clone()),
            role: Set(role),
            from_date: Set(from),
            until_date: Set(until),
            source: Set(source),
            created_by: Set(author.who.clone()),
            created_at: Set(crate::now()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.detail(serde_json::json!({ "role": row.id, "organization": organization.code }));
        write.commit().await?;
        Ok(row)
    }

    /// Adds a contact person of an organization.
    pub async fn add_organization_contact(
        &self,
        author: &Author,
        convention: &convention::Model,
        organization: &actor::Model,
        new: &NewContact,
    ) -> Result<organization_contact::Model, StoreError> {
        let mut problems = Vec::new();
        let name = line(NAME, &new.name, true, &mut problems);
        let function = line(FUNCTION, &new.function, true, &mut problems);
        let from = day(START, &new.from, false, &mut problems);
        let until = day(END, &new.until, false, &mut problems);
        period(from, until, &mut problems);
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let mut write = self
            .write(
                author,
                "liaison.contact",
                format!("contact of {}", organization.code),
            )
            .await?;
        write.convention(convention.id);
        let row = organization_contact::ActiveModel {
            convention_id: Set(convention.id),
            actor_code: Set(organization.code.clone()),
            name: Set(name),
            function: Set(function),
            from_date: Set(from),
            until_date: Set(until),
            created_by: Set(author.who.clone()),
            created_at: Set(crate::now()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.detail(serde_json::json!({ "contact": row.id, "organization": organization.code }));
        write.commit().await?;
        Ok(row)
    }

    /// Adds an entry to the ISU's contact log of an organization.
    pub async fn add_contact_log_entry(
        &self,
        author: &Author,
        convention: &convention::Model,
        organization: &actor::Model,
        new: &NewLogEntry,
    ) -> Result<contact_log::Model, StoreError> {
        let mut problems = Vec::new();
        let on = day(CONTACT_DATE, &new.on, true, &mut problems);
        let isu_person = line(ISU_PERSON, &new.isu_person, true, &mut problems);
        let counterpart = line(COUNTERPART, &new.counterpart, true, &mut problems);
        let summary = long(SUMMARY, &new.summary, true, &mut problems);
        let follow_up = long(FOLLOW_UP, &new.follow_up, false, &mut problems);
        let due = day(DUE, &new.due, false, &mut problems);
        if due.is_some() && follow_up.is_empty() {
            problems.push(said(
                "refuse-liaison-due-needs-action",
                "A due date needs the follow-up action it is for.",
            ));
        }
        let (Some(on), true) = (on, problems.is_empty()) else {
            return Err(StoreError::Invalid(problems));
        };
        let mut write = self
            .write(
                author,
                "liaison.log",
                format!("contact log of {}", organization.code),
            )
            .await?;
        write.convention(convention.id);
        let row = contact_log::ActiveModel {
            convention_id: Set(convention.id),
            actor_code: Set(organization.code.clone()),
            on_date: Set(on),
            isu_person: Set(isu_person),
            counterpart: Set(counterpart),
            summary: Set(summary),
            follow_up: Set(follow_up),
            due_on: Set(due),
            done: Set(false),
            done_by: Set(None),
            done_at: Set(None),
            created_by: Set(author.who.clone()),
            created_at: Set(crate::now()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.detail(serde_json::json!({ "entry": row.id, "organization": organization.code }));
        write.commit().await?;
        Ok(row)
    }

    /// Marks a log entry's follow-up action done (or not done again).
    pub async fn set_contact_follow_up_done(
        &self,
        author: &Author,
        convention: &convention::Model,
        organization: &actor::Model,
        id: i32,
        done: bool,
    ) -> Result<contact_log::Model, StoreError> {
        let entry = contact_log::Entity::find_by_id(id)
            .filter(contact_log::Column::ConventionId.eq(convention.id))
            .filter(contact_log::Column::ActorCode.eq(organization.code.as_str()))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("contact log entry {id}")))?;
        if entry.follow_up.is_empty() {
            return Err(StoreError::refuse(said(
                "refuse-liaison-no-follow-up",
                "This contact has no follow-up action to mark.",
            )));
        }
        if entry.done == done {
            return Err(StoreError::refuse(if done {
                said(
                    "refuse-liaison-done-already",
                    "The follow-up action is marked done already.",
                )
            } else {
                said(
                    "refuse-liaison-not-done",
                    "The follow-up action is not marked done.",
                )
            }));
        }
        let mut write = self
            .write(
                author,
                "liaison.follow-up",
                format!("contact log of {}", organization.code),
            )
            .await?;
        write.convention(convention.id);
        write.detail(serde_json::json!({ "entry": id, "done": done }));
        let mut model: contact_log::ActiveModel = entry.into();
        model.done = Set(done);
        model.done_by = Set(done.then(|| author.who.clone()));
        model.done_at = Set(done.then(crate::now));
        let row = model.update(write.txn()).await?;
        write.commit().await?;
        Ok(row)
    }

    /// The roles of an organization under a convention, oldest first.
    pub async fn organization_roles(
        &self,
        convention: &convention::Model,
        organization: &actor::Model,
    ) -> Result<Vec<organization_role::Model>, StoreError> {
        Ok(organization_role::Entity::find()
            .filter(organization_role::Column::ConventionId.eq(convention.id))
            .filter(organization_role::Column::ActorCode.eq(organization.code.as_str()))
            .order_by_asc(organization_role::Column::Id)
            .all(self.db())
            .await?)
    }

    /// The contacts of an organization under a convention, oldest first.
    pub async fn organization_contacts(
        &self,
        convention: &convention::Model,
        organization: &actor::Model,
    ) -> Result<Vec<organization_contact::Model>, StoreError> {
        Ok(organization_contact::Entity::find()
            .filter(organization_contact::Column::ConventionId.eq(convention.id))
            .filter(organization_contact::Column::ActorCode.eq(organization.code.as_str()))
            .order_by_asc(organization_contact::Column::Id)
            .all(self.db())
            .await?)
    }

    /// The ISU's contact log of an organization, newest contact first.
    pub async fn contact_log(
        &self,
        convention: &convention::Model,
        organization: &actor::Model,
    ) -> Result<Vec<contact_log::Model>, StoreError> {
        Ok(contact_log::Entity::find()
            .filter(contact_log::Column::ConventionId.eq(convention.id))
            .filter(contact_log::Column::ActorCode.eq(organization.code.as_str()))
            .order_by_desc(contact_log::Column::OnDate)
            .order_by_desc(contact_log::Column::Id)
            .all(self.db())
            .await?)
    }
}
