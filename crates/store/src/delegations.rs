//! Registration as delegations work (issue 18 item 7): a State's focal point (or ISU staff for
//! it) registers several people of the State's delegation in one post with one note verbale,
//! corrects a person and withdraws one, each only until the meeting's registration deadline.
//!
//! A post is all or nothing: every person is checked by the rules of P1.1 (`domain::registration`)
//! with the delegation's counts growing person by person, and one refused person refuses the
//! post with every reason, by row. Each person gets a stable reference (`2ISM-NZL-0003`) and an
//! acknowledgement in the outbox, in the same transaction. A correction or withdrawal first
//! writes the values it replaces to `registration_revisions` (who, when, why), then changes the
//! registration, inside one audited write. This module must never change a registration without
//! keeping what it was, never accept a note verbale the credentials checks refuse, and never let
//! a caller acting for one State touch another State's registrations.

use std::collections::HashSet;

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder,
};
use treatydesk_domain::Lang;
use treatydesk_domain::finding::Message;
use treatydesk_domain::registration::{
    self as rules, ActorFact, Category, Circumstances, DelegationRole, Field, Parsed, Refusal,
    RegistrationForm, RegistrationStatus,
};

use crate::audit::Author;
use crate::entities::{convention, delegation_post, meeting, registration, registration_revision};
use crate::error::{Problem, said};
use crate::outbox::{LetterFacts, LetterKind, queue_mail};
use crate::registration::{
    Upload, delegation_counts, from_insert, issue_numbers, lock_settings, name_in, reference_of,
};
use crate::{Store, StoreError};

/// One person of a delegation post, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Delegate {
    pub family_name: String,
    pub given_name: String,
    pub email: String,
    /// head, member or adviser
    pub role: String,
}

