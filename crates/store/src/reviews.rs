//! Reviews at a Review Conference (issue 15 item 5; P1.1, P2.8, P3.1, P4.3; SPEC "Reviews"):
//! the review items of a conference, each a subject with its background documents, outcome,
//! the decision that made it, its effect and the architecture version it brought in; and the
//! First Review Conference's demo items as DOMAIN.md records them.
//!
//! Items are never overwritten: a correction is the subject's next version, with who, when
//! and why; every write is audited. This module says nothing about who may write: the web
//! layer checks that.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use treatydesk_domain::meeting::MeetingKind;
use treatydesk_domain::review::Subject;

use treatydesk_domain::finding::Message;

use crate::audit::Author;
use crate::entities::{convention, decision, meeting, review_item};
use crate::error::{Problem, said};
use crate::{Store, StoreError};

/// A review item as the ISU submits it.
#[derive(Clone, Debug, Default)]
pub struct NewReviewItem {
    pub subject: Option<Subject>,
    pub background: String,
    pub outcome: String,
    pub decision_id: Option<i32>,
    pub effect: String,
    pub architecture_version: Option<i32>,
    pub source: String,
    /// Why a correction is made (required when the subject already has an item).
    pub reason: String,
}

/// The longest text a field may have.
pub const MAX_TEXT: usize = 10_000;

impl Store {
    /// Every version of every review item of a meeting, by subject then version.
    pub async fn review_items(
        &self,
        meeting: &meeting::Model,
    ) -> Result<Vec<review_item::Model>, StoreError> {
        Ok(review_item::Entity::find()
            .filter(review_item::Column::MeetingId.eq(meeting.id))
            .order_by_asc(review_item::Column::Subject)
            .order_by_asc(review_item::Column::Revision)
            .all(self.db())
            .await?)
    }

