//! Universalization (P4.4(e), issue 16 item 4) as the pages and the API read it: the States not
//! party on a date with their standing (signatory, not a signatory, withdrawn, or no record where
//! the participation list is partial), the States Parties counted at the end of each year, and
//! the ISU's entries about States not party (outreach activities and statements of intent), each
//! shown only to a reader who reaches its access level — with every earlier revision.
//!
//! Nothing here writes; the store's audited `outreach` functions do.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use time::Date;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::universalization::{
    check_outreach_access, may_correct_outreach, may_record_outreach, non_party_status,
    parties_per_year,
};
use treatydesk_domain::{AccessLevel, Viewer};
use treatydesk_store::StoreError;
use treatydesk_store::entities::{actor, convention, outreach_revision};
use treatydesk_store::outreach::{NewOutreach, OutreachRecord};
use treatydesk_store::registry::rules_of;
use utoipa::ToSchema;

use crate::ctx::Ctx;
use crate::{AppState, WebError};

/// One version of an entry.
#[derive(Clone, Serialize, ToSchema)]
pub struct OutreachRevisionOut {
    pub revision: i32,
    /// `outreach` (an outreach activity) or `intent` (a statement of intent).
    pub kind: String,
    /// YYYY-MM-DD
    pub on: String,
    /// Who acted, or who spoke.
    pub who: String,
    pub what: String,
    /// The Working Group or thematic area (empty when none).
    pub working_group: String,
    /// Who may read it: public, states-parties, committee or isu.
    pub access: String,
    /// Why it was corrected (empty for the first revision).
    pub reason: String,
    pub recorded_by: String,
    /// RFC 3339
    pub recorded_at: String,
}

/// An entry about a State not party as it stands, with the versions it replaced.
#[derive(Clone, Serialize, ToSchema)]
pub struct EntryOut {
    pub id: i32,
    /// The State (ISO 3166-1 alpha-3).
    pub state: String,
    pub current: OutreachRevisionOut,
    /// Earlier versions, oldest first (empty when never corrected).
    pub earlier: Vec<OutreachRevisionOut>,
    pub url: String,
}

/// A State not party on the date.
#[derive(Clone, Serialize, ToSchema)]
pub struct NonPartyOut {
    pub iso3: String,
    pub name_en: String,
    pub name_fr: String,
    pub name_es: String,
    pub name_ar: String,
    /// signatory, not-signatory, withdrawn, or no-record (the participation list is partial
    /// and does not hold the State).
    pub status: String,
    /// YYYY-MM-DD, when it signed.
    pub signed_on: Option<String>,
    /// The entries about it the reader may read.
    pub entries: usize,
    /// The date of the newest of them.
    pub last_entry_on: Option<String>,
    pub url: String,
}

/// States Parties at the end of one year.
#[derive(Clone, Serialize, ToSchema)]
pub struct PartiesYearOut {
    pub year: i32,
    /// The day counted (YYYY-MM-DD): 31 December, or the day asked for in its year.
    pub on: String,
    /// States bound that day.
    pub in_force: usize,
    /// States that had deposited an instrument, in force or not yet.
    pub parties: usize,
}

/// The universalization of a convention on a date.
#[derive(Clone, Serialize, ToSchema)]
pub struct UniversalizationOut {
    pub convention: String,
    /// YYYY-MM-DD
    pub as_of: String,
    /// The participation list is partial: "no-record" is not "not-signatory".
    pub list_partial: bool,
    pub participation_note: String,
    pub states_parties: usize,
    pub in_force: usize,
    pub not_party: Vec<NonPartyOut>,
    pub years: Vec<PartiesYearOut>,
    /// The entries the reader may read, newest first.
    pub entries: Vec<EntryOut>,
    pub map_url: String,
}

/// One State's universalization record.
#[derive(Clone, Serialize, ToSchema)]
pub struct StateUniversalizationOut {
    pub convention: String,
    pub iso3: String,
    pub name_en: String,
    /// As in [`NonPartyOut`], or `state-party` when it is one on the date.
    pub status: String,
    /// YYYY-MM-DD
    pub as_of: String,
    pub entries: Vec<EntryOut>,
}

/// An entry to record.
#[derive(Clone, Deserialize, ToSchema, Default, Debug)]
pub struct OutreachIn {
    /// `outreach` or `intent`
    #[serde(default)]
    pub kind: String,
    /// YYYY-MM-DD
    #[serde(default)]
    pub on: String,
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub working_group: String,
    /// public, states-parties, committee or isu
    #[serde(default)]
    pub access: String,
}

