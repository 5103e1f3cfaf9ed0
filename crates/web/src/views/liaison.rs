//! Liaison with organizations (P4.4(g), issue 15 item 3) as the pages and the API read it: an
//! organization with its roles under the convention and its contacts (public), and the ISU's
//! contact log (the ISU only: to anyone else it does not exist, 404); the API's bodies.
//!
//! Nothing here writes; the store's audited `liaison` functions do.

use serde::{Deserialize, Serialize};
use treatydesk_domain::calendar::format_date;
use treatydesk_store::StoreError;
use treatydesk_store::entities::{
    actor, contact_log, convention, organization_contact, organization_role,
};
use treatydesk_store::liaison::{NewContact, NewLogEntry, NewRole};
use utoipa::ToSchema;

use crate::{AppState, WebError};

/// An organization's role under the convention, for a period.
#[derive(Clone, Serialize, ToSchema)]
pub struct RoleOut {
    pub id: i32,
    pub role: String,
    /// YYYY-MM-DD
    pub from: Option<String>,
    pub until: Option<String>,
    pub source: String,
}

/// A person the ISU deals with at the organization.
#[derive(Clone, Serialize, ToSchema)]
pub struct ContactOut {
    pub id: i32,
    pub name: String,
    pub function: String,
    /// YYYY-MM-DD
    pub from: Option<String>,
    pub until: Option<String>,
}

/// An organization under a convention (public).
#[derive(Clone, Serialize, ToSchema)]
pub struct OrganizationOut {
    pub convention: String,
    /// The code of the actors registry (CMC, ICRC, UN, GICHD, UNDP ...).
    pub code: String,
    pub name_en: String,
    pub name_fr: String,
    pub name_es: String,
    pub name_ar: String,
    pub roles: Vec<RoleOut>,
    pub contacts: Vec<ContactOut>,
    pub url: String,
}

/// The organizations of the registry (public).
#[derive(Clone, Serialize, ToSchema)]
pub struct OrganizationsOut {
    pub convention: String,
    pub organizations: Vec<OrganizationOut>,
}

/// One contact of the ISU with the organization.
#[derive(Clone, Serialize, ToSchema)]
pub struct LogEntryOut {
    pub id: i32,
    /// YYYY-MM-DD
    pub on: String,
    /// Who in the ISU.
    pub isu_person: String,
    /// Who at the organization.
    pub counterpart: String,
    pub summary: String,
    /// The follow-up action (empty when none).
    pub follow_up: String,
    pub due: Option<String>,
    pub done: bool,
    pub done_by: Option<String>,
    /// The follow-up action is not done and its due date has passed.
    pub overdue: bool,
    pub recorded_by: String,
}

/// The ISU's contact log of an organization (the ISU only).
#[derive(Clone, Serialize, ToSchema)]
pub struct LogOut {
    pub convention: String,
    pub organization: String,
    pub entries: Vec<LogEntryOut>,
}

/// A role to record (a field left out is empty, and refused in a sentence if needed).
#[derive(Clone, Deserialize, ToSchema, Default)]
pub struct RoleIn {
    #[serde(default)]
    pub role: String,
    /// YYYY-MM-DD, or empty
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub until: String,
    #[serde(default)]
    pub source: String,
}

/// A contact person to record.
#[derive(Clone, Deserialize, ToSchema, Default)]
pub struct ContactIn {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub function: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub until: String,
}

/// A contact log entry to record.
#[derive(Clone, Deserialize, ToSchema, Default)]
pub struct LogEntryIn {
    /// YYYY-MM-DD
    #[serde(default)]
    pub on: String,
    #[serde(default)]
    pub isu_person: String,
    #[serde(default)]
    pub counterpart: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub follow_up: String,
    /// YYYY-MM-DD, or empty
    #[serde(default)]
    pub due: String,
}

/// The follow-up action done, or not done again.
#[derive(Clone, Deserialize, ToSchema)]
pub struct DoneIn {
    pub done: bool,
}

