//! The States Parties list, computed once for the page, the CSV export and the API: every State
//! with a participation record, its status on the chosen date, filters and counts.

use serde::Deserialize;
use time::Date;
use treatydesk_domain::calendar::parse_date;
use treatydesk_domain::{Lang, ParticipationStatus, ProfileEntry, ProfileKind, UnGroup};
use treatydesk_store::Store;
use treatydesk_store::entities::{actor, convention};
use treatydesk_store::participation::StateRecord;
use treatydesk_store::registry::{ConventionRules, rules_of};

use crate::WebError;

/// The list's filters as typed in the address (empty means "all").
#[derive(Clone, Debug, Default, Deserialize)]
pub struct ListParams {
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub group: String,
    #[serde(default)]
    pub profile: String,
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub as_of: String,
}

/// Checked filters.
#[derive(Clone, Debug)]
pub struct Filters {
    pub status: Option<ParticipationStatus>,
    pub group: Option<UnGroup>,
    pub profile: Option<ProfileKind>,
    pub q: String,
    pub as_of: Date,
}

/// Today's date (UTC); the web layer reads the clock here and passes dates down.
pub fn today() -> Date {
    treatydesk_store::now().date()
}

/// Reads `?as_of=YYYY-MM-DD` (today when absent).
/// `as_of` on a list that shows everything when it is absent: `None` then.
pub fn as_of_given(raw: &str) -> Result<Option<Date>, WebError> {
    if raw.trim().is_empty() {
        Ok(None)
    } else {
        as_of(raw).map(Some)
    }
}

pub fn as_of(raw: &str) -> Result<Date, WebError> {
    if raw.trim().is_empty() {
        return Ok(today());
    }
    parse_date(raw).ok_or_else(|| {
        WebError::BadRequest(format!(
            "as_of \"{}\" is not a date in the form YYYY-MM-DD",
            raw.trim()
        ))
    })
}

impl ListParams {
    pub fn check(&self) -> Result<Filters, WebError> {
        let status = match self.status.trim() {
            "" => None,
            s => Some(
                ParticipationStatus::from_slug(s)
                    .filter(|s| ParticipationStatus::FILTERABLE.contains(s))
                    .ok_or_else(|| {
                        WebError::BadRequest(format!(
                            "status \"{s}\" is not one of party-in-force, ratified-not-in-force, signatory, withdrawn"
                        ))
                    })?,
            ),
        };
        let group = match self.group.trim() {
            "" => None,
            g => Some(UnGroup::from_slug(g).ok_or_else(|| {
                WebError::BadRequest(format!("group \"{g}\" is not a UN regional group"))
            })?),
        };
        let profile = match self.profile.trim() {
            "" => None,
            p => Some(ProfileKind::from_slug(p).ok_or_else(|| {
                WebError::BadRequest(format!(
                    "profile \"{p}\" is not one of affected, stockpile-holder, victim-assistance"
                ))
            })?),
        };
        Ok(Filters {
            status,
            group,
            profile,
            q: self.q.trim().to_string(),
            as_of: as_of(&self.as_of)?,
        })
    }
}

/// One row of the list.
#[derive(Clone, Debug)]
pub struct StateRow {
    pub record: StateRecord,
    pub status: ParticipationStatus,
    pub group: Option<UnGroup>,
    /// The profile facts that hold on the list's date.
    pub profiles: Vec<ProfileEntry>,
}

impl StateRow {
    /// The kinds of profile that hold, each once.
    pub fn profile_kinds(&self) -> Vec<ProfileKind> {
        let mut kinds: Vec<ProfileKind> = Vec::new();
        for e in &self.profiles {
            if !kinds.contains(&e.kind) {
                kinds.push(e.kind);
            }
        }
        kinds
    }
}

/// The list and its counts.
#[derive(Clone, Debug)]
pub struct Listing {
    pub convention: convention::Model,
    pub rules: ConventionRules,
    pub filters: Filters,
    pub rows: Vec<StateRow>,
    /// Count per filterable status, over the States that pass the other filters.
    pub counts: Vec<(ParticipationStatus, usize)>,
    /// States with a record, before any filter.
    pub total: usize,
}

/// An actor's name in a language.
pub fn name_in(actor: &actor::Model, lang: Lang) -> &str {
    match lang {
        Lang::En => &actor.name_en,
        Lang::Fr => &actor.name_fr,
        Lang::Es => &actor.name_es,
        Lang::Ar => &actor.name_ar,
    }
}

/// A State of the registry by its alpha-3 code (any case); organizations are not States.
pub async fn state_actor(store: &Store, iso3: &str) -> Result<actor::Model, WebError> {
    match store.actor(&iso3.to_uppercase()).await {
        Ok(a) if a.kind == "state" => Ok(a),
        Ok(_) | Err(treatydesk_store::StoreError::NotFound(_)) => Err(WebError::NotFound(format!(
            "there is no State with the code \"{iso3}\""
        ))),
        Err(e) => Err(e.into()),
    }
}

pub async fn load(
    store: &Store,
    code: &str,
    filters: Filters,
    lang: Lang,
) -> Result<Listing, WebError> {
    let convention = crate::extract::convention(store, code).await?;
    let rules = rules_of(&convention)?;
    let records = store.state_records(&convention).await?;
    let profiles = store.profiles_by_actor(&convention).await?;
    let total = records.len();
    let needle = filters.q.to_lowercase();
    let mut counts: Vec<(ParticipationStatus, usize)> = ParticipationStatus::FILTERABLE
        .iter()
        .map(|s| (*s, 0))
        .collect();
    let mut rows = Vec::new();
    for record in records.iter().cloned() {
        let status = record
            .participation
            .status_on(filters.as_of, rules.withdrawal);
        let group = record
            .actor
            .un_group
            .as_deref()
            .and_then(UnGroup::from_slug);
        let active: Vec<ProfileEntry> = profiles
            .get(&record.actor.id)
            .map(|entries| {
                entries
                    .iter()
                    .filter(|e| e.holds_on(filters.as_of))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        if filters.group.is_some() && group != filters.group {
            continue;
        }
        if filters
            .profile
            .is_some_and(|p| !active.iter().any(|e| e.kind == p))
        {
            continue;
        }
        if !needle.is_empty()
            && !Lang::ALL
                .iter()
                .any(|l| name_in(&record.actor, *l).to_lowercase().contains(&needle))
            && record.actor.code.to_lowercase() != needle
        {
            continue;
        }
        if let Some(c) = counts.iter_mut().find(|(s, _)| *s == status) {
            c.1 += 1;
        }
        if filters.status.is_some_and(|s| s != status) {
            continue;
        }
        rows.push(StateRow {
            record,
            status,
            group,
            profiles: active,
        });
    }
    // In the reader's alphabet (issue 19): "Égypte" among the E, not after "Zimbabwe".
    crate::locale::sort_by_name(lang, &mut rows, |r| name_in(&r.record.actor, lang));
    Ok(Listing {
        convention,
        rules,
        filters,
        rows,
        counts,
        total,
    })
}
