//! Meetings as views shared by the pages, the JSON API and the iCalendar feeds: one place turns
//! the store's meetings, their findings (P1.1, ¶18, P1.3, P3.1, Art. 11/12), agenda, Committee
//! attendance and minutes into what a reader may see. Meetings, agendas and attendance are
//! public; minutes carry their own access level and are left out for a reader below it. Nothing
//! here writes.

use std::collections::BTreeMap;

use serde::Serialize;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::office::{Post, Record};
use treatydesk_domain::rules::{Concerns, Finding};
use treatydesk_domain::schedule::{self, OtherMeeting};
use treatydesk_store::entities::{convention, meeting};
use utoipa::ToSchema;

use crate::ctx::Ctx;
use crate::views::listing;
use crate::views::offices::{FindingOut, finding_out, load};
use crate::{AppState, WebError};

#[derive(Clone, Serialize, ToSchema)]
pub struct MeetingOut {
    /// The UN-style label: 2MSP, 1RC, 3ISM, 1CC.
    pub label: String,
    /// msp, review-conference, extraordinary-msp, intersessional, coordination-committee, working-group
    pub kind: String,
    /// The kind's name in the convention's architecture ("Meeting of States Parties").
    pub kind_name: String,
    pub number: i32,
    pub venue: String,
    /// First day (YYYY-MM-DD), when on record.
    pub opens_on: Option<String>,
    /// Last day (YYYY-MM-DD), when on record.
    pub closes_on: Option<String>,
    /// planned, convened, held or closed
    pub status: String,
    /// days, morning or afternoon
    pub sitting: String,
    /// The presiding officer's State: recorded on the meeting, or the President appointed to
    /// preside it.
    pub presiding: Option<String>,
    pub source: String,
    /// The rule findings about this meeting.
    pub findings: Vec<FindingOut>,
}

#[derive(Clone, Serialize, ToSchema)]
pub struct SuggestionOut {
    pub opens_on: String,
    pub closes_on: String,
    /// "after" or "before"
    pub position: String,
    pub next_to: String,
}

#[derive(Clone, Serialize, ToSchema)]
pub struct AttendanceOut {
    pub id: i32,
    pub attendee: String,
    pub name: String,
    pub capacity: String,
    pub guest: bool,
    pub present: bool,
}

#[derive(Clone, Serialize, ToSchema)]
pub struct MinutesOut {
    pub text: String,
    /// Who may read them: public, states-parties, committee or isu.
    pub access: String,
    pub written_by: String,
    pub written_at: String,
    /// The current version's number (1 when never revised).
    pub revision: i32,
    /// The earlier versions this reader may read, newest first: minutes are revised, never
    /// overwritten.
    pub earlier: Vec<MinutesRevisionOut>,
}

/// One earlier version of a meeting's minutes.
#[derive(Clone, Serialize, ToSchema)]
pub struct MinutesRevisionOut {
    pub revision: i32,
    pub text: String,
    pub access: String,
    pub written_by: String,
    pub written_at: String,
    /// Why the version after this one was written.
    pub changed_because: String,
}

#[derive(Clone, Serialize, ToSchema)]
pub struct MeetingDetailOut {
    pub meeting: MeetingOut,
    pub agenda: Vec<String>,
    /// P1.3: adjacent dates next to other conventions' Geneva meetings that keep P1.1.
    pub suggestions: Vec<SuggestionOut>,
    /// Coordination Committee meetings: members and invited guests.
    pub attendance: Vec<AttendanceOut>,
    /// Absent when there are none or the reader's access level is below theirs.
    pub minutes: Option<MinutesOut>,
    /// True when minutes exist that this reader may not see.
    pub minutes_restricted: bool,
    /// The meeting's documents the reader may see, by agenda item.
    pub documents: Vec<crate::views::records::DocumentOut>,
    /// The decisions the meeting took (its final report lists them).
    pub decisions: Vec<crate::views::decisions::DecisionOut>,
    /// P4.4(a): open actions due by the meeting's first day (its preparation list).
    pub actions_due: Vec<crate::views::records::ActionOut>,
}

#[derive(Clone, Serialize, ToSchema)]
pub struct MeetingsOut {
    pub convention: String,
    pub errors: usize,
    pub warnings: usize,
    /// Findings for information: they break no rule.
    pub info: usize,
    pub meetings: Vec<MeetingOut>,
    /// Findings about no single meeting (a year without a meeting, the cadence).
    pub general: Vec<FindingOut>,
}

/// The State presiding a meeting: recorded on it, or the President appointed to preside it.
pub fn presiding_of(record: &Record, m: &meeting::Model) -> Option<String> {
    m.presiding.clone().or_else(|| {
        record
            .appointments
            .iter()
            .find(|a| {
                a.post == Post::Office("president".into()) && a.presides == Some(i64::from(m.id))
            })
            .map(|a| a.holder.clone())
    })
}

