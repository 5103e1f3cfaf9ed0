//! `/api/v1/account` (the reader's own account and personal API tokens) and
//! `/api/v1/admin/users` (administrators manage accounts), issue 12 items 6 and 7: the same
//! writes as the pages, with the same checks and audit entries. A write by a session carries
//! its CSRF token in `x-csrf-token`; a write with `Authorization: Bearer` needs none.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use treatydesk_store::StoreError;
use utoipa::ToSchema;

use super::{Body, body, check_csrf_header};
use crate::ctx::Ctx;
use crate::error::ApiError;
use crate::views::accounts::{
    AccountOut, ContactDetailsIn, GrantIn, OwnAccountOut, TokenOut, account_out,
    may_manage_accounts, own_account_out, token_out,
};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/account", get(own_api))
        .route("/api/v1/account/tokens", post(create_token_api))
        .route("/api/v1/account/tokens/{id}/revoke", post(revoke_token_api))
        .route("/api/v1/admin/users", get(users_api).post(add_user_api))
        .route("/api/v1/admin/users/{username}/grants", post(grant_api))
        .route(
            "/api/v1/admin/users/{username}/grants/{id}/revoke",
            post(revoke_grant_api),
        )
        .route("/api/v1/admin/users/{username}/disable", post(disable_api))
        .route("/api/v1/admin/users/{username}/reset", post(reset_api))
        .route("/api/v1/account/contact", post(own_contact_api))
        .route("/api/v1/admin/users/{username}/contact", post(contact_api))
}

fn signed_in(ctx: &Ctx) -> Result<String, WebError> {
    ctx.viewer
        .username
        .clone()
        .ok_or_else(|| WebError::SignInRequired {
            next: ctx.path.clone(),
        })
}

fn admin(ctx: &Ctx) -> Result<(), WebError> {
    signed_in(ctx)?;
    if may_manage_accounts(&ctx.viewer) {
        Ok(())
    } else {
        Err(WebError::Forbidden)
    }
}

#[utoipa::path(get, path = "/api/v1/account", tag = "accounts",
    responses((status = 200, description = "The reader's account: roles and personal API tokens (never a secret)", body = OwnAccountOut),
        (status = 401, description = "Sign in, or send a valid personal API token")))]
pub async fn own_api(
    ctx: Ctx,
    State(state): State<AppState>,
) -> Result<Json<OwnAccountOut>, ApiError> {
    let username = signed_in(&ctx)?;
    let a = state.store.account(&username).await?;
    let tokens = state.store.api_tokens(a.id).await?;
    Ok(Json(own_account_out(&a, &tokens)))
}

#[derive(Deserialize, ToSchema)]
pub struct TokenIn {
    /// What the token is for (1 to 100 characters).
    pub name: String,
}

#[derive(Serialize, ToSchema)]
pub struct NewTokenOut {
    pub token: TokenOut,
    /// The secret, shown this once: send it as `Authorization: Bearer <secret>`.
    pub secret: String,
}

#[utoipa::path(post, path = "/api/v1/account/tokens", tag = "accounts",
    params(("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = TokenIn,
    responses((status = 201, description = "Created (audited); the secret is in this answer only", body = NewTokenOut),
        (status = 401, description = "Sign in first"),
        (status = 422, description = "No name, or too many tokens")))]
pub async fn create_token_api(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    b: Body<TokenIn>,
) -> Result<Response, ApiError> {
    let username = signed_in(&ctx)?;
    check_csrf_header(&ctx, &headers)?;
    let b = body(b)?;
    let owner = state.store.account(&username).await?;
    let made = state
        .store
        .create_api_token(&ctx.author("create an API token"), owner.id, &b.name)
        .await?;
    let out = NewTokenOut {
        token: token_out(&made.info),
        secret: made.secret,
    };
    Ok((StatusCode::CREATED, Json(out)).into_response())
}

#[utoipa::path(post, path = "/api/v1/account/tokens/{id}/revoke", tag = "accounts",
    params(("id" = i32, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    responses((status = 200, description = "Revoked (audited)", body = TokenOut),
        (status = 401, description = "Sign in first"),
        (status = 409, description = "Already revoked")))]
