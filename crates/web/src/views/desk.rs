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
use treatydesk_domain::office::Post;
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
                officer_items(offices, &meetings, &actor, g.role, today)
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

/// The offices and seats `actor` holds today, and the next meeting.
fn officer_items(
    offices: &OfficeRecord,
    meetings: &[meeting::Model],
    actor: &str,
    role: Role,
    today: Date,
) -> Vec<DeskItemOut> {
    let code = &offices.convention.code;
    let mut items: Vec<DeskItemOut> = offices
        .record
        .held_on(today)
        .iter()
        .filter(|t| t.holder == actor)
        .filter_map(|t| match (&t.post, role) {
            (Post::Seat(key), Role::Coordinator) => Some(item(
                "seat-held",
                None,
                offices.post_name(&t.post),
                format!("/{code}/seats/{key}"),
                false,
            )),
            (Post::Office(_), Role::President) => Some(item(
                "office-held",
                None,
                offices.post_name(&t.post),
                format!("/{code}/committee"),
                false,
            )),
            _ => None,
        })
        .collect();
    if items.is_empty() {
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
            let mut i = item(
                "last-held",
                None,
                offices.post_name(&t.post),
                format!("/{code}/offices"),
                false,
            );
            i.on = t.end.date().map(|d| d.to_string());
            items.push(i);
        }
    }
    if let Some(next) = meetings
        .iter()
        .filter(|m| m.opens_on.is_some_and(|d| d >= today))
        .min_by_key(|m| m.opens_on)
    {
        let mut i = item(
            "next-meeting",
            None,
            next.label.clone(),
            format!("/{code}/meetings/{}", next.label),
            false,
        );
        i.on = next.opens_on.map(|d| d.to_string());
        items.push(i);
    }
    items
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
