//! The ISU's page to record a formal meeting's appointments (issue "architecture as data",
//! item 5). The form lists every Coordinator seat of the architecture in force at the meeting,
//! grouped by body, with who holds each seat going into the meeting, and the office of the
//! President-Designate when the architecture has one. *Preview* runs the rules of Proposal 2 on
//! the record as it would be and shows the findings that concern the new appointments next to
//! their seat; *Save* records them all at once through `Store::appoint` (one audited write), with
//! the written justification of every warning set aside.
//!
//! Only ISU staff and administrators reach it. It must never save when an error-level finding
//! concerns the new appointments, never set a warning aside without a written justification,
//! never write except through the store's audited `appoint`, and never lose what the user typed
//! when it refuses.

use std::collections::{HashMap, HashSet};

use askama::Template;
use axum::Form;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use time::Date;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::architecture::{Office, OfficeTerm, Version};
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::meeting::Meeting;
use treatydesk_domain::office::{Appointment, Override, Post, Record};
use treatydesk_domain::rules::{self, Concerns, Finding, Severity};
use treatydesk_store::StoreError;
use treatydesk_store::architecture::NewAppointment;
use treatydesk_store::audit::Author;

use super::{Choice, ShownDate, render};
use crate::ctx::Ctx;
use crate::listing::{self, name_in};
use crate::offices::{Loaded, load};
use crate::pages::home::convention_name;
use crate::{AppState, WebError};

/// The page's routes: the form (GET) and its preview or save (POST).
pub fn routes() -> Router<AppState> {
    Router::new().route(
        "/{code}/meetings/{label}/appointments",
        get(form).post(submit),
    )
}

/// The shortest justification that says why (the store refuses shorter ones too).
pub const MIN_JUSTIFICATION: usize = 10;
const MAX_JUSTIFICATION: usize = 4000;
const MAX_SOURCE: usize = 2000;
const MAX_CYCLES: u32 = 20;
/// The form's field for the President-Designate's holder and meeting to preside.
const DESIGNATE_PRESIDES: &str = "presides";

/// What the form needs to know about the meeting, loaded once per request.
struct Setting {
    loaded: Loaded,
    meeting: Meeting,
    version: Version,
    /// The office held until the meeting to preside opens (the President-Designate), if any.
    designate: Option<Office>,
    /// Meetings a designated President may preside: the cycle meetings after this one.
    later: Vec<Meeting>,
}

impl Setting {
    fn record(&self) -> &Record {
        &self.loaded.record
    }

    /// The day the form reports holders on: the eve of the meeting's close (the terms the new
    /// ones follow), or its opening, or today for a meeting without dates.
    fn eve(&self) -> Date {
        self.meeting
            .closes_on
            .and_then(|d| d.previous_day())
            .or(self.meeting.opens_on)
            .unwrap_or_else(listing::today)
    }

    /// In the version's first round a staggered seat's term is its shorter first-round term.
    fn first_round(&self) -> bool {
        self.meeting.closes_on == Some(self.version.effective_on)
    }

    /// Every post of the form: the seats of the version, then the designate office.
    fn posts(&self) -> Vec<Post> {
        let mut posts: Vec<Post> = self
            .version
            .seats()
            .map(|(_, s)| Post::Seat(s.key.clone()))
            .collect();
        if let Some(o) = &self.designate {
            posts.push(Post::Office(o.key.clone()));
        }
        posts
    }

    fn post_title(&self, post: &Post) -> String {
        match post {
            Post::Seat(k) => self
                .version
                .seat(k)
                .map_or_else(|| k.clone(), |(_, s)| format!("{} {k}", s.title)),
            Post::Office(k) => self
                .version
                .office(k)
                .map_or_else(|| k.clone(), |o| o.name.clone()),
        }
    }
}

