//! Universalization (P4.4(e), issue 16 item 4): the standing of a State that is not a State
//! Party (signatory, not a signatory, or no record where the participation list is partial),
//! the two kinds of entry the ISU keeps about it (an outreach activity, a statement of intent),
//! the rule that outreach is with States not party on the day, and the count of States Parties
//! at the end of each year for the chart.
//!
//! Pure: every function takes the date it reasons about; nothing here reads a clock or a store.

use serde::{Deserialize, Serialize};
use time::{Date, Month};

use crate::access::{AccessLevel, Role, Viewer};
use crate::convention::WithdrawalRule;
use crate::finding::{ActorName, Message, Problem};
use crate::participation::{Participation, ParticipationStatus};

/// The standing of a State that is not a State Party on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NonPartyStatus {
    /// Signed, no instrument deposited.
    Signatory,
    /// On the record, and neither signed nor deposited (or the list is complete and the State is
    /// not on it).
    NotSignatory,
    /// A withdrawal has taken effect.
    Withdrawn,
    /// The participation list is partial and does not hold the State: the record says nothing.
    NoRecord,
}

impl NonPartyStatus {
    pub const ALL: [NonPartyStatus; 4] = [
        NonPartyStatus::Signatory,
        NonPartyStatus::NotSignatory,
        NonPartyStatus::Withdrawn,
        NonPartyStatus::NoRecord,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Self::Signatory => "signatory",
            Self::NotSignatory => "not-signatory",
            Self::Withdrawn => "withdrawn",
            Self::NoRecord => "no-record",
        }
    }
}

/// The standing on `date` of a State with `record` (None: not on the participation list), or
/// None when it is a State Party that day (or the record cannot say: a party whose deposit date
/// is not at hand). `list_partial` says whether the participation list is known to be partial.
pub fn non_party_status(
    record: Option<&Participation>,
    date: Date,
    withdrawal: Option<WithdrawalRule>,
    list_partial: bool,
) -> Option<NonPartyStatus> {
    let Some(p) = record else {
        return Some(if list_partial {
            NonPartyStatus::NoRecord
        } else {
            NonPartyStatus::NotSignatory
        });
    };
    match p.status_on(date, withdrawal) {
        ParticipationStatus::Signatory => Some(NonPartyStatus::Signatory),
        ParticipationStatus::NotParty => Some(NonPartyStatus::NotSignatory),
        ParticipationStatus::Withdrawn => Some(NonPartyStatus::Withdrawn),
        ParticipationStatus::PartyInForce
        | ParticipationStatus::RatifiedNotInForce
        | ParticipationStatus::Unknown => None,
    }
}

/// What an entry about a State not party records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutreachKind {
    /// A contact made to promote joining (a visit, a meeting, a letter, a workshop).
    Outreach,
    /// The State said it intends to join (or not), and when.
    Intent,
}

impl OutreachKind {
    pub const ALL: [OutreachKind; 2] = [OutreachKind::Outreach, OutreachKind::Intent];

