//! The architecture pages: the bodies and seats in force on a date with their holders, one
//! seat's history with its handover notes (P2.7), the Coordination Committee on a date (P3.2),
//! and the rule findings. They read the views of `crate::views::offices`; the only write is the
//! handover note, through the store's audited write, by the holder's Coordinator or the ISU.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use treatydesk_domain::office::Post;
use treatydesk_domain::{AccessLevel, Role};
use treatydesk_store::audit::Author;

use super::{HolderView, ShownDate, render};
use crate::ctx::Ctx;
use crate::extract::AsOf;
use crate::extract::convention_name;
use crate::views::listing;
use crate::views::offices::{ArchitectureOut, CommitteeOut, FindingsOut, TermOut, load};
use crate::{AppState, WebError};
use axum::Router;
use axum::routing::{get, post};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/architecture", get(architecture))
        .route("/{code}/seats/{key}", get(seat))
        .route("/{code}/seats/{key}/handover", post(handover))
        .route("/{code}/committee", get(committee))
        .route("/{code}/findings", get(findings))
}

#[derive(Template)]
#[template(path = "architecture.html")]
struct ArchitecturePage {
    ctx: Ctx,
    code: String,
    convention: String,
    a: ArchitectureOut,
    as_of: ShownDate,
    can_see_findings: bool,
    can_appoint: bool,
    can_plan: bool,
    next_meeting: Option<String>,
}

pub async fn architecture(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AsOf>,
) -> Result<Response, WebError> {
    let as_of = listing::as_of(&q.as_of)?;
    let loaded = load(&state, &code).await?.for_reader(&ctx);
    let a = loaded.architecture_on(as_of)?;
    let c = &loaded.convention;
    let next_meeting = loaded
        .record
        .cycles()
        .meetings()
        .iter()
        .find(|m| m.opens_on.is_none_or(|d| d >= listing::today()))
        .map(|m| m.label.clone());
    render(&ArchitecturePage {
        convention: convention_name(&ctx, c),
        code: c.code.clone(),
        as_of: ctx.date(as_of),
        can_see_findings: ctx.viewer.can_read(&c.code, AccessLevel::StatesParties),
        can_appoint: ctx.viewer.can_read(&c.code, AccessLevel::Isu),
        can_plan: crate::views::plan::president_or_isu(&ctx, &c.code),
        next_meeting,
        a,
        ctx,
    })
}

/// One term as the seat page shows it, with its handover note when the reader may see it.
pub struct TermView {
    pub t: TermOut,
    pub holder: HolderView,
    pub note: String,
    pub note_by: String,
    pub may_write: bool,
    /// The note's earlier versions, newest first (the record is not rewritten).
    pub earlier: Vec<NoteVersion>,
}

/// An earlier version of a handover note.
pub struct NoteVersion {
    pub revision: i32,
    pub at: super::ShownDate,
    pub who: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "seat.html")]
struct SeatPage {
    ctx: Ctx,
    code: String,
    convention: String,
    title: String,
    body: String,
    key: String,
    terms: Vec<TermView>,
    can_see_notes: bool,
    saved: bool,
}

#[derive(Deserialize)]
pub struct SeatQuery {
    #[serde(default)]
    saved: String,
}