async fn setting(
    state: &AppState,
    ctx: &Ctx,
    code: &str,
    label: &str,
) -> Result<Setting, WebError> {
    let loaded = load(state, code).await?;
    ctx.require(&loaded.convention.code, AccessLevel::Isu)?;
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
        WebError::BadRequest(format!(
            "no architecture of {} was in force at {}, so it selected no Coordinators",
            loaded.convention.short_name, meeting.label
        ))
    })?;
    if !version
        .meeting_rule(meeting.kind)
        .is_some_and(|r| r.selects)
    {
        let kind = version
            .meeting_rule(meeting.kind)
            .map_or_else(|| meeting.kind.slug().to_string(), |r| r.name.clone());
        let selecting: Vec<&str> = version
            .meetings
            .iter()
            .filter(|r| r.selects)
            .map(|r| r.name.as_str())
            .collect();
        return Err(WebError::BadRequest(format!(
            "{} ({kind}) does not select Coordinators (P2.4); they are selected at: {}",
            meeting.label,
            selecting.join(", ")
        )));
    }
    let designate = version
        .offices
        .iter()
        .find(|o| o.term == OfficeTerm::UntilMeetingOpens && o.held_by_state)
        .cloned();
    let cycles = record.cycles();
    let later = match cycles.after(&meeting, 0) {
        Some(here) => {
            let list = cycles.meetings();
            // For an extraordinary MSP `here` is the cycle meeting it sits in: the next follows.
            let start = list
                .iter()
                .position(|m| m.id == here.id)
                .map_or(list.len(), |i| i + 1);
            list.iter().skip(start).map(|m| (*m).clone()).collect()
        }
        None => Vec::new(),
    };
    Ok(Setting {
        loaded,
        meeting,
        version,
        designate,
        later,
    })
}

/// What the user typed, kept as typed so a refused form shows it again.
#[derive(Default)]
struct Typed {
    fields: HashMap<String, String>,
}

impl Typed {
    fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let mut fields = HashMap::new();
        for (k, v) in pairs {
            fields.insert(k, v);
        }
        Typed { fields }
    }

    fn get(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", String::as_str)
    }
}

fn holder_field(post: &Post) -> String {
    format!("holder-{}", post.key())
}

fn cycles_field(post: &Post) -> String {
    format!("cycles-{}", post.key())
}

fn justify_field(post: &Post, clause: &str) -> String {
    format!("justify-{}-{clause}", post.key())
}

/// One appointment the form asks for, checked for form (not yet for the rules).
struct Row {
    post: Post,
    id: i64,
    holder: String,
    cycles: Option<u32>,
    presides: Option<i64>,
}

/// The form read and checked: the rows, the decision, the source, and each field's problem.
struct Parsed {
    rows: Vec<Row>,
    decision: Option<i64>,
    source: String,
    /// Field name → what is wrong with it.
    errors: Vec<(String, String)>,
}

fn parse(ctx: &Ctx, s: &Setting, typed: &Typed) -> Parsed {
    let mut errors = Vec::new();
    let mut rows = Vec::new();
    for post in s.posts() {
        let raw_holder = typed.get(&holder_field(&post)).trim();
        if raw_holder.is_empty() {
            continue;
        }
        let holder = raw_holder.to_uppercase();
        if holder.chars().count() > 16
            || !holder
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            errors.push((holder_field(&post), ctx.t("appoint-err-holder")));
        }
        let mut cycles = None;
        let mut presides = None;
        match &post {
            Post::Seat(_) => {
                let raw = typed.get(&cycles_field(&post)).trim();
                if raw.is_empty() {
                    errors.push((cycles_field(&post), ctx.t("appoint-err-cycles-missing")));
                } else {
                    match raw.parse::<u32>() {
                        Ok(n) if (1..=MAX_CYCLES).contains(&n) => cycles = Some(n),
                        Ok(_) => {
                            errors.push((cycles_field(&post), ctx.t("appoint-err-cycles-range")))
                        }
                        Err(_) => {
                            errors.push((cycles_field(&post), ctx.ts("appoint-err-cycles", raw)))
                        }
                    }
                }
            }
            Post::Office(_) => {
                let raw = typed.get(DESIGNATE_PRESIDES).trim();
                match raw
                    .parse::<i64>()
                    .ok()
                    .filter(|id| s.later.iter().any(|m| m.id == *id))
                {
                    Some(id) => presides = Some(id),
                    None => errors.push((
                        DESIGNATE_PRESIDES.to_string(),
                        ctx.t("appoint-err-presides"),
                    )),
                }
            }
        }
        let id = -i64::try_from(rows.len() + 1).unwrap_or(i64::MAX);
        rows.push(Row {
            post,
            id,
            holder,
            cycles,
            presides,
        });
    }
    let decision = match typed.get("decision").trim() {
        "" => None,
        raw => match raw.parse::<i64>().ok().filter(|id| {
            s.record()
                .decision(*id)
                .is_some_and(|d| d.meeting == s.meeting.id)
        }) {
            Some(id) => Some(id),
            None => {
                errors.push(("decision".to_string(), ctx.t("appoint-err-decision")));
                None
            }
        },
    };
    let source = typed.get("source").trim().to_string();
    if source.chars().count() > MAX_SOURCE {
        errors.push(("source".to_string(), ctx.t("appoint-err-source")));
    }
    Parsed {
        rows,
        decision,
        source,
        errors,
    }
}

