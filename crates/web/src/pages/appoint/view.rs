//! The appointments page as the reader sees it: the seats by body with their holders going
//! into the meeting, the findings under each seat, the justification fields, and the problems
//! summary. Builds views only; never writes.

use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::pages::{Choice, Problem, ShownDate, render};
use crate::views::listing::name_in;
use crate::{AppState, WebError};
use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use std::collections::{HashMap, HashSet};
use treatydesk_domain::office::Post;
use treatydesk_domain::rules::{Concerns, Finding, Severity};

use super::parse::{Typed, cycles_field, holder_field, justify_field};
use super::{DESIGNATE_PRESIDES, Setting};

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

/// The counts of a preview or a refused save.
pub struct Checked {
    pub errors: usize,
    pub warnings: usize,
}

#[derive(Template)]
#[template(path = "appoint.html")]
pub(super) struct AppointPage {
    pub(super) ctx: Ctx,
    pub(super) code: String,
    pub(super) convention: String,
    pub(super) label: String,
    pub(super) kind: String,
    pub(super) opens_on: Option<ShownDate>,
    pub(super) closes_on: Option<ShownDate>,
    pub(super) version: u32,
    pub(super) version_effective: ShownDate,
    pub(super) no_closing_date: bool,
    pub(super) decisions: Vec<Choice>,
    pub(super) decision_error: Option<String>,
    pub(super) source: String,
    pub(super) source_error: Option<String>,
    pub(super) bodies: Vec<BodyView>,
    pub(super) designate: Option<DesignateView>,
    pub(super) states: Vec<(String, String)>,
    pub(super) problems: Vec<Problem>,
    pub(super) checked: Option<Checked>,
}

/// Everything a render needs besides the setting.
#[derive(Default)]
pub(super) struct Outcome {
    pub(super) findings: Vec<Finding>,
    pub(super) rows_by_post: HashMap<Post, i64>,
    pub(super) field_errors: Vec<(String, String)>,
    /// Problems that are not about one field (shown first in the summary).
    pub(super) general: Vec<Problem>,
    pub(super) checked: bool,
    /// Saving was asked: missing justifications are problems.
    pub(super) saving: bool,
}

pub(super) async fn page(
    ctx: Ctx,
    state: &AppState,
    s: &Setting,
    typed: &Typed,
    out: &Outcome,
    status: StatusCode,
) -> Result<Response, WebError> {
    let record = s.record();
    let facts = &s.loaded.facts;
    let names = crate::views::findings::names_from(facts, ctx.lang, &s.loaded.convention.code);
    let said = |f: &treatydesk_domain::rules::Finding| {
        crate::views::findings::text(ctx.lang, &f.message, &f.sentence, &names)
    };
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
            // For information only: listed beside its seat, never counted against a save.
            Severity::Info => {}
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
                sentence: said(f),
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
            name: s.loaded.term(&b.name),
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
                    text: format!("{}: {}", s.post_title(post), said(f)),
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
    crate::locale::sort_by_name(ctx.lang, &mut states, |s| s.1.as_str());
    let c = &s.loaded.convention;
    let mut response = render(&AppointPage {
        convention: convention_name(&ctx, c),
        code: c.code.clone(),
        label: s.meeting.label.clone(),
        kind: s.version.meeting_rule(s.meeting.kind).map_or_else(
            || s.meeting.kind.slug().to_string(),
            |r| s.loaded.term(&r.name),
        ),
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