pub async fn seat(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, key)): Path<(String, String)>,
    Query(q): Query<SeatQuery>,
) -> Result<Response, WebError> {
    let loaded = load(&state, &code).await?.for_reader(&ctx);
    let (body, seat) = loaded
        .record
        .architecture
        .versions
        .iter()
        .rev()
        .find_map(|v| v.seat(&key))
        .map(|(b, s)| (loaded.term(&b.name), loaded.term(&s.title)))
        .ok_or_else(|| {
            WebError::NotFound(format!(
                "there is no seat \"{key}\" in {}",
                loaded.convention.short_name
            ))
        })?;
    let c = &loaded.convention;
    let can_see_notes = ctx.viewer.can_read(&c.code, AccessLevel::Committee);
    let rows = state.store.appointment_rows(c).await?;
    let revisions = if can_see_notes {
        state.store.handover_revisions(c).await?
    } else {
        Default::default()
    };
    let terms = loaded
        .record
        .history(&Post::Seat(key.clone()))
        .iter()
        .map(|t| {
            let row = rows.get(&t.appointment);
            let out = loaded.term_out(t);
            TermView {
                holder: ctx.holder(&out.holder),
                note: if can_see_notes {
                    row.map(|r| r.handover_note.clone()).unwrap_or_default()
                } else {
                    String::new()
                },
                note_by: row.map(|r| r.handover_by.clone()).unwrap_or_default(),
                may_write: may_write_note(&ctx, &c.code, &t.holder),
                earlier: revisions
                    .get(&t.appointment)
                    .map(|all| {
                        all.iter()
                            .rev()
                            .skip(1)
                            .map(|r| NoteVersion {
                                revision: r.revision,
                                at: ctx.date(r.at.date()),
                                who: r.who.clone(),
                                note: r.note.clone(),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                t: out,
            }
        })
        .collect();
    render(&SeatPage {
        convention: convention_name(&ctx, c),
        code: c.code.clone(),
        title: seat,
        body,
        key,
        terms,
        can_see_notes,
        saved: q.saved == "1",
        ctx,
    })
}

/// The outgoing holder's Coordinator (acting for that State) or ISU staff write the note.
fn may_write_note(ctx: &Ctx, code: &str, holder: &str) -> bool {
    ctx.viewer.can_read(code, AccessLevel::Isu)
        || ctx.viewer.grants.iter().any(|g| {
            g.role == Role::Coordinator
                && g.convention.as_deref() == Some(code)
                && g.actor.as_deref() == Some(holder)
        })
}

#[derive(Deserialize)]
pub struct HandoverForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    appointment: String,
    #[serde(default)]
    note: String,
}

pub async fn handover(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, key)): Path<(String, String)>,
    Form(form): Form<HandoverForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let loaded = load(&state, &code).await?.for_reader(&ctx);
    let c = &loaded.convention;
    ctx.require(&c.code, AccessLevel::Committee)?;
    let id: i64 = form
        .appointment
        .trim()
        .parse()
        .map_err(|_| WebError::BadRequest("choose the term the note belongs to".into()))?;
    let a = loaded
        .record
        .appointments
        .iter()
        .find(|a| a.id == id && a.post == Post::Seat(key.clone()))
        .ok_or_else(|| WebError::NotFound(format!("term {id} of seat {key}")))?;
    if !may_write_note(&ctx, &c.code, &a.holder) {
        return Err(WebError::Forbidden);
    }
    let author = Author {
        user_id: ctx.viewer.user_id.and_then(|i| i32::try_from(i).ok()),
        who: ctx.viewer.username.clone().unwrap_or_default(),
        reason: format!("handover note for seat {key}"),
    };
    state
        .store
        .set_handover_note(&author, c, id, &form.note)
        .await?;
    Ok(Redirect::to(&format!("/{}/seats/{key}?saved=1", c.code)).into_response())
}

#[derive(Template)]
#[template(path = "committee.html")]
struct CommitteePage {
    ctx: Ctx,
    code: String,
    convention: String,
    as_of: ShownDate,
    committee: Option<CommitteeOut>,
    missing: String,
}

pub async fn committee(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AsOf>,
) -> Result<Response, WebError> {
    let as_of = listing::as_of(&q.as_of)?;
    let loaded = load(&state, &code).await?.for_reader(&ctx);
    let (committee, missing) = match loaded.committee_on(as_of) {
        Ok(c) => (Some(c), String::new()),
        Err(WebError::NotFound(_)) => (None, ctx.ts("committee-none-on", &ctx.date(as_of).text)),
        Err(e) => return Err(e),
    };
    render(&CommitteePage {
        convention: convention_name(&ctx, &loaded.convention),
        code: loaded.convention.code.clone(),
        as_of: ctx.date(as_of),
        committee,
        missing,
        ctx,
    })
}

#[derive(Template)]
#[template(path = "findings.html")]
struct FindingsPage {
    ctx: Ctx,
    code: String,
    convention: String,
    as_of: ShownDate,
    f: FindingsOut,
}

pub async fn findings(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AsOf>,
) -> Result<Response, WebError> {
    let as_of = listing::as_of(&q.as_of)?;
    let loaded = load(&state, &code).await?.for_reader(&ctx);
    ctx.require(&loaded.convention.code, AccessLevel::StatesParties)?;
    let meetings = state
        .store
        .meeting_findings(&loaded.convention, as_of)
        .await?;
    render(&FindingsPage {
        convention: convention_name(&ctx, &loaded.convention),
        code: loaded.convention.code.clone(),
        as_of: ctx.date(as_of),
        f: loaded.findings(as_of, meetings),
        ctx,
    })
}