/// The record as it would be with the new rows, and the findings that concern them.
fn check(s: &Setting, parsed: &Parsed) -> Vec<Finding> {
    let mut record = s.record().clone();
    for r in &parsed.rows {
        record.appointments.push(Appointment {
            id: r.id,
            post: r.post.clone(),
            holder: r.holder.clone(),
            selected_at: Some(s.meeting.id),
            decision: parsed.decision,
            cycles: r.cycles,
            presides: r.presides,
            starts_on: None,
            ended_on: None,
            overrides: Vec::new(),
            source: parsed.source.clone(),
        });
    }
    let new: HashSet<i64> = parsed.rows.iter().map(|r| r.id).collect();
    rules::check(&record, &s.loaded.facts, listing::today())
        .into_iter()
        .filter(|f| {
            f.concerns
                .iter()
                .any(|c| matches!(c, Concerns::Appointment(id) if new.contains(id)))
        })
        .collect()
}

/// The new appointment whose override would set `f` aside, when `f` may be set aside here.
fn overridden_on(f: &Finding, rows: &[Row]) -> Option<i64> {
    if !f.overridable {
        return None;
    }
    match f.concerns.first() {
        Some(Concerns::Appointment(id)) if rows.iter().any(|r| r.id == *id) => Some(*id),
        _ => None,
    }
}

// ----- Views ---------------------------------------------------------------------------------

pub struct JustifyView {
    pub name: String,
    pub clause: String,
    pub value: String,
    pub error: Option<String>,
}

pub struct FindingView {
    /// error or warning (the CSS class; the label says it in words too).
    pub severity: &'static str,
    pub clause: String,
    pub sentence: String,
    pub overridable: bool,
    pub justify: Option<JustifyView>,
}

/// Who holds a post going into the meeting.
pub struct NowView {
    pub actor: String,
    pub name: String,
    pub end: Option<ShownDate>,
    pub expected: bool,
    pub ends_here: bool,
    pub is_state: bool,
}

pub struct PostView {
    pub key: String,
    pub title: String,
    pub now: Option<NowView>,
    pub recorded_here: Vec<String>,
    pub nominated: Vec<String>,
    pub holder: String,
    pub holder_error: Option<String>,
    pub holder_describedby: String,
    /// Seats only: the term the architecture gives, and the typed term.
    pub term_cycles: u32,
    pub first_round_cycles: Option<u32>,
    pub renewable: bool,
    pub cycles: String,
    pub cycles_error: Option<String>,
    pub findings: Vec<FindingView>,
}

pub struct BodyView {
    pub key: String,
    pub name: String,
    pub seats: Vec<PostView>,
}

pub struct DesignateView {
    pub post: PostView,
    pub presides: Vec<Choice>,
    pub presides_error: Option<String>,
}

/// A problem in the summary at the top, linked to its field.
pub struct Problem {
    pub href: String,
    pub text: String,
}

/// The counts of a preview or a refused save.
pub struct Checked {
    pub errors: usize,
    pub warnings: usize,
}

#[derive(Template)]
#[template(path = "appoint.html")]
struct AppointPage {
    ctx: Ctx,
    code: String,
    convention: String,
    label: String,
    kind: String,
    opens_on: Option<ShownDate>,
    closes_on: Option<ShownDate>,
    version: u32,
    version_effective: ShownDate,
    no_closing_date: bool,
    decisions: Vec<Choice>,
    decision_error: Option<String>,
    source: String,
    source_error: Option<String>,
    bodies: Vec<BodyView>,
    designate: Option<DesignateView>,
    states: Vec<(String, String)>,
    problems: Vec<Problem>,
    checked: Option<Checked>,
}

/// Everything a render needs besides the setting.
#[derive(Default)]
struct Outcome {
    findings: Vec<Finding>,
    rows_by_post: HashMap<Post, i64>,
    field_errors: Vec<(String, String)>,
    /// Problems that are not about one field (shown first in the summary).
    general: Vec<Problem>,
    checked: bool,
    /// Saving was asked: missing justifications are problems.
    saving: bool,
}

