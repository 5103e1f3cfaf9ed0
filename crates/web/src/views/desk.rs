//! The desk (issue 18 item 1, P4.4(b)): what a signed-in reader has to do today, per
//! convention and per role they hold, computed from their grants and the offices in force
//! today. ISU staff see what is pending (registrations to decide, overdue actions, errors among
//! the findings, open advice requests, overdue reports); a President or Coordinator the offices
//! their State holds and the next meeting; a focal point their State: deadlines, registrations,
//! advice requests and actions it owns. Everyone signed in sees the messages addressed to them.
//!
//! Shared by the desk page and its API answer. It only reads, and it must never list anything
//! the reader could not open: every item links to a page that checks the same access.

use serde::Serialize;
use time::Date;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::access::Role;
use treatydesk_domain::obligation::DeadlineStatus;
use treatydesk_domain::office::{Post, Term};
use treatydesk_domain::registration::RegistrationStatus;
use treatydesk_store::entities::{convention, meeting};
use utoipa::ToSchema;

use crate::ctx::Ctx;
use crate::views::listing::today;
use crate::views::offices::{OfficeRecord, load};
use crate::views::records::actions_for;
use crate::{AppState, WebError};

/// What the desk shows a signed-in reader.
#[derive(Clone, Serialize, ToSchema)]
pub struct DeskOut {
    /// ISO date the desk was computed for (today).
    pub today: String,
    pub conventions: Vec<DeskConventionOut>,
}

/// One convention the reader holds a role in.
#[derive(Clone, Serialize, ToSchema)]
pub struct DeskConventionOut {
    pub code: String,
    pub name: String,
    /// The reader's roles there (`isu-staff`, `president:PHL`, `focal-point:NGA`...).
    pub roles: Vec<String>,
    pub sections: Vec<DeskSectionOut>,
}

/// The part of a desk one role brings.
#[derive(Clone, Serialize, ToSchema)]
pub struct DeskSectionOut {
    /// isu-staff, president, coordinator, focal-point or everyone
    pub role: String,
    /// The State the role acts for, if any.
    pub actor: Option<String>,
    pub items: Vec<DeskItemOut>,
}

/// One thing on the desk: a count or a fact, and where to act on it.
#[derive(Clone, Serialize, ToSchema)]
pub struct DeskItemOut {
    /// What it is: registrations-pending, actions-overdue, findings-errors, advice-open,
    /// reports-overdue, reports-received, reports-drafts, office-held, seat-held, nothing-held, last-held, next-meeting,
    /// presides, preparation, committee, committee-next-meeting, notice-new, group, sessions,
    /// handover-received, handover-write, actions-seat,
    /// next-deadline, state-page,
    /// registrations-own, actions-owned, notices.
    pub kind: String,
    /// How many, where the item counts things.
    pub count: Option<usize>,
    /// What it is about, as a reader reads it (a meeting's label, a post's name, a date).
    pub about: String,
    /// ISO date when the item is about a date.
    pub on: Option<String>,
    /// The page to act on it.
    pub href: String,
    /// Needs doing now (pending, overdue, an error).
    pub urgent: bool,
}

fn item(
    kind: &str,
    count: Option<usize>,
    about: String,
    href: String,
    urgent: bool,
) -> DeskItemOut {
    DeskItemOut {
        kind: kind.to_string(),
        count,
        about,
        on: None,
        href,
        urgent,
    }
}

/// A meeting not yet over on `today` (a meeting without dates counts as upcoming).
fn not_over(m: &meeting::Model, today: Date) -> bool {
    m.closes_on.or(m.opens_on).is_none_or(|end| end >= today)
}

/// The desk of the reader; `SignInRequired` for anonymous readers.
pub async fn desk(state: &AppState, ctx: &Ctx) -> Result<DeskOut, WebError> {
    if !ctx.viewer.is_signed_in() {
        return Err(WebError::SignInRequired {
            next: ctx.path.clone(),
        });
    }
    let today = today();
    let mut codes: Vec<String> = Vec::new();
    for g in &ctx.viewer.grants {
        match &g.convention {
            Some(code) if !codes.contains(code) => codes.push(code.clone()),
            _ => {}
        }
    }
    if ctx.viewer.is_admin() {
        for c in state.store.conventions().await? {
            if !codes.contains(&c.code) {
                codes.push(c.code);
            }
        }
    }
    let mut conventions = Vec::new();
    for code in codes {
        let offices = load(state, &code).await?.for_reader(ctx);
        conventions.push(convention_desk(state, ctx, &offices, today).await?);
    }
    Ok(DeskOut {
        today: today.to_string(),
        conventions,
    })
}

