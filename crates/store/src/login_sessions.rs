//! Sign-in sessions stored in the database (the table `login_sessions`; a programme's sittings are
//! `programme_sessions`). The browser holds a random token; the database holds only
//! its SHA-256, the user, the session's CSRF token and when it expires. Signing in and out are
//! audited writes like any other.
//!
//! Lookups are cached briefly ([`SESSION_CACHE_SECONDS`]) with the generation stamp of the
//! accounts area: signing out (here or in another process), a new grant or a disabled account
//! bumps it, so a signed-out token is refused at once, never served from the cache.

use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};
use treatydesk_domain::Viewer;

use crate::accounts::random_token;
use crate::audit::Author;
use crate::entities::{login_failure, login_session, user};
use crate::{Store, StoreError};

/// How long a session lasts without signing in again.
pub const SESSION_HOURS: i64 = 12;

/// How long a session lookup is kept without asking the database again.
pub const SESSION_CACHE_SECONDS: u64 = 10;

/// Session lookups by token digest: (accounts stamp, when read, the session, when it expires).
#[derive(Clone)]
pub struct SessionCache(
    std::sync::Arc<
        quick_cache::sync::Cache<
            String,
            (u64, std::time::Instant, SessionData, time::OffsetDateTime),
        >,
    >,
);

impl Default for SessionCache {
    fn default() -> Self {
        Self(std::sync::Arc::new(quick_cache::sync::Cache::new(10_000)))
    }
}

impl std::fmt::Debug for SessionCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionCache")
    }
}

const ACCOUNTS: crate::generation::Areas =
    crate::generation::Areas::of(&[crate::generation::Area::Accounts]);

/// A signed-in reader, as the web layer needs it.
#[derive(Clone, Debug)]
pub struct SessionData {
    pub viewer: Viewer,
    pub display_name: String,
    pub csrf_token: String,
    /// The password was reset: the user must choose a new one before anything else.
    pub must_change_password: bool,
}

/// A new session's secrets, returned once to be set as cookies.
#[derive(Clone, Debug)]
pub struct NewSession {
    pub token: String,
    pub csrf_token: String,
}

fn digest(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Store {
    /// Opens a session for a user who has just proved their password.
    pub async fn sign_in(&self, user: &user::Model) -> Result<NewSession, StoreError> {
        let token = random_token();
        let csrf_token = random_token();
        let now = crate::now();
        let author = Author {
            user_id: Some(user.id),
            who: user.username.clone(),
            reason: "signed in".into(),
        };
        let write = self
            .write(&author, "session.login", format!("user {}", user.username))
            .await?;
        login_session::ActiveModel {
            id: Set(digest(&token)),
            user_id: Set(Some(user.id)),
            csrf_token: Set(csrf_token.clone()),
            created_at: Set(now),
            expires_at: Set(now + time::Duration::hours(SESSION_HOURS)),
        }
        .insert(write.txn())
        .await?;
        write.commit().await?;
        Ok(NewSession { token, csrf_token })
    }

    /// The session a cookie token opens, if it exists and has not expired.
    pub async fn session(&self, token: &str) -> Result<Option<SessionData>, StoreError> {
        if token.len() != 64 {
            return Ok(None);
        }
        let id = digest(token);
        let stamp = self.generations.stamp(ACCOUNTS);
        if let Some((at, read, data, expires)) = self.sessions.0.get(&id)
            && at == stamp
            && read.elapsed().as_secs() < SESSION_CACHE_SECONDS
        {
            return Ok((expires > crate::now()).then_some(data));
        }
        let Some((s, Some(u))) = login_session::Entity::find_by_id(id.clone())
            .find_also_related(user::Entity)
            .one(self.db())
            .await?
        else {
            return Ok(None);
        };
        if s.expires_at <= crate::now() || u.disabled {
            return Ok(None);
        }
        let data = SessionData {
            viewer: Viewer {
                user_id: Some(i64::from(u.id)),
                username: Some(u.username.clone()),
                grants: self.grants_of(u.id).await?,
            },
            display_name: u.display_name,
            csrf_token: s.csrf_token,
            must_change_password: u.must_change_password,
        };
        self.sessions.0.insert(
            id,
            (stamp, std::time::Instant::now(), data.clone(), s.expires_at),
        );
        Ok(Some(data))
    }

    /// Closes a session.
    pub async fn sign_out(&self, token: &str, username: &str) -> Result<(), StoreError> {
        let author = Author {
            user_id: None,
            who: username.to_string(),
            reason: "signed out".into(),
        };
        let write = self
            .write(&author, "session.logout", format!("user {username}"))
            .await?;
        let id = digest(token);
        login_session::Entity::delete_by_id(id.clone())
            .exec(write.txn())
            .await?;
        write.commit().await?;
        self.sessions.0.remove(&id);
        Ok(())
    }

    /// Deletes expired sessions; returns how many.
    pub async fn purge_expired_sessions(&self) -> Result<u64, StoreError> {
        let expired = login_session::Entity::delete_many()
            .filter(login_session::Column::ExpiresAt.lte(crate::now()))
            .exec(self.db())
            .await?;
        Ok(expired.rows_affected)
    }
}

/// Failed sign-ins counted in `window` before now, for one client and one username key.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LoginFailures {
    pub by_client: u64,
    pub by_username: u64,
}

impl Store {
    /// Records a failed sign-in (issue 13: every process on the database counts it). The
    /// username is the limiter's key (lower case, capped); the password is never kept.
    pub async fn record_login_failure(
        &self,
        client: &str,
        username: &str,
    ) -> Result<(), StoreError> {
        login_failure::ActiveModel {
            client: Set(client.to_string()),
            username: Set(username.to_string()),
            at: Set(crate::now()),
            ..Default::default()
        }
        .insert(self.db())
        .await?;
        Ok(())
    }

    /// How many sign-ins failed in the last `window`, from `client` and for `username`.
    pub async fn login_failures(
        &self,
        client: &str,
        username: &str,
        window: std::time::Duration,
    ) -> Result<LoginFailures, StoreError> {
        use sea_orm::PaginatorTrait;
        let since = crate::now() - window;
        let by_client = login_failure::Entity::find()
            .filter(login_failure::Column::Client.eq(client))
            .filter(login_failure::Column::At.gt(since))
            .count(self.db())
            .await?;
        let by_username = login_failure::Entity::find()
            .filter(login_failure::Column::Username.eq(username))
            .filter(login_failure::Column::At.gt(since))
            .count(self.db())
            .await?;
        Ok(LoginFailures {
            by_client,
            by_username,
        })
    }

    /// A correct password clears the username's failures (not the client's).
    pub async fn clear_login_failures(&self, username: &str) -> Result<(), StoreError> {
        login_failure::Entity::delete_many()
            .filter(login_failure::Column::Username.eq(username))
            .exec(self.db())
            .await?;
        Ok(())
    }

    /// Forgets failures older than `window` (the housekeeping of `serve`).
    pub async fn purge_login_failures(
        &self,
        window: std::time::Duration,
    ) -> Result<u64, StoreError> {
        let gone = login_failure::Entity::delete_many()
            .filter(login_failure::Column::At.lte(crate::now() - window))
            .exec(self.db())
            .await?;
        Ok(gone.rows_affected)
    }
}