pub fn meeting_out(record: &Record, m: &meeting::Model, findings: &[Finding]) -> MeetingOut {
    let id = i64::from(m.id);
    MeetingOut {
        label: m.label.clone(),
        kind: m.kind.clone(),
        kind_name: record.kind_name(&m.kind),
        number: m.number,
        venue: m.venue.clone(),
        opens_on: m.opens_on.map(format_date),
        closes_on: m.closes_on.map(format_date),
        status: m.status.clone(),
        sitting: m.sitting.clone(),
        presiding: presiding_of(record, m),
        source: m.source.clone(),
        findings: findings
            .iter()
            .filter(|f| f.concerns.contains(&Concerns::Meeting(id)))
            .map(finding_out)
            .collect(),
    }
}

/// A convention's meetings and their findings; with `as_of`, only the meetings that had opened
/// by that day, judged on it.
pub async fn meetings_of(
    state: &AppState,
    code: &str,
    as_of: Option<time::Date>,
) -> Result<MeetingsOut, WebError> {
    let loaded = load(state, code).await?;
    let c = &loaded.convention;
    let on = as_of.unwrap_or_else(listing::today);
    let meetings: Vec<meeting::Model> = state
        .store
        .meetings(c)
        .await?
        .into_iter()
        .filter(|m| as_of.is_none_or(|d| m.opens_on.is_some_and(|o| o <= d)))
        .collect();
    let ids: std::collections::HashSet<i64> = meetings.iter().map(|m| i64::from(m.id)).collect();
    let findings: Vec<_> = state
        .store
        .meeting_findings(c, on)
        .await?
        .into_iter()
        .filter(|f| {
            f.concerns
                .iter()
                .all(|k| !matches!(k, Concerns::Meeting(id) if !ids.contains(id)))
        })
        .collect();
    let (errors, warnings, info) = crate::views::offices::counts(&findings);
    Ok(MeetingsOut {
        convention: c.code.clone(),
        errors,
        warnings,
        info,
        meetings: meetings
            .iter()
            .map(|m| meeting_out(&loaded.record, m, &findings))
            .collect(),
        general: findings
            .iter()
            .filter(|f| !f.concerns.iter().any(|c| matches!(c, Concerns::Meeting(_))))
            .map(finding_out)
            .collect(),
    })
}

/// One meeting with its agenda, P1.3 suggestions, attendance and (when the reader may) minutes.
pub async fn meeting_detail(
    state: &AppState,
    ctx: &Ctx,
    code: &str,
    label: &str,
) -> Result<(convention::Model, MeetingDetailOut), WebError> {
    let loaded = load(state, code).await?;
    let c = loaded.convention.clone();
    let m = state.store.meeting(&c, label).await?;
    let findings = state.store.meeting_findings(&c, listing::today()).await?;
    let suggestions = suggestions_for(&loaded.record, &m, &state.store.others_for(&c).await?);
    let agenda = state
        .store
        .agenda(m.id)
        .await?
        .into_iter()
        .map(|a| a.title)
        .collect();
    let names: BTreeMap<String, String> = state
        .store
        .actors()
        .await?
        .into_iter()
        .map(|a| (a.code, a.name_en))
        .collect();
    let attendance = state
        .store
        .attendance(m.id)
        .await?
        .into_iter()
        .map(|a| AttendanceOut {
            id: a.id,
            name: names
                .get(&a.attendee)
                .cloned()
                .unwrap_or_else(|| a.attendee.clone()),
            attendee: a.attendee,
            capacity: a.capacity,
            guest: a.guest,
            present: a.present,
        })
        .collect();
    let stored = state.store.minutes(m.id).await?;
    let may = |access: &str| crate::views::records::may_read(ctx, &c.code, access);
    let readable = stored.as_ref().is_some_and(|s| may(&s.access));
    let revisions = if readable {
        state.store.minutes_revisions(m.id).await?
    } else {
        Vec::new()
    };
    let revision = revisions.last().map_or(1, |r| r.revision);
    let earlier: Vec<MinutesRevisionOut> = revisions
        .iter()
        .zip(revisions.iter().skip(1))
        .filter(|(r, _)| may(&r.access))
        .map(|(r, next)| MinutesRevisionOut {
            revision: r.revision,
            text: r.text.clone(),
            access: r.access.clone(),
            written_by: r.who.clone(),
            written_at: format_date(r.at.date()),
            changed_because: next.reason.clone(),
        })
        .rev()
        .collect();
    let of_meeting = treatydesk_store::documents::DocumentFilter {
        meeting_id: Some(m.id),
        ..Default::default()
    };
    let (mut documents, _) =
        crate::views::records::documents_selected(state, ctx, &c, &of_meeting, None).await?;
    documents.sort_by(|a, b| {
        (a.agenda_item.is_none(), &a.agenda_item, &a.symbol).cmp(&(
            b.agenda_item.is_none(),
            &b.agenda_item,
            &b.symbol,
        ))
    });
    let decisions = crate::views::decisions::decisions_for(state, ctx, &c, None)
        .await?
        .into_iter()
        .filter(|d| d.meeting == m.label)
        .collect();
    let actions_due = match m.opens_on {
        Some(opens) => {
            let opens = format_date(opens);
            crate::views::records::actions_for(state, ctx, &c)
                .await?
                .into_iter()
                .filter(|a| a.status == "open" && a.due_on.as_ref().is_some_and(|d| *d <= opens))
                .collect()
        }
        None => Vec::new(),
    };
    let detail = MeetingDetailOut {
        documents,
        decisions,
        actions_due,
        meeting: meeting_out(&loaded.record, &m, &findings),
        agenda,
        suggestions,
        attendance,
        minutes_restricted: stored.is_some() && !readable,
        minutes: stored.filter(|_| readable).map(|s| MinutesOut {
            text: s.text,
            access: s.access,
            written_by: s.written_by,
            written_at: format_date(s.written_at.date()),
            revision,
            earlier,
        }),
    };
    Ok((c, detail))
}

