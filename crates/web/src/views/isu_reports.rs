//! The ISU's report to a formal meeting (issue 14 item 5; P4.4(i)) as a view shared by its
//! pages, its PDF and its JSON API: the report's sections (a general introduction, the
//! activities by task of the mandate with the figures the record gives for that task, the
//! finances of the period's years, the conclusions), headings in the reader's language and
//! the ISU's prose as typed; and the reading of what a form or a JSON body gives.
//!
//! Who reads what: a draft is the ISU's only, a published report everyone's
//! ([`readable`]). Figures come from the snapshot computed when the draft was generated,
//! never from typing. Money leaves as exact decimal text. Nothing here writes.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use treatydesk_domain::calendar::parse_date;
use treatydesk_domain::finding::{Message, Problem};
use treatydesk_domain::{AccessLevel, Lang};
use treatydesk_store::entities::convention;
use treatydesk_store::isu_reports::{
    self, FINANCES, Figures, GENERAL, PUBLISHED, Prose, Report, SectionProse,
};
use utoipa::ToSchema;

use crate::locale::long_date;
use crate::{AppState, WebError, i18n};

/// A figure of a section: what is counted and how many.
#[derive(Clone, Serialize, ToSchema)]
pub struct ReportFigureOut {
    /// `meetings`, `participants`, `documents`, `advice`, `messages`, `actions-done`,
    /// `actions-open`.
    pub key: String,
    pub label: String,
    pub value: usize,
}

/// A meeting supported in the period.
#[derive(Clone, Serialize, ToSchema)]
pub struct ReportMeetingOut {
    pub label: String,
    pub opens_on: Option<String>,
    pub closes_on: Option<String>,
    /// The dates as the reader's language writes them.
    pub dates: String,
    pub participants: usize,
}

/// A year's money in the budget currency (exact decimal text).
#[derive(Clone, Serialize, ToSchema)]
pub struct ReportYearOut {
    pub year: i32,
    pub budget: Option<String>,
    pub pledged: String,
    pub received: String,
    pub gap_received: Option<String>,
    pub gap_pledged: Option<String>,
    pub spent: Option<String>,
}

/// A section of the report.
#[derive(Clone, Serialize, ToSchema)]
pub struct ReportSectionOut {
    /// `general`, a mandate task's key, or `finances`.
    pub key: String,
    /// The clause of the task (`P4.4(c)`), for a task's section.
    pub clause: Option<String>,
    pub heading: String,
    pub introduction: String,
    pub conclusions: String,
    pub figures: Vec<ReportFigureOut>,
    /// The meetings supported (in the section of the task that counts them).
    pub meetings: Vec<ReportMeetingOut>,
    /// The public documents issued (in the section of the task that counts them).
    pub documents: Vec<String>,
}

/// A revision of the report.
#[derive(Clone, Serialize, ToSchema)]
pub struct ReportRevisionOut {
    pub revision: i32,
    /// draft or published
    pub status: String,
    pub at: String,
    pub who: String,
}

/// An ISU report as the reader may read it.
#[derive(Clone, Serialize, ToSchema)]
pub struct ReportOut {
    pub number: i32,
    pub revision: i32,
    /// draft or published
    pub status: String,
    pub published: bool,
    pub title: String,
    pub meeting: String,
    pub period_from: String,
    pub period_until: String,
    /// The period as the reader's language writes it.
    pub period: String,
    /// The document's symbol, once published.
    pub symbol: Option<String>,
    pub document_id: Option<i32>,
    /// The sections in order: general, each task of the mandate, finances.
    pub sections: Vec<ReportSectionOut>,
    /// The budget currency of the finances.
    pub currency: String,
    pub years: Vec<ReportYearOut>,
    /// When the figures were computed from the record (RFC 3339).
    pub computed_at: String,
    /// The same, as the reader's language writes the day, with the time in UTC.
    pub computed: String,
    pub revisions: Vec<ReportRevisionOut>,
}

/// A report in the list.
#[derive(Clone, Serialize, ToSchema)]
pub struct ReportItemOut {
    pub number: i32,
    pub meeting: String,
    pub period: String,
    pub status: String,
    pub symbol: Option<String>,
    pub revision: i32,
}

/// What generates a draft: the meeting and, optionally, the period's bounds.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct ReportGenerateIn {
    /// The label of an MSP or Review Conference (`13MSP`).
    pub meeting: String,
    /// YYYY-MM-DD; by default the day after the previous formal meeting closed.
    #[serde(default)]
    pub from: String,
    /// YYYY-MM-DD; by default the day the meeting opens.
    #[serde(default)]
    pub until: String,
}

