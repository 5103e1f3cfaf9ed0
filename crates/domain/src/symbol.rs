//! UN document symbols as the CCM and its sister regimes use them (DOMAIN.md §5): a treaty
//! prefix, the organ ("MSP", "CONF", "MSP.7", "P.V/CONF"), the year, a preparatory meeting
//! ("PM", "PM.1"), the document (a number, or a series such as "WP.3"), then revisions and
//! corrections ("Rev.1", "Amend.1", "Corr.1", "Add.1") in the order they were issued.
//!
//! `CCM/78`, `CCM/MSP/2011/WP.3/Rev.1/Amend.1`, `CCM/CONF/2015/PM.1/2`, `BWC/CONF.VI/6`.
//!
//! A symbol is parsed into its parts and written back exactly as it was read, so symbols
//! round-trip. This module never decides what a number means (agenda, final report); the
//! register does.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::finding::{Message, Problem, checked};

/// A document series inside a meeting's symbols: plain numbers or a named series.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Item {
    /// `CCM/MSP/2012/5`
    Number(u32),
    /// `WP.3`, `INF.1`, `CRP.2`, `Misc.1`: the series name and the number.
    Series(String, u32),
}

/// What a later document does to an earlier one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Modifier {
    Rev,
    Amend,
    Corr,
    Add,
}

impl Modifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Modifier::Rev => "Rev",
            Modifier::Amend => "Amend",
            Modifier::Corr => "Corr",
            Modifier::Add => "Add",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        match text {
            "Rev" => Some(Modifier::Rev),
            "Amend" => Some(Modifier::Amend),
            "Corr" => Some(Modifier::Corr),
            "Add" => Some(Modifier::Add),
            _ => None,
        }
    }
}

/// A parsed document symbol.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Symbol {
    /// `CCM`, `APLC`, `CCW`, `BWC`, `ATT`.
    pub treaty: String,
    /// The organ's segments: `["MSP"]`, `["CONF"]`, `["MSP.7"]`, `["P.V", "CONF"]`, `["CSP1"]`.
    pub organ: Vec<String>,
    pub year: Option<u16>,
    /// A preparatory meeting: `PM` (None inside) or `PM.1` (Some(1)).
    pub preparatory: Option<Option<u32>>,
    pub item: Item,
    pub modifiers: Vec<(Modifier, u32)>,
}

/// Series names a document may carry instead of a plain number.
const SERIES: [&str; 4] = ["WP", "INF", "CRP", "Misc"];

impl Symbol {
    /// Parses a symbol; the error says what part is wrong (`refuse-symbol-*`).
    pub fn parse(text: &str) -> Result<Symbol, Problem> {
        let text = text.trim();
        let parts: Vec<&str> = text.split('/').collect();
        if parts.len() < 2 || parts.iter().any(|p| p.is_empty()) {
            return Err(checked(
                Message::new("refuse-symbol-form").code("value", text),
                format!(
                    "\"{text}\" is not a document symbol: segments are separated by single slashes, as in CCM/MSP/2011/WP.3"
                ),
            ));
        }
        let treaty = parts[0];
        if !treaty.bytes().all(|b| b.is_ascii_uppercase()) || treaty.len() > 8 {
            return Err(checked(
                Message::new("refuse-symbol-treaty").code("value", treaty),
                format!("\"{treaty}\" is not a treaty prefix (capital letters, such as CCM)"),
            ));
        }
        // Modifiers from the end.
        let mut end = parts.len();
        let mut modifiers = Vec::new();
        while end > 2 {
            match dotted(parts[end - 1]).and_then(|(name, n)| Some((Modifier::parse(name)?, n?))) {
                Some(m) => {
                    modifiers.push(m);
                    end -= 1;
                }
                None => break,
            }
        }
        modifiers.reverse();
        let item_text = parts[end - 1];
        let item = parse_item(item_text).ok_or_else(|| {
            checked(
                Message::new("refuse-symbol-number").code("value", item_text),
                format!(
                    "\"{item_text}\" is not a document number (a number such as 5, or a series such as WP.3)"
                ),
            )
        })?;
        let mut organ = Vec::new();
        let mut year = None;
        let mut preparatory = None;
        for seg in &parts[1..end - 1] {
            if year.is_none() && preparatory.is_none() && is_year(seg) {
                year = seg.parse().ok();
            } else if preparatory.is_none() && *seg == "PM" {
                preparatory = Some(None);
            } else if preparatory.is_none()
                && let Some(("PM", Some(k))) = dotted(seg)
            {
                preparatory = Some(Some(k));
            } else if year.is_none() && preparatory.is_none() && is_organ(seg) {
                organ.push((*seg).to_string());
            } else {
                return Err(checked(
                    Message::new("refuse-symbol-out-of-place")
                        .code("value", seg)
                        .code("symbol", text),
                    format!("\"{seg}\" is out of place in \"{text}\""),
                ));
            }
        }
        Ok(Symbol {
            treaty: treaty.to_string(),
            organ,
            year,
            preparatory,
            item,
            modifiers,
        })
    }

