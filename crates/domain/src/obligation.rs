//! A convention's obligations as data, and each State's deadlines computed from them.
//!
//! An obligation (CCM Art. 7 initial and annual reports, Art. 3 stockpile destruction, Art. 3.8
//! retention reports, Art. 4 clearance; APLC Art. 7 and 5; BWC confidence-building measures) is
//! read from the convention's preset (`conventions/*.toml`): what triggers it (the State's entry
//! into force, or a profile such as stockpile holder or affected), its due rule (a number of days
//! or years after entry into force, or a date of each year covering the previous calendar year),
//! its extension rule and the required contents of a report or request. Nothing here names a
//! particular treaty: the numbers live in the presets.
//!
//! `deadlines` turns a State's entry into force, profile and recorded submissions into its
//! deadlines as of a date: the due date, whether it was met (on time or late), is overdue or is
//! upcoming, and the basis (the article and the rule). This module must never do I/O and never
//! reads a clock: the date it reasons about is always an argument.

use serde::{Deserialize, Serialize};
use time::{Date, Duration, Month};

use crate::calendar::{add_months, format_date, sub_months};
use crate::lang::Names;
use crate::participation::Participation;
use crate::profile::{ProfileEntry, ProfileKind};

/// One obligation of a State under a convention.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Obligation {
    /// Stable key used in addresses and records (`art7-initial`).
    pub key: String,
    /// The article as cited (`Art. 7.1`).
    pub article: String,
    pub name: Names,
    /// Who owes it.
    pub trigger: Trigger,
    /// When it is due.
    pub due: DueRule,
    /// How its deadline may be extended (none for reports).
    #[serde(default)]
    pub extension: Option<ExtensionRule>,
    /// What the report or declaration must contain (Art. 7.1 (a)-(n), forms).
    #[serde(default)]
    pub contents: Vec<Content>,
    /// Where the rule comes from, with its confidence ([V], [K], [U]).
    pub source: String,
}

/// What makes a State owe an obligation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Trigger {
    /// Every State for which the convention is in force.
    EntryIntoForce,
    /// A State in force with this profile: for a one-off deadline, holding it on its entry into
    /// force; for a yearly report, holding it on any day of the year covered.
    Profile { profile: ProfileKind },
}

/// When an obligation falls due.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum DueRule {
    /// "not later than 180 days after the entry into force of this Convention for that State".
    DaysAfterEntryIntoForce { days: u32 },
    /// "not later than eight years after entry into force", on the anniversary date.
    YearsAfterEntryIntoForce { years: u32 },
    /// Each year on `month`/`day`, covering the previous calendar year. The first year covered is
    /// the year of entry into force; with `after`, a year whose due date is not later than that
    /// obligation's deadline is skipped (the first annual update follows the initial report).
    Annually {
        month: u8,
        day: u8,
        #[serde(default)]
        after: Option<String>,
    },
}

/// How a deadline may be extended (CCM Art. 3.2-3.6, Art. 4.5-4.8).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtensionRule {
    /// The longest extension one request may ask for, in years.
    pub max_years: u32,
    /// A request is submitted at least this many months before the deciding meeting (None where
    /// the reference facts do not say).
    #[serde(default)]
    pub months_before_meeting: Option<u32>,
    /// A request must be submitted before the deadline it would extend.
    #[serde(default)]
    pub before_deadline: bool,
    /// Whether further requests are allowed, and on what condition.
    pub further: FurtherRequests,
    /// How the meeting decides (None where the reference facts do not say).
    #[serde(default)]
    pub decided_by: Option<DecisionRule>,
    /// What a request must contain (Art. 3.4, Art. 4.6).
    #[serde(default)]
    pub contents: Vec<Content>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FurtherRequests {
    /// Further requests only "in exceptional circumstances" (CCM Art. 3.3).
    ExceptionalCircumstances,
    /// Renewable by new requests, each reporting on the previous extension (CCM Art. 4.8).
    Renewable,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DecisionRule {
    /// "a majority of votes of States Parties present and voting".
    MajorityPresentAndVoting,
}

/// One required item of a report or request, lettered as in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    pub key: String,
    pub text: String,
}

/// What was received or decided about a State's obligation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SubmissionKind {
    /// The report received; for a one-off deadline (destruction, clearance), the declaration
    /// of completion or compliance.
    Report,
    /// An extension of the deadline granted by a formal meeting, to `extended_to`.
    ExtensionGranted,
}

impl SubmissionKind {
    pub const ALL: [SubmissionKind; 2] = [SubmissionKind::Report, SubmissionKind::ExtensionGranted];