impl RoleIn {
    pub fn to_store(&self) -> NewRole {
        NewRole {
            role: self.role.clone(),
            from: self.from.clone(),
            until: self.until.clone(),
            source: self.source.clone(),
        }
    }
}

impl ContactIn {
    pub fn to_store(&self) -> NewContact {
        NewContact {
            name: self.name.clone(),
            function: self.function.clone(),
            from: self.from.clone(),
            until: self.until.clone(),
        }
    }
}

impl LogEntryIn {
    pub fn to_store(&self) -> NewLogEntry {
        NewLogEntry {
            on: self.on.clone(),
            isu_person: self.isu_person.clone(),
            counterpart: self.counterpart.clone(),
            summary: self.summary.clone(),
            follow_up: self.follow_up.clone(),
            due: self.due.clone(),
        }
    }
}

/// The address of an organization's page.
pub fn organization_url(code: &str, org: &str) -> String {
    format!("/{code}/organizations/{}", org.to_lowercase())
}

/// The organization an address names (its code, any case), or 404.
pub async fn organization(state: &AppState, org: &str) -> Result<actor::Model, WebError> {
    match state.store.organization(org).await {
        Ok(a) => Ok(a),
        Err(StoreError::NotFound(_)) => Err(WebError::NotFound(format!(
            "there is no organization \"{org}\" in the registry"
        ))),
        Err(e) => Err(e.into()),
    }
}

fn day(d: Option<time::Date>) -> Option<String> {
    d.map(format_date)
}

pub fn role_out(r: &organization_role::Model) -> RoleOut {
    RoleOut {
        id: r.id,
        role: r.role.clone(),
        from: day(r.from_date),
        until: day(r.until_date),
        source: r.source.clone(),
    }
}

pub fn contact_out(p: &organization_contact::Model) -> ContactOut {
    ContactOut {
        id: p.id,
        name: p.name.clone(),
        function: p.function.clone(),
        from: day(p.from_date),
        until: day(p.until_date),
    }
}

pub fn log_entry_out(e: &contact_log::Model, today: time::Date) -> LogEntryOut {
    LogEntryOut {
        id: e.id,
        on: format_date(e.on_date),
        isu_person: e.isu_person.clone(),
        counterpart: e.counterpart.clone(),
        summary: e.summary.clone(),
        follow_up: e.follow_up.clone(),
        due: day(e.due_on),
        done: e.done,
        done_by: e.done_by.clone(),
        overdue: !e.done && !e.follow_up.is_empty() && e.due_on.is_some_and(|d| d < today),
        recorded_by: e.created_by.clone(),
    }
}

/// An organization with its roles and contacts.
pub async fn organization_out(
    state: &AppState,
    c: &convention::Model,
    a: &actor::Model,
) -> Result<OrganizationOut, WebError> {
    let roles = state.store.organization_roles(c, a).await?;
    let contacts = state.store.organization_contacts(c, a).await?;
    Ok(OrganizationOut {
        convention: c.code.clone(),
        code: a.code.clone(),
        name_en: a.name_en.clone(),
        name_fr: a.name_fr.clone(),
        name_es: a.name_es.clone(),
        name_ar: a.name_ar.clone(),
        roles: roles.iter().map(role_out).collect(),
        contacts: contacts.iter().map(contact_out).collect(),
        url: organization_url(&c.code, &a.code),
    })
}

/// The ISU's log of an organization. The caller has checked that the reader is ISU staff.
pub async fn log_out(
    state: &AppState,
    c: &convention::Model,
    a: &actor::Model,
) -> Result<LogOut, WebError> {
    let today = treatydesk_store::now().date();
    let entries = state.store.contact_log(c, a).await?;
    Ok(LogOut {
        convention: c.code.clone(),
        organization: a.code.clone(),
        entries: entries.iter().map(|e| log_entry_out(e, today)).collect(),
    })
}
