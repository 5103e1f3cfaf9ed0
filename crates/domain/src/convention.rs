//! A convention's rules for when it binds a State: entry into force for a State that deposits an
//! instrument (CCM Art. 17), and when a withdrawal takes effect (CCM Art. 20). The rules are data
//! (parameters loaded with the convention), never a hard-coded treaty.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::calendar::{add_months, first_day_of_nth_month_after};

/// How long after a deposit (or after the threshold deposit) a convention enters into force.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum EntryIntoForceDelay {
    /// "the first day of the sixth month after the month in which ... was deposited" (CCM, APLC).
    FirstDayOfNthMonthAfter { months: u32 },
    /// "six months after the date of deposit" (CCW Art. 5).
    MonthsAfter { months: u32 },
    /// "ninety days following the date of deposit" (ATT Art. 22).
    DaysAfter { days: u32 },
}

impl EntryIntoForceDelay {
    fn apply(self, date: Date) -> Date {
        match self {
            Self::FirstDayOfNthMonthAfter { months } => first_day_of_nth_month_after(date, months),
            Self::MonthsAfter { months } => add_months(date, months),
            Self::DaysAfter { days } => date.saturating_add(time::Duration::days(i64::from(days))),
        }
    }
}

/// Entry into force for a State: instruments deposited up to the threshold deposit (the 30th for
/// the CCM) take effect with the convention itself; later ones after the delay from their own
/// deposit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryIntoForceRule {
    /// The date on which the threshold instrument (CCM: the thirtieth) was deposited.
    pub threshold_deposit: Date,
    pub delay: EntryIntoForceDelay,
}

impl EntryIntoForceRule {
    /// The CCM's Art. 17: 30th instrument deposited on 16 Feb 2010; first day of the sixth month.
    pub fn ccm() -> Self {
        Self {
            threshold_deposit: time::macros::date!(2010 - 02 - 16),
            delay: EntryIntoForceDelay::FirstDayOfNthMonthAfter { months: 6 },
        }
    }

    /// The date the convention itself entered into force.
    pub fn convention_entry_into_force(&self) -> Date {
        self.delay.apply(self.threshold_deposit)
    }

    /// The date the convention enters into force for a State depositing on `deposit`.
    pub fn for_deposit(&self, deposit: Date) -> Date {
        self.delay.apply(deposit.max(self.threshold_deposit))
    }
}

/// When a notified withdrawal takes effect (CCM Art. 20: six months after the depositary
/// receives the notice; later when the State is then engaged in armed conflict, which is recorded
/// as an explicit effective date rather than computed).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WithdrawalRule {
    pub months_after_notice: u32,
}

impl WithdrawalRule {
    pub fn ccm() -> Self {
        Self {
            months_after_notice: 6,
        }
    }

    pub fn effective_on(&self, notice: Date) -> Date {
        add_months(notice, self.months_after_notice)
    }

    /// The latest date by which notice must have been received for a withdrawal effective on
    /// `effective` (the State was certainly a party from then until `effective`).
    pub fn latest_notice_for(&self, effective: Date) -> Date {
        let span = time::Duration::days(i64::from(self.months_after_notice) * 31 + 3);
        let mut day = effective.saturating_sub(span);
        let mut latest = day;
        while day < effective {
            if self.effective_on(day) <= effective {
                latest = day;
            }
            match day.next_day() {
                Some(next) => day = next,
                None => break,
            }
        }
        latest
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn art17_convention_entry_into_force_is_1_august_2010() {
        assert_eq!(
            EntryIntoForceRule::ccm().convention_entry_into_force(),
            date!(2010 - 08 - 01)
        );
    }

    #[test]
    fn art17_other_delays() {
        let ccw = EntryIntoForceRule {
            threshold_deposit: date!(1983 - 06 - 02),
            delay: EntryIntoForceDelay::MonthsAfter { months: 6 },
        };
        assert_eq!(ccw.convention_entry_into_force(), date!(1983 - 12 - 02));
        let att = EntryIntoForceRule {
            threshold_deposit: date!(2014 - 09 - 25),
            delay: EntryIntoForceDelay::DaysAfter { days: 90 },
        };
        assert_eq!(att.convention_entry_into_force(), date!(2014 - 12 - 24));
    }

    #[test]
    fn art20_latest_notice_is_six_months_before() {
        let rule = WithdrawalRule::ccm();
        assert_eq!(
            rule.effective_on(date!(2024 - 09 - 06)),
            date!(2025 - 03 - 06)
        );
        assert_eq!(
            rule.latest_notice_for(date!(2025 - 03 - 06)),
            date!(2024 - 09 - 06)
        );
    }
}
