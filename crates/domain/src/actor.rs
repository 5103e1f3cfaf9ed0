//! Actors: the States and organizations that take part in a convention's work. A State carries
//! its ISO 3166-1 codes and UN regional group; an organization (ICRC, UN, CMC, GICHD, UNDP, ...)
//! its short code.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    State,
    Organization,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::State => "state",
            ActorKind::Organization => "organization",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "state" => Some(Self::State),
            "organization" => Some(Self::Organization),
            _ => None,
        }
    }
}

/// A State's standing at the United Nations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UnStatus {
    Member,
    Observer,
    /// A State outside the UN that joins treaties (the Cook Islands, Niue).
    #[serde(rename = "non-member")]
    NonMember,
}

impl UnStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            UnStatus::Member => "member",
            UnStatus::Observer => "observer",
            UnStatus::NonMember => "non-member",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "member" => Some(Self::Member),
            "observer" => Some(Self::Observer),
            "non-member" => Some(Self::NonMember),
            _ => None,
        }
    }
}

/// The five UN regional groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnGroup {
    African,
    AsiaPacific,
    EasternEuropean,
    LatinAmericanAndCaribbean,
    WesternEuropeanAndOthers,
}

impl UnGroup {
    pub const ALL: [UnGroup; 5] = [
        UnGroup::African,
        UnGroup::AsiaPacific,
        UnGroup::EasternEuropean,
        UnGroup::LatinAmericanAndCaribbean,
        UnGroup::WesternEuropeanAndOthers,
    ];

    /// The stable slug used in URLs, the API and the database.
    pub fn slug(self) -> &'static str {
        match self {
            UnGroup::African => "african",
            UnGroup::AsiaPacific => "asia-pacific",
            UnGroup::EasternEuropean => "eastern-european",
            UnGroup::LatinAmericanAndCaribbean => "latin-american-and-caribbean",
            UnGroup::WesternEuropeanAndOthers => "western-european-and-others",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        UnGroup::ALL.into_iter().find(|g| g.slug() == slug)
    }

    /// Parses the English name as the registry file writes it ("Asia-Pacific").
    pub fn from_english(name: &str) -> Option<Self> {
        match name {
            "African" => Some(Self::African),
            "Asia-Pacific" => Some(Self::AsiaPacific),
            "Eastern European" => Some(Self::EasternEuropean),
            "Latin American and Caribbean" => Some(Self::LatinAmericanAndCaribbean),
            "Western European and Others" => Some(Self::WesternEuropeanAndOthers),
            _ => None,
        }
    }
}

/// Is `code` shaped like an ISO 3166-1 alpha-3 code?
pub fn is_alpha3(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_round_trip() {
        for g in UnGroup::ALL {
            assert_eq!(UnGroup::from_slug(g.slug()), Some(g));
        }
        assert_eq!(
            UnGroup::from_english("Asia-Pacific"),
            Some(UnGroup::AsiaPacific)
        );
        assert!(is_alpha3("NGA"));
        assert!(!is_alpha3("ng"));
    }
}
