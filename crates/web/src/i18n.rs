//! Translations: the Fluent files `locales/{en,fr,es,ar}/*.ftl`, compiled into the binary. A
//! message missing in a language falls back to English, never to an empty string.
//!
//! A message that is text only (most of them) is kept as that text, a slice of the embedded file;
//! only messages with variables or plurals are given to a Fluent bundle. Fluent's syntax tree of
//! a message takes about 800 bytes, and the four bundles of every message held 7 MiB of the
//! server's memory (issue 13); the text a bundle would give for a text-only message is its text,
//! as the test `every_message_reads_as_fluent_formats_its_whole_file` checks for each one.
//! This module must never format a message any other way than Fluent does.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use treatydesk_domain::Lang;

/// Every translation file: (language code, text), listed by `build.rs`.
const FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// One language's messages.
struct Catalogue {
    /// Text-only messages, by id.
    text: HashMap<&'static str, &'static str>,
    /// The messages with variables or plurals.
    bundle: FluentBundle<FluentResource>,
}

impl Catalogue {
    fn new(lang: Lang) -> Catalogue {
        let id = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        let mut text = HashMap::new();
        let mut formatted = ast::Resource { body: Vec::new() };
        for (_, source) in FILES.iter().filter(|(code, _)| *code == lang.code()) {
            let resource =
                fluent_syntax::parser::parse(*source).unwrap_or_else(|(partial, errors)| {
                    tracing::error!(lang = lang.code(), ?errors, "a translation file has errors");
                    partial
                });
            for entry in resource.body {
                let ast::Entry::Message(mut message) = entry else {
                    continue;
                };
                match text_only(&message) {
                    Some(value) => {
                        if text.insert(message.id.name, value).is_some() {
                            tracing::error!(
                                lang = lang.code(),
                                id = message.id.name,
                                "translations repeat an id"
                            );
                        }
                    }
                    None => {
                        message.comment = None;
                        formatted.body.push(ast::Entry::Message(message));
                    }
                }
            }
        }
        text.shrink_to_fit();
        let mut source = fluent_syntax::serializer::serialize(&formatted);
        drop(formatted);
        // The bundle keeps this text for good: without the room it grew into.
        source.shrink_to_fit();
        match FluentResource::try_new(source) {
            Ok(resource) | Err((resource, _)) => {
                if let Err(errors) = bundle.add_resource(resource) {
                    tracing::error!(lang = lang.code(), ?errors, "translations repeat an id");
                }
            }
        }
        Catalogue { text, bundle }
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        if let Some(text) = self.text.get(key) {
            return Some(text.to_string());
        }
        let pattern = self.bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        // A message whose variables were not all given is not this language's answer.
        errors.is_empty().then(|| text.into_owned())
    }
}

/// The text of a message that is one piece of text (no variables, plurals or attributes); `None`
/// for the others, which Fluent formats.
fn text_only(message: &ast::Message<&'static str>) -> Option<&'static str> {
    if !message.attributes.is_empty() {
        return None;
    }
    match message.value.as_ref()?.elements.as_slice() {
        [ast::PatternElement::TextElement { value }] => Some(*value),
        _ => None,
    }
}

static CATALOGUES: LazyLock<[Catalogue; 4]> = LazyLock::new(|| Lang::ALL.map(Catalogue::new));

/// `key` in `lang`, else in English; `None` when no language has it.
fn lookup(lang: Lang, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    catalogue(lang)
        .format(key, args)
        .or_else(|| catalogue(Lang::En).format(key, args))
}

fn catalogue(lang: Lang) -> &'static Catalogue {
    &CATALOGUES[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
}

/// What a reader sees for a message no language has (a defect the tests look for).
fn unknown(key: &str) -> String {
    format!("Unknown localization key: {key:?}")
}

fn fluent_args<'a>(args: &'a HashMap<Cow<'static, str>, FluentValue<'static>>) -> FluentArgs<'a> {
    args.iter().map(|(k, v)| (k.as_ref(), v.clone())).collect()
}

