//! iCalendar (RFC 5545) in and out. In: another convention's calendar, as a file or text, read
//! into entries of the shared calendar (P1.3), all or nothing, each bad event named. Out: a
//! convention's meetings (or every convention's) as a feed a calendar application subscribes to.
//! Meetings are whole days, so events are `VALUE=DATE` with the exclusive end RFC 5545 wants.
//!
//! Parsing never touches the network: a URL is fetched (or not) by the caller.

use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime, Event, EventLike};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use time::Date;
use treatydesk_domain::calendar::parse_date;

use crate::audit::Author;
use crate::entities::calendar_entry;
use crate::error::said;
use crate::{Store, StoreError};
use treatydesk_domain::finding::{Message, Problem};

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// At most this many events in one import.
const MAX_EVENTS: usize = 5_000;
/// The largest calendar text read (D4).
pub const MAX_CALENDAR_BYTES: usize = 2 * 1024 * 1024;
/// Components nest at most this deep (VCALENDAR > VEVENT > VALARM is 3); the parser recurses
/// once per level, so a deeper file is refused before it is parsed (D4).
pub const MAX_DEPTH: usize = 6;
/// At most this many (unfolded) lines.
const MAX_LINES: usize = 200_000;

/// Checks a calendar text's size, nesting and line count before the parser sees it.
pub fn check_bounds(text: &str) -> Result<(), Problem> {
    if text.len() > MAX_CALENDAR_BYTES {
        return Err(Problem::new(
            Message::new("refuse-ical-too-big")
                .number("size", count(text.len() / 1024))
                .number("max", count(MAX_CALENDAR_BYTES / 1024)),
            format!(
                "the calendar is {} KiB; at most {} KiB are read",
                text.len() / 1024,
                MAX_CALENDAR_BYTES / 1024
            ),
        ));
    }
    // Unfold (RFC 5545 3.1) so that a BEGIN split over two lines is still seen.
    let unfolded = text
        .replace("\r\n ", "")
        .replace("\r\n\t", "")
        .replace("\n ", "")
        .replace("\n\t", "");
    let mut depth = 0usize;
    let mut lines = 0usize;
    for line in unfolded.lines() {
        lines += 1;
        if lines > MAX_LINES {
            return Err(Problem::new(
                Message::new("refuse-ical-too-many-lines").number("max", count(MAX_LINES)),
                format!("the calendar has more than {MAX_LINES} lines"),
            ));
        }
        let upper = line.trim_start().get(..6).map(str::to_ascii_uppercase);
        match upper.as_deref() {
            Some("BEGIN:") => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(Problem::new(
                        Message::new("refuse-ical-too-deep").number("max", count(MAX_DEPTH)),
                        format!("the calendar nests components more than {MAX_DEPTH} deep"),
                    ));
                }
            }
            _ if line.trim_start().to_ascii_uppercase().starts_with("END:") => {
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
    }
    Ok(())
}

/// A text value for a feed: line breaks as LF only (the writer escapes LF; a bare CR would end
/// the property and start an injected one, D10), no other control character.
pub fn ical_text(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect()
}

/// A single-line value (UID, URL, name): no control character at all.
fn ical_line(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}

/// One event read from an imported calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedEvent {
    pub uid: String,
    pub title: String,
    pub venue: String,
    pub opens_on: Date,
    /// The last day of the event (inclusive).
    pub closes_on: Date,
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: usize,
    pub updated: usize,
}

