//! Accounts: users with argon2id password hashes and the roles granted to them. Passwords are
//! only ever compared through argon2; no plain password is stored or logged. An administrator
//! grants and revokes roles, disables and enables a user and resets a password to a one-time
//! one that must be changed at the next sign-in; a user changes their own. Every change is
//! audited. This module never decides who may manage accounts; the web does.

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use serde::Serialize;
use treatydesk_domain::finding::{Message, Problem};
use treatydesk_domain::{Grant, Role};

use crate::audit::Author;
use crate::entities::{actor, convention, login_session, role_grant, user};
use crate::error::said;
use crate::{Store, StoreError};

/// The shortest password accepted.
pub const MIN_PASSWORD_LEN: usize = 12;

/// A user as lists show it (never the hash).
#[derive(Clone, Debug, Serialize)]
pub struct Account {
    pub id: i32,
    pub username: String,
    pub display_name: String,
    pub disabled: bool,
    /// A reset password not yet replaced by the user.
    pub must_change_password: bool,
    /// Where messages are mailed, and in what language (none: no preference).
    pub email: Option<String>,
    pub lang: Option<String>,
    pub grants: Vec<GrantRow>,
}

/// A grant with the id that revokes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GrantRow {
    pub id: i32,
    #[serde(flatten)]
    pub grant: Grant,
}

/// How many characters a one-time password has (hexadecimal: 64 bits).
const ONE_TIME_LEN: usize = 16;

pub fn hash_password(password: &str) -> Result<String, StoreError> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| StoreError::Unavailable(format!("cannot hash the password: {e}")))
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A well-formed hash of a random password, verified against when the username is unknown so
/// that a wrong username costs the same time as a wrong password.
fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password(&random_token()).unwrap_or_default())
}

/// 32 random bytes as hex: session tokens, CSRF tokens, demo passwords.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    // getrandom only fails when the OS has no entropy source at all; a zero token would be
    // refused by the session lookup anyway.
    let _ = getrandom::fill(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A one-time password: 64 random bits as hexadecimal, long enough for the password rule.
fn one_time_password() -> String {
    random_token().chars().take(ONE_TIME_LEN).collect()
}

fn check_username(username: &str) -> Result<(), StoreError> {
    let ok = !username.is_empty()
        && username.len() <= 64
        && username
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(StoreError::refuse(Problem::new(
            Message::new("refuse-account-username").code("value", username),
            format!(
                "the username \"{username}\" must be 1 to 64 letters, digits, dots, dashes or underscores"
            ),
        )))
    }
}

fn check_password(password: &str) -> Result<(), StoreError> {
    if password.chars().count() < MIN_PASSWORD_LEN {
        return Err(StoreError::refuse(Problem::new(
            Message::new("refuse-account-password-short")
                .number("min", i64::try_from(MIN_PASSWORD_LEN).unwrap_or(i64::MAX)),
            format!("the password must have at least {MIN_PASSWORD_LEN} characters"),
        )));
    }
    Ok(())
}

/// A convention or actor a grant names that is not on record, as a refusal.
fn unknown(e: StoreError, id: &str, what: &str, code: &str) -> StoreError {
    match e {
        StoreError::NotFound(_) => StoreError::refuse(Problem::new(
            Message::new(id).code("value", code),
            format!("the {what} \"{code}\" is not on record"),
        )),
        other => other,
    }
}

impl Store {
    /// Creates a user with the given grants.
    pub async fn add_user(
        &self,
        username: &str,
        display_name: &str,
        password: &str,
        grants: &[Grant],
        author: &Author,
    ) -> Result<i32, StoreError> {
        self.insert_user(username, display_name, password, false, grants, author)
            .await
    }

    /// Creates a user with a one-time password, returned once, that they must replace at their
    /// first sign-in (an administrator adding a colleague never chooses their password).
    pub async fn add_user_with_one_time_password(
        &self,
        username: &str,
        display_name: &str,
        grants: &[Grant],
        author: &Author,
    ) -> Result<String, StoreError> {
        let one_time = one_time_password();
        self.insert_user(username, display_name, &one_time, true, grants, author)
            .await?;
        Ok(one_time)
    }