    /// Records a review item, or the next version of the subject's item (a correction, which
    /// needs a reason). Refused for a meeting that is not a Review Conference, an item with
    /// neither background nor outcome, a decision of another convention, an architecture
    /// version not on record.
    pub async fn record_review_item(
        &self,
        author: &Author,
        convention: &convention::Model,
        meeting: &meeting::Model,
        item: &NewReviewItem,
    ) -> Result<review_item::Model, StoreError> {
        let mut problems = Vec::new();
        if MeetingKind::from_slug(&meeting.kind) != Some(MeetingKind::ReviewConference) {
            problems.push(Problem::new(
                Message::new("refuse-review-not-a-review-conference")
                    .meeting("meeting", &meeting.label),
                format!(
                    "{} is not a Review Conference: reviews of the architecture are held at one",
                    meeting.label
                ),
            ));
        }
        let Some(subject) = item.subject else {
            problems.push(said(
                "refuse-review-subject",
                "choose what is reviewed: the intersessional programme, the Working Groups, the Coordination Committee or the ISU",
            ));
            return Err(StoreError::Invalid(problems));
        };
        if item.background.trim().is_empty() && item.outcome.trim().is_empty() {
            problems.push(said(
                "refuse-review-empty",
                "give the background documents or the outcome (or both)",
            ));
        }
        if [
            &item.background,
            &item.outcome,
            &item.effect,
            &item.source,
            &item.reason,
        ]
        .iter()
        .any(|t| t.chars().count() > MAX_TEXT)
        {
            problems.push(Problem::new(
                Message::new("refuse-review-text-long")
                    .number("max", i64::try_from(MAX_TEXT).unwrap_or(i64::MAX)),
                format!("each text may have up to {MAX_TEXT} characters"),
            ));
        }
        if let Some(id) = item.decision_id {
            let found = decision::Entity::find_by_id(id)
                .filter(decision::Column::ConventionId.eq(convention.id))
                .one(self.db())
                .await?;
            if found.is_none() {
                problems.push(Problem::new(
                    Message::new("refuse-review-decision-unknown")
                        .code("id", &id.to_string())
                        .code("convention", &convention.short_name),
                    format!("there is no decision {id} in {}", convention.short_name),
                ));
            }
        }
        if let Some(v) = item.architecture_version {
            let (record, _) = self.offices(convention).await?;
            if !record
                .architecture
                .versions
                .iter()
                .any(|x| i64::from(x.version) == i64::from(v))
            {
                problems.push(Problem::new(
                    Message::new("refuse-review-version-unknown").code("version", &v.to_string()),
                    format!("there is no architecture version {v} on record"),
                ));
            }
        }
        let earlier = self
            .review_items(meeting)
            .await?
            .into_iter()
            .filter(|r| r.subject == subject.slug())
            .map(|r| r.revision)
            .max();
        if earlier.is_some() && item.reason.trim().chars().count() < 5 {
            problems.push(said(
                "refuse-review-reason",
                "this subject already has a review item: say why you correct it (5 characters or more)",
            ));
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let revision = earlier.unwrap_or(0) + 1;
        let reason = if item.reason.trim().is_empty() {
            author.reason.clone()
        } else {
            item.reason.trim().to_string()
        };
        let mut write = self
            .write(
                author,
                "meeting.review",
                format!(
                    "meeting {} review {} v{revision}",
                    meeting.label,
                    subject.slug()
                ),
            )
            .await?;
        write.convention(convention.id);
        let stored = review_item::ActiveModel {
            meeting_id: Set(meeting.id),
            subject: Set(subject.slug().to_string()),
            revision: Set(revision),
            background: Set(item.background.trim().to_string()),
            outcome: Set(item.outcome.trim().to_string()),
            decision_id: Set(item.decision_id),
            effect: Set(item.effect.trim().to_string()),
            architecture_version: Set(item.architecture_version),
            source: Set(item.source.trim().to_string()),
            at: Set(crate::now()),
            who: Set(author.who.clone()),
            reason: Set(reason),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.detail(serde_json::json!({ "subject": subject.slug(), "revision": revision }));
        write.commit().await?;
        Ok(stored)
    }

    /// The First Review Conference's review items as DOMAIN.md records them (1RC, Dubrovnik,
    /// 7-11 Sep 2015), each citing its source and marking [U] what is not confirmed; only when
    /// the 1RC has none.
    pub(crate) async fn load_first_review_items(
        &self,
        convention: &convention::Model,
    ) -> Result<(), StoreError> {
        let Ok(rc) = self.meeting(convention, "1RC").await else {
            return Ok(());
        };
        if !self.review_items(&rc).await?.is_empty() {
            return Ok(());
        }
        let author = Author::system("the 1RC's reviews as the reference facts record them");
        let items = [
            (
                Subject::IntersessionalProgramme,
                "CCM/CONF/2015/WP.3 (Dubrovnik Action Plan 2015-2020) [V]",
                "Until 2020 one Meeting of States Parties a year and no intersessional meetings; the President sets date, duration and venue (Geneva by default). Intersessional meetings stopped after 2015. [V]",
                "The intersessional schedule rule (P1.1) is dropped from the architecture from the 1RC's close. [V]",
                Some(2),
                "[V] DOMAIN: 1RC decisions (CCM ISU, UNODA)",
            ),
            (
                Subject::WorkingGroups,
                "The outcome's document is not on record [U]",
                "The architecture was reviewed (P2.8); from about 2017 the ISU calls the work thematic coordination, two Coordinators for each of six themes and one each for transparency and national implementation. No decision abolishing the Working Groups is on record. [U]",
                "Architecture version 2 (thematic coordination; transparency and national implementation Coordinators serve one year, renewable); its start date is taken from the 1RC's close [U].",
                Some(2),
                "[V] CCM ISU on thematic coordination; the decision and its date [U]",
            ),
            (
                Subject::CoordinationCommittee,
                "The outcome's document is not on record [U]",
                "The Committee as the ISU describes it: the President, the President-designate, the outgoing President and all Coordinators, with the ICRC, the UN and the CMC as observers; it meets about monthly. Which decision began this practice is not on record. [U]",
                "Architecture version 2 counts the outgoing President and the observers [U: date].",
                Some(2),
                "[V] CCM ISU on the Coordination Committee; the decision [U]",
            ),
            (
                Subject::Isu,
                "Hosting agreement with the GICHD, signed 2 August 2014 (para 7: reviewed every three years by a Meeting of States Parties or Review Conference) [V]",
                "The ISU was established in May 2015 and works from the GICHD's offices since June 2015; what the 1RC decided about it is not on record. [U]",
                "",
                None,
                "[V] DOMAIN: ISU (CCM ISU, GICHD); the 1RC's outcome [U]",
            ),
        ];
        for (subject, background, outcome, effect, version, source) in items {
            self.record_review_item(
                &author,
                convention,
                &rc,
                &NewReviewItem {
                    subject: Some(subject),
                    background: background.into(),
                    outcome: outcome.into(),
                    decision_id: None,
                    effect: effect.into(),
                    architecture_version: version,
                    source: source.into(),
                    reason: String::new(),
                },
            )
            .await?;
        }
        Ok(())
    }
}
