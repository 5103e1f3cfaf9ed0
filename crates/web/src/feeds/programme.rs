//! The programme as an iCalendar feed (RFC 5545): one VEVENT per session, with a stable UID,
//! DTSTAMP (when the session was last changed), DTSTART and DTEND, SUMMARY, LOCATION and
//! DESCRIPTION. The `icalendar` crate writes CRLF line endings, folds lines at 75 octets and
//! escapes TEXT values (backslash, comma, semicolon, newline); before that, carriage returns
//! are turned into newlines and other control characters dropped, which RFC 5545 forbids in TEXT.
//!
//! Times: sessions are typed in the venue's local time. For a meeting in Geneva they are given
//! with `TZID=Europe/Zurich` and the feed carries that VTIMEZONE (CET/CEST, the rules in force
//! since 1996), so a reader anywhere sees the right instant. For any other venue the system
//! does not know the time zone and does not guess one: times are floating local times (RFC 5545
//! §3.3.5, form 1), the same clock time the printed programme shows. It never writes.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use icalendar::{Calendar, Component, EventLike, Property};
use time::{Date, OffsetDateTime, Time, UtcOffset};

use crate::views::programme::{Setting, setting};
use crate::{AppState, WebError};

const ZURICH: &str = "Europe/Zurich";

const VTIMEZONE_ZURICH: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Zurich\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n\
DTSTART:19810329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n\
DTSTART:19961027T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// Is the venue Geneva (in any of the ways it is written)?
fn in_geneva(venue: &str) -> bool {
    let v = venue.to_lowercase();
    ["geneva", "genève", "geneve", "ginebra", "genf", "جنيف"]
        .iter()
        .any(|name| v.contains(name))
}

/// Text as RFC 5545 allows it before escaping: newlines for CR and CRLF, no other controls.
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

fn local(day: Date, at: Time) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}",
        day.year(),
        u8::from(day.month()),
        day.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

fn utc(at: OffsetDateTime) -> String {
    let u = at.to_offset(UtcOffset::UTC);
    format!("{}Z", local(u.date(), u.time()))
}

/// The feed's text.
pub fn feed(s: &Setting, host: &str) -> Result<String, WebError> {
    let zoned = in_geneva(&s.meeting.venue);
    let code = &s.loaded.convention.code;
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"));
    cal.append_property(Property::new(
        "PRODID",
        "-//TreatyDesk//Programme of work//EN",
    ));
    cal.append_property(Property::new("CALSCALE", "GREGORIAN"));
    cal.append_property(Property::new("METHOD", "PUBLISH"));
    cal.name(&clean(&format!(
        "{} {}: programme of work",
        s.loaded.convention.short_name, s.meeting.label
    )));
    for x in s.programme.iter() {
        let session = &x.session;
        let mut description = clean(&session.description);
        let mut add = |line: String| {
            if !description.is_empty() {
                description.push('\n');
            }
            description.push_str(&clean(&line));
        };
        add(format!("Format: {}", session.format.slug()));
        if let Some(area) = s.body_name(session, session.area.as_ref()) {
            add(format!("Thematic area: {area}"));
        }
        if let Some(body) = s.body_name(session, session.body.as_ref()) {
            add(format!("Working Group: {body}"));
        }
        for p in &x.panel {
            add(format!("Panel: {}, {}", p.name, p.capacity));
        }
        let mut event = icalendar::Event::new();
        event
            .uid(&format!(
                "session-{}.{}.{}@{}",
                session.id,
                s.meeting.label.to_lowercase(),
                code,
                host
            ))
            .add_property("DTSTAMP", utc(x.updated_at))
            .summary(&clean(&session.title))
            .location(&clean(&format!("{}, {}", session.room, s.meeting.venue)))
            .description(&description);
        for (key, at) in [("DTSTART", session.starts_at), ("DTEND", session.ends_at)] {
            let mut p = Property::new(key, local(session.day, at));
            if zoned {
                p.add_parameter("TZID", ZURICH);
            }
            event.append_property(p);
        }
        cal.push(event.done());
    }
    let mut text = cal.done().to_string();
    if zoned {
        // The crate cannot build a VTIMEZONE; it goes right after the calendar's properties.
        let at = text
            .find("BEGIN:VEVENT")
            .or_else(|| text.find("END:VCALENDAR"))
            .ok_or_else(|| WebError::BadRequest("the feed could not be written".into()))?;
        text.insert_str(at, VTIMEZONE_ZURICH);
    }
    Ok(text)
}

pub async fn programme_ics(
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let s = setting(&state, &code, &label).await?;
    let body = feed(&s, "treatydesk")?;
    let file = format!(
        "{}-{}-programme.ics",
        s.loaded.convention.code, s.meeting.label
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{file}\""),
            ),
        ],
        body,
    )
        .into_response())
}
