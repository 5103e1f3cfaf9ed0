//! Review items of a Review Conference (P1.1, P2.8, P3.1, P4.3; SPEC "Reviews") as the
//! conference's reviews page and the API show and take them: each subject's item as it
//! stands with its earlier versions, and the warning that the First Review Conference lacks
//! one of the four subjects the paper puts under review.
//!
//! It must never hide an earlier version: a correction shows with the one it replaced.

use serde::{Deserialize, Serialize};
use treatydesk_domain::finding::{Message, Problem};
use treatydesk_domain::review::{Subject, missing};
use treatydesk_store::entities::{meeting, review_item};
use treatydesk_store::reviews::NewReviewItem;
use utoipa::ToSchema;

use crate::views::findings::problem;

/// A review item as the page and the API take it.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct ReviewIn {
    /// intersessional-programme, working-groups, coordination-committee or isu
    #[serde(default)]
    pub subject: String,
    /// The background documents, one per line.
    #[serde(default)]
    pub background: String,
    #[serde(default)]
    pub outcome: String,
    /// The id of the decision that made the outcome (empty when not on record).
    #[serde(default)]
    pub decision: String,
    #[serde(default)]
    pub effect: String,
    /// The architecture version the outcome brought in (empty for none).
    #[serde(default)]
    pub architecture_version: String,
    #[serde(default)]
    pub source: String,
    /// Why a correction is made (required when the subject has an item).
    #[serde(default)]
    pub reason: String,
}

/// A number typed into `field` (`refuse-review-not-a-number` names it), `None` when empty.
fn number(raw: &str, field: &str, problems: &mut Vec<Problem>) -> Option<i32> {
    match raw.trim() {
        "" => None,
        t => t.parse::<i32>().ok().or_else(|| {
            problems.push(problem(
                Message::new("refuse-review-not-a-number")
                    .code("field", field)
                    .code("value", t),
            ));
            None
        }),
    }
}

/// The store's item from the input, or every problem as a message.
pub fn new_review_item(input: &ReviewIn) -> Result<NewReviewItem, Vec<Problem>> {
    let mut problems = Vec::new();
    let subject = Subject::from_slug(input.subject.trim());
    if subject.is_none() && !input.subject.trim().is_empty() {
        problems.push(problem(
            Message::new("refuse-review-subject-typed").code("value", input.subject.trim()),
        ));
    }
    let decision_id = number(&input.decision, "decision", &mut problems);
    let architecture_version = number(
        &input.architecture_version,
        "architecture-version",
        &mut problems,
    );
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(NewReviewItem {
        subject,
        background: input.background.clone(),
        outcome: input.outcome.clone(),
        decision_id,
        effect: input.effect.clone(),
        architecture_version,
        source: input.source.clone(),
        reason: input.reason.clone(),
    })
}

/// One version of a review item.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ReviewItemOut {
    pub subject: String,
    /// The paper's clause that puts it under review.
    pub clause: String,
    pub revision: i32,
    /// The background documents, one per line.
    pub background: Vec<String>,
    pub outcome: String,
    pub decision_id: Option<i32>,
    pub effect: String,
    pub architecture_version: Option<i32>,
    pub source: String,
    /// RFC 3339
    pub recorded_at: String,
    pub recorded_by: String,
    pub reason: String,
}

/// A subject the First Review Conference has no item for.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct MissingOut {
    pub subject: String,
    pub clause: String,
}

/// A conference's reviews.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ReviewsOut {
    pub meeting: String,
    /// Is this the First Review Conference (whose reviews the paper asks for)?
    pub first: bool,
    /// Each subject's item as it stands.
    pub items: Vec<ReviewItemOut>,
    /// The versions that later ones corrected.
    pub earlier: Vec<ReviewItemOut>,
    /// Warnings: the subjects the First Review Conference has no item for.
    pub missing: Vec<MissingOut>,
}

fn item_out(r: &review_item::Model) -> ReviewItemOut {
    let clause = Subject::from_slug(&r.subject).map_or("", |s| s.clause());
    ReviewItemOut {
        subject: r.subject.clone(),
        clause: clause.to_string(),
        revision: r.revision,
        background: r
            .background
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect(),
        outcome: r.outcome.clone(),
        decision_id: r.decision_id,
        effect: r.effect.clone(),
        architecture_version: r.architecture_version,
        source: r.source.clone(),
        recorded_at: r
            .at
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default(),
        recorded_by: r.who.clone(),
        reason: r.reason.clone(),
    }
}

pub fn reviews_out(m: &meeting::Model, all: &[review_item::Model]) -> ReviewsOut {
    let latest = |r: &review_item::Model| {
        !all.iter()
            .any(|x| x.subject == r.subject && x.revision > r.revision)
    };
    let mut items: Vec<&review_item::Model> = all.iter().filter(|r| latest(r)).collect();
    let order = |r: &review_item::Model| {
        Subject::from_slug(&r.subject).map_or(usize::MAX, |s| {
            Subject::ALL
                .iter()
                .position(|x| *x == s)
                .unwrap_or(usize::MAX)
        })
    };
    items.sort_by_key(|r| order(r));
    let reviewed: Vec<Subject> = items
        .iter()
        .filter_map(|r| Subject::from_slug(&r.subject))
        .collect();
    let first = m.kind == "review-conference" && m.number == 1;
    ReviewsOut {
        meeting: m.label.clone(),
        first,
        items: items.into_iter().map(item_out).collect(),
        earlier: all.iter().filter(|r| !latest(r)).map(item_out).collect(),
        missing: if first {
            missing(&reviewed)
                .into_iter()
                .map(|s| MissingOut {
                    subject: s.slug().to_string(),
                    clause: s.clause().to_string(),
                })
                .collect()
        } else {
            Vec::new()
        },
    }
}
