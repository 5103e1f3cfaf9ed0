//! A deadline as pages show it (issue 16), shared by the State page and the obligations pages:
//! dates for people, the status and the basis translated. A helper: it serves no route.

use treatydesk_domain::obligation::{Deadline, Obligation, next_deadline};

use super::ShownDate;
use crate::ctx::Ctx;
use crate::views::obligations::{StateObligations, basis_text, obligation_of, visible_reference};

/// One deadline as a page shows it.
pub struct DeadlineView {
    pub obligation: String,
    pub name: String,
    pub article: String,
    pub period: Option<i32>,
    pub due: ShownDate,
    pub status_slug: &'static str,
    pub status: String,
    pub submitted: Option<ShownDate>,
    /// The document reference, when the reader may see it.
    pub reference: Option<String>,
    /// A reference is on record but above the reader's level.
    pub restricted: bool,
    pub basis: String,
    /// The report filled online for this deadline (its address and words), or the form to
    /// fill it, when the reader may use them; set by the page that knows the reports.
    pub online: Option<(String, String)>,
}

/// The basis of `d` in the reader's language.
pub fn basis(ctx: &Ctx, d: &Deadline) -> String {
    basis_text(
        ctx.lang,
        d,
        |date| ctx.date(date).text,
        |p| ctx.profile_label(p),
    )
}

/// An obligation's name and article in the reader's language.
pub fn obligation_label(ctx: &Ctx, obligations: &[Obligation], key: &str) -> String {
    obligation_of(obligations, key)
        .map(|o| format!("{} ({})", o.name.get(ctx.lang), o.article))
        .unwrap_or_else(|| key.to_string())
}

pub fn view(ctx: &Ctx, s: &StateObligations, d: &Deadline) -> DeadlineView {
    let (reference, restricted) =
        visible_reference(&ctx.viewer, &s.convention.code, &s.submissions, d);
    DeadlineView {
        obligation: d.obligation.clone(),
        name: obligation_of(&s.obligations, &d.obligation)
            .map(|o| o.name.get(ctx.lang).to_string())
            .unwrap_or_else(|| d.obligation.clone()),
        article: d.article.clone(),
        period: d.period,
        due: ctx.date(d.due_on),
        status_slug: d.status.slug(),
        status: ctx.t(&format!("ob-status-{}", d.status.slug())),
        submitted: ctx.opt_date(d.submitted_on),
        reference,
        restricted,
        basis: basis(ctx, d),
        online: None,
    }
}

/// The State's next deadline (the oldest overdue, else the next upcoming).
pub fn next_view(ctx: &Ctx, s: &StateObligations) -> Option<DeadlineView> {
    next_deadline(&s.deadlines).map(|d| view(ctx, s, d))
}