async fn convention_desk(
    state: &AppState,
    ctx: &Ctx,
    offices: &OfficeRecord,
    today: Date,
) -> Result<DeskConventionOut, WebError> {
    let c = &offices.convention;
    let code = c.code.clone();
    let meetings = state.store.meetings(c).await?;
    let mut roles = Vec::new();
    let mut sections = Vec::new();
    if ctx.viewer.can_read(&code, AccessLevel::Isu) {
        roles.push(Role::IsuStaff.slug().to_string());
        sections.push(isu_section(state, ctx, offices, &meetings, today).await?);
    }
    for g in ctx
        .viewer
        .grants
        .iter()
        .filter(|g| g.convention.as_deref() == Some(code.as_str()))
    {
        let Some(actor) = g.actor.clone() else {
            continue;
        };
        roles.push(format!("{}:{actor}", g.role.slug()));
        let items = match g.role {
            Role::President | Role::Coordinator => {
                officer_items(state, ctx, offices, &meetings, (&actor, g.role), today).await?
            }
            Role::FocalPoint => focal_point_items(state, ctx, c, &meetings, &actor, today).await?,
            _ => continue,
        };
        sections.push(DeskSectionOut {
            role: g.role.slug().to_string(),
            actor: Some(actor),
            items,
        });
    }
    let notices = crate::views::messages::readable_list(ctx, state, c).await?;
    sections.push(DeskSectionOut {
        role: "everyone".to_string(),
        actor: None,
        items: vec![item(
            "notices",
            Some(notices.len()),
            String::new(),
            format!("/{code}/notices"),
            false,
        )],
    });
    Ok(DeskConventionOut {
        name: crate::extract::convention_name(ctx, c),
        code,
        roles,
        sections,
    })
}

async fn isu_section(
    state: &AppState,
    ctx: &Ctx,
    offices: &OfficeRecord,
    meetings: &[meeting::Model],
    today: Date,
) -> Result<DeskSectionOut, WebError> {
    let c = &offices.convention;
    let code = &c.code;
    let mut items = Vec::new();
    for m in meetings.iter().filter(|m| not_over(m, today)) {
        let pending = state
            .store
            .registrations(m, Some(RegistrationStatus::Pending))
            .await?
            .len();
        if pending > 0 {
            items.push(item(
                "registrations-pending",
                Some(pending),
                m.label.clone(),
                format!("/{code}/meetings/{}/registrations", m.label),
                true,
            ));
        }
    }
    let overdue_actions = actions_for(state, ctx, c)
        .await?
        .iter()
        .filter(|a| a.overdue)
        .count();
    items.push(item(
        "actions-overdue",
        Some(overdue_actions),
        String::new(),
        format!("/{code}/actions"),
        overdue_actions > 0,
    ));
    let findings = offices.findings(today, state.store.meeting_findings(c, today).await?);
    items.push(item(
        "findings-errors",
        Some(findings.errors),
        String::new(),
        format!("/{code}/findings"),
        findings.errors > 0,
    ));
    let open_advice = state
        .store
        .advice_requests(c)
        .await?
        .iter()
        .filter(|r| r.status != "closed")
        .count();
    items.push(item(
        "advice-open",
        Some(open_advice),
        String::new(),
        format!("/{code}/advice"),
        open_advice > 0,
    ));
    // Transparency reports as they arrive: submitted in the last 30 days.
    let since = today - time::Duration::days(30);
    let received = state
        .store
        .reports(c)
        .await?
        .iter()
        .filter(|r| r.received_on.is_some_and(|d| d >= since))
        .count();
    items.push(item(
        "reports-received",
        Some(received),
        String::new(),
        format!("/{code}/reports"),
        false,
    ));
    let overdue_reports = state.store.overdue(c, today).await?.len();
    items.push(item(
        "reports-overdue",
        Some(overdue_reports),
        String::new(),
        format!("/{code}/obligations/overdue"),
        overdue_reports > 0,
    ));
    Ok(DeskSectionOut {
        role: Role::IsuStaff.slug().to_string(),
        actor: None,
        items,
    })
}

