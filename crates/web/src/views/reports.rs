//! Transparency reports filled online (issue 17 item 1; CCM Art. 7 forms A-J, BWC CBMs) as the
//! pages and the API read them: who may read a report ([`readable`]: a draft only its State's
//! focal points and the ISU; a submitted report readers of the level its State chose, public or
//! States Parties; anyone else is answered as if it did not exist); who may write for a State;
//! the input the form and the JSON body give (numbers read at the edge, every problem a
//! sentence); and the compiled picture of the submitted reports a reader may read (totals per
//! year and per State, stock figures of a form marked unchanged carried from the report it
//! points to).
//!
//! Nothing here writes: the store's audited `reports` functions do.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use treatydesk_domain::AccessLevel;
use treatydesk_domain::calendar::{format_date, parse_date};
use treatydesk_domain::finding::{Message, Problem};
use treatydesk_domain::transparency::{
    AreaRow, FormEntry, FormShape, FormStatus, ReportFinding, ReportForm, StockpileRow, Totals,
    totals,
};
use treatydesk_store::entities::{convention, transparency_report};
use treatydesk_store::reports::{DRAFT, ReportFigures, ReportInput, ReportRecord};
use treatydesk_store::{Store, StoreError};
use utoipa::ToSchema;

use crate::WebError;
use crate::ctx::Ctx;
use crate::views::extensions::may_file_for;
use crate::views::findings::{problem, typed_date};

/// A stockpile form's row (JSON).
#[derive(Clone, Serialize, Deserialize, ToSchema, Default)]
pub struct StockpileIo {
    /// The type of munition as the State names it.
    pub munition: String,
    /// Held at the end of the period covered.
    pub held: u64,
    #[serde(default)]
    pub lots: String,
    /// Destroyed during the period covered.
    pub destroyed: u64,
}

/// An area form's row (JSON), in square metres.
#[derive(Clone, Serialize, Deserialize, ToSchema, Default)]
pub struct AreaIo {
    pub region: String,
    /// Still contaminated at the end of the period covered.
    pub contaminated_m2: u64,
    /// Cleared during the period covered.
    pub cleared_m2: u64,
}

/// One form as the State filled it (JSON).
#[derive(Clone, Serialize, Deserialize, ToSchema, Default)]
pub struct FormIo {
    /// changed (filled in this report), unchanged (since a year) or not-applicable; the last two
    /// only on an annual report
    #[serde(default)]
    pub status: String,
    /// For unchanged: the year of the report it is unchanged since.
    #[serde(default)]
    pub since: Option<i32>,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub stockpiles: Vec<StockpileIo>,
    #[serde(default)]
    pub areas: Vec<AreaIo>,
}

/// One form of a report as answered: the preset's form with what the State wrote.
#[derive(Clone, Serialize, ToSchema)]
pub struct TransparencyFormOut {
    pub key: String,
    /// The form's name in English (the preset has it in four languages).
    pub name: String,
    /// text, stockpile or area
    pub shape: String,
    #[serde(flatten)]
    pub entry: FormIo,
}

/// One finding of the checks.
#[derive(Clone, Serialize, ToSchema)]
pub struct TransparencyFindingOut {
    /// error or warning
    pub severity: String,
    /// unknown-form, unchanged-needs-year, since-not-earlier, mark-initial,
    /// rows-on-text-form, row-unnamed, too-many-rows, text-too-long or form-empty
    pub code: String,
    pub form: String,
    pub sentence: String,
    /// The finding's message in the Fluent files (`report-finding-form-empty`), with `args`.
    pub message_id: String,
    pub args: BTreeMap<String, String>,
}

/// One version of what the State wrote.
#[derive(Clone, Serialize, ToSchema)]
pub struct TransparencyRevisionOut {
    pub revision: i32,
    pub recorded_by: String,
    /// RFC 3339
    pub recorded_at: String,
    pub reason: String,
    pub access: String,
}

/// A file attached to a report.
#[derive(Clone, Serialize, ToSchema)]
pub struct TransparencyFileOut {
    pub id: i32,
    pub filename: String,
    /// The report's version it was attached to.
    pub revision: i32,
    pub url: String,
}