impl Delegate {
    /// A row the form left blank (it is skipped, not refused).
    pub fn is_blank(&self) -> bool {
        [&self.family_name, &self.given_name, &self.email, &self.role]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

/// Why a post was refused: what concerns the post as a whole (window, deadline, note verbale,
/// category) and, for each person refused, its row (0-based, counting the rows as sent) and
/// every reason.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DelegationRefusal {
    pub post: Vec<Refusal>,
    pub rows: Vec<(usize, Vec<Refusal>)>,
}

impl DelegationRefusal {
    /// Every reason, row by row, each as its English sentence and its message (for the API's
    /// error and the logs).
    pub fn problems(&self) -> Vec<Problem> {
        let mut out: Vec<Problem> = self.post.iter().map(refusal_problem).collect();
        for (row, refusals) in &self.rows {
            let person = row + 1;
            for r in refusals {
                out.push(Problem::new(
                    Message::new("refuse-delegation-person")
                        .number("person", i64::try_from(person).unwrap_or(i64::MAX))
                        .messages("problem", vec![refusal_message(r)]),
                    format!("person {person}: {}", r.sentence()),
                ));
            }
        }
        out
    }
}

/// A registration rule's refusal as a message (`refuse-delegation-*`) whose English is its
/// sentence.
fn refusal_message(r: &Refusal) -> Message {
    let m = Message::new(&format!("refuse-delegation-{}", r.key()));
    match r {
        Refusal::Required { field } => m.code("field", field.slug()),
        Refusal::TooLong { field } => m
            .code("field", field.slug())
            .number("max", i64::try_from(rules::MAX_FIELD).unwrap_or(i64::MAX)),
        Refusal::UnknownActor { code }
        | Refusal::NotAState { code }
        | Refusal::NotAnOrganization { code } => m.code("value", code),
        Refusal::NotPartyInForce { state, day } | Refusal::PartyNotObserver { state, day } => {
            m.code("state", state).date("day", *day)
        }
        Refusal::NotYetOpen { opens_on } => m.date("day", *opens_on),
        Refusal::AfterDeadline { deadline } => m.date("day", *deadline),
        Refusal::CapReached { delegation, cap } => m
            .code("delegation", delegation)
            .number("cap", i64::from(*cap)),
        Refusal::HeadAlready { delegation } => m.code("delegation", delegation),
        Refusal::NotActive { reference } => m.code("reference", reference),
        Refusal::AlreadyRegistered { email } => m.code("email", email),
        Refusal::UnknownCategory
        | Refusal::UnknownRole
        | Refusal::EmailShape
        | Refusal::CredentialsRequired
        | Refusal::CredentialsNotPdf
        | Refusal::CredentialsTooLarge
        | Refusal::NotOpen
        | Refusal::ReasonRequired
        | Refusal::NobodyListed => m,
    }
}

fn refusal_problem(r: &Refusal) -> Problem {
    Problem::new(refusal_message(r), r.sentence())
}

/// What a post stored: the post and the people it registered, with their references.
#[derive(Clone, Debug)]
pub struct Posted {
    pub post: delegation_post::Model,
    pub registrations: Vec<registration::Model>,
}

/// A State's registrations at a meeting with their history, for the delegation's page and API.
#[derive(Clone, Debug)]
pub struct DelegationRecord {
    pub registrations: Vec<(registration::Model, Vec<registration_revision::Model>)>,
    pub posts: Vec<delegation_post::Model>,
}

/// Microseconds: what PostgreSQL keeps, so the row returned is the row stored.
fn now_stored() -> time::OffsetDateTime {
    let now = crate::now();
    now.replace_nanosecond(now.nanosecond() / 1000 * 1000)
        .unwrap_or(now)
}

/// Adds a refusal once (the window and the deadline would otherwise repeat on every row).
fn push_once(list: &mut Vec<Refusal>, refusal: Refusal) {
    if !list.contains(&refusal) {
        list.push(refusal);
    }
}

impl Store {
    /// Registers several people of State `code`'s delegation at once, with one note verbale
    /// (`upload`; without one, the note of an earlier post of the delegation covers them, and
    /// the first post must carry one). `Ok(Err(_))` is a refusal with every reason by row;
    /// nothing is stored then.
    #[allow(clippy::too_many_arguments)]
    pub async fn register_delegation(
        &self,
        author: &Author,
        convention: &convention::Model,
        meeting: &meeting::Model,
        code: &str,
        category: &str,
        people: &[Delegate],
        upload: Option<Upload>,
        lang: Lang,
    ) -> Result<Result<Posted, DelegationRefusal>, StoreError> {
        let code = code.trim().to_uppercase();
        let mut refused = DelegationRefusal::default();
        let upload = upload.filter(|u| !u.content.is_empty());
        if let Some(u) = &upload
            && let Err(r) = rules::check_credentials(&u.content)
        {
            refused.post.push(r);
        }
        let category = Category::from_slug(category.trim());
        if !category.is_some_and(Category::is_state) {
            refused.post.push(Refusal::UnknownCategory);
        }
        let category = category.unwrap_or(Category::StateParty);
        let listed: Vec<(usize, &Delegate)> = people
            .iter()
            .enumerate()
            .filter(|(_, d)| !d.is_blank())
            .collect();
        if listed.is_empty() {
            refused.post.push(Refusal::NobodyListed);
        }
        let mut parsed: Vec<(usize, Parsed)> = Vec::new();
        let mut emails = HashSet::new();
        for (row, d) in &listed {
            let form = RegistrationForm {
                category: category.slug().into(),
                actor: code.clone(),
                organization: String::new(),
                family_name: d.family_name.clone(),
                given_name: d.given_name.clone(),
                email: d.email.clone(),
                role: d.role.clone(),
            };
            match rules::parse(&form) {
                Ok(p) => {
                    // The same address twice in one post: the second is "already registered".
                    if !emails.insert(p.dedupe_key()) {
                        refused.rows.push((*row, vec![already(&p.email)]));
                        continue;
                    }
                    parsed.push((*row, p));
                }
                Err(r) => refused.rows.push((*row, r)),
            }
        }
        let today = crate::now().date();
        let reference_day = meeting.opens_on.unwrap_or(today);
        let (fact, found) = self
            .actor_fact(convention, Some(&code), reference_day)
            .await?;
        match &fact {
            ActorFact::State { .. } => {}
            ActorFact::Organization { .. } => {
                refused.post.push(Refusal::NotAState { code: code.clone() })
            }
            _ => refused
                .post
                .push(Refusal::UnknownActor { code: code.clone() }),
        }
        let delegation = format!("{}:{code}", category.slug());
        let mut write = self
            .write(
                author,
                "registration.delegation",
                format!("the delegation of {code} for {}", meeting.label),
            )
            .await?;
        write.convention(convention.id);
        let settings = lock_settings(self, &write, meeting.id).await?;
        let (mut count, mut has_head) =
            delegation_counts(write.txn(), meeting.id, &delegation).await?;
        // The note verbale: this post's, or the delegation's latest one.
        let earlier = delegation_post::Entity::find()
            .filter(delegation_post::Column::MeetingId.eq(meeting.id))
            .filter(delegation_post::Column::ActorCode.eq(&code))
            .filter(delegation_post::Column::CredentialId.is_not_null())
            .order_by_desc(delegation_post::Column::Id)
            .one(write.txn())
            .await?
            .and_then(|p| p.credential_id);
        let taken: HashSet<String> = if parsed.is_empty() {
            HashSet::new()
        } else {
            registration::Entity::find()
                .filter(registration::Column::MeetingId.eq(meeting.id))
                .filter(
                    registration::Column::DedupeKey
                        .is_in(parsed.iter().map(|(_, p)| p.dedupe_key())),
                )
                .all(write.txn())
                .await?
                .into_iter()
                .map(|r| r.dedupe_key)
                .collect()
        };
        for (row, p) in &parsed {
            let c = Circumstances {
                today,
                reference_day,
                open: settings.is_some(),
                opens_on: settings.as_ref().and_then(|s| s.opens_on),
                deadline: settings.as_ref().and_then(|s| s.deadline),
                cap: settings
                    .as_ref()
                    .and_then(|s| s.cap_per_organization)
                    .and_then(|c| u32::try_from(c).ok()),
                actor: fact.clone(),
                delegation_count: count,
                delegation_has_head: has_head,
                has_credentials: upload.is_some() || earlier.is_some(),
            };
            let mut mine = Vec::new();
            for r in rules::check(p, &c) {
                match r.field() {
                    Field::Form | Field::Credentials => push_once(&mut refused.post, r),
                    // The State itself is refused once, for the post.
                    Field::Actor if !matches!(r, Refusal::CapReached { .. }) => {
                        push_once(&mut refused.post, r);
                    }
                    _ => mine.push(r),
                }
            }
            if taken.contains(&p.dedupe_key()) {
                mine.push(already(&p.email));
            }
            if mine.is_empty() {
                count += 1;
                has_head |= p.role == DelegationRole::Head;
            } else {
                refused.rows.push((*row, mine));
            }
        }
        if !refused.post.is_empty() || !refused.rows.is_empty() {
            refused.rows.sort_by_key(|(row, _)| *row);
            return Ok(Err(refused));
        }
        // Only an accepted post's file is written.
        let credential_id = match &upload {
            Some(u) => {
                let hash = self.store_credentials(&u.content).await?;
                Some(self.credential_row(&write, &hash, u).await?)
            }
            None => earlier,
        };
        let now = now_stored();
        let post = delegation_post::Entity::insert(delegation_post::ActiveModel {
            meeting_id: Set(meeting.id),
            actor_code: Set(code.clone()),
            category: Set(category.slug().to_string()),
            credential_id: Set(credential_id),
            posted_at: Set(now),
            posted_by: Set(author.who.clone()),
            ..Default::default()
        })
        .exec_with_returning(write.txn())
        .await?;
        let shown = rules::delegation_name(
            parsed.first().map(|(_, p)| p).ok_or_else(|| {
                StoreError::refuse(said(
                    "refuse-delegation-empty-post",
                    "a post names at least one person",
                ))
            })?,
            &fact,
        );
        let delegation_shown = name_in(found.as_ref(), &shown, lang);
        let mut stored = Vec::new();
        let mut number =
            issue_numbers(write.txn(), meeting.id, Some(&code), parsed.len() as u64).await?;
        for (_, p) in &parsed {
            let reference = rules::reference(&meeting.label, Some(&code), number);
            number += 1;
            let mut saved = registration::Model {
                id: 0,
                meeting_id: meeting.id,
                category: category.slug().to_string(),
                actor_code: Some(code.clone()),
                organization: shown.clone(),
                family_name: p.family_name.clone(),
                given_name: p.given_name.clone(),
                email: p.email.clone(),
                delegation_role: p.role.slug().to_string(),
                delegation: delegation.clone(),
                status: RegistrationStatus::Pending.slug().to_string(),
                submitted_at: now,
                decided_at: None,
                decided_by: None,
                credential_id,
                dedupe_key: p.dedupe_key(),
                head_key: (p.role == DelegationRole::Head).then(|| delegation.clone()),
                lang: lang.code().to_string(),
                reference: Some(reference.clone()),
                delegation_post_id: Some(post.id),
                decision_reason: None,
            };
            let mut row: registration::ActiveModel = saved.clone().into();
            row.id = sea_orm::ActiveValue::NotSet;
            saved.id = registration::Entity::insert(row)
                .exec(write.txn())
                .await
                .map_err(|e| from_insert(e, p, &meeting.label, &shown))?
                .last_insert_id;
            let letter = self.letters.letter(
                lang,
                LetterKind::Acknowledgement,
                &LetterFacts {
                    given_name: p.given_name.clone(),
                    family_name: p.family_name.clone(),
                    meeting: meeting.label.clone(),
                    category: category.slug().to_string(),
                    delegation: delegation_shown.clone(),
                    reference,
                    reason: String::new(),
                },
            );
            queue_mail(write.txn(), &p.email, &letter.subject, &letter.body).await?;
            stored.push(saved);
        }
        write.detail(serde_json::json!({
            "post": post.id,
            "state": code,
            "category": category.slug(),
            "credentials": credential_id,
            "registrations": stored.iter().map(|r| serde_json::json!({
                "id": r.id, "reference": r.reference, "role": r.delegation_role,
            })).collect::<Vec<_>>(),
        }));
        write.commit().await?;
        Ok(Ok(Posted {
            post,
            registrations: stored,
        }))
    }