    /// The symbol without its modifiers: the original a revision or correction belongs to.
    pub fn original(&self) -> Symbol {
        Symbol {
            modifiers: Vec::new(),
            ..self.clone()
        }
    }

    /// The symbol of the next document of the same kind: the next revision of this one
    /// (`WP.3` → `WP.3/Rev.1`, `WP.3/Rev.1` → `WP.3/Rev.2`), or its next correction.
    pub fn next(&self, modifier: Modifier, existing: &[Symbol]) -> Symbol {
        let mut base = self.clone();
        // A new revision replaces the corrections of the one before.
        if modifier == Modifier::Rev {
            base.modifiers.retain(|(m, _)| *m == Modifier::Rev);
            base.modifiers.pop();
        }
        let prefix_len = base.modifiers.len();
        let used = existing
            .iter()
            .filter(|s| {
                s.original() == base.original()
                    && s.modifiers.len() == prefix_len + 1
                    && s.modifiers[..prefix_len] == base.modifiers[..]
                    && s.modifiers[prefix_len].0 == modifier
            })
            .map(|s| s.modifiers[prefix_len].1)
            .max()
            .unwrap_or(0);
        base.modifiers.push((modifier, used + 1));
        base
    }

    /// The root of a meeting's symbols (`CCM/MSP/2012`), from a pattern such as
    /// `CCM/MSP/{year}` with the meeting's year.
    pub fn root(pattern: &str, year: i32) -> String {
        pattern.replace("{year}", &year.to_string())
    }
}

/// The next free plain number (or number in `series`) under `root` (`CCM/MSP/2012`), given the
/// symbols already issued.
pub fn next_free(root: &str, series: Option<&str>, existing: &[Symbol]) -> Result<Symbol, Problem> {
    let probe = match series {
        Some(s) => format!("{root}/{s}.1"),
        None => format!("{root}/1"),
    };
    let template = Symbol::parse(&probe)?;
    let used = existing
        .iter()
        .filter(|s| {
            s.treaty == template.treaty
                && s.organ == template.organ
                && s.year == template.year
                && s.preparatory == template.preparatory
        })
        .filter_map(|s| match (&s.item, series) {
            (Item::Number(n), None) => Some(*n),
            (Item::Series(name, n), Some(want)) if name == want => Some(*n),
            _ => None,
        })
        .max()
        .unwrap_or(0);
    // A number typed into the register may be as large as a u32 holds: no number follows it.
    let next = used.checked_add(1).ok_or_else(|| {
        checked(
            Message::new("refuse-symbol-none-free")
                .code("used", &used.to_string())
                .code("root", root),
            format!("no document number is free after {used} under {root}"),
        )
    })?;
    let item = match series {
        Some(s) => Item::Series(s.to_string(), next),
        None => Item::Number(next),
    };
    Ok(Symbol { item, ..template })
}

impl fmt::Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.treaty)?;
        for o in &self.organ {
            write!(f, "/{o}")?;
        }
        if let Some(y) = self.year {
            write!(f, "/{y}")?;
        }
        match self.preparatory {
            Some(None) => write!(f, "/PM")?,
            Some(Some(k)) => write!(f, "/PM.{k}")?,
            None => {}
        }
        match &self.item {
            Item::Number(n) => write!(f, "/{n}")?,
            Item::Series(s, n) => write!(f, "/{s}.{n}")?,
        }
        for (m, n) in &self.modifiers {
            write!(f, "/{}.{n}", m.as_str())?;
        }
        Ok(())
    }
}

/// `WP.3` → ("WP", Some(3)); `CONF.VI` → ("CONF", None).
fn dotted(seg: &str) -> Option<(&str, Option<u32>)> {
    let (name, n) = seg.split_once('.')?;
    Some((name, number(n)))
}