/// A file to attach to a report (JSON).
#[derive(Clone, Deserialize, ToSchema, Default)]
pub struct TransparencyFileIn {
    /// The file (PDF, DOCX or UTF-8 text), base64, within the API's 1 MiB body; larger files
    /// go through the report's page.
    pub content: String,
    /// Why the file is added to a submitted report (required then).
    #[serde(default)]
    pub reason: String,
}

/// A transparency report.
#[derive(Clone, Serialize, ToSchema)]
pub struct TransparencyReportOut {
    pub id: i32,
    /// The reporting State (ISO 3166 alpha-3).
    pub state: String,
    /// The obligation's key (`art7-annual`).
    pub obligation: String,
    pub article: String,
    /// For an annual report: the calendar year covered.
    pub period: Option<i32>,
    /// public or states-parties
    pub access: String,
    /// draft or submitted
    pub status: String,
    /// Entered by the ISU on the State's behalf (received on paper or as a PDF).
    pub on_behalf: bool,
    /// YYYY-MM-DD
    pub received_on: Option<String>,
    pub revision: i32,
    pub source: String,
    pub url: String,
    pub forms: Vec<TransparencyFormOut>,
    pub findings: Vec<TransparencyFindingOut>,
    /// Every version, oldest first (in a report's own answer; empty in lists).
    pub revisions: Vec<TransparencyRevisionOut>,
    /// The files attached (in a report's own answer; empty in lists).
    pub files: Vec<TransparencyFileOut>,
}

/// The reports a reader may read.
#[derive(Clone, Serialize, ToSchema)]
pub struct TransparencyReportsOut {
    pub reports: Vec<TransparencyReportOut>,
}

/// A report as filed or revised (JSON).
#[derive(Clone, Deserialize, ToSchema, Default)]
pub struct TransparencyReportIn {
    /// The reporting State (a focal point: its own); ignored when revising.
    #[serde(default)]
    pub state: String,
    /// The obligation's key (`art7-initial`, `art7-annual`, `cbm`); ignored when revising.
    #[serde(default)]
    pub obligation: String,
    /// For an annual report: the calendar year covered; ignored when revising.
    #[serde(default)]
    pub period: Option<i32>,
    /// public or states-parties (the default)
    #[serde(default)]
    pub access: String,
    /// YYYY-MM-DD: for a report the ISU enters on a State's behalf, the day it was received.
    #[serde(default)]
    pub received_on: String,
    /// Each form by its key.
    #[serde(default)]
    pub forms: BTreeMap<String, FormIo>,
    /// Submit now (else kept as a draft). A submitted report is frozen.
    #[serde(default)]
    pub submit: bool,
    /// Why a submitted report is corrected (required then).
    #[serde(default)]
    pub reason: String,
}

/// Totals of one year (JSON).
#[derive(Clone, Serialize, ToSchema)]
pub struct CompiledYearOut {
    pub year: i32,
    pub reports: usize,
    pub held: u64,
    pub destroyed: u64,
    pub contaminated_m2: u64,
    pub cleared_m2: u64,
}

/// Totals of one State (JSON): stock figures from its latest report, flows added up.
#[derive(Clone, Serialize, ToSchema)]
pub struct CompiledStateOut {
    pub state: String,
    pub reports: usize,
    pub latest_year: i32,
    pub held: u64,
    pub destroyed: u64,
    pub contaminated_m2: u64,
    pub cleared_m2: u64,
}

/// How many States' reports for one year came on time, late, or not at all (as of today),
/// from every State's deadlines (the overdue list's source, public).
#[derive(Clone, Serialize, ToSchema)]
pub struct CompiledTimelinessOut {
    /// The obligation's key (`art7-annual`).
    pub obligation: String,
    pub year: i32,
    pub on_time: usize,
    pub late: usize,
    pub missing: usize,
}

/// The compiled picture of the submitted reports the reader may read.
#[derive(Clone, Serialize, ToSchema)]
pub struct CompiledOut {
    pub years: Vec<CompiledYearOut>,
    pub states: Vec<CompiledStateOut>,
    /// Per yearly obligation reported on forms and year covered, oldest first.
    pub timeliness: Vec<CompiledTimelinessOut>,
}

