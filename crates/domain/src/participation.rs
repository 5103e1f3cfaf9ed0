//! Participation: a State's standing under a convention over time. Signature, deposit of an
//! instrument of ratification or accession, entry into force for that State (computed by the
//! convention's rule), withdrawal and the date it takes effect. `Participation::status_on` is the
//! one answer to "is X a State Party on date D"; the import rules (`ParticipationRow::validate`)
//! refuse a row that contradicts the convention's rules.

use crate::finding::{Message, Problem, checked};
use serde::{Deserialize, Serialize};
use time::Date;

use crate::calendar::{format_date, parse_date};
use crate::convention::{EntryIntoForceRule, WithdrawalRule};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DepositKind {
    Ratification,
    Accession,
}

impl DepositKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DepositKind::Ratification => "ratification",
            DepositKind::Accession => "accession",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "ratification" => Some(Self::Ratification),
            "accession" => Some(Self::Accession),
            _ => None,
        }
    }
}

/// A State's status under a convention on one date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ParticipationStatus {
    /// Neither signed nor deposited by that date.
    NotParty,
    /// Signed, no instrument deposited yet.
    Signatory,
    /// Instrument deposited; the convention enters into force for the State later.
    RatifiedNotInForce,
    /// Bound by the convention.
    PartyInForce,
    /// A withdrawal has taken effect.
    Withdrawn,
    /// The record does not say (a party whose date of deposit is not at hand).
    Unknown,
}

impl ParticipationStatus {
    pub const FILTERABLE: [ParticipationStatus; 4] = [
        ParticipationStatus::PartyInForce,
        ParticipationStatus::RatifiedNotInForce,
        ParticipationStatus::Signatory,
        ParticipationStatus::Withdrawn,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Self::NotParty => "not-party",
            Self::Signatory => "signatory",
            Self::RatifiedNotInForce => "ratified-not-in-force",
            Self::PartyInForce => "party-in-force",
            Self::Withdrawn => "withdrawn",
            Self::Unknown => "unknown",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        [
            Self::NotParty,
            Self::Signatory,
            Self::RatifiedNotInForce,
            Self::PartyInForce,
            Self::Withdrawn,
            Self::Unknown,
        ]
        .into_iter()
        .find(|s| s.slug() == slug)
    }

    /// Is the State a State Party (bound, or bound once entry into force comes)?
    pub fn is_state_party(self) -> bool {
        matches!(self, Self::PartyInForce | Self::RatifiedNotInForce)
    }
}

/// The record of one State under one convention.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participation {
    pub actor: String,
    pub signed_on: Option<Date>,
    pub deposited_on: Option<Date>,
    pub deposit_kind: Option<DepositKind>,
    /// When the convention entered into force for the State; derived from `deposited_on` by the
    /// convention's rule when the deposit is known.
    pub in_force_on: Option<Date>,
    pub withdrawal_notified_on: Option<Date>,
    /// Derived from the notice by the convention's rule, or recorded when the notice date is not
    /// at hand or the State was then in armed conflict.
    pub withdrawal_effective_on: Option<Date>,
    pub note: String,
}

impl Participation {
    /// The State's status on `date`, under the convention's withdrawal rule (when the convention
    /// has one on record).
    pub fn status_on(
        &self,
        date: Date,
        withdrawal: impl Into<Option<WithdrawalRule>>,
    ) -> ParticipationStatus {
        let withdrawal = withdrawal.into();
        if self.withdrawal_effective_on.is_some_and(|w| w <= date) {
            return ParticipationStatus::Withdrawn;
        }
        if let Some(deposit) = self.deposited_on {
            if deposit <= date {
                return match self.in_force_on {
                    Some(eif) if eif <= date => ParticipationStatus::PartyInForce,
                    _ => ParticipationStatus::RatifiedNotInForce,
                };
            }
        } else if let Some(from) = self.known_party_from(withdrawal) {
            // No deposit date at hand, but a withdrawal proves the State was a party from the
            // notice (at the latest) until it took effect. Before that, the record is silent.
            return if from <= date {
                ParticipationStatus::PartyInForce
            } else {
                ParticipationStatus::Unknown
            };
        }
        if self.signed_on.is_some_and(|s| s <= date) {
            ParticipationStatus::Signatory
        } else {
            ParticipationStatus::NotParty
        }
    }

    /// "Is X a State Party in force on date D": the one question most views ask.
    pub fn is_party_in_force_on(
        &self,
        date: Date,
        withdrawal: impl Into<Option<WithdrawalRule>>,
    ) -> bool {
        self.status_on(date, withdrawal) == ParticipationStatus::PartyInForce
    }

    /// The first date on which the record proves the State bound, when no deposit date is at hand.
    fn known_party_from(&self, withdrawal: Option<WithdrawalRule>) -> Option<Date> {
        self.withdrawal_notified_on.or_else(|| {
            let rule = withdrawal?;
            self.withdrawal_effective_on
                .map(|e| rule.latest_notice_for(e))
        })
    }
}

/// One line of a participation file, as typed (columns `state, iso3, signature_date,
/// ratification_date, entry_into_force_date, note`, with optional `deposit_kind`,
/// `withdrawal_notice_date` and `withdrawal_effective_date`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ParticipationRow {
    pub state: String,
    pub iso3: String,
    pub signature_date: String,
    pub ratification_date: String,
    pub entry_into_force_date: String,
    pub note: String,
    pub deposit_kind: String,
    pub withdrawal_notice_date: String,
    pub withdrawal_effective_date: String,
}

