//! Personal API tokens (issue 12): a user creates a token for scripts (`Authorization: Bearer`),
//! sees their tokens with the time each was last used, and revokes them. The secret is 32
//! random bytes shown once at creation; only its SHA-256 is stored (a high-entropy secret needs
//! no slow hash), so neither the database nor a backup can give it back. Every change is
//! audited. This module never decides what a token's owner may do: the web reads the owner's
//! grants as for a signed-in session.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::accounts::random_token;
use crate::audit::Author;
use crate::entities::{api_token, user};
use crate::error::longer;
use crate::{Store, StoreError};
use treatydesk_domain::finding::{Message, Problem};

/// What every secret starts with, so that a leaked one is recognised (and scanners can find it).
pub const TOKEN_PREFIX: &str = "td_";

/// How many tokens a user may hold that are not revoked.
pub const MAX_TOKENS: usize = 20;

/// Don't rewrite `last_used_at` more often than this (a busy script would write on every call).
const LAST_USED_STEP: time::Duration = time::Duration::minutes(1);

/// A token as its owner's list shows it (never the secret nor its hash).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TokenInfo {
    pub id: i32,
    pub name: String,
    /// The secret's first characters.
    pub prefix: String,
    pub created_at: time::OffsetDateTime,
    pub last_used_at: Option<time::OffsetDateTime>,
    pub revoked_at: Option<time::OffsetDateTime>,
}

/// A token just created: the secret, shown this once.
#[derive(Clone, Debug)]
pub struct NewToken {
    pub info: TokenInfo,
    pub secret: String,
}

fn info(m: api_token::Model) -> TokenInfo {
    TokenInfo {
        id: m.id,
        name: m.name,
        prefix: m.prefix,
        created_at: m.created_at,
        last_used_at: m.last_used_at,
        revoked_at: m.revoked_at,
    }
}

/// The stored form of a secret: lowercase hexadecimal SHA-256.
pub fn token_hash(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Store {
    /// Creates a personal API token for `user_id` named `name`; the secret is returned once
    /// (`token.create`).
    pub async fn create_api_token(
        &self,
        author: &Author,
        user_id: i32,
        name: &str,
    ) -> Result<NewToken, StoreError> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 100 {
            return Err(StoreError::refuse(longer(
                "refuse-token-name",
                100,
                "give the token a name of 1 to 100 characters (what it is for)".into(),
            )));
        }
        let owner = user::Entity::find_by_id(user_id)
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("user {user_id}")))?;
        if owner.disabled {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-token-account-disabled").code("user", &owner.username),
                format!(
                    "the account \"{}\" is disabled; it cannot have tokens",
                    owner.username
                ),
            )));
        }
        let live = self
            .api_tokens(user_id)
            .await?
            .into_iter()
            .filter(|t| t.revoked_at.is_none())
            .count();
        if live >= MAX_TOKENS {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-token-too-many")
                    .number("max", i64::try_from(MAX_TOKENS).unwrap_or(i64::MAX)),
                format!("you already hold {MAX_TOKENS} tokens; revoke one you no longer use first"),
            )));
        }
        let secret = format!("{TOKEN_PREFIX}{}", random_token());
        let prefix: String = secret.chars().take(TOKEN_PREFIX.len() + 6).collect();
        let mut write = self
            .write(
                author,
                "user.token.create",
                format!("API token \"{name}\" of {}", owner.username),
            )
            .await?;
        let stored = api_token::ActiveModel {
            user_id: Set(user_id),
            name: Set(name.to_string()),
            prefix: Set(prefix.clone()),
            token_hash: Set(token_hash(&secret)),
            created_at: Set(crate::now()),
            last_used_at: Set(None),
            revoked_at: Set(None),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.detail(
            serde_json::json!({ "token": stored.id, "prefix": prefix, "user": owner.username }),
        );
        write.commit().await?;
        Ok(NewToken {
            info: info(stored),
            secret,
        })
    }

    /// A user's tokens, newest first, revoked ones included.
    pub async fn api_tokens(&self, user_id: i32) -> Result<Vec<TokenInfo>, StoreError> {
        Ok(api_token::Entity::find()
            .filter(api_token::Column::UserId.eq(user_id))
            .order_by_desc(api_token::Column::Id)
            .all(self.db())
            .await?
            .into_iter()
            .map(info)
            .collect())
    }

    /// Revokes one of `user_id`'s tokens (`user.token.revoke`); revoking twice is refused.
    pub async fn revoke_api_token(
        &self,
        author: &Author,
        user_id: i32,
        token_id: i32,
    ) -> Result<TokenInfo, StoreError> {
        let token = api_token::Entity::find_by_id(token_id)
            .filter(api_token::Column::UserId.eq(user_id))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("token {token_id}")))?;
        if token.revoked_at.is_some() {
            return Err(StoreError::conflict(Problem::new(
                Message::new("conflict-token-revoked").code("name", &token.name),
                format!("the token \"{}\" is already revoked", token.name),
            )));
        }
        let mut write = self
            .write(
                author,
                "user.token.revoke",
                format!("API token \"{}\" ({})", token.name, token.prefix),
            )
            .await?;
        write.detail(serde_json::json!({ "token": token.id, "user": user_id }));
        let mut active: api_token::ActiveModel = token.into();
        active.revoked_at = Set(Some(crate::now()));
        let stored = active.update(write.txn()).await?;
        write.commit().await?;
        Ok(info(stored))
    }

    /// The user a bearer secret belongs to, when the token is known, not revoked and its user
    /// not disabled; notes the time of use (at most once a minute, without an audit entry: a
    /// use is not a change to the record).
    pub async fn user_by_api_token(&self, secret: &str) -> Result<Option<user::Model>, StoreError> {
        let secret = secret.trim();
        if !secret.starts_with(TOKEN_PREFIX) || secret.len() > 200 {
            return Ok(None);
        }
        let Some(token) = api_token::Entity::find()
            .filter(api_token::Column::TokenHash.eq(token_hash(secret)))
            .one(self.db())
            .await?
        else {
            return Ok(None);
        };
        if token.revoked_at.is_some() {
            return Ok(None);
        }
        let Some(owner) = user::Entity::find_by_id(token.user_id)
            .one(self.db())
            .await?
            .filter(|u| !u.disabled)
        else {
            return Ok(None);
        };
        let now = crate::now();
        if token
            .last_used_at
            .is_none_or(|at| now - at >= LAST_USED_STEP)
        {
            let mut active: api_token::ActiveModel = token.into();
            active.last_used_at = Set(Some(now));
            active.update(self.db()).await?;
        }
        Ok(Some(owner))
    }
}
