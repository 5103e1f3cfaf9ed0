//! A State's profile under a convention, over time: affected by cluster munition remnants
//! (Art. 4), holding stockpiles (Art. 3), with victim-assistance responsibilities (Art. 5).
//! Each entry holds for a period, open at either end, and cites its source.

use serde::{Deserialize, Serialize};
use time::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProfileKind {
    Affected,
    StockpileHolder,
    VictimAssistance,
    /// Keeps cluster munitions for training or development (CCM Art. 3.6), reported yearly
    /// under Art. 3.8.
    Retention,
}

impl ProfileKind {
    pub const ALL: [ProfileKind; 4] = [
        ProfileKind::Affected,
        ProfileKind::StockpileHolder,
        ProfileKind::VictimAssistance,
        ProfileKind::Retention,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            ProfileKind::Affected => "affected",
            ProfileKind::StockpileHolder => "stockpile-holder",
            ProfileKind::VictimAssistance => "victim-assistance",
            ProfileKind::Retention => "retention",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        ProfileKind::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

/// One fact of a profile: from `from` (inclusive, unknown when `None`) until `until`
/// (exclusive, still holding when `None`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileEntry {
    pub kind: ProfileKind,
    pub from: Option<Date>,
    pub until: Option<Date>,
    pub source: String,
}

impl ProfileEntry {
    /// Does this entry hold on `date`? An entry with an unknown start holds on every date before
    /// its end: the source says the fact held, not since when.
    pub fn holds_on(&self, date: Date) -> bool {
        self.from.is_none_or(|from| from <= date) && self.until.is_none_or(|until| date < until)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn entry_holds_within_its_period() {
        let e = ProfileEntry {
            kind: ProfileKind::Affected,
            from: Some(date!(2011 - 03 - 01)),
            until: Some(date!(2023 - 08 - 01)),
            source: "demo".into(),
        };
        assert!(!e.holds_on(date!(2011 - 02 - 28)));
        assert!(e.holds_on(date!(2011 - 03 - 01)));
        assert!(e.holds_on(date!(2023 - 07 - 31)));
        assert!(!e.holds_on(date!(2023 - 08 - 01)));
    }
}
