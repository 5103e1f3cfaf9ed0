//! Meetings as the architecture needs them: their kind, their UN-style label (2MSP, 1RC), and their
//! dates, and the sequence of formal meetings that counts cycles. Terms of office are measured in
//! these cycles (DESIGN.md, "Terms of office, precisely").
//!
//! When a meeting in the sequence has no date yet, the date is *expected*: computed from the
//! nearest earlier dated meeting plus one year per cycle. This module never guesses anything else
//! and never reads a clock.

use serde::{Deserialize, Serialize};
use time::Date;

/// The kinds of meeting a convention holds (DESIGN.md domain words).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum MeetingKind {
    Msp,
    ReviewConference,
    ExtraordinaryMsp,
    Intersessional,
    CoordinationCommittee,
    WorkingGroup,
}

impl MeetingKind {
    pub const ALL: [MeetingKind; 6] = [
        MeetingKind::Msp,
        MeetingKind::ReviewConference,
        MeetingKind::ExtraordinaryMsp,
        MeetingKind::Intersessional,
        MeetingKind::CoordinationCommittee,
        MeetingKind::WorkingGroup,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            MeetingKind::Msp => "msp",
            MeetingKind::ReviewConference => "review-conference",
            MeetingKind::ExtraordinaryMsp => "extraordinary-msp",
            MeetingKind::Intersessional => "intersessional",
            MeetingKind::CoordinationCommittee => "coordination-committee",
            MeetingKind::WorkingGroup => "working-group",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        MeetingKind::ALL.into_iter().find(|k| k.slug() == slug)
    }

    /// Formal meetings of States Parties: they take decisions and select Coordinators (P2.4).
    pub fn is_formal(self) -> bool {
        matches!(
            self,
            MeetingKind::Msp | MeetingKind::ReviewConference | MeetingKind::ExtraordinaryMsp
        )
    }

    /// The annual formal meetings that count cycles. An extraordinary MSP (half a day, ¶18) does
    /// not start a new cycle.
    pub fn counts_cycle(self) -> bool {
        matches!(self, MeetingKind::Msp | MeetingKind::ReviewConference)
    }
}

/// A meeting, as far as terms of office need it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: i64,
    pub kind: MeetingKind,
    /// The UN-style label: 2MSP, 1RC.
    pub label: String,
    pub venue: String,
    pub opens_on: Option<Date>,
    pub closes_on: Option<Date>,
}

/// A date that is either on record or computed from the annual cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(tag = "kind", content = "date", rename_all = "kebab-case")]
pub enum CycleDate {
    Known(Date),
    Expected(Date),
}

impl CycleDate {
    pub fn date(self) -> Date {
        match self {
            CycleDate::Known(d) | CycleDate::Expected(d) => d,
        }
    }

    pub fn is_expected(self) -> bool {
        matches!(self, CycleDate::Expected(_))
    }
}

/// Which date of a meeting a term boundary uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    Opening,
    Closing,
}

impl Edge {
    fn of(self, m: &Meeting) -> Option<Date> {
        match self {
            Edge::Opening => m.opens_on,
            Edge::Closing => m.closes_on,
        }
    }
}

/// The sequence of cycle-counting meetings of one convention, in order.
#[derive(Clone, Debug, Default)]
pub struct Cycles<'a> {
    meetings: Vec<&'a Meeting>,
}

impl<'a> Cycles<'a> {
    /// Orders the MSPs and Review Conferences among `meetings` by date; undated (planned) ones
    /// come last, in the order of their ids.
    pub fn new(meetings: &'a [Meeting]) -> Self {
        let mut list: Vec<&Meeting> = meetings.iter().filter(|m| m.kind.counts_cycle()).collect();
        list.sort_by_key(|m| (m.opens_on.or(m.closes_on).unwrap_or(Date::MAX), m.id));
        Cycles { meetings: list }
    }

    pub fn meetings(&self) -> &[&'a Meeting] {
        &self.meetings
    }

    /// The position of `meeting` in the cycle: its own index for an MSP or Review Conference, and
    /// for another formal meeting (an extraordinary MSP) the index of the last cycle meeting that
    /// opened on or before it.
    fn position(&self, meeting: &Meeting) -> Option<usize> {
        if let Some(i) = self.meetings.iter().position(|m| m.id == meeting.id) {
            return Some(i);
        }
        let day = meeting.opens_on.or(meeting.closes_on)?;
        self.meetings
            .iter()
            .rposition(|m| m.opens_on.or(m.closes_on).is_some_and(|d| d <= day))
    }