    async fn insert_user(
        &self,
        username: &str,
        display_name: &str,
        password: &str,
        must_change_password: bool,
        grants: &[Grant],
        author: &Author,
    ) -> Result<i32, StoreError> {
        check_username(username)?;
        check_password(password)?;
        let mut problems = Vec::new();
        for g in grants {
            if let Err(p) = g.validate() {
                problems.push(p);
            }
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        if user::Entity::find()
            .filter(user::Column::Username.eq(username))
            .one(self.db())
            .await?
            .is_some()
        {
            return Err(StoreError::conflict(Problem::new(
                Message::new("conflict-account-username").code("value", username),
                format!("a user named \"{username}\" already exists"),
            )));
        }
        let hash = hash_password(password)?;
        let resolved = self.resolve_grants(grants).await?;
        let mut write = self
            .write(author, "user.add", format!("user {username}"))
            .await?;
        let stored = user::ActiveModel {
            username: Set(username.to_string()),
            display_name: Set(display_name.to_string()),
            password_hash: Set(hash),
            disabled: Set(false),
            must_change_password: Set(must_change_password),
            created_at: Set(crate::now()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        for (role, convention_id, actor_id) in resolved {
            role_grant::ActiveModel {
                user_id: Set(stored.id),
                role: Set(role.slug().to_string()),
                convention_id: Set(convention_id),
                actor_id: Set(actor_id),
                ..Default::default()
            }
            .insert(write.txn())
            .await?;
        }
        write.detail(serde_json::json!({
            "grants": grants.iter().map(|g| serde_json::json!({
                "role": g.role.slug(), "convention": g.convention, "actor": g.actor
            })).collect::<Vec<_>>()
        }));
        write.commit().await?;
        Ok(stored.id)
    }

    async fn resolve_grants(
        &self,
        grants: &[Grant],
    ) -> Result<Vec<(Role, Option<i32>, Option<i32>)>, StoreError> {
        let mut out = Vec::new();
        for g in grants {
            // A convention or State the grant names that is not on record is the grant's
            // fault (422), not a missing page.
            let convention_id = match &g.convention {
                Some(code) => Some(
                    self.convention(code)
                        .await
                        .map_err(|e| {
                            unknown(e, "refuse-account-convention-unknown", "convention", code)
                        })?
                        .id,
                ),
                None => None,
            };
            let actor_id = match &g.actor {
                Some(code) => Some(
                    self.actor(code)
                        .await
                        .map_err(|e| unknown(e, "refuse-account-actor-unknown", "actor", code))?
                        .id,
                ),
                None => None,
            };
            out.push((g.role, convention_id, actor_id));
        }
        Ok(out)
    }

    /// Sets a new password.
    pub async fn set_password(
        &self,
        username: &str,
        password: &str,
        author: &Author,
    ) -> Result<(), StoreError> {
        check_password(password)?;
        let found = self.user_by_name(username).await?;
        let hash = hash_password(password)?;
        let write = self
            .write(author, "user.passwd", format!("user {username}"))
            .await?;
        let mut model: user::ActiveModel = found.into();
        model.password_hash = Set(hash);
        model.must_change_password = Set(false);
        model.update(write.txn()).await?;
        write.commit().await?;
        Ok(())
    }

    pub async fn user_by_name(&self, username: &str) -> Result<user::Model, StoreError> {
        user::Entity::find()
            .filter(user::Column::Username.eq(username))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("the user \"{username}\"")))
    }

    /// Checks a username and password; `None` when either is wrong or the user is disabled.
    pub async fn authenticate(
        &self,
        username: &str,
        password: &str,
    ) -> Result<Option<user::Model>, StoreError> {
        let found = user::Entity::find()
            .filter(user::Column::Username.eq(username))
            .one(self.db())
            .await?;
        let hash = found
            .as_ref()
            .map(|u| u.password_hash.clone())
            .unwrap_or_else(|| decoy_hash().to_string());
        let password = password.to_string();
        let ok = tokio::task::spawn_blocking(move || verify_password(&password, &hash))
            .await
            .unwrap_or(false);
        Ok(found.filter(|u| ok && !u.disabled))
    }

    /// The grants of a user, with convention and actor codes.
    pub async fn grants_of(&self, user_id: i32) -> Result<Vec<Grant>, StoreError> {
        Ok(self
            .grant_rows(user_id)
            .await?
            .into_iter()
            .map(|r| r.grant)
            .collect())
    }

    /// The grants of a user with their ids, oldest first.
    pub async fn grant_rows(&self, user_id: i32) -> Result<Vec<GrantRow>, StoreError> {
        let rows = role_grant::Entity::find()
            .filter(role_grant::Column::UserId.eq(user_id))
            .order_by_asc(role_grant::Column::Id)
            .all(self.db())
            .await?;
        // Two lookups for all grants rather than two per grant: this runs on every signed-in
        // request.
        let convention_ids: Vec<i32> = rows.iter().filter_map(|r| r.convention_id).collect();
        let actor_ids: Vec<i32> = rows.iter().filter_map(|r| r.actor_id).collect();
        let conventions: std::collections::HashMap<i32, String> = if convention_ids.is_empty() {
            Default::default()
        } else {
            convention::Entity::find()
                .filter(convention::Column::Id.is_in(convention_ids))
                .all(self.db())
                .await?
                .into_iter()
                .map(|c| (c.id, c.code))
                .collect()
        };
        let actors: std::collections::HashMap<i32, String> = if actor_ids.is_empty() {
            Default::default()
        } else {
            actor::Entity::find()
                .filter(actor::Column::Id.is_in(actor_ids))
                .all(self.db())
                .await?
                .into_iter()
                .map(|a| (a.id, a.code))
                .collect()
        };
        let grants = rows
            .into_iter()
            .filter_map(|row| {
                Some(GrantRow {
                    id: row.id,
                    grant: Grant {
                        role: Role::from_slug(&row.role)?,
                        convention: row
                            .convention_id
                            .and_then(|id| conventions.get(&id).cloned()),
                        actor: row.actor_id.and_then(|id| actors.get(&id).cloned()),
                    },
                })
            })
            .collect();
        Ok(grants)
    }

    /// Every user, by username, with their grants.
    pub async fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        let users = user::Entity::find()
            .order_by_asc(user::Column::Username)
            .all(self.db())
            .await?;
        let mut out = Vec::with_capacity(users.len());
        for u in users {
            out.push(self.account_of(u).await?);
        }
        Ok(out)
    }

