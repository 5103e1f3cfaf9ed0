//! The terms of office of every seat and office as a picture: a server-rendered SVG timeline
//! (one row per post, one bar per term, expected ends dashed), with the same facts in a table
//! for screen readers and print. Read-only and public, like the terms themselves.

use std::fmt::Write as _;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use time::Date;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::office::{Post, Term, TermEnd};

use super::HolderView;
use super::render;
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::views::listing;
use crate::views::offices::{OfficeRecord, TermOut, load};
use crate::{AppState, WebError};
use axum::Router;
use axum::routing::get;

pub fn routes() -> Router<AppState> {
    Router::new().route("/{code}/timeline", get(timeline))
}

const WIDTH: f64 = 960.0;
const LABEL: f64 = 230.0;
const ROW: f64 = 22.0;
const TOP: f64 = 28.0;

pub struct Row {
    pub t: TermOut,
    pub holder: HolderView,
}

#[derive(Template)]
#[template(path = "timeline.html")]
struct TimelinePage {
    ctx: Ctx,
    code: String,
    convention: String,
    svg: String,
    rows: Vec<Row>,
}

/// Escapes text for XML content and attributes.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The posts in display order: every seat of every version (latest naming), then the offices.
fn posts(loaded: &OfficeRecord) -> Vec<(Post, String)> {
    let mut out: Vec<(Post, String)> = Vec::new();
    for v in loaded.record.architecture.versions.iter().rev() {
        for (_, seat) in v.seats() {
            let post = Post::Seat(seat.key.clone());
            if !out.iter().any(|(p, _)| p == &post) {
                // In words, not by key (issue 18 item 4).
                let label = loaded.post_name(&post);
                out.push((post, label));
            }
        }
    }
    out.sort_by(|a, b| a.0.key().cmp(b.0.key()).then(a.1.cmp(&b.1)));
    for v in loaded.record.architecture.versions.iter().rev() {
        for o in &v.offices {
            let post = Post::Office(o.key.clone());
            if !out.iter().any(|(p, _)| p == &post) {
                out.push((post, loaded.term(&o.name)));
            }
        }
    }
    out
}

fn days(d: Date) -> f64 {
    f64::from(d.to_julian_day())
}

/// Draws the timeline of `terms` between the first version and `today` (or the last end).
pub fn svg(loaded: &OfficeRecord, terms: &[Term], today: Date, title: &str, desc: &str) -> String {
    let posts = posts(loaded);
    let first = loaded
        .record
        .architecture
        .versions
        .first()
        .map(|v| v.effective_on)
        .into_iter()
        .chain(terms.iter().map(|t| t.start))
        .min()
        .unwrap_or(today);
    let last = terms
        .iter()
        .filter_map(|t| t.end.date())
        .chain(std::iter::once(today))
        .max()
        .unwrap_or(today);
    let (from, to) = (
        Date::from_calendar_date(first.year(), time::Month::January, 1).unwrap_or(first),
        Date::from_calendar_date(last.year() + 1, time::Month::January, 1).unwrap_or(last),
    );
    let span = (days(to) - days(from)).max(1.0);
    let x = |d: Date| LABEL + (days(d) - days(from)) / span * (WIDTH - LABEL - 8.0);
    let height = TOP + ROW * posts.len() as f64 + 8.0;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="timeline" direction="ltr" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="tl-title tl-desc"><title id="tl-title">{}</title><desc id="tl-desc">{}</desc>"#,
        xml(title),
        xml(desc)
    );
    for year in from.year()..=to.year() {
        if let Ok(d) = Date::from_calendar_date(year, time::Month::January, 1) {
            let gx = x(d);
            let _ = write!(
                s,
                r#"<line class="grid" x1="{gx:.1}" y1="{}" x2="{gx:.1}" y2="{height:.1}"/>"#,
                TOP - 6.0
            );
            if year < to.year() {
                let _ = write!(
                    s,
                    r#"<text class="year" x="{:.1}" y="14">{year}</text>"#,
                    gx + 2.0
                );
            }
        }
    }
    let now = x(today);
    let _ = write!(
        s,
        r#"<line class="today" x1="{now:.1}" y1="{}" x2="{now:.1}" y2="{height:.1}"/>"#,
        TOP - 10.0
    );
    for (i, (post, label)) in posts.iter().enumerate() {
        let y = TOP + ROW * i as f64;
        let _ = write!(
            s,
            r#"<text class="post" x="4" y="{:.1}">{}</text>"#,
            y + 15.0,
            xml(label)
        );
        for t in terms.iter().filter(|t| &t.post == post) {
            let x0 = x(t.start.max(from));
            let x1 = x(t.end.date().unwrap_or(to).min(to));
            let w = (x1 - x0).max(2.0);
            let expected = matches!(t.end, TermEnd::Expected(_));
            let day = |d: Date| match loaded.lang {
                treatydesk_domain::Lang::En => format_date(d),
                lang => crate::locale::long_date(lang, d),
            };
            let holder = loaded.name(&t.holder);
            let start = day(t.start);
            let said = match t.end.date() {
                Some(end) => crate::i18n::tr_args(
                    loaded.lang,
                    if expected {
                        "timeline-term-expected"
                    } else {
                        "timeline-term"
                    },
                    &[("holder", &holder), ("start", &start), ("end", &day(end))],
                ),
                None => crate::i18n::tr_args(
                    loaded.lang,
                    "timeline-term-open",
                    &[("holder", &holder), ("start", &start)],
                ),
            };
            let _ = write!(
                s,
                r#"<g><title>{}</title><rect class="term{}" x="{x0:.1}" y="{:.1}" width="{w:.1}" height="{:.1}" rx="3"/>"#,
                xml(&said),
                if expected { " expected" } else { "" },
                y + 3.0,
                ROW - 6.0
            );
            if w > 30.0 {
                // The holder's name, not their code (issue 18 item 4), cut to what the bar holds.
                let fits = ((w - 8.0) / 6.0).max(1.0) as usize;
                let shown = if holder.chars().count() > fits {
                    let mut cut: String = holder.chars().take(fits.saturating_sub(1)).collect();
                    cut.push('…');
                    cut
                } else {
                    holder.clone()
                };
                let _ = write!(
                    s,
                    r#"<text class="holder" x="{:.1}" y="{:.1}">{}</text>"#,
                    x0 + 4.0,
                    y + 15.0,
                    xml(&shown)
                );
            }
            s.push_str("</g>");
        }
    }
    s.push_str("</svg>");
    s
}

pub async fn timeline(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let loaded = load(&state, &code).await?.for_reader(&ctx);
    let terms = loaded.record.terms();
    let picture = svg(
        &loaded,
        &terms,
        listing::today(),
        &ctx.t("timeline-title"),
        &ctx.t("timeline-figure"),
    );
    let rows = terms
        .iter()
        .map(|t| {
            let out = loaded.term_out(t);
            Row {
                holder: ctx.holder(&out.holder),
                t: out,
            }
        })
        .collect();
    render(&TimelinePage {
        convention: convention_name(&ctx, &loaded.convention),
        code: loaded.convention.code.clone(),
        svg: picture,
        rows,
        ctx,
    })
}
