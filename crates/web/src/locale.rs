//! What a language decides beyond its words: how names sort (collation, by ICU4X's collator
//! with the CLDR rules of each language: "Égypte" among the E in French, "Níger" before
//! "Nigeria" in Spanish, Arabic in its alphabet's order) and how numbers, amounts of money and
//! dates are written.
//!
//! Arabic pages write numbers with Western Arabic digits (0-9), as the United Nations does in
//! its Arabic documents, with the comma grouping thousands and the point before decimals;
//! never Eastern Arabic digits (٠-٩). French groups with a narrow no-break space and Spanish
//! only from five digits up, as CLDR has them.
//!
//! Pure functions of a language and a value: nothing here reads a request or the store.

use std::cmp::Ordering;
use std::sync::LazyLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::Locale;
use time::Date;
use treatydesk_domain::Lang;

use crate::i18n;

static COLLATORS: LazyLock<Vec<Option<CollatorBorrowed<'static>>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|l| {
            let locale: Locale = l.code().parse().ok()?;
            Collator::try_new((&locale).into(), CollatorOptions::default()).ok()
        })
        .collect()
});

/// Compares two names as `lang` sorts them (byte order only if the collator could not be
/// built, which the tests rule out).
pub fn compare(lang: Lang, a: &str, b: &str) -> Ordering {
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    match COLLATORS.get(i).and_then(Option::as_ref) {
        Some(c) => c.compare(a, b),
        None => a.cmp(b),
    }
}

/// Sorts `items` by the name `key` gives, as `lang` sorts names.
pub fn sort_by_name<T>(lang: Lang, items: &mut [T], key: impl Fn(&T) -> &str) {
    items.sort_by(|a, b| compare(lang, key(a), key(b)));
}

/// The thousands separator and the decimal mark, and whether a four-digit number is grouped.
fn symbols(lang: Lang) -> (&'static str, &'static str, bool) {
    match lang {
        Lang::En => (",", ".", true),
        // U+202F NARROW NO-BREAK SPACE, as CLDR writes French.
        Lang::Fr => ("\u{202f}", ",", true),
        Lang::Es => (".", ",", false),
        // Western Arabic digits, comma and point, as the UN writes numbers in Arabic.
        Lang::Ar => (",", ".", true),
    }
}

fn group(lang: Lang, digits: &str) -> String {
    let (sep, _, four) = symbols(lang);
    if digits.len() <= 3 || (digits.len() == 4 && !four) {
        return digits.to_string();
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// A whole number as `lang` writes it: 1,234,567 · 1 234 567 · 1.234.567 · 1,234,567.
pub fn number(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let sign = if n < 0 { "-" } else { "" };
    format!("{sign}{}", group(lang, &digits))
}

/// An amount of money given in hundredths (cents, centimes) with its ISO 4217 code:
/// `CHF 1,234.50` in English, `1 234,50 CHF` in French, `1234,50 CHF` in Spanish,
/// `1,234.50 CHF` in Arabic.
pub fn money(lang: Lang, hundredths: i64, currency: &str) -> String {
    let (_, decimal, _) = symbols(lang);
    let abs = hundredths.unsigned_abs();
    let sign = if hundredths < 0 { "-" } else { "" };
    let amount = format!(
        "{sign}{}{decimal}{:02}",
        group(lang, &(abs / 100).to_string()),
        abs % 100
    );
    match lang {
        Lang::En => format!("{currency}\u{a0}{amount}"),
        _ => format!("{amount}\u{a0}{currency}"),
    }
}

/// A date for people: `3 December 2026`, `3 décembre 2026`, `3 de diciembre de 2026`,
/// `3 ديسمبر 2026` (month names from the Fluent files, Western digits in every language).
pub fn long_date(lang: Lang, date: Date) -> String {
    let month = i18n::tr(lang, &format!("month-{}", date.month() as u8));
    match lang {
        Lang::Es => format!("{} de {} de {}", date.day(), month, date.year()),
        _ => format!("{} {} {}", date.day(), month, date.year()),
    }
}

/// A date in figures, day first in every language (`03/12/2026`), in Western digits on
/// Arabic pages too.
pub fn short_date(_lang: Lang, date: Date) -> String {
    format!(
        "{:02}/{:02}/{}",
        date.day(),
        date.month() as u8,
        date.year()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn sorted(lang: Lang, names: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        sort_by_name(lang, &mut v, |s| s.as_str());
        v
    }

    #[test]
    fn every_language_has_its_collator() {
        assert!(COLLATORS.iter().all(Option::is_some));
    }

    #[test]
    fn names_sort_as_each_language_sorts_them() {
        // Byte order would put "Égypte" after "Zimbabwe" and "Níger" after "Nigeria".
        assert_eq!(
            sorted(Lang::Fr, &["Zimbabwe", "Égypte", "Espagne", "Danemark"]),
            ["Danemark", "Égypte", "Espagne", "Zimbabwe"]
        );
        assert_eq!(
            sorted(Lang::Es, &["Nigeria", "Níger", "Nicaragua", "Noruega"]),
            ["Nicaragua", "Níger", "Nigeria", "Noruega"]
        );
        assert_eq!(
            sorted(Lang::En, &["Zambia", "Åland", "Côte d'Ivoire", "Cuba"]),
            ["Åland", "Côte d'Ivoire", "Cuba", "Zambia"]
        );
        // The forms of alef sort as alef: Ethiopia (إثيوبيا) before Afghanistan (أفغانستان).
        assert_eq!(
            sorted(Lang::Ar, &["اليمن", "أفغانستان", "إثيوبيا", "ألبانيا"]),
            ["إثيوبيا", "أفغانستان", "ألبانيا", "اليمن"]
        );
    }

    #[test]
    fn numbers_money_and_dates_per_language() {
        assert_eq!(number(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(number(Lang::Fr, 1_234_567), "1\u{202f}234\u{202f}567");
        assert_eq!(number(Lang::Es, 1234), "1234");
        assert_eq!(number(Lang::Es, 12_345), "12.345");
        // Western Arabic digits on Arabic pages, as at the UN.
        assert_eq!(number(Lang::Ar, 1_234_567), "1,234,567");
        assert_eq!(number(Lang::En, -42), "-42");
        assert_eq!(money(Lang::En, 123_450, "CHF"), "CHF\u{a0}1,234.50");
        assert_eq!(money(Lang::Fr, 123_450, "CHF"), "1\u{202f}234,50\u{a0}CHF");
        assert_eq!(money(Lang::Es, 123_405, "USD"), "1234,05\u{a0}USD");
        assert_eq!(money(Lang::Ar, 100_000_000, "USD"), "1,000,000.00\u{a0}USD");
        let d = date!(2026 - 12 - 03);
        assert_eq!(long_date(Lang::En, d), "3 December 2026");
        assert_eq!(long_date(Lang::Es, d), "3 de diciembre de 2026");
        assert!(
            long_date(Lang::Ar, d).starts_with("3 ") && long_date(Lang::Ar, d).ends_with(" 2026")
        );
        assert_eq!(short_date(Lang::Fr, d), "03/12/2026");
        assert_eq!(short_date(Lang::Ar, d), "03/12/2026");
    }
}