fn suggestions_for(
    record: &Record,
    m: &meeting::Model,
    others: &[OtherMeeting],
) -> Vec<SuggestionOut> {
    let Some(domain) = record.meeting(i64::from(m.id)) else {
        return Vec::new();
    };
    let Some(rule) = schedule::rule_for(record, domain).filter(|r| r.consecutive) else {
        return Vec::new();
    };
    let near: Vec<&OtherMeeting> = others.iter().collect();
    if let (Some(o), Some(c)) = (domain.opens_on, domain.closes_on)
        && schedule::is_consecutive(rule.venue.as_deref(), o, c, &near)
    {
        return Vec::new();
    }
    schedule::suggestions(rule, domain, others)
        .into_iter()
        .map(|s| SuggestionOut {
            opens_on: format_date(s.opens_on),
            closes_on: format_date(s.closes_on),
            position: s.position,
            next_to: s.next_to,
        })
        .collect()
}

/// Splits meetings at `today` (YYYY-MM-DD): those not yet closed, or without dates, the soonest
/// first; those closed, the latest first.
pub fn upcoming_and_past(all: &[MeetingOut], today: &str) -> (Vec<MeetingOut>, Vec<MeetingOut>) {
    let closed = |m: &MeetingOut| is_past(m.opens_on.as_deref(), m.closes_on.as_deref(), today);
    let mut upcoming: Vec<MeetingOut> = all.iter().filter(|m| !closed(m)).cloned().collect();
    let mut past: Vec<MeetingOut> = all.iter().filter(|m| closed(m)).cloned().collect();
    upcoming.sort_by(|a, b| {
        (a.opens_on.is_none(), &a.opens_on).cmp(&(b.opens_on.is_none(), &b.opens_on))
    });
    past.sort_by(|a, b| b.opens_on.cmp(&a.opens_on));
    (upcoming, past)
}

/// Has a meeting with these dates (YYYY-MM-DD) closed before `today`? One without dates has not.
pub fn is_past(opens_on: Option<&str>, closes_on: Option<&str>, today: &str) -> bool {
    closes_on.or(opens_on).is_some_and(|d| d < today)
}

/// A meeting's registration today, in a sentence (not open, opens on, open until, closed), and
/// whether one may register today. A meeting that has closed never offers registration.
pub async fn registration_today(
    state: &AppState,
    ctx: &Ctx,
    row: &meeting::Model,
    today: time::Date,
) -> Result<(String, bool), WebError> {
    if row.closes_on.or(row.opens_on).is_some_and(|d| d < today) {
        return Ok((ctx.t("mtg-reg-meeting-over"), false));
    }
    let settings = state.store.registration_settings(row).await?;
    Ok(match settings {
        None => (ctx.t("home-reg-not-open"), false),
        Some(s) => match (s.opens_on, s.deadline) {
            (Some(o), _) if today < o => (ctx.ts("home-reg-opens", &ctx.date(o).text), false),
            (_, Some(d)) if today > d => (ctx.ts("home-reg-closed", &ctx.date(d).text), false),
            (_, Some(d)) => (ctx.ts("home-reg-open-until", &ctx.date(d).text), true),
            (_, None) => (ctx.t("home-reg-open"), true),
        },
    })
}