/// The ISU's prose of one section.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct ReportSectionProseIn {
    #[serde(default)]
    pub introduction: String,
    #[serde(default)]
    pub conclusions: String,
}

/// The prose of a report, per section key (`general`, a task's key, `finances`). Sections
/// not given keep their prose.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct ReportProseIn {
    pub sections: BTreeMap<String, ReportSectionProseIn>,
}

/// What publishes a report: the symbol the ISU confirms (the suggested one by default).
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct ReportPublishIn {
    #[serde(default)]
    pub symbol: String,
}

/// May a reader at `level` read this report? A draft is the ISU's; a published report is
/// public.
pub fn readable(report: &Report, level: AccessLevel) -> bool {
    report.is_published() || level >= AccessLevel::Isu
}

/// The dates of the period as a form or body gives them (empty: the default).
pub fn period_bounds(
    input: &ReportGenerateIn,
) -> Result<(Option<time::Date>, Option<time::Date>), Vec<Problem>> {
    let mut problems = Vec::new();
    let mut read = |raw: &str, field: &str| {
        let raw = raw.trim();
        if raw.is_empty() {
            return None;
        }
        let d = parse_date(raw);
        if d.is_none() {
            problems.push(crate::views::findings::problem(
                Message::new("refuse-isu-report-not-a-date")
                    .code("field", field)
                    .code("value", raw),
            ));
        }
        d
    };
    let from = read(&input.from, "first-day");
    let until = read(&input.until, "last-day");
    if input.meeting.trim().is_empty() {
        problems.push(crate::views::findings::problem(Message::new(
            "refuse-isu-report-meeting-missing",
        )));
    }
    if problems.is_empty() {
        Ok((from, until))
    } else {
        Err(problems)
    }
}

/// The report's title in `lang`.
pub fn title(lang: Lang, meeting: &str) -> String {
    i18n::tr_s(lang, "rpt-report-title", "value", meeting)
}

fn date_text(lang: Lang, iso: &str) -> String {
    parse_date(iso).map_or_else(|| iso.to_string(), |d| long_date(lang, d))
}

fn computed_text(lang: Lang, rfc3339: &str) -> String {
    time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339)
        .map(|t| {
            format!(
                "{} {:02}:{:02} UTC",
                long_date(lang, t.date()),
                t.hour(),
                t.minute()
            )
        })
        .unwrap_or_else(|_| rfc3339.to_string())
}

/// The prose a report keeps after an edit: the current prose with the sections given replaced.
pub fn merged_prose(current: &Prose, input: &ReportProseIn) -> Prose {
    let mut out = current.clone();
    for (k, s) in &input.sections {
        out.insert(
            k.clone(),
            SectionProse {
                introduction: s.introduction.clone(),
                conclusions: s.conclusions.clone(),
            },
        );
    }
    out
}

/// The section keys of a report to a convention: general, each mandate task, finances.
pub fn section_keys(state: &AppState, c: &convention::Model) -> Vec<String> {
    let mut keys = vec![GENERAL.to_string()];
    keys.extend(state.store.isu_preset(c).mandate.into_iter().map(|t| t.key));
    keys.push(FINANCES.to_string());
    keys
}