async fn page(
    ctx: Ctx,
    state: &AppState,
    s: &Setting,
    typed: &Typed,
    out: &Outcome,
    status: StatusCode,
) -> Result<Response, WebError> {
    let record = s.record();
    let facts = &s.loaded.facts;
    let eve = s.eve();
    let error_of = |field: &str| {
        out.field_errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, e)| e.clone())
    };
    let name_of = |code: &str| {
        facts
            .actor(code)
            .map_or_else(|| code.to_string(), |a| name_in(a, ctx.lang).to_string())
    };
    let mut problems: Vec<Problem> = out
        .general
        .iter()
        .map(|p| Problem {
            href: p.href.clone(),
            text: p.text.clone(),
        })
        .collect();
    let mut errors = 0;
    let mut warnings = 0;
    for f in &out.findings {
        match f.severity {
            Severity::Error => errors += 1,
            Severity::Warning => warnings += 1,
        }
    }
    let mut justify_seen = HashSet::new();
    let mut post_view = |post: &Post| -> PostView {
        let key = post.key().to_string();
        let title = s.post_title(post);
        let now = record.holder_on(post, eve).map(|t| NowView {
            name: name_of(&t.holder),
            is_state: facts.actor(&t.holder).is_some_and(|a| a.kind == "state"),
            actor: t.holder.clone(),
            end: t.end.date().map(|d| ctx.date(d)),
            expected: matches!(t.end, treatydesk_domain::office::TermEnd::Expected(_)),
            ends_here: t.end.date().is_some() && t.end.date() == s.meeting.closes_on,
        });
        let recorded_here = record
            .appointments
            .iter()
            .filter(|a| a.selected_at == Some(s.meeting.id) && &a.post == post)
            .map(|a| name_of(&a.holder))
            .collect();
        let nominated = match post {
            Post::Seat(k) => record
                .nominations
                .iter()
                .filter(|n| n.meeting == s.meeting.id)
                .filter_map(|n| {
                    n.choices
                        .iter()
                        .find(|(seat, _)| seat == k)
                        .map(|(_, rank)| {
                            format!(
                                "{} ({})",
                                name_of(&n.state),
                                ctx.tn("appoint-preference", &usize::from(*rank))
                            )
                        })
                })
                .collect(),
            Post::Office(_) => Vec::new(),
        };
        let id = out.rows_by_post.get(post).copied();
        let mut findings = Vec::new();
        for f in &out.findings {
            let Some(id) = id else { break };
            if !f.concerns.contains(&Concerns::Appointment(id)) {
                continue;
            }
            let justify = (f.overridable && f.concerns.first() == Some(&Concerns::Appointment(id)))
                .then(|| justify_field(post, &f.clause))
                .filter(|name| justify_seen.insert(name.clone()))
                .map(|name| {
                    let value = typed.get(&name).to_string();
                    let error = error_of(&name);
                    JustifyView {
                        clause: f.clause.clone(),
                        value,
                        error,
                        name,
                    }
                });
            findings.push(FindingView {
                severity: f.severity.slug(),
                clause: f.clause.clone(),
                sentence: f.sentence.clone(),
                overridable: f.overridable,
                justify,
            });
        }
        let holder_error = error_of(&holder_field(post));
        let cycles_error = error_of(&cycles_field(post));
        let mut describedby = vec![format!("hint-{key}")];
        if holder_error.is_some() {
            describedby.push(format!("holder-{key}-error"));
        }
        if !findings.is_empty() {
            describedby.push(format!("findings-{key}"));
        }
        let (term_cycles, first_round_cycles, renewable) = match post {
            Post::Seat(k) => s.version.seat(k).map_or((0, None, false), |(_, seat)| {
                (seat.term_cycles, seat.first_round_cycles, seat.renewable)
            }),
            Post::Office(_) => (0, None, false),
        };
        let typed_cycles = typed.fields.get(&cycles_field(post)).cloned();
        let cycles = typed_cycles.unwrap_or_else(|| {
            let n = match first_round_cycles {
                Some(first) if s.first_round() => first,
                _ => term_cycles,
            };
            n.to_string()
        });
        PostView {
            title,
            now,
            recorded_here,
            nominated,
            holder: typed.get(&holder_field(post)).to_string(),
            holder_error,
            holder_describedby: describedby.join(" "),
            term_cycles,
            first_round_cycles,
            renewable,
            cycles,
            cycles_error,
            findings,
            key,
        }
    };
    let bodies: Vec<BodyView> = s
        .version
        .bodies
        .iter()
        .filter(|b| !b.seats.is_empty())
        .map(|b| BodyView {
            key: b.key.clone(),
            name: b.name.clone(),
            seats: b
                .seats
                .iter()
                .map(|seat| post_view(&Post::Seat(seat.key.clone())))
                .collect(),
        })
        .collect();
    let designate = s.designate.as_ref().map(|o| {
        let post = Post::Office(o.key.clone());
        let chosen = typed.get(DESIGNATE_PRESIDES).to_string();
        let default = s
            .later
            .first()
            .map(|m| m.id.to_string())
            .unwrap_or_default();
        let chosen = if typed.fields.contains_key(DESIGNATE_PRESIDES) {
            chosen
        } else {
            default
        };
        DesignateView {
            post: post_view(&post),
            presides: s
                .later
                .iter()
                .map(|m| Choice {
                    value: m.id.to_string(),
                    label: m.label.clone(),
                    selected: m.id.to_string() == chosen,
                })
                .collect(),
            presides_error: error_of(DESIGNATE_PRESIDES),
        }
    });
    // The summary: fields first in the order of the form, then the findings that block a save.
    for (field, error) in &out.field_errors {
        if field.starts_with("justify-") {
            continue;
        }
        let post = s
            .posts()
            .into_iter()
            .find(|p| *field == holder_field(p) || *field == cycles_field(p));
        let text = match post {
            Some(p) => format!("{}: {error}", s.post_title(&p)),
            None => error.clone(),
        };
        problems.push(Problem {
            href: format!("#{field}"),
            text,
        });
    }
    if out.saving {
        let rows: Vec<(Post, i64)> = out
            .rows_by_post
            .iter()
            .map(|(p, id)| (p.clone(), *id))
            .collect();
        for f in &out.findings {
            let Some(Concerns::Appointment(id)) = f.concerns.iter().find(
                |c| matches!(c, Concerns::Appointment(id) if rows.iter().any(|(_, r)| r == id)),
            ) else {
                continue;
            };
            let Some((post, _)) = rows.iter().find(|(_, r)| r == id) else {
                continue;
            };
            if f.severity == Severity::Error {
                problems.push(Problem {
                    href: format!("#{}", holder_field(post)),
                    text: format!("{}: {}", s.post_title(post), f.sentence),
                });
            } else if f.overridable && f.concerns.first() == Some(&Concerns::Appointment(*id)) {
                let name = justify_field(post, &f.clause);
                if let Some(error) = error_of(&name) {
                    problems.push(Problem {
                        href: format!("#{name}"),
                        text: format!("{}: {error}", s.post_title(post)),
                    });
                }
            }
        }
    }
    let decision_typed = typed.get("decision").trim().to_string();
    let decisions = record
        .decisions
        .iter()
        .filter(|d| d.meeting == s.meeting.id)
        .map(|d| Choice {
            value: d.id.to_string(),
            label: format!("{} {}: {}", s.meeting.label, d.number, d.text),
            selected: d.id.to_string() == decision_typed,
        })
        .collect();
    let mut states: Vec<(String, String)> = state
        .store
        .actors()
        .await?
        .iter()
        .filter(|a| a.kind == "state")
        .map(|a| (a.code.clone(), name_in(a, ctx.lang).to_string()))
        .collect();
    states.sort_by(|a, b| a.1.cmp(&b.1));
    let c = &s.loaded.convention;
    let mut response = render(&AppointPage {
        convention: convention_name(&ctx, c),
        code: c.code.clone(),
        label: s.meeting.label.clone(),
        kind: s
            .version
            .meeting_rule(s.meeting.kind)
            .map_or_else(|| s.meeting.kind.slug().to_string(), |r| r.name.clone()),
        opens_on: ctx.opt_date(s.meeting.opens_on),
        closes_on: ctx.opt_date(s.meeting.closes_on),
        version: s.version.version,
        version_effective: ctx.date(s.version.effective_on),
        no_closing_date: s.meeting.closes_on.is_none(),
        decisions,
        decision_error: error_of("decision"),
        source: typed.get("source").to_string(),
        source_error: error_of("source"),
        bodies,
        designate,
        states,
        problems,
        checked: out.checked.then_some(Checked { errors, warnings }),
        ctx,
    })?;
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