fn access_of(raw: &str, problems: &mut Vec<Problem>) -> AccessLevel {
    match raw.trim() {
        "" | "states-parties" => AccessLevel::StatesParties,
        "public" => AccessLevel::Public,
        other => {
            problems.push(problem(
                Message::new("refuse-report-access-typed").code("value", other),
            ));
            AccessLevel::StatesParties
        }
    }
}

fn status_of(raw: &str, key: &str, problems: &mut Vec<Problem>) -> FormStatus {
    match raw.trim() {
        "" => FormStatus::Changed,
        s => FormStatus::from_slug(s).unwrap_or_else(|| {
            problems.push(problem(
                Message::new("refuse-report-mark")
                    .code("form", key)
                    .code("value", s),
            ));
            FormStatus::Changed
        }),
    }
}

impl From<&FormEntry> for FormIo {
    fn from(e: &FormEntry) -> Self {
        FormIo {
            status: e.status.slug().to_string(),
            since: e.since,
            text: e.text.clone(),
            stockpiles: e
                .stockpiles
                .iter()
                .map(|r| StockpileIo {
                    munition: r.munition.clone(),
                    held: r.held,
                    lots: r.lots.clone(),
                    destroyed: r.destroyed,
                })
                .collect(),
            areas: e
                .areas
                .iter()
                .map(|r| AreaIo {
                    region: r.region.clone(),
                    contaminated_m2: r.contaminated_m2,
                    cleared_m2: r.cleared_m2,
                })
                .collect(),
        }
    }
}

impl FormIo {
    fn entry(&self, key: &str, problems: &mut Vec<Problem>) -> FormEntry {
        let status = status_of(&self.status, key, problems);
        FormEntry {
            status,
            since: self.since.filter(|_| status == FormStatus::Unchanged),
            text: self.text.trim().to_string(),
            stockpiles: self
                .stockpiles
                .iter()
                .map(|r| StockpileRow {
                    munition: r.munition.trim().to_string(),
                    held: r.held,
                    lots: r.lots.trim().to_string(),
                    destroyed: r.destroyed,
                })
                .collect(),
            areas: self
                .areas
                .iter()
                .map(|r| AreaRow {
                    region: r.region.trim().to_string(),
                    contaminated_m2: r.contaminated_m2,
                    cleared_m2: r.cleared_m2,
                })
                .collect(),
        }
    }
}

impl TransparencyReportIn {
    /// The store's input (`on_behalf` when the ISU files for a State it is not focal point of).
    pub fn input(&self, on_behalf: bool) -> Result<ReportInput, StoreError> {
        let mut problems = Vec::new();
        let access = access_of(&self.access, &mut problems);
        let received_on = typed_date(&self.received_on, "received-on", &mut problems);
        let forms: BTreeMap<String, FormEntry> = self
            .forms
            .iter()
            .map(|(k, f)| (k.trim().to_string(), f.entry(k, &mut problems)))
            .filter(|(_, e)| !e.is_empty())
            .collect();
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        Ok(ReportInput {
            state: self.state.trim().to_uppercase(),
            obligation: self.obligation.trim().to_string(),
            period: self.period,
            access,
            forms,
            on_behalf,
            received_on,
            submit: self.submit,
            source: String::new(),
        })
    }
}

/// One form as typed in the page's form (kept as typed on a refusal).
#[derive(Clone, Default)]
pub struct FormTyped {
    pub status: String,
    pub since: String,
    pub text: String,
    /// Each row's four cells (stockpile: munition, held, lots, destroyed; area: region,
    /// contaminated, cleared, and an unused fourth).
    pub rows: Vec<[String; 4]>,
}

/// The page's form as typed.
#[derive(Clone, Default)]
pub struct ReportTyped {
    pub state: String,
    pub obligation: String,
    pub period: String,
    pub access: String,
    pub received_on: String,
    pub reason: String,
    pub submit: bool,
    pub forms: BTreeMap<String, FormTyped>,
}