/// The offices and seats `actor` holds today, and what goes with them: for a President (or
/// President-Designate) the meeting they preside, its preparation, the Coordination Committee
/// and its next meeting, and writing to an audience; for a Coordinator their seat, its Working
/// Group or thematic area, the sessions of that body in the programmes of meetings not yet over,
/// the handover note left by the seat's previous holder (and whether theirs is written), and the
/// follow-up actions the seat owns. When nothing is held today, the last post held.
async fn officer_items(
    state: &AppState,
    ctx: &Ctx,
    offices: &OfficeRecord,
    meetings: &[meeting::Model],
    (actor, role): (&str, Role),
    today: Date,
) -> Result<Vec<DeskItemOut>, WebError> {
    let code = &offices.convention.code;
    let held: Vec<Term> = offices
        .record
        .held_on(today)
        .into_iter()
        .filter(|t| t.holder == actor)
        .filter(|t| match role {
            Role::Coordinator => matches!(t.post, Post::Seat(_)),
            _ => matches!(t.post, Post::Office(_)),
        })
        .collect();
    let mut items = Vec::new();
    let dated = |mut i: DeskItemOut, on: Option<Date>| {
        i.on = on.map(|d| d.to_string());
        i
    };
    let rows = if held.is_empty() {
        Default::default()
    } else {
        state.store.appointment_rows(&offices.convention).await?
    };
    let actions = if role == Role::Coordinator && !held.is_empty() {
        actions_for(state, ctx, &offices.convention).await?
    } else {
        Vec::new()
    };
    for t in &held {
        match &t.post {
            Post::Office(_) => {
                items.push(item(
                    "office-held",
                    None,
                    offices.post_name(&t.post),
                    format!("/{code}/committee"),
                    false,
                ));
                let presides = offices
                    .record
                    .appointments
                    .iter()
                    .find(|a| a.id == t.appointment)
                    .and_then(|a| a.presides)
                    .and_then(|id| meetings.iter().find(|m| i64::from(m.id) == id));
                if let Some(m) = presides {
                    items.push(dated(
                        item(
                            "presides",
                            None,
                            m.label.clone(),
                            format!("/{code}/meetings/{}", m.label),
                            false,
                        ),
                        m.opens_on,
                    ));
                    if not_over(m, today) && crate::views::preparation::may_read(ctx, code) {
                        items.push(item(
                            "preparation",
                            None,
                            m.label.clone(),
                            format!("/{code}/meetings/{}/preparation", m.label),
                            false,
                        ));
                    }
                }
            }
            Post::Seat(key) => {
                items.push(item(
                    "seat-held",
                    None,
                    offices.post_name(&t.post),
                    format!("/{code}/seats/{key}"),
                    false,
                ));
                let body = offices
                    .record
                    .architecture
                    .version_on(today)
                    .and_then(|v| v.seat(key))
                    .map(|(b, _)| b.clone());
                if let Some(b) = &body {
                    items.push(item(
                        "group",
                        None,
                        offices.term(&b.name),
                        format!("/{code}/architecture#body-{}", b.key),
                        false,
                    ));
                    for m in meetings.iter().filter(|m| not_over(m, today)) {
                        let sessions = state
                            .store
                            .programme_shared(m.id)
                            .await?
                            .iter()
                            .filter(|x| {
                                x.session.body.as_deref() == Some(b.key.as_str())
                                    || x.session.area.as_deref() == Some(b.key.as_str())
                            })
                            .count();
                        if sessions > 0 {
                            items.push(item(
                                "sessions",
                                Some(sessions),
                                m.label.clone(),
                                format!("/{code}/meetings/{}/programme", m.label),
                                false,
                            ));
                        }
                    }
                }
                // The note the seat's previous holder left, and this holder's own.
                let history = offices.record.history(&t.post);
                let previous = history
                    .iter()
                    .filter(|p| p.start < t.start)
                    .max_by_key(|p| p.start);
                if let Some(p) = previous
                    && rows
                        .get(&p.appointment)
                        .is_some_and(|r| !r.handover_note.trim().is_empty())
                {
                    items.push(item(
                        "handover-received",
                        None,
                        offices.name(&p.holder),
                        format!("/{code}/seats/{key}"),
                        false,
                    ));
                }
                if rows
                    .get(&t.appointment)
                    .is_some_and(|r| r.handover_note.trim().is_empty())
                {
                    items.push(item(
                        "handover-write",
                        None,
                        String::new(),
                        format!("/{code}/seats/{key}"),
                        false,
                    ));
                }
                let owned: Vec<_> = actions
                    .iter()
                    .filter(|a| a.owner_kind == "coordinator" && a.owner == *key)
                    .filter(|a| a.status == "open")
                    .collect();
                if !owned.is_empty() {
                    items.push(item(
                        "actions-seat",
                        Some(owned.len()),
                        String::new(),
                        format!("/{code}/actions"),
                        owned.iter().any(|a| a.overdue),
                    ));
                }
            }
        }
    }
    if held.is_empty() {
        items.push(item(
            "nothing-held",
            None,
            offices.name(actor),
            format!("/{code}/offices"),
            false,
        ));
        // The last post of the role's kind the State held, with the day it ended.
        let last = offices
            .record
            .terms_of(actor)
            .into_iter()
            .filter(|t| t.start <= today)
            .filter(|t| match role {
                Role::Coordinator => matches!(t.post, Post::Seat(_)),
                _ => matches!(t.post, Post::Office(_)),
            })
            .max_by_key(|t| t.start);
        if let Some(t) = last {
            items.push(dated(
                item(
                    "last-held",
                    None,
                    offices.post_name(&t.post),
                    format!("/{code}/offices"),
                    false,
                ),
                t.end.date(),
            ));
        }
    } else {
        // The President and the Coordinators sit on the Coordination Committee (P3.2).
        let members = offices.committee_on(today)?.members.len();
        items.push(item(
            "committee",
            Some(members),
            String::new(),
            format!("/{code}/committee"),
            false,
        ));
        if let Some(cc) = next_of(meetings, today, true) {
            items.push(dated(
                item(
                    "committee-next-meeting",
                    None,
                    cc.label.clone(),
                    format!("/{code}/meetings/{}", cc.label),
                    false,
                ),
                cc.opens_on,
            ));
        }
        if role == Role::President {
            items.push(item(
                "notice-new",
                None,
                String::new(),
                format!("/{code}/notices/new"),
                false,
            ));
        }
    }
    if let Some(next) = next_of(meetings, today, false) {
        items.push(dated(
            item(
                "next-meeting",
                None,
                next.label.clone(),
                format!("/{code}/meetings/{}", next.label),
                false,
            ),
            next.opens_on,
        ));
    }
    Ok(items)
}

