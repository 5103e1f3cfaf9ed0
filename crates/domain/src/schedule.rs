//! The rules of meetings as checks: where, when and how long a kind of meeting sits and who
//! chairs it (P1.1 intersessional meetings, ¶18 the extraordinary MSP, P3.1 the Coordination
//! Committee), the cadence of formal meetings (Art. 11 and 12), and meeting next to other
//! conventions' meetings in Geneva (P1.3, in `adjacent`).
//!
//! The rules are data: a convention's preset gives each kind of meeting a `ScheduleRule` (in
//! `architecture`, re-exported here; the meeting's own data is in `meeting`), and its
//! cadence of formal meetings. The checks return findings like the rules of Proposal 2; they never
//! write, never read a clock (today is an argument) and never do I/O.

mod adjacent;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::{Date, Month};

pub use adjacent::{OtherMeeting, Suggestion, is_consecutive, p1_3_consecutive, suggestions};

pub use crate::architecture::ScheduleRule;
pub use crate::meeting::{Details, MeetingStatus, Sitting};

use crate::calendar::format_date;
use crate::meeting::{Meeting, MeetingKind};
use crate::office::{Post, Record};
use crate::rules::{Concerns, Finding, Message, Severity};

/// A convention's cadence of formal meetings (CCM Art. 11 and 12): the first MSP within a number
/// of months of entry into force, MSPs every year until the first Review Conference, which falls
/// a number of years after entry into force.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cadence {
    pub first_msp_within_months: u32,
    pub first_review_after_years: u32,
}

/// Everything the meeting checks read.
pub struct Input<'a> {
    pub record: &'a Record,
    /// Details by meeting id; a meeting without details is planned, sits whole days and has no
    /// presiding officer on record.
    pub details: &'a BTreeMap<i64, Details>,
    /// Other conventions' meetings in the shared calendar (P1.3).
    pub others: &'a [OtherMeeting],
    pub cadence: Option<Cadence>,
    /// The convention's entry into force, for the cadence.
    pub entry_into_force: Option<Date>,
    /// The day the record is judged as of (years without a meeting are counted up to it).
    pub today: Date,
    /// The real current day: a meeting's status is what it is now, so it is judged against
    /// this day even when the rest is judged as of a past date.
    pub now: Date,
}

/// Every meeting finding, in meeting order, then the cadence and the yearly rules.
pub fn check(input: &Input) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut meetings: Vec<&Meeting> = input.record.meetings.iter().collect();
    meetings.sort_by_key(|m| (m.opens_on, m.id));
    for m in meetings {
        out.extend(check_meeting(input, m));
    }
    out.extend(art_11_12_cadence(input));
    out.extend(yearly(input));
    out
}

/// The findings about one meeting.
pub fn check_meeting(input: &Input, m: &Meeting) -> Vec<Finding> {
    let Some(rule) = rule_for(input.record, m) else {
        return Vec::new();
    };
    let none = Details::default();
    let details = input.details.get(&m.id).unwrap_or(&none);
    let mut out = venue_window_length(rule, m, details);
    out.extend(status_and_dates(m, details, input.now));
    out.extend(p3_1_chair(input.record, rule, m, details));
    if rule.consecutive {
        out.extend(p1_3_consecutive(rule, m, input.others));
    }
    out
}

/// The schedule rule of the architecture version in force when the meeting opens (or, for a
/// meeting without dates, the latest version).
pub fn rule_for<'a>(record: &'a Record, m: &Meeting) -> Option<&'a ScheduleRule> {
    let arch = &record.architecture;
    let version = match m.opens_on {
        Some(day) => arch.version_on(day)?,
        None => arch.latest()?,
    };
    version.meeting_rule(m.kind).map(|r| &r.schedule)
}

