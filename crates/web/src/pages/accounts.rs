//! Accounts (issue 12, item 6): the administrators' pages to list users, add one (with a
//! one-time password they must replace at first sign-in), grant and revoke roles scoped to a
//! convention and a State, disable and enable, and reset a password; and every user's own page
//! to change their password, see their grants and create and revoke personal API tokens.
//! Every change is audited by the store. A secret (one-time password, token) is shown once, in
//! the answer to the form that made it, and never again.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use treatydesk_domain::Role;
use treatydesk_store::StoreError;

use super::{Choice, render_form};
use crate::ctx::Ctx;
use crate::views::accounts::{
    AccountOut, ContactDetailsIn, GrantIn, OwnAccountOut, account_out, may_manage_accounts,
    own_account_out,
};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/users", get(users).post(add_user))
        .route("/admin/users/{username}", get(user))
        .route("/admin/users/{username}/grants", post(grant))
        .route("/admin/users/{username}/grants/{id}/revoke", post(revoke))
        .route("/admin/users/{username}/disable", post(disable))
        .route("/admin/users/{username}/reset", post(reset))
        .route("/account", get(account))
        .route("/account/password", post(change_password))
        .route("/account/contact", post(set_contact))
        .route("/account/tokens", post(create_token))
        .route("/account/tokens/{id}/revoke", post(revoke_token))
}

/// Administrators only; anyone else signed in is refused, an anonymous reader asked to sign in.
fn require_admin(ctx: &Ctx) -> Result<(), WebError> {
    if may_manage_accounts(&ctx.viewer) {
        Ok(())
    } else if ctx.viewer.is_signed_in() {
        Err(WebError::Forbidden)
    } else {
        Err(WebError::SignInRequired {
            next: ctx.path.clone(),
        })
    }
}

/// Signed-in readers only.
fn require_signed_in(ctx: &Ctx) -> Result<String, WebError> {
    ctx.viewer
        .username
        .clone()
        .ok_or_else(|| WebError::SignInRequired {
            next: ctx.path.clone(),
        })
}

/// The role choices of the grant forms, labelled in the reader's language.
fn roles(ctx: &Ctx, selected: &str) -> Vec<Choice> {
    Choice::translated(ctx, "role-", Role::ALL.map(Role::slug), selected)
}

/// A form error the edge finds (a message with no arguments), in the reader's language.
fn said(ctx: &Ctx, id: &str) -> Vec<String> {
    let p = crate::views::findings::problem(treatydesk_domain::finding::Message::new(id));
    vec![crate::views::findings::problem_in(ctx.lang, &p)]
}

/// A form's refusal: the store's sentences, or the error itself.
fn refusal(ctx: &Ctx, e: StoreError) -> Result<Vec<String>, WebError> {
    match e {
        StoreError::Invalid(p) => Ok(crate::views::findings::problems_in(ctx.lang, &p)),
        StoreError::Conflict(p) => Ok(vec![crate::views::findings::problem_in(ctx.lang, &p)]),
        other => Err(other.into()),
    }
}

#[derive(Template)]
#[template(path = "admin_users.html")]
struct UsersPage {
    ctx: Ctx,
    code: String,
    accounts: Vec<AccountOut>,
    form: NewUserForm,
    roles: Vec<Choice>,
    problems: Vec<String>,
}

#[derive(Deserialize, Default, Clone)]
pub struct NewUserForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    convention: String,
    #[serde(default)]
    actor: String,
}

