//! The ISU's report to a formal meeting (issue 14 item 5; P4.4(i)): for a period ending at an
//! MSP or Review Conference, a draft generated from the record (meetings supported with their
//! dates and participants, documents issued, advice requests answered, messages sent,
//! follow-up actions done and open, and the finances of the period's years), the ISU's prose
//! per section, and its publication as a document of the meeting under a symbol of the
//! document grammar.
//!
//! Figures are computed here from the record, never typed: a draft keeps the snapshot taken
//! when it was generated. A revision is never overwritten: each edit of the prose is the next
//! revision, and publishing is the last one; a published report is frozen (a new draft is a
//! new report). Every write is audited. This module never decides who may read or write; the
//! web shows a draft to the ISU only and a published report to everyone.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use serde::{Deserialize, Serialize};
use time::Date;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::document::{ActionStatus, DocumentKind};
use treatydesk_domain::meeting::MeetingKind;
use treatydesk_domain::registration::RegistrationStatus;
use treatydesk_domain::symbol::{Symbol, next_free};

use crate::audit::Author;
use crate::documents::NewDocument;
use crate::entities::{convention, isu_report, meeting};
use crate::{Store, StoreError};
use treatydesk_domain::finding::{Message, Problem};

/// The longest a piece of prose may be.
pub const MAX_PROSE: usize = 20_000;

/// The status of a report's revision.
pub const DRAFT: &str = "draft";
pub const PUBLISHED: &str = "published";

/// The section of prose that opens and closes the report as a whole.
pub const GENERAL: &str = "general";
/// The section on finances.
pub const FINANCES: &str = "finances";

/// The ISU's prose of one section.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionProse {
    #[serde(default)]
    pub introduction: String,
    #[serde(default)]
    pub conclusions: String,
}

/// The prose of a report: per section key (`general`, a mandate task's key, `finances`).
pub type Prose = BTreeMap<String, SectionProse>;

/// A meeting the ISU supported in the period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingSupported {
    pub label: String,
    pub kind: String,
    pub opens_on: Option<String>,
    pub closes_on: Option<String>,
    /// Approved registrations.
    pub participants: usize,
}

/// A year's money, in the budget currency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearFigures {
    pub year: i32,
    pub budget: Option<Decimal>,
    pub pledged: Decimal,
    pub received: Decimal,
    pub gap_received: Option<Decimal>,
    pub gap_pledged: Option<Decimal>,
    /// Spent against the approved budget, when one is approved.
    pub spent: Option<Decimal>,
}

/// The figures of a report, computed from the record when its draft was generated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figures {
    /// The meeting's label.
    pub meeting: String,
    /// The period, both days included (ISO dates).
    pub from: String,
    pub until: String,
    pub meetings: Vec<MeetingSupported>,
    pub participants: usize,
    pub documents_issued: usize,
    /// The public documents issued, by symbol.
    pub public_documents: Vec<String>,
    pub advice_answered: usize,
    pub messages_sent: usize,
    pub actions_done: usize,
    pub actions_open: usize,
    pub currency: String,
    pub years: Vec<YearFigures>,
    /// When the figures were computed (RFC 3339).
    pub computed_at: String,
}

/// A report: every revision, oldest first.
#[derive(Clone, Debug)]
pub struct Report {
    pub number: i32,
    pub meeting: meeting::Model,
    pub revisions: Vec<isu_report::Model>,
}

impl Report {
    /// The newest revision (there is always one).
    pub fn current(&self) -> Option<&isu_report::Model> {
        self.revisions.last()
    }

    pub fn is_published(&self) -> bool {
        self.current().is_some_and(|r| r.status == PUBLISHED)
    }
}

/// A revision's prose and figures, read back.
pub fn read(row: &isu_report::Model) -> Result<(Prose, Figures), StoreError> {
    let unreadable = |what: String| StoreError::Database(sea_orm::DbErr::Custom(what));
    let prose = serde_json::from_str(&row.prose)
        .map_err(|e| unreadable(format!("report {} prose: {e}", row.report)))?;
    let figures = serde_json::from_str(&row.figures)
        .map_err(|e| unreadable(format!("report {} figures: {e}", row.report)))?;
    Ok((prose, figures))
}

fn in_period(day: Date, from: Date, until: Date) -> bool {
    from <= day && day <= until
}

fn is_formal(m: &meeting::Model) -> bool {
    MeetingKind::from_slug(&m.kind).is_some_and(MeetingKind::is_formal)
}

