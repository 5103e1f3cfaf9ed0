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

use std::collections::HashMap;

use axum::Form;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use time::Date;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::architecture::{Office, OfficeTerm, Version};
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::meeting::Meeting;
use treatydesk_domain::office::{Override, Post, Record};
use treatydesk_domain::rules::Severity;
use treatydesk_store::StoreError;
use treatydesk_store::architecture::NewAppointment;
use treatydesk_store::audit::Author;

use crate::ctx::Ctx;
use crate::pages::Problem;
use crate::views::appointments::{
    MAX_JUSTIFICATION, MIN_JUSTIFICATION, default_source, overridden_on, selecting,
};
use crate::views::listing::{self};
use crate::views::offices::{OfficeRecord, load};
use crate::{AppState, WebError};

mod parse;
mod view;
use parse::{Typed, check, holder_field, justify_field, parse};
use view::{Outcome, page};

/// The page's routes: the form (GET) and its preview or save (POST).
pub fn routes() -> Router<AppState> {
    Router::new().route(
        "/{code}/meetings/{label}/appointments",
        get(form).post(submit),
    )
}

const MAX_SOURCE: usize = 2000;
const MAX_CYCLES: u32 = 20;
/// The form's field for the President-Designate's holder and meeting to preside.
const DESIGNATE_PRESIDES: &str = "presides";

/// What the form needs to know about the meeting, loaded once per request.
struct Setting {
    loaded: OfficeRecord,
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
            Post::Seat(k) => self.version.seat(k).map_or_else(
                || k.clone(),
                |(_, s)| format!("{} {k}", self.loaded.term(&s.title)),
            ),
            Post::Office(k) => self
                .version
                .office(k)
                .map_or_else(|| k.clone(), |o| self.loaded.term(&o.name)),
        }
    }
}

async fn setting(
    state: &AppState,
    ctx: &Ctx,
    code: &str,
    label: &str,
) -> Result<Setting, WebError> {
    let loaded = load(state, code).await?.for_reader(ctx);
    ctx.require(&loaded.convention.code, AccessLevel::Isu)?;
    let (meeting, version) = selecting(&loaded, label)?;
    let record = &loaded.record;
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
        let Some(id) = overridden_on(f, parsed.rows.iter().map(|r| r.id)) else {
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
        default_source(&username, &s.meeting.label)
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
                general: crate::views::findings::problems_in(ctx.lang, &reasons)
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