pub async fn revoke_token_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
) -> Result<Json<TokenOut>, ApiError> {
    let username = signed_in(&ctx)?;
    check_csrf_header(&ctx, &headers)?;
    let owner = state.store.account(&username).await?;
    let revoked = state
        .store
        .revoke_api_token(&ctx.author("revoke an API token"), owner.id, id)
        .await?;
    Ok(Json(token_out(&revoked)))
}

#[utoipa::path(get, path = "/api/v1/admin/users", tag = "accounts",
    responses((status = 200, description = "Every user with their roles (administrators only)", body = [AccountOut]),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "Administrators only")))]
pub async fn users_api(
    ctx: Ctx,
    State(state): State<AppState>,
) -> Result<Json<Vec<AccountOut>>, ApiError> {
    admin(&ctx)?;
    let all = state.store.accounts().await?;
    Ok(Json(all.iter().map(account_out).collect()))
}

#[derive(Deserialize, ToSchema)]
pub struct NewUserIn {
    /// 1 to 64 letters, digits, dots, dashes or underscores.
    pub username: String,
    /// The name pages show; the username when absent.
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub grants: Vec<GrantIn>,
}

#[derive(Serialize, ToSchema)]
pub struct OneTimeOut {
    pub account: AccountOut,
    /// Shown this once; the user must replace it at their next sign-in.
    pub one_time_password: String,
}

/// The grants of a body, or every sentence saying what is wrong with them.
fn grants(given: &[GrantIn]) -> Result<Vec<treatydesk_domain::Grant>, StoreError> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for g in given {
        match g.grant() {
            Ok(g) => out.push(g),
            Err(p) => problems.push(p),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(StoreError::Invalid(problems))
    }
}

#[utoipa::path(post, path = "/api/v1/admin/users", tag = "accounts",
    params(("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = NewUserIn,
    responses((status = 201, description = "Added with a one-time password (audited)", body = OneTimeOut),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "Administrators only"),
        (status = 409, description = "The username is taken"),
        (status = 422, description = "A malformed username or grant; every reason is listed")))]
pub async fn add_user_api(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    b: Body<NewUserIn>,
) -> Result<Response, ApiError> {
    admin(&ctx)?;
    check_csrf_header(&ctx, &headers)?;
    let b = body(b)?;
    let grants = grants(&b.grants)?;
    let username = b.username.trim().to_string();
    let display_name = b
        .display_name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .unwrap_or(&username)
        .to_string();
    let one_time_password = state
        .store
        .add_user_with_one_time_password(
            &username,
            &display_name,
            &grants,
            &ctx.author("add a user"),
        )
        .await?;
    let account = account_out(&state.store.account(&username).await?);
    Ok((
        StatusCode::CREATED,
        Json(OneTimeOut {
            account,
            one_time_password,
        }),
    )
        .into_response())
}

#[utoipa::path(post, path = "/api/v1/admin/users/{username}/grants", tag = "accounts",
    params(("username" = String, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = GrantIn,
    responses((status = 201, description = "Granted (audited)", body = AccountOut),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "Administrators only"),
        (status = 409, description = "The user already holds that role"),
        (status = 422, description = "A malformed grant, or a convention or State not on record")))]
pub async fn grant_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(username): Path<String>,
    headers: HeaderMap,
    b: Body<GrantIn>,
) -> Result<Response, ApiError> {
    admin(&ctx)?;
    check_csrf_header(&ctx, &headers)?;
    let g = body(b)?.grant().map_err(StoreError::refuse)?;
    // The user must exist (404); a convention or State that does not is the body's fault (422).
    state.store.account(&username).await?;
    state
        .store
        .grant_role(&username, &g, &ctx.author("grant a role"))
        .await?;
    let account = account_out(&state.store.account(&username).await?);
    Ok((StatusCode::CREATED, Json(account)).into_response())
}

#[utoipa::path(post, path = "/api/v1/admin/users/{username}/grants/{id}/revoke", tag = "accounts",
    params(("username" = String, Path), ("id" = i32, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    responses((status = 200, description = "Revoked (audited; the entry keeps the grant)", body = AccountOut),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "Administrators only")))]
