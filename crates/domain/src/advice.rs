//! Requests for advice from a State Party to the ISU (P4.4(c)): the themes a request concerns,
//! where a request stands, and who may read one. A request is confidential by default: "the
//! requesting State" is its own reader level, decided per request here (the State's focal
//! points and the ISU; every States Parties reader too once the State shares the exchange),
//! not a step of the global [`AccessLevel`] order, since it names one State and not a rank.
//! This module decides; it never looks anything up.

use crate::access::{AccessLevel, Role, Viewer};

/// The article or theme a request concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Theme {
    NationalImplementation,
    Art3Stockpiles,
    Art4Clearance,
    Art5VictimAssistance,
    Art7Reporting,
    Universalization,
}

impl Theme {
    pub const ALL: [Theme; 6] = [
        Theme::NationalImplementation,
        Theme::Art3Stockpiles,
        Theme::Art4Clearance,
        Theme::Art5VictimAssistance,
        Theme::Art7Reporting,
        Theme::Universalization,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Theme::NationalImplementation => "national-implementation",
            Theme::Art3Stockpiles => "art3-stockpiles",
            Theme::Art4Clearance => "art4-clearance",
            Theme::Art5VictimAssistance => "art5-victim-assistance",
            Theme::Art7Reporting => "art7-reporting",
            Theme::Universalization => "universalization",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.slug() == slug)
    }
}

/// Where a request stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Waiting for the ISU: new, or the State replied after an answer.
    Open,
    /// The ISU answered last.
    Answered,
    /// The ISU closed it.
    Closed,
}

impl Status {
    pub fn slug(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Answered => "answered",
            Status::Closed => "closed",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Status> {
        [Status::Open, Status::Answered, Status::Closed]
            .into_iter()
            .find(|s| s.slug() == slug)
    }
}

/// The States (ISO alpha-3) a reader is a focal point of in `convention`.
pub fn focal_point_states(viewer: &Viewer, convention: &str) -> Vec<String> {
    let mut states: Vec<String> = viewer
        .grants
        .iter()
        .filter(|g| g.role == Role::FocalPoint && g.convention.as_deref() == Some(convention))
        .filter_map(|g| g.actor.clone())
        .collect();
    states.sort();
    states.dedup();
    states
}

/// May the reader read a request of `state` in `convention`: the ISU (and administrators),
/// the focal points of that State, and, when the State shared the exchange, every reader of
/// the States Parties level and above. Nobody else, whatever their rank.
pub fn may_read(viewer: &Viewer, convention: &str, state: &str, shared: bool) -> bool {
    viewer.can_read(convention, AccessLevel::Isu)
        || focal_point_states(viewer, convention)
            .iter()
            .any(|s| s == state)
        || (shared && viewer.can_read(convention, AccessLevel::StatesParties))
}

/// May the reader write in the exchange for the State (ask, reply, share): the State's own
/// focal points only; the ISU answers, which [`may_answer`] says.
pub fn may_write_for_state(viewer: &Viewer, convention: &str, state: &str) -> bool {
    focal_point_states(viewer, convention)
        .iter()
        .any(|s| s == state)
}

/// May the reader answer, assign and close: ISU staff (and administrators).
pub fn may_answer(viewer: &Viewer, convention: &str) -> bool {
    viewer.can_read(convention, AccessLevel::Isu)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::Grant;

    fn viewer(role: Role, actor: Option<&str>) -> Viewer {
        Viewer {
            user_id: Some(1),
            username: Some("x".into()),
            grants: vec![Grant {
                role,
                convention: (role != Role::Admin).then(|| "ccm".to_string()),
                actor: actor.map(Into::into),
            }],
        }
    }

    #[test]
    fn p4_4c_only_the_requesting_state_and_the_isu_read_a_confidential_request() {
        assert!(may_read(&viewer(Role::IsuStaff, None), "ccm", "NGA", false));
        assert!(may_read(&viewer(Role::Admin, None), "ccm", "NGA", false));
        assert!(may_read(
            &viewer(Role::FocalPoint, Some("NGA")),
            "ccm",
            "NGA",
            false
        ));
        assert!(!may_read(
            &viewer(Role::FocalPoint, Some("DEU")),
            "ccm",
            "NGA",
            false
        ));
        assert!(!may_read(
            &viewer(Role::Coordinator, Some("DEU")),
            "ccm",
            "NGA",
            false
        ));
        assert!(!may_read(
            &viewer(Role::President, Some("PHL")),
            "ccm",
            "NGA",
            false
        ));
        assert!(!may_read(
            &viewer(Role::Observer, None),
            "ccm",
            "NGA",
            false
        ));
        assert!(!may_read(&Viewer::anonymous(), "ccm", "NGA", false));
        // A focal point of the State in another convention is not one here.
        assert!(!may_read(
            &viewer(Role::FocalPoint, Some("NGA")),
            "aplc",
            "NGA",
            false
        ));
    }

    #[test]
    fn p4_4c_a_shared_exchange_is_read_by_states_parties_and_not_the_public() {
        assert!(may_read(
            &viewer(Role::FocalPoint, Some("DEU")),
            "ccm",
            "NGA",
            true
        ));
        assert!(may_read(
            &viewer(Role::Coordinator, Some("DEU")),
            "ccm",
            "NGA",
            true
        ));
        assert!(!may_read(&viewer(Role::Observer, None), "ccm", "NGA", true));
        assert!(!may_read(&Viewer::anonymous(), "ccm", "NGA", true));
        assert!(!may_write_for_state(
            &viewer(Role::FocalPoint, Some("DEU")),
            "ccm",
            "NGA"
        ));
        assert!(may_write_for_state(
            &viewer(Role::FocalPoint, Some("NGA")),
            "ccm",
            "NGA"
        ));
        assert!(!may_write_for_state(
            &viewer(Role::IsuStaff, None),
            "ccm",
            "NGA"
        ));
    }

    #[test]
    fn p4_4c_themes_and_statuses_round_trip() {
        for t in Theme::ALL {
            assert_eq!(Theme::from_slug(t.slug()), Some(t));
        }
        assert_eq!(Theme::from_slug("art6"), None);
        assert_eq!(Status::from_slug("answered"), Some(Status::Answered));
        assert_eq!(Status::from_slug("x"), None);
    }
}