    pub fn slug(self) -> &'static str {
        match self {
            SubmissionKind::Report => "report",
            SubmissionKind::ExtensionGranted => "extension-granted",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

/// A submission as the deadline calculator reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Submission {
    pub obligation: String,
    pub kind: SubmissionKind,
    /// For a yearly report: the calendar year it covers.
    pub period: Option<i32>,
    /// The day the report was received, or the extension decided.
    pub received_on: Date,
    /// For an extension: the new deadline.
    pub extended_to: Option<Date>,
    pub reference: String,
}

/// Where a deadline stands on the date asked about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeadlineStatus {
    /// Received on or before the due date.
    Met,
    /// Received after the due date.
    MetLate,
    /// Due date passed, nothing received.
    Overdue,
    /// Not yet due.
    Upcoming,
}

impl DeadlineStatus {
    pub fn slug(self) -> &'static str {
        match self {
            DeadlineStatus::Met => "met",
            DeadlineStatus::MetLate => "met-late",
            DeadlineStatus::Overdue => "overdue",
            DeadlineStatus::Upcoming => "upcoming",
        }
    }
}

/// Why a deadline falls where it does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Basis {
    pub article: String,
    pub rule: DueRule,
    pub entry_into_force: Date,
    pub profile: Option<ProfileKind>,
    /// The deadline as extended by the latest extension granted, if any.
    pub extended_to: Option<Date>,
}

impl Basis {
    /// The basis as one English sentence (the API and the CLI; pages use the translations).
    pub fn sentence_en(&self) -> String {
        let eif = format_date(self.entry_into_force);
        let rule = match &self.rule {
            DueRule::DaysAfterEntryIntoForce { days } => {
                format!("{days} days after entry into force for the State ({eif})")
            }
            DueRule::YearsAfterEntryIntoForce { years } => format!(
                "{years} years after entry into force for the State ({eif}), on the anniversary date"
            ),
            DueRule::Annually { month, day, .. } => format!(
                "by {day} {} each year, covering the previous calendar year",
                month_name_en(*month)
            ),
        };
        let who = match self.profile {
            Some(p) => format!(" (a State with the profile {})", p.slug()),
            None => String::new(),
        };
        let extended = match self.extended_to {
            Some(d) => format!("; extended to {}", format_date(d)),
            None => String::new(),
        };
        format!("{}: {rule}{who}{extended}.", self.article)
    }
}

fn month_name_en(month: u8) -> &'static str {
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    .get(usize::from(month.saturating_sub(1)))
    .copied()
    .unwrap_or("?")
}

/// One deadline of one State.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    pub obligation: String,
    pub article: String,
    /// For a yearly report: the calendar year covered.
    pub period: Option<i32>,
    /// The deadline in force (after any extension granted by the date asked about).
    pub due_on: Date,
    /// The deadline the rule gives before any extension.
    pub original_due_on: Date,
    pub status: DeadlineStatus,
    pub submitted_on: Option<Date>,
    pub reference: Option<String>,
    pub basis: Basis,
}

impl Deadline {
    /// Days past the due date on `as_of` (0 when not overdue).
    pub fn days_overdue(&self, as_of: Date) -> i64 {
        if self.status == DeadlineStatus::Overdue {
            (as_of - self.due_on).whole_days()
        } else {
            0
        }
    }
}

/// What the calculator needs to know about one State.
#[derive(Clone, Copy, Debug)]
pub struct StateFacts<'a> {
    pub participation: &'a Participation,
    pub profile: &'a [ProfileEntry],
    pub submissions: &'a [Submission],
}

/// A date of a year from a preset's month and day (29 February falls back to the 28th).
fn yearly_date(year: i32, month: u8, day: u8) -> Option<Date> {
    let month = Month::try_from(month).ok()?;
    Date::from_calendar_date(year, month, day)
        .or_else(|_| Date::from_calendar_date(year, month, day.saturating_sub(1)))
        .ok()
}

/// The date a one-off rule gives for an entry into force (None for a yearly rule).
pub fn one_off_due(rule: &DueRule, entry_into_force: Date) -> Option<Date> {
    match rule {
        DueRule::DaysAfterEntryIntoForce { days } => {
            Some(entry_into_force.saturating_add(Duration::days(i64::from(*days))))
        }
        DueRule::YearsAfterEntryIntoForce { years } => {
            Some(add_months(entry_into_force, years.saturating_mul(12)))
        }
        DueRule::Annually { .. } => None,
    }
}

fn year_start(year: i32) -> Option<Date> {
    Date::from_calendar_date(year, Month::January, 1).ok()
}

/// Does a profile entry of `kind` hold on some day of `year`?
fn profile_in_year(profile: &[ProfileEntry], kind: ProfileKind, year: i32) -> bool {
    let (Some(start), Some(end)) = (year_start(year), year_start(year + 1)) else {
        return false;
    };
    profile.iter().any(|e| {
        e.kind == kind && e.from.is_none_or(|f| f < end) && e.until.is_none_or(|u| u > start)
    })
}

