//! The architecture, terms of office, the Coordination Committee and the rule findings, as
//! views shared by the pages and the JSON API: one place computes them from the store's record,
//! so that a page and its API answer the same. Public views hold public facts only; findings
//! (which carry the written justifications of overrides) are for States Parties and above.
//! Nothing here writes.

use serde::{Deserialize, Serialize};
use time::Date;
use treatydesk_domain::architecture::{MemberRule, Version};
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::committee::{Capacity, Unfilled, committee_on};
use treatydesk_domain::finding::{Message, Problem};
use treatydesk_domain::office::{Post, Record, Term, TermEnd};
use treatydesk_domain::rules::{Facts, Finding, Severity};
use treatydesk_store::architecture::StoreFacts;
use treatydesk_store::entities::{convention, meeting};
use utoipa::ToSchema;

use crate::ctx::Ctx;
use crate::views::findings::problem;
use crate::{AppState, WebError};

pub use crate::views::findings::{FindingOut, OverrideOut, SeverityOut, finding_out};

/// Who holds a post, for how long.
#[derive(Clone, Serialize, ToSchema)]
pub struct HolderOut {
    /// Actor code (ISO alpha-3 for a State), or a person's name for a personal office.
    pub actor: String,
    pub name: String,
    pub appointment: i64,
    /// First day of the term (YYYY-MM-DD).
    pub start: String,
    /// The day the successor takes over; absent when open-ended.
    pub end: Option<String>,
    /// True when `end` is computed from the annual cycle (the later meeting has no date yet).
    pub end_expected: bool,
    /// The holder is a State of the registry (it has a State page).
    pub is_state: bool,
}

#[derive(Clone, Serialize, ToSchema)]
pub struct SeatOut {
    pub key: String,
    pub title: String,
    pub term_cycles: u32,
    pub first_round_cycles: Option<u32>,
    pub renewable: bool,
    pub succeeds_to: Option<String>,
    pub holder: Option<HolderOut>,
}

#[derive(Clone, Serialize, ToSchema)]
pub struct BodyOut {
    pub key: String,
    /// working-group, thematic-area, standing-committee or group-of-experts
    pub kind: String,
    pub name: String,
    /// The body whose meeting time this one shares.
    pub within: Option<String>,
    pub staggered: bool,
    pub source: String,
    pub seats: Vec<SeatOut>,
}

#[derive(Clone, Serialize, ToSchema)]
pub struct OfficeOut {
    pub key: String,
    pub name: String,
    pub holder: Option<HolderOut>,
}

/// A version of the architecture (D13: its own schema name, apart from a document's
/// `records::VersionOut`).
#[derive(Clone, Serialize, ToSchema)]
#[schema(as = ArchitectureVersionOut)]
pub struct VersionOut {
    pub version: u32,
    pub effective_on: String,
    pub until: Option<String>,
    pub adopted_by: String,
    pub source: String,
}

/// The architecture in force on a date, with who holds each seat and office that day.
#[derive(Clone, Serialize, ToSchema)]
pub struct ArchitectureOut {
    pub convention: String,
    pub as_of: String,
    pub version: VersionOut,
    pub versions: Vec<VersionOut>,
    /// P2.6 applies.
    pub cooling_off: bool,
    /// P2.5's affected-State preference applies.
    pub affected_preference: bool,
    pub bodies: Vec<BodyOut>,
    pub offices: Vec<OfficeOut>,
    /// The committee's composition rule, in words.
    pub committee: Vec<String>,
}

/// One term of office.
#[derive(Clone, Serialize, ToSchema)]
pub struct TermOut {
    pub appointment: i64,
    /// seat:{key} or office:{key}
    pub post: String,
    pub post_name: String,
    pub holder: HolderOut,
    /// The meeting that selected (label, e.g. 2MSP).
    pub selected_at: Option<String>,
    /// The meeting presided (offices).
    pub presides: Option<String>,
    /// "2MSP decision 3"
    pub decision: Option<String>,
    pub cycles: Option<u32>,
    pub source: String,
}

