//! A meeting's registrations as pages and API read them: the approved participants (States
//! Parties and up), the registrations the ISU decides on, and a State's delegation as its focal
//! point sees it (issue 18 item 7: who may act for which State, the references, the history).

use serde::Serialize;
use treatydesk_domain::registration::{Category, RegistrationStatus};
use treatydesk_domain::{AccessLevel, Role};
use treatydesk_store::entities::{convention, meeting, registration, registration_revision};
use treatydesk_store::registration::reference_of;
use utoipa::ToSchema;

use crate::ctx::Ctx;
use crate::{AppState, WebError};

/// Why a registration is written, for the audit log: by the signed-in user, or from the
/// public form.
pub fn registration_reason(ctx: &Ctx, label: &str) -> String {
    if ctx.viewer.username.is_some() {
        format!("registration for {label}")
    } else {
        format!("registration for {label} from the public form")
    }
}

/// The approved registrations of a meeting, once the reader's access is checked.
pub async fn approved(
    ctx: &Ctx,
    state: &AppState,
    code: &str,
    label: &str,
) -> Result<(convention::Model, meeting::Model, Vec<registration::Model>), WebError> {
    let (convention, meeting) = crate::extract::meeting(state, code, label).await?;
    ctx.require(&convention.code, AccessLevel::StatesParties)?;
    let mut rows = state
        .store
        .registrations(&meeting, Some(RegistrationStatus::Approved))
        .await?;
    let order = |slug: &str| {
        Category::ALL
            .iter()
            .position(|c| c.slug() == slug)
            .unwrap_or(usize::MAX)
    };
    // By category, then delegation and family name in the reader's alphabet (issue 19).
    let collate = |a: &str, b: &str| crate::locale::compare(ctx.lang, a, b);
    rows.sort_by(|a, b| {
        order(&a.category)
            .cmp(&order(&b.category))
            .then_with(|| collate(&a.organization, &b.organization))
            .then_with(|| collate(&a.family_name, &b.family_name))
    });
    Ok((convention, meeting, rows))
}

/// A participant in the API.
#[derive(Serialize, ToSchema)]
pub struct ParticipantOut {
    /// state-party, observer-state, international-organization, ngo, isu or media
    pub category: String,
    /// The State's or organization's code in the registry, when there is one.
    pub actor: Option<String>,
    pub delegation: String,
    pub family_name: String,
    pub given_name: String,
    /// head, member or adviser
    pub role: String,
}

#[derive(Serialize, ToSchema)]
pub struct ParticipantsOut {
    pub convention: String,
    pub meeting: String,
    pub participants: Vec<ParticipantOut>,
}

pub fn participant_out(r: &registration::Model) -> ParticipantOut {
    ParticipantOut {
        category: r.category.clone(),
        actor: r.actor_code.clone(),
        delegation: r.organization.clone(),
        family_name: r.family_name.clone(),
        given_name: r.given_name.clone(),
        role: r.delegation_role.clone(),
    }
}

/// A registration as the ISU (or its delegation's focal point) sees it in the API.
#[derive(Serialize, ToSchema)]
pub struct RegistrationOut {
    pub id: i32,
    /// The stable reference the confirmation gives (`2ISM-NZL-0003`).
    pub reference: String,
    #[serde(flatten)]
    pub participant: ParticipantOut,
    pub email: String,
    /// pending, approved, refused or withdrawn
    pub status: String,
    /// Why the ISU refused it, when it did.
    pub decision_reason: Option<String>,
    pub submitted_at: String,
    pub has_credentials: bool,
    /// The credentials file's address (ISU staff only; None without a file).
    pub credentials_url: Option<String>,
}

fn rfc3339(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| treatydesk_domain::calendar::format_date(t.date()))
}

/// A registration in the API; `staff` adds the credentials file's address.
pub fn registration_out(
    code: &str,
    label: &str,
    r: &registration::Model,
    staff: bool,
) -> RegistrationOut {
    RegistrationOut {
        id: r.id,
        reference: reference_of(label, r),
        participant: participant_out(r),
        email: r.email.clone(),
        status: r.status.clone(),
        decision_reason: r.decision_reason.clone(),
        submitted_at: rfc3339(r.submitted_at),
        has_credentials: r.credential_id.is_some(),
        credentials_url: (staff && r.credential_id.is_some()).then(|| {
            format!(
                "/{code}/meetings/{label}/registrations/{}/credentials",
                r.id
            )
        }),
    }
}

