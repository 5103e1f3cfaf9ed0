//! The request context every page and API handler starts from: the reader (anonymous or
//! signed in, with their grants), the language, and the CSRF token forms must carry.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use treatydesk_domain::{AccessLevel, Lang, Viewer};

use crate::i18n;
use crate::{AppState, WebError};
use std::net::IpAddr;

pub use crate::request::{
    CSRF_COOKIE, LANG_COOKIE, SESSION_COOKIE, cookie, lang_of, query_param, set_cookie,
};

#[derive(Clone, Debug)]
pub struct Ctx {
    pub lang: Lang,
    pub viewer: Viewer,
    pub display_name: Option<String>,
    pub session_token: Option<String>,
    /// The token forms carry: the session's, or for an anonymous reader the CSRF cookie's.
    pub csrf: String,
    /// True when `csrf` is new and the response must set the CSRF cookie.
    pub csrf_is_new: bool,
    /// The reader came with a personal API token (`Authorization: Bearer`), not a cookie: no
    /// browser sends it on its own, so a write needs no CSRF token.
    pub bearer: bool,
    /// The reader's password was reset and must be changed before anything else.
    pub must_change_password: bool,
    /// Path and query of the request (for language links and `next`).
    pub path: String,
    pub query: String,
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = WebError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let lang = lang_of(parts);
        let path = parts.uri.path().to_string();
        let query = parts.uri.query().unwrap_or("").to_string();
        if let Some(secret) = bearer_token(parts) {
            let Some(user) = state.store.user_by_api_token(secret).await? else {
                return Err(WebError::BadToken);
            };
            return Ok(Ctx {
                lang,
                viewer: Viewer {
                    user_id: Some(i64::from(user.id)),
                    username: Some(user.username.clone()),
                    grants: state.store.grants_of(user.id).await?,
                },
                display_name: Some(user.display_name),
                session_token: None,
                csrf: String::new(),
                csrf_is_new: false,
                bearer: true,
                must_change_password: false,
                path,
                query,
            });
        }
        if let Some(token) = cookie(&parts.headers, SESSION_COOKIE)
            && let Some(session) = state.store.session(token).await?
        {
            if session.must_change_password && !may_pass_before_password_change(&path) {
                return Err(WebError::PasswordChangeRequired);
            }
            return Ok(Ctx {
                lang,
                viewer: session.viewer,
                display_name: Some(session.display_name),
                session_token: Some(token.to_string()),
                csrf: session.csrf_token,
                csrf_is_new: false,
                bearer: false,
                must_change_password: session.must_change_password,
                path,
                query,
            });
        }
        // An anonymous token counts only if this server signed it (D17): a client cannot
        // pick its own.
        let (csrf, csrf_is_new) = match cookie(&parts.headers, CSRF_COOKIE) {
            Some(v) if state.guard.csrf_is_ours(v) => (v.to_string(), false),
            _ => (state.guard.new_csrf(), true),
        };
        Ok(Ctx {
            lang,
            viewer: Viewer::anonymous(),
            display_name: None,
            session_token: None,
            csrf,
            csrf_is_new,
            bearer: false,
            must_change_password: false,
            path,
            query,
        })
    }
}