#[derive(Clone, Serialize, ToSchema)]
pub struct MemberOut {
    pub actor: String,
    pub name: String,
    /// chair, office, outgoing, coordinator or organization
    pub capacity: String,
    /// The office, or the seat and body, in words.
    pub detail: String,
    pub observer: bool,
    pub appointment: Option<i64>,
}

/// The Coordination Committee on a date (P3.2).
#[derive(Clone, Serialize, ToSchema)]
pub struct CommitteeOut {
    pub convention: String,
    pub as_of: String,
    pub name: String,
    pub clause: String,
    pub version: u32,
    pub members: Vec<MemberOut>,
    /// Lines of the rule that nobody filled that day.
    pub unfilled: Vec<String>,
    /// Who held which office that day (President, President-Designate, ISU Director, and the
    /// outgoing President where the architecture counts one).
    pub offices: Vec<OfficeHeldOut>,
}

/// An office on a date and who held it.
#[derive(Clone, Serialize, ToSchema)]
pub struct OfficeHeldOut {
    /// The office key: president, president-designate, isu-director.
    pub office: String,
    /// Its name in the architecture version in force that day.
    pub name: String,
    /// The outgoing holder (whose term ended most recently), not the one in office.
    pub outgoing: bool,
    /// The holder's actor code or name; absent when the office is vacant that day.
    pub holder: Option<String>,
    pub holder_name: Option<String>,
    /// YYYY-MM-DD
    pub start: Option<String>,
    /// YYYY-MM-DD, when the term's end is known
    pub end: Option<String>,
}

#[derive(Clone, Serialize, ToSchema)]
pub struct FindingsOut {
    pub convention: String,
    pub as_of: String,
    /// Errors that stand (not set aside).
    pub errors: usize,
    /// Warnings that stand (not set aside).
    pub warnings: usize,
    /// Findings for information: they break no rule.
    pub info: usize,
    pub findings: Vec<FindingOut>,
}

/// A convention's offices record (architecture, terms, appointments) and the facts about its
/// actors, loaded once per request.
pub struct OfficeRecord {
    pub convention: convention::Model,
    pub record: std::sync::Arc<Record>,
    pub facts: std::sync::Arc<StoreFacts>,
    /// The language actors and the preset's names are given in (English unless a page asks
    /// for the reader's).
    pub lang: treatydesk_domain::Lang,
    /// The reader is ISU staff: a preset name shown in English says so.
    pub staff: bool,
}

pub async fn load(state: &AppState, code: &str) -> Result<OfficeRecord, WebError> {
    let convention = crate::extract::convention(&state.store, code).await?;
    let (record, facts) = state.store.offices(&convention).await?;
    Ok(OfficeRecord {
        convention,
        record,
        facts,
        lang: treatydesk_domain::Lang::En,
        staff: false,
    })
}

fn date(d: Date) -> String {
    format_date(d)
}

impl OfficeRecord {
    /// The same record for the reader: actors and the preset's names in their language.
    pub fn for_reader(mut self, ctx: &Ctx) -> OfficeRecord {
        self.read_by(ctx);
        self
    }

    /// Names actors and the preset's names in the reader's language from now on.
    pub fn read_by(&mut self, ctx: &Ctx) {
        self.lang = ctx.lang;
        self.staff = ctx
            .viewer
            .can_read(&self.convention.code, treatydesk_domain::AccessLevel::Isu);
    }

    /// A name the convention's preset gives, in the record's language.
    pub fn term(&self, english: &str) -> String {
        crate::i18n::term(self.lang, self.staff, &self.convention.code, english)
    }

    /// An actor's name in the record's language (its code when it is not in the registry).
    pub fn name(&self, actor: &str) -> String {
        self.facts.actor(actor).map_or_else(
            || self.facts.name(actor),
            |a| crate::views::listing::name_in(a, self.lang).to_string(),
        )
    }

