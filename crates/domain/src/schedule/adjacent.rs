//! P1.3: the intersessional meeting is held consecutively with other conventions' informal
//! meetings in the same city "as far as feasible". A meeting is consecutive when it opens on the
//! working day after another meeting closes, or closes on the working day before another opens.
//! When it is neither, the check proposes the adjacent dates that also keep the meeting's own
//! rules (window, length). Working days are the venue's weekdays that are not its public holidays
//! (`holidays`), so a proposed span never counts a holiday as a meeting day.

use serde::{Deserialize, Serialize};
use time::Date;

use super::{ScheduleRule, is_working_day, meeting_days};
use crate::calendar::format_date;
use crate::meeting::Meeting;
use crate::rules::{Concerns, Finding, Message, Severity};

/// Another convention's meeting in the shared calendar: one of this instance's conventions, or an
/// entry imported from an iCalendar file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtherMeeting {
    /// Whose meeting it is: a convention's short name, or the calendar it was imported from.
    pub convention: String,
    pub title: String,
    pub venue: String,
    pub opens_on: Date,
    pub closes_on: Date,
}

/// Dates that would make a meeting consecutive with another.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub opens_on: Date,
    pub closes_on: Date,
    /// "after" or "before" the other meeting.
    pub position: String,
    pub next_to: String,
}

/// Is the span consecutive with one of `others`?
pub fn is_consecutive(
    venue: Option<&str>,
    opens: Date,
    closes: Date,
    others: &[&OtherMeeting],
) -> bool {
    others.iter().any(|o| {
        next_working_day(venue, o.closes_on) == Some(opens)
            || previous_working_day(venue, o.opens_on) == Some(closes)
    })
}

/// The P1.3 finding for one meeting: a warning with the adjacent dates, when other meetings sit
/// in the same city that year and the meeting is next to none of them.
pub fn p1_3_consecutive(rule: &ScheduleRule, m: &Meeting, others: &[OtherMeeting]) -> Vec<Finding> {
    let (Some(opens), Some(closes), Some(city)) = (m.opens_on, m.closes_on, &rule.venue) else {
        return Vec::new();
    };
    let near = same_city_same_year(others, city, opens.year());
    if near.is_empty() || is_consecutive(Some(city), opens, closes, &near) {
        return Vec::new();
    }
    let proposals = suggestions(rule, m, others);
    let listed: Vec<String> = near
        .iter()
        .map(|o| {
            format!(
                "{} ({}), {} to {}",
                o.title,
                o.convention,
                format_date(o.opens_on),
                format_date(o.closes_on)
            )
        })
        .collect();
    let other_messages: Vec<Message> = near
        .iter()
        .map(|o| {
            Message::new("finding-p1-3-other-meeting")
                .text("title", &o.title)
                .text("convention", &o.convention)
                .date("opens", o.opens_on)
                .date("closes", o.closes_on)
        })
        .collect();
    let advice_message = if proposals.is_empty() {
        Message::new("finding-p1-3-no-adjacent-dates")
    } else {
        Message::new("finding-p1-3-adjacent-dates").messages(
            "dates",
            proposals
                .iter()
                .map(|s| {
                    Message::new("finding-p1-3-suggestion")
                        .date("opens", s.opens_on)
                        .date("closes", s.closes_on)
                        .code("position", &s.position)
                        .text("next_to", &s.next_to)
                })
                .collect(),
        )
    };
    let advice = if proposals.is_empty() {
        " No adjacent dates keep the meeting's own rules.".to_string()
    } else {
        let dates: Vec<String> = proposals
            .iter()
            .map(|s| {
                format!(
                    "{} to {} ({} {})",
                    format_date(s.opens_on),
                    format_date(s.closes_on),
                    s.position,
                    s.next_to
                )
            })
            .collect();
        format!(" Adjacent dates that keep its rules: {}.", dates.join("; "))
    };
    vec![Finding::new(
        Severity::Warning,
        "P1.3",
        vec![Concerns::Meeting(m.id)],
        Message::new("finding-p1-3-not-consecutive")
            .meeting("meeting", &m.label)
            .text("city", city)
            .number("year", i64::from(opens.year()))
            .messages("others", other_messages)
            .messages("advice", vec![advice_message]),
        format!(
            "The {} is not held next to the other {city} meetings of {}: {}.{advice}",
            m.label,
            opens.year(),
            listed.join("; ")
        ),
    )]
}

/// The spans of the meeting's length (in working days) that open the working day after, or close
/// the working day before, another meeting in the same city that year, keep the rule's window and
/// overlap no other meeting. Nearest to the meeting's own dates first.
pub fn suggestions(rule: &ScheduleRule, m: &Meeting, others: &[OtherMeeting]) -> Vec<Suggestion> {
    let (Some(opens), Some(closes), Some(city)) = (m.opens_on, m.closes_on, &rule.venue) else {
        return Vec::new();
    };
    let venue = Some(city.as_str());
    let length = meeting_days(venue, opens, closes).max(1);
    let near = same_city_same_year(others, city, opens.year());
    let mut out = Vec::new();
    for o in &near {
        let after = next_working_day(venue, o.closes_on)
            .and_then(|start| Some((start, add_working_days(venue, start, length - 1)?)));
        let before = previous_working_day(venue, o.opens_on)
            .and_then(|end| Some((sub_working_days(venue, end, length - 1)?, end)));
        for (span, position) in [(after, "after"), (before, "before")] {
            let Some((start, end)) = span else { continue };
            let in_window = rule
                .window_in(start.year())
                .is_none_or(|(from, to)| start >= from && end <= to && end.year() == start.year());
            let free = others
                .iter()
                .all(|x| x.closes_on < start || x.opens_on > end);
            if in_window && free {
                out.push(Suggestion {
                    opens_on: start,
                    closes_on: end,
                    position: position.to_string(),
                    next_to: format!("{} ({})", o.title, o.convention),
                });
            }
        }
    }
    out.sort_by_key(|s| ((s.opens_on - opens).whole_days().abs(), s.opens_on));
    out.dedup_by_key(|s| (s.opens_on, s.closes_on));
    out
}

fn same_city_same_year<'a>(
    others: &'a [OtherMeeting],
    city: &str,
    year: i32,
) -> Vec<&'a OtherMeeting> {
    let city = city.to_lowercase();
    others
        .iter()
        .filter(|o| o.venue.to_lowercase().contains(&city))
        .filter(|o| o.opens_on.year() == year || o.closes_on.year() == year)
        .collect()
}

fn next_working_day(venue: Option<&str>, d: Date) -> Option<Date> {
    let mut d = d.next_day()?;
    while !is_working_day(venue, d) {
        d = d.next_day()?;
    }
    Some(d)
}

fn previous_working_day(venue: Option<&str>, d: Date) -> Option<Date> {
    let mut d = d.previous_day()?;
    while !is_working_day(venue, d) {
        d = d.previous_day()?;
    }
    Some(d)
}

fn add_working_days(venue: Option<&str>, start: Date, n: u32) -> Option<Date> {
    let mut d = start;
    for _ in 0..n {
        d = next_working_day(venue, d)?;
    }
    Some(d)
}

fn sub_working_days(venue: Option<&str>, end: Date, n: u32) -> Option<Date> {
    let mut d = end;
    for _ in 0..n {
        d = previous_working_day(venue, d)?;
    }
    Some(d)
}
