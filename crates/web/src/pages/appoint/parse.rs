//! Reading the appointments form: what the user typed (kept as typed), each row checked for
//! form, and the rules' findings on the record as it would be. Never writes.

use crate::ctx::Ctx;
use crate::views::appointments::findings_on_new;
use std::collections::HashMap;
use treatydesk_domain::office::{Appointment, Post};
use treatydesk_domain::rules::Finding;

use super::{DESIGNATE_PRESIDES, MAX_CYCLES, MAX_SOURCE, Setting};

/// What the user typed, kept as typed so a refused form shows it again.
#[derive(Default)]
pub(super) struct Typed {
    pub(super) fields: HashMap<String, String>,
}

impl Typed {
    pub(super) fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let mut fields = HashMap::new();
        for (k, v) in pairs {
            fields.insert(k, v);
        }
        Typed { fields }
    }

    pub(super) fn get(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", String::as_str)
    }
}

pub(super) fn holder_field(post: &Post) -> String {
    format!("holder-{}", post.key())
}

pub(super) fn cycles_field(post: &Post) -> String {
    format!("cycles-{}", post.key())
}

pub(super) fn justify_field(post: &Post, clause: &str) -> String {
    format!("justify-{}-{clause}", post.key())
}

/// One appointment the form asks for, checked for form (not yet for the rules).
pub(super) struct Row {
    pub(super) post: Post,
    pub(super) id: i64,
    pub(super) holder: String,
    pub(super) cycles: Option<u32>,
    pub(super) presides: Option<i64>,
}

/// The form read and checked: the rows, the decision, the source, and each field's problem.
pub(super) struct Parsed {
    pub(super) rows: Vec<Row>,
    pub(super) decision: Option<i64>,
    pub(super) source: String,
    /// Field name → what is wrong with it.
    pub(super) errors: Vec<(String, String)>,
}

pub(super) fn parse(ctx: &Ctx, s: &Setting, typed: &Typed) -> Parsed {
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
pub(super) fn check(s: &Setting, parsed: &Parsed) -> Vec<Finding> {
    let new: Vec<Appointment> = parsed
        .rows
        .iter()
        .map(|r| Appointment {
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
        })
        .collect();
    findings_on_new(&s.loaded, &new)
}

// ----- Views ---------------------------------------------------------------------------------
