//! Nominations for a meeting that selects Coordinators (issue 12 item 2), shared by the
//! nominations page and its API: who may see which nominations, who may nominate or withdraw
//! for which State, the seats a nomination may choose, and the answers.
//!
//! ISU staff and the President see every nomination; a focal point sees its own State's; the
//! Coordinators see them all once the meeting has opened (the list is closed). A focal point
//! nominates its own State; ISU staff nominate any State, recorded as entered on its behalf.
//! The store checks the rest (P2.4, the order of preference, the meeting not yet open) and
//! audits every write. This module never writes.

use serde::{Deserialize, Serialize};
use time::Date;
use treatydesk_domain::architecture::Version;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::meeting::Meeting;
use treatydesk_domain::record_kept::{
    NominationStatus, nominations_open, p2_4_nomination, term_first_day,
};
use treatydesk_domain::rules::{Finding, Severity};
use treatydesk_domain::{AccessLevel, Lang, Role};
use treatydesk_store::entities::{actor, meeting, nomination};
use utoipa::ToSchema;

use crate::ctx::Ctx;
use crate::views::listing;
use crate::views::offices::{FindingOut, OfficeRecord, finding_out, load};
use crate::{AppState, WebError};

/// One seat chosen, with its order of preference (1 = first choice).
#[derive(Clone, Serialize, ToSchema)]
pub struct ChoiceOut {
    pub seat: String,
    /// The seat and its body, in words; the key when the seat is not in the architecture.
    pub seat_name: String,
    pub preference: u8,
}

/// A State's nomination for seats at a meeting.
#[derive(Clone, Serialize, ToSchema)]
pub struct NominationOut {
    pub id: i32,
    /// The State's alpha-3 code.
    pub state: String,
    /// The State's name in the reader's language.
    pub state_name: String,
    /// In order of preference.
    pub choices: Vec<ChoiceOut>,
    pub statement: String,
    /// standing or withdrawn
    pub status: String,
    /// Entered by ISU staff on the State's behalf, not by its focal point.
    pub on_behalf: bool,
    /// The day it was made (YYYY-MM-DD).
    pub made_on: Option<String>,
    pub withdrawn_on: Option<String>,
    /// The reader may withdraw it (the State's focal point or ISU staff, until the meeting
    /// opens).
    pub may_withdraw: bool,
}

/// A seat a nomination may choose: a seat of the architecture in force at the meeting.
#[derive(Clone, Serialize, ToSchema)]
pub struct NominationSeatOut {
    pub key: String,
    pub title: String,
    pub body: String,
}

/// A meeting's nominations as the reader may see them.
#[derive(Clone, Serialize, ToSchema)]
pub struct NominationsOut {
    pub convention: String,
    pub meeting: String,
    /// Nominations may still be made and withdrawn (the meeting has not opened).
    pub open: bool,
    pub opens_on: Option<String>,
    /// The meeting selects Coordinators: otherwise it takes no nominations.
    pub selects: bool,
    /// The reader sees every nomination, not only their own State's.
    pub sees_all: bool,
    /// The States the reader may nominate now as their focal point (not one with a standing
    /// nomination: it withdraws that first).
    pub may_nominate: Vec<String>,
    /// The reader (ISU staff) may nominate any State now, on its behalf.
    pub may_nominate_any_state: bool,
    pub seats: Vec<NominationSeatOut>,
    pub nominations: Vec<NominationOut>,
}

/// One seat chosen in a request.
#[derive(Clone, Deserialize, ToSchema)]
pub struct ChoiceIn {
    pub seat: String,
    /// 1 = first choice; the choices run 1, 2, 3... without gaps.
    pub preference: u8,
}

/// A nomination as a client sends it.
#[derive(Clone, Deserialize, ToSchema)]
pub struct NominationIn {
    /// The State nominated (alpha-3). A focal point may leave it out: its own State. ISU staff
    /// name it; the nomination is recorded as entered on the State's behalf.
    #[serde(default)]
    pub state: Option<String>,
    pub choices: Vec<ChoiceIn>,
    /// A short statement in support (at most 2,000 characters).
    #[serde(default)]
    pub statement: String,
}