    /// A State's registrations at a meeting, each with its revisions (oldest first), and the
    /// delegation's posts.
    pub async fn delegation_record(
        &self,
        meeting: &meeting::Model,
        code: &str,
    ) -> Result<DelegationRecord, StoreError> {
        let rows = registration::Entity::find()
            .filter(registration::Column::MeetingId.eq(meeting.id))
            .filter(registration::Column::ActorCode.eq(code))
            .filter(
                registration::Column::Category
                    .is_in([Category::StateParty.slug(), Category::ObserverState.slug()]),
            )
            .order_by_asc(registration::Column::Id)
            .all(self.db())
            .await?;
        let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
        let revisions = if ids.is_empty() {
            Vec::new()
        } else {
            registration_revision::Entity::find()
                .filter(registration_revision::Column::RegistrationId.is_in(ids))
                .order_by_asc(registration_revision::Column::RegistrationId)
                .order_by_asc(registration_revision::Column::Revision)
                .all(self.db())
                .await?
        };
        let posts = delegation_post::Entity::find()
            .filter(delegation_post::Column::MeetingId.eq(meeting.id))
            .filter(delegation_post::Column::ActorCode.eq(code))
            .order_by_asc(delegation_post::Column::Id)
            .all(self.db())
            .await?;
        Ok(DelegationRecord {
            registrations: rows
                .into_iter()
                .map(|r| {
                    let mine = revisions
                        .iter()
                        .filter(|v| v.registration_id == r.id)
                        .cloned()
                        .collect();
                    (r, mine)
                })
                .collect(),
            posts,
        })
    }