async fn users_page(
    ctx: Ctx,
    state: &AppState,
    form: NewUserForm,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    require_admin(&ctx)?;
    let accounts = state.store.accounts().await?;
    let page = UsersPage {
        accounts: accounts.iter().map(account_out).collect(),
        roles: roles(&ctx, &form.role),
        code: String::new(),
        form,
        problems,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

pub async fn users(ctx: Ctx, State(state): State<AppState>) -> Result<Response, WebError> {
    users_page(ctx, &state, NewUserForm::default(), Vec::new()).await
}

pub async fn add_user(
    ctx: Ctx,
    State(state): State<AppState>,
    Form(form): Form<NewUserForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    require_admin(&ctx)?;
    let grant = GrantIn {
        role: form.role.clone(),
        convention: Some(form.convention.clone()),
        actor: Some(form.actor.clone()),
    };
    let grant = match grant.grant() {
        Ok(g) => g,
        Err(p) => {
            let said = vec![crate::views::findings::problem_in(ctx.lang, &p)];
            return users_page(ctx, &state, form, said).await;
        }
    };
    let username = form.username.trim().to_string();
    let display_name = match form.display_name.trim() {
        "" => username.clone(),
        name => name.to_string(),
    };
    let added = state
        .store
        .add_user_with_one_time_password(
            &username,
            &display_name,
            std::slice::from_ref(&grant),
            &ctx.author("add a user"),
        )
        .await;
    match added {
        Ok(one_time) => {
            user_page(
                ctx,
                &state,
                &username,
                GrantForm::default(),
                Vec::new(),
                Some(one_time),
            )
            .await
        }
        Err(e) => {
            let problems = refusal(&ctx, e)?;
            users_page(ctx, &state, form, problems).await
        }
    }
}

#[derive(Template)]
#[template(path = "admin_user.html")]
struct UserPage {
    ctx: Ctx,
    code: String,
    account: AccountOut,
    /// The reader is looking at their own account (they may not disable it).
    is_self: bool,
    form: GrantForm,
    roles: Vec<Choice>,
    problems: Vec<String>,
    /// A one-time password just set, shown this once.
    one_time: Option<String>,
}

#[derive(Deserialize, Default, Clone)]
pub struct GrantForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    convention: String,
    #[serde(default)]
    actor: String,
}

async fn user_page(
    ctx: Ctx,
    state: &AppState,
    username: &str,
    form: GrantForm,
    problems: Vec<String>,
    one_time: Option<String>,
) -> Result<Response, WebError> {
    require_admin(&ctx)?;
    let account = state.store.account(username).await?;
    let page = UserPage {
        is_self: ctx.viewer.username.as_deref() == Some(account.username.as_str()),
        account: account_out(&account),
        roles: roles(&ctx, &form.role),
        code: String::new(),
        form,
        problems,
        one_time,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

pub async fn user(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(username): Path<String>,
) -> Result<Response, WebError> {
    user_page(
        ctx,
        &state,
        &username,
        GrantForm::default(),
        Vec::new(),
        None,
    )
    .await
}

pub async fn grant(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(username): Path<String>,
    Form(form): Form<GrantForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    require_admin(&ctx)?;
    let given = GrantIn {
        role: form.role.clone(),
        convention: Some(form.convention.clone()),
        actor: Some(form.actor.clone()),
    };
    let result = match given.grant() {
        Ok(g) => state
            .store
            .grant_role(&username, &g, &ctx.author("grant a role"))
            .await
            .map(|_| ()),
        Err(p) => Err(StoreError::refuse(p)),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&user_url(&username)).into_response()),
        Err(e) => {
            let problems = refusal(&ctx, e)?;
            user_page(ctx, &state, &username, form, problems, None).await
        }
    }
}

#[derive(Deserialize, Default)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    disabled: String,
}

pub async fn revoke(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((username, id)): Path<(String, i32)>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    require_admin(&ctx)?;
    state
        .store
        .revoke_grant(&username, id, &ctx.author("revoke a role"))
        .await?;
    Ok(Redirect::to(&user_url(&username)).into_response())
}

pub async fn disable(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(username): Path<String>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    require_admin(&ctx)?;
    let disabled = match form.disabled.as_str() {
        "true" => true,
        "false" => false,
        _ => {
            let p = said(&ctx, "refuse-account-disable-choice");
            return user_page(ctx, &state, &username, GrantForm::default(), p, None).await;
        }
    };
    if disabled && ctx.viewer.username.as_deref() == Some(username.as_str()) {
        let p = said(&ctx, "refuse-account-disable-self");
        return user_page(ctx, &state, &username, GrantForm::default(), p, None).await;
    }
    let why = if disabled {
        "disable a user"
    } else {
        "enable a user"
    };
    state
        .store
        .set_disabled(&username, disabled, &ctx.author(why))
        .await?;
    Ok(Redirect::to(&user_url(&username)).into_response())
}

pub async fn reset(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(username): Path<String>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    require_admin(&ctx)?;
    let one_time = state
        .store
        .reset_password(&username, &ctx.author("reset a password"))
        .await?;
    user_page(
        ctx,
        &state,
        &username,
        GrantForm::default(),
        Vec::new(),
        Some(one_time),
    )
    .await
}

fn user_url(username: &str) -> String {
    format!(
        "/admin/users/{}",
        form_urlencoded::byte_serialize(username.as_bytes()).collect::<String>()
    )
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    ctx: Ctx,
    code: String,
    account: OwnAccountOut,
    password_problems: Vec<String>,
    token_problems: Vec<String>,
    token_name: String,
    /// A token's secret just created, shown this once.
    new_secret: Option<String>,
    /// The password was just changed.
    changed: bool,
    langs: Vec<Choice>,
    contact_email: String,
    contact_problems: Vec<String>,
    contact_saved: bool,
}

/// The contact form as typed, with what refused it (nothing typed: the stored details).
#[derive(Default)]
struct ContactTyped {
    typed: bool,
    email: String,
    lang: String,
    problems: Vec<String>,
}

