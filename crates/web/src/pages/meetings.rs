//! The meetings pages: a convention's meetings with their findings, one meeting with its agenda,
//! P1.3's adjacent dates, Coordination Committee attendance (members and guests) and minutes,
//! and the ISU's forms to record a meeting, change its dates, venue, status, sitting and chair,
//! set its agenda, propose attendance from the membership in force (P3.2), add guests (P3.1),
//! mark presence and write minutes.
//!
//! Everyone reads meetings; only ISU staff change them. Minutes show only to readers at or above
//! their access level. A refused form answers 422 with every field as typed.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::calendar::parse_date;
use treatydesk_domain::finding::{Message, Problem};
use treatydesk_domain::meeting::MeetingKind;
use treatydesk_domain::schedule::{MeetingStatus, Sitting};
use treatydesk_store::StoreError;
use treatydesk_store::architecture::NewMeeting;
use treatydesk_store::meetings::MeetingEdit;

use super::{Choice, render_form};
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::views::findings::{problem, problem_in, problems_in};
use crate::views::meetings::{
    MeetingDetailOut, MeetingOut, MeetingsOut, is_past, meeting_detail, meetings_of,
    registration_today, upcoming_and_past,
};
use crate::views::offices::load;
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/meetings", get(list).post(add))
        .route("/{code}/meetings/{label}", get(detail).post(edit))
        .route("/{code}/meetings/{label}/agenda", post(agenda))
        .route("/{code}/meetings/{label}/attendance", post(attendance))
        .route("/{code}/meetings/{label}/minutes", post(minutes))
}

/// The meeting form as typed (strings, so that nothing is lost on a refusal).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct MeetingForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    number: String,
    #[serde(default)]
    venue: String,
    #[serde(default)]
    opens_on: String,
    #[serde(default)]
    closes_on: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    sitting: String,
    #[serde(default)]
    presiding: String,
    #[serde(default)]
    source: String,
}

impl MeetingForm {
    fn choices(&self, ctx: &Ctx) -> (Vec<Choice>, Vec<Choice>, Vec<Choice>) {
        (
            Choice::translated(
                ctx,
                "mtg-kind-",
                MeetingKind::ALL.map(MeetingKind::slug),
                &self.kind,
            ),
            Choice::translated(
                ctx,
                "mtg-status-",
                MeetingStatus::ALL.map(MeetingStatus::slug),
                &self.status,
            ),
            Choice::translated(
                ctx,
                "mtg-sitting-",
                Sitting::ALL.map(Sitting::slug),
                &self.sitting,
            ),
        )
    }

    /// Reads the fields shared by recording and editing; every problem in words.
    fn read(&self) -> Result<MeetingEdit, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut date = |field: &str, raw: &str| {
            let raw = raw.trim();
            if raw.is_empty() {
                return None;
            }
            let d = parse_date(raw);
            if d.is_none() {
                problems.push(problem(
                    Message::new("refuse-meeting-not-a-date")
                        .code("field", field)
                        .code("value", raw),
                ));
            }
            d
        };
        let opens_on = date("opening-day", &self.opens_on);
        let closes_on = date("closing-day", &self.closes_on);
        let status = MeetingStatus::from_slug(&self.status).unwrap_or_default();
        let sitting = Sitting::from_slug(&self.sitting).unwrap_or_default();
        if self.venue.chars().count() > 200 {
            problems.push(problem(
                Message::new("refuse-meeting-venue-long").number("max", 200),
            ));
        }
        let presiding = self.presiding.trim().to_uppercase();
        if problems.is_empty() {
            Ok(MeetingEdit {
                venue: self.venue.trim().to_string(),
                opens_on,
                closes_on,
                status,
                sitting,
                presiding: (!presiding.is_empty()).then_some(presiding),
            })
        } else {
            Err(problems)
        }
    }
}

