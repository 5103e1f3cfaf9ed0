//! A meeting's registrations as pages and API read them: the approved participants (States
//! Parties and up) and the registrations the ISU decides on.

use serde::Serialize;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::registration::{Category, RegistrationStatus};
use treatydesk_store::entities::{convention, meeting, registration};
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

/// A registration as the ISU sees it in the API.
#[derive(Serialize, ToSchema)]
pub struct RegistrationOut {
    pub id: i32,
    #[serde(flatten)]
    pub participant: ParticipantOut,
    pub email: String,
    /// pending, approved, refused or withdrawn
    pub status: String,
    pub submitted_at: String,
    pub has_credentials: bool,
}

#[derive(Serialize, ToSchema)]
pub struct RegistrationsOut {
    pub convention: String,
    pub meeting: String,
    pub registrations: Vec<RegistrationOut>,
}