    pub fn slug(self) -> &'static str {
        match self {
            Self::Outreach => "outreach",
            Self::Intent => "intent",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

/// P4.4(e): universalization is work with States not party. An activity dated on a day the
/// State was a State Party (bound, or bound once its entry into force comes) is refused with a
/// sentence; an activity before it joined, or after its withdrawal took effect, is accepted.
pub fn check_outreach_date(
    state: &ActorName,
    record: Option<&Participation>,
    on: Date,
    withdrawal: Option<WithdrawalRule>,
) -> Result<(), Problem> {
    let status = record.map_or(ParticipationStatus::NotParty, |p| {
        p.status_on(on, withdrawal)
    });
    if status.is_state_party() {
        let message = Message::new("refuse-outreach-while-party")
            .actor("who", &state.code, &state.name)
            .date("date", on);
        let sentence = format!(
            "{} was a State Party on {}: universalization work is with States not party; \
             date the activity before it joined, or record it elsewhere.",
            state.name,
            crate::calendar::format_date(on)
        );
        return Err(crate::finding::checked(message, sentence));
    }
    Ok(())
}

/// Who records universalization work (P4.4(e) with P2.2): the ISU supports it and keeps the
/// record, and the President and the Coordinators, who lead the work between meetings, record
/// their own activities with the States they meet. Anyone else is refused.
pub fn may_record_outreach(viewer: &Viewer, convention: &str) -> bool {
    viewer.can_read(convention, AccessLevel::Isu)
        || viewer.grants.iter().any(|g| {
            matches!(g.role, Role::President | Role::Coordinator)
                && g.convention.as_deref() == Some(convention)
        })
}

/// Who corrects an entry: the ISU any entry; a President or Coordinator only an entry they
/// recorded themselves (`recorded_by`, the account that made its first revision).
pub fn may_correct_outreach(viewer: &Viewer, convention: &str, recorded_by: &str) -> bool {
    viewer.can_read(convention, AccessLevel::Isu)
        || (may_record_outreach(viewer, convention)
            && viewer.username.as_deref() == Some(recorded_by))
}

/// An entry is never marked for readers above its writer: a Coordinator (Committee level)
/// cannot file an entry only the ISU may read, which they could then no longer read themselves.
pub fn check_outreach_access(
    viewer: &Viewer,
    convention: &str,
    access: AccessLevel,
) -> Result<(), String> {
    if viewer.can_read(convention, access) {
        Ok(())
    } else {
        Err(format!(
            "You cannot mark an entry \"{}\": choose a level you can read yourself.",
            access.slug()
        ))
    }
}

/// The number of States Parties at the end of one year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct YearCount {
    pub year: i32,
    /// The day counted (31 December, or the day asked for in its year).
    pub on: Date,
    /// States bound that day (the convention in force for them).
    pub in_force: usize,
    /// States that had deposited an instrument (in force or not yet), less withdrawals.
    pub parties: usize,
}

/// States Parties per year from `from_year` to the year of `until`, counted on 31 December (the
/// last year on `until` itself), from the participation records' deposit, entry into force and
/// withdrawal dates.
pub fn parties_per_year(
    records: &[&Participation],
    from_year: i32,
    until: Date,
    withdrawal: Option<WithdrawalRule>,
) -> Vec<YearCount> {
    let mut out = Vec::new();
    for year in from_year..=until.year() {
        let on = if year == until.year() {
            until
        } else {
            match Date::from_calendar_date(year, Month::December, 31) {
                Ok(d) => d,
                Err(_) => continue,
            }
        };
        let mut in_force = 0;
        let mut parties = 0;
        for p in records {
            match p.status_on(on, withdrawal) {
                ParticipationStatus::PartyInForce => {
                    in_force += 1;
                    parties += 1;
                }
                ParticipationStatus::RatifiedNotInForce => parties += 1,
                _ => {}
            }
        }
        out.push(YearCount {
            year,
            on,
            in_force,
            parties,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::parse_date;

    fn d(s: &str) -> Date {
        parse_date(s).expect("a date")
    }

    fn record(signed: Option<&str>, deposited: Option<&str>, eif: Option<&str>) -> Participation {
        Participation {
            actor: "XXX".into(),
            signed_on: signed.map(d),
            deposited_on: deposited.map(d),
            deposit_kind: None,
            in_force_on: eif.map(d),
            withdrawal_notified_on: None,
            withdrawal_effective_on: None,
            note: String::new(),
        }
    }

    #[test]
    fn p4_4e_status_no_record_only_where_the_list_is_partial() {
        let on = d("2025-01-01");
        assert_eq!(
            non_party_status(None, on, None, true),
            Some(NonPartyStatus::NoRecord)
        );
        assert_eq!(
            non_party_status(None, on, None, false),
            Some(NonPartyStatus::NotSignatory)
        );
    }

    #[test]
    fn p4_4e_status_signatory_and_not_signatory_from_the_record() {
        let on = d("2025-01-01");
        let signed = record(Some("2008-12-03"), None, None);
        assert_eq!(
            non_party_status(Some(&signed), on, None, true),
            Some(NonPartyStatus::Signatory)
        );
        let listed = record(None, None, None);
        assert_eq!(
            non_party_status(Some(&listed), on, None, true),
            Some(NonPartyStatus::NotSignatory)
        );
        let party = record(Some("2008-12-03"), Some("2009-06-17"), Some("2010-08-01"));
        assert_eq!(non_party_status(Some(&party), on, None, true), None);
        // Before it signed, a later signatory was not one.
        assert_eq!(
            non_party_status(Some(&signed), d("2008-01-01"), None, true),
            Some(NonPartyStatus::NotSignatory)
        );
    }

    #[test]
    fn p4_4e_outreach_dated_while_not_party_accepted() {
        let p = record(None, Some("2023-02-28"), Some("2023-08-01"));
        assert!(check_outreach_date(&nga(), Some(&p), d("2022-05-10"), None).is_ok());
        assert!(check_outreach_date(&usa(), None, d("2022-05-10"), None).is_ok());
    }

    #[test]
    fn p4_4e_outreach_dated_while_party_refused() {
        let p = record(None, Some("2023-02-28"), Some("2023-08-01"));
        // Deposited, not yet in force: already a State Party.
        let e = check_outreach_date(&nga(), Some(&p), d("2023-03-01"), None)
            .expect_err("a State Party on the day");
        assert!(
            e.sentence
                .contains("Nigeria was a State Party on 2023-03-01"),
            "{e}"
        );
        assert!(check_outreach_date(&nga(), Some(&p), d("2024-01-01"), None).is_err());
    }

    fn nga() -> ActorName {
        ActorName {
            code: "NGA".into(),
            name: "Nigeria".into(),
        }
    }

    fn usa() -> ActorName {
        ActorName {
            code: "USA".into(),
            name: "United States of America".into(),
        }
    }

    fn viewer(name: &str, role: Role, convention: &str) -> Viewer {
        Viewer {
            user_id: Some(1),
            username: Some(name.into()),
            grants: vec![crate::access::Grant {
                role,
                convention: Some(convention.into()),
                actor: matches!(role, Role::Coordinator | Role::President | Role::FocalPoint)
                    .then(|| "NZL".into()),
            }],
        }
    }

    #[test]
    fn p4_4e_outreach_recorded_by_isu_president_and_coordinators() {
        assert!(may_record_outreach(
            &viewer("i", Role::IsuStaff, "ccm"),
            "ccm"
        ));
        assert!(may_record_outreach(
            &viewer("p", Role::President, "ccm"),
            "ccm"
        ));
        assert!(may_record_outreach(
            &viewer("c", Role::Coordinator, "ccm"),
            "ccm"
        ));
    }

    #[test]
    fn p4_4e_outreach_refused_to_focal_points_observers_and_other_conventions() {
        assert!(!may_record_outreach(
            &viewer("f", Role::FocalPoint, "ccm"),
            "ccm"
        ));
        assert!(!may_record_outreach(
            &viewer("o", Role::Observer, "ccm"),
            "ccm"
        ));
        assert!(!may_record_outreach(
            &viewer("c", Role::Coordinator, "aplc"),
            "ccm"
        ));
        assert!(!may_record_outreach(&Viewer::anonymous(), "ccm"));
    }

    #[test]
    fn p4_4e_coordinator_corrects_only_their_own_entries() {
        let c = viewer("coord", Role::Coordinator, "ccm");
        assert!(may_correct_outreach(&c, "ccm", "coord"));
        assert!(!may_correct_outreach(&c, "ccm", "isu-staff"));
        assert!(may_correct_outreach(
            &viewer("i", Role::IsuStaff, "ccm"),
            "ccm",
            "coord"
        ));
    }

    #[test]
    fn p4_4e_coordinator_cannot_mark_an_entry_isu_only() {
        let c = viewer("coord", Role::Coordinator, "ccm");
        assert!(check_outreach_access(&c, "ccm", AccessLevel::Committee).is_ok());
        let refused = check_outreach_access(&c, "ccm", AccessLevel::Isu);
        assert!(refused.is_err_and(|e| e.contains("\"isu\"")));
        let isu = viewer("i", Role::IsuStaff, "ccm");
        assert!(check_outreach_access(&isu, "ccm", AccessLevel::Isu).is_ok());
    }

    #[test]
    fn p4_4e_parties_per_year_counts_in_force_and_deposits() {
        let a = record(None, Some("2009-06-17"), Some("2010-08-01"));
        let b = record(None, Some("2023-02-28"), Some("2023-08-01"));
        let c = record(None, Some("2023-08-03"), Some("2024-02-01"));
        let counts = parties_per_year(&[&a, &b, &c], 2009, d("2024-06-30"), None);
        let year = |y: i32| counts.iter().find(|c| c.year == y).copied().expect("year");
        assert_eq!(year(2009).in_force, 0);
        assert_eq!(year(2009).parties, 1);
        assert_eq!(year(2010).in_force, 1);
        assert_eq!(year(2023).in_force, 2);
        assert_eq!(year(2023).parties, 3);
        assert_eq!(year(2024).in_force, 3);
        assert_eq!(year(2024).on, d("2024-06-30"));
        assert_eq!(counts.len(), 16);
    }
}