#[derive(Template)]
#[template(path = "meetings.html")]
struct ListPage {
    ctx: Ctx,
    code: String,
    convention: String,
    m: MeetingsOut,
    /// `("upcoming", meetings not yet closed or without dates, the soonest first)` and
    /// `("past", meetings closed, the latest first)`.
    sections: [(&'static str, Vec<MeetingOut>); 2],
    may_edit: bool,
    form: MeetingForm,
    kinds: Vec<Choice>,
    statuses: Vec<Choice>,
    sittings: Vec<Choice>,
    problems: Vec<String>,
    /// The list's filters (kind, year), as chosen.
    filter_kinds: Vec<Choice>,
    filter_years: Vec<Choice>,
    filtered: bool,
}

/// The meetings list's filters, from the query string (`?kind=msp&year=2024`); an unknown
/// value filters nothing out rather than failing.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct ListFilters {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    year: String,
}

impl ListFilters {
    fn keeps(&self, m: &MeetingOut) -> bool {
        (self.kind.is_empty() || m.kind == self.kind)
            && (self.year.is_empty()
                || m.opens_on
                    .as_deref()
                    .is_some_and(|d| d.starts_with(&self.year)))
    }
}

async fn list_page(
    ctx: Ctx,
    state: &AppState,
    code: &str,
    (form, filters): (MeetingForm, ListFilters),
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let mut m = meetings_of(state, code, None).await?;
    let mut years: Vec<String> = m
        .meetings
        .iter()
        .filter_map(|x| x.opens_on.as_deref().and_then(|d| d.get(..4)))
        .map(str::to_string)
        .collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    let mut kinds_present: Vec<&'static str> = MeetingKind::ALL
        .into_iter()
        .map(MeetingKind::slug)
        .filter(|k| m.meetings.iter().any(|x| x.kind == *k))
        .collect();
    kinds_present.dedup();
    let any = Choice {
        value: String::new(),
        label: ctx.t("mtg-filter-any"),
        selected: false,
    };
    let mut filter_kinds = vec![Choice {
        selected: filters.kind.is_empty(),
        ..any.clone()
    }];
    filter_kinds.extend(Choice::translated(
        &ctx,
        "mtg-kind-",
        kinds_present,
        &filters.kind,
    ));
    let mut filter_years = vec![Choice {
        selected: filters.year.is_empty(),
        ..any
    }];
    filter_years.extend(years.into_iter().map(|y| Choice {
        selected: y == filters.year,
        label: y.clone(),
        value: y,
    }));
    let filtered = !filters.kind.is_empty() || !filters.year.is_empty();
    m.meetings.retain(|x| filters.keeps(x));
    let loaded = load(state, code).await?;
    let names = crate::views::findings::names_from(&loaded.facts, ctx.lang, code);
    crate::views::findings::localize(ctx.lang, &mut m.general, &names);
    for x in &mut m.meetings {
        x.kind_name = ctx.term(code, &x.kind_name);
        crate::views::findings::localize(ctx.lang, &mut x.findings, &names);
    }
    let c = loaded.convention.clone();
    let (kinds, statuses, sittings) = form.choices(&ctx);
    let (upcoming, past) =
        upcoming_and_past(&m.meetings, &crate::views::listing::today().to_string());
    let page = ListPage {
        filter_kinds,
        filter_years,
        filtered,
        sections: [("upcoming", upcoming), ("past", past)],
        may_edit: ctx.viewer.can_read(&c.code, AccessLevel::Isu),
        convention: convention_name(&ctx, &c),
        code: c.code.clone(),
        m,
        form,
        kinds,
        statuses,
        sittings,
        problems,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

pub async fn list(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    axum::extract::Query(filters): axum::extract::Query<ListFilters>,
) -> Result<Response, WebError> {
    let form = MeetingForm {
        kind: "intersessional".into(),
        venue: "Geneva".into(),
        ..Default::default()
    };
    list_page(ctx, &state, &code, (form, filters), Vec::new()).await
}

pub async fn add(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Form(form): Form<MeetingForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let c = load(&state, &code).await?.convention;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let Some(kind) = MeetingKind::from_slug(&form.kind) else {
        let why = problem_in(ctx.lang, &problem(Message::new("refuse-meeting-kind")));
        return list_page(
            ctx,
            &state,
            &code,
            (form, ListFilters::default()),
            vec![why],
        )
        .await;
    };
    let edit = match form.read() {
        Ok(e) => e,
        Err(p) => {
            let p = problems_in(ctx.lang, &p);
            return list_page(ctx, &state, &code, (form, ListFilters::default()), p).await;
        }
    };
    let number = match form.number.trim() {
        "" => {
            let used = state
                .store
                .meetings(&c)
                .await?
                .iter()
                .filter(|m| m.kind == kind.slug())
                .map(|m| m.number)
                .max()
                .unwrap_or(0);
            u32::try_from(used + 1).unwrap_or(1)
        }
        raw => match raw.parse::<u32>() {
            Ok(n) if (1..=999).contains(&n) => n,
            _ => {
                let why = problem_in(
                    ctx.lang,
                    &problem(Message::new("refuse-meeting-number").code("value", raw)),
                );
                return list_page(
                    ctx,
                    &state,
                    &code,
                    (form, ListFilters::default()),
                    vec![why],
                )
                .await;
            }
        },
    };
    let source = if form.source.trim().is_empty() {
        format!(
            "recorded by {}",
            ctx.viewer.username.as_deref().unwrap_or("ISU")
        )
    } else {
        form.source.trim().to_string()
    };
    let new = NewMeeting {
        kind,
        number,
        venue: edit.venue,
        opens_on: edit.opens_on,
        closes_on: edit.closes_on,
        source,
        status: edit.status,
        sitting: edit.sitting,
        presiding: edit.presiding,
    };
    match state
        .store
        .add_meeting(&ctx.author("record a meeting"), &c, new)
        .await
    {
        Ok(m) => {
            crate::services::indexing::reindex_meeting(&state, &c, &m).await?;
            Ok(Redirect::to(&format!("/{}/meetings/{}?saved=1", c.code, m.label)).into_response())
        }
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            list_page(ctx, &state, &code, (form, ListFilters::default()), p).await
        }
        Err(StoreError::Conflict(p)) => {
            let p = crate::views::findings::problem_in(ctx.lang, &p);
            list_page(ctx, &state, &code, (form, ListFilters::default()), vec![p]).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "meeting.html")]
struct DetailPage {
    ctx: Ctx,
    code: String,
    convention: String,
    d: MeetingDetailOut,
    may_edit: bool,
    is_committee: bool,
    /// The reader may see nominations for this meeting (it selects Coordinators).
    nominations_link: bool,
    /// The meeting has not closed: registering for it still makes sense.
    register_link: bool,
    saved: bool,
    form: MeetingForm,
    statuses: Vec<Choice>,
    sittings: Vec<Choice>,
    agenda_text: String,
    levels: Vec<Choice>,
    problems: Vec<String>,
    /// The meeting's statements as they stand (P1.2), by session and speaker.
    statements: Vec<crate::views::statements::StatementGroup>,
    /// The presiding State's name in the reader's language (its code only when unnamed).
    presiding_name: Option<String>,
    /// The registration banner (issue 18 item 6): its sentence and whether one may register
    /// today; none for a Coordination Committee meeting.
    registration: Option<(String, bool)>,
    /// The reader may read the list of participants (States Parties and up).
    participants_link: bool,
}

async fn detail_page(
    ctx: Ctx,
    state: &AppState,
    code: &str,
    label: &str,
    typed: Option<MeetingForm>,
    agenda_typed: Option<String>,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let (c, mut d) = meeting_detail(state, &ctx, code, label).await?;
    let loaded = load(state, code).await?;
    let names = crate::views::findings::names_from(&loaded.facts, ctx.lang, code);
    crate::views::findings::localize(ctx.lang, &mut d.meeting.findings, &names);
    d.meeting.kind_name = ctx.term(code, &d.meeting.kind_name);
    // States by name, not by code (issue 18 item 4).
    let named = |code: &str| names(code).unwrap_or_else(|| code.to_string());
    let presiding_name = d.meeting.presiding.as_deref().map(named);
    let m = &d.meeting;
    let form = typed.unwrap_or_else(|| MeetingForm {
        kind: m.kind.clone(),
        venue: m.venue.clone(),
        opens_on: m.opens_on.clone().unwrap_or_default(),
        closes_on: m.closes_on.clone().unwrap_or_default(),
        status: m.status.clone(),
        sitting: m.sitting.clone(),
        presiding: m.presiding.clone().unwrap_or_default(),
        ..Default::default()
    });
    let (_, statuses, sittings) = form.choices(&ctx);
    let minutes_level = d
        .minutes
        .as_ref()
        .map_or("committee", |mi| mi.access.as_str())
        .to_string();
    let levels = Choice::translated(
        &ctx,
        "mtg-level-",
        AccessLevel::ALL.map(AccessLevel::slug),
        &minutes_level,
    );
    let nominations_link =
        crate::views::nominations::link_shown(state, &ctx, &c.code, &m.label).await;
    let row = state.store.meeting(&c, &m.label).await?;
    let all = state.store.statements_of_meeting(&row).await?;
    let mut statements = if all.is_empty() {
        Vec::new()
    } else {
        let programme = state.store.programme_shared(row.id).await?;
        crate::views::statements::grouped(&crate::views::statements::statements_out(
            &c, &row.label, &programme, &all,
        ))
    };
    for g in &mut statements {
        g.state_name = g.state.as_deref().map(named);
    }
    let today = crate::views::listing::today();
    let is_committee = m.kind == MeetingKind::CoordinationCommittee.slug();
    let register_link = !is_committee
        && !is_past(
            m.opens_on.as_deref(),
            m.closes_on.as_deref(),
            &today.to_string(),
        );
    let registration = if is_committee {
        None
    } else {
        Some(registration_today(state, &ctx, &row, today).await?)
    };
    let page = DetailPage {
        registration,
        participants_link: !is_committee
            && ctx.viewer.can_read(&c.code, AccessLevel::StatesParties),
        presiding_name,
        register_link,
        statements,
        may_edit: ctx.viewer.can_read(&c.code, AccessLevel::Isu),
        nominations_link,
        is_committee,
        saved: ctx.query.contains("saved=1"),
        convention: convention_name(&ctx, &c),
        code: c.code.clone(),
        agenda_text: agenda_typed.unwrap_or_else(|| d.agenda.join("\n")),
        d,
        form,
        statuses,
        sittings,
        levels,
        problems,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

pub async fn detail(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    detail_page(ctx, &state, &code, &label, None, None, Vec::new()).await
}

pub async fn edit(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    Form(form): Form<MeetingForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let c = load(&state, &code).await?.convention;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let edit = match form.read() {
        Ok(e) => e,
        Err(p) => {
            let p = problems_in(ctx.lang, &p);
            return detail_page(ctx, &state, &code, &label, Some(form), None, p).await;
        }
    };
    match state
        .store
        .update_meeting(
            &ctx.author(format!("change meeting {label}")),
            &c,
            &label,
            edit,
        )
        .await
    {
        Ok(m) => {
            crate::services::indexing::reindex_meeting(&state, &c, &m).await?;
            Ok(Redirect::to(&format!("/{}/meetings/{}?saved=1", c.code, m.label)).into_response())
        }
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            detail_page(ctx, &state, &code, &label, Some(form), None, p).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct AgendaForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    items: String,
}

pub async fn agenda(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    Form(form): Form<AgendaForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let c = load(&state, &code).await?.convention;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let m = state.store.meeting(&c, &label).await?;
    let titles: Vec<String> = form.items.lines().map(str::to_string).collect();
    match state
        .store
        .set_agenda(&ctx.author(format!("agenda of {label}")), &m, &titles)
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/{}/meetings/{label}?saved=1", c.code)).into_response()),
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            detail_page(ctx, &state, &code, &label, None, Some(form.items), p).await
        }
        Err(e) => Err(e.into()),
    }
}

pub struct AttendanceForm {
    csrf: String,
    /// propose, guest or presence
    action: String,
    guest: String,
    capacity: String,
    /// The attendance ids whose "present" box is ticked (a repeated field).
    present: Vec<String>,
}

pub async fn attendance(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let form = parse_attendance(&body);
    ctx.check_csrf(&form.csrf)?;
    let c = load(&state, &code).await?.convention;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let m = state.store.meeting(&c, &label).await?;
    let author = ctx.author(format!("attendance of {label}"));
    let done = match form.action.as_str() {
        "propose" => state
            .store
            .propose_attendance(&author, &c, &m)
            .await
            .map(|_| ()),
        "guest" => state
            .store
            .add_guest(&author, &m, &form.guest, &form.capacity)
            .await
            .map(|_| ()),
        "presence" => {
            let ids: Vec<i32> = form.present.iter().filter_map(|p| p.parse().ok()).collect();
            state.store.set_presence(&author, &m, &ids).await
        }
        _ => return Err(WebError::BadRequest("unknown attendance action".into())),
    };
    match done {
        Ok(()) => Ok(
            Redirect::to(&format!("/{}/meetings/{label}?saved=1#attendance", c.code))
                .into_response(),
        ),
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            detail_page(ctx, &state, &code, &label, None, None, p).await
        }
        Err(StoreError::Conflict(p)) => {
            let p = crate::views::findings::problem_in(ctx.lang, &p);
            detail_page(ctx, &state, &code, &label, None, None, vec![p]).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Reads the attendance form, whose `present` checkboxes repeat (serde_urlencoded cannot).
fn parse_attendance(body: &[u8]) -> AttendanceForm {
    let mut form = AttendanceForm {
        csrf: String::new(),
        action: String::new(),
        guest: String::new(),
        capacity: String::new(),
        present: Vec::new(),
    };
    for (k, v) in form_urlencoded::parse(body) {
        let v = v.into_owned();
        match k.as_ref() {
            "csrf" => form.csrf = v,
            "action" => form.action = v,
            "guest" => form.guest = v,
            "capacity" => form.capacity = v,
            "present" => form.present.push(v),
            _ => {}
        }
    }
    form
}

#[derive(Deserialize)]
pub struct MinutesForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    access: String,
    #[serde(default)]
    reason: String,
}

pub async fn minutes(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
    Form(form): Form<MinutesForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let c = load(&state, &code).await?.convention;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let m = state.store.meeting(&c, &label).await?;
    let access = AccessLevel::from_slug(&form.access).unwrap_or(AccessLevel::Committee);
    match state
        .store
        .write_minutes(
            &ctx.author(format!("minutes of {label}")),
            &m,
            &form.text,
            access,
            &form.reason,
        )
        .await
    {
        Ok(_) => Ok(
            Redirect::to(&format!("/{}/meetings/{label}?saved=1#minutes", c.code)).into_response(),
        ),
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            detail_page(ctx, &state, &code, &label, None, None, p).await
        }
        Err(e) => Err(e.into()),
    }
}