    /// One user with their grants.
    pub async fn account(&self, username: &str) -> Result<Account, StoreError> {
        let u = self.user_by_name(username).await?;
        self.account_of(u).await
    }

    async fn account_of(&self, u: user::Model) -> Result<Account, StoreError> {
        Ok(Account {
            id: u.id,
            grants: self.grant_rows(u.id).await?,
            username: u.username,
            display_name: u.display_name,
            disabled: u.disabled,
            must_change_password: u.must_change_password,
            email: u.email,
            lang: u.lang,
        })
    }

    /// Grants a role to a user; refuses a malformed grant or one the user already holds.
    pub async fn grant_role(
        &self,
        username: &str,
        grant: &Grant,
        author: &Author,
    ) -> Result<i32, StoreError> {
        grant.validate().map_err(StoreError::refuse)?;
        let u = self.user_by_name(username).await?;
        if self
            .grant_rows(u.id)
            .await?
            .iter()
            .any(|r| &r.grant == grant)
        {
            return Err(StoreError::conflict(Problem::new(
                Message::new("conflict-account-role-held").code("user", username),
                format!("{username} already holds that role"),
            )));
        }
        let resolved = self.resolve_grants(std::slice::from_ref(grant)).await?;
        let mut write = self
            .write(author, "user.grant", format!("user {username}"))
            .await?;
        let mut id = 0;
        for (role, convention_id, actor_id) in resolved {
            id = role_grant::ActiveModel {
                user_id: Set(u.id),
                role: Set(role.slug().to_string()),
                convention_id: Set(convention_id),
                actor_id: Set(actor_id),
                ..Default::default()
            }
            .insert(write.txn())
            .await?
            .id;
        }
        write.detail(serde_json::json!({
            "role": grant.role.slug(), "convention": grant.convention, "actor": grant.actor
        }));
        write.commit().await?;
        Ok(id)
    }