/// The next meeting with a first day on or after `today`: the Coordination Committee's
/// (`committee`) or any other kind.
fn next_of(meetings: &[meeting::Model], today: Date, committee: bool) -> Option<&meeting::Model> {
    let cc = treatydesk_domain::meeting::MeetingKind::CoordinationCommittee.slug();
    meetings
        .iter()
        .filter(|m| (m.kind == cc) == committee)
        .filter(|m| m.opens_on.is_some_and(|d| d >= today))
        .min_by_key(|m| m.opens_on)
}

async fn focal_point_items(
    state: &AppState,
    ctx: &Ctx,
    c: &convention::Model,
    meetings: &[meeting::Model],
    actor: &str,
    today: Date,
) -> Result<Vec<DeskItemOut>, WebError> {
    let code = &c.code;
    let mut items = Vec::new();
    let who = state.store.actor(actor).await?;
    items.push(item(
        "state-page",
        None,
        crate::views::listing::name_in(&who, ctx.lang).to_string(),
        format!("/{code}/states/{actor}"),
        false,
    ));
    if let Some(d) = state.store.state_deadlines(c, &who, today).await? {
        let overdue = d
            .deadlines
            .iter()
            .filter(|x| x.status == DeadlineStatus::Overdue)
            .count();
        let href = format!("/{code}/states/{actor}/obligations");
        if overdue > 0 {
            items.push(item(
                "reports-overdue",
                Some(overdue),
                String::new(),
                href.clone(),
                true,
            ));
        }
        if let Some(next) = d
            .deadlines
            .iter()
            .filter(|x| x.status == DeadlineStatus::Upcoming)
            .min_by_key(|x| x.due_on)
        {
            let mut i = item("next-deadline", None, next.article.clone(), href, false);
            i.on = Some(next.due_on.to_string());
            items.push(i);
        }
    }
    let drafts = state
        .store
        .reports(c)
        .await?
        .iter()
        .filter(|r| r.state_code == actor && r.status == treatydesk_store::reports::DRAFT)
        .count();
    if drafts > 0 {
        items.push(item(
            "reports-drafts",
            Some(drafts),
            String::new(),
            format!("/{code}/reports"),
            true,
        ));
    }
    for m in meetings.iter().filter(|m| not_over(m, today)) {
        let own = state
            .store
            .registrations(m, None)
            .await?
            .into_iter()
            .filter(|r| r.actor_code.as_deref() == Some(actor))
            .filter(|r| r.status != RegistrationStatus::Withdrawn.slug())
            .count();
        if own > 0 {
            items.push(item(
                "registrations-own",
                Some(own),
                m.label.clone(),
                format!("/{code}/meetings/{}", m.label),
                false,
            ));
        }
    }
    let open_advice = state
        .store
        .advice_requests(c)
        .await?
        .iter()
        .filter(|r| r.state_code == actor && r.status != "closed")
        .count();
    if open_advice > 0 {
        items.push(item(
            "advice-open",
            Some(open_advice),
            String::new(),
            format!("/{code}/advice"),
            false,
        ));
    }
    let owned = actions_for(state, ctx, c)
        .await?
        .into_iter()
        .filter(|a| a.owner_kind == "state" && a.owner == actor && a.status == "open")
        .collect::<Vec<_>>();
    if !owned.is_empty() {
        let overdue = owned.iter().any(|a| a.overdue);
        items.push(item(
            "actions-owned",
            Some(owned.len()),
            String::new(),
            format!("/{code}/actions"),
            overdue,
        ));
    }
    Ok(items)
}