/// A correction: the entry as it should read, and why.
#[derive(Clone, Deserialize, ToSchema, Default, Debug)]
pub struct OutreachCorrectionIn {
    #[serde(flatten)]
    pub entry: OutreachIn,
    #[serde(default)]
    pub reason: String,
}

impl OutreachIn {
    pub fn to_store(&self) -> NewOutreach {
        NewOutreach {
            kind: self.kind.clone(),
            on: self.on.clone(),
            who: self.who.clone(),
            what: self.what.clone(),
            working_group: self.working_group.clone(),
            access: self.access.clone(),
        }
    }

    /// The form prefilled with an entry's current text.
    pub fn from_revision(r: &OutreachRevisionOut) -> Self {
        OutreachIn {
            kind: r.kind.clone(),
            on: r.on.clone(),
            who: r.who.clone(),
            what: r.what.clone(),
            working_group: r.working_group.clone(),
            access: r.access.clone(),
        }
    }
}

/// The address of the public universalization page.
pub fn page_url(code: &str) -> String {
    format!("/{code}/universalization")
}

/// The address of a State's universalization page.
pub fn state_url(code: &str, iso3: &str) -> String {
    format!("/{code}/universalization/{iso3}")
}

/// May the reader read the entry (its current access level)?
pub fn visible(viewer: &Viewer, code: &str, r: &OutreachRecord) -> bool {
    viewer.can_read(code, r.access())
}

fn revision_out(r: &outreach_revision::Model) -> OutreachRevisionOut {
    OutreachRevisionOut {
        revision: r.revision,
        kind: r.kind.clone(),
        on: format_date(r.on_date),
        who: r.who.clone(),
        what: r.what.clone(),
        working_group: r.working_group.clone(),
        access: r.access.clone(),
        reason: r.reason.clone(),
        recorded_by: r.created_by.clone(),
        recorded_at: r
            .created_at
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default(),
    }
}

/// An entry as read (None when it has no revision, which the store never writes).
pub fn entry_out(code: &str, r: &OutreachRecord) -> Option<EntryOut> {
    let (current, earlier) = r.revisions.split_last()?;
    Some(EntryOut {
        id: r.activity.id,
        state: r.activity.actor_code.clone(),
        current: revision_out(current),
        earlier: earlier.iter().map(revision_out).collect(),
        url: format!(
            "{}#entry-{}",
            state_url(code, &r.activity.actor_code),
            r.activity.id
        ),
    })
}

/// The State an address names (its alpha-3 code, any case), or 404.
pub async fn state_named(state: &AppState, iso3: &str) -> Result<actor::Model, WebError> {
    let missing = || WebError::NotFound(format!("there is no State \"{iso3}\" in the registry"));
    match state.store.actor(&iso3.trim().to_uppercase()).await {
        Ok(a) if a.kind == "state" => Ok(a),
        Ok(_) | Err(StoreError::NotFound(_)) => Err(missing()),
        Err(e) => Err(e.into()),
    }
}

/// The universalization of `c` on `as_of`, with the entries `viewer` may read.
pub async fn load(
    state: &AppState,
    c: &convention::Model,
    as_of: Date,
    viewer: &Viewer,
) -> Result<UniversalizationOut, WebError> {
    let rules = rules_of(c)?;
    let records = state.store.state_records(c).await?;
    let list_partial = !c.participation_note.trim().is_empty();
    let by_code: HashMap<&str, &treatydesk_domain::Participation> = records
        .iter()
        .map(|r| (r.actor.code.as_str(), &r.participation))
        .collect();
    let entries: Vec<EntryOut> = state
        .store
        .outreach_entries(c, None)
        .await?
        .iter()
        .filter(|r| visible(viewer, &c.code, r))
        .filter_map(|r| entry_out(&c.code, r))
        .collect();
    let mut not_party = Vec::new();
    for a in state
        .store
        .actors()
        .await?
        .iter()
        .filter(|a| a.kind == "state")
    {
        let record = by_code.get(a.code.as_str()).copied();
        let Some(status) = non_party_status(record, as_of, rules.withdrawal, list_partial) else {
            continue;
        };
        let mine: Vec<&EntryOut> = entries.iter().filter(|e| e.state == a.code).collect();
        not_party.push(NonPartyOut {
            iso3: a.code.clone(),
            name_en: a.name_en.clone(),
            name_fr: a.name_fr.clone(),
            name_es: a.name_es.clone(),
            name_ar: a.name_ar.clone(),
            status: status.slug().to_string(),
            signed_on: record.and_then(|p| p.signed_on).map(format_date),
            entries: mine.len(),
            last_entry_on: mine.iter().map(|e| e.current.on.clone()).max(),
            url: state_url(&c.code, &a.code),
        });
    }
    let participations: Vec<&treatydesk_domain::Participation> =
        records.iter().map(|r| &r.participation).collect();
    let first_year = participations
        .iter()
        .filter_map(|p| p.deposited_on.or(p.in_force_on))
        .map(|d| d.year())
        .min()
        .unwrap_or(as_of.year())
        .min(as_of.year());
    let years: Vec<PartiesYearOut> =
        parties_per_year(&participations, first_year, as_of, rules.withdrawal)
            .into_iter()
            .map(|y| PartiesYearOut {
                year: y.year,
                on: format_date(y.on),
                in_force: y.in_force,
                parties: y.parties,
            })
            .collect();
    let (states_parties, in_force) = years.last().map_or((0, 0), |y| (y.parties, y.in_force));
    Ok(UniversalizationOut {
        convention: c.code.clone(),
        as_of: format_date(as_of),
        list_partial,
        participation_note: c.participation_note.clone(),
        states_parties,
        in_force,
        not_party,
        years,
        entries,
        map_url: format!("/{}/map", c.code),
    })
}

