//! The Implementation Support Unit as a body (P4.1, ¶19), the workflow of its work plan and
//! budget (P4.4(h)) and the arithmetic of its money (P4.2, ¶17(b)): the mandate tasks a preset
//! declares, the capacities the ISU has had over time, the states of a work plan and who reads
//! each, the conversion of a contribution into the budget currency at the rate recorded with it,
//! and the funding gap of a year.
//!
//! Amounts are exact decimals ([`Decimal`]); this module never uses floating point for money,
//! never fetches a rate and never does I/O.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::AccessLevel;
use crate::finding::{Message, Problem, checked};
use crate::lang::Names;

/// One task of the ISU's mandate, as the convention's preset declares it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MandateTask {
    /// A short key unique in the mandate (`a` ... `i` for the CCM).
    pub key: String,
    /// The clause that gives the task (`P4.4(a)`).
    pub clause: String,
    pub title: Names,
}

/// The `[isu]` section of a preset: what the convention's sources say of its ISU.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IsuPreset {
    /// The currency of the ISU's budget (ISO 4217), when the sources give it.
    #[serde(default)]
    pub budget_currency: Option<String>,
    /// What the sources say and what they leave open.
    #[serde(default)]
    pub note: String,
    /// The mandate's tasks; empty when the sources at hand do not list them.
    #[serde(default)]
    pub mandate: Vec<MandateTask>,
}

impl IsuPreset {
    /// The problems of the section, in sentences (empty when it is sound).
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for t in &self.mandate {
            if t.key.trim().is_empty() || !seen.insert(t.key.as_str()) {
                out.push(format!(
                    "isu.mandate: the key \"{}\" is empty or given twice",
                    t.key
                ));
            }
        }
        if let Some(c) = &self.budget_currency
            && !is_currency(c)
        {
            out.push(format!(
                "isu.budget_currency: \"{c}\" is not a three-letter currency code"
            ));
        }
        out
    }

    pub fn task(&self, key: &str) -> Option<&MandateTask> {
        self.mandate.iter().find(|t| t.key == key)
    }
}

/// Is `code` written as an ISO 4217 code (three capital letters)?
pub fn is_currency(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// The capacity in which a body supported the Convention (¶19).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Capacity {
    /// An interim capacity until the permanent ISU works.
    Interim,
    /// The permanent ISU.
    Permanent,
}

impl Capacity {
    pub const ALL: [Capacity; 2] = [Capacity::Interim, Capacity::Permanent];

    pub fn slug(self) -> &'static str {
        match self {
            Capacity::Interim => "interim",
            Capacity::Permanent => "permanent",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Capacity> {
        Capacity::ALL.into_iter().find(|c| c.slug() == slug)
    }
}

/// Does a period from `starts_on` to `ends_on` (the last day, inclusive; open when `None`)
/// hold on `date`?
pub fn holds_on(starts_on: time::Date, ends_on: Option<time::Date>, date: time::Date) -> bool {
    starts_on <= date && ends_on.is_none_or(|e| date <= e)
}

/// The state of a revision of a work plan and budget (P4.4(h)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WorkPlanStatus {
    /// Drafted by the ISU.
    Draft,
    /// Endorsed by a meeting of the Coordination Committee.
    Endorsed,
    /// Approved by a Meeting of States Parties or a Review Conference.
    Approved,
}

impl WorkPlanStatus {
    pub const ALL: [WorkPlanStatus; 3] = [
        WorkPlanStatus::Draft,
        WorkPlanStatus::Endorsed,
        WorkPlanStatus::Approved,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            WorkPlanStatus::Draft => "draft",
            WorkPlanStatus::Endorsed => "endorsed",
            WorkPlanStatus::Approved => "approved",
        }
    }

    pub fn from_slug(slug: &str) -> Option<WorkPlanStatus> {
        WorkPlanStatus::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The lowest level that reads a revision in this state: a draft the ISU and the
    /// Committee, an endorsed plan the States Parties, an approved plan everyone.
    pub fn readers(self) -> AccessLevel {
        match self {
            WorkPlanStatus::Draft => AccessLevel::Committee,
            WorkPlanStatus::Endorsed => AccessLevel::StatesParties,
            WorkPlanStatus::Approved => AccessLevel::Public,
        }
    }
}

/// May a work plan whose current revision is in `status` be endorsed? Only a draft is.
pub fn check_endorsement(status: WorkPlanStatus) -> Result<(), Problem> {
    match status {
        WorkPlanStatus::Draft => Ok(()),
        WorkPlanStatus::Endorsed => Err(checked(
            Message::new("refuse-isu-endorsed-already"),
            "P4.4(h): the current revision is endorsed already; change it first (it then returns to draft) to endorse again."
                .into(),
        )),
        WorkPlanStatus::Approved => Err(checked(
            Message::new("refuse-isu-approved-not-endorsable"),
            "P4.4(h): the current revision is approved already; a change returns it to draft, which the Committee then endorses."
                .into(),
        )),
    }
}

/// May a work plan whose current revision is in `status` be approved? Only one the
/// Coordination Committee has endorsed (P4.4(h)).
pub fn check_approval(status: WorkPlanStatus) -> Result<(), Problem> {
    match status {
        WorkPlanStatus::Endorsed => Ok(()),
        WorkPlanStatus::Draft => Err(checked(
            Message::new("refuse-isu-approve-draft"),
            "P4.4(h): the work plan and budget go to the Meeting of States Parties or Review Conference for approval only once the Coordination Committee has endorsed them; the current revision is a draft, so record the Committee's endorsement first."
                .into(),
        )),
        WorkPlanStatus::Approved => Err(checked(
            Message::new("refuse-isu-approved-already"),
            "P4.4(h): the current revision is approved already.".into(),
        )),
    }
}