/// Venue, window, length and half day (P1.1, ¶18).
fn venue_window_length(rule: &ScheduleRule, m: &Meeting, details: &Details) -> Vec<Finding> {
    let mut out = Vec::new();
    let clause = rule.clause();
    let concerns = || vec![Concerns::Meeting(m.id)];
    if let Some(city) = &rule.venue
        && !m.venue.to_lowercase().contains(&city.to_lowercase())
    {
        let venue = if m.venue.is_empty() {
            "no venue on record".to_string()
        } else {
            format!("venue {}", m.venue)
        };
        let message = if m.venue.is_empty() {
            Message::new("finding-meeting-venue-none")
        } else {
            Message::new("finding-meeting-venue-elsewhere").text("venue", &m.venue)
        };
        out.push(Finding::new(
            Severity::Error,
            clause,
            concerns(),
            message.meeting("meeting", &m.label).text("city", city),
            format!("The {} has {venue}; it sits in {city}.", m.label),
        ));
    }
    let (Some(opens), Some(closes)) = (m.opens_on, m.closes_on) else {
        return out;
    };
    if closes < opens {
        out.push(Finding::new(
            Severity::Error,
            clause,
            concerns(),
            Message::new("finding-meeting-closes-before-opens").meeting("meeting", &m.label),
            format!("The {} closes before it opens.", m.label),
        ));
        return out;
    }
    if let Some((from, to)) = rule.window_in(opens.year())
        && (opens < from || closes > to)
    {
        out.push(Finding::new(
            Severity::Error,
            clause,
            concerns(),
            Message::new("finding-meeting-outside-window")
                .meeting("meeting", &m.label)
                .date("opens", opens)
                .date("closes", closes)
                .date("from", from)
                .date("to", to),
            format!(
                "The {} sits from {} to {}; every meeting day must fall between {} and {}.",
                m.label,
                format_date(opens),
                format_date(closes),
                format_date(from),
                format_date(to)
            ),
        ));
    }
    let days = meeting_days(rule.venue.as_deref(), opens, closes);
    if let Some(max) = rule.max_days
        && days > max
    {
        out.push(Finding::new(
            Severity::Error,
            clause,
            concerns(),
            Message::new("finding-meeting-too-long")
                .meeting("meeting", &m.label)
                .number("days", i64::from(days))
                .number("max", i64::from(max)),
            format!(
                "The {} sits {days} meeting days; at most {max} are allowed.",
                m.label
            ),
        ));
    }
    if rule.half_day && (opens != closes || !details.sitting.is_half_day()) {
        out.push(Finding::new(
            Severity::Error,
            clause,
            concerns(),
            if opens == closes {
                Message::new("finding-meeting-half-day-whole-day").meeting("meeting", &m.label)
            } else {
                Message::new("finding-meeting-half-day-span")
                    .meeting("meeting", &m.label)
                    .date("opens", opens)
                    .date("closes", closes)
            },
            format!(
                "The {} must sit for half a day (one morning or one afternoon); it is recorded as {}.",
                m.label,
                if opens == closes {
                    "a whole day".to_string()
                } else {
                    format!("{} to {}", format_date(opens), format_date(closes))
                }
            ),
        ));
    }
    out
}

/// The status agrees with the dates: a meeting is not held before it opens, and one that has
/// closed is no longer only planned or convened.
pub fn status_and_dates(m: &Meeting, details: &Details, today: Date) -> Vec<Finding> {
    let concerns = vec![Concerns::Meeting(m.id)];
    match (details.status, m.opens_on, m.closes_on.or(m.opens_on)) {
        (MeetingStatus::Held | MeetingStatus::Closed, Some(opens), _) if opens > today => {
            vec![Finding::new(
                Severity::Error,
                "record",
                concerns,
                Message::new("finding-record-held-before-opening")
                    .meeting("meeting", &m.label)
                    .code("status", details.status.slug())
                    .date("opens", opens),
                format!(
                    "The {} is recorded as {} but opens on {}.",
                    m.label,
                    details.status.slug(),
                    format_date(opens)
                ),
            )]
        }
        (MeetingStatus::Planned | MeetingStatus::Convened, _, Some(closes)) if closes < today => {
            vec![Finding::new(
                Severity::Warning,
                "record",
                concerns,
                Message::new("finding-record-closed-still-planned")
                    .meeting("meeting", &m.label)
                    .date("closes", closes)
                    .code("status", details.status.slug()),
                format!(
                    "The {} closed on {} but is still recorded as {}.",
                    m.label,
                    format_date(closes),
                    details.status.slug()
                ),
            )]
        }
        _ => Vec::new(),
    }
}