/// The secret of an `Authorization: Bearer` header, if the request has one.
fn bearer_token(parts: &Parts) -> Option<&str> {
    parts
        .headers
        .get(axum::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

/// The addresses a user whose password was reset may reach before choosing a new one.
fn may_pass_before_password_change(path: &str) -> bool {
    matches!(path, "/account" | "/account/password" | "/logout")
}

impl Ctx {
    /// An anonymous context for a request that failed before a handler ran.
    pub fn bare(parts: &Parts) -> Ctx {
        Ctx {
            lang: lang_of(parts),
            viewer: Viewer::anonymous(),
            display_name: None,
            session_token: None,
            csrf: String::new(),
            csrf_is_new: false,
            bearer: false,
            must_change_password: false,
            path: parts.uri.path().to_string(),
            query: parts.uri.query().unwrap_or("").to_string(),
        }
    }

    pub fn t(&self, key: &str) -> String {
        i18n::tr(self.lang, key)
    }

    pub fn tn(&self, key: &str, n: &usize) -> String {
        i18n::tr_n(
            self.lang,
            key,
            "count",
            i64::try_from(*n).unwrap_or(i64::MAX),
        )
    }

    pub fn ts(&self, key: &str, value: &str) -> String {
        i18n::tr_s(self.lang, key, "value", value)
    }

    /// A whole number as the reader's language writes it (Western digits in Arabic too).
    pub fn number(&self, n: &usize) -> String {
        crate::locale::number(self.lang, i64::try_from(*n).unwrap_or(i64::MAX))
    }

    /// An amount in hundredths of `currency` as the reader's language writes it.
    pub fn money(&self, hundredths: i64, currency: &str) -> String {
        crate::locale::money(self.lang, hundredths, currency)
    }

    pub fn lang_code(&self) -> &'static str {
        self.lang.code()
    }

    pub fn dir(&self) -> &'static str {
        self.lang.dir()
    }

    /// The current page in another language.
    pub fn lang_url(&self, code: &str) -> String {
        let kept: Vec<&str> = self
            .query
            .split('&')
            .filter(|p| !p.is_empty() && !p.starts_with("lang="))
            .collect();
        let mut url = format!("{}?lang={code}", self.path);
        for p in kept {
            url.push('&');
            url.push_str(p);
        }
        url
    }

    /// The reader as the author of an audited write, with the reason: the signed-in user, or
    /// "public" for an anonymous reader (the public registration form).
    pub fn author(&self, reason: impl Into<String>) -> treatydesk_store::audit::Author {
        treatydesk_store::audit::Author {
            user_id: self.viewer.user_id.and_then(|i| i32::try_from(i).ok()),
            who: self
                .viewer
                .username
                .clone()
                .unwrap_or_else(|| "public".to_string()),
            reason: reason.into(),
        }
    }

    /// Does the reader see the record's machinery in `convention`: the clause codes, the
    /// checks' findings and the sources a record cites (`[V]`, "DOMAIN §5")? ISU staff do; the
    /// public and other roles see names and plain sentences (issue 18 item 4).
    pub fn staff(&self, convention: &str) -> bool {
        self.viewer.can_read(convention, AccessLevel::Isu)
    }

    /// Is the reader ISU staff (or an administrator) of any convention? The shared calendar
    /// belongs to no one convention.
    pub fn is_isu_anywhere(&self) -> bool {
        self.viewer
            .grants
            .iter()
            .any(|g| g.role.level() == AccessLevel::Isu)
    }

    /// A name the preset of `convention` gives (a kind of meeting, a body, a seat, an office)
    /// in the reader's language; the English where the preset lacks it, which ISU staff are told.
    pub fn term(&self, convention: &str, english: &str) -> String {
        let staff = self.viewer.can_read(convention, AccessLevel::Isu);
        i18n::term(self.lang, staff, convention, english)
    }

    /// Text entered in a record that may be a name the preset gives (a Working Group typed on
    /// an outreach entry): its form in the reader's language when it is, else as entered.
    pub fn named(&self, convention: &str, text: &str) -> String {
        treatydesk_store::registry::glossary_of(convention)
            .translate(self.lang, text)
            .unwrap_or(text)
            .to_string()
    }

    /// A meeting's venue in the reader's language when it is a city `places.ftl` names.
    pub fn place(&self, venue: &str) -> String {
        i18n::place(self.lang, venue)
    }

    pub fn languages(&self) -> [Lang; 4] {
        Lang::ALL
    }

    /// Requires the reader to reach `level` in `convention`: anonymous readers are asked to
    /// sign in, signed-in readers below the level are refused.
    pub fn require(&self, convention: &str, level: AccessLevel) -> Result<(), WebError> {
        if self.viewer.can_read(convention, level) {
            Ok(())
        } else if self.viewer.is_signed_in() {
            Err(WebError::Forbidden)
        } else {
            let next = if self.query.is_empty() {
                self.path.clone()
            } else {
                format!("{}?{}", self.path, self.query)
            };
            Err(WebError::SignInRequired { next })
        }
    }

    /// Checks a submitted form's CSRF token (a request with a personal API token needs none).
    pub fn check_csrf(&self, submitted: &str) -> Result<(), WebError> {
        if self.bearer {
            return Ok(());
        }
        let a = submitted.as_bytes();
        let b = self.csrf.as_bytes();
        let same =
            a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0;
        if same && !self.csrf_is_new {
            Ok(())
        } else {
            Err(WebError::Csrf)
        }
    }
}

/// The client's address as an extractor.
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(ClientIp(crate::guard::client_ip(
            parts,
            &state.guard.settings,
        )))
    }
}