fn number(text: &str) -> Option<u32> {
    if text.is_empty() || text.starts_with('0') || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn parse_item(seg: &str) -> Option<Item> {
    if let Some(n) = number(seg) {
        return Some(Item::Number(n));
    }
    let (name, n) = dotted(seg)?;
    SERIES
        .contains(&name)
        .then_some(())
        .and(n)
        .map(|n| Item::Series(name.to_string(), n))
}

fn is_year(seg: &str) -> bool {
    seg.len() == 4 && number(seg).is_some_and(|y| (1945..=2999).contains(&y))
}

/// An organ segment: capitals and digits, optionally dotted (`MSP.7`, `CONF.VI`, `P.V`, `CSP1`).
fn is_organ(seg: &str) -> bool {
    seg.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && seg.split('.').all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pattern of DOMAIN.md §5 reads and writes back unchanged.
    #[test]
    fn p4_4_every_domain_symbol_round_trips() {
        for text in [
            "CCM/78",
            "CCM/MSP/2010/PM/10",
            "CCM/MSP/2024/1",
            "CCM/MSP/2024/2/Rev.1",
            "CCM/MSP/2012/5",
            "CCM/MSP/2011/WP.2",
            "CCM/MSP/2011/WP.3/Rev.1/Amend.1",
            "CCM/MSP/2011/WP.5",
            "CCM/MSP/2010/3",
            "CCM/MSP/2025/3",
            "CCM/CONF/2020/1",
            "CCM/CONF/2020/16",
            "CCM/CONF/2015/WP.3",
            "CCM/CONF/2015/PM.1/2",
            "CCM/MSP/2024/9/Corr.1",
            "APLC/MSP.7/2006/5",
            "APLC/CONF/2019/5",
            "CCW/MSP/2009/5",
            "CCW/P.V/CONF/2018/5",
            "BWC/CONF.VI/6",
            "ATT/CSP1/2015/6",
        ] {
            let s = Symbol::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(s.to_string(), text);
        }
    }

    #[test]
    fn p4_4_parts_are_read() {
        let s = Symbol::parse("CCM/MSP/2011/WP.3/Rev.1/Amend.1").expect("parses");
        assert_eq!(s.treaty, "CCM");
        assert_eq!(s.organ, vec!["MSP".to_string()]);
        assert_eq!(s.year, Some(2011));
        assert_eq!(s.item, Item::Series("WP".into(), 3));
        assert_eq!(s.modifiers, vec![(Modifier::Rev, 1), (Modifier::Amend, 1)]);
        assert_eq!(s.original().to_string(), "CCM/MSP/2011/WP.3");
        let pm = Symbol::parse("CCM/CONF/2015/PM.1/2").expect("parses");
        assert_eq!((pm.preparatory, pm.item), (Some(Some(1)), Item::Number(2)));
        let ccw = Symbol::parse("CCW/P.V/CONF/2018/5").expect("parses");
        assert_eq!(ccw.organ, vec!["P.V".to_string(), "CONF".to_string()]);
    }

    #[test]
    fn p4_4_bad_symbols_are_refused_with_the_part() {
        for (text, part) in [
            ("", "not a document symbol"),
            ("CCM", "not a document symbol"),
            ("CCM//2011/1", "not a document symbol"),
            ("ccm/MSP/2011/1", "\"ccm\""),
            ("CCM/MSP/2011/WP", "\"WP\""),
            ("CCM/MSP/2011/WP.03", "\"WP.03\""),
            ("CCM/MSP/2011/XX.3", "\"XX.3\""),
            ("CCM/2011/MSP/1", "\"MSP\" is out of place"),
            ("CCM/MSP/2011/2012/1", "\"2012\" is out of place"),
            ("CCM/MSP/2011/../1", "\"..\""),
        ] {
            let err = Symbol::parse(text).expect_err(text);
            assert!(err.sentence.contains(part), "{text}: {err}");
        }
    }

    #[test]
    fn p4_4_next_free_number_for_a_meeting() {
        let existing: Vec<Symbol> = [
            "CCM/MSP/2012/1",
            "CCM/MSP/2012/2",
            "CCM/MSP/2012/2/Rev.1",
            "CCM/MSP/2012/WP.1",
            "CCM/MSP/2011/7",
        ]
        .iter()
        .map(|s| Symbol::parse(s).expect("parses"))
        .collect();
        let root = Symbol::root("CCM/MSP/{year}", 2012);
        assert_eq!(
            next_free(&root, None, &existing).expect("next").to_string(),
            "CCM/MSP/2012/3"
        );
        assert_eq!(
            next_free(&root, Some("WP"), &existing)
                .expect("next")
                .to_string(),
            "CCM/MSP/2012/WP.2"
        );
        assert_eq!(
            next_free("CCM/MSP/2013", None, &existing)
                .expect("next")
                .to_string(),
            "CCM/MSP/2013/1"
        );
    }

    #[test]
    fn p4_4_revisions_and_corrigenda_chain() {
        let existing: Vec<Symbol> = [
            "CCM/MSP/2011/WP.3",
            "CCM/MSP/2011/WP.3/Rev.1",
            "CCM/MSP/2011/WP.3/Rev.1/Amend.1",
        ]
        .iter()
        .map(|s| Symbol::parse(s).expect("parses"))
        .collect();
        let wp3 = &existing[0];
        assert_eq!(
            wp3.next(Modifier::Rev, &existing).to_string(),
            "CCM/MSP/2011/WP.3/Rev.2"
        );
        let rev1 = &existing[1];
        assert_eq!(
            rev1.next(Modifier::Amend, &existing).to_string(),
            "CCM/MSP/2011/WP.3/Rev.1/Amend.2"
        );
        assert_eq!(
            rev1.next(Modifier::Corr, &existing).to_string(),
            "CCM/MSP/2011/WP.3/Rev.1/Corr.1"
        );
        assert_eq!(
            rev1.next(Modifier::Rev, &existing).to_string(),
            "CCM/MSP/2011/WP.3/Rev.2"
        );
    }
}
