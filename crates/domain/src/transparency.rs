//! Transparency reports filled online (issue 17 item 1; CCM Art. 7 with the forms A-J of
//! CCM/MSP/2010/PM/10, the APLC's Art. 7 forms, the BWC's confidence-building measures): what a
//! report holds form by form, the checks it must pass before it is submitted, and the totals the
//! compiled view adds up.
//!
//! The forms a report has are the preset's (`[[report_forms]]`: a key, a name in four languages,
//! a shape, the obligations it serves), never written here. A form is free text, or structured:
//! stockpile rows (a type, the quantity held at the end of the period covered, lots, the
//! quantity destroyed during it) or area rows (a region, the area still contaminated, the area
//! cleared during it, in square metres). On an annual report a form may be marked "unchanged
//! since" a year reported before, or "not applicable"; an initial report fills every form (the
//! cover page is for annual reports only, DOMAIN §1).
//!
//! This module must never do I/O nor read a clock.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::lang::Names;
use crate::rules::Severity;

/// The largest free text one form may hold.
pub const MAX_TEXT: usize = 50_000;
/// The most rows one structured form may hold.
pub const MAX_ROWS: usize = 200;

/// How a form is filled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FormShape {
    /// Free text.
    #[default]
    Text,
    /// Stockpiles by type: held at the end of the period, lots, destroyed during it.
    Stockpile,
    /// Areas by region: still contaminated, cleared during the period (m²).
    Area,
}

impl FormShape {
    pub fn slug(self) -> &'static str {
        match self {
            FormShape::Text => "text",
            FormShape::Stockpile => "stockpile",
            FormShape::Area => "area",
        }
    }
}

/// One form of a convention's reports, as its preset names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportForm {
    /// The form's letter (`B`), used in addresses and records.
    pub key: String,
    pub name: Names,
    #[serde(default)]
    pub shape: FormShape,
    /// The obligations whose reports hold this form (`art7-initial`, `art7-annual`).
    #[serde(rename = "for")]
    pub obligations: Vec<String>,
    /// Where the form comes from, with its confidence ([V], [K], [U]).
    pub source: String,
}

/// The forms of reports under `obligation`, in the preset's order.
pub fn forms_for<'a>(forms: &'a [ReportForm], obligation: &str) -> Vec<&'a ReportForm> {
    forms
        .iter()
        .filter(|f| f.obligations.iter().any(|o| o == obligation))
        .collect()
}

/// Problems of a preset's forms, each a sentence naming the entry (`known` are the
/// convention's obligation keys).
pub fn problems(forms: &[ReportForm], known: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, f) in forms.iter().enumerate() {
        let at = format!("report_forms[{i}] ({})", f.key);
        if f.key.is_empty() || !f.key.bytes().all(|b| b.is_ascii_alphanumeric()) {
            out.push(format!("{at}.key: must be letters and digits"));
        }
        if f.obligations.is_empty() {
            out.push(format!(
                "{at}.for: name the obligations whose reports hold it"
            ));
        }
        for o in &f.obligations {
            if !known.contains(&o.as_str()) {
                out.push(format!(
                    "{at}.for: \"{o}\" is not an obligation of the preset"
                ));
            }
            if forms[..i]
                .iter()
                .any(|g| g.key == f.key && g.obligations.contains(o))
            {
                out.push(format!("{at}.key: used twice for {o}"));
            }
        }
    }
    out
}

/// How the State marks a form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FormStatus {
    /// Filled in this report.
    #[default]
    Changed,
    /// Unchanged since the report covering `since`.
    Unchanged,
    /// Not applicable to the State.
    NotApplicable,
}

impl FormStatus {
    pub const ALL: [FormStatus; 3] = [
        FormStatus::Changed,
        FormStatus::Unchanged,
        FormStatus::NotApplicable,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            FormStatus::Changed => "changed",
            FormStatus::Unchanged => "unchanged",
            FormStatus::NotApplicable => "not-applicable",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// One type of munition held or destroyed (a stockpile form's row).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StockpileRow {
    /// The type of munition as the State names it.
    pub munition: String,
    /// Held at the end of the period covered.
    pub held: u64,
    /// Lot numbers or other identification, as written.
    #[serde(default)]
    pub lots: String,
    /// Destroyed during the period covered.
    pub destroyed: u64,
}

/// One region's contamination (an area form's row), in square metres.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaRow {
    pub region: String,
    /// Still contaminated at the end of the period covered.
    pub contaminated_m2: u64,
    /// Cleared during the period covered.
    pub cleared_m2: u64,
}

/// One form as the State filled it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormEntry {
    #[serde(default)]
    pub status: FormStatus,
    /// For `unchanged`: the year of the report it is unchanged since.
    #[serde(default)]
    pub since: Option<i32>,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub stockpiles: Vec<StockpileRow>,
    #[serde(default)]
    pub areas: Vec<AreaRow>,
}

impl FormEntry {
    /// Does the form hold anything written?
    pub fn is_empty(&self) -> bool {
        self.status == FormStatus::Changed
            && self.text.trim().is_empty()
            && self.stockpiles.is_empty()
            && self.areas.is_empty()
    }
}

/// What a report says, as the checks read it.
#[derive(Clone, Debug)]
pub struct ReportFacts<'a> {
    /// The forms of reports under the report's obligation.
    pub forms: &'a [&'a ReportForm],
    /// An annual report (the cover page's marks are allowed) or a one-off report.
    pub annual: bool,
    /// For an annual report: the calendar year covered.
    pub period: Option<i32>,
    pub entries: &'a BTreeMap<String, FormEntry>,
}