pub async fn revoke_grant_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((username, id)): Path<(String, i32)>,
    headers: HeaderMap,
) -> Result<Json<AccountOut>, ApiError> {
    admin(&ctx)?;
    check_csrf_header(&ctx, &headers)?;
    state
        .store
        .revoke_grant(&username, id, &ctx.author("revoke a role"))
        .await?;
    Ok(Json(account_out(&state.store.account(&username).await?)))
}

#[derive(Deserialize, ToSchema)]
pub struct DisableIn {
    /// true to disable (sessions end, tokens stop working), false to enable again.
    pub disabled: bool,
}

#[utoipa::path(post, path = "/api/v1/admin/users/{username}/disable", tag = "accounts",
    params(("username" = String, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = DisableIn,
    responses((status = 200, description = "Changed (audited)", body = AccountOut),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "Administrators only"),
        (status = 422, description = "An administrator cannot disable their own account")))]
pub async fn disable_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(username): Path<String>,
    headers: HeaderMap,
    b: Body<DisableIn>,
) -> Result<Json<AccountOut>, ApiError> {
    admin(&ctx)?;
    check_csrf_header(&ctx, &headers)?;
    let b = body(b)?;
    if b.disabled && ctx.viewer.username.as_deref() == Some(username.as_str()) {
        return Err(StoreError::refuse(crate::views::findings::problem(
            treatydesk_domain::finding::Message::new("refuse-account-disable-self"),
        ))
        .into());
    }
    let why = if b.disabled {
        "disable a user"
    } else {
        "enable a user"
    };
    state
        .store
        .set_disabled(&username, b.disabled, &ctx.author(why))
        .await?;
    Ok(Json(account_out(&state.store.account(&username).await?)))
}

#[utoipa::path(post, path = "/api/v1/admin/users/{username}/reset", tag = "accounts",
    params(("username" = String, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    responses((status = 200, description = "Reset (audited): the user's sessions end and they must replace this password at their next sign-in", body = OneTimeOut),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "Administrators only")))]
pub async fn reset_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(username): Path<String>,
    headers: HeaderMap,
) -> Result<Json<OneTimeOut>, ApiError> {
    admin(&ctx)?;
    check_csrf_header(&ctx, &headers)?;
    let one_time_password = state
        .store
        .reset_password(&username, &ctx.author("reset a password"))
        .await?;
    let account = account_out(&state.store.account(&username).await?);
    Ok(Json(OneTimeOut {
        account,
        one_time_password,
    }))
}

#[utoipa::path(post, path = "/api/v1/account/contact", tag = "accounts",
    params(("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = ContactDetailsIn,
    responses((status = 200, description = "Saved (audited): messages are mailed there, in that language when written in it", body = OwnAccountOut),
        (status = 401, description = "Sign in first"),
        (status = 422, description = "Not an address or not a language of the product")))]
pub async fn own_contact_api(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    b: Body<ContactDetailsIn>,
) -> Result<Json<OwnAccountOut>, ApiError> {
    let username = signed_in(&ctx)?;
    check_csrf_header(&ctx, &headers)?;
    body(b)?
        .save(
            &state.store,
            &ctx.author("set own contact details"),
            &username,
        )
        .await?;
    let a = state.store.account(&username).await?;
    let tokens = state.store.api_tokens(a.id).await?;
    Ok(Json(own_account_out(&a, &tokens)))
}

#[utoipa::path(post, path = "/api/v1/admin/users/{username}/contact", tag = "accounts",
    params(("username" = String, Path), ("x-csrf-token" = Option<String>, Header, description = "the session's CSRF token (not needed with a bearer token)")),
    request_body = ContactDetailsIn,
    responses((status = 200, description = "Saved (audited)", body = AccountOut),
        (status = 401, description = "Sign in first"),
        (status = 403, description = "Administrators only"),
        (status = 404, description = "No such user"),
        (status = 422, description = "Not an address or not a language of the product")))]
pub async fn contact_api(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(username): Path<String>,
    headers: HeaderMap,
    b: Body<ContactDetailsIn>,
) -> Result<Json<AccountOut>, ApiError> {
    admin(&ctx)?;
    check_csrf_header(&ctx, &headers)?;
    body(b)?
        .save(
            &state.store,
            &ctx.author("set a user's contact details"),
            &username,
        )
        .await?;
    Ok(Json(account_out(&state.store.account(&username).await?)))
}
