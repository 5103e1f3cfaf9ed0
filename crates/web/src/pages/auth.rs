//! Signing in and out. The sign-in form carries a CSRF token (a cookie for anonymous readers),
//! attempts are rate-limited per client and per username, and a successful sign-in opens a new
//! session stored in the database.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use askama::Template;
use axum::Form;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{HeaderValue, StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::render;
use crate::ctx::{CSRF_COOKIE, Ctx, SESSION_COOKIE, set_cookie};
use crate::{AppState, WebError};

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    ctx: Ctx,
    code: String,
    username: String,
    next: String,
    error: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct Next {
    #[serde(default)]
    pub next: String,
}

/// Only a path on this site may be a target after signing in.
fn safe_next(next: &str) -> String {
    if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') {
        next.to_string()
    } else {
        "/".to_string()
    }
}

fn login_response(
    ctx: Ctx,
    status: StatusCode,
    username: String,
    next: String,
    error: Option<String>,
) -> Result<Response, WebError> {
    let set_csrf = ctx
        .csrf_is_new
        .then(|| set_cookie(CSRF_COOKIE, &ctx.csrf, 7200, true));
    let mut response = render(&LoginPage {
        ctx,
        code: String::new(),
        username,
        next,
        error,
    })?;
    *response.status_mut() = status;
    if let Some(cookie) = set_csrf
        && let Ok(v) = HeaderValue::from_str(&cookie)
    {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

pub async fn login_form(ctx: Ctx, Query(q): Query<Next>) -> Result<Response, WebError> {
    let next = safe_next(&q.next);
    login_response(ctx, StatusCode::OK, String::new(), next, None)
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    pub username: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub next: String,
}

/// The client's address: from the connection when served, a fixed one in in-process tests.
pub fn client_ip(parts: &Parts) -> IpAddr {
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
        .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST))
}

pub struct ClientIp(pub IpAddr);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientIp(client_ip(parts)))
    }
}

pub async fn login(
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    State(state): State<AppState>,
    Form(form): Form<LoginForm>,
) -> Result<Response, WebError> {
    let next = safe_next(&form.next);
    let username = form.username.trim().to_string();
    if ctx.check_csrf(&form.csrf).is_err() {
        let message = ctx.t("login-expired");
        return login_response(ctx, StatusCode::FORBIDDEN, username, next, Some(message));
    }
    if state.login_limiter.check(ip, &username).is_err() {
        let message = ctx.t("login-too-many");
        return login_response(
            ctx,
            StatusCode::TOO_MANY_REQUESTS,
            username,
            next,
            Some(message),
        );
    }
    if username.is_empty() || form.password.is_empty() {
        let message = ctx.t("login-missing");
        return login_response(
            ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            username,
            next,
            Some(message),
        );
    }
    let Some(user) = state.store.authenticate(&username, &form.password).await? else {
        let message = ctx.t("login-wrong");
        return login_response(ctx, StatusCode::UNAUTHORIZED, username, next, Some(message));
    };
    let session = state.store.sign_in(&user).await?;
    let mut response = Redirect::to(&next).into_response();
    let h = response.headers_mut();
    for cookie in [
        set_cookie(
            SESSION_COOKIE,
            &session.token,
            treatydesk_store::sessions::SESSION_HOURS * 3600,
            true,
        ),
        set_cookie(CSRF_COOKIE, "", 0, true),
    ] {
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            h.append(header::SET_COOKIE, v);
        }
    }
    Ok(response)
}

#[derive(Deserialize)]
pub struct LogoutForm {
    #[serde(default)]
    pub csrf: String,
}

pub async fn logout(
    ctx: Ctx,
    State(state): State<AppState>,
    Form(form): Form<LogoutForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    if let (Some(token), Some(username)) = (&ctx.session_token, &ctx.viewer.username) {
        state.store.sign_out(token, username).await?;
    }
    let mut response = Redirect::to("/").into_response();
    if let Ok(v) = HeaderValue::from_str(&set_cookie(SESSION_COOKIE, "", 0, true)) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(response)
}