/// A nomination recorded, with the warnings the rules on nomination gave it (errors refuse it).
#[derive(Clone, Serialize, ToSchema)]
pub struct NominatedOut {
    pub nomination: NominationOut,
    pub findings: Vec<FindingOut>,
}

/// A meeting with what its nominations are read against.
pub struct MeetingNominations {
    pub loaded: OfficeRecord,
    pub meeting: meeting::Model,
    pub record_meeting: Meeting,
    pub today: Date,
    /// Every actor by code, for names.
    pub actors: Vec<actor::Model>,
}

impl MeetingNominations {
    pub fn code(&self) -> &str {
        &self.loaded.convention.code
    }

    /// Nominations may still be made and withdrawn.
    pub fn open(&self) -> bool {
        nominations_open(&self.record_meeting, self.today)
    }

    /// The architecture in force at the meeting, as P2.4 reads it: on its closing day, else its
    /// opening day, else the term's expected first day; the latest version when none is known.
    pub fn version(&self) -> Option<&Version> {
        let m = &self.record_meeting;
        let arch = &self.loaded.record.architecture;
        m.closes_on
            .or(m.opens_on)
            .or_else(|| term_first_day(&self.loaded.record, m).map(|d| d.date()))
            .and_then(|d| arch.version_on(d))
            .or_else(|| arch.latest())
    }

    /// Does the meeting select Coordinators?
    pub fn selects(&self) -> bool {
        self.version()
            .and_then(|v| v.meeting_rule(self.record_meeting.kind))
            .is_some_and(|r| r.selects)
    }