    pub fn holder(&self, t: &Term) -> HolderOut {
        HolderOut {
            actor: t.holder.clone(),
            name: self.name(&t.holder),
            appointment: t.appointment,
            start: date(t.start),
            end: t.end.date().map(date),
            end_expected: matches!(t.end, TermEnd::Expected(_)),
            is_state: self.facts.is_state(&t.holder) == Some(true),
        }
    }

    pub fn post_name(&self, post: &Post) -> String {
        self.record.post_name_in(post, &|s| self.term(s))
    }

    fn label(&self, meeting: Option<i64>) -> Option<String> {
        meeting
            .and_then(|id| self.record.meeting(id))
            .map(|m| m.label.clone())
    }

    pub fn term_out(&self, t: &Term) -> TermOut {
        let a = self
            .record
            .appointments
            .iter()
            .find(|a| a.id == t.appointment);
        TermOut {
            appointment: t.appointment,
            post: t.post.slug(),
            post_name: self.post_name(&t.post),
            holder: self.holder(t),
            selected_at: self.label(a.and_then(|a| a.selected_at)),
            presides: self.label(a.and_then(|a| a.presides)),
            decision: a
                .and_then(|a| a.decision)
                .and_then(|id| self.record.decision(id))
                .map(|d| {
                    format!(
                        "{} decision {}",
                        self.label(Some(d.meeting)).unwrap_or_default(),
                        d.number
                    )
                }),
            cycles: a.and_then(|a| a.cycles),
            source: a.map(|a| a.source.clone()).unwrap_or_default(),
        }
    }

    pub fn version_out(&self, v: &Version) -> VersionOut {
        VersionOut {
            version: v.version,
            effective_on: date(v.effective_on),
            until: self.record.architecture.version_end(v).map(date),
            adopted_by: v.adopted_by.clone(),
            source: v.source.clone(),
        }
    }

    pub fn architecture_on(&self, as_of: Date) -> Result<ArchitectureOut, WebError> {
        let arch = &self.record.architecture;
        let v = arch.version_on(as_of).ok_or_else(|| {
            WebError::NotFound(format!(
                "no architecture of {} was in force on {}{}",
                self.convention.short_name,
                date(as_of),
                arch.versions
                    .first()
                    .map(|f| format!("; the first took effect on {}", date(f.effective_on)))
                    .unwrap_or_default()
            ))
        })?;
        let held = self.record.held_on(as_of);
        let holder_of = |post: Post| held.iter().find(|t| t.post == post).map(|t| self.holder(t));
        Ok(ArchitectureOut {
            convention: self.convention.code.clone(),
            as_of: date(as_of),
            version: self.version_out(v),
            versions: arch.versions.iter().map(|v| self.version_out(v)).collect(),
            cooling_off: v.rules.cooling_off,
            affected_preference: v.rules.affected_preference,
            bodies: v
                .bodies
                .iter()
                .map(|b| BodyOut {
                    key: b.key.clone(),
                    kind: b.kind.slug().to_string(),
                    name: self.term(&b.name),
                    within: b.within.clone(),
                    staggered: b.staggered,
                    source: b.source.clone(),
                    seats: b
                        .seats
                        .iter()
                        .map(|s| SeatOut {
                            key: s.key.clone(),
                            title: self.term(&s.title),
                            term_cycles: s.term_cycles,
                            first_round_cycles: s.first_round_cycles,
                            renewable: s.renewable,
                            succeeds_to: s.succeeds_to.clone(),
                            holder: holder_of(Post::Seat(s.key.clone())),
                        })
                        .collect(),
                })
                .collect(),
            offices: v
                .offices
                .iter()
                .map(|o| OfficeOut {
                    key: o.key.clone(),
                    name: self.term(&o.name),
                    holder: holder_of(Post::Office(o.key.clone())),
                })
                .collect(),
            committee: v
                .committee
                .iter()
                .flat_map(|c| c.members.iter())
                .map(|m| self.member_rule(v, m))
                .collect(),
        })
    }

