//! Participation and profiles of States under a convention: loading them as domain values, and
//! importing a participation file (all rows or none, with every bad row reported by line).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use serde::Serialize;
use treatydesk_domain::finding::Message;
use treatydesk_domain::participation::ParticipationRow;
use treatydesk_domain::{DepositKind, Participation, ProfileEntry, ProfileKind};

use crate::audit::Author;
use crate::entities::{actor, convention, participation, profile_entry};
use crate::error::{Problem, said};
use crate::registry::{ConventionRules, rules_of};
use crate::{Store, StoreError};

/// One State's record under a convention, with the actor it belongs to.
#[derive(Clone, Debug, Serialize)]
pub struct StateRecord {
    pub actor: actor::Model,
    pub participation: Participation,
}

/// The States list of each convention, kept with the generation stamp of the registry and
/// participation areas taken before it was read. Every write bumps its areas at commit
/// (`crate::audit::Write`), and writes of another process (the CLI) are seen by the store's
/// watcher (`crate::generation`), so a list whose stamp is current is current.
#[derive(Clone, Debug, Default)]
pub struct StateRecordCache(Arc<Mutex<HashMap<i32, MarkedRecords>>>);

/// A convention's States list and the audit mark it was read at.
type MarkedRecords = (u64, Arc<Vec<StateRecord>>);

/// What the States list is read from.
pub const RECORDS_AREAS: crate::generation::Areas = crate::generation::Areas::of(&[
    crate::generation::Area::Registry,
    crate::generation::Area::Participation,
]);

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    pub added: usize,
    pub replaced: usize,
}

fn to_domain(actor_code: &str, m: &participation::Model) -> Participation {
    Participation {
        actor: actor_code.to_string(),
        signed_on: m.signed_on,
        deposited_on: m.deposited_on,
        deposit_kind: m.deposit_kind.as_deref().and_then(DepositKind::parse),
        in_force_on: m.in_force_on,
        withdrawal_notified_on: m.withdrawal_notified_on,
        withdrawal_effective_on: m.withdrawal_effective_on,
        note: m.note.clone(),
    }
}

fn to_entry(m: profile_entry::Model) -> Option<ProfileEntry> {
    Some(ProfileEntry {
        kind: ProfileKind::from_slug(&m.kind)?,
        from: m.from_date,
        until: m.until_date,
        source: m.source,
    })
}

impl Store {
    /// Every State with a participation record under the convention, by English name. Read
    /// from the cache while no write has touched it since (no query at all).
    pub async fn state_records(
        &self,
        convention: &convention::Model,
    ) -> Result<Arc<Vec<StateRecord>>, StoreError> {
        let mark = self.generations.stamp(RECORDS_AREAS);
        if let Ok(cache) = self.records.0.lock()
            && let Some((at, records)) = cache.get(&convention.id)
            && *at == mark
        {
            return Ok(records.clone());
        }
        let records = Arc::new(self.read_state_records(convention).await?);
        if let Ok(mut cache) = self.records.0.lock() {
            cache.insert(convention.id, (mark, records.clone()));
        }
        Ok(records)
    }