// ----- Handlers ------------------------------------------------------------------------------

pub async fn form(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let s = setting(&state, &ctx, &code, &label).await?;
    page(
        ctx,
        &state,
        &s,
        &Typed::default(),
        &Outcome::default(),
        StatusCode::OK,
    )
    .await
}

pub async fn submit(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let typed = Typed::from_pairs(pairs);
    ctx.check_csrf(typed.get("csrf"))?;
    let s = setting(&state, &ctx, &code, &label).await?;
    let saving = match typed.get("action") {
        "preview" => false,
        "save" => true,
        _ => {
            return Err(WebError::BadRequest(
                "choose Preview or Save at the end of the form".into(),
            ));
        }
    };
    let parsed = parse(&ctx, &s, &typed);
    let rows_by_post: HashMap<Post, i64> =
        parsed.rows.iter().map(|r| (r.post.clone(), r.id)).collect();
    if !parsed.errors.is_empty() {
        let out = Outcome {
            rows_by_post,
            field_errors: parsed.errors,
            saving,
            ..Outcome::default()
        };
        return page(
            ctx,
            &state,
            &s,
            &typed,
            &out,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let findings = check(&s, &parsed);
    let mut field_errors = Vec::new();
    let mut overrides: HashMap<i64, Vec<Override>> = HashMap::new();
    let username = ctx.viewer.username.clone().unwrap_or_default();
    for f in &findings {
        let Some(id) = overridden_on(f, &parsed.rows) else {
            continue;
        };
        let Some(row) = parsed.rows.iter().find(|r| r.id == id) else {
            continue;
        };
        let name = justify_field(&row.post, &f.clause);
        let text = typed.get(&name).trim();
        let chars = text.chars().count();
        if chars < MIN_JUSTIFICATION {
            if saving && !field_errors.iter().any(|(n, _)| *n == name) {
                field_errors.push((name, ctx.ts("appoint-err-justify", &f.clause)));
            }
        } else if chars > MAX_JUSTIFICATION {
            field_errors.push((name, ctx.t("appoint-err-justify-long")));
        } else {
            let list = overrides.entry(id).or_default();
            if !list.iter().any(|o| o.clause == f.clause) {
                list.push(Override {
                    clause: f.clause.clone(),
                    justification: text.to_string(),
                    by: username.clone(),
                    on: listing::today(),
                });
            }
        }
    }
    let blocked = findings.iter().any(|f| f.severity == Severity::Error);
    let mut general = Vec::new();
    if saving && parsed.rows.is_empty() {
        general.push(Problem {
            href: s
                .posts()
                .first()
                .map_or_else(String::new, |p| format!("#{}", holder_field(p))),
            text: ctx.t("appoint-err-none"),
        });
    }
    if !saving || blocked || !field_errors.is_empty() || !general.is_empty() {
        let status = if saving || !field_errors.is_empty() {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::OK
        };
        let out = Outcome {
            findings,
            rows_by_post,
            field_errors,
            general,
            checked: true,
            saving,
        };
        return page(ctx, &state, &s, &typed, &out, status).await;
    }
    let source = if parsed.source.is_empty() {
        format!(
            "recorded in TreatyDesk by {username} on {} from the appointments of {}",
            format_date(listing::today()),
            s.meeting.label
        )
    } else {
        parsed.source.clone()
    };
    let list = parsed
        .rows
        .iter()
        .map(|r| NewAppointment {
            post: Some(r.post.clone()),
            holder: r.holder.clone(),
            selected_at: Some(s.meeting.id),
            decision: parsed.decision,
            cycles: r.cycles,
            presides: r.presides,
            starts_on: None,
            overrides: overrides.remove(&r.id).unwrap_or_default(),
            source: source.clone(),
        })
        .collect();
    let author = Author {
        user_id: ctx.viewer.user_id.and_then(|i| i32::try_from(i).ok()),
        who: username,
        reason: format!("record the appointments of {}", s.meeting.label),
    };
    match state
        .store
        .appoint(&author, &s.loaded.convention, list)
        .await
    {
        Ok(_) => {
            let c = &s.loaded.convention.code;
            let target = match s.meeting.closes_on {
                Some(d) => format!("/{c}/architecture?as_of={}", format_date(d)),
                None => format!("/{c}/architecture"),
            };
            Ok(Redirect::to(&target).into_response())
        }
        Err(StoreError::Invalid(reasons)) => {
            let out = Outcome {
                findings,
                rows_by_post,
                general: reasons
                    .into_iter()
                    .map(|text| Problem {
                        href: String::new(),
                        text,
                    })
                    .collect(),
                checked: true,
                saving,
                ..Outcome::default()
            };
            page(
                ctx,
                &state,
                &s,
                &typed,
                &out,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}