async fn account_page(
    ctx: Ctx,
    state: &AppState,
    password_problems: Vec<String>,
    token_problems: Vec<String>,
    token_name: String,
    new_secret: Option<String>,
    contact: ContactTyped,
) -> Result<Response, WebError> {
    let username = require_signed_in(&ctx)?;
    let found = state.store.account(&username).await?;
    let tokens = state.store.api_tokens(found.id).await?;
    let refused =
        !password_problems.is_empty() || !token_problems.is_empty() || !contact.problems.is_empty();
    let page = AccountPage {
        langs: std::iter::once(Choice {
            value: String::new(),
            label: ctx.t("msg-contact-none"),
            selected: contact.lang.is_empty() && found.lang.is_none(),
        })
        .chain(treatydesk_domain::Lang::ALL.iter().map(|l| Choice {
            value: l.code().to_string(),
            label: l.endonym().to_string(),
            selected: if contact.typed {
                contact.lang == l.code()
            } else {
                found.lang.as_deref() == Some(l.code())
            },
        }))
        .collect(),
        contact_email: if contact.typed {
            contact.email.clone()
        } else {
            found.email.clone().unwrap_or_default()
        },
        contact_problems: contact.problems,
        contact_saved: ctx.query == "contact=1",
        account: own_account_out(&found, &tokens),
        changed: ctx.query == "changed=1",
        code: String::new(),
        password_problems,
        token_problems,
        token_name,
        new_secret,
        ctx,
    };
    render_form(&page, refused)
}

pub async fn account(ctx: Ctx, State(state): State<AppState>) -> Result<Response, WebError> {
    account_page(
        ctx,
        &state,
        Vec::new(),
        Vec::new(),
        String::new(),
        None,
        ContactTyped::default(),
    )
    .await
}

#[derive(Deserialize, Default)]
pub struct PasswordForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    current: String,
    #[serde(default)]
    new: String,
    #[serde(default)]
    confirm: String,
}

pub async fn change_password(
    ctx: Ctx,
    State(state): State<AppState>,
    Form(form): Form<PasswordForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let username = require_signed_in(&ctx)?;
    if form.new != form.confirm {
        let p = said(&ctx, "refuse-account-password-confirm");
        return account_page(
            ctx,
            &state,
            p,
            Vec::new(),
            String::new(),
            None,
            ContactTyped::default(),
        )
        .await;
    }
    match state
        .store
        .change_own_password(
            &username,
            &form.current,
            &form.new,
            &ctx.author("change own password"),
        )
        .await
    {
        Ok(()) => Ok(Redirect::to("/account?changed=1").into_response()),
        Err(e) => {
            let p = refusal(&ctx, e)?;
            account_page(
                ctx,
                &state,
                p,
                Vec::new(),
                String::new(),
                None,
                ContactTyped::default(),
            )
            .await
        }
    }
}

#[derive(Deserialize, Default)]
pub struct ContactForm {
    #[serde(default)]
    csrf: String,
    #[serde(flatten)]
    contact: ContactDetailsIn,
}

/// The signed-in user sets their own address and language for messages.
pub async fn set_contact(
    ctx: Ctx,
    State(state): State<AppState>,
    Form(form): Form<ContactForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let username = require_signed_in(&ctx)?;
    let outcome = form
        .contact
        .save(
            &state.store,
            &ctx.author("set own contact details"),
            &username,
        )
        .await;
    match outcome {
        Ok(()) => Ok(Redirect::to("/account?contact=1").into_response()),
        Err(e) => {
            let problems = refusal(&ctx, e)?;
            let typed = ContactTyped {
                typed: true,
                email: form.contact.email,
                lang: form.contact.lang,
                problems,
            };
            account_page(
                ctx,
                &state,
                Vec::new(),
                Vec::new(),
                String::new(),
                None,
                typed,
            )
            .await
        }
    }
}

#[derive(Deserialize, Default)]
pub struct TokenForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
}

pub async fn create_token(
    ctx: Ctx,
    State(state): State<AppState>,
    Form(form): Form<TokenForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let username = require_signed_in(&ctx)?;
    let owner = state.store.account(&username).await?;
    match state
        .store
        .create_api_token(&ctx.author("create an API token"), owner.id, &form.name)
        .await
    {
        Ok(made) => {
            account_page(
                ctx,
                &state,
                Vec::new(),
                Vec::new(),
                String::new(),
                Some(made.secret),
                ContactTyped::default(),
            )
            .await
        }
        Err(e) => {
            let p = refusal(&ctx, e)?;
            account_page(
                ctx,
                &state,
                Vec::new(),
                p,
                form.name,
                None,
                ContactTyped::default(),
            )
            .await
        }
    }
}

pub async fn revoke_token(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(id): Path<i32>,
    Form(form): Form<TokenForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let username = require_signed_in(&ctx)?;
    let owner = state.store.account(&username).await?;
    state
        .store
        .revoke_api_token(&ctx.author("revoke an API token"), owner.id, id)
        .await?;
    Ok(Redirect::to("/account").into_response())
}