/// Reads the events of an iCalendar text. Every problem is listed with the event it is in.
pub fn parse_events(text: &str) -> Result<Vec<ImportedEvent>, Vec<Problem>> {
    check_bounds(text).map_err(|e| vec![e])?;
    let calendar: Calendar = text.parse().map_err(|e: String| {
        let why = first_line(&e);
        vec![Problem::new(
            Message::new("refuse-ical-not-a-calendar").text("why", why),
            format!("this is not an iCalendar file: {why}"),
        )]
    })?;
    let mut events = Vec::new();
    let mut problems = Vec::new();
    for (i, component) in calendar.components.iter().enumerate() {
        let CalendarComponent::Event(e) = component else {
            continue;
        };
        let summary = e.get_summary();
        let name = summary
            .map(|s| format!("\"{s}\""))
            .unwrap_or_else(|| format!("event {}", i + 1));
        // An event is named by its SUMMARY (as written) or, without one, by its place.
        let said_of = |id: &str, what: &str| {
            let m = Message::new(id).flag("named", summary.is_some());
            let m = match summary {
                Some(s) => m.code("name", s),
                None => m.number("n", count(i + 1)),
            };
            Problem::new(m, format!("{name} {what}"))
        };
        let Some(uid) = e.get_uid().filter(|u| !u.trim().is_empty()) else {
            problems.push(said_of("refuse-ical-no-uid", "has no UID"));
            continue;
        };
        let Some(start) = e.get_start().as_ref().and_then(day_of) else {
            problems.push(said_of("refuse-ical-no-start", "has no readable DTSTART"));
            continue;
        };
        // DTEND of a whole-day event is the day after the last; of a timed event, its last day.
        let closes = match e.get_end() {
            Some(DatePerhapsTime::Date(d)) => {
                day_of(&DatePerhapsTime::Date(d)).and_then(|d| d.previous_day())
            }
            Some(other) => day_of(&other),
            None => Some(start),
        };
        let Some(closes) = closes.map(|c| c.max(start)) else {
            problems.push(said_of("refuse-ical-bad-end", "has an unreadable DTEND"));
            continue;
        };
        // Imported text is kept on one line and without control characters (D10, D11).
        let one_line = |s: &str| -> String {
            s.chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect::<String>()
                .trim()
                .to_string()
        };
        events.push(ImportedEvent {
            uid: one_line(uid),
            // A missing or blank SUMMARY reads as untitled, never as an empty title.
            title: Some(one_line(e.get_summary().unwrap_or_default()))
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| "(untitled)".to_string()),
            venue: one_line(e.get_location().unwrap_or_default()),
            opens_on: start,
            closes_on: closes,
        });
    }
    if events.len() > MAX_EVENTS {
        problems.push(Problem::new(
            Message::new("refuse-ical-too-many-events")
                .number("count", count(events.len()))
                .number("max", count(MAX_EVENTS)),
            format!(
                "the calendar has {} events; at most {MAX_EVENTS} are imported at once",
                events.len()
            ),
        ));
    }
    if events.is_empty() && problems.is_empty() {
        problems.push(said("refuse-ical-no-events", "the calendar has no events"));
    }
    if problems.is_empty() {
        Ok(events)
    } else {
        Err(problems)
    }
}

fn day_of(d: &DatePerhapsTime) -> Option<Date> {
    parse_date(&d.date_naive().to_string())
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or(text).trim()
}

/// One meeting as a feed event.
#[derive(Clone, Debug)]
pub struct FeedEvent {
    /// Stable across exports: `{label}.{code}@{host}`.
    pub uid: String,
    pub title: String,
    pub venue: String,
    pub opens_on: Date,
    pub closes_on: Date,
    pub url: Option<String>,
    pub description: String,
}

/// Writes events as an iCalendar text (CRLF lines, folded at 75 octets, text escaped, bare
/// CRs and other control characters removed).
pub fn write_feed(name: &str, events: &[FeedEvent]) -> String {
    let mut calendar = Calendar::new();
    calendar.name(&ical_line(name));
    for e in events {
        let mut event = Event::new();
        event
            .uid(&ical_line(&e.uid))
            .summary(&ical_text(&e.title))
            .location(&ical_text(&e.venue))
            .description(&ical_text(&e.description))
            .starts(e.opens_on)
            .ends(e.closes_on.next_day().unwrap_or(e.closes_on));
        if let Some(url) = &e.url {
            event.url(&ical_line(url));
        }
        calendar.push(event.done());
    }
    fold_octets(&calendar.done().to_string())
}

/// Folds every content line at 75 octets (RFC 5545 3.1), on character boundaries. The
/// icalendar crate counts a continuation's leading space outside its limit and can leave lines
/// of 76 octets and more with multi-byte text, so its folding is undone and done again here.
/// Values are escaped before this, so "CRLF space" only ever comes from folding.
fn fold_octets(text: &str) -> String {
    const LIMIT: usize = 75;
    let unfolded = text.replace("\r\n ", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 25);
    for line in unfolded.split_terminator("\r\n") {
        let mut rest = line;
        let mut limit = LIMIT;
        loop {
            if rest.len() <= limit {
                out.push_str(rest);
                out.push_str("\r\n");
                break;
            }
            let mut cut = limit;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push_str(&rest[..cut]);
            out.push_str("\r\n ");
            rest = &rest[cut..];
            // A continuation line starts with the space, which counts.
            limit = LIMIT - 1;
        }
    }
    out
}

