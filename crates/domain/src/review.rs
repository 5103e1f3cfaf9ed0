//! Reviews at a Review Conference (P1.1, P2.8, P3.1, P4.3; SPEC "Reviews"): the paper puts the
//! intersessional programme, the Working Groups, the Coordination Committee and the ISU under
//! review at the First Review Conference. A review item names its subject, the background
//! documents, the outcome and its effect; the check says which subjects the First Review
//! Conference has no item for. This module must never do I/O.

use serde::{Deserialize, Serialize};

/// What is reviewed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Subject {
    IntersessionalProgramme,
    WorkingGroups,
    CoordinationCommittee,
    Isu,
}

impl Subject {
    /// The four the paper puts under review, in its order.
    pub const ALL: [Subject; 4] = [
        Subject::IntersessionalProgramme,
        Subject::WorkingGroups,
        Subject::CoordinationCommittee,
        Subject::Isu,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Subject::IntersessionalProgramme => "intersessional-programme",
            Subject::WorkingGroups => "working-groups",
            Subject::CoordinationCommittee => "coordination-committee",
            Subject::Isu => "isu",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Subject> {
        Subject::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The paper's clause that puts it under review.
    pub fn clause(self) -> &'static str {
        match self {
            Subject::IntersessionalProgramme => "P1.1",
            Subject::WorkingGroups => "P2.8",
            Subject::CoordinationCommittee => "P3.1",
            Subject::Isu => "P4.3",
        }
    }
}

/// The subjects a Review Conference has no review item for (all are expected of the First).
pub fn missing(reviewed: &[Subject]) -> Vec<Subject> {
    Subject::ALL
        .into_iter()
        .filter(|s| !reviewed.contains(s))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reviews_the_first_review_conference_lacking_a_subject_is_named() {
        assert_eq!(missing(&Subject::ALL), Vec::<Subject>::new());
        assert_eq!(
            missing(&[Subject::IntersessionalProgramme, Subject::Isu]),
            vec![Subject::WorkingGroups, Subject::CoordinationCommittee]
        );
        assert_eq!(missing(&[]).len(), 4);
    }

    #[test]
    fn reviews_subjects_round_trip_and_cite_their_clause() {
        for s in Subject::ALL {
            assert_eq!(Subject::from_slug(s.slug()), Some(s));
        }
        assert_eq!(Subject::from_slug("budget"), None);
        assert_eq!(Subject::WorkingGroups.clause(), "P2.8");
    }
}