impl Store {
    /// The period a report to `meeting` covers by default: from the day after the previous
    /// formal meeting closed to the day this one opens. Refused for a meeting that is not an
    /// MSP or Review Conference or has no opening date.
    pub async fn report_period(
        &self,
        convention: &convention::Model,
        meeting: &meeting::Model,
    ) -> Result<(Date, Date), StoreError> {
        let Some(opens) = meeting.opens_on.filter(|_| is_formal(meeting)) else {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-isu-report-meeting").meeting("meeting", &meeting.label),
                format!(
                    "{} is not a Meeting of States Parties or Review Conference with an opening date: the ISU reports to one (P4.4(i))",
                    meeting.label
                ),
            )));
        };
        let previous = self
            .meetings(convention)
            .await?
            .into_iter()
            .filter(|m| m.id != meeting.id && is_formal(m))
            .filter_map(|m| m.closes_on.or(m.opens_on))
            .filter(|d| *d < opens)
            .max();
        let from = match previous {
            Some(d) => d.next_day().unwrap_or(d),
            None => opens.replace_year(opens.year() - 1).unwrap_or(opens),
        };
        Ok((from, opens))
    }

    /// The figures of a report to `meeting` for the period from `from` to `until` (both days
    /// included), computed from the record.
    pub async fn report_figures(
        &self,
        convention: &convention::Model,
        meeting: &meeting::Model,
        from: Date,
        until: Date,
    ) -> Result<Figures, StoreError> {
        let mut meetings = Vec::new();
        for m in self.meetings(convention).await? {
            if m.id == meeting.id || !m.opens_on.is_some_and(|d| in_period(d, from, until)) {
                continue;
            }
            let participants = self
                .registrations(&m, Some(RegistrationStatus::Approved))
                .await?
                .len();
            meetings.push(MeetingSupported {
                label: m.label.clone(),
                kind: m.kind.clone(),
                opens_on: m.opens_on.map(|d| d.to_string()),
                closes_on: m.closes_on.map(|d| d.to_string()),
                participants,
            });
        }
        let documents: Vec<_> = self
            .documents(convention)
            .await?
            .into_iter()
            .filter(|d| in_period(d.issued_on, from, until))
            .collect();
        let mut public_documents: Vec<String> = documents
            .iter()
            .filter(|d| d.access == AccessLevel::Public.slug())
            .map(|d| d.symbol.clone())
            .collect();
        public_documents.sort();
        let messages_sent = self
            .messages(convention, None)
            .await?
            .iter()
            .filter(|m| in_period(m.message.created_at.date(), from, until))
            .count();
        let actions: Vec<_> = self
            .actions(convention)
            .await?
            .into_iter()
            .filter(|a| a.created_at.date() <= until)
            .collect();
        let count = |s: ActionStatus| actions.iter().filter(|a| a.status == s.slug()).count();
        let finances = self.isu_finances(convention).await?;
        let mut years = Vec::new();
        for year in from.year()..=until.year() {
            let Some(f) = finances.years.iter().find(|y| y.funding.year == year) else {
                continue;
            };
            let spent = self
                .budget_vs_actual(convention, year)
                .await?
                .map(|b| b.spent);
            years.push(YearFigures {
                year,
                budget: f.funding.budget,
                pledged: f.funding.pledged,
                received: f.funding.received,
                gap_received: f.funding.gap_received,
                gap_pledged: f.funding.gap_pledged,
                spent,
            });
        }
        Ok(Figures {
            meeting: meeting.label.clone(),
            from: from.to_string(),
            until: until.to_string(),
            participants: meetings.iter().map(|m| m.participants).sum(),
            meetings,
            documents_issued: documents.len(),
            public_documents,
            advice_answered: self
                .advice_answered_between(convention, from, until)
                .await?,
            messages_sent,
            actions_done: count(ActionStatus::Done),
            actions_open: count(ActionStatus::Open),
            currency: finances.currency,
            years,
            computed_at: crate::now()
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default(),
        })
    }

    /// Every report of the convention, newest first.
    pub async fn isu_reports(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<Report>, StoreError> {
        let rows = isu_report::Entity::find()
            .filter(isu_report::Column::ConventionId.eq(convention.id))
            .order_by_desc(isu_report::Column::Report)
            .order_by_asc(isu_report::Column::Revision)
            .all(self.db())
            .await?;
        let meetings = self.meetings(convention).await?;
        let mut out: Vec<Report> = Vec::new();
        for row in rows {
            match out.last_mut() {
                Some(r) if r.number == row.report => r.revisions.push(row),
                _ => {
                    let Some(m) = meetings.iter().find(|m| m.id == row.meeting_id) else {
                        continue;
                    };
                    out.push(Report {
                        number: row.report,
                        meeting: m.clone(),
                        revisions: vec![row],
                    });
                }
            }
        }
        Ok(out)
    }

    /// One report of the convention.
    pub async fn isu_report(
        &self,
        convention: &convention::Model,
        number: i32,
    ) -> Result<Report, StoreError> {
        self.isu_reports(convention)
            .await?
            .into_iter()
            .find(|r| r.number == number)
            .ok_or_else(|| StoreError::NotFound(format!("ISU report {number}")))
    }

    /// Generates the draft of a new report to the formal meeting labelled `meeting_label`, for
    /// the given period or (when a bound is `None`) the default one, with the figures computed
    /// from the record and empty prose (`isu.report.generate`).
    pub async fn generate_isu_report(
        &self,
        author: &Author,
        convention: &convention::Model,
        meeting_label: &str,
        from: Option<Date>,
        until: Option<Date>,
    ) -> Result<isu_report::Model, StoreError> {
        let meeting = self
            .meeting(convention, meeting_label)
            .await
            .map_err(|_| {
                StoreError::refuse(Problem::new(
                    Message::new("refuse-isu-report-no-meeting").code("value", meeting_label),
                    format!(
                        "there is no meeting {meeting_label:?}: choose a Meeting of States Parties or Review Conference"
                    ),
                ))
            })?;
        let (default_from, default_until) = self.report_period(convention, &meeting).await?;
        let from = from.unwrap_or(default_from);
        let until = until.unwrap_or(default_until);
        if until < from {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-isu-report-period")
                    .date("last", until)
                    .date("first", from),
                format!("the period's last day ({until}) comes before its first ({from})"),
            )));
        }
        let figures = self
            .report_figures(convention, &meeting, from, until)
            .await?;
        let number = isu_report::Entity::find()
            .filter(isu_report::Column::ConventionId.eq(convention.id))
            .order_by_desc(isu_report::Column::Report)
            .one(self.db())
            .await?
            .map_or(1, |r| r.report + 1);
        let mut prose = Prose::new();
        prose.insert(GENERAL.into(), SectionProse::default());
        let mut write = self
            .write(
                author,
                "isu.report.generate",
                format!("ISU report {number} to {} (draft)", meeting.label),
            )
            .await?;
        write.convention(convention.id);
        let row = isu_report::ActiveModel {
            convention_id: Set(convention.id),
            report: Set(number),
            revision: Set(1),
            meeting_id: Set(meeting.id),
            period_from: Set(from),
            period_until: Set(until),
            status: Set(DRAFT.into()),
            prose: Set(json(&prose)?),
            figures: Set(json(&figures)?),
            document_id: Set(None),
            symbol: Set(None),
            at: Set(crate::now()),
            who: Set(author.who.clone()),
            reason: Set(author.reason.clone()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.detail(serde_json::json!({
            "report": number, "meeting": meeting.label,
            "from": from.to_string(), "until": until.to_string(),
        }));
        write.commit().await?;
        Ok(row)
    }

    /// Records the ISU's prose as the report's next revision (`isu.report.revise`); the figures
    /// stay those computed for the draft. Refused once the report is published (P4.4(i): the
    /// published version is frozen).
    pub async fn revise_isu_report(
        &self,
        author: &Author,
        convention: &convention::Model,
        number: i32,
        prose: &Prose,
    ) -> Result<isu_report::Model, StoreError> {
        let report = self.isu_report(convention, number).await?;
        let current = frozen_check(&report)?;
        if prose.values().any(|s| {
            s.introduction.chars().count() > MAX_PROSE || s.conclusions.chars().count() > MAX_PROSE
        }) {
            return Err(StoreError::refuse(crate::error::longer(
                "refuse-isu-report-prose-long",
                MAX_PROSE,
                format!("each introduction and conclusion may have up to {MAX_PROSE} characters"),
            )));
        }
        let cleaned: Prose = prose
            .iter()
            .map(|(k, s)| {
                (
                    k.clone(),
                    SectionProse {
                        introduction: s.introduction.trim().to_string(),
                        conclusions: s.conclusions.trim().to_string(),
                    },
                )
            })
            .collect();
        self.next_revision(author, convention, current, "isu.report.revise", |row| {
            row.prose = Set(json(&cleaned)?);
            Ok(())
        })
        .await
    }

    /// The symbol suggested for a report to `meeting`: the next free number of the meeting's
    /// series (`CCM/MSP/2025/11`), from its kind's pattern in the architecture.
    pub async fn suggest_report_symbol(
        &self,
        convention: &convention::Model,
        meeting: &meeting::Model,
    ) -> Result<Option<String>, StoreError> {
        let (Some(kind), Some(day)) = (MeetingKind::from_slug(&meeting.kind), meeting.opens_on)
        else {
            return Ok(None);
        };
        let (record, _) = self.offices(convention).await?;
        let Some(pattern) = record
            .architecture
            .versions
            .iter()
            .rev()
            .find_map(|v| v.meeting_rule(kind).and_then(|r| r.symbols.clone()))
        else {
            return Ok(None);
        };
        let existing: Vec<Symbol> = self
            .documents(convention)
            .await?
            .iter()
            .filter_map(|d| Symbol::parse(&d.symbol).ok())
            .collect();
        Ok(
            next_free(&Symbol::root(&pattern, day.year()), None, &existing)
                .ok()
                .map(|s| s.to_string()),
        )
    }

    /// Publishes the report as a public document of its meeting under `symbol` (checked by the
    /// grammar and new), titled `title`, and records the published revision
    /// (`isu.report.publish`). Refused when already published.
    pub async fn publish_isu_report(
        &self,
        author: &Author,
        convention: &convention::Model,
        number: i32,
        symbol: &str,
        title: &str,
    ) -> Result<isu_report::Model, StoreError> {
        let report = self.isu_report(convention, number).await?;
        let current = frozen_check(&report)?.clone();
        let document = self
            .add_document(
                author,
                convention,
                NewDocument {
                    symbol: symbol.trim().to_string(),
                    title: title.to_string(),
                    kind: DocumentKind::Report,
                    meeting_id: Some(report.meeting.id),
                    agenda_item_id: None,
                    submitter: "ISU".into(),
                    issued_on: crate::now().date(),
                    access: AccessLevel::Public,
                    source: format!("ISU report {number}, generated from the record"),
                },
            )
            .await?;
        self.next_revision(author, convention, &current, "isu.report.publish", |row| {
            row.status = Set(PUBLISHED.into());
            row.document_id = Set(Some(document.id));
            row.symbol = Set(Some(document.symbol.clone()));
            Ok(())
        })
        .await
    }

    async fn next_revision(
        &self,
        author: &Author,
        convention: &convention::Model,
        current: &isu_report::Model,
        action: &str,
        change: impl FnOnce(&mut isu_report::ActiveModel) -> Result<(), StoreError>,
    ) -> Result<isu_report::Model, StoreError> {
        let revision = current.revision + 1;
        let mut row = isu_report::ActiveModel {
            convention_id: Set(current.convention_id),
            report: Set(current.report),
            revision: Set(revision),
            meeting_id: Set(current.meeting_id),
            period_from: Set(current.period_from),
            period_until: Set(current.period_until),
            status: Set(current.status.clone()),
            prose: Set(current.prose.clone()),
            figures: Set(current.figures.clone()),
            document_id: Set(current.document_id),
            symbol: Set(current.symbol.clone()),
            at: Set(crate::now()),
            who: Set(author.who.clone()),
            reason: Set(author.reason.clone()),
            ..Default::default()
        };
        change(&mut row)?;
        let mut write = self
            .write(
                author,
                action,
                format!("ISU report {} revision {revision}", current.report),
            )
            .await?;
        write.convention(convention.id);
        let stored = row.insert(write.txn()).await?;
        write.detail(serde_json::json!({ "report": current.report, "revision": revision }));
        write.commit().await?;
        Ok(stored)
    }
}

fn frozen_check(report: &Report) -> Result<&isu_report::Model, StoreError> {
    let current = report
        .current()
        .ok_or_else(|| StoreError::NotFound(format!("ISU report {}", report.number)))?;
    if current.status == PUBLISHED {
        let symbol = current.symbol.clone().unwrap_or_default();
        return Err(StoreError::conflict(Problem::new(
            Message::new("conflict-isu-report-published")
                .code("number", &report.number.to_string())
                .code("symbol", &symbol),
            format!(
                "ISU report {} is published as {symbol} and frozen (P4.4(i)): generate a new draft for a new report",
                report.number
            ),
        )));
    }
    Ok(current)
}

fn json<T: Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value)
        .map_err(|e| StoreError::Database(sea_orm::DbErr::Custom(e.to_string())))
}
