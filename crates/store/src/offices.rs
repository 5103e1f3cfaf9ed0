//! Offices recorded by the ISU (issue 12): the President-Designate (designated on a date, for
//! the meeting they will preside), the ISU Director (from a date; the predecessor's term ends
//! that day), and the question "who holds which office on date D" (with the outgoing President
//! where the architecture in force has one). Also the preview of the rules a list of new
//! appointments would get, so that a page and the API check alike before saving.
//!
//! Offices are appointments: recorded through [`Store::appoint`], ended early, never rewritten.
//! Every write is audited. This module never decides who may record an office; the web does.

use std::collections::HashSet;

use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use time::Date;
use treatydesk_domain::office::{Appointment, Post};
use treatydesk_domain::record_kept::{OfficeHolding, offices_on};
use treatydesk_domain::rules::{self, Concerns, Finding};

use crate::architecture::NewAppointment;
use crate::audit::Author;
use crate::entities::{appointment, convention, meeting};
use crate::error::{longer, said};
use crate::{Store, StoreError};
use treatydesk_domain::finding::{Message, Problem};

/// The President-Designate's office key in the presets.
pub const PRESIDENT_DESIGNATE: &str = "president-designate";
/// The ISU Director's office key in the presets.
pub const ISU_DIRECTOR: &str = "isu-director";

/// A President-Designate's designation: `state`, designated on `designated_on` (by the meeting
/// `designated_at` when one did), to preside `presides`, with the source that records it.
#[derive(Clone, Copy, Debug)]
pub struct Designation<'a> {
    pub state: &'a str,
    pub presides: &'a meeting::Model,
    pub designated_on: Date,
    pub designated_at: Option<&'a meeting::Model>,
    pub source: &'a str,
}

/// `appoint` answers one id for each appointment it records: none is a fault of the store.
fn nothing_recorded() -> StoreError {
    StoreError::Database(sea_orm::DbErr::Custom(
        "the appointment was not recorded".into(),
    ))
}

impl Store {
    /// The findings the rules would give `list` if it were recorded now (judged up to
    /// `today`), only those about the new appointments. Nothing is written.
    pub async fn appointment_findings(
        &self,
        convention: &convention::Model,
        list: &[NewAppointment],
        today: Date,
    ) -> Result<Vec<Finding>, StoreError> {
        let (record, facts) = self.offices(convention).await?;
        let mut record = (*record).clone();
        let first_new = record.appointments.iter().map(|a| a.id).max().unwrap_or(0) + 1_000_000;
        let mut new_ids = HashSet::new();
        for (i, a) in list.iter().enumerate() {
            let Some(post) = a.post.clone() else {
                continue;
            };
            let id = first_new + i64::try_from(i).unwrap_or(0);
            new_ids.insert(id);
            record.appointments.push(Appointment {
                id,
                post,
                holder: a.holder.clone(),
                selected_at: a.selected_at,
                decision: a.decision,
                cycles: a.cycles,
                presides: a.presides,
                starts_on: a.starts_on,
                ended_on: None,
                overrides: a.overrides.clone(),
                source: a.source.clone(),
            });
        }
        Ok(rules::check(&record, &*facts, today)
            .into_iter()
            .filter(|f| {
                f.concerns
                    .iter()
                    .any(|c| matches!(c, Concerns::Appointment(id) if new_ids.contains(id)))
            })
            .collect())
    }