    pub fn seats(&self) -> Vec<NominationSeatOut> {
        self.version()
            .map(|v| {
                v.seats()
                    .map(|(b, s)| NominationSeatOut {
                        key: s.key.clone(),
                        title: self.loaded.term(&s.title),
                        body: self.loaded.term(&b.name),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn seat_name(&self, key: &str) -> String {
        self.version()
            .and_then(|v| v.seat(key))
            .map_or(key.to_string(), |(b, s)| {
                format!(
                    "{}: {}",
                    self.loaded.term(&b.name),
                    self.loaded.term(&s.title)
                )
            })
    }

    /// A State's name in `lang`.
    pub fn state_name(&self, code: &str, lang: Lang) -> String {
        self.actors
            .iter()
            .find(|a| a.code == code)
            .map_or(code.to_string(), |a| listing::name_in(a, lang).to_string())
    }

    /// Every State of the registry, by name in `lang`: the States ISU staff may nominate.
    pub fn states(&self, lang: Lang) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = self
            .actors
            .iter()
            .filter(|a| a.kind == "state")
            .map(|a| (a.code.clone(), listing::name_in(a, lang).to_string()))
            .collect();
        crate::locale::sort_by_name(lang, &mut out, |(_, n)| n.as_str());
        out
    }

    /// The P2.4 warnings (and findings for information) a standing nomination gets now.
    pub fn warnings(&self, n: &nomination::Model) -> Vec<Finding> {
        let seats: Vec<String> = choices_of(n).into_iter().map(|(s, _)| s).collect();
        p2_4_nomination(
            &self.loaded.record,
            &*self.loaded.facts,
            &self.record_meeting,
            &n.state,
            &seats,
        )
        .into_iter()
        .filter(|f| f.severity != Severity::Error)
        .collect()
    }

    pub fn nomination_out(&self, ctx: &Ctx, n: &nomination::Model) -> NominationOut {
        let mut choices = choices_of(n);
        choices.sort_by_key(|(_, p)| *p);
        NominationOut {
            id: n.id,
            state: n.state.clone(),
            state_name: self.state_name(&n.state, ctx.lang),
            choices: choices
                .into_iter()
                .map(|(seat, preference)| ChoiceOut {
                    seat_name: self.seat_name(&seat),
                    seat,
                    preference,
                })
                .collect(),
            statement: n.statement.clone(),
            status: n.status.clone(),
            on_behalf: n.on_behalf,
            made_on: n.created_at.map(|t| format_date(t.date())),
            withdrawn_on: n.withdrawn_at.map(|t| format_date(t.date())),
            may_withdraw: self.open()
                && n.status == NominationStatus::Standing.slug()
                && may_act_for(ctx, self.code(), &n.state),
        }
    }
}

/// The seats and preferences a nomination holds.
fn choices_of(n: &nomination::Model) -> Vec<(String, u8)> {
    serde_json::from_str(&n.choices).unwrap_or_default()
}

impl MeetingNominations {
    /// The same nominations, their names in the reader's language.
    pub fn read_by(mut self, ctx: &crate::ctx::Ctx) -> MeetingNominations {
        self.loaded.read_by(ctx);
        self
    }
}

/// The meeting `label` of convention `code` with its record, as on today.
pub async fn meeting_nominations(
    state: &AppState,
    code: &str,
    label: &str,
) -> Result<MeetingNominations, WebError> {
    let loaded = load(state, code).await?;
    let meeting = state.store.meeting(&loaded.convention, label).await?;
    let record_meeting = loaded
        .record
        .meeting(i64::from(meeting.id))
        .cloned()
        .ok_or_else(|| WebError::NotFound(format!("the meeting \"{label}\"")))?;
    let actors = state.store.actors().await?;
    Ok(MeetingNominations {
        loaded,
        meeting,
        record_meeting,
        today: listing::today(),
        actors,
    })
}

/// The States a reader is the focal point of in convention `code`.
pub fn focal_states(ctx: &Ctx, code: &str) -> Vec<String> {
    ctx.viewer
        .grants
        .iter()
        .filter(|g| g.role == Role::FocalPoint && g.convention.as_deref() == Some(code))
        .filter_map(|g| g.actor.clone())
        .collect()
}

/// May the reader nominate or withdraw for `state`: ISU staff, or the State's focal point?
pub fn may_act_for(ctx: &Ctx, code: &str, state: &str) -> bool {
    ctx.viewer.can_read(code, AccessLevel::Isu)
        || focal_states(ctx, code).iter().any(|s| s == state)
}

/// Which nominations the reader sees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seeing {
    All,
    /// The nominations of these States (the reader's own).
    Own(Vec<String>),
}

impl Seeing {
    pub fn sees(&self, state: &str) -> bool {
        match self {
            Seeing::All => true,
            Seeing::Own(states) => states.iter().any(|s| s == state),
        }
    }
}

/// ISU staff and the President see every nomination; the Coordinators once the meeting has
/// opened; a focal point its own State's. Anyone else is asked to sign in or refused.
pub fn seeing(ctx: &Ctx, m: &MeetingNominations) -> Result<Seeing, WebError> {
    let code = m.code();
    ctx.require(code, AccessLevel::StatesParties)?;
    let coordinator = ctx
        .viewer
        .grants
        .iter()
        .any(|g| g.role == Role::Coordinator && g.convention.as_deref() == Some(code));
    if crate::views::plan::president_or_isu(ctx, code) || (coordinator && !m.open()) {
        return Ok(Seeing::All);
    }
    let own = focal_states(ctx, code);
    if own.is_empty() {
        Err(WebError::Forbidden)
    } else {
        Ok(Seeing::Own(own))
    }
}

/// Nominations may be made at `m` now: it selects Coordinators and has not opened.
pub fn takes_nominations(m: &MeetingNominations) -> bool {
    m.open() && m.selects()
}

/// The States the reader may nominate at `m` now as their focal point (the answer leaves out
/// those with a standing nomination).
pub fn may_nominate(ctx: &Ctx, m: &MeetingNominations) -> Vec<String> {
    if takes_nominations(m) {
        focal_states(ctx, m.code())
    } else {
        Vec::new()
    }
}

/// The reader (ISU staff) may nominate any State at `m` now.
pub fn may_nominate_any(ctx: &Ctx, m: &MeetingNominations) -> bool {
    takes_nominations(m) && ctx.viewer.can_read(m.code(), AccessLevel::Isu)
}

/// May the reader nominate any State at all (ISU staff, or a focal point)? Asks an anonymous
/// reader to sign in and refuses the others.
pub fn require_nominator(ctx: &Ctx, code: &str) -> Result<(), WebError> {
    ctx.require(code, AccessLevel::StatesParties)?;
    if ctx.viewer.can_read(code, AccessLevel::Isu) || !focal_states(ctx, code).is_empty() {
        Ok(())
    } else {
        Err(WebError::Forbidden)
    }
}

/// The State a nomination is for and whether it is entered on the State's behalf: a focal
/// point nominates its own State (the one it names, or its only one); ISU staff name the State.
/// `Ok(None)`: no State was given where one is needed (the form says so).
pub fn nominee(
    ctx: &Ctx,
    code: &str,
    given: Option<&str>,
) -> Result<Option<(String, bool)>, WebError> {
    ctx.require(code, AccessLevel::StatesParties)?;
    let given = given
        .map(|s| s.trim().to_uppercase())
        .filter(|s| !s.is_empty());
    let own = focal_states(ctx, code);
    let isu = ctx.viewer.can_read(code, AccessLevel::Isu);
    match given {
        Some(s) if own.contains(&s) => Ok(Some((s, false))),
        Some(s) if isu => Ok(Some((s, true))),
        Some(_) => Err(WebError::Forbidden),
        None if own.len() == 1 => Ok(own.into_iter().next().map(|s| (s, false))),
        None if isu || !own.is_empty() => Ok(None),
        None => Err(WebError::Forbidden),
    }
}

/// The answer for the reader: what they may see of the meeting's nominations.
pub async fn nominations_out(
    state: &AppState,
    ctx: &Ctx,
    m: &MeetingNominations,
) -> Result<NominationsOut, WebError> {
    let seeing = seeing(ctx, m)?;
    let all = state.store.nominations_for(&m.meeting).await?;
    Ok(NominationsOut {
        convention: m.code().to_string(),
        meeting: m.meeting.label.clone(),
        open: m.open(),
        opens_on: m.record_meeting.opens_on.map(format_date),
        selects: m.selects(),
        sees_all: seeing == Seeing::All,
        // A State with a standing nomination withdraws it before nominating again.
        may_nominate: may_nominate(ctx, m)
            .into_iter()
            .filter(|s| {
                !all.iter()
                    .any(|n| &n.state == s && n.status == NominationStatus::Standing.slug())
            })
            .collect(),
        may_nominate_any_state: may_nominate_any(ctx, m),
        seats: m.seats(),
        nominations: all
            .iter()
            .filter(|n| seeing.sees(&n.state))
            .map(|n| m.nomination_out(ctx, n))
            .collect(),
    })
}

/// The nomination `id` of the meeting, for a reader who may withdraw it; 404 when the meeting
/// has no such nomination.
pub async fn withdrawable(
    state: &AppState,
    ctx: &Ctx,
    m: &MeetingNominations,
    id: i32,
) -> Result<nomination::Model, WebError> {
    ctx.require(m.code(), AccessLevel::StatesParties)?;
    let n = state
        .store
        .nominations_for(&m.meeting)
        .await?
        .into_iter()
        .find(|n| n.id == id)
        .ok_or_else(|| {
            WebError::NotFound(format!(
                "there is no nomination {id} for {}",
                m.meeting.label
            ))
        })?;
    if may_act_for(ctx, m.code(), &n.state) {
        Ok(n)
    } else {
        Err(WebError::Forbidden)
    }
}

/// Should the meeting page link to the nominations? When the meeting selects Coordinators and
/// the reader may see some of them.
pub async fn link_shown(state: &AppState, ctx: &Ctx, code: &str, label: &str) -> bool {
    if !ctx.viewer.can_read(code, AccessLevel::StatesParties) {
        return false;
    }
    match meeting_nominations(state, code, label).await {
        Ok(m) => m.selects() && seeing(ctx, &m).is_ok(),
        Err(_) => false,
    }
}

/// The findings of a recorded nomination, for an answer.
pub fn findings_out(findings: &[Finding]) -> Vec<FindingOut> {
    findings.iter().map(finding_out).collect()
}