/// The message `key` in `lang`.
pub fn tr(lang: Lang, key: &str) -> String {
    lookup(lang, key, None).unwrap_or_else(|| unknown(key))
}

/// The message `key` in `lang` with one numeric argument (plural rules apply).
pub fn tr_n(lang: Lang, key: &str, name: &'static str, n: i64) -> String {
    let mut args = FluentArgs::new();
    args.set(name, n);
    lookup(lang, key, Some(&args)).unwrap_or_else(|| unknown(key))
}

/// The message `key` in `lang` with one text argument.
pub fn tr_s(lang: Lang, key: &str, name: &'static str, value: &str) -> String {
    let mut args = FluentArgs::new();
    args.set(name, value);
    lookup(lang, key, Some(&args)).unwrap_or_else(|| unknown(key))
}

/// The message `key` in `lang` with text arguments.
pub fn tr_args(lang: Lang, key: &str, args: &[(&'static str, &str)]) -> String {
    let args: FluentArgs = args.iter().map(|(k, v)| (*k, *v)).collect();
    lookup(lang, key, Some(&args)).unwrap_or_else(|| unknown(key))
}

/// The message `key` in `lang` with typed arguments (numbers select plurals), or `None` when no
/// language, not even English, has the message.
pub fn tr_values(
    lang: Lang,
    key: &str,
    args: &HashMap<Cow<'static, str>, FluentValue<'static>>,
) -> Option<String> {
    lookup(lang, key, Some(&fluent_args(args)))
}

/// A city as a meeting's venue names it (`Geneva`), in `lang` when `places.ftl` has it; the
/// venue as entered otherwise (a venue such as "Lausanne (planned) / Geneva" stays as typed).
pub fn place(lang: Lang, venue: &str) -> String {
    try_place(lang, venue).unwrap_or_else(|| venue.to_string())
}

/// A city in `lang`, `None` when `places.ftl` does not name it.
pub fn try_place(lang: Lang, venue: &str) -> Option<String> {
    let mut key = String::from("place-");
    for c in venue.trim().chars() {
        match c {
            'a'..='z' | '0'..='9' => key.push(c),
            'A'..='Z' => key.push(c.to_ascii_lowercase()),
            'é' | 'è' | 'ê' | 'É' => key.push('e'),
            'á' | 'à' | 'â' => key.push('a'),
            'ó' | 'ô' => key.push('o'),
            'í' => key.push('i'),
            'ú' | 'ü' => key.push('u'),
            ' ' | '-' => key.push('-'),
            _ => return None,
        }
    }
    if key.len() == "place-".len() {
        return None;
    }
    lookup(lang, &key, None)
}

/// A name the preset of `convention` gives (a kind of meeting, a body, a seat, an office) in
/// `lang`; the English where the preset lacks it, said in words to ISU staff (`staff`).
pub fn term(lang: Lang, staff: bool, convention: &str, english: &str) -> String {
    let shown = treatydesk_store::registry::glossary_of(convention).show(lang, english);
    if shown.fallback && staff {
        tr_s(lang, "term-fallback", "value", shown.text)
    } else {
        shown.text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names of the variables `text` names (`{ $name }`), as often as it names them.
    fn variables(text: &str) -> impl Iterator<Item = String> + '_ {
        text.match_indices('$')
            .map(|(at, _)| {
                text[at + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect::<String>()
            })
            .filter(|name| !name.is_empty())
    }

    #[test]
    fn every_language_has_every_english_key() {
        // Every .ftl file of the English directory: a new file is covered without listing it.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales/en");
        let mut english = String::new();
        for entry in std::fs::read_dir(&dir).expect("locales/en") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "ftl") {
                english.push_str(&std::fs::read_to_string(&path).expect("ftl"));
                english.push('\n');
            }
        }
        let keys: Vec<&str> = english
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim()))
            .filter(|k| !k.is_empty() && !k.starts_with('#') && !k.starts_with(' '))
            // The findings' messages take their own variables: the web test `findings_lang`
            // formats each in every language with them.
            .filter(|k| !k.starts_with("finding-"))
            .collect();
        assert!(keys.len() > 20);
        let mut args: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        args.insert(Cow::Borrowed("count"), FluentValue::from(2));
        args.insert(Cow::Borrowed("value"), FluentValue::from("x"));
        // Every variable any English message names, so a new message's variables are covered
        // without listing them.
        for name in variables(&english).filter(|n| n != "count") {
            args.insert(Cow::Owned(name), FluentValue::from("x"));
        }
        for lang in Lang::ALL {
            for key in &keys {
                assert!(
                    catalogue(lang)
                        .format(key, Some(&fluent_args(&args)))
                        .is_some(),
                    "{} lacks {key}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn every_message_reads_as_fluent_formats_its_whole_file() {
        for lang in Lang::ALL {
            let id = lang.code().parse().unwrap_or_default();
            let mut whole = FluentBundle::new_concurrent(vec![id]);
            whole.set_use_isolating(false);
            let mut ids = Vec::new();
            for (_, source) in FILES.iter().filter(|(code, _)| *code == lang.code()) {
                let resource = FluentResource::try_new(source.to_string()).expect("parses");
                for entry in resource.entries() {
                    if let ast::Entry::Message(m) = entry {
                        ids.push(m.id.name.to_string());
                    }
                }
                whole.add_resource(resource).expect("no id twice");
            }
            assert!(ids.len() > 1000, "{}: {} messages", lang.code(), ids.len());
            let mine = catalogue(lang);
            assert!(mine.text.len() > ids.len() / 2, "most messages are text");
            // Every variable any message of the language names.
            let mut args = FluentArgs::new();
            for (_, source) in FILES.iter().filter(|(code, _)| *code == lang.code()) {
                for name in variables(source) {
                    args.set(name, "x");
                }
            }
            // With and without variables, and with a plural's one and other.
            for count in [1, 2] {
                args.set("count", count);
                for id in &ids {
                    let pattern = whole
                        .get_message(id)
                        .and_then(|m| m.value())
                        .expect("value");
                    let mut errors = Vec::new();
                    let expected = whole.format_pattern(pattern, Some(&args), &mut errors);
                    let expected = errors.is_empty().then(|| expected.into_owned());
                    let got = mine.format(id, Some(&args));
                    assert!(expected.is_some(), "{} {id}: {errors:?}", lang.code());
                    assert_eq!(got, expected, "{} {id}", lang.code());
                    let bare = whole.format_pattern(pattern, None, &mut Vec::new());
                    if mine.text.contains_key(id.as_str()) {
                        assert_eq!(mine.format(id, None).as_deref(), Some(bare.as_ref()));
                    }
                }
            }
        }
    }

    #[test]
    fn plurals_follow_the_language() {
        assert_eq!(tr_n(Lang::En, "states-count", "count", 1), "1 State");
        assert_eq!(tr_n(Lang::En, "states-count", "count", 61), "61 States");
    }

    #[test]
    fn p19_2_a_preset_name_in_the_readers_language_or_english_said_to_staff() {
        assert_eq!(
            term(Lang::Fr, false, "ccm", "Victim Assistance"),
            "Assistance aux victimes"
        );
        assert_eq!(term(Lang::Ar, true, "ccm", "Coordinator"), "منسق");
        // A convention with no preset shipped: the English, which staff are told is English.
        assert_eq!(term(Lang::Fr, false, "xyz", "Member"), "Member");
        let staff = term(Lang::Fr, true, "xyz", "Member");
        assert!(
            staff.starts_with("Member") && staff.contains("anglais"),
            "{staff}"
        );
        assert_eq!(term(Lang::En, true, "xyz", "Member"), "Member");
        assert_eq!(place(Lang::Fr, "Geneva"), "Genève");
        assert_eq!(place(Lang::Ar, "San José"), "سان خوسيه");
        assert_eq!(
            place(Lang::Fr, "Lausanne (planned) / Geneva"),
            "Lausanne (planned) / Geneva"
        );
        assert_eq!(place(Lang::Es, "Atlantis"), "Atlantis");
    }
}
