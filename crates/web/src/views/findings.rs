//! Rule findings as pages and the API show them (`FindingOut`), and in the reader's language:
//! a finding's message (its id and typed arguments, `treatydesk_domain::finding`) rendered
//! through the Fluent files `locales/*/findings.ftl`.
//! Every page that shows findings goes through `localize`; the API keeps the English sentence
//! and adds the id and the arguments.
//!
//! English is written exactly as the domain's sentence (dates in ISO form, names as the domain
//! gave them); other languages write dates as `locale::long_date` does and name States in their
//! language from the registry. A message that no Fluent file has falls back to the English
//! sentence, never to an empty string. This module must never read the store or a request.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_bundle::FluentValue;
use serde::Serialize;
use treatydesk_domain::Lang;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::finding::{Arg, Message, Problem};
use treatydesk_domain::office::Override;
use treatydesk_domain::rules::{Concerns, Finding, Severity};
use treatydesk_store::architecture::StoreFacts;
use utoipa::ToSchema;

use crate::{i18n, locale};

/// How an actor (by its code) or a name of the preset (by its English form) is named in the
/// reader's language, `None` when unknown.
pub type Names<'a> = dyn Fn(&str) -> Option<String> + 'a;

/// Names from the registry the offices record carries and from the preset of `convention`.
pub fn names_from<'a>(
    facts: &'a StoreFacts,
    lang: Lang,
    convention: &str,
) -> impl Fn(&str) -> Option<String> + 'a {
    let glossary = treatydesk_store::registry::glossary_of(convention);
    move |code| {
        facts
            .actor(code)
            .map(|a| crate::views::listing::name_in(a, lang).to_string())
            .or_else(|| glossary.translate(lang, code).map(str::to_string))
    }
}

/// The text of every finding in `lang`.
pub fn localize(lang: Lang, findings: &mut [FindingOut], names: &Names) {
    for f in findings {
        if let Some(text) = render(lang, &f.message, names) {
            f.text = text;
        }
    }
}

/// A finding's text in `lang`, falling back to its English sentence.
pub fn text(lang: Lang, message: &Message, sentence: &str, names: &Names) -> String {
    render(lang, message, names).unwrap_or_else(|| sentence.to_string())
}

/// The message in `lang`; `None` when it has no id or no Fluent file has it.
pub fn render(lang: Lang, message: &Message, names: &Names) -> Option<String> {
    if message.id.is_empty() {
        return None;
    }
    let mut args: HashMap<Cow<'static, str>, FluentValue<'static>> = HashMap::new();
    for (name, arg) in &message.args {
        args.insert(Cow::Owned(name.clone()), value(lang, arg, names));
    }
    i18n::tr_values(lang, &message.id, &args)
}

/// The problems of a refusal in `lang`: each problem's message where a Fluent file has it
/// (`locales/*/refusals.ftl`), its English sentence otherwise. States are named from the
/// shipped registry, names of a preset from the shipped presets' glossaries.
pub fn problems_in(lang: Lang, problems: &[Problem]) -> Vec<String> {
    problems.iter().map(|p| problem_in(lang, p)).collect()
}

/// A problem found at the edge (a form or a JSON body the web reads): its message, with the
/// English sentence the English Fluent file writes from it.
pub fn problem(message: Message) -> Problem {
    let sentence = render(Lang::En, &message, &|_| None).unwrap_or_else(|| message.id.clone());
    Problem::new(message, sentence)
}

/// A date typed into `field` (a code `refuse-not-a-date` names in every language), `None`
/// when empty; a date that does not read adds a problem.
pub fn typed_date(raw: &str, field: &str, problems: &mut Vec<Problem>) -> Option<time::Date> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let d = treatydesk_domain::calendar::parse_date(raw);
    if d.is_none() {
        problems.push(problem(
            Message::new("refuse-not-a-date")
                .code("field", field)
                .code("value", raw),
        ));
    }
    d
}

/// One problem in `lang`.
pub fn problem_in(lang: Lang, problem: &Problem) -> String {
    if lang == Lang::En {
        return problem.sentence.clone();
    }
    let names = |code: &str| {
        treatydesk_store::registry::shipped_names(code)
            .map(|n| n.get(lang).to_string())
            .or_else(|| treatydesk_store::registry::any_term(lang, code).map(str::to_string))
    };
    text(lang, &problem.message, &problem.sentence, &names)
}

/// The separator of a list of names, and of a list of clauses.
fn separators(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Ar => ("، ", "؛ "),
        _ => (", ", "; "),
    }
}