/// The report at its newest revision, headings in `lang`.
pub fn report_out(
    state: &AppState,
    c: &convention::Model,
    report: &Report,
    lang: Lang,
) -> Result<ReportOut, WebError> {
    let current = report
        .current()
        .ok_or_else(|| WebError::NotFound(format!("ISU report {}", report.number)))?;
    let (prose, figures) = isu_reports::read(current)?;
    let t = |key: &str| i18n::tr(lang, key);
    let mandate = state.store.isu_preset(c).mandate;
    // Where each figure goes: the task whose clause it counts, else the general section.
    let home = |clause: &str| {
        mandate
            .iter()
            .find(|m| m.clause == clause)
            .map_or(GENERAL.to_string(), |m| m.key.clone())
    };
    let prose_of = |key: &str| prose.get(key).cloned().unwrap_or_default();
    let section = |key: &str, clause: Option<String>, heading: String| {
        let p = prose_of(key);
        ReportSectionOut {
            key: key.to_string(),
            clause,
            heading,
            introduction: p.introduction,
            conclusions: p.conclusions,
            figures: Vec::new(),
            meetings: Vec::new(),
            documents: Vec::new(),
        }
    };
    let mut sections = vec![section(GENERAL, None, t("rpt-section-general"))];
    for m in &mandate {
        sections.push(section(
            &m.key,
            Some(m.clause.clone()),
            format!("{} {}", m.clause, m.title.get(lang)),
        ));
    }
    let mut add = |clause: &str, key: &str, value: usize| {
        let at = home(clause);
        if let Some(s) = sections.iter_mut().find(|s| s.key == at) {
            s.figures.push(ReportFigureOut {
                key: key.to_string(),
                label: t(&format!("rpt-figure-{key}")),
                value,
            });
        }
    };
    let f: &Figures = &figures;
    add("P4.4(a)", "meetings", f.meetings.len());
    add("P4.4(a)", "participants", f.participants);
    add("P4.4(a)", "actions-done", f.actions_done);
    add("P4.4(a)", "actions-open", f.actions_open);
    add("P4.4(c)", "advice", f.advice_answered);
    add("P4.4(d)", "messages", f.messages_sent);
    add("P4.4(f)", "documents", f.documents_issued);
    let meetings_home = home("P4.4(a)");
    let documents_home = home("P4.4(f)");
    for s in &mut sections {
        if s.key == meetings_home {
            s.meetings = f
                .meetings
                .iter()
                .map(|m| ReportMeetingOut {
                    label: m.label.clone(),
                    opens_on: m.opens_on.clone(),
                    closes_on: m.closes_on.clone(),
                    dates: match (&m.opens_on, &m.closes_on) {
                        (Some(a), Some(b)) if a != b => {
                            format!("{} – {}", date_text(lang, a), date_text(lang, b))
                        }
                        (Some(a), _) => date_text(lang, a),
                        _ => String::new(),
                    },
                    participants: m.participants,
                })
                .collect();
        }
        if s.key == documents_home {
            s.documents = f.public_documents.clone();
        }
    }
    sections.push(section(FINANCES, None, t("rpt-section-finances")));
    let money = |d: rust_decimal::Decimal| d.round_dp(2).to_string();
    Ok(ReportOut {
        number: report.number,
        revision: current.revision,
        status: current.status.clone(),
        published: current.status == PUBLISHED,
        title: title(lang, &report.meeting.label),
        meeting: report.meeting.label.clone(),
        period_from: f.from.clone(),
        period_until: f.until.clone(),
        period: format!(
            "{} – {}",
            date_text(lang, &f.from),
            date_text(lang, &f.until)
        ),
        symbol: current.symbol.clone(),
        document_id: current.document_id,
        sections,
        currency: f.currency.clone(),
        years: f
            .years
            .iter()
            .map(|y| ReportYearOut {
                year: y.year,
                budget: y.budget.map(money),
                pledged: money(y.pledged),
                received: money(y.received),
                gap_received: y.gap_received.map(money),
                gap_pledged: y.gap_pledged.map(money),
                spent: y.spent.map(money),
            })
            .collect(),
        computed: computed_text(lang, &f.computed_at),
        computed_at: f.computed_at.clone(),
        revisions: report
            .revisions
            .iter()
            .map(|r| ReportRevisionOut {
                revision: r.revision,
                status: r.status.clone(),
                at: r.at.to_string(),
                who: r.who.clone(),
            })
            .collect(),
    })
}

/// The reports a reader at `level` may read, newest first.
pub async fn reports_out(
    state: &AppState,
    c: &convention::Model,
    level: AccessLevel,
    lang: Lang,
) -> Result<Vec<ReportItemOut>, WebError> {
    Ok(state
        .store
        .isu_reports(c)
        .await?
        .iter()
        .filter(|r| readable(r, level))
        .filter_map(|r| {
            let cur = r.current()?;
            Some(ReportItemOut {
                number: r.number,
                meeting: r.meeting.label.clone(),
                period: format!(
                    "{} – {}",
                    long_date(lang, cur.period_from),
                    long_date(lang, cur.period_until)
                ),
                status: cur.status.clone(),
                symbol: cur.symbol.clone(),
                revision: cur.revision,
            })
        })
        .collect())
}

/// A report the reader may read (a draft the reader may not read is not found).
pub async fn readable_report(
    state: &AppState,
    c: &convention::Model,
    number: i32,
    level: AccessLevel,
) -> Result<Report, WebError> {
    let report = state.store.isu_report(c, number).await?;
    if !readable(&report, level) {
        return Err(WebError::NotFound(format!("ISU report {number}")));
    }
    Ok(report)
}