/// P3.1: the meeting is chaired by the holder of the chairing office on its first day.
pub fn p3_1_chair(
    record: &Record,
    rule: &ScheduleRule,
    m: &Meeting,
    details: &Details,
) -> Vec<Finding> {
    let (Some(office), Some(day)) = (&rule.chaired_by, m.opens_on) else {
        return Vec::new();
    };
    let clause = rule.clause();
    let concerns = vec![Concerns::Meeting(m.id)];
    let holder = record
        .holder_on(&Post::Office(office.clone()), day)
        .map(|t| t.holder);
    // Nothing on record but the office is held: the chair is derived from it, which is for
    // information (P3.1 says who chairs; the record need not repeat it).
    let chair = |id: &str| {
        Message::new(id)
            .meeting("meeting", &m.label)
            .office("office", office)
            .date("date", day)
    };
    let (severity, message, sentence) = match (&details.presiding, &holder) {
        (Some(p), Some(h)) if p == h => return Vec::new(),
        (Some(p), Some(h)) => {
            return vec![Finding::new(
                Severity::Error,
                clause,
                concerns,
                chair("finding-p3-1-chair-mismatch")
                    .actor("recorded", p, p)
                    .actor("holder", h, h),
                format!(
                    "The {} is recorded as chaired by {p}, but {h} holds the office of {office} on {}.",
                    m.label,
                    format_date(day)
                ),
            )];
        }
        (None, Some(h)) => (
            Severity::Info,
            chair("finding-p3-1-chair-derived").actor("holder", h, h),
            format!(
                "The {} has no chair on record; {h} holds the office of {office} on {} and chairs it.",
                m.label,
                format_date(day)
            ),
        ),
        (_, None) => (
            Severity::Warning,
            chair("finding-p3-1-no-chair"),
            format!(
                "No one holds the office of {office} on {}, so no one can chair the {}.",
                format_date(day),
                m.label
            ),
        ),
    };
    vec![Finding::new(severity, clause, concerns, message, sentence)]
}

/// Art. 11 and 12: the first MSP within its months of entry into force, one formal meeting every
/// calendar year until the first Review Conference, and that conference in the year it falls due.
pub fn art_11_12_cadence(input: &Input) -> Vec<Finding> {
    let (Some(cadence), Some(eif)) = (input.cadence, input.entry_into_force) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let formal: Vec<&Meeting> = {
        let mut v: Vec<&Meeting> = input
            .record
            .meetings
            .iter()
            .filter(|m| m.kind.counts_cycle())
            .collect();
        v.sort_by_key(|m| (m.opens_on.is_none(), m.opens_on, m.id));
        v
    };
    let first_msp_due = crate::calendar::add_months(eif, cadence.first_msp_within_months);
    let first_msp = formal.iter().find(|m| m.kind == MeetingKind::Msp);
    match first_msp.and_then(|m| m.opens_on.map(|d| (m, d))) {
        Some((m, opens)) if opens > first_msp_due => out.push(Finding::new(
            Severity::Error,
            "Art. 11",
            vec![Concerns::Meeting(m.id)],
            Message::new("finding-art-11-first-msp-late")
                .meeting("meeting", &m.label)
                .date("opens", opens)
                .number("months", i64::from(cadence.first_msp_within_months))
                .date("eif", eif)
                .date("due", first_msp_due),
            format!(
                "The {} opened on {}; the first Meeting of States Parties is due within {} months of entry into force ({}), by {}.",
                m.label,
                format_date(opens),
                cadence.first_msp_within_months,
                format_date(eif),
                format_date(first_msp_due)
            ),
        )),
        None if input.today > first_msp_due => out.push(Finding::new(
            Severity::Error,
            "Art. 11",
            Vec::new(),
            Message::new("finding-art-11-no-first-msp").date("due", first_msp_due),
            format!(
                "No first Meeting of States Parties is on record; it was due by {}.",
                format_date(first_msp_due)
            ),
        )),
        _ => {}
    }
    let review_year = eif.year() + cadence.first_review_after_years as i32;
    let first_rc = formal
        .iter()
        .find(|m| m.kind == MeetingKind::ReviewConference);
    if let Some(m) = first_rc
        && let Some(opens) = m.opens_on
        && opens.year() != review_year
    {
        out.push(Finding::new(
            Severity::Warning,
            "Art. 12",
            vec![Concerns::Meeting(m.id)],
            Message::new("finding-art-12-review-year")
                .meeting("meeting", &m.label)
                .number("opened", i64::from(opens.year()))
                .number("years", i64::from(cadence.first_review_after_years))
                .number("due", i64::from(review_year)),
            format!(
                "The {} opened in {}; the first Review Conference falls {} years after entry into force, in {review_year}.",
                m.label,
                opens.year(),
                cadence.first_review_after_years
            ),
        ));
    }
    // Annual until the first Review Conference (or, without one, until this year).
    let Some(first_year) = first_msp.and_then(|m| m.opens_on).map(|d| d.year()) else {
        return out;
    };
    let last_year = first_rc
        .and_then(|m| m.opens_on)
        .map(|d| d.year())
        .unwrap_or(review_year)
        .min(input.today.year());
    let mut by_year: BTreeMap<i32, Vec<&Meeting>> = BTreeMap::new();
    for m in &formal {
        if let Some(d) = m.opens_on {
            by_year.entry(d.year()).or_default().push(m);
        }
    }
    for year in first_year..=last_year {
        let held = by_year.get(&year).map(Vec::as_slice).unwrap_or(&[]);
        let past = Date::from_calendar_date(year, Month::December, 31)
            .map(|end| end < input.today)
            .unwrap_or(false);
        if held.is_empty() && past {
            out.push(Finding::new(
                Severity::Error,
                "Art. 11",
                Vec::new(),
                Message::new("finding-art-11-no-msp-in-year").number("year", i64::from(year)),
                format!("No Meeting of States Parties is on record for {year}; they meet every year until the first Review Conference."),
            ));
        } else if held.len() > 1 {
            let labels: Vec<&str> = held.iter().map(|m| m.label.as_str()).collect();
            out.push(Finding::new(
                Severity::Warning,
                "Art. 11",
                held.iter().map(|m| Concerns::Meeting(m.id)).collect(),
                Message::new("finding-art-11-several-in-year")
                    .number("count", held.len() as i64)
                    .number("year", i64::from(year))
                    .meetings("meetings", labels.iter().map(|l| l.to_string()).collect()),
                format!(
                    "{} formal meetings are on record for {year} ({}); the rule is one a year.",
                    held.len(),
                    labels.join(", ")
                ),
            ));
        }
    }
    out
}