    /// Records the President-Designate (`appointment.add`).
    pub async fn designate_president(
        &self,
        author: &Author,
        convention: &convention::Model,
        designation: Designation<'_>,
    ) -> Result<i64, StoreError> {
        let Designation {
            state,
            presides,
            designated_on,
            designated_at,
            source,
        } = designation;
        let mut problems = Vec::new();
        if presides.convention_id != convention.id {
            problems.push(Problem::new(
                Message::new("refuse-designation-other-convention")
                    .meeting("meeting", &presides.label)
                    .code("convention", &convention.code),
                format!("{} is not a meeting of {}", presides.label, convention.code),
            ));
        }
        if presides.opens_on.is_some_and(|o| designated_on >= o) {
            problems.push(Problem::new(
                Message::new("refuse-designation-after-opening")
                    .date("on", designated_on)
                    .meeting("meeting", &presides.label),
                format!(
                    "the designation ({designated_on}) must come before {} opens",
                    presides.label
                ),
            ));
        }
        if let Some(m) = designated_at
            && m.closes_on
                .or(m.opens_on)
                .is_some_and(|d| d > designated_on)
        {
            problems.push(Problem::new(
                Message::new("refuse-designation-before-end")
                    .date("on", designated_on)
                    .meeting("meeting", &m.label),
                format!(
                    "the designation is dated {designated_on}, before {} ended",
                    m.label
                ),
            ));
        }
        if source.trim().is_empty() {
            problems.push(said(
                "refuse-designation-source",
                "say where the designation is recorded (the source)",
            ));
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let ids = self
            .appoint(
                author,
                convention,
                vec![NewAppointment {
                    post: Some(Post::Office(PRESIDENT_DESIGNATE.into())),
                    holder: state.trim().to_uppercase(),
                    selected_at: designated_at.map(|m| i64::from(m.id)),
                    decision: None,
                    cycles: None,
                    presides: Some(i64::from(presides.id)),
                    starts_on: Some(designated_on),
                    overrides: Vec::new(),
                    source: source.trim().to_string(),
                }],
            )
            .await?;
        ids.first().copied().ok_or_else(nothing_recorded)
    }

    /// Records the ISU Director `name` from `starts_on`; the predecessor's term, when still
    /// open, ends that day (`appointment.add`, `appointment.end`).
    pub async fn appoint_isu_director(
        &self,
        author: &Author,
        convention: &convention::Model,
        name: &str,
        starts_on: Date,
        source: &str,
    ) -> Result<i64, StoreError> {
        let name = name.trim();
        let mut problems = Vec::new();
        if name.is_empty() || name.chars().count() > 200 {
            problems.push(longer(
                "refuse-director-name",
                200,
                "give the Director's name (1 to 200 characters)".into(),
            ));
        }
        if source.trim().is_empty() {
            problems.push(said(
                "refuse-director-source",
                "say where the appointment is recorded (the source)",
            ));
        }
        let post = Post::Office(ISU_DIRECTOR.into());
        let open: Vec<appointment::Model> = appointment::Entity::find()
            .filter(appointment::Column::ConventionId.eq(convention.id))
            .filter(appointment::Column::Post.eq(post.slug()))
            .filter(appointment::Column::EndedOn.is_null())
            .all(self.db())
            .await?;
        for a in &open {
            if let Some(from) = a.starts_on.filter(|s| *s >= starts_on) {
                problems.push(Problem::new(
                    Message::new("refuse-director-overlap")
                        .text("holder", &a.holder)
                        .date("from", from)
                        .date("on", starts_on),
                    format!(
                        "{} is recorded as Director from {from}, on or after {starts_on}",
                        a.holder
                    ),
                ));
            }
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let ids = self
            .appoint(
                author,
                convention,
                vec![NewAppointment {
                    post: Some(post),
                    holder: name.to_string(),
                    starts_on: Some(starts_on),
                    source: source.trim().to_string(),
                    ..Default::default()
                }],
            )
            .await?;
        // The predecessor's term ends the day the new Director's begins (after the new one is
        // recorded, so that a refusal leaves the record as it was).
        if !open.is_empty() {
            let mut write = self
                .write(
                    author,
                    "appointment.end",
                    format!("the ISU Director's term ends on {starts_on}"),
                )
                .await?;
            write.convention(convention.id);
            write.detail(serde_json::json!({ "appointments": open.iter().map(|a| a.id).collect::<Vec<_>>(), "ended_on": starts_on }));
            for a in open {
                let mut active: appointment::ActiveModel = a.into();
                active.ended_on = Set(Some(starts_on));
                active.update(write.txn()).await?;
            }
            write.commit().await?;
        }
        ids.first().copied().ok_or_else(nothing_recorded)
    }

    /// Who holds which office on `date` (President, President-Designate, ISU Director, and the
    /// outgoing President where the architecture then in force counts one).
    pub async fn offices_on(
        &self,
        convention: &convention::Model,
        date: Date,
    ) -> Result<Vec<OfficeHolding>, StoreError> {
        let (record, _) = self.offices(convention).await?;
        Ok(offices_on(&record, date))
    }
}
