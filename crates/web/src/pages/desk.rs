//! `/desk`: where a signed-in reader lands (issue 18 item 1, P4.4(b)): per convention and role,
//! what is pending and the page to act on it, in the reader's language. Anonymous readers are
//! sent to sign in. It only reads; it must never show an item whose page the reader could not
//! open (the view, `views::desk`, decides what is listed).

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;

use super::{ShownDate, render};
use crate::ctx::Ctx;
use crate::views::desk::{DeskItemOut, desk};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new().route("/desk", get(page))
}

/// An item as the page reads it.
pub struct ItemRow {
    pub text: String,
    pub about: String,
    pub on: Option<ShownDate>,
    pub href: String,
    pub urgent: bool,
}

pub struct SectionRow {
    pub heading: String,
    pub items: Vec<ItemRow>,
}

pub struct ConventionRow {
    pub code: String,
    pub name: String,
    pub sections: Vec<SectionRow>,
}

#[derive(Template)]
#[template(path = "desk.html")]
struct DeskPage {
    ctx: Ctx,
    code: String,
    today: ShownDate,
    conventions: Vec<ConventionRow>,
}

fn item_row(ctx: &Ctx, i: &DeskItemOut) -> ItemRow {
    let key = format!("desk-item-{}", i.kind);
    ItemRow {
        text: match i.count {
            Some(n) => ctx.tn(&key, &n),
            None => ctx.t(&key),
        },
        about: i.about.clone(),
        on: i
            .on
            .as_deref()
            .and_then(|d| crate::views::listing::as_of_given(d).ok().flatten())
            .map(|d| ctx.date(d)),
        href: i.href.clone(),
        urgent: i.urgent,
    }
}

pub async fn page(ctx: Ctx, State(state): State<AppState>) -> Result<Response, WebError> {
    let out = desk(&state, &ctx).await?;
    // The public sees names, not ISO codes (issue 18 item 4).
    let names: std::collections::HashMap<String, String> = state
        .store
        .actors()
        .await?
        .iter()
        .map(|a| {
            (
                a.code.clone(),
                crate::views::listing::name_in(a, ctx.lang).to_string(),
            )
        })
        .collect();
    let conventions = out
        .conventions
        .iter()
        .map(|c| ConventionRow {
            code: c.code.clone(),
            name: c.name.clone(),
            sections: c
                .sections
                .iter()
                .map(|s| SectionRow {
                    heading: match &s.actor {
                        Some(a) => format!(
                            "{} ({})",
                            ctx.t(&format!("desk-role-{}", s.role)),
                            names.get(a).map_or(a.as_str(), String::as_str)
                        ),
                        None => ctx.t(&format!("desk-role-{}", s.role)),
                    },
                    items: s.items.iter().map(|i| item_row(&ctx, i)).collect(),
                })
                .collect(),
        })
        .collect();
    render(&DeskPage {
        today: ctx.date(crate::views::listing::today()),
        code: String::new(),
        conventions,
        ctx,
    })
}