/// One finding about a report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReportFinding {
    pub severity: Severity,
    /// `unknown-form`, `unchanged-needs-year`, `since-not-earlier`, `mark-initial`,
    /// `rows-on-text-form`, `row-unnamed`, `too-many-rows`, `text-too-long` or `form-empty`.
    pub code: &'static str,
    /// The form's key.
    pub form: String,
    /// For `since-not-earlier`: the year covered; for `too-many-rows` and `text-too-long`: the
    /// limit.
    pub value: Option<i64>,
    /// The finding as one English sentence (the API; pages use the translations).
    pub sentence: String,
}

/// Does any finding block the submission (an error)?
pub fn has_errors(findings: &[ReportFinding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Error)
}

/// Every finding about a report. An error blocks its submission; a warning (a form left empty)
/// is shown and kept.
pub fn findings(facts: &ReportFacts<'_>) -> Vec<ReportFinding> {
    let mut out = Vec::new();
    let mut push = |severity, code, form: &str, value: Option<i64>, sentence: String| {
        out.push(ReportFinding {
            severity,
            code,
            form: form.to_string(),
            value,
            sentence: format!("Form {form}: {sentence}."),
        })
    };
    for key in facts.entries.keys() {
        if !facts.forms.iter().any(|f| &f.key == key) {
            push(
                Severity::Error,
                "unknown-form",
                key,
                None,
                "is not a form of this report".into(),
            );
        }
    }
    for form in facts.forms {
        let key = form.key.as_str();
        let Some(entry) = facts.entries.get(key) else {
            push(
                Severity::Warning,
                "form-empty",
                key,
                None,
                "is left empty".into(),
            );
            continue;
        };
        if entry.status != FormStatus::Changed && !facts.annual {
            push(
                Severity::Error,
                "mark-initial",
                key,
                None,
                "only an annual report may mark a form unchanged or not applicable: an initial report fills every form".into(),
            );
        }
        if entry.status == FormStatus::Unchanged {
            match (entry.since, facts.period) {
                (None, _) => push(
                    Severity::Error,
                    "unchanged-needs-year",
                    key,
                    None,
                    "marked unchanged: give the year of the report it is unchanged since".into(),
                ),
                (Some(since), Some(period)) if since >= period => push(
                    Severity::Error,
                    "since-not-earlier",
                    key,
                    Some(i64::from(period)),
                    format!(
                        "marked unchanged since {since}, which is not earlier than the year covered ({period})"
                    ),
                ),
                _ => {}
            }
        }
        let rows = entry.stockpiles.len() + entry.areas.len();
        let wrong_rows = match form.shape {
            FormShape::Text => rows > 0,
            FormShape::Stockpile => !entry.areas.is_empty(),
            FormShape::Area => !entry.stockpiles.is_empty(),
        };
        if wrong_rows {
            push(
                Severity::Error,
                "rows-on-text-form",
                key,
                None,
                "does not take rows of this kind".into(),
            );
        }
        if rows > MAX_ROWS {
            push(
                Severity::Error,
                "too-many-rows",
                key,
                Some(MAX_ROWS as i64),
                format!("holds at most {MAX_ROWS} rows"),
            );
        }
        if entry
            .stockpiles
            .iter()
            .any(|r| r.munition.trim().is_empty())
            || entry.areas.iter().any(|r| r.region.trim().is_empty())
        {
            push(
                Severity::Error,
                "row-unnamed",
                key,
                None,
                "every row needs its type of munition or its region".into(),
            );
        }
        if entry.text.chars().count() > MAX_TEXT {
            push(
                Severity::Error,
                "text-too-long",
                key,
                Some(MAX_TEXT as i64),
                format!("the text is limited to {MAX_TEXT} characters"),
            );
        }
        if entry.is_empty() {
            push(
                Severity::Warning,
                "form-empty",
                key,
                None,
                "is left empty".into(),
            );
        }
    }
    out
}

/// What one report declares, added up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Munitions held at the end of the period.
    pub held: u64,
    /// Munitions destroyed during the period.
    pub destroyed: u64,
    /// Area still contaminated (m²).
    pub contaminated_m2: u64,
    /// Area cleared during the period (m²).
    pub cleared_m2: u64,
}

impl Totals {
    pub fn add(&mut self, other: Totals) {
        self.held = self.held.saturating_add(other.held);
        self.destroyed = self.destroyed.saturating_add(other.destroyed);
        self.contaminated_m2 = self.contaminated_m2.saturating_add(other.contaminated_m2);
        self.cleared_m2 = self.cleared_m2.saturating_add(other.cleared_m2);
    }
}

/// The totals of a report's structured forms (a form marked unchanged or not applicable adds
/// nothing: its figures are in the report it points to).
pub fn totals(entries: &BTreeMap<String, FormEntry>) -> Totals {
    let mut t = Totals::default();
    for e in entries.values().filter(|e| e.status == FormStatus::Changed) {
        for r in &e.stockpiles {
            t.held = t.held.saturating_add(r.held);
            t.destroyed = t.destroyed.saturating_add(r.destroyed);
        }
        for r in &e.areas {
            t.contaminated_m2 = t.contaminated_m2.saturating_add(r.contaminated_m2);
            t.cleared_m2 = t.cleared_m2.saturating_add(r.cleared_m2);
        }
    }
    t
}

#[cfg(test)]
#[path = "transparency_tests.rs"]
mod tests;
