//! A convention's names in the four languages: every name its preset gives a body, a seat, an
//! office, a kind of meeting and its coordinating committee (`[[terms]]` in `conventions/*.toml`),
//! each written once in English with its French, Spanish and Arabic forms.
//!
//! The architecture keeps its English names (they are what the record and the findings cite);
//! a reader's page shows the term in the reader's language, found by its English form. A term
//! may lack a language only when it says why (`untranslated`); a page then shows the English,
//! and says so to ISU staff. This module must never do I/O and knows no rule.

use serde::{Deserialize, Serialize};

use crate::architecture::Architecture;
use crate::lang::Lang;

/// One name in the four languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub en: String,
    #[serde(default)]
    pub fr: Option<String>,
    #[serde(default)]
    pub es: Option<String>,
    #[serde(default)]
    pub ar: Option<String>,
    /// Why a language is missing (no official term known), said in the preset.
    #[serde(default)]
    pub untranslated: Option<String>,
}

impl Term {
    /// The name in `lang`, if the preset gives it.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        let found = match lang {
            Lang::En => Some(&self.en),
            Lang::Fr => self.fr.as_ref(),
            Lang::Es => self.es.as_ref(),
            Lang::Ar => self.ar.as_ref(),
        };
        found.map(String::as_str).filter(|s| !s.trim().is_empty())
    }

    /// The languages the term lacks.
    pub fn missing(&self) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|l| self.get(*l).is_none())
            .collect()
    }
}

/// The terms of one convention.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Glossary {
    terms: Vec<Term>,
}

/// A name as a reader is shown it: in their language, or the English when the preset lacks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown<'a> {
    pub text: &'a str,
    /// The English was shown because the term lacks the reader's language.
    pub fallback: bool,
}

impl Glossary {
    pub const fn empty() -> Self {
        Glossary { terms: Vec::new() }
    }

    pub fn new(terms: Vec<Term>) -> Self {
        Glossary { terms }
    }

    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// The term whose English form is `english`.
    pub fn term(&self, english: &str) -> Option<&Term> {
        self.terms.iter().find(|t| t.en == english)
    }

    /// `english` in `lang` when the glossary has the term in that language.
    pub fn translate(&self, lang: Lang, english: &str) -> Option<&str> {
        self.term(english).and_then(|t| t.get(lang))
    }

    /// `english` in `lang`: the term's form, or `english` itself, marked as a fallback, when
    /// the glossary lacks the term or its language.
    pub fn show<'a>(&'a self, lang: Lang, english: &'a str) -> Shown<'a> {
        match self.translate(lang, english) {
            Some(text) => Shown {
                text,
                fallback: false,
            },
            None => Shown {
                text: english,
                fallback: lang != Lang::En,
            },
        }
    }

    /// Every problem of the glossary against the architecture it names: a name of the
    /// architecture with no term, a term lacking a language without saying why, a term given
    /// twice.
    pub fn problems(&self, architecture: &Architecture) -> Vec<String> {
        let mut out = Vec::new();
        for (i, t) in self.terms.iter().enumerate() {
            if t.en.trim().is_empty() {
                out.push(format!("terms[{i}].en: the English name is needed"));
                continue;
            }
            if self.terms[..i].iter().any(|o| o.en == t.en) {
                out.push(format!("terms[{i}]: \"{}\" is given twice", t.en));
            }
            let missing = t.missing();
            if !missing.is_empty()
                && t.untranslated
                    .as_deref()
                    .is_none_or(|w| w.trim().is_empty())
            {
                let codes: Vec<&str> = missing.iter().map(|l| l.code()).collect();
                out.push(format!(
                    "terms[{i}]: \"{}\" has no {} name and does not say why (untranslated = \"...\")",
                    t.en,
                    codes.join(", ")
                ));
            }
        }
        let mut named: Vec<&str> = Vec::new();
        for v in &architecture.versions {
            named.extend(v.meetings.iter().map(|m| m.name.as_str()));
            for b in &v.bodies {
                named.push(&b.name);
                named.extend(b.seats.iter().map(|s| s.title.as_str()));
            }
            named.extend(v.offices.iter().map(|o| o.name.as_str()));
            named.extend(v.committee.iter().map(|c| c.name.as_str()));
        }
        named.sort_unstable();
        named.dedup();
        for name in named {
            if self.term(name).is_none() {
                out.push(format!(
                    "terms: \"{name}\" is named by the architecture but has no [[terms]] entry with its French, Spanish and Arabic names"
                ));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(en: &str, fr: Option<&str>, why: Option<&str>) -> Term {
        Term {
            en: en.into(),
            fr: fr.map(Into::into),
            es: Some(format!("{en} (es)")),
            ar: Some(format!("{en} (ar)")),
            untranslated: why.map(Into::into),
        }
    }

    #[test]
    fn shows_the_readers_language_else_the_english_marked() {
        let g = Glossary::new(vec![
            term("President", Some("Président"), None),
            term("Member", None, Some("no official French term known")),
        ]);
        assert_eq!(
            g.show(Lang::Fr, "President"),
            Shown {
                text: "Président",
                fallback: false
            }
        );
        assert_eq!(
            g.show(Lang::Fr, "Member"),
            Shown {
                text: "Member",
                fallback: true
            }
        );
        assert!(g.show(Lang::Fr, "Unknown").fallback);
        assert!(!g.show(Lang::En, "Unknown").fallback);
        assert!(g.problems(&Architecture::default()).is_empty());
    }

    #[test]
    fn a_term_lacking_a_language_must_say_why() {
        let g = Glossary::new(vec![
            term("Member", None, None),
            term("Member", Some("Membre"), None),
        ]);
        let problems = g.problems(&Architecture::default());
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("has no fr name"), "{problems:?}");
        assert!(problems[1].contains("given twice"), "{problems:?}");
    }
}
