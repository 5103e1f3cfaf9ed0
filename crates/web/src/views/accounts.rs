//! Accounts as the admin pages, the reader's own account page and the API show them, and the
//! reading of a grant as a form or a JSON body gives it. Who may manage accounts is decided
//! here once ([`may_manage_accounts`]) for the pages and the API alike. Nothing here writes.

use serde::{Deserialize, Serialize};
use treatydesk_domain::finding::{Message, Problem};
use treatydesk_domain::{Grant, Role, Viewer};
use treatydesk_store::accounts::{Account, GrantRow};
use treatydesk_store::tokens::TokenInfo;
use utoipa::ToSchema;

use crate::views::audit::timestamp;
use crate::views::findings::problem;

/// Only administrators manage accounts (every convention's users are theirs to manage).
pub fn may_manage_accounts(viewer: &Viewer) -> bool {
    viewer.is_admin()
}

/// A grant as listed: the role and its scope, with the id that revokes it.
#[derive(Clone, Serialize, ToSchema)]
pub struct GrantOut {
    pub id: i32,
    /// admin, isu-staff, president, coordinator, focal-point or observer
    pub role: String,
    /// The convention's code; absent for a global role (admin).
    pub convention: Option<String>,
    /// The State the role acts for (ISO alpha-3), where it acts for one.
    pub actor: Option<String>,
}

/// A user as the admin list shows them (never a password or its hash).
#[derive(Clone, Serialize, ToSchema)]
pub struct AccountOut {
    pub username: String,
    pub display_name: String,
    pub disabled: bool,
    /// A reset password the user has not yet replaced.
    pub must_change_password: bool,
    pub email: Option<String>,
    pub lang: Option<String>,
    pub grants: Vec<GrantOut>,
}

/// A personal API token as its owner sees it (never the secret).
#[derive(Clone, Serialize, ToSchema)]
pub struct TokenOut {
    pub id: i32,
    pub name: String,
    /// The secret's first characters, to recognise it.
    pub prefix: String,
    /// RFC 3339
    pub created_at: String,
    pub last_used_at: Option<String>,
    pub revoked_at: Option<String>,
}

/// The reader's own account.
#[derive(Clone, Serialize, ToSchema)]
pub struct OwnAccountOut {
    pub username: String,
    pub display_name: String,
    /// Where messages are mailed (none: read in the product only).
    pub email: Option<String>,
    /// en, fr, es or ar: the language messages come in when the author wrote it.
    pub lang: Option<String>,
    pub grants: Vec<GrantOut>,
    pub tokens: Vec<TokenOut>,
}

/// The signed-in user's own account with their tokens.
pub fn own_account_out(a: &Account, tokens: &[TokenInfo]) -> OwnAccountOut {
    OwnAccountOut {
        username: a.username.clone(),
        display_name: a.display_name.clone(),
        email: a.email.clone(),
        lang: a.lang.clone(),
        grants: a.grants.iter().map(grant_out).collect(),
        tokens: tokens.iter().map(token_out).collect(),
    }
}

pub fn grant_out(row: &GrantRow) -> GrantOut {
    GrantOut {
        id: row.id,
        role: row.grant.role.slug().to_string(),
        convention: row.grant.convention.clone(),
        actor: row.grant.actor.clone(),
    }
}

pub fn account_out(a: &Account) -> AccountOut {
    AccountOut {
        username: a.username.clone(),
        display_name: a.display_name.clone(),
        disabled: a.disabled,
        email: a.email.clone(),
        lang: a.lang.clone(),
        must_change_password: a.must_change_password,
        grants: a.grants.iter().map(grant_out).collect(),
    }
}

pub fn token_out(t: &TokenInfo) -> TokenOut {
    TokenOut {
        id: t.id,
        name: t.name.clone(),
        prefix: t.prefix.clone(),
        created_at: timestamp(t.created_at).1,
        last_used_at: t.last_used_at.map(|at| timestamp(at).1),
        revoked_at: t.revoked_at.map(|at| timestamp(at).1),
    }
}

/// A grant as a form or a JSON body gives it: a role slug, a convention code and a State code,
/// blank where they do not apply.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct GrantIn {
    /// admin, isu-staff, president, coordinator, focal-point or observer
    #[serde(default)]
    pub role: String,
    /// The convention's code (for every role but admin).
    #[serde(default)]
    pub convention: Option<String>,
    /// The State it acts for, ISO alpha-3 (president, coordinator, focal-point).
    #[serde(default)]
    pub actor: Option<String>,
}

impl GrantIn {
    /// The grant, or the sentence saying what is wrong with it.
    pub fn grant(&self) -> Result<Grant, Problem> {
        let Some(role) = Role::from_slug(self.role.trim()) else {
            return Err(problem(
                Message::new("refuse-account-role-unknown").code("value", self.role.trim()),
            ));
        };
        let given = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let grant = Grant {
            role,
            convention: given(&self.convention).map(|c| c.to_lowercase()),
            actor: given(&self.actor).map(|a| a.to_uppercase()),
        };
        grant.validate()?;
        if !role.needs_actor() && grant.actor.is_some() {
            return Err(problem(
                Message::new("refuse-account-role-no-state").code("role", role.slug()),
            ));
        }
        Ok(grant)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn d12_6_a_grant_is_read_with_its_scope_or_refused_with_a_sentence() {
        let fp = GrantIn {
            role: "focal-point".into(),
            convention: Some("CCM".into()),
            actor: Some("nzl".into()),
        };
        let g = fp.grant().expect("a focal point of a State");
        assert_eq!(g.convention.as_deref(), Some("ccm"));
        assert_eq!(g.actor.as_deref(), Some("NZL"));
        let no_state = GrantIn {
            role: "focal-point".into(),
            convention: Some("ccm".into()),
            actor: Some(" ".into()),
        };
        assert!(no_state.grant().is_err());
        let admin_scoped = GrantIn {
            role: "admin".into(),
            convention: Some("ccm".into()),
            actor: None,
        };
        assert!(admin_scoped.grant().is_err());
        let isu_for_state = GrantIn {
            role: "isu-staff".into(),
            convention: Some("ccm".into()),
            actor: Some("NZL".into()),
        };
        assert!(isu_for_state.grant().is_err());
        assert!(GrantIn::default().grant().is_err());
    }
}

/// An account's contact details for messages, as the account page and the API take them.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct ContactDetailsIn {
    /// An e-mail address; empty clears it.
    #[serde(default)]
    pub email: String,
    /// en, fr, es or ar; empty for no preference.
    #[serde(default)]
    pub lang: String,
}

impl ContactDetailsIn {
    /// Saves them as `username`'s (audited), or says in a sentence what refuses them.
    pub async fn save(
        &self,
        store: &treatydesk_store::Store,
        author: &treatydesk_store::audit::Author,
        username: &str,
    ) -> Result<(), treatydesk_store::StoreError> {
        let (email, lang) = self.read().map_err(treatydesk_store::StoreError::refuse)?;
        store.set_contact(author, username, email, lang).await
    }

    /// The address and language, or the sentence that refuses the language.
    fn read(&self) -> Result<(Option<&str>, Option<treatydesk_domain::Lang>), Problem> {
        let lang = match self.lang.trim() {
            "" => None,
            code => Some(treatydesk_domain::Lang::parse(code).ok_or_else(|| {
                problem(Message::new("refuse-account-lang-unknown").code("value", code))
            })?),
        };
        let email = Some(self.email.trim()).filter(|e| !e.is_empty());
        Ok((email, lang))
    }
}
