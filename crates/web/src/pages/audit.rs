//! The audit log of a convention, for ISU staff: who changed what, when and why, in plain
//! language. Each entry names what was done in the reader's language, links to the record
//! where a page shows it, and shows what changed (its detail). The page filters by who, what
//! and when, and pages back fifty entries at a time. It never shows another convention's
//! entries and never writes.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::calendar::parse_date;
use treatydesk_store::audit::AuditFilter;

use super::{Choice, render};
use crate::ctx::Ctx;
use crate::error::url_encode;
use crate::extract::convention_name;
use crate::views::audit::timestamp;
use crate::{AppState, WebError};
use axum::Router;
use axum::routing::get;

pub fn routes() -> Router<AppState> {
    Router::new().route("/{code}/audit", get(log))
}

/// Entries per page.
const PER_PAGE: u64 = 50;

/// The areas an action starts with, for the "what" filter and the plain names.
const AREAS: [&str; 25] = [
    "action",
    "advice",
    "appointment",
    "architecture",
    "calendar",
    "convention",
    "database",
    "decision",
    "document",
    "extension",
    "isu",
    "liaison",
    "meeting",
    "message",
    "nomination",
    "outreach",
    "participation",
    "profile",
    "programme",
    "registration",
    "registry",
    "report",
    "session",
    "statement",
    "user",
];

/// One change of a detail: its name and value, or its old and new values.
pub struct Change {
    pub name: String,
    pub old: Option<String>,
    pub new: String,
}

pub struct Entry {
    pub at: String,
    pub at_iso: String,
    pub who: String,
    /// What was done, in the reader's language.
    pub said: String,
    /// The dotted action, for those who search for it.
    pub action: String,
    pub record: String,
    pub href: Option<String>,
    pub reason: String,
    pub changes: Vec<Change>,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    ctx: Ctx,
    code: String,
    convention: String,
    entries: Vec<Entry>,
    who: Vec<Choice>,
    what: Vec<Choice>,
    from: String,
    to: String,
    filtered: bool,
    older: Option<String>,
    newest: Option<String>,
}

/// The filter as typed in the address.
#[derive(Deserialize, Default)]
pub struct AuditQuery {
    #[serde(default)]
    who: String,
    #[serde(default)]
    what: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    before: Option<i32>,
}

fn date(text: &str, name: &str) -> Result<Option<time::Date>, WebError> {
    match text.trim() {
        "" => Ok(None),
        t => parse_date(t).map(Some).ok_or_else(|| {
            WebError::BadRequest(format!("{name} \"{t}\" is not a date (YYYY-MM-DD)"))
        }),
    }
}

/// What an action did, in `ctx`'s language: its own sentence when the locale has one, else the
/// name of its area and the action's last word.
fn said(ctx: &Ctx, action: &str) -> String {
    let key = format!("audit-do-{}", action.replace('.', "-"));
    let args = std::collections::HashMap::new();
    if let Some(text) = crate::i18n::tr_values(ctx.lang, &key, &args) {
        return text;
    }
    let area = action.split('.').next().unwrap_or(action);
    let area_key = format!("audit-area-{area}");
    match crate::i18n::tr_values(ctx.lang, &area_key, &args) {
        Some(name) => format!("{name}: {}", action.rsplit('.').next().unwrap_or(action)),
        None => action.to_string(),
    }
}

/// The page of the record an entry names, where there is one.
async fn record_href(
    state: &AppState,
    c: &treatydesk_store::entities::convention::Model,
    action: &str,
    record: &str,
) -> Option<String> {
    let code = &c.code;
    let word = |prefix: &str| {
        record
            .strip_prefix(prefix)
            .map(|rest| {
                rest.split([' ', ':', ','])
                    .next()
                    .unwrap_or(rest)
                    .to_string()
            })
            .filter(|w| !w.is_empty())
    };
    if let Some(label) = word("meeting ") {
        return Some(format!("/{code}/meetings/{}", url_encode(&label)));
    }
    if let Some(symbol) = word("document ") {
        let doc = state.store.document_by_symbol(c, &symbol).await.ok()??;
        return Some(format!("/{code}/documents/{}", doc.id));
    }
    for prefix in ["profile of ", "participation of ", "advice request of "] {
        if let Some(iso) = word(prefix)
            && iso.len() == 3
            && iso.chars().all(|ch| ch.is_ascii_uppercase())
        {
            return Some(format!("/{code}/states/{iso}"));
        }
    }
    if let Some(rest) = record.strip_prefix("advice request ")
        && let Some(id) = rest.split(' ').next().filter(|w| w.parse::<i64>().is_ok())
    {
        return Some(format!("/{code}/advice/{id}"));
    }
    if let Some(id) = word("extension request ").filter(|w| w.parse::<i64>().is_ok()) {
        return Some(format!("/{code}/extensions/{id}"));
    }
    if action.starts_with("registration.")
        && let Some((_, label)) = record.rsplit_once(" for ")
        && !label.contains(' ')
    {
        return Some(format!(
            "/{code}/meetings/{}/registrations",
            url_encode(label)
        ));
    }
    if action.starts_with("programme.")
        && let Some((label, _)) = record.split_once(" programme")
    {
        return Some(format!("/{code}/meetings/{}/programme", url_encode(label)));
    }
    if action.starts_with("user.")
        && let Some(name) = word("user ")
    {
        return Some(format!("/admin/users/{}", url_encode(&name)));
    }
    None
}

