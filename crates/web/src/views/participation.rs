//! A State's participation and profile as ISU staff enter them (issue 12 item 4), shared by the
//! State page and the API: the input a form or a JSON body gives (a signature, a deposit, a
//! withdrawal notice; a correction of the whole record; a profile period), read into the store's
//! types with every problem listed, and the history the record keeps (every revision of the
//! participation record, every profile entry including corrected ones).
//!
//! The entry into force (Art. 17) and the effective withdrawal (Art. 20) are never read from
//! input: the store computes them. Nothing here writes or decides who may write; the pages and
//! the API check that the reader is ISU staff before calling the store.

use serde::{Deserialize, Serialize};
use time::Date;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::finding::{Message, Problem};
use treatydesk_domain::{DepositKind, ProfileKind};
use treatydesk_store::entities::profile_entry;
use treatydesk_store::participation_entries::{
    NewProfileEntry, ParticipationEvent, ParticipationFacts, ParticipationRevision,
};
use utoipa::ToSchema;

use crate::views::findings::{problem, typed_date};

/// A signature, deposit or withdrawal notice as a form or JSON body gives it.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct EventIn {
    /// `signature`, `deposit` or `withdrawal-notice`.
    pub event: String,
    /// YYYY-MM-DD: the day of the signature, of the deposit, or the day the depositary received
    /// the notice.
    pub on: String,
    /// For a deposit: `ratification` or `accession`.
    #[serde(default)]
    pub deposit_kind: String,
    /// For a withdrawal notice, only when later than the convention's rule gives (the State then
    /// engaged in armed conflict): YYYY-MM-DD.
    #[serde(default)]
    pub effective_on: String,
}

/// A correction of a State's participation record: the facts as they should read, and why.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct ParticipationCorrectionIn {
    #[serde(default)]
    pub signed_on: String,
    #[serde(default)]
    pub deposited_on: String,
    /// `ratification` or `accession`; needed with a deposit date.
    #[serde(default)]
    pub deposit_kind: String,
    #[serde(default)]
    pub withdrawal_notified_on: String,
    /// Only when later than the convention's rule gives.
    #[serde(default)]
    pub withdrawal_effective_on: String,
    /// The source of the record (a UNTC notification, a letter).
    #[serde(default)]
    pub note: String,
    /// Why the record is corrected (5 characters or more).
    #[serde(default)]
    pub reason: String,
}

/// A profile period as a form or JSON body gives it.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct ProfileEntryIn {
    /// `affected`, `stockpile-holder`, `victim-assistance` or `retention`.
    pub kind: String,
    /// YYYY-MM-DD; empty when the beginning is not known.
    #[serde(default)]
    pub from: String,
    /// YYYY-MM-DD: the first day it no longer holds; empty while it holds.
    #[serde(default)]
    pub until: String,
    /// Where the fact is recorded (an Article 7 report, a declaration).
    pub source: String,
    /// Why it is recorded or corrected (5 characters or more for a correction).
    #[serde(default)]
    pub reason: String,
}

/// A State's participation as recorded, with what the convention's rules computed.
#[derive(Clone, Serialize, ToSchema)]
pub struct ParticipationOut {
    pub state: String,
    pub signed_on: Option<String>,
    pub deposited_on: Option<String>,
    pub deposit_kind: Option<String>,
    /// Computed by the convention's entry-into-force rule (CCM Art. 17).
    pub in_force_on: Option<String>,
    pub withdrawal_notified_on: Option<String>,
    /// Computed by the convention's withdrawal rule (CCM Art. 20) unless a later date was given.
    pub withdrawal_effective_on: Option<String>,
    pub note: String,
}

/// One revision of a participation record.
#[derive(Clone, Serialize, ToSchema)]
pub struct ParticipationRevisionOut {
    pub revision: i32,
    /// When it was recorded (RFC 3339).
    pub at: String,
    /// Who recorded it: shown to ISU staff only.
    pub who: Option<String>,
    pub reason: String,
    pub participation: ParticipationOut,
}