    /// The cycle meeting `k` cycles after `meeting` (k = 0 is `meeting` itself when it counts).
    pub fn after(&self, meeting: &Meeting, k: usize) -> Option<&'a Meeting> {
        self.meetings.get(self.position(meeting)? + k).copied()
    }

    /// The date (`edge`) of the cycle meeting `k` cycles after `meeting`: on record when that
    /// meeting is recorded with that date, otherwise expected from the nearest earlier dated
    /// cycle meeting, one year per cycle. `None` when no earlier meeting has that date at all.
    pub fn date_after(&self, meeting: &Meeting, k: usize, edge: Edge) -> Option<CycleDate> {
        let target = self.position(meeting)? + k;
        if let Some(d) = self.meetings.get(target).and_then(|m| edge.of(m)) {
            return Some(CycleDate::Known(d));
        }
        let upto = target.min(self.meetings.len().saturating_sub(1));
        let (anchor, date) = (0..=upto).rev().find_map(|i| {
            self.meetings
                .get(i)
                .and_then(|m| edge.of(m))
                .map(|d| (i, d))
        })?;
        let years = i32::try_from(target - anchor).ok()?;
        Some(CycleDate::Expected(add_years(date, years)))
    }
}

/// The same day `years` later (29 February becomes 28 February).
pub fn add_years(date: Date, years: i32) -> Date {
    crate::calendar::add_months(date, u32::try_from(years.max(0) * 12).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn m(id: i64, kind: MeetingKind, opens: Option<Date>, closes: Option<Date>) -> Meeting {
        Meeting {
            id,
            kind,
            label: format!("M{id}"),
            venue: String::new(),
            opens_on: opens,
            closes_on: closes,
        }
    }

    #[test]
    fn cycles_count_msps_and_review_conferences_only() {
        let list = vec![
            m(
                1,
                MeetingKind::Msp,
                Some(date!(2011 - 09 - 13)),
                Some(date!(2011 - 09 - 16)),
            ),
            m(
                2,
                MeetingKind::Intersessional,
                Some(date!(2012 - 04 - 16)),
                None,
            ),
            m(
                3,
                MeetingKind::Msp,
                Some(date!(2012 - 09 - 11)),
                Some(date!(2012 - 09 - 14)),
            ),
            m(4, MeetingKind::ReviewConference, None, None),
        ];
        let cycles = Cycles::new(&list);
        assert_eq!(cycles.meetings().len(), 3);
        assert_eq!(
            cycles.date_after(&list[0], 1, Edge::Closing),
            Some(CycleDate::Known(date!(2012 - 09 - 14)))
        );
        // The Review Conference has no dates yet: expected a year after the 3rd meeting.
        assert_eq!(
            cycles.date_after(&list[0], 2, Edge::Closing),
            Some(CycleDate::Expected(date!(2013 - 09 - 14)))
        );
        // Beyond every recorded meeting: one more year per cycle.
        assert_eq!(
            cycles.date_after(&list[2], 3, Edge::Opening),
            Some(CycleDate::Expected(date!(2015 - 09 - 11)))
        );
    }

    #[test]
    fn an_extraordinary_msp_sits_inside_the_current_cycle() {
        let list = vec![
            m(
                1,
                MeetingKind::Msp,
                Some(date!(2011 - 09 - 13)),
                Some(date!(2011 - 09 - 16)),
            ),
            m(
                2,
                MeetingKind::ExtraordinaryMsp,
                Some(date!(2012 - 02 - 01)),
                Some(date!(2012 - 02 - 01)),
            ),
            m(
                3,
                MeetingKind::Msp,
                Some(date!(2012 - 09 - 11)),
                Some(date!(2012 - 09 - 14)),
            ),
        ];
        let cycles = Cycles::new(&list);
        assert_eq!(cycles.after(&list[1], 1).map(|m| m.id), Some(3));
    }
}

/// Where a meeting stands in its life.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MeetingStatus {
    #[default]
    Planned,
    Convened,
    Held,
    Closed,
}

impl MeetingStatus {
    pub const ALL: [MeetingStatus; 4] = [
        MeetingStatus::Planned,
        MeetingStatus::Convened,
        MeetingStatus::Held,
        MeetingStatus::Closed,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            MeetingStatus::Planned => "planned",
            MeetingStatus::Convened => "convened",
            MeetingStatus::Held => "held",
            MeetingStatus::Closed => "closed",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        MeetingStatus::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// How much of each day a meeting sits: whole days, or half a day (¶18).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sitting {
    #[default]
    Days,
    Morning,
    Afternoon,
}

impl Sitting {
    pub const ALL: [Sitting; 3] = [Sitting::Days, Sitting::Morning, Sitting::Afternoon];

    pub fn slug(self) -> &'static str {
        match self {
            Sitting::Days => "days",
            Sitting::Morning => "morning",
            Sitting::Afternoon => "afternoon",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Sitting::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn is_half_day(self) -> bool {
        !matches!(self, Sitting::Days)
    }
}

/// What the record keeps about a meeting beyond what terms of office need.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Details {
    pub status: MeetingStatus,
    pub sitting: Sitting,
    /// The actor code of the presiding officer's State, when recorded.
    pub presiding: Option<String>,
}