/// Every deadline of a State under `obligations` as of `as_of`: the past ones and, for each
/// obligation, the next one to fall due. Submissions received after `as_of` are not counted;
/// deadlines that fall on or after a withdrawal takes effect are not owed. A State with no entry
/// into force on record has none.
pub fn deadlines(obligations: &[Obligation], facts: StateFacts<'_>, as_of: Date) -> Vec<Deadline> {
    let Some(eif) = facts.participation.in_force_on else {
        return Vec::new();
    };
    let withdrawn = facts.participation.withdrawal_effective_on;
    let owed = |due: Date| withdrawn.is_none_or(|w| due < w);
    let mut out = Vec::new();
    for ob in obligations {
        let profile = match ob.trigger {
            Trigger::EntryIntoForce => None,
            Trigger::Profile { profile } => Some(profile),
        };
        let received = |period: Option<i32>| {
            facts
                .submissions
                .iter()
                .filter(|s| {
                    s.obligation == ob.key
                        && s.kind == SubmissionKind::Report
                        && s.period == period
                        && s.received_on <= as_of
                })
                .min_by_key(|s| s.received_on)
        };
        let basis = |extended_to| Basis {
            article: ob.article.clone(),
            rule: ob.due.clone(),
            entry_into_force: eif,
            profile,
            extended_to,
        };
        let status = |due: Date, submitted: Option<Date>| match submitted {
            Some(d) if d <= due => DeadlineStatus::Met,
            Some(_) => DeadlineStatus::MetLate,
            None if as_of > due => DeadlineStatus::Overdue,
            None => DeadlineStatus::Upcoming,
        };
        match &ob.due {
            DueRule::DaysAfterEntryIntoForce { .. } | DueRule::YearsAfterEntryIntoForce { .. } => {
                if let Some(p) = profile
                    && !facts.profile.iter().any(|e| e.kind == p && e.holds_on(eif))
                {
                    continue;
                }
                let Some(original) = one_off_due(&ob.due, eif) else {
                    continue;
                };
                let extended = facts
                    .submissions
                    .iter()
                    .filter(|s| {
                        s.obligation == ob.key
                            && s.kind == SubmissionKind::ExtensionGranted
                            && s.received_on <= as_of
                    })
                    .filter_map(|s| s.extended_to)
                    .max()
                    .filter(|d| *d > original);
                let due = extended.unwrap_or(original);
                if !owed(due) {
                    continue;
                }
                // Completion is the declaration received, never read from the profile: a profile
                // period is what a source attests, not when the fact stopped.
                let report = received(None);
                let submitted = report.map(|r| r.received_on);
                out.push(Deadline {
                    obligation: ob.key.clone(),
                    article: ob.article.clone(),
                    period: None,
                    due_on: due,
                    original_due_on: original,
                    status: status(due, submitted),
                    submitted_on: submitted,
                    reference: report.map(|r| r.reference.clone()),
                    basis: basis(extended),
                });
            }
            DueRule::Annually { month, day, after } => {
                let after_due = after.as_ref().and_then(|key| {
                    obligations
                        .iter()
                        .find(|o| &o.key == key)
                        .and_then(|o| one_off_due(&o.due, eif))
                });
                for year in eif.year()..=as_of.year() {
                    let Some(due) = yearly_date(year + 1, *month, *day) else {
                        continue;
                    };
                    if after_due.is_some_and(|a| due <= a) || !owed(due) {
                        continue;
                    }
                    if withdrawn.is_some_and(|w| year_start(year).is_some_and(|s| w <= s)) {
                        continue;
                    }
                    if let Some(p) = profile
                        && !profile_in_year(facts.profile, p, year)
                    {
                        continue;
                    }
                    let report = received(Some(year));
                    let submitted = report.map(|r| r.received_on);
                    out.push(Deadline {
                        obligation: ob.key.clone(),
                        article: ob.article.clone(),
                        period: Some(year),
                        due_on: due,
                        original_due_on: due,
                        status: status(due, submitted),
                        submitted_on: submitted,
                        reference: report.map(|r| r.reference.clone()),
                        basis: basis(None),
                    });
                    if due >= as_of {
                        // The next one to fall due is shown; later years are not yet owed.
                        break;
                    }
                }
            }
        }
    }
    out.sort_by(|a, b| {
        a.due_on
            .cmp(&b.due_on)
            .then(a.obligation.cmp(&b.obligation))
    });
    out
}

