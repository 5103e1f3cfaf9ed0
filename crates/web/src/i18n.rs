//! Translations: Fluent files in `locales/{en,fr,es,ar}/main.ftl`, compiled into the binary.
//! A missing translation falls back to English, never to an empty string.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use treatydesk_domain::Lang;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "../../locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static IDS: LazyLock<[LanguageIdentifier; 4]> = LazyLock::new(|| {
    Lang::ALL.map(|l| {
        l.code()
            .parse()
            .unwrap_or_else(|_| LanguageIdentifier::default())
    })
});

fn id(lang: Lang) -> &'static LanguageIdentifier {
    &IDS[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
}

/// The message `key` in `lang`.
pub fn tr(lang: Lang, key: &str) -> String {
    LOCALES.lookup(id(lang), key)
}

/// The message `key` in `lang` with one numeric argument (plural rules apply).
pub fn tr_n(lang: Lang, key: &str, name: &'static str, n: i64) -> String {
    let mut args: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
    args.insert(Cow::Borrowed(name), FluentValue::from(n));
    LOCALES.lookup_with_args(id(lang), key, &args)
}

/// The message `key` in `lang` with one text argument.
pub fn tr_s(lang: Lang, key: &str, name: &'static str, value: &str) -> String {
    let mut args: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
    args.insert(Cow::Borrowed(name), FluentValue::from(value.to_string()));
    LOCALES.lookup_with_args(id(lang), key, &args)
}

/// The message `key` in `lang` with text arguments.
pub fn tr_args(lang: Lang, key: &str, args: &[(&'static str, &str)]) -> String {
    let mut map: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
    for (name, value) in args {
        map.insert(Cow::Borrowed(*name), FluentValue::from(value.to_string()));
    }
    LOCALES.lookup_with_args(id(lang), key, &map)
}

/// The message `key` in `lang` with typed arguments (numbers select plurals), or `None` when no
/// language, not even English, has the message.
pub fn tr_values(
    lang: Lang,
    key: &str,
    args: &HashMap<Cow<'static, str>, FluentValue<'static>>,
) -> Option<String> {
    LOCALES.try_lookup_with_args(id(lang), key, args)
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
    LOCALES.try_lookup(id(lang), &key)
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
        // Every variable any English message names (`{ $name`), so a new message's variables
        // are covered without listing them.
        let mut rest = english.as_str();
        while let Some(at) = rest.find('$') {
            rest = &rest[at + 1..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            if !name.is_empty() && name != "count" {
                args.insert(Cow::Owned(name), FluentValue::from("x"));
            }
        }
        for lang in Lang::ALL {
            for key in &keys {
                assert!(
                    LOCALES.try_lookup_with_args(id(lang), key, &args).is_some(),
                    "{} lacks {key}",
                    lang.code()
                );
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