/// The yearly rule (P1.1): for every kind of meeting whose rule says one a year, each calendar
/// year whose whole window lies within the version's time in force has one meeting; a year with
/// none is a warning once its window has opened, and so is a year with more than one.
pub fn yearly(input: &Input) -> Vec<Finding> {
    let arch = &input.record.architecture;
    let mut out = Vec::new();
    for v in &arch.versions {
        let end = arch.version_end(v);
        for rule in v.meetings.iter().filter(|r| r.schedule.yearly) {
            let last = end.map(|d| d.year()).unwrap_or(input.today.year());
            for year in v.effective_on.year()..=last.min(input.today.year()) {
                let Some((from, to)) = rule.schedule.window_in(year).or_else(|| {
                    Some((
                        Date::from_calendar_date(year, Month::January, 1).ok()?,
                        Date::from_calendar_date(year, Month::December, 31).ok()?,
                    ))
                }) else {
                    continue;
                };
                let whole = from >= v.effective_on && end.is_none_or(|e| to < e);
                if !whole || from > input.today {
                    continue;
                }
                let held: Vec<&Meeting> = input
                    .record
                    .meetings
                    .iter()
                    .filter(|m| m.kind == rule.kind && m.opens_on.is_some_and(|d| d.year() == year))
                    .collect();
                let clause = rule.schedule.clause();
                if held.is_empty() {
                    out.push(Finding::new(
                        Severity::Warning,
                        clause,
                        Vec::new(),
                        Message::new("finding-meeting-yearly-none")
                            .text("kind", &rule.name)
                            .number("year", i64::from(year)),
                        format!(
                            "No {} is on record for {year}; one is held every year.",
                            rule.name
                        ),
                    ));
                } else if held.len() > 1 {
                    let labels: Vec<&str> = held.iter().map(|m| m.label.as_str()).collect();
                    out.push(Finding::new(
                        Severity::Warning,
                        clause,
                        held.iter().map(|m| Concerns::Meeting(m.id)).collect(),
                        Message::new("finding-meeting-yearly-several")
                            .number("count", held.len() as i64)
                            .text("kind", &rule.name)
                            .number("year", i64::from(year))
                            .meetings("meetings", labels.iter().map(|l| l.to_string()).collect()),
                        format!(
                            "{} meetings of kind {} are on record for {year} ({}); one a year is the rule.",
                            held.len(),
                            rule.name,
                            labels.join(", ")
                        ),
                    ));
                }
            }
        }
    }
    out
}

/// Meeting days from opening to closing, both included: the venue's working days (weekdays
/// that are not its public holidays, `holidays`).
pub fn meeting_days(venue: Option<&str>, opens: Date, closes: Date) -> u32 {
    let mut n = 0;
    let mut d = opens;
    while d <= closes {
        if is_working_day(venue, d) {
            n += 1;
        }
        match d.next_day() {
            Some(next) => d = next,
            None => break,
        }
    }
    n
}

pub use crate::holidays::is_working_day;