fn actor_name(lang: Lang, code: &str, name: &str, names: &Names) -> String {
    match lang {
        Lang::En => name.to_string(),
        _ => names(code).unwrap_or_else(|| name.to_string()),
    }
}

fn value(lang: Lang, arg: &Arg, names: &Names) -> FluentValue<'static> {
    let (comma, semicolon) = separators(lang);
    let text = match arg {
        Arg::Number { value } => return FluentValue::from(*value),
        Arg::Meeting { value } | Arg::Code { value } => value.clone(),
        // A seat, body or office is named by its key (kept) or its English name (translated);
        // a text may be a name from the preset too.
        Arg::Text { value } | Arg::Seat { value } | Arg::Body { value } | Arg::Office { value } => {
            match lang {
                Lang::En => value.clone(),
                _ => names(value)
                    .or_else(|| i18n::try_place(lang, value))
                    .unwrap_or_else(|| value.clone()),
            }
        }
        Arg::Actor { code, name } => actor_name(lang, code, name, names),
        Arg::Actors { actors } => actors
            .iter()
            .map(|a| actor_name(lang, &a.code, &a.name, names))
            .collect::<Vec<_>>()
            .join(comma),
        Arg::Meetings { values } => values.join(comma),
        Arg::Date { value } => match lang {
            Lang::En => format_date(*value),
            _ => locale::long_date(lang, *value),
        },
        Arg::Flag { value } => value.to_string(),
        Arg::Messages { messages } => messages
            .iter()
            .map(|m| render(lang, m, names).unwrap_or_else(|| m.id.clone()))
            .collect::<Vec<_>>()
            .join(semicolon),
    };
    FluentValue::from(text)
}

#[derive(Clone, Serialize, ToSchema)]
pub struct OverrideOut {
    pub clause: String,
    pub justification: String,
    pub by: String,
    pub on: String,
}

/// How serious a finding is (SPEC: error, warning, info). Only an error blocks a write; a
/// warning may be set aside with a justification; info breaks nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SeverityOut {
    Error,
    Warning,
    Info,
}

impl From<Severity> for SeverityOut {
    fn from(s: Severity) -> Self {
        match s {
            Severity::Error => SeverityOut::Error,
            Severity::Warning => SeverityOut::Warning,
            Severity::Info => SeverityOut::Info,
        }
    }
}

impl std::fmt::Display for SeverityOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SeverityOut::Error => "error",
            SeverityOut::Warning => "warning",
            SeverityOut::Info => "info",
        })
    }
}

#[derive(Clone, Serialize, ToSchema)]
pub struct FindingOut {
    pub severity: SeverityOut,
    pub clause: String,
    /// The finding in English.
    pub sentence: String,
    /// The id of the message that says it in any language (`locales/*/findings.ftl`).
    pub message_id: String,
    /// The message's named arguments, each typed by its `kind` (text, actor with `code` and
    /// `name`, actors, seat, body, office, meeting, meetings, date, number, flag, code,
    /// messages).
    #[schema(value_type = Object)]
    pub args: serde_json::Value,
    /// The message itself, for the pages (`views::findings::localize`).
    #[serde(skip)]
    pub message: treatydesk_domain::finding::Message,
    /// What a page shows: the sentence in the reader's language once localized.
    #[serde(skip)]
    pub text: String,
    /// appointment:{id}, seat:{key}, body:{key}, meeting:{id}
    pub concerns: Vec<String>,
    pub overridable: bool,
    pub overridden: Option<OverrideOut>,
}

fn override_out(o: &Override) -> OverrideOut {
    OverrideOut {
        clause: o.clause.clone(),
        justification: o.justification.clone(),
        by: o.by.clone(),
        on: format_date(o.on),
    }
}

pub fn finding_out(f: &Finding) -> FindingOut {
    FindingOut {
        severity: f.severity.into(),
        clause: f.clause.clone(),
        sentence: f.sentence.clone(),
        message_id: f.message.id.clone(),
        args: serde_json::to_value(&f.message.args).unwrap_or_default(),
        message: f.message.clone(),
        text: f.sentence.clone(),
        concerns: f
            .concerns
            .iter()
            .map(|c| match c {
                Concerns::Appointment(id) => format!("appointment:{id}"),
                Concerns::Seat(k) => format!("seat:{k}"),
                Concerns::Body(k) => format!("body:{k}"),
                Concerns::Meeting(id) => format!("meeting:{id}"),
            })
            .collect(),
        overridable: f.overridable,
        overridden: f.overridden.as_ref().map(override_out),
    }
}