/// A whole number as typed: digits, with spaces, commas, dots or apostrophes between
/// thousands allowed.
fn whole(raw: &str) -> Option<u64> {
    let digits: String = raw
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | ',' | '.' | '\'' | '\u{a0}' | '\u{202f}' | '_'))
        .collect();
    if digits.is_empty() {
        return Some(0);
    }
    digits.parse().ok()
}

impl ReportTyped {
    /// Reads a form's fields: `status_B`, `since_B`, `text_B`, and the rows `B_0_0`..`B_9_3`
    /// (form, row, cell).
    pub fn from_pairs(pairs: &[(String, String)]) -> (Self, String) {
        let mut out = Self::default();
        let mut csrf = String::new();
        for (k, v) in pairs {
            match k.as_str() {
                "csrf" => csrf = v.clone(),
                "state" => out.state = v.clone(),
                "obligation" => out.obligation = v.clone(),
                "period" => out.period = v.clone(),
                "access" => out.access = v.clone(),
                "received_on" => out.received_on = v.clone(),
                "reason" => out.reason = v.clone(),
                "action" => out.submit = v == "submit",
                other => {
                    if let Some(key) = other.strip_prefix("status_") {
                        out.forms.entry(key.to_string()).or_default().status = v.clone();
                    } else if let Some(key) = other.strip_prefix("since_") {
                        out.forms.entry(key.to_string()).or_default().since = v.clone();
                    } else if let Some(key) = other.strip_prefix("text_") {
                        out.forms.entry(key.to_string()).or_default().text = v.clone();
                    } else if let Some((key, row, cell)) = cell_of(other) {
                        let form = out.forms.entry(key.to_string()).or_default();
                        if form.rows.len() <= row {
                            form.rows.resize(row + 1, Default::default());
                        }
                        form.rows[row][cell] = v.clone();
                    }
                }
            }
        }
        (out, csrf)
    }

    /// What a stored report holds, as the form shows it.
    pub fn of(record: &ReportRecord) -> Self {
        let r = &record.report;
        let forms = record
            .entries
            .iter()
            .map(|(k, e)| (k.clone(), typed_form(e)))
            .collect();
        ReportTyped {
            state: r.state_code.clone(),
            obligation: r.obligation.clone(),
            period: r.period.map(|y| y.to_string()).unwrap_or_default(),
            access: r.access.clone(),
            received_on: r.received_on.map(format_date).unwrap_or_default(),
            reason: String::new(),
            submit: false,
            forms,
        }
    }