/// One profile entry, current or corrected.
#[derive(Clone, Serialize, ToSchema)]
pub struct ProfileEntryOut {
    pub id: i32,
    pub kind: String,
    pub from: Option<String>,
    pub until: Option<String>,
    pub source: String,
    /// The entry that corrects this one; absent while it is current.
    pub superseded_by: Option<i32>,
    pub recorded_at: Option<String>,
    /// Who recorded it: shown to ISU staff only.
    pub recorded_by: Option<String>,
    pub reason: String,
}

/// The history a State's record keeps.
#[derive(Clone, Serialize, ToSchema)]
pub struct ParticipationHistoryOut {
    pub convention: String,
    pub state: String,
    /// Oldest first; empty when the record was never changed since it was imported.
    pub revisions: Vec<ParticipationRevisionOut>,
    /// Oldest first, corrected entries included.
    pub profile: Vec<ProfileEntryOut>,
}

fn deposit_kind(raw: &str, problems: &mut Vec<Problem>) -> Option<DepositKind> {
    let kind = DepositKind::parse(raw.trim());
    if kind.is_none() {
        problems.push(problem(
            Message::new("refuse-deposit-kind").code("value", raw.trim()),
        ));
    }
    kind
}

fn done<T>(value: Option<T>, problems: Vec<Problem>) -> Result<T, Vec<Problem>> {
    match value {
        Some(v) if problems.is_empty() => Ok(v),
        _ => Err(problems),
    }
}

/// Reads a signature, deposit or withdrawal notice; every problem is listed.
pub fn event(input: &EventIn) -> Result<ParticipationEvent, Vec<Problem>> {
    let mut problems = Vec::new();
    let on = typed_date(&input.on, "date", &mut problems);
    if input.on.trim().is_empty() {
        problems.push(problem(Message::new("refuse-event-date-missing")));
    }
    let event = match input.event.trim() {
        "signature" => on.map(|on| ParticipationEvent::Signature { on }),
        "deposit" => {
            let kind = deposit_kind(&input.deposit_kind, &mut problems);
            on.zip(kind)
                .map(|(on, kind)| ParticipationEvent::Deposit { on, kind })
        }
        "withdrawal-notice" => {
            let later = typed_date(&input.effective_on, "later-effective-date", &mut problems);
            on.map(|on| ParticipationEvent::WithdrawalNotice {
                on,
                effective_on: later,
            })
        }
        other => {
            problems.push(problem(
                Message::new("refuse-event-kind").code("value", other),
            ));
            None
        }
    };
    done(event, problems)
}

/// Reads a correction of the participation record; every problem is listed.
pub fn correction(input: &ParticipationCorrectionIn) -> Result<ParticipationFacts, Vec<Problem>> {
    let mut problems = Vec::new();
    let signed_on = typed_date(&input.signed_on, "signature-date", &mut problems);
    let deposited_on = typed_date(&input.deposited_on, "deposit-date", &mut problems);
    let kind = match (deposited_on, input.deposit_kind.trim()) {
        (_, "") => None,
        (_, raw) => deposit_kind(raw, &mut problems),
    };
    if deposited_on.is_some() && input.deposit_kind.trim().is_empty() {
        problems.push(problem(Message::new("refuse-deposit-kind-missing")));
    }
    let notified = typed_date(
        &input.withdrawal_notified_on,
        "withdrawal-notice-date",
        &mut problems,
    );
    let later = typed_date(
        &input.withdrawal_effective_on,
        "later-effective-date",
        &mut problems,
    );
    let facts = ParticipationFacts {
        signed_on,
        deposited_on,
        deposit_kind: kind.filter(|_| deposited_on.is_some()),
        withdrawal_notified_on: notified,
        withdrawal_effective_later: later,
        note: input.note.trim().to_string(),
    };
    done(Some(facts), problems)
}