/// Reads an amount of money: digits with at most two decimals after a point, more than zero.
/// Spaces and apostrophes between digits (`1 250.50`, `1'250.50`) are read as nothing.
pub fn parse_amount(text: &str) -> Result<Decimal, Problem> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\'' | '\u{a0}' | '\u{202f}'))
        .collect();
    let ok = !cleaned.is_empty()
        && cleaned.chars().all(|c| c.is_ascii_digit() || c == '.')
        && cleaned.matches('.').count() <= 1;
    let value = ok.then(|| cleaned.parse::<Decimal>().ok()).flatten();
    match value {
        Some(v) if v.scale() <= 2 && v > Decimal::ZERO => Ok(v.normalize().round_dp(2)),
        _ => Err(checked(
            Message::new("refuse-isu-not-an-amount").code("value", text.trim()),
            format!(
                "“{}” is not an amount: write digits with at most two decimals after a point (1250.50), more than zero.",
                text.trim()
            ),
        )),
    }
}

/// Reads an exchange rate: how many units of the budget currency one unit of the contribution's
/// currency is worth, more than zero, at most eight decimals.
pub fn parse_rate(text: &str) -> Result<Decimal, Problem> {
    let cleaned = text.trim();
    let ok = !cleaned.is_empty()
        && cleaned.chars().all(|c| c.is_ascii_digit() || c == '.')
        && cleaned.matches('.').count() <= 1;
    match ok.then(|| cleaned.parse::<Decimal>().ok()).flatten() {
        Some(v) if v.scale() <= 8 && v > Decimal::ZERO => Ok(v.normalize()),
        _ => Err(checked(
            Message::new("refuse-isu-not-a-rate").code("value", cleaned),
            format!(
                "“{cleaned}” is not a rate: write how many units of the budget currency one unit is worth (0.9412), more than zero, at most eight decimals."
            ),
        )),
    }
}

/// `amount` in the budget currency at `rate`, rounded to the hundredth (half away from zero).
pub fn convert(amount: Decimal, rate: Decimal) -> Decimal {
    (amount * rate).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// An amount in hundredths (for display), saturating where it could not be.
pub fn hundredths(amount: Decimal) -> i64 {
    use rust_decimal::prelude::ToPrimitive;
    (amount * Decimal::ONE_HUNDRED)
        .round()
        .to_i64()
        .unwrap_or(i64::MAX)
}

/// One contribution as the gap sees it: its amount in the budget currency, and whether it was
/// received.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counted {
    pub in_budget_currency: Decimal,
    pub received: bool,
}

/// A year's funding: the approved budget, what was pledged (received or not) and received, and
/// the gaps. Without an approved budget there is no gap to compute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct YearFunding {
    pub year: i32,
    pub budget: Option<Decimal>,
    pub pledged: Decimal,
    pub received: Decimal,
    /// Approved budget − received.
    pub gap_received: Option<Decimal>,
    /// Approved budget − pledged.
    pub gap_pledged: Option<Decimal>,
}

/// The funding of `year` against `budget` (the approved budget, when there is one).
pub fn funding(year: i32, budget: Option<Decimal>, contributions: &[Counted]) -> YearFunding {
    let pledged: Decimal = contributions.iter().map(|c| c.in_budget_currency).sum();
    let received: Decimal = contributions
        .iter()
        .filter(|c| c.received)
        .map(|c| c.in_budget_currency)
        .sum();
    YearFunding {
        year,
        budget,
        pledged,
        received,
        gap_received: budget.map(|b| b - received),
        gap_pledged: budget.map(|b| b - pledged),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().expect("decimal")
    }

    #[test]
    fn p4_4h_approval_needs_endorsement() {
        assert!(check_approval(WorkPlanStatus::Endorsed).is_ok());
        let refused = check_approval(WorkPlanStatus::Draft).expect_err("refused");
        assert!(refused.sentence.starts_with("P4.4(h)"));
        assert!(check_endorsement(WorkPlanStatus::Draft).is_ok());
        assert!(check_endorsement(WorkPlanStatus::Endorsed).is_err());
        assert!(check_endorsement(WorkPlanStatus::Approved).is_err());
        assert!(check_approval(WorkPlanStatus::Approved).is_err());
    }

    #[test]
    fn p4_2_conversion_is_exact() {
        // 2.01 × 0.5 = 1.005 exactly: half away from zero gives 1.01 (f64 says 1.00).
        assert_eq!(convert(d("2.01"), d("0.5")), d("1.01"));
        let f = 2.01_f64 * 0.5;
        assert_eq!((f * 100.0).round() / 100.0, 1.0);
        assert_eq!(parse_amount("1'250.50"), Ok(d("1250.50")));
        assert!(parse_amount("1.005").is_err());
        assert!(parse_amount("-3").is_err());
        assert!(parse_amount("0").is_err());
        assert!(parse_rate("0.94123456").is_ok());
        assert!(parse_rate("0").is_err());
        assert!(parse_rate("1.123456789").is_err());
    }

    #[test]
    fn p4_2_gap_arithmetic() {
        let f = funding(
            2025,
            Some(d("100.30")),
            &[
                Counted {
                    in_budget_currency: d("0.10"),
                    received: true,
                },
                Counted {
                    in_budget_currency: d("0.20"),
                    received: false,
                },
            ],
        );
        assert_eq!(f.gap_received, Some(d("100.20")));
        assert_eq!(f.gap_pledged, Some(d("100.00")));
        assert_eq!(funding(2025, None, &[]).gap_received, None);
    }
}