    /// The store's input, the numbers read; every problem as a message (the form's own values:
    /// a year, a date, a whole number), a form named in the reader's language.
    pub fn input(
        &self,
        ctx: &Ctx,
        on_behalf: bool,
        forms: &[ReportForm],
    ) -> Result<ReportInput, StoreError> {
        let mut problems = Vec::new();
        let access = access_of(&self.access, &mut problems);
        let received_on = match self.received_on.trim() {
            "" => None,
            raw => {
                let d = parse_date(raw);
                if d.is_none() {
                    problems.push(problem(Message::new("report-bad-date").code("value", raw)));
                }
                d
            }
        };
        let period = match self.period.trim() {
            "" => None,
            p => match p.parse::<i32>() {
                Ok(y) => Some(y),
                Err(_) => {
                    problems.push(problem(Message::new("report-bad-year").code("value", p)));
                    None
                }
            },
        };
        // A problem about a form: its English sentence names the form in English, its message
        // in the reader's language.
        let about_form = |message: Message, key: &str| {
            let form = forms.iter().find(|f| f.key == key);
            let english = form.map_or(key, |f| f.name.en.as_str());
            let shown = form.map_or(key, |f| f.name.get(ctx.lang));
            let p = problem(message.clone().text("form", english));
            Problem::new(message.text("form", shown), p.sentence)
        };
        let mut entries = BTreeMap::new();
        for (key, typed) in &self.forms {
            let shape = forms
                .iter()
                .find(|f| &f.key == key)
                .map_or(FormShape::Text, |f| f.shape);
            let status = status_of(&typed.status, key, &mut problems);
            let since = match (status, typed.since.trim()) {
                (FormStatus::Unchanged, s) if !s.is_empty() => match s.parse::<i32>() {
                    Ok(y) => Some(y),
                    Err(_) => {
                        problems.push(about_form(
                            Message::new("report-bad-since").code("value", s),
                            key,
                        ));
                        None
                    }
                },
                _ => None,
            };
            let mut entry = FormEntry {
                status,
                since,
                text: typed.text.trim().to_string(),
                ..Default::default()
            };
            for (i, cells) in typed.rows.iter().enumerate() {
                if cells.iter().all(|c| c.trim().is_empty()) {
                    continue;
                }
                let mut number = |cell: usize| {
                    whole(&cells[cell]).unwrap_or_else(|| {
                        let row = i64::try_from(i + 1).unwrap_or(i64::MAX);
                        problems.push(about_form(
                            Message::new("report-bad-number")
                                .number("row", row)
                                .code("value", cells[cell].trim()),
                            key,
                        ));
                        0
                    })
                };
                match shape {
                    FormShape::Area => entry.areas.push(AreaRow {
                        region: cells[0].trim().to_string(),
                        contaminated_m2: number(1),
                        cleared_m2: number(2),
                    }),
                    _ => entry.stockpiles.push(StockpileRow {
                        munition: cells[0].trim().to_string(),
                        held: number(1),
                        lots: cells[2].trim().to_string(),
                        destroyed: number(3),
                    }),
                }
            }
            if !entry.is_empty() {
                entries.insert(key.clone(), entry);
            }
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        Ok(ReportInput {
            state: self.state.trim().to_uppercase(),
            obligation: self.obligation.trim().to_string(),
            period,
            access,
            forms: entries,
            on_behalf,
            received_on,
            submit: self.submit,
            source: String::new(),
        })
    }
}

/// `B_3_1` → (`B`, 3, 1).
fn cell_of(name: &str) -> Option<(&str, usize, usize)> {
    let mut parts = name.rsplitn(3, '_');
    let cell: usize = parts.next()?.parse().ok()?;
    let row: usize = parts.next()?.parse().ok()?;
    let key = parts.next()?;
    (cell < 4 && row < treatydesk_domain::transparency::MAX_ROWS && !key.is_empty())
        .then_some((key, row, cell))
}

fn typed_form(e: &FormEntry) -> FormTyped {
    let mut rows: Vec<[String; 4]> = e
        .stockpiles
        .iter()
        .map(|r| {
            [
                r.munition.clone(),
                r.held.to_string(),
                r.lots.clone(),
                r.destroyed.to_string(),
            ]
        })
        .collect();
    rows.extend(e.areas.iter().map(|r| {
        [
            r.region.clone(),
            r.contaminated_m2.to_string(),
            r.cleared_m2.to_string(),
            String::new(),
        ]
    }));
    FormTyped {
        status: e.status.slug().to_string(),
        since: e.since.map(|y| y.to_string()).unwrap_or_default(),
        text: e.text.clone(),
        rows,
    }
}

/// May the reader file a report at all (for some State)?
pub fn may_file(ctx: &Ctx, c: &convention::Model) -> bool {
    crate::views::extensions::may_file(ctx, c)
}

/// May the reader read this report: a draft its State and the ISU; a submitted one readers of
/// the level the State chose (and its State).
pub fn may_read(ctx: &Ctx, c: &convention::Model, r: &transparency_report::Model) -> bool {
    if may_file_for(ctx, c, &r.state_code) {
        return true;
    }
    r.status != DRAFT
        && ctx.viewer.can_read(
            &c.code,
            AccessLevel::from_slug(&r.access).unwrap_or(AccessLevel::Isu),
        )
}

pub fn report_url(code: &str, id: i32) -> String {
    format!("/{code}/reports/{id}")
}

pub fn file_url(code: &str, id: i32, file: i32) -> String {
    format!("/{code}/reports/{id}/files/{file}")
}

/// A report the reader may read, by the id in the address; any other is missing (404).
pub async fn readable(
    ctx: &Ctx,
    store: &Store,
    c: &convention::Model,
    id: &str,
) -> Result<ReportRecord, WebError> {
    let missing = || WebError::NotFound(format!("there is no report {id}"));
    let number: i32 = id.trim().parse().map_err(|_| missing())?;
    let record = match store.report(c, number).await {
        Ok(r) => r,
        Err(StoreError::NotFound(_)) => return Err(missing()),
        Err(e) => return Err(e.into()),
    };
    if !may_read(ctx, c, &record.report) {
        return Err(missing());
    }
    Ok(record)
}

fn finding_out(f: &ReportFinding) -> TransparencyFindingOut {
    let mut args: BTreeMap<String, String> = [("form".to_string(), f.form.clone())].into();
    if let Some(v) = f.value {
        args.insert("value".into(), v.to_string());
    }
    TransparencyFindingOut {
        severity: f.severity.slug().to_string(),
        code: f.code.to_string(),
        form: f.form.clone(),
        sentence: f.sentence.clone(),
        message_id: format!("report-finding-{}", f.code),
        args,
    }
}

/// A report as the API answers it.
pub fn out(code: &str, r: &ReportRecord) -> TransparencyReportOut {
    let q = &r.report;
    TransparencyReportOut {
        id: q.id,
        state: q.state_code.clone(),
        obligation: q.obligation.clone(),
        article: r.obligation.article.clone(),
        period: q.period,
        access: q.access.clone(),
        status: q.status.clone(),
        on_behalf: q.on_behalf,
        received_on: q.received_on.map(format_date),
        revision: q.revision,
        source: q.source.clone(),
        url: report_url(code, q.id),
        forms: r
            .forms
            .iter()
            .map(|f| TransparencyFormOut {
                key: f.key.clone(),
                name: f.name.en.clone(),
                shape: f.shape.slug().to_string(),
                entry: r.entries.get(&f.key).map(FormIo::from).unwrap_or_default(),
            })
            .collect(),
        findings: r.findings.iter().map(finding_out).collect(),
        revisions: Vec::new(),
        files: Vec::new(),
    }
}

/// A report with every version.
pub async fn detail(
    store: &Store,
    c: &convention::Model,
    r: &ReportRecord,
) -> Result<TransparencyReportOut, WebError> {
    let mut o = out(&c.code, r);
    o.revisions = store
        .report_revisions(&r.report)
        .await?
        .iter()
        .map(|v| TransparencyRevisionOut {
            revision: v.revision,
            recorded_by: v.recorded_by.clone(),
            recorded_at: v
                .recorded_at
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default(),
            reason: v.reason.clone(),
            access: v.access.clone(),
        })
        .collect();
    o.files = store
        .report_files(&r.report)
        .await?
        .into_iter()
        .map(|f| TransparencyFileOut {
            url: file_url(&c.code, r.report.id, f.id),
            id: f.id,
            filename: f.filename,
            revision: f.revision,
        })
        .collect();
    Ok(o)
}

/// Every report the reader may read, newest first.
pub async fn list(
    ctx: &Ctx,
    store: &Store,
    c: &convention::Model,
) -> Result<Vec<ReportRecord>, WebError> {
    let mut out = Vec::new();
    for r in store.reports(c).await? {
        if may_read(ctx, c, &r) {
            out.push(store.report_record(c, r).await?);
        }
    }
    Ok(out)
}

/// The year a report's figures count for: the year covered, or (an initial report) the year
/// it was received.
fn year_of(r: &transparency_report::Model) -> Option<i32> {
    r.period.or_else(|| r.received_on.map(|d| d.year()))
}

/// A report's totals, with the stock figures (held, contaminated) of each form marked
/// unchanged taken from the same State's report covering the year it points to.
fn carried_totals(r: &ReportFigures, all: &[&ReportFigures]) -> Totals {
    let mut t = totals(&r.entries);
    for (key, e) in &r.entries {
        if e.status != FormStatus::Unchanged {
            continue;
        }
        let Some(since) = e.since else { continue };
        let earlier = all.iter().find(|o| {
            o.report.state_code == r.report.state_code && year_of(&o.report) == Some(since)
        });
        if let Some(o) = earlier
            && let Some(form) = o.entries.get(key)
            && form.status == FormStatus::Changed
        {
            let one: BTreeMap<String, FormEntry> = [(key.clone(), form.clone())].into();
            let old = totals(&one);
            t.held = t.held.saturating_add(old.held);
            t.contaminated_m2 = t.contaminated_m2.saturating_add(old.contaminated_m2);
        }
    }
    t
}

/// The compiled picture of the submitted reports the reader may read: per year, and per State
/// (stock figures from its latest report, flows added up).
pub async fn compiled(
    ctx: &Ctx,
    store: &Store,
    c: &convention::Model,
) -> Result<CompiledOut, WebError> {
    let figures = store.submitted_reports(c).await?;
    let readable: Vec<&ReportFigures> = figures
        .iter()
        .filter(|f| may_read(ctx, c, &f.report))
        .collect();
    let mut years: BTreeMap<i32, CompiledYearOut> = BTreeMap::new();
    let mut states: BTreeMap<String, CompiledStateOut> = BTreeMap::new();
    for f in &readable {
        let Some(year) = year_of(&f.report) else {
            continue;
        };
        let t = carried_totals(f, &readable);
        let y = years.entry(year).or_insert(CompiledYearOut {
            year,
            reports: 0,
            held: 0,
            destroyed: 0,
            contaminated_m2: 0,
            cleared_m2: 0,
        });
        y.reports += 1;
        y.held = y.held.saturating_add(t.held);
        y.destroyed = y.destroyed.saturating_add(t.destroyed);
        y.contaminated_m2 = y.contaminated_m2.saturating_add(t.contaminated_m2);
        y.cleared_m2 = y.cleared_m2.saturating_add(t.cleared_m2);
        let s = states
            .entry(f.report.state_code.clone())
            .or_insert(CompiledStateOut {
                state: f.report.state_code.clone(),
                reports: 0,
                latest_year: year,
                held: t.held,
                destroyed: 0,
                contaminated_m2: t.contaminated_m2,
                cleared_m2: 0,
            });
        s.reports += 1;
        s.destroyed = s.destroyed.saturating_add(t.destroyed);
        s.cleared_m2 = s.cleared_m2.saturating_add(t.cleared_m2);
        if year >= s.latest_year {
            s.latest_year = year;
            s.held = t.held;
            s.contaminated_m2 = t.contaminated_m2;
        }
    }
    Ok(CompiledOut {
        years: years.into_values().collect(),
        states: states.into_values().collect(),
        timeliness: timeliness(store, c).await?,
    })
}

/// Reports on time, late and missing per year covered, for each yearly obligation reported on
/// forms, as of today.
async fn timeliness(
    store: &Store,
    c: &convention::Model,
) -> Result<Vec<CompiledTimelinessOut>, WebError> {
    use treatydesk_domain::obligation::DeadlineStatus;
    let yearly: Vec<String> = store
        .reported_obligations(c)
        .await?
        .into_iter()
        .filter(treatydesk_store::reports::is_annual)
        .map(|o| o.key)
        .collect();
    if yearly.is_empty() {
        return Ok(Vec::new());
    }
    let mut by: BTreeMap<(String, i32), CompiledTimelinessOut> = BTreeMap::new();
    for (_, d) in store
        .all_deadlines(c, crate::views::listing::today())
        .await?
    {
        let Some(year) = d.period else { continue };
        if !yearly.contains(&d.obligation) || d.status == DeadlineStatus::Upcoming {
            continue;
        }
        let row = by
            .entry((d.obligation.clone(), year))
            .or_insert(CompiledTimelinessOut {
                obligation: d.obligation.clone(),
                year,
                on_time: 0,
                late: 0,
                missing: 0,
            });
        match d.status {
            DeadlineStatus::Met => row.on_time += 1,
            DeadlineStatus::MetLate => row.late += 1,
            DeadlineStatus::Overdue => row.missing += 1,
            DeadlineStatus::Upcoming => {}
        }
    }
    Ok(by.into_values().collect())
}
