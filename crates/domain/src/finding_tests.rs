//! Test support, never part of the product: writes a finding's message in English through
//! Fluent (`fluent-bundle`, a dev-dependency) from `locales/en/findings.ftl` (and a refusal's
//! from `refusals.ftl`), so that tests can
//! check that every finding's message says its sentence word for word. The including module
//! provides `Arg`, `Message` and `format_date`.
#![allow(dead_code)]

use super::{Arg, Message, format_date};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

static FILE: &str = include_str!("../../../locales/en/findings.ftl");
static REFUSALS: &str = include_str!("../../../locales/en/refusals.ftl");
static RECORDS: &str = include_str!("../../../locales/en/refusals_records.ftl");

thread_local! {
    static BUNDLE: FluentBundle<FluentResource> = {
        let en: unic_langid::LanguageIdentifier = "en".parse().expect("a language tag");
        let mut bundle = FluentBundle::new(vec![en]);
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(FILE.to_string()).expect("findings.ftl parses");
        bundle.add_resource(resource).expect("no message twice in findings.ftl");
        let refusals = FluentResource::try_new(REFUSALS.to_string()).expect("refusals.ftl parses");
        bundle.add_resource(refusals).expect("no message twice in refusals.ftl");
        let records = FluentResource::try_new(RECORDS.to_string())
            .expect("refusals_records.ftl parses");
        bundle
            .add_resource(records)
            .expect("no message twice in refusals_records.ftl");
        bundle
    };
}

fn value(a: &Arg) -> FluentValue<'static> {
    let text = match a {
        Arg::Number { value } => return FluentValue::from(*value),
        Arg::Text { value }
        | Arg::Seat { value }
        | Arg::Body { value }
        | Arg::Office { value }
        | Arg::Meeting { value }
        | Arg::Code { value } => value.clone(),
        Arg::Actor { name, .. } => name.clone(),
        Arg::Actors { actors } => actors
            .iter()
            .map(|a| a.name.clone())
            .collect::<Vec<_>>()
            .join(", "),
        Arg::Meetings { values } => values.join(", "),
        Arg::Date { value } => format_date(*value),
        Arg::Flag { value } => value.to_string(),
        Arg::Messages { messages } => messages.iter().map(render).collect::<Vec<_>>().join("; "),
    };
    FluentValue::from(text)
}

/// The English text of `m`, as Fluent writes it from `locales/en/findings.ftl`.
pub fn render(m: &Message) -> String {
    let mut args = FluentArgs::new();
    for (name, a) in &m.args {
        args.set(name.clone(), value(a));
    }
    BUNDLE.with(|bundle| {
        let Some(pattern) = bundle.get_message(&m.id).and_then(|msg| msg.value()) else {
            return format!("<no English message {}>", m.id);
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        assert!(errors.is_empty(), "{}: {errors:?}", m.id);
        text.into_owned()
    })
}

/// Panics when the English message of `m` is not `sentence`.
pub fn check(m: &Message, sentence: &str) {
    assert_eq!(render(m), sentence, "the English of {}", m.id);
}
