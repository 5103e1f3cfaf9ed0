//! A Review Conference's reviews page (issue 15 item 5; P1.1, P2.8, P3.1, P4.3): the review
//! items of the intersessional programme, the Working Groups, the Coordination Committee and
//! the ISU, each with its background documents, outcome, decision and effect, earlier versions
//! kept; a warning when the First Review Conference lacks one; the ISU's form to record or
//! correct an item. Public like the meeting itself.
//!
//! It must never write except through the store's audited `record_review_item`, never accept
//! the form from anyone below ISU staff, and never lose what was typed when it refuses.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Form, Router};
use serde::Deserialize;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::review::Subject;
use treatydesk_store::StoreError;
use treatydesk_store::entities::{convention, meeting};

use super::{Choice, render_form};
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::views::reviews::{ReviewIn, ReviewsOut, new_review_item, reviews_out};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new().route("/{code}/meetings/{label}/reviews", get(page).post(record))
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    csrf: String,
    #[serde(flatten)]
    item: ReviewIn,
}

#[derive(Template)]
#[template(path = "reviews.html")]
struct ReviewsPage {
    ctx: Ctx,
    code: String,
    convention: String,
    label: String,
    reviews: ReviewsOut,
    is_review_conference: bool,
    may_record: bool,
    subjects: Vec<Choice>,
    typed: ReviewIn,
    problems: Vec<String>,
    saved: bool,
}

async fn show(
    ctx: Ctx,
    state: &AppState,
    c: &convention::Model,
    m: &meeting::Model,
    typed: ReviewIn,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let all = state.store.review_items(m).await?;
    let page = ReviewsPage {
        convention: convention_name(&ctx, c),
        code: c.code.clone(),
        label: m.label.clone(),
        reviews: reviews_out(m, &all),
        is_review_conference: m.kind == "review-conference",
        may_record: ctx.viewer.can_read(&c.code, AccessLevel::Isu),
        subjects: Choice::translated(
            &ctx,
            "review-subject-",
            Subject::ALL.map(Subject::slug),
            &typed.subject,
        ),
        saved: ctx.query == "saved=1",
        typed,
        problems,
        ctx,
    };
    let refused = !page.problems.is_empty();
    render_form(&page, refused)
}

pub async fn page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (c, m) = crate::extract::meeting(&state, &code, &label).await?;
    show(ctx, &state, &c, &m, ReviewIn::default(), Vec::new()).await
}

pub async fn record(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    Form(form): Form<ReviewForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let (c, m) = crate::extract::meeting(&state, &code, &label).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let outcome = match new_review_item(&form.item) {
        Ok(item) => state
            .store
            .record_review_item(&ctx.author("record a review item"), &c, &m, &item)
            .await
            .map(|_| ()),
        Err(p) => Err(StoreError::Invalid(p)),
    };
    match outcome {
        Ok(()) => Ok(
            Redirect::to(&format!("/{}/meetings/{}/reviews?saved=1", c.code, m.label))
                .into_response(),
        ),
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            show(ctx, &state, &c, &m, form.item, p).await
        }
        Err(e) => Err(e.into()),
    }
}
