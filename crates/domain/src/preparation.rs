//! Meeting preparation (P4.4(a)): the checklist template a convention's preset gives each kind
//! of meeting (convening letter, provisional agenda, registration, documents in all languages,
//! list of participants, report adopted), each item due a number of days before the meeting
//! opens or after it closes, and how an item stands on a date. This module must never do I/O.

use serde::{Deserialize, Serialize};
use time::{Date, Duration};

use crate::lang::Names;
use crate::meeting::MeetingKind;

/// Which of the meeting's dates an item's lead time counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Anchor {
    Opens,
    Closes,
}

/// One item of the template.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateItem {
    /// Stable key (`provisional-agenda`).
    pub key: String,
    /// The kinds of meeting that need it.
    pub kinds: Vec<MeetingKind>,
    pub from: Anchor,
    /// Days after the anchor (negative: before it).
    pub days: i64,
    pub name: Names,
    /// Where the lead time comes from (a practice, not a treaty rule, is marked [U]).
    pub source: String,
}

impl TemplateItem {
    /// The item's due date for a meeting with these dates (none while the anchor is unknown).
    pub fn due_on(&self, opens: Option<Date>, closes: Option<Date>) -> Option<Date> {
        let anchor = match self.from {
            Anchor::Opens => opens,
            Anchor::Closes => closes.or(opens),
        }?;
        anchor.checked_add(Duration::days(self.days))
    }

    pub fn applies_to(&self, kind: MeetingKind) -> bool {
        self.kinds.contains(&kind)
    }
}

/// How an item stands on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemStatus {
    Done,
    /// Past its due date and not done.
    Overdue,
    /// Not done, due later (or no due date yet).
    Open,
}

impl ItemStatus {
    pub fn of(due: Option<Date>, done: bool, today: Date) -> ItemStatus {
        if done {
            ItemStatus::Done
        } else if due.is_some_and(|d| d < today) {
            ItemStatus::Overdue
        } else {
            ItemStatus::Open
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            ItemStatus::Done => "done",
            ItemStatus::Overdue => "overdue",
            ItemStatus::Open => "open",
        }
    }
}

/// What is wrong with a template: duplicate or empty keys, items for no kind of meeting.
pub fn problems(items: &[TemplateItem]) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for i in items {
        if i.key.trim().is_empty() {
            out.push("a preparation item has no key".to_string());
        } else if !seen.insert(i.key.as_str()) {
            out.push(format!("the preparation item \"{}\" is given twice", i.key));
        }
        if i.kinds.is_empty() {
            out.push(format!(
                "the preparation item \"{}\" names no kind of meeting",
                i.key
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn item(from: Anchor, days: i64) -> TemplateItem {
        TemplateItem {
            key: "k".into(),
            kinds: vec![MeetingKind::Msp],
            from,
            days,
            name: Names {
                en: "x".into(),
                fr: "x".into(),
                es: "x".into(),
                ar: "x".into(),
            },
            source: "[U]".into(),
        }
    }

    #[test]
    fn p4_4a_due_dates_count_from_the_meetings_dates() {
        let opens = Some(date!(2025 - 09 - 16));
        let closes = Some(date!(2025 - 09 - 19));
        assert_eq!(
            item(Anchor::Opens, -70).due_on(opens, closes),
            Some(date!(2025 - 07 - 08))
        );
        assert_eq!(
            item(Anchor::Closes, 0).due_on(opens, closes),
            Some(date!(2025 - 09 - 19))
        );
        // A one-day meeting without a closing date closes the day it opens.
        assert_eq!(
            item(Anchor::Closes, 30).due_on(opens, None),
            Some(date!(2025 - 10 - 16))
        );
        assert_eq!(item(Anchor::Opens, -70).due_on(None, closes), None);
    }

    #[test]
    fn p4_4a_an_item_past_due_and_not_done_is_overdue() {
        let today = date!(2025 - 08 - 01);
        let due = Some(date!(2025 - 07 - 08));
        assert_eq!(ItemStatus::of(due, false, today), ItemStatus::Overdue);
        assert_eq!(ItemStatus::of(due, true, today), ItemStatus::Done);
        assert_eq!(
            ItemStatus::of(Some(date!(2025 - 08 - 01)), false, today),
            ItemStatus::Open
        );
        assert_eq!(ItemStatus::of(None, false, today), ItemStatus::Open);
    }

    #[test]
    fn p4_4a_template_problems() {
        let mut a = item(Anchor::Opens, -1);
        let b = a.clone();
        assert_eq!(problems(&[a.clone()]), Vec::<String>::new());
        assert_eq!(problems(&[a.clone(), b]).len(), 1);
        a.kinds.clear();
        assert_eq!(problems(&[a]).len(), 1);
    }
}
