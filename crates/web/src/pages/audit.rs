//! The audit log of a convention, for ISU staff: who changed what, when and why.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use treatydesk_domain::AccessLevel;

use super::render;
use crate::ctx::Ctx;
use crate::pages::home::convention_name;
use crate::{AppState, WebError};

pub struct Entry {
    pub at: String,
    pub at_iso: String,
    pub who: String,
    pub action: String,
    pub record: String,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    ctx: Ctx,
    code: String,
    convention: String,
    entries: Vec<Entry>,
}

/// How many entries the page shows, newest first.
pub const PAGE_SIZE: u64 = 200;

pub fn timestamp(at: time::OffsetDateTime) -> (String, String) {
    let iso = at
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    let shown = format!(
        "{} {:02}:{:02} UTC",
        treatydesk_domain::calendar::format_date(at.date()),
        at.hour(),
        at.minute()
    );
    (shown, iso)
}

pub async fn log(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let convention = crate::listing::convention(&state.store, &code).await?;
    ctx.require(&convention.code, AccessLevel::Isu)?;
    let entries = state
        .store
        .audit_log(Some(convention.id), PAGE_SIZE)
        .await?
        .into_iter()
        .map(|e| {
            let (at, at_iso) = timestamp(e.at);
            Entry {
                at,
                at_iso,
                who: e.who,
                action: e.action,
                record: e.record,
                reason: e.reason,
            }
        })
        .collect();
    render(&AuditPage {
        convention: convention_name(&ctx, &convention),
        code: convention.code.clone(),
        entries,
        ctx,
    })
}
