//! Extension requests under a convention's extension rule (CCM Art. 3.3-3.6 and Art. 4.5-4.8):
//! what a filed request is checked against, as findings.
//!
//! A request asks to move one deadline of one State to a later date and gives each content the
//! rule requires (CCM Art. 3.4 (a)-(f), Art. 4.6 (a)-(i)); the list of contents and the numbers
//! (at most 4 or 5 years, 9 months before the deciding meeting, before the deadline) are the
//! preset's (`[obligations.extension]`), never written here. The findings: longer than one request
//! may ask (error); later than the months before the deciding meeting allow (a warning carrying
//! the last day that would have been on time); submitted on or after the deadline where the rule
//! says before (error); a required content left empty (error). The period arithmetic is
//! `obligation::check_extension_request`'s, so there is one reading of the rule.
//!
//! This module must never do I/O nor read a clock: the day a request is judged on is an argument.

use std::collections::BTreeMap;

use serde::Serialize;
use time::Date;

use crate::calendar::{add_months, format_date};
use crate::obligation::{
    ExtensionProblem, ExtensionRequest, ExtensionRule, check_extension_request,
};
use crate::rules::Severity;

/// What a filed request says and when, as the checks read it.
#[derive(Clone, Debug)]
pub struct RequestFacts<'a> {
    /// The article as the obligation cites it (`Art. 4.1`).
    pub article: &'a str,
    /// The day the request was submitted (for a draft: the day it is judged on).
    pub submitted_on: Date,
    /// The State's deadline in force for this obligation, when the record gives one.
    pub deadline: Option<Date>,
    /// The new deadline asked for.
    pub asked_to: Option<Date>,
    /// Whether the deciding meeting is chosen.
    pub meeting_chosen: bool,
    /// The opening day of the deciding meeting, when chosen and dated.
    pub meeting_opens_on: Option<Date>,
    /// Each content by its key (`a`..`i`), as typed.
    pub contents: &'a BTreeMap<String, String>,
}

/// One finding about a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RequestFinding {
    pub severity: Severity,
    /// What the finding is about: `too-long`, `late-for-meeting`, `after-deadline`,
    /// `content-missing`, `period-missing`, `period-not-later`, `deadline-unknown`,
    /// `meeting-missing`, `meeting-undated`.
    pub code: &'static str,
    /// The article the finding applies.
    pub article: String,
    /// For `content-missing`: the content's key.
    pub content: Option<String>,
    /// For `late-for-meeting`: the last day that would have been on time; for
    /// `after-deadline`: the deadline.
    pub date: Option<Date>,
    /// For `too-long`: the most years one request may ask for.
    pub max_years: Option<u32>,
    /// The finding as one English sentence (the API; pages use the translations).
    pub sentence: String,
}

/// Whole months from `from` to `to`, a part month counted as one (0 when `to` is not later).
pub fn months_between(from: Date, to: Date) -> u32 {
    if to <= from {
        return 0;
    }
    let span = (to.year() - from.year()) * 12 + i32::from(u8::from(to.month()))
        - i32::from(u8::from(from.month()));
    let mut months = u32::try_from(span.max(0)).unwrap_or(0);
    while months > 0 && add_months(from, months) > to {
        months -= 1;
    }
    if add_months(from, months) < to {
        months += 1;
    }
    months
}

/// Does any finding block the request (an error)?
pub fn has_errors(findings: &[RequestFinding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Error)
}

/// Every finding about a request under `rule`.
pub fn findings(rule: &ExtensionRule, facts: &RequestFacts<'_>) -> Vec<RequestFinding> {
    let article = facts.article.to_string();
    let finding = |severity, code, sentence: String| RequestFinding {
        severity,
        code,
        article: article.clone(),
        content: None,
        date: None,
        max_years: None,
        sentence: format!("{}: {sentence}.", facts.article),
    };
    let mut out = Vec::new();
    match (facts.asked_to, facts.deadline) {
        (None, _) => out.push(finding(
            Severity::Error,
            "period-missing",
            "the request must give the new deadline asked for".into(),
        )),
        (Some(asked), Some(deadline)) if asked <= deadline => out.push(RequestFinding {
            date: Some(deadline),
            ..finding(
                Severity::Error,
                "period-not-later",
                format!(
                    "the new deadline asked for must be later than the deadline in force ({})",
                    format_date(deadline)
                ),
            )
        }),
        _ => {}
    }
    if facts.deadline.is_none() {
        out.push(finding(
            Severity::Warning,
            "deadline-unknown",
            "the record gives no deadline in force for this State, so the period and the deadline cannot be checked".into(),
        ));
    }
    if !facts.meeting_chosen {
        out.push(finding(
            Severity::Error,
            "meeting-missing",
            "choose the meeting that will decide the request".into(),
        ));
    } else if facts.meeting_opens_on.is_none() {
        out.push(finding(
            Severity::Warning,
            "meeting-undated",
            "the deciding meeting has no dates on record yet, so the months before it cannot be checked".into(),
        ));
    }
    let months = match (facts.deadline, facts.asked_to) {
        (Some(d), Some(a)) => months_between(d, a),
        _ => 0,
    };
    let request = ExtensionRequest {
        submitted_on: facts.submitted_on,
        meeting_opens_on: facts.meeting_opens_on.unwrap_or(Date::MAX),
        deadline: facts.deadline.unwrap_or(Date::MAX),
        months,
        previous_requests: 0,
        exceptional_circumstances: true,
    };
    for problem in check_extension_request(rule, &request) {
        let sentence = problem.sentence_en();
        out.push(match problem {
            ExtensionProblem::TooLong { max_years } => RequestFinding {
                max_years: Some(max_years),
                ..finding(Severity::Error, "too-long", sentence)
            },
            ExtensionProblem::LateForMeeting { latest } => RequestFinding {
                date: Some(latest),
                ..finding(Severity::Warning, "late-for-meeting", sentence)
            },
            ExtensionProblem::AfterDeadline { deadline } => RequestFinding {
                date: Some(deadline),
                ..finding(Severity::Error, "after-deadline", sentence)
            },
            ExtensionProblem::FurtherWithoutExceptionalCircumstances => {
                finding(Severity::Error, "further-not-exceptional", sentence)
            }
        });
    }
    for content in &rule.contents {
        let given = facts
            .contents
            .get(&content.key)
            .is_some_and(|t| !t.trim().is_empty());
        if !given {
            out.push(RequestFinding {
                content: Some(content.key.clone()),
                ..finding(
                    Severity::Error,
                    "content-missing",
                    format!("({}) is required: {}", content.key, content.text),
                )
            });
        }
    }
    out
}

#[cfg(test)]
#[path = "extension_tests.rs"]
mod tests;
