//! Test support, never part of the product: writes a finding's message in English by the text
//! of `locales/en/findings.ftl` (the subset of Fluent that file uses: placeables, literals and
//! the selector of a flag), so that tests can check that every finding's message says its
//! sentence word for word. The including module provides `Arg`, `Message` and `format_date`.
#![allow(dead_code)]

use super::{Arg, Message, format_date};
use std::collections::BTreeMap;
use std::sync::{LazyLock, Mutex};

static FILE: &str = include_str!("../../../locales/en/findings.ftl");

/// The ids checked so far in this test process.
pub static CHECKED: LazyLock<Mutex<std::collections::BTreeSet<String>>> =
    LazyLock::new(Default::default);

fn patterns() -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in FILE.lines() {
        if line.starts_with(' ') {
            if let Some(id) = &current
                && let Some(p) = out.get_mut(id)
            {
                p.push('\n');
                p.push_str(line.trim());
            }
            continue;
        }
        current = None;
        if let Some((id, rest)) = line.split_once(" = ")
            && !line.starts_with('#')
        {
            out.insert(id.to_string(), rest.to_string());
            current = Some(id.to_string());
        }
    }
    out
}

fn arg(a: &Arg) -> String {
    match a {
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
        Arg::Number { value } => value.to_string(),
        Arg::Flag { value } => value.to_string(),
        Arg::Messages { messages } => messages.iter().map(render).collect::<Vec<_>>().join("; "),
    }
}

/// The English text of `m` (the subset of Fluent the English file uses).
pub fn render(m: &Message) -> String {
    let patterns = patterns();
    let Some(pattern) = patterns.get(&m.id) else {
        return format!("<no English message {}>", m.id);
    };
    let mut out = String::new();
    let mut rest = pattern.as_str();
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let inner_start = open + 1;
        // The placeable ends at its matching brace.
        let mut depth = 1;
        let mut end = inner_start;
        for (i, c) in rest[inner_start..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                end = inner_start + i;
                break;
            }
        }
        let inner = rest[inner_start..end].trim();
        out.push_str(&placeable(m, inner));
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

fn placeable(m: &Message, inner: &str) -> String {
    if let Some(lit) = inner.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        return lit.to_string();
    }
    let Some(var) = inner.strip_prefix('$') else {
        return format!("<{inner}>");
    };
    match var.split_once("->") {
        None => m.args.get(var.trim()).map_or(format!("<${var}>"), arg),
        Some((name, variants)) => {
            let value = m.args.get(name.trim()).map(arg).unwrap_or_default();
            let mut default = String::new();
            for line in variants.lines().map(str::trim).filter(|l| !l.is_empty()) {
                let star = line.starts_with('*');
                let line = line.trim_start_matches('*');
                let Some((key, text)) = line.trim_start_matches('[').split_once(']') else {
                    continue;
                };
                let text = sub(m, text.trim());
                if key == value {
                    return text;
                }
                if star {
                    default = text;
                }
            }
            default
        }
    }
}

fn sub(m: &Message, text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        out.push_str(&placeable(m, rest[open + 1..open + close].trim()));
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// Panics when the English message of `m` is not `sentence`.
pub fn check(m: &Message, sentence: &str) {
    assert_eq!(render(m), sentence, "the English of {}", m.id);
    if let Ok(mut seen) = CHECKED.lock() {
        seen.extend(m.ids().into_iter().map(str::to_string));
    }
}
