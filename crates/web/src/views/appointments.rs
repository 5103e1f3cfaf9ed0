//! Recording a formal meeting's appointments, as the appointments page and the appointments API
//! share it (P2.4, P2.6): the meeting and the architecture version it selects under, the rules
//! of Proposal 2 run on the record as it would be with the new appointments, the finding a
//! written justification may set aside, and the source a record gets when none is given.
//!
//! It never writes and never decides who may write: the page and the API check that the reader
//! is ISU staff before calling the store's audited `appoint`.

use std::collections::HashSet;

use treatydesk_domain::architecture::Version;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::finding::Message;
use treatydesk_domain::meeting::Meeting;
use treatydesk_domain::office::Appointment;
use treatydesk_domain::rules::{self, Concerns, Finding};

use crate::WebError;
use crate::views::findings::problem;
use crate::views::listing;
use crate::views::offices::OfficeRecord;

/// The shortest justification that says why (the store refuses shorter ones too).
pub const MIN_JUSTIFICATION: usize = 10;
/// The longest justification kept.
pub const MAX_JUSTIFICATION: usize = 4000;

/// The meeting `label` names (exactly, else ignoring case) and the version of the architecture
/// it selects Coordinators under; a 404 for no such meeting, a 400 for one that selects none
/// (said as a message: `problems` in the API, the reader's language on a page).
pub fn selecting(loaded: &OfficeRecord, label: &str) -> Result<(Meeting, Version), WebError> {
    let record = &loaded.record;
    let meeting = record
        .meetings
        .iter()
        .find(|m| m.label == label)
        .or_else(|| {
            record
                .meetings
                .iter()
                .find(|m| m.label.eq_ignore_ascii_case(label))
        })
        .cloned()
        .ok_or_else(|| {
            WebError::NotFound(format!(
                "{} has no meeting \"{label}\" on record",
                loaded.convention.short_name
            ))
        })?;
    let arch = &record.architecture;
    let version = match meeting.closes_on.or(meeting.opens_on) {
        Some(day) => arch.version_on(day),
        None => arch.latest(),
    }
    .cloned()
    .ok_or_else(|| {
        WebError::BadRequestSaid(problem(
            Message::new("refuse-appointments-no-architecture")
                .code("convention", &loaded.convention.short_name)
                .meeting("meeting", &meeting.label),
        ))
    })?;
    if !version
        .meeting_rule(meeting.kind)
        .is_some_and(|r| r.selects)
    {
        let kind = version
            .meeting_rule(meeting.kind)
            .map_or_else(|| meeting.kind.slug().to_string(), |r| r.name.clone());
        // Each kind of meeting that selects, by its name in the preset (translated on a page).
        let selecting: Vec<Message> = version
            .meetings
            .iter()
            .filter(|r| r.selects)
            .map(|r| Message::new("refuse-appointments-selecting-kind").body("kind", &r.name))
            .collect();
        return Err(WebError::BadRequestSaid(problem(
            Message::new("refuse-appointments-not-selecting")
                .meeting("meeting", &meeting.label)
                .body("kind", &kind)
                .messages("selecting", selecting),
        )));
    }
    Ok((meeting, version))
}

/// The findings of the rules on the record as it would be with `new` (ids not on record), that
/// concern one of them.
pub fn findings_on_new(loaded: &OfficeRecord, new: &[Appointment]) -> Vec<Finding> {
    let mut record = (*loaded.record).clone();
    record.appointments.extend(new.iter().cloned());
    let ids: HashSet<i64> = new.iter().map(|a| a.id).collect();
    rules::check(&record, &*loaded.facts, listing::today())
        .into_iter()
        .filter(|f| {
            f.concerns
                .iter()
                .any(|c| matches!(c, Concerns::Appointment(id) if ids.contains(id)))
        })
        .collect()
}

/// The new appointment (one of `new_ids`) whose written justification would set `f` aside,
/// when `f` may be set aside.
pub fn overridden_on(f: &Finding, new_ids: impl IntoIterator<Item = i64>) -> Option<i64> {
    if !f.overridable {
        return None;
    }
    match f.concerns.first() {
        Some(Concerns::Appointment(id)) if new_ids.into_iter().any(|n| n == *id) => Some(*id),
        _ => None,
    }
}

/// The source of appointments recorded without one.
pub fn default_source(username: &str, meeting: &str) -> String {
    format!(
        "recorded in TreatyDesk by {username} on {} from the appointments of {meeting}",
        format_date(listing::today())
    )
}