impl Store {
    /// Imports a calendar's events under the name `calendar`: new UIDs are added, known ones
    /// updated; all or nothing.
    pub async fn import_calendar(
        &self,
        author: &Author,
        calendar: &str,
        text: &str,
    ) -> Result<ImportReport, StoreError> {
        let calendar = calendar.trim();
        if calendar.is_empty() || calendar.chars().count() > 100 {
            return Err(StoreError::refuse(said(
                "refuse-ical-name",
                "give the calendar a name of 1 to 100 characters (for example \"APLC\")",
            )));
        }
        let events = parse_events(text).map_err(StoreError::Invalid)?;
        let write = self
            .write(
                author,
                "calendar.import",
                format!("calendar {calendar}: {} events", events.len()),
            )
            .await?;
        let mut report = ImportReport::default();
        let now = crate::now();
        for e in events {
            let existing = calendar_entry::Entity::find()
                .filter(calendar_entry::Column::Calendar.eq(calendar))
                .filter(calendar_entry::Column::Uid.eq(&e.uid))
                .one(write.txn())
                .await?;
            let mut active = match existing {
                Some(m) => {
                    report.updated += 1;
                    m.into()
                }
                None => {
                    report.added += 1;
                    calendar_entry::ActiveModel {
                        calendar: Set(calendar.to_string()),
                        uid: Set(e.uid.clone()),
                        ..Default::default()
                    }
                }
            };
            active.title = Set(e.title);
            active.venue = Set(e.venue);
            active.opens_on = Set(e.opens_on);
            active.closes_on = Set(e.closes_on);
            active.imported_at = Set(now);
            active.save(write.txn()).await?;
        }
        write.commit().await?;
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn d4_deeply_nested_or_huge_calendars_are_refused_before_parsing() {
        let mut text = String::from("BEGIN:VCALENDAR\r\n");
        for _ in 0..3200 {
            text.push_str("BEGIN:VEVENT\r\n");
        }
        let problems = parse_events(&text).expect_err("refused");
        assert!(problems[0].sentence.contains("deep"), "{problems:?}");
        // A BEGIN folded over two lines is still counted.
        let folded = "BEGIN:VCALENDAR\r\n".to_string() + &"BEG\r\n IN:VEVENT\r\n".repeat(10);
        assert!(check_bounds(&folded).is_err());
        let huge = "X".repeat(MAX_CALENDAR_BYTES + 1);
        assert!(
            parse_events(&huge).expect_err("refused")[0]
                .sentence
                .contains("KiB")
        );
    }

    #[test]
    fn d10_a_bare_cr_in_a_venue_cannot_inject_a_property() {
        let text = write_feed(
            "CCM\rX-INJECTED:1",
            &[FeedEvent {
                uid: "u1@x\r\nATTENDEE:mailto:a@evil.example".into(),
                title: "Meeting\rATTENDEE:mailto:b@evil.example".into(),
                venue: "Geneva\rORGANIZER:mailto:c@evil.example".into(),
                opens_on: date!(2026 - 09 - 01),
                closes_on: date!(2026 - 09 - 03),
                url: Some("https://x/\r\nX-URL:1".into()),
                description: "line one\r\nline two".into(),
            }],
        );
        for line in text.split("\r\n") {
            assert!(!line.contains('\r') && !line.contains('\n'), "{line:?}");
            for injected in ["ATTENDEE", "ORGANIZER", "X-INJECTED", "X-URL"] {
                assert!(!line.starts_with(injected), "{line:?}");
            }
        }
        assert!(text.contains("line one\\nline two"));
    }

    #[test]
    fn p1_3_feed_round_trips_through_the_parser() {
        let events = vec![FeedEvent {
            uid: "2ISM.ccm@example".into(),
            title: "Intersessional Meeting, Convention on Cluster Munitions; with a long title that needs folding at seventy-five octets".into(),
            venue: "Geneva, Palais des Nations".into(),
            opens_on: date!(2012 - 04 - 16),
            closes_on: date!(2012 - 04 - 19),
            url: None,
            description: "Line one\nline two, with a comma; and a semicolon".into(),
        }];
        let text = write_feed("CCM meetings", &events);
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
        assert!(text.lines().all(|l| l.len() <= 75), "{text}");
        assert!(text.contains("DTSTART;VALUE=DATE:20120416"), "{text}");
        // RFC 5545: the end of a whole-day event is exclusive.
        assert!(text.contains("DTEND;VALUE=DATE:20120420"), "{text}");
        let back = parse_events(&text).expect("parses");
        assert_eq!(
            back,
            vec![ImportedEvent {
                uid: "2ISM.ccm@example".into(),
                title: events[0].title.clone(),
                venue: "Geneva, Palais des Nations".into(),
                opens_on: date!(2012 - 04 - 16),
                closes_on: date!(2012 - 04 - 19),
            }]
        );
    }

    #[test]
    fn p1_3_import_reads_timed_events_and_refuses_events_without_uid() {
        let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:a@x\r\nDTSTAMP:20120101T000000Z\r\nSUMMARY:Meeting\r\nLOCATION:Geneva\r\nDTSTART:20120521T080000Z\r\nDTEND:20120525T160000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let events = parse_events(text).expect("parses");
        assert_eq!(events[0].opens_on, date!(2012 - 05 - 21));
        assert_eq!(events[0].closes_on, date!(2012 - 05 - 25));
        let no_uid = text.replace("UID:a@x\r\n", "");
        let problems = parse_events(&no_uid).expect_err("refused");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].sentence, "\"Meeting\" has no UID");
        assert_eq!(problems[0].message.id, "refuse-ical-no-uid");
        assert!(parse_events("hello").is_err());
    }
}