    fn member_rule(&self, v: &Version, m: &MemberRule) -> String {
        let office = |k: &str| v.office(k).map_or(k.to_string(), |o| self.term(&o.name));
        let say = |key: &str, value: &str| crate::i18n::tr_s(self.lang, key, "value", value);
        match m {
            MemberRule::Office { office: k, chair } if *chair => {
                say("committee-rule-chair", &office(k))
            }
            MemberRule::Office { office: k, .. } => office(k),
            MemberRule::Outgoing { office: k } => say("committee-rule-outgoing", &office(k)),
            MemberRule::Coordinators => crate::i18n::tr(self.lang, "committee-rule-coordinators"),
            MemberRule::Organization { actor, observer } => say(
                if *observer {
                    "committee-rule-observer"
                } else {
                    "committee-rule-organization"
                },
                &self.name(actor),
            ),
        }
    }

    pub fn committee_on(&self, as_of: Date) -> Result<CommitteeOut, WebError> {
        let c = committee_on(&self.record, as_of).ok_or_else(|| {
            WebError::NotFound(format!(
                "{} had no coordinating committee on {}",
                self.convention.short_name,
                date(as_of)
            ))
        })?;
        let v = self.record.architecture.version_on(as_of);
        let office = |k: &str| {
            v.and_then(|v| v.office(k))
                .map_or(k.to_string(), |o| self.term(&o.name))
        };
        Ok(CommitteeOut {
            convention: self.convention.code.clone(),
            as_of: date(as_of),
            name: self.term(&c.name),
            clause: c.clause.clone(),
            version: c.version,
            members: c
                .members
                .iter()
                .map(|m| {
                    let (capacity, detail, observer) = match &m.capacity {
                        Capacity::Office { office: k, chair } => {
                            (if *chair { "chair" } else { "office" }, office(k), false)
                        }
                        Capacity::Outgoing { office: k } => ("outgoing", office(k), false),
                        Capacity::Coordinator { seat, .. } => (
                            "coordinator",
                            self.record
                                .post_name_on_in(&Post::Seat(seat.clone()), as_of, &|s| {
                                    self.term(s)
                                }),
                            false,
                        ),
                        Capacity::Organization { observer } => {
                            ("organization", String::new(), *observer)
                        }
                    };
                    MemberOut {
                        actor: m.actor.clone(),
                        name: self.name(&m.actor),
                        capacity: capacity.to_string(),
                        detail,
                        observer,
                        appointment: m.appointment,
                    }
                })
                .collect(),
            unfilled: c
                .unfilled
                .iter()
                .map(|u| match u {
                    Unfilled::Outgoing { office: k } => crate::i18n::tr_s(
                        self.lang,
                        "committee-unfilled-outgoing",
                        "value",
                        &office(k),
                    ),
                    _ => u.text(&|s| self.term(s)),
                })
                .collect(),
            offices: self.offices_on(as_of),
        })
    }

    /// Who holds which office on `as_of`, named as the version then in force names them.
    pub fn offices_on(&self, as_of: Date) -> Vec<OfficeHeldOut> {
        treatydesk_domain::record_kept::offices_on(&self.record, as_of)
            .into_iter()
            .map(|o| OfficeHeldOut {
                holder_name: o.holder.as_deref().map(|h| self.name(h)),
                office: o.office,
                name: self.term(&o.name),
                outgoing: o.outgoing,
                holder: o.holder,
                start: o.start.map(date),
                end: o.end.and_then(|e| e.date()).map(date),
            })
            .collect()
    }

    /// The rules of Proposal 2 on the record, followed by the given meeting findings.
    pub fn findings(&self, as_of: Date, meetings: Vec<Finding>) -> FindingsOut {
        let mut findings = treatydesk_domain::rules::check(&self.record, &*self.facts, as_of);
        findings.extend(meetings);
        let (errors, warnings, info) = counts(&findings);
        FindingsOut {
            convention: self.convention.code.clone(),
            as_of: date(as_of),
            errors,
            warnings,
            info,
            findings: {
                let mut out: Vec<FindingOut> = findings.iter().map(finding_out).collect();
                crate::views::findings::localize(
                    self.lang,
                    &mut out,
                    &crate::views::findings::names_from(
                        &self.facts,
                        self.lang,
                        &self.convention.code,
                    ),
                );
                out
            },
        }
    }
}