    /// One registration of a meeting for a caller acting for State `scope` (None: ISU staff,
    /// any registration). Another State's registration is `NotFound`, as a missing one.
    async fn registration_in_scope(
        &self,
        txn: &sea_orm::DatabaseTransaction,
        meeting: &meeting::Model,
        id: i32,
        scope: Option<&str>,
    ) -> Result<registration::Model, StoreError> {
        let missing = || StoreError::NotFound(format!("registration {id} for {}", meeting.label));
        let row = registration::Entity::find_by_id(id)
            .filter(registration::Column::MeetingId.eq(meeting.id))
            .one(txn)
            .await?
            .ok_or_else(missing)?;
        match scope {
            Some(code) if row.actor_code.as_deref() != Some(code) => Err(missing()),
            _ => Ok(row),
        }
    }

    /// Keeps the values `row` has now as its next revision, changed by `author` for `reason`.
    async fn keep_revision(
        &self,
        write: &crate::audit::Write,
        author: &Author,
        row: &registration::Model,
        change: &str,
        reason: &str,
    ) -> Result<i32, StoreError> {
        let before = registration_revision::Entity::find()
            .filter(registration_revision::Column::RegistrationId.eq(row.id))
            .count(write.txn())
            .await?;
        let revision = i32::try_from(before).unwrap_or(i32::MAX - 1) + 1;
        registration_revision::ActiveModel {
            registration_id: Set(row.id),
            revision: Set(revision),
            change: Set(change.to_string()),
            family_name: Set(row.family_name.clone()),
            given_name: Set(row.given_name.clone()),
            email: Set(row.email.clone()),
            delegation_role: Set(row.delegation_role.clone()),
            status: Set(row.status.clone()),
            at: Set(now_stored()),
            who: Set(author.who.clone()),
            reason: Set(reason.to_string()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        Ok(revision)
    }

    /// The refusals that close a change to `row`: not active, or after the deadline.
    async fn change_refusals(
        &self,
        write: &crate::audit::Write,
        meeting: &meeting::Model,
        row: &registration::Model,
    ) -> Result<Vec<Refusal>, StoreError> {
        let mut refusals = Vec::new();
        let active = RegistrationStatus::from_slug(&row.status).is_some_and(|s| s.is_active());
        if !active {
            refusals.push(Refusal::NotActive {
                reference: reference_of(&meeting.label, row),
            });
        }
        let settings = lock_settings(self, write, meeting.id).await?;
        if let Err(r) =
            rules::check_change_window(crate::now().date(), settings.and_then(|s| s.deadline))
        {
            refusals.push(r);
        }
        Ok(refusals)
    }

    /// Corrects a person of a delegation: the values they had are kept as a revision (who,
    /// when, `reason`), then the new ones stored. A corrected registration that was approved is
    /// pending again, for the ISU to decide on what it now says. Refused after the deadline,
    /// without a reason, or when the registration is refused or withdrawn.
    pub async fn correct_registration(
        &self,
        author: &Author,
        meeting: &meeting::Model,
        id: i32,
        scope: Option<&str>,
        change: &Delegate,
        reason: &str,
    ) -> Result<registration::Model, StoreError> {
        let reason = reason.trim();
        let mut write = self
            .write(
                author,
                "registration.correct",
                format!("registration {id} for {}", meeting.label),
            )
            .await?;
        write.convention(meeting.convention_id);
        let row = self
            .registration_in_scope(write.txn(), meeting, id, scope)
            .await?;
        let form = RegistrationForm {
            category: row.category.clone(),
            actor: row.actor_code.clone().unwrap_or_default(),
            organization: row.organization.clone(),
            family_name: change.family_name.clone(),
            given_name: change.given_name.clone(),
            email: change.email.clone(),
            role: change.role.clone(),
        };
        let mut refusals = self.change_refusals(&write, meeting, &row).await?;
        if reason.is_empty() {
            refusals.push(Refusal::ReasonRequired);
        } else if reason.chars().count() > 2000 {
            refusals.push(Refusal::TooLong {
                field: Field::Reason,
            });
        }
        let parsed = match rules::parse(&form) {
            Ok(p) => Some(p),
            Err(more) => {
                refusals.extend(more);
                None
            }
        };
        let Some(parsed) = parsed.filter(|_| refusals.is_empty()) else {
            return Err(StoreError::Refused(refusals));
        };
        if parsed.role == DelegationRole::Head && row.head_key.is_none() {
            let (_, has_head) = delegation_counts(write.txn(), meeting.id, &row.delegation).await?;
            if has_head {
                return Err(StoreError::Refused(vec![Refusal::HeadAlready {
                    delegation: row.organization.clone(),
                }]));
            }
        }
        if parsed.dedupe_key() != row.dedupe_key {
            let taken = registration::Entity::find()
                .filter(registration::Column::MeetingId.eq(meeting.id))
                .filter(registration::Column::DedupeKey.eq(parsed.dedupe_key()))
                .count(write.txn())
                .await?;
            if taken > 0 {
                return Err(StoreError::Refused(vec![already(&parsed.email)]));
            }
        }
        let revision = self
            .keep_revision(&write, author, &row, "correction", reason)
            .await?;
        let before = serde_json::json!({
            "family_name": row.family_name, "given_name": row.given_name,
            "email": row.email, "role": row.delegation_role, "status": row.status,
        });
        let delegation = row.delegation.clone();
        let label = row.organization.clone();
        let mut model: registration::ActiveModel = row.into();
        model.family_name = Set(parsed.family_name.clone());
        model.given_name = Set(parsed.given_name.clone());
        model.email = Set(parsed.email.clone());
        model.dedupe_key = Set(parsed.dedupe_key());
        model.delegation_role = Set(parsed.role.slug().to_string());
        model.head_key = Set((parsed.role == DelegationRole::Head).then(|| delegation.clone()));
        model.status = Set(RegistrationStatus::Pending.slug().to_string());
        model.decided_at = Set(None);
        model.decided_by = Set(None);
        let saved = model
            .update(write.txn())
            .await
            .map_err(|e| from_insert(e, &parsed, &meeting.label, &label))?;
        write.detail(serde_json::json!({
            "id": id,
            "revision": revision,
            "reason": reason,
            "before": before,
            "after": {
                "family_name": saved.family_name, "given_name": saved.given_name,
                "email": saved.email, "role": saved.delegation_role, "status": saved.status,
            },
        }));
        write.commit().await?;
        Ok(saved)
    }

    /// Withdraws a person from a delegation (until the deadline): the values they had are kept
    /// as a revision, with `reason` (may be empty), and the registration is withdrawn.
    pub async fn withdraw_registration(
        &self,
        author: &Author,
        meeting: &meeting::Model,
        id: i32,
        scope: Option<&str>,
        reason: &str,
    ) -> Result<registration::Model, StoreError> {
        let reason = reason.trim();
        let mut write = self
            .write(
                author,
                "registration.withdraw",
                format!("registration {id} for {}", meeting.label),
            )
            .await?;
        write.convention(meeting.convention_id);
        let row = self
            .registration_in_scope(write.txn(), meeting, id, scope)
            .await?;
        let mut refusals = self.change_refusals(&write, meeting, &row).await?;
        if reason.chars().count() > 2000 {
            refusals.push(Refusal::TooLong {
                field: Field::Reason,
            });
        }
        if !refusals.is_empty() {
            return Err(StoreError::Refused(refusals));
        }
        let revision = self
            .keep_revision(&write, author, &row, "withdrawal", reason)
            .await?;
        let was = row.status.clone();
        let mut model: registration::ActiveModel = row.into();
        model.status = Set(RegistrationStatus::Withdrawn.slug().to_string());
        model.head_key = Set(None);
        model.decided_at = Set(Some(now_stored()));
        model.decided_by = Set(Some(author.who.clone()));
        let saved = model.update(write.txn()).await?;
        write.detail(serde_json::json!({
            "id": id, "revision": revision, "reason": reason, "was": was,
        }));
        write.commit().await?;
        Ok(saved)
    }
}

/// "This address is already registered" as a refusal of the e-mail field.
fn already(email: &str) -> Refusal {
    Refusal::AlreadyRegistered {
        email: email.to_string(),
    }
}
