//! Calendar arithmetic as the treaty texts use it ("six months after", "the first day of the
//! sixth month after the month in which ..."). Pure functions on `time::Date`; never reads a clock.

use time::{Date, Month};

/// The date `months` calendar months after `date`, on the same day of the month, or on the last
/// day of the target month when that month is shorter (31 Aug + 6 months = 28/29 Feb).
pub fn add_months(date: Date, months: u32) -> Date {
    let total = date.year() * 12 + (date.month() as i32 - 1) + months as i32;
    let year = total.div_euclid(12);
    let month = month_from_index(total.rem_euclid(12));
    let last = month.length(year);
    let day = date.day().min(last);
    // Every component is in range by construction; fall back to the input rather than panic.
    Date::from_calendar_date(year, month, day).unwrap_or(date)
}

/// The date `months` calendar months before `date`, clamped to the month's last day like
/// `add_months` ("at least nine months before the meeting").
pub fn sub_months(date: Date, months: u32) -> Date {
    let total = date.year() * 12 + (date.month() as i32 - 1) - months as i32;
    let year = total.div_euclid(12);
    let month = month_from_index(total.rem_euclid(12));
    let day = date.day().min(month.length(year));
    Date::from_calendar_date(year, month, day).unwrap_or(date)
}

/// The first day of the `n`-th month after the month of `date` (CCM Art. 17, APLC Art. 17).
pub fn first_day_of_nth_month_after(date: Date, n: u32) -> Date {
    let total = date.year() * 12 + (date.month() as i32 - 1) + n as i32;
    let year = total.div_euclid(12);
    let month = month_from_index(total.rem_euclid(12));
    Date::from_calendar_date(year, month, 1).unwrap_or(date)
}

fn month_from_index(index: i32) -> Month {
    match index {
        0 => Month::January,
        1 => Month::February,
        2 => Month::March,
        3 => Month::April,
        4 => Month::May,
        5 => Month::June,
        6 => Month::July,
        7 => Month::August,
        8 => Month::September,
        9 => Month::October,
        10 => Month::November,
        _ => Month::December,
    }
}

/// Parses an ISO 8601 calendar date (`YYYY-MM-DD`), the only date format TreatyDesk accepts at
/// its edges.
pub fn parse_date(text: &str) -> Option<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(text.trim(), format).ok()
}

/// Formats a date as `YYYY-MM-DD`.
pub fn format_date(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        date.month() as u8,
        date.day()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn add_months_clamps_to_month_end() {
        assert_eq!(add_months(date!(2024 - 08 - 31), 6), date!(2025 - 02 - 28));
        assert_eq!(add_months(date!(2023 - 08 - 31), 6), date!(2024 - 02 - 29));
        assert_eq!(add_months(date!(2024 - 09 - 06), 6), date!(2025 - 03 - 06));
    }

    #[test]
    fn first_day_rolls_the_year_over() {
        assert_eq!(
            first_day_of_nth_month_after(date!(2023 - 08 - 03), 6),
            date!(2024 - 02 - 01)
        );
        assert_eq!(
            first_day_of_nth_month_after(date!(2025 - 12 - 31), 1),
            date!(2026 - 01 - 01)
        );
    }

    #[test]
    fn dates_parse_and_format_round_trip() {
        assert_eq!(parse_date("2010-08-01"), Some(date!(2010 - 08 - 01)));
        assert_eq!(parse_date("2010-02-30"), None);
        assert_eq!(parse_date("1 Aug 2010"), None);
        assert_eq!(format_date(date!(2010 - 08 - 01)), "2010-08-01");
    }
}
