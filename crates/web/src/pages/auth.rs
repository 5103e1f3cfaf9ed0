//! Signing in and out. The sign-in form carries a CSRF token (a cookie for anonymous readers),
//! attempts are rate-limited per client and per username, and a successful sign-in opens a new
//! session stored in the database.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::render;
use crate::ctx::ClientIp;
use crate::ctx::{CSRF_COOKIE, Ctx, SESSION_COOKIE, set_cookie};
use crate::{AppState, WebError};
use axum::Router;
use axum::routing::{get, post};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/login", get(login_form).post(login))
        .route("/logout", post(logout))
}

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

/// Only a path on this site may be a target after signing in: one slash, then no second slash
/// or backslash (browsers read `/\\` and `/\t/` as another host), no control character or space
/// anywhere (browsers drop tabs and newlines, and a newline cannot go in a header), and at most
/// 2,000 bytes. Anything else goes home. Letters beyond ASCII are percent-encoded.
pub fn safe_next(next: &str) -> String {
    let mut chars = next.chars();
    let same_site = chars.next() == Some('/')
        && !matches!(chars.next(), Some('/' | '\\'))
        && next.len() <= 2000
        && !next
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '\\');
    if !same_site {
        return "/".to_string();
    }
    let mut out = String::with_capacity(next.len());
    for c in next.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
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

/// The cookie that marks a device where this username signed in before: the username's
/// failures never lock it out (D7).
pub const DEVICE_COOKIE: &str = "td_device";

/// Longest password tried (hashing a megabyte would be the attacker's lever).
const MAX_PASSWORD: usize = 1024;

/// The failures every process on the database has counted (issue 13: several processes
/// behind one load balancer give an attacker no more guesses than one). Asked only once this
/// process's own limiter allows the attempt, so a flood is refused without a query.
async fn shared_allows(
    state: &AppState,
    ip: std::net::IpAddr,
    username: &str,
    known_device: bool,
) -> Result<bool, WebError> {
    use crate::guard::{CLIENT_FAILURES, FAILURE_WINDOW, USERNAME_FAILURES, username_key};
    let counted = state
        .store
        .login_failures(&ip.to_string(), &username_key(username), FAILURE_WINDOW)
        .await?;
    Ok(counted.by_client < u64::from(CLIENT_FAILURES)
        && (known_device || counted.by_username < u64::from(USERNAME_FAILURES)))
}

/// Counts a failed sign-in here and in the database.
async fn failed(state: &AppState, ip: std::net::IpAddr, username: &str) -> Result<(), WebError> {
    state.guard.login.failed(ip);
    state
        .store
        .record_login_failure(&ip.to_string(), &crate::guard::username_key(username))
        .await?;
    Ok(())
}

pub async fn login(
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    headers: axum::http::HeaderMap,
    State(state): State<AppState>,
    Form(form): Form<LoginForm>,
) -> Result<Response, WebError> {
    // Signing in from the sign-in link itself leads to the reader's desk (issue 18 item 1).
    let next = if form.next.trim().is_empty() {
        "/desk".to_string()
    } else {
        safe_next(&form.next)
    };
    // No account name is longer than MAX_USERNAME: a longer one is kept (and echoed) cut.
    let too_long = form.username.trim().chars().count() > crate::guard::MAX_USERNAME;
    let username: String = form
        .username
        .trim()
        .chars()
        .take(crate::guard::MAX_USERNAME)
        .collect();
    if ctx.check_csrf(&form.csrf).is_err() {
        let message = ctx.t("login-expired");
        return login_response(ctx, StatusCode::FORBIDDEN, username, next, Some(message));
    }
    let known_device = crate::ctx::cookie(&headers, DEVICE_COOKIE)
        .is_some_and(|mark| crate::guard::same(mark, &state.guard.device_mark(&username)));
    if !state.guard.login.allows(ip) || !shared_allows(&state, ip, &username, known_device).await? {
        let message = ctx.t("login-too-many");
        return login_response(
            ctx,
            StatusCode::TOO_MANY_REQUESTS,
            username,
            next,
            Some(message),
        );
    }
    if too_long || form.password.len() > MAX_PASSWORD {
        failed(&state, ip, &username).await?;
        let message = ctx.t("login-wrong");
        return login_response(ctx, StatusCode::UNAUTHORIZED, username, next, Some(message));
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
        failed(&state, ip, &username).await?;
        let message = ctx.t("login-wrong");
        return login_response(ctx, StatusCode::UNAUTHORIZED, username, next, Some(message));
    };
    state
        .store
        .clear_login_failures(&crate::guard::username_key(&username))
        .await?;
    let session = state.store.sign_in(&user).await?;
    let mut response = Redirect::to(&next).into_response();
    let h = response.headers_mut();
    for cookie in [
        set_cookie(
            SESSION_COOKIE,
            &session.token,
            treatydesk_store::login_sessions::SESSION_HOURS * 3600,
            true,
        ),
        set_cookie(CSRF_COOKIE, "", 0, true),
        set_cookie(
            DEVICE_COOKIE,
            &state.guard.device_mark(&username),
            31_536_000,
            true,
        ),
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