    /// Revokes one of a user's grants (the audit entry keeps what it was).
    pub async fn revoke_grant(
        &self,
        username: &str,
        grant_id: i32,
        author: &Author,
    ) -> Result<(), StoreError> {
        let u = self.user_by_name(username).await?;
        let Some(row) = self
            .grant_rows(u.id)
            .await?
            .into_iter()
            .find(|r| r.id == grant_id)
        else {
            return Err(StoreError::NotFound(format!(
                "the grant {grant_id} of {username}"
            )));
        };
        let mut write = self
            .write(author, "user.revoke", format!("user {username}"))
            .await?;
        role_grant::Entity::delete_by_id(grant_id)
            .exec(write.txn())
            .await?;
        write.detail(serde_json::json!({
            "role": row.grant.role.slug(), "convention": row.grant.convention, "actor": row.grant.actor
        }));
        write.commit().await?;
        Ok(())
    }

    /// Disables a user (their sessions end at once; their tokens stop working) or enables them
    /// again.
    pub async fn set_disabled(
        &self,
        username: &str,
        disabled: bool,
        author: &Author,
    ) -> Result<(), StoreError> {
        let u = self.user_by_name(username).await?;
        let action = if disabled {
            "user.disable"
        } else {
            "user.enable"
        };
        let write = self
            .write(author, action, format!("user {username}"))
            .await?;
        if disabled {
            login_session::Entity::delete_many()
                .filter(login_session::Column::UserId.eq(u.id))
                .exec(write.txn())
                .await?;
        }
        let mut model: user::ActiveModel = u.into();
        model.disabled = Set(disabled);
        model.update(write.txn()).await?;
        write.commit().await?;
        Ok(())
    }

    /// Resets a user's password to a one-time password, returned once, that the user must
    /// replace at the next sign-in. Their sessions end.
    pub async fn reset_password(
        &self,
        username: &str,
        author: &Author,
    ) -> Result<String, StoreError> {
        let u = self.user_by_name(username).await?;
        let one_time = one_time_password();
        let hash = hash_password(&one_time)?;
        let write = self
            .write(author, "user.reset", format!("user {username}"))
            .await?;
        login_session::Entity::delete_many()
            .filter(login_session::Column::UserId.eq(u.id))
            .exec(write.txn())
            .await?;
        let mut model: user::ActiveModel = u.into();
        model.password_hash = Set(hash);
        model.must_change_password = Set(true);
        model.update(write.txn()).await?;
        write.commit().await?;
        Ok(one_time)
    }

    /// A user changes their own password: the current one must be right and the new one
    /// different and long enough. Clears a reset's obligation to change it.
    pub async fn change_own_password(
        &self,
        username: &str,
        current: &str,
        new: &str,
        author: &Author,
    ) -> Result<(), StoreError> {
        let u = self.user_by_name(username).await?;
        let hash = u.password_hash.clone();
        let given = current.to_string();
        let ok = tokio::task::spawn_blocking(move || verify_password(&given, &hash))
            .await
            .unwrap_or(false);
        if !ok {
            return Err(StoreError::refuse(said(
                "refuse-account-password-wrong",
                "the current password is not right",
            )));
        }
        if new == current {
            return Err(StoreError::refuse(said(
                "refuse-account-password-same",
                "the new password must differ from the current one",
            )));
        }
        check_password(new)?;
        let hash = hash_password(new)?;
        let write = self
            .write(author, "user.passwd", format!("user {username}"))
            .await?;
        let mut model: user::ActiveModel = u.into();
        model.password_hash = Set(hash);
        model.must_change_password = Set(false);
        model.update(write.txn()).await?;
        write.commit().await?;
        Ok(())
    }
}