impl ParticipationRow {
    /// Turns the row into a participation record, or every reason it cannot be one.
    /// `known_state` says whether the registry holds a State with that alpha-3 code.
    pub fn validate(
        &self,
        entry_into_force: EntryIntoForceRule,
        withdrawal: WithdrawalRule,
        known_state: impl Fn(&str) -> bool,
    ) -> Result<Participation, Vec<Problem>> {
        let mut problems = Vec::new();
        let iso3 = self.iso3.trim();
        if iso3.is_empty() {
            problems.push(checked(
                Message::new("refuse-row-iso3-empty"),
                "iso3 is empty".to_string(),
            ));
        } else if !crate::actor::is_alpha3(iso3) {
            problems.push(checked(
                Message::new("refuse-row-iso3-form").code("value", iso3),
                format!(
                    "iso3 \"{iso3}\" is not an ISO 3166-1 alpha-3 code (three capital letters)"
                ),
            ));
        } else if !known_state(iso3) {
            problems.push(checked(
                Message::new("refuse-row-iso3-unknown").code("value", iso3),
                format!("iso3 \"{iso3}\" is not a State in the registry"),
            ));
        }
        let mut date = |column: &str, text: &str| -> Option<Date> {
            if text.trim().is_empty() {
                return None;
            }
            let parsed = parse_date(text);
            if parsed.is_none() {
                problems.push(checked(
                    Message::new("refuse-row-not-a-date")
                        .code("column", column)
                        .code("value", text.trim()),
                    format!(
                        "{column} \"{}\" is not a date in the form YYYY-MM-DD",
                        text.trim()
                    ),
                ));
            }
            parsed
        };
        let signed_on = date("signature_date", &self.signature_date);
        let deposited_on = date("ratification_date", &self.ratification_date);
        let given_eif = date("entry_into_force_date", &self.entry_into_force_date);
        let notice = date("withdrawal_notice_date", &self.withdrawal_notice_date);
        let mut effective = date("withdrawal_effective_date", &self.withdrawal_effective_date);
        if effective.is_none() {
            effective = effective_date_in_note(&self.note);
        }

        if let (Some(s), Some(d)) = (signed_on, deposited_on)
            && d < s
        {
            problems.push(checked(
                Message::new("refuse-row-deposit-before-signature")
                    .date("deposit", d)
                    .date("signature", s),
                format!(
                    "ratification_date {} is before signature_date {}",
                    format_date(d),
                    format_date(s)
                ),
            ));
        }
        let in_force_on = deposited_on.map(|d| entry_into_force.for_deposit(d));
        match (given_eif, in_force_on) {
            (Some(given), Some(computed)) if given != computed => problems.push(checked(
                Message::new("refuse-row-eif-mismatch")
                    .date("given", given)
                    .text("deposit", self.ratification_date.trim())
                    .date("computed", computed),
                format!(
                    "entry_into_force_date {} does not follow from the deposit on {}: the convention's rule gives {}",
                    format_date(given),
                    self.ratification_date.trim(),
                    format_date(computed)
                ),
            )),
            (Some(_), None) if self.ratification_date.trim().is_empty() => problems.push(checked(
                Message::new("refuse-row-eif-without-deposit"),
                "entry_into_force_date is given without a ratification_date".to_string(),
            )),
            _ => {}
        }
        if let Some(n) = notice {
            let computed = withdrawal.effective_on(n);
            match effective {
                // A later effective date is allowed (the State was then in armed conflict).
                Some(e) if e < computed => problems.push(checked(
                    Message::new("refuse-row-withdrawal-early")
                        .date("effective", e)
                        .date("notice", n)
                        .date("computed", computed),
                    format!(
                        "withdrawal_effective_date {} is earlier than the convention allows after notice on {} ({})",
                        format_date(e),
                        format_date(n),
                        format_date(computed)
                    ),
                )),
                None => effective = Some(computed),
                _ => {}
            }
        }
        if let (Some(d), Some(n)) = (deposited_on, notice)
            && n < d
        {
            problems.push(checked(
                Message::new("refuse-row-notice-before-deposit"),
                "withdrawal_notice_date is before the deposit".to_string(),
            ));
        }
        if signed_on.is_none() && deposited_on.is_none() && effective.is_none() {
            let any_typed = [
                &self.signature_date,
                &self.ratification_date,
                &self.withdrawal_notice_date,
                &self.withdrawal_effective_date,
            ]
            .iter()
            .any(|t| !t.trim().is_empty());
            if !any_typed {
                problems.push(checked(
                    Message::new("refuse-row-no-dates"),
                    "the row has no signature, ratification or withdrawal date".to_string(),
                ));
            }
        }
        let deposit_kind = match self.deposit_kind.trim() {
            "" => deposited_on.map(|_| {
                if self.note.trim_start().starts_with("accession") {
                    DepositKind::Accession
                } else {
                    DepositKind::Ratification
                }
            }),
            other => match DepositKind::parse(other) {
                Some(kind) => Some(kind),
                None => {
                    problems.push(checked(
                        Message::new("refuse-row-deposit-kind").code("value", other),
                        format!("deposit_kind \"{other}\" is neither ratification nor accession"),
                    ));
                    None
                }
            },
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Participation {
            actor: iso3.to_string(),
            signed_on,
            deposited_on,
            deposit_kind,
            in_force_on,
            withdrawal_notified_on: notice,
            withdrawal_effective_on: effective,
            note: self.note.trim().to_string(),
        })
    }
}

/// The UN Treaty Collection's wording carried in the partial list's notes: "withdrawal took
/// effect on YYYY-MM-DD".
fn effective_date_in_note(note: &str) -> Option<Date> {
    let at = note.find("withdrawal took effect on ")?;
    let rest = &note[at + "withdrawal took effect on ".len()..];
    parse_date(rest.get(..10)?)
}

#[cfg(test)]
mod tests;
