//! The records of P4.4: documents (their kinds and the six UN languages of their versions),
//! follow-up actions (owners and statuses). Pure names and checks; storage and files live in
//! the store.

use serde::{Deserialize, Serialize};
use time::Date;

/// What a document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    Agenda,
    Programme,
    WorkingPaper,
    Report,
    Decision,
    Statement,
    Minutes,
    NoteVerbale,
    Other,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 9] = [
        DocumentKind::Agenda,
        DocumentKind::Programme,
        DocumentKind::WorkingPaper,
        DocumentKind::Report,
        DocumentKind::Decision,
        DocumentKind::Statement,
        DocumentKind::Minutes,
        DocumentKind::NoteVerbale,
        DocumentKind::Other,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            DocumentKind::Agenda => "agenda",
            DocumentKind::Programme => "programme",
            DocumentKind::WorkingPaper => "working-paper",
            DocumentKind::Report => "report",
            DocumentKind::Decision => "decision",
            DocumentKind::Statement => "statement",
            DocumentKind::Minutes => "minutes",
            DocumentKind::NoteVerbale => "note-verbale",
            DocumentKind::Other => "other",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        DocumentKind::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

/// The six official languages of the United Nations, in which documents are issued.
pub const UN_LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

pub fn is_un_language(code: &str) -> bool {
    UN_LANGUAGES.contains(&code)
}

/// Who owns a follow-up action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OwnerKind {
    /// The Implementation Support Unit.
    Isu,
    /// The holder of a Coordinator seat (the owner is the seat key).
    Coordinator,
    /// A State (the owner is its actor code).
    State,
}

impl OwnerKind {
    pub const ALL: [OwnerKind; 3] = [OwnerKind::Isu, OwnerKind::Coordinator, OwnerKind::State];

    pub fn slug(self) -> &'static str {
        match self {
            OwnerKind::Isu => "isu",
            OwnerKind::Coordinator => "coordinator",
            OwnerKind::State => "state",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        OwnerKind::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

/// Where an action stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    Open,
    Done,
    Cancelled,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] = [
        ActionStatus::Open,
        ActionStatus::Done,
        ActionStatus::Cancelled,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::Done => "done",
            ActionStatus::Cancelled => "cancelled",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        ActionStatus::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

/// P4.4(a): an open action whose due date has passed is overdue.
pub fn is_overdue(status: ActionStatus, due_on: Option<Date>, today: Date) -> bool {
    status == ActionStatus::Open && due_on.is_some_and(|d| d < today)
}

/// P4.4(a): the open actions due before a meeting opens are on its preparation list.
pub fn due_before(status: ActionStatus, due_on: Option<Date>, opens_on: Date) -> bool {
    status == ActionStatus::Open && due_on.is_some_and(|d| d <= opens_on)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn p4_4a_open_action_past_due_is_overdue_done_or_undated_is_not() {
        let today = date!(2013 - 03 - 01);
        assert!(is_overdue(
            ActionStatus::Open,
            Some(date!(2013 - 02 - 28)),
            today
        ));
        assert!(!is_overdue(ActionStatus::Open, Some(today), today));
        assert!(!is_overdue(
            ActionStatus::Done,
            Some(date!(2013 - 02 - 28)),
            today
        ));
        assert!(!is_overdue(ActionStatus::Open, None, today));
    }

    #[test]
    fn p4_4a_actions_due_by_the_opening_day_are_on_the_preparation_list() {
        let opens = date!(2013 - 04 - 15);
        assert!(due_before(ActionStatus::Open, Some(opens), opens));
        assert!(!due_before(
            ActionStatus::Open,
            Some(date!(2013 - 04 - 16)),
            opens
        ));
        assert!(!due_before(ActionStatus::Cancelled, Some(opens), opens));
    }

    #[test]
    fn slugs_round_trip() {
        for k in DocumentKind::ALL {
            assert_eq!(DocumentKind::from_slug(k.slug()), Some(k));
        }
        assert!(is_un_language("zh") && !is_un_language("de"));
    }
}