/// What a registration was before one change: the values it had, who changed them, when, why.
#[derive(Serialize, ToSchema)]
pub struct RegistrationRevisionOut {
    pub revision: i32,
    /// correction or withdrawal
    pub change: String,
    pub family_name: String,
    pub given_name: String,
    pub email: String,
    pub role: String,
    pub status: String,
    pub at: String,
    pub who: String,
    pub reason: String,
}

pub fn revision_out(v: &registration_revision::Model) -> RegistrationRevisionOut {
    RegistrationRevisionOut {
        revision: v.revision,
        change: v.change.clone(),
        family_name: v.family_name.clone(),
        given_name: v.given_name.clone(),
        email: v.email.clone(),
        role: v.delegation_role.clone(),
        status: v.status.clone(),
        at: rfc3339(v.at),
        who: v.who.clone(),
        reason: v.reason.clone(),
    }
}

/// A delegation member with the history of their registration.
#[derive(Serialize, ToSchema)]
pub struct DelegateOut {
    #[serde(flatten)]
    pub registration: RegistrationOut,
    pub revisions: Vec<RegistrationRevisionOut>,
}

/// A State's delegation at a meeting.
#[derive(Serialize, ToSchema)]
pub struct DelegationOut {
    pub convention: String,
    pub meeting: String,
    /// The State's code.
    pub state: String,
    /// The last day people may be added, corrected or withdrawn, when one is set.
    pub deadline: Option<String>,
    pub delegates: Vec<DelegateOut>,
}

/// Who acts on a State's delegation: ISU staff (for any State) or the State's focal point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Acting {
    Isu,
    FocalPoint,
}

impl Acting {
    /// The State a store call is limited to (None: ISU staff, any State).
    pub fn scope<'a>(&self, state: &'a str) -> Option<&'a str> {
        match self {
            Acting::Isu => None,
            Acting::FocalPoint => Some(state),
        }
    }
}

/// The States the reader is the focal point of in convention `code`.
pub fn focal_states(ctx: &Ctx, code: &str) -> Vec<String> {
    let mut states: Vec<String> = ctx
        .viewer
        .grants
        .iter()
        .filter(|g| g.role == Role::FocalPoint && g.convention.as_deref() == Some(code))
        .filter_map(|g| g.actor.clone())
        .collect();
    states.sort();
    states.dedup();
    states
}

/// May the reader act on `state`'s delegation in convention `code`? ISU staff for any State,
/// a focal point for its own; anyone else is asked to sign in or refused.
pub fn acting_for(ctx: &Ctx, code: &str, state: &str) -> Result<Acting, WebError> {
    if ctx.viewer.can_read(code, AccessLevel::Isu) {
        return Ok(Acting::Isu);
    }
    if focal_states(ctx, code).iter().any(|s| s == state) {
        return Ok(Acting::FocalPoint);
    }
    // Not signed in: the sign-in page; signed in without the right: refused.
    ctx.require(code, AccessLevel::Isu)?;
    Err(WebError::Forbidden)
}

#[derive(Serialize, ToSchema)]
pub struct RegistrationsOut {
    pub convention: String,
    pub meeting: String,
    pub registrations: Vec<RegistrationOut>,
}

/// Is `iso3` a State in the registry? A delegation's address naming anything else is missing.
pub async fn known_state(state: &AppState, iso3: &str) -> Result<(), WebError> {
    let found = state
        .store
        .actors()
        .await?
        .iter()
        .any(|a| a.kind == "state" && a.code == iso3);
    if found {
        Ok(())
    } else {
        Err(WebError::NotFound(format!("the State \"{iso3}\"")))
    }
}

/// Who acts on one registration, and for which State: ISU staff on any; the focal point of the
/// registration's State on its own. Anyone else, signed in or not, is told it does not exist
/// (404, D16): the address names a record they may not see.
pub fn acting_on(
    ctx: &Ctx,
    code: &str,
    row: &registration::Model,
) -> Result<(Acting, String), WebError> {
    let state = row.actor_code.clone().unwrap_or_default();
    if ctx.viewer.can_read(code, AccessLevel::Isu) {
        return Ok((Acting::Isu, state));
    }
    let is_state = Category::from_slug(&row.category).is_some_and(Category::is_state);
    if is_state && focal_states(ctx, code).contains(&state) {
        return Ok((Acting::FocalPoint, state));
    }
    Err(WebError::NotFound(format!("registration {}", row.id)))
}
