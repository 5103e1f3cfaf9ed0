//! The meetings as iCalendar feeds: a convention's meetings, one meeting, and the shared
//! calendar of every convention. Public meetings only; it never writes.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use treatydesk_domain::office::Record;
use treatydesk_store::entities::{convention, meeting};
use treatydesk_store::ical::{FeedEvent, write_feed};
use treatydesk_store::meetings::details_of;

use crate::views::offices::load;
use crate::{AppState, WebError};

fn ics(body: String, filename: &str) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{filename}\""),
            ),
        ],
        body,
    )
        .into_response()
}

fn feed_event(record: &Record, c: &convention::Model, m: &meeting::Model) -> Option<FeedEvent> {
    let opens = m.opens_on?;
    let details = details_of(m);
    Some(FeedEvent {
        uid: format!("{}.{}@treatydesk", m.label, c.code),
        title: format!(
            "{} {} ({})",
            c.short_name,
            record.kind_name(&m.kind),
            m.label
        ),
        venue: m.venue.clone(),
        opens_on: opens,
        closes_on: m.closes_on.unwrap_or(opens),
        url: None,
        description: format!(
            "{} {}: status {}, sitting {}. /{}/meetings/{}",
            c.short_name,
            m.label,
            details.status.slug(),
            details.sitting.slug(),
            c.code,
            m.label
        ),
    })
}

/// `/{code}/meetings.ics`: every dated meeting of a convention.
pub async fn convention_feed(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let loaded = load(&state, &code).await?;
    let c = &loaded.convention;
    let events: Vec<FeedEvent> = state
        .store
        .meetings(c)
        .await?
        .iter()
        .filter_map(|m| feed_event(&loaded.record, c, m))
        .collect();
    Ok(ics(
        write_feed(&format!("{} meetings", c.short_name), &events),
        &format!("{}-meetings.ics", c.code),
    ))
}

/// `/{code}/meetings/{label}/calendar.ics`: one meeting.
pub async fn meeting_feed(
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let loaded = load(&state, &code).await?;
    let c = &loaded.convention;
    let m = state.store.meeting(c, &label).await?;
    let events: Vec<FeedEvent> = feed_event(&loaded.record, c, &m).into_iter().collect();
    Ok(ics(
        write_feed(&format!("{} {}", c.short_name, m.label), &events),
        &format!("{}-{}.ics", c.code, m.label),
    ))
}

/// `/calendar.ics`: the shared calendar (P1.3): every convention's dated meetings and every
/// imported entry.
pub async fn shared_feed(State(state): State<AppState>) -> Result<Response, WebError> {
    let mut events = Vec::new();
    for c in state.store.conventions().await? {
        let (record, _) = state.store.offices(&c).await?;
        for m in state.store.meetings(&c).await? {
            events.extend(feed_event(&record, &c, &m));
        }
    }
    for e in state.store.calendar_entries().await? {
        events.push(FeedEvent {
            uid: format!("{}.imported@treatydesk", e.uid),
            title: format!("{}: {}", e.calendar, e.title),
            venue: e.venue,
            opens_on: e.opens_on,
            closes_on: e.closes_on,
            url: None,
            description: format!("Imported from the calendar \"{}\".", e.calendar),
        });
    }
    events.sort_by_key(|e| e.opens_on);
    Ok(ics(
        write_feed("TreatyDesk shared calendar", &events),
        "calendar.ics",
    ))
}
