//! Rule findings in the reader's language: a finding's message (its id and typed arguments,
//! `treatydesk_domain::finding`) rendered through the Fluent files `locales/*/findings.ftl`.
//! Every page that shows findings goes through `localize`; the API keeps the English sentence
//! and adds the id and the arguments.
//!
//! English is written exactly as the domain's sentence (dates in ISO form, names as the domain
//! gave them); other languages write dates as `locale::long_date` does and name States in their
//! language from the registry. A message that no Fluent file has falls back to the English
//! sentence, never to an empty string. This module must never read the store or a request.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use treatydesk_domain::Lang;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::finding::{Arg, Message};
use treatydesk_store::architecture::StoreFacts;

use crate::views::offices::FindingOut;
use crate::{i18n, locale};

/// How an actor is named in the reader's language: by its code, `None` when unknown.
pub type Names<'a> = dyn Fn(&str) -> Option<String> + 'a;

/// Names from the registry the offices record carries.
pub fn names_from(facts: &StoreFacts, lang: Lang) -> impl Fn(&str) -> Option<String> + '_ {
    move |code| {
        facts
            .actor(code)
            .map(|a| crate::views::listing::name_in(a, lang).to_string())
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
        Arg::Text { value }
        | Arg::Seat { value }
        | Arg::Body { value }
        | Arg::Office { value }
        | Arg::Meeting { value }
        | Arg::Code { value } => value.clone(),
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