    async fn read_state_records(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<StateRecord>, StoreError> {
        let mut records: Vec<StateRecord> = participation::Entity::find()
            .filter(participation::Column::ConventionId.eq(convention.id))
            .find_also_related(actor::Entity)
            .all(self.db())
            .await?
            .into_iter()
            .filter_map(|(row, actor)| {
                let actor = actor?;
                let participation = to_domain(&actor.code, &row);
                Some(StateRecord {
                    actor,
                    participation,
                })
            })
            .collect();
        records.sort_by(|a, b| a.actor.name_en.cmp(&b.actor.name_en));
        Ok(records)
    }

    /// One State's record (None when the State has none under this convention).
    pub async fn state_record(
        &self,
        convention: &convention::Model,
        actor: &actor::Model,
    ) -> Result<Option<Participation>, StoreError> {
        Ok(participation::Entity::find()
            .filter(participation::Column::ConventionId.eq(convention.id))
            .filter(participation::Column::ActorId.eq(actor.id))
            .one(self.db())
            .await?
            .map(|m| to_domain(&actor.code, &m)))
    }

    /// A State's profile entries under a convention (current ones: a corrected entry is left
    /// out), oldest first.
    pub async fn profile(
        &self,
        convention: &convention::Model,
        actor: &actor::Model,
    ) -> Result<Vec<ProfileEntry>, StoreError> {
        Ok(profile_entry::Entity::find()
            .filter(profile_entry::Column::ConventionId.eq(convention.id))
            .filter(profile_entry::Column::ActorId.eq(actor.id))
            .filter(profile_entry::Column::SupersededBy.is_null())
            .order_by_asc(profile_entry::Column::FromDate)
            .all(self.db())
            .await?
            .into_iter()
            .filter_map(to_entry)
            .collect())
    }

    /// Every profile entry of the convention, by actor id (for list filters).
    pub async fn profiles_by_actor(
        &self,
        convention: &convention::Model,
    ) -> Result<HashMap<i32, Vec<ProfileEntry>>, StoreError> {
        let mut map: HashMap<i32, Vec<ProfileEntry>> = HashMap::new();
        for m in profile_entry::Entity::find()
            .filter(profile_entry::Column::ConventionId.eq(convention.id))
            .filter(profile_entry::Column::SupersededBy.is_null())
            .all(self.db())
            .await?
        {
            let actor_id = m.actor_id;
            if let Some(entry) = to_entry(m) {
                map.entry(actor_id).or_default().push(entry);
            }
        }
        Ok(map)
    }

    /// Imports a participation file for the convention. Every row is checked first; when any
    /// row is bad nothing is written and every problem is returned as "line N: reason".
    pub async fn import_participation(
        &self,
        convention_code: &str,
        csv_text: &str,
        author: &Author,
    ) -> Result<ImportReport, StoreError> {
        let convention = self.convention(convention_code).await?;
        let rules = rules_of(&convention)?;
        let actors: HashMap<String, actor::Model> = self
            .actors()
            .await?
            .into_iter()
            .filter(|a| a.kind == "state")
            .map(|a| (a.code.clone(), a))
            .collect();
        let parsed = parse_participation_csv(csv_text, rules, |code| actors.contains_key(code))?;

        let existing: HashMap<i32, participation::Model> = participation::Entity::find()
            .filter(participation::Column::ConventionId.eq(convention.id))
            .all(self.db())
            .await?
            .into_iter()
            .map(|m| (m.actor_id, m))
            .collect();
        let mut report = ImportReport::default();
        let mut write = self
            .write(
                author,
                "participation.import",
                format!("participation of {} States", parsed.len()),
            )
            .await?;
        write.convention(convention.id);
        for p in &parsed {
            let Some(actor) = actors.get(&p.actor) else {
                continue;
            };
            let mut model = participation::ActiveModel {
                convention_id: Set(convention.id),
                actor_id: Set(actor.id),
                signed_on: Set(p.signed_on),
                deposited_on: Set(p.deposited_on),
                deposit_kind: Set(p.deposit_kind.map(|k| k.as_str().to_string())),
                in_force_on: Set(p.in_force_on),
                withdrawal_notified_on: Set(p.withdrawal_notified_on),
                withdrawal_effective_on: Set(p.withdrawal_effective_on),
                note: Set(p.note.clone()),
                ..Default::default()
            };
            if let Some(old) = existing.get(&actor.id) {
                model.id = Set(old.id);
                let stored = model.update(write.txn()).await?;
                if &stored != old {
                    // A replaced record is revised, not overwritten: the old one stays readable.
                    crate::participation_entries::add_revision(&write, Some(old), &stored, author)
                        .await?;
                }
                report.replaced += 1;
            } else {
                model.insert(write.txn()).await?;
                report.added += 1;
            }
        }
        write.detail(serde_json::json!({
            "added": report.added,
            "replaced": report.replaced,
        }));
        write.commit().await?;
        Ok(report)
    }
}

/// Parses and checks a whole participation file. Lines are numbered as a spreadsheet shows them
/// (the header is line 1).
pub fn parse_participation_csv(
    csv_text: &str,
    rules: ConventionRules,
    known_state: impl Fn(&str) -> bool,
) -> Result<Vec<Participation>, StoreError> {
    let (Some(entry_into_force), Some(withdrawal)) = (rules.entry_into_force, rules.withdrawal)
    else {
        return Err(StoreError::refuse(said(
            "refuse-import-rules-missing",
            "this convention's entry-into-force and withdrawal rules are not on record, so participation dates cannot be checked; add them to its preset first",
        )));
    };
    let required = [
        "state",
        "iso3",
        "signature_date",
        "ratification_date",
        "entry_into_force_date",
        "note",
    ];
    let mut reader = crate::csv_file::checked_reader(csv_text, &required)?;
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    let mut parsed = Vec::new();
    for (index, record) in reader.deserialize::<ParticipationRow>().enumerate() {
        let line = index + 2;
        let row = match record {
            Ok(row) => row,
            Err(e) => {
                problems.push(Problem::new(
                    Message::new("refuse-import-line-unreadable")
                        .number("line", i64::try_from(line).unwrap_or(i64::MAX))
                        .code("why", &e.to_string()),
                    format!("line {line}: {e}"),
                ));
                continue;
            }
        };
        match row.validate(entry_into_force, withdrawal, &known_state) {
            Ok(p) => {
                if !seen.insert(p.actor.clone()) {
                    problems.push(Problem::new(
                        Message::new("refuse-import-state-twice")
                            .number("line", i64::try_from(line).unwrap_or(i64::MAX))
                            .code("state", &p.actor),
                        format!(
                            "line {line}: {} appears more than once in the file",
                            p.actor
                        ),
                    ));
                }
                parsed.push(p);
            }
            Err(reasons) => {
                for reason in reasons {
                    problems.push(Problem::new(
                        Message::new("refuse-import-line")
                            .number("line", i64::try_from(line).unwrap_or(i64::MAX))
                            .messages("problem", vec![reason.message.clone()]),
                        format!("line {line}: {reason}"),
                    ));
                }
            }
        }
    }
    if !problems.is_empty() {
        return Err(StoreError::Invalid(problems));
    }
    if parsed.is_empty() {
        return Err(StoreError::refuse(said(
            "refuse-import-no-rows",
            "the file has a header but no rows",
        )));
    }
    Ok(parsed)
}