/// The State's next deadline on `as_of`: the earliest one not yet met, overdue ones first.
pub fn next_deadline(deadlines: &[Deadline]) -> Option<&Deadline> {
    deadlines
        .iter()
        .filter(|d| d.status == DeadlineStatus::Overdue)
        .min_by_key(|d| d.due_on)
        .or_else(|| {
            deadlines
                .iter()
                .filter(|d| d.status == DeadlineStatus::Upcoming)
                .min_by_key(|d| d.due_on)
        })
}

/// An extension request as the rules check it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExtensionRequest {
    pub submitted_on: Date,
    /// The opening day of the meeting that will decide.
    pub meeting_opens_on: Date,
    /// The deadline the request would extend.
    pub deadline: Date,
    /// How long an extension is asked for, in months.
    pub months: u32,
    /// How many extensions of this deadline were requested before.
    pub previous_requests: u32,
    /// Does the request set out exceptional circumstances?
    pub exceptional_circumstances: bool,
}

/// Why an extension request does not meet the rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ExtensionProblem {
    /// Longer than one request may ask for.
    TooLong { max_years: u32 },
    /// Submitted later than the months before the meeting allow; `latest` is the last day.
    LateForMeeting { latest: Date },
    /// Submitted after the deadline it would extend.
    AfterDeadline { deadline: Date },
    /// A further request without exceptional circumstances.
    FurtherWithoutExceptionalCircumstances,
}

impl ExtensionProblem {
    pub fn sentence_en(&self) -> String {
        match self {
            Self::TooLong { max_years } => {
                format!("a request may ask for at most {max_years} years")
            }
            Self::LateForMeeting { latest } => format!(
                "the request had to be submitted by {} to be decided at that meeting",
                format_date(*latest)
            ),
            Self::AfterDeadline { deadline } => format!(
                "the request had to be submitted before the deadline ({})",
                format_date(*deadline)
            ),
            Self::FurtherWithoutExceptionalCircumstances => {
                "a further request is allowed only in exceptional circumstances".to_string()
            }
        }
    }
}

/// Checks an extension request against the rule (CCM Art. 3.2-3.3, Art. 4.5-4.8).
pub fn check_extension_request(
    rule: &ExtensionRule,
    req: &ExtensionRequest,
) -> Vec<ExtensionProblem> {
    let mut problems = Vec::new();
    if req.months > rule.max_years.saturating_mul(12) {
        problems.push(ExtensionProblem::TooLong {
            max_years: rule.max_years,
        });
    }
    if let Some(months) = rule.months_before_meeting {
        let latest = sub_months(req.meeting_opens_on, months);
        if req.submitted_on > latest {
            problems.push(ExtensionProblem::LateForMeeting { latest });
        }
    }
    if rule.before_deadline && req.submitted_on >= req.deadline {
        problems.push(ExtensionProblem::AfterDeadline {
            deadline: req.deadline,
        });
    }
    if rule.further == FurtherRequests::ExceptionalCircumstances
        && req.previous_requests > 0
        && !req.exceptional_circumstances
    {
        problems.push(ExtensionProblem::FurtherWithoutExceptionalCircumstances);
    }
    problems
}

/// Problems of a convention's obligations as written (a preset is refused when any).
pub fn problems(obligations: &[Obligation]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, ob) in obligations.iter().enumerate() {
        let at = format!("obligations[{i}] ({})", ob.key);
        if ob.key.is_empty()
            || !ob
                .key
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            out.push(format!(
                "{at}.key: must be lowercase letters, digits and hyphens (it is used in addresses)"
            ));
        }
        if obligations[..i].iter().any(|o| o.key == ob.key) {
            out.push(format!("{at}.key: used twice"));
        }
        match &ob.due {
            DueRule::DaysAfterEntryIntoForce { days: 0 } => {
                out.push(format!("{at}.due.days: must be at least 1"))
            }
            DueRule::YearsAfterEntryIntoForce { years: 0 } => {
                out.push(format!("{at}.due.years: must be at least 1"))
            }
            DueRule::Annually { month, day, after } => {
                if yearly_date(2001, *month, *day).is_none() {
                    out.push(format!("{at}.due: {day}/{month} is not a day of the year"));
                }
                if let Some(a) = after
                    && !obligations
                        .iter()
                        .any(|o| &o.key == a && !matches!(o.due, DueRule::Annually { .. }))
                {
                    out.push(format!(
                        "{at}.due.after: \"{a}\" is not a one-off obligation of this convention"
                    ));
                }
            }
            _ => {}
        }
        if let Some(e) = &ob.extension
            && e.max_years == 0
        {
            out.push(format!("{at}.extension.max_years: must be at least 1"));
        }
    }
    out
}

#[cfg(test)]
#[path = "obligation_tests.rs"]
mod tests;
