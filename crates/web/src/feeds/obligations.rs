//! A State's upcoming and overdue deadlines (issue 16) as an iCalendar feed a calendar
//! application subscribes to: one all-day event on each due date. Public; it never writes.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::obligation::DeadlineStatus;
use treatydesk_store::ical::{FeedEvent, write_feed};

use crate::ctx::Ctx;
use crate::i18n::tr;
use crate::views::listing::{self, name_in};
use crate::views::obligations::{basis_text, load_state, obligation_of};
use crate::{AppState, WebError};

/// Upcoming and overdue deadlines of one State as a calendar (one all-day event on each due
/// date); deadlines met are left out.
pub async fn state_ics(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, iso3)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let s = load_state(&state, &code, &iso3, listing::today()).await?;
    let name = name_in(&s.actor, ctx.lang).to_string();
    let events: Vec<FeedEvent> = s
        .deadlines
        .iter()
        .filter(|d| matches!(d.status, DeadlineStatus::Upcoming | DeadlineStatus::Overdue))
        .map(|d| {
            let ob = obligation_of(&s.obligations, &d.obligation);
            // Dates in the feed's text are ISO dates, which read the same in every language.
            let description = basis_text(ctx.lang, d, format_date, |p| {
                tr(ctx.lang, &format!("profile-{}", p.slug()))
            });
            let title = ob
                .map(|o| o.name.get(ctx.lang).to_string())
                .unwrap_or_else(|| d.obligation.clone());
            let period = d.period.map(|p| format!(" {p}")).unwrap_or_default();
            FeedEvent {
                uid: format!(
                    "{}{}.{}.{}@treatydesk",
                    d.obligation,
                    d.period.map(|p| format!("-{p}")).unwrap_or_default(),
                    s.actor.code,
                    s.convention.code
                ),
                title: format!("{name}: {title}{period} ({})", d.article),
                venue: String::new(),
                opens_on: d.due_on,
                closes_on: d.due_on,
                // A feed's URL must be absolute and the server does not know its public address.
                url: None,
                description,
            }
        })
        .collect();
    let body = write_feed(
        &format!(
            "{} {}: {}",
            s.convention.short_name,
            name,
            tr(ctx.lang, "ob-heading")
        ),
        &events,
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "inline; filename=\"{}-{}-obligations.ics\"",
                    s.convention.code, s.actor.code
                ),
            ),
        ],
        body,
    )
        .into_response())
}
