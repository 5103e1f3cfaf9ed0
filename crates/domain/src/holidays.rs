//! The public holidays of the cities where meetings sit, from data (`data/venue-holidays.csv`,
//! each row citing its source), so that "working day" means what the venue's offices mean: a
//! weekday that is not a public holiday there. P1.1 counts meeting days with it and P1.3 proposes
//! adjacent dates with it. A city with no rows has weekdays only. It never guesses a holiday
//! that the file does not list and never reads a file at run time (the table is compiled in).

use std::sync::OnceLock;

use time::{Date, Duration, Month, Weekday};

const TABLE: &str = include_str!("../data/venue-holidays.csv");

/// One public holiday of a city, as the data file gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holiday {
    pub venue: String,
    pub name: String,
    pub rule: Rule,
    pub source: String,
}

/// When a holiday falls in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// The same day every year.
    Fixed { month: u8, day: u8 },
    /// Days from Easter Sunday (Gregorian): -2 is Good Friday.
    Easter(i64),
    /// Days after the first Sunday of a month (Jeûne genevois: September, +4).
    AfterFirstSunday { month: u8, days: i64 },
}

impl Rule {
    /// Reads `MM-DD`, `easter+N`/`easter-N` or `MM-sun1+N`.
    pub fn parse(text: &str) -> Option<Rule> {
        if let Some(offset) = text.strip_prefix("easter") {
            return offset.parse::<i64>().ok().map(Rule::Easter);
        }
        let (month, rest) = text.split_once('-')?;
        let month: u8 = month.parse().ok()?;
        Month::try_from(month).ok()?;
        if let Some(days) = rest.strip_prefix("sun1+") {
            return Some(Rule::AfterFirstSunday {
                month,
                days: days.parse().ok()?,
            });
        }
        let day: u8 = rest.parse().ok()?;
        (1..=31)
            .contains(&day)
            .then_some(Rule::Fixed { month, day })
    }

    /// The day it falls on in `year`.
    pub fn in_year(self, year: i32) -> Option<Date> {
        match self {
            Rule::Fixed { month, day } => {
                Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
            }
            Rule::Easter(offset) => easter(year)?.checked_add(Duration::days(offset)),
            Rule::AfterFirstSunday { month, days } => {
                let mut d = Date::from_calendar_date(year, Month::try_from(month).ok()?, 1).ok()?;
                while d.weekday() != Weekday::Sunday {
                    d = d.next_day()?;
                }
                d.checked_add(Duration::days(days))
            }
        }
    }
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).
pub fn easter(year: i32) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::from_calendar_date(
        year,
        Month::try_from(u8::try_from(month).ok()?).ok()?,
        u8::try_from(day).ok()?,
    )
    .ok()
}

/// Every holiday in the data file (rows that do not read are left out; a test proves none is).
pub fn all() -> &'static [Holiday] {
    static ALL: OnceLock<Vec<Holiday>> = OnceLock::new();
    ALL.get_or_init(|| parse(TABLE).0)
}

/// The table's rows and the lines that did not read.
fn parse(text: &str) -> (Vec<Holiday>, Vec<usize>) {
    let mut rows = Vec::new();
    let mut bad = Vec::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let mut cells = line.splitn(4, ',');
        let (Some(venue), Some(name), Some(rule), Some(source)) =
            (cells.next(), cells.next(), cells.next(), cells.next())
        else {
            bad.push(i + 1);
            continue;
        };
        match Rule::parse(rule.trim()) {
            Some(rule) => rows.push(Holiday {
                venue: venue.trim().to_string(),
                name: name.trim().to_string(),
                rule,
                source: source.trim().trim_matches('"').to_string(),
            }),
            None => bad.push(i + 1),
        }
    }
    (rows, bad)
}

/// The public holiday of `venue` on `d`, if any (the venue is matched ignoring case, and a
/// venue such as "Palais des Nations, Geneva" matches Geneva).
pub fn holiday_on(venue: Option<&str>, d: Date) -> Option<&'static Holiday> {
    let venue = venue?.to_lowercase();
    all()
        .iter()
        .filter(|h| venue.contains(&h.venue.to_lowercase()))
        .find(|h| h.rule.in_year(d.year()) == Some(d))
}

/// A weekday that is not a public holiday at the venue.
pub fn is_working_day(venue: Option<&str>, d: Date) -> bool {
    !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) && holiday_on(venue, d).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn every_row_of_the_holiday_table_reads_and_cites_a_source() {
        let (rows, bad) = parse(TABLE);
        assert!(bad.is_empty(), "lines that do not read: {bad:?}");
        assert_eq!(rows.len(), 9);
        assert!(rows.iter().all(|h| h.source.contains("J 1 45")));
    }

    #[test]
    fn easter_and_the_geneva_holidays_fall_on_their_days() {
        assert_eq!(easter(2013), Some(date!(2013 - 03 - 31)));
        assert_eq!(easter(2024), Some(date!(2024 - 03 - 31)));
        assert_eq!(easter(2026), Some(date!(2026 - 04 - 05)));
        let geneva = Some("Geneva");
        // Ascension 2013: 9 May; Jeûne genevois 2013: Thursday 5 September.
        assert_eq!(
            holiday_on(geneva, date!(2013 - 05 - 09)).map(|h| h.name.as_str()),
            Some("Ascension Day")
        );
        assert!(holiday_on(geneva, date!(2013 - 09 - 05)).is_some());
        assert!(holiday_on(geneva, date!(2013 - 09 - 12)).is_none());
        assert!(
            !is_working_day(geneva, date!(2013 - 04 - 01)),
            "Easter Monday"
        );
        assert!(is_working_day(geneva, date!(2013 - 04 - 02)));
        assert!(
            is_working_day(Some("Oslo"), date!(2013 - 05 - 09)),
            "no rows: weekdays only"
        );
        assert!(!is_working_day(None, date!(2013 - 05 - 11)), "a Saturday");
    }
}