/// Reads a profile period; every problem is listed.
pub fn profile_entry(input: &ProfileEntryIn) -> Result<NewProfileEntry, Vec<Problem>> {
    let mut problems = Vec::new();
    let kind = ProfileKind::from_slug(input.kind.trim());
    if kind.is_none() {
        problems.push(problem(
            Message::new("refuse-profile-kind").code("value", input.kind.trim()),
        ));
    }
    let from = typed_date(&input.from, "first-day", &mut problems);
    let until = typed_date(&input.until, "day-it-ends", &mut problems);
    let entry = kind.map(|kind| NewProfileEntry {
        kind,
        from,
        until,
        source: input.source.trim().to_string(),
    });
    done(entry, problems)
}

fn show(d: Option<Date>) -> Option<String> {
    d.map(format_date)
}

/// A participation record as the API shows it.
pub fn participation_out(p: &treatydesk_domain::Participation) -> ParticipationOut {
    ParticipationOut {
        state: p.actor.clone(),
        signed_on: show(p.signed_on),
        deposited_on: show(p.deposited_on),
        deposit_kind: p.deposit_kind.map(|k| k.as_str().to_string()),
        in_force_on: show(p.in_force_on),
        withdrawal_notified_on: show(p.withdrawal_notified_on),
        withdrawal_effective_on: show(p.withdrawal_effective_on),
        note: p.note.clone(),
    }
}

fn timestamp(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// The history as the API shows it; who recorded what only for ISU staff (`isu`).
pub fn history_out(
    convention: &str,
    state: &str,
    revisions: &[ParticipationRevision],
    profile: &[profile_entry::Model],
    isu: bool,
) -> ParticipationHistoryOut {
    ParticipationHistoryOut {
        convention: convention.to_string(),
        state: state.to_string(),
        revisions: revisions
            .iter()
            .map(|r| ParticipationRevisionOut {
                revision: r.revision,
                at: timestamp(r.at),
                who: isu.then(|| r.who.clone()),
                reason: r.reason.clone(),
                participation: participation_out(&r.participation),
            })
            .collect(),
        profile: profile.iter().map(|e| profile_entry_out(e, isu)).collect(),
    }
}

/// One profile entry as the API shows it; who recorded it only for ISU staff (`isu`).
pub fn profile_entry_out(e: &profile_entry::Model, isu: bool) -> ProfileEntryOut {
    ProfileEntryOut {
        id: e.id,
        kind: e.kind.clone(),
        from: show(e.from_date),
        until: show(e.until_date),
        source: e.source.clone(),
        superseded_by: e.superseded_by,
        recorded_at: e.recorded_at.map(timestamp),
        recorded_by: isu.then(|| e.recorded_by.clone()),
        reason: e.reason.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn art17_deposit_reads_its_instrument() {
        let e = event(&EventIn {
            event: "deposit".into(),
            on: "2023-02-28".into(),
            deposit_kind: "ratification".into(),
            effective_on: String::new(),
        });
        assert!(matches!(e, Ok(ParticipationEvent::Deposit { .. })));
        let refused = event(&EventIn {
            event: "deposit".into(),
            on: "28/02/2023".into(),
            deposit_kind: "acceptance".into(),
            effective_on: String::new(),
        })
        .err()
        .unwrap_or_default();
        assert_eq!(refused.len(), 2, "{refused:?}");
    }

    #[test]
    fn art20_notice_takes_a_later_date_only_as_given() {
        let e = event(&EventIn {
            event: "withdrawal-notice".into(),
            on: "2024-09-06".into(),
            ..EventIn::default()
        });
        assert!(matches!(
            e,
            Ok(ParticipationEvent::WithdrawalNotice {
                effective_on: None,
                ..
            })
        ));
        assert!(
            event(&EventIn {
                event: "entry-into-force".into(),
                on: "2024-09-06".into(),
                ..EventIn::default()
            })
            .is_err()
        );
    }
}