/// One State's entries the reader may read, with its standing on `as_of`.
pub async fn load_state(
    state: &AppState,
    c: &convention::Model,
    a: &actor::Model,
    as_of: Date,
    viewer: &Viewer,
) -> Result<StateUniversalizationOut, WebError> {
    let rules = rules_of(c)?;
    let records = state.store.state_records(c).await?;
    let record = records
        .iter()
        .find(|r| r.actor.code == a.code)
        .map(|r| &r.participation);
    let list_partial = !c.participation_note.trim().is_empty();
    let status = non_party_status(record, as_of, rules.withdrawal, list_partial)
        .map_or("state-party", |s| s.slug());
    let entries = state
        .store
        .outreach_entries(c, Some(&a.code))
        .await?
        .iter()
        .filter(|r| visible(viewer, &c.code, r))
        .filter_map(|r| entry_out(&c.code, r))
        .collect();
    Ok(StateUniversalizationOut {
        convention: c.code.clone(),
        iso3: a.code.clone(),
        name_en: a.name_en.clone(),
        status: status.to_string(),
        as_of: format_date(as_of),
        entries,
    })
}

/// An entry the reader may read, or 404 (a restricted entry does not exist for others).
pub async fn readable_entry(
    state: &AppState,
    c: &convention::Model,
    a: &actor::Model,
    id: &str,
    viewer: &Viewer,
) -> Result<OutreachRecord, WebError> {
    let missing = || WebError::NotFound(format!("there is no universalization entry {id}"));
    let number: i32 = id.parse().map_err(|_| missing())?;
    match state.store.outreach_entry(c, a, number).await {
        Ok(r) if visible(viewer, &c.code, &r) => Ok(r),
        Ok(_) | Err(StoreError::NotFound(_)) => Err(missing()),
        Err(e) => Err(e.into()),
    }
}

/// The levels an entry may be given, for the forms.
pub fn access_levels() -> impl Iterator<Item = &'static str> {
    AccessLevel::ALL.iter().map(|a| a.slug())
}

/// A new entry's writer: ISU staff, the President or a Coordinator (P4.4(e)); an anonymous
/// reader is asked to sign in, anyone else refused.
pub fn require_writer(ctx: &Ctx, code: &str) -> Result<(), WebError> {
    ctx.require(code, AccessLevel::Committee)?;
    if may_record_outreach(&ctx.viewer, code) {
        Ok(())
    } else {
        Err(WebError::Forbidden)
    }
}

/// A correction's writer: the ISU any entry, a President or Coordinator their own.
pub fn require_corrector(ctx: &Ctx, code: &str, entry: &OutreachRecord) -> Result<(), WebError> {
    if may_correct_outreach(&ctx.viewer, code, &entry.activity.created_by) {
        Ok(())
    } else {
        Err(WebError::Forbidden)
    }
}

/// The sentence refusing an access level the writer could not read themselves, if so, in the
/// reader's language.
pub fn access_problem(ctx: &Ctx, code: &str, input: &OutreachIn) -> Option<String> {
    let level = AccessLevel::from_slug(input.access.trim())?;
    check_outreach_access(&ctx.viewer, code, level).err()?;
    let readers = ctx.t(&format!("mtg-level-{}", level.slug()));
    Some(ctx.ts("univ-refuse-level", &readers))
}

/// The access levels a writer may give an entry: those they can read.
pub fn writable_levels(viewer: &Viewer, code: &str) -> Vec<&'static str> {
    AccessLevel::ALL
        .iter()
        .filter(|l| viewer.can_read(code, **l))
        .map(|l| l.slug())
        .collect()
}