/// A JSON value as a short text.
fn shown(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => "—".to_string(),
        other => other.to_string(),
    }
}

/// What changed, from an entry's detail: each field, and old → new where the detail gives both
/// (`{"old": .., "new": ..}`, `from`/`to`, `before`/`after`).
fn changes(detail: &str) -> Vec<Change> {
    let Ok(serde_json::Value::Object(map)) = serde_json::from_str::<serde_json::Value>(detail)
    else {
        return Vec::new();
    };
    let pair = |m: &serde_json::Map<String, serde_json::Value>| {
        [("old", "new"), ("from", "to"), ("before", "after")]
            .iter()
            .find_map(|(a, b)| Some((shown(m.get(*a)?), shown(m.get(*b)?))))
    };
    if let Some((old, new)) = pair(&map) {
        return vec![Change {
            name: String::new(),
            old: Some(old),
            new,
        }];
    }
    map.iter()
        .map(|(name, value)| match value {
            serde_json::Value::Object(m) if pair(m).is_some() => {
                let (old, new) = pair(m).unwrap_or_default();
                Change {
                    name: name.clone(),
                    old: Some(old),
                    new,
                }
            }
            v => Change {
                name: name.clone(),
                old: None,
                new: shown(v),
            },
        })
        .collect()
}

pub async fn log(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AuditQuery>,
) -> Result<Response, WebError> {
    let convention = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&convention.code, AccessLevel::Isu)?;
    let what = if q.what.is_empty() || AREAS.contains(&q.what.as_str()) || q.what.contains('.') {
        q.what.clone()
    } else {
        return Err(WebError::BadRequest(format!(
            "\"{}\" is not a kind of change",
            q.what
        )));
    };
    let filter = AuditFilter {
        who: q.who.clone(),
        what,
        from: date(&q.from, "from")?,
        to: date(&q.to, "to")?,
        before: q.before,
    };
    let (rows, more) = state
        .store
        .audit_page(convention.id, &filter, PER_PAGE)
        .await?;
    let mut entries = Vec::with_capacity(rows.len());
    for e in &rows {
        let (at, at_iso) = timestamp(e.at);
        entries.push(Entry {
            at,
            at_iso,
            who: e.who.clone(),
            said: said(&ctx, &e.action),
            action: e.action.clone(),
            href: record_href(&state, &convention, &e.action, &e.record).await,
            record: e.record.clone(),
            reason: e.reason.clone(),
            changes: changes(&e.detail),
        });
    }
    let kept = |before: Option<i32>| {
        let mut parts = Vec::new();
        for (k, v) in [
            ("who", &q.who),
            ("what", &q.what),
            ("from", &q.from),
            ("to", &q.to),
        ] {
            if !v.is_empty() {
                parts.push(format!("{k}={}", url_encode(v)));
            }
        }
        if let Some(b) = before {
            parts.push(format!("before={b}"));
        }
        format!("/{}/audit?{}", convention.code, parts.join("&"))
    };
    let older = (more)
        .then(|| rows.last().map(|e| kept(Some(e.id))))
        .flatten();
    let newest = q.before.map(|_| kept(None));
    let authors = state.store.audit_authors(convention.id).await?;
    let who = authors
        .into_iter()
        .map(|a| Choice {
            selected: a == q.who,
            label: a.clone(),
            value: a,
        })
        .collect();
    let what = AREAS
        .iter()
        .map(|a| Choice {
            value: (*a).to_string(),
            label: crate::i18n::tr(ctx.lang, &format!("audit-area-{a}")),
            selected: *a == q.what,
        })
        .collect();
    render(&AuditPage {
        convention: convention_name(&ctx, &convention),
        code: convention.code.clone(),
        filtered: !(q.who.is_empty() && q.what.is_empty() && q.from.is_empty() && q.to.is_empty()),
        from: q.from.clone(),
        to: q.to.clone(),
        entries,
        who,
        what,
        older,
        newest,
        ctx,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_detail_shows_old_and_new() {
        let c = changes(r#"{"status": {"old": "pending", "new": "approved"}, "id": 4}"#);
        assert_eq!(c.len(), 2);
        let status = c.iter().find(|x| x.name == "status").expect("status");
        assert_eq!(status.old.as_deref(), Some("pending"));
        assert_eq!(status.new, "approved");
        assert!(changes("null").is_empty());
        let whole = changes(r#"{"from": "a", "to": "b"}"#);
        assert_eq!(whole[0].old.as_deref(), Some("a"));
    }
}