/// The errors and warnings that stand (not set aside), and the findings for information.
pub fn counts(findings: &[Finding]) -> (usize, usize, usize) {
    let standing = |s: Severity| {
        findings
            .iter()
            .filter(|f| f.severity == s && f.stands())
            .count()
    };
    (
        standing(Severity::Error),
        standing(Severity::Warning),
        findings
            .iter()
            .filter(|f| f.severity == Severity::Info)
            .count(),
    )
}

/// A President-Designate's designation as a form or JSON body gives it.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct DesignationIn {
    /// The State's actor code (alpha-3).
    pub state: String,
    /// The label of the meeting the State will preside, e.g. `14MSP`.
    pub presides: String,
    /// YYYY-MM-DD
    pub designated_on: String,
    /// The label of the meeting that designated it; empty or absent when none did.
    #[serde(default)]
    pub designated_at: String,
    /// Where the designation is recorded.
    pub source: String,
}

/// The ISU Director's appointment as a form or JSON body gives it.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct DirectorIn {
    pub name: String,
    /// YYYY-MM-DD: the first day; the predecessor's term ends that day.
    pub starts_on: String,
    /// Where the appointment is recorded.
    pub source: String,
}

/// A designation resolved against the record: its meetings found, its date read.
pub struct Designation {
    pub state: String,
    pub presides: meeting::Model,
    pub designated_on: Date,
    pub designated_at: Option<meeting::Model>,
    pub source: String,
}

impl Designation {
    pub fn borrowed(&self) -> treatydesk_store::offices::Designation<'_> {
        treatydesk_store::offices::Designation {
            state: &self.state,
            presides: &self.presides,
            designated_on: self.designated_on,
            designated_at: self.designated_at.as_ref(),
            source: &self.source,
        }
    }
}

/// A date the form needs: empty or unreadable, it adds a problem naming `field`.
fn needed_date(raw: &str, message: &str, field: &str, problems: &mut Vec<Problem>) -> Option<Date> {
    let d = treatydesk_domain::calendar::parse_date(raw.trim());
    if d.is_none() {
        problems.push(problem(
            Message::new(message)
                .code("field", field)
                .code("value", raw.trim()),
        ));
    }
    d
}

/// Reads a designation against the convention's meetings; every problem is listed.
pub fn designation(
    input: &DesignationIn,
    meetings: &[meeting::Model],
) -> Result<Designation, Vec<Problem>> {
    let mut problems = Vec::new();
    let find = |label: &str, problems: &mut Vec<Problem>| {
        let found = meetings
            .iter()
            .find(|m| m.label.eq_ignore_ascii_case(label.trim()))
            .cloned();
        if found.is_none() {
            problems.push(problem(
                Message::new("refuse-designation-meeting-unknown").code("value", label.trim()),
            ));
        }
        found
    };
    let presides = find(&input.presides, &mut problems);
    let designated_at = match input.designated_at.trim() {
        "" => None,
        label => find(label, &mut problems),
    };
    let designated_on = needed_date(
        &input.designated_on,
        "refuse-designation-not-a-date",
        "designation-date",
        &mut problems,
    );
    let state = input.state.trim().to_uppercase();
    if state.is_empty() {
        problems.push(problem(Message::new("refuse-designation-state")));
    }
    match (presides, designated_on) {
        (Some(presides), Some(designated_on)) if problems.is_empty() => Ok(Designation {
            state,
            presides,
            designated_on,
            designated_at,
            source: input.source.clone(),
        }),
        _ => Err(problems),
    }
}

/// Reads the ISU Director's first day.
pub fn director_starts(input: &DirectorIn) -> Result<Date, Vec<Problem>> {
    let mut problems = Vec::new();
    needed_date(
        &input.starts_on,
        "refuse-not-a-date",
        "first-day",
        &mut problems,
    )
    .ok_or(problems)
}
