//! The bounds on what a request may ask for: page numbers, text from outside (no control
//! characters), and the bounded, evicting counters behind every rate limit (sign-in failures,
//! public registrations).
//!
//! Everything here is pure bookkeeping: it never reads or writes records, and it never keeps
//! more than a fixed number of keys in memory, whatever the clients send.

use std::hash::Hash;
use std::num::NonZeroUsize;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use lru::LruCache;

use crate::WebError;

/// The deepest result page a search serves (20 a page: the first 10,000 hits).
pub const MAX_PAGE: usize = 500;

/// Reads a `page` parameter: empty means 1; anything but a number from 1 to [`MAX_PAGE`] is
/// refused with a sentence, never clamped silently and never used to size a buffer.
pub fn page_number(raw: &str) -> Result<usize, WebError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(1);
    }
    match raw.parse::<usize>() {
        Ok(p) if (1..=MAX_PAGE).contains(&p) => Ok(p),
        _ => Err(WebError::BadRequest(format!(
            "page \"{}\" must be a number from 1 to {MAX_PAGE}",
            shorten(raw)
        ))),
    }
}

/// At most 40 characters of a value, for a message that quotes it.
pub fn shorten(raw: &str) -> String {
    let mut s: String = raw.chars().take(40).collect();
    if raw.chars().count() > 40 {
        s.push('…');
    }
    s
}

/// A control character no field may hold (NUL, escape, bell...). Tab, carriage return and line
/// feed are allowed only where `multiline` is true (text areas).
pub fn is_forbidden_control(c: char, multiline: bool) -> bool {
    if multiline && matches!(c, '\t' | '\r' | '\n') {
        return false;
    }
    c.is_control()
}

/// Refuses a value from outside that holds a control character.
pub fn check_text(field: &str, value: &str, multiline: bool) -> Result<(), WebError> {
    if value.chars().any(|c| is_forbidden_control(c, multiline)) {
        Err(WebError::BadRequest(format!(
            "{field} holds a control character (such as NUL); remove it and try again"
        )))
    } else {
        Ok(())
    }
}

/// A CSV cell a spreadsheet will not run (D6): a value starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return is prefixed with an apostrophe, so `=HYPERLINK(...)` shows as text.
pub fn csv_cell(value: &str) -> std::borrow::Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{value}"))
    } else {
        std::borrow::Cow::Borrowed(value)
    }
}

/// Text an XML 1.0 document may hold (D14): tab, line feed and carriage return are the only
/// control characters it allows (and no U+FFFE/U+FFFF); others are dropped.
pub fn xml_text(value: &str) -> String {
    value
        .chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r')
                || (!c.is_control() && c != '\u{FFFE}' && c != '\u{FFFF}')
        })
        .collect()
}

/// Events counted per key over a fixed window, for at most `capacity` keys: when full, the key
/// least recently seen is forgotten first. Memory is bounded by `capacity` times the key size,
/// so callers cap their keys' length too. The map grows with the keys seen, up to `capacity`:
/// a quiet server does not hold room for 10,000 clients from its start (issue 13: memory).
pub struct BoundedCounter<K: Hash + Eq> {
    entries: Mutex<LruCache<K, (Instant, u32)>>,
    capacity: NonZeroUsize,
    window: Duration,
}

impl<K: Hash + Eq + Clone> BoundedCounter<K> {
    pub fn new(capacity: usize, window: Duration) -> Self {
        Self {
            entries: Mutex::new(LruCache::unbounded()),
            capacity: NonZeroUsize::new(capacity).unwrap_or(NonZeroUsize::MIN),
            window,
        }
    }

    /// The entry of `key`, made when absent (forgetting the least recently seen key when full).
    fn entry<'m>(
        &self,
        map: &'m mut LruCache<K, (Instant, u32)>,
        key: K,
        now: Instant,
    ) -> &'m mut (Instant, u32) {
        if !map.contains(&key) && map.len() >= self.capacity.get() {
            map.pop_lru();
        }
        map.get_or_insert_mut(key, || (now, 0))
    }

    /// How many events `key` has in the current window.
    pub fn count(&self, key: &K) -> u32 {
        let Ok(mut map) = self.entries.lock() else {
            return 0;
        };
        match map.get(key) {
            Some((start, n)) if start.elapsed() < self.window => *n,
            _ => 0,
        }
    }

    /// Counts one event for `key` and answers the count including it.
    pub fn add(&self, key: K) -> u32 {
        let Ok(mut map) = self.entries.lock() else {
            return u32::MAX;
        };
        let now = Instant::now();
        let entry = self.entry(&mut map, key, now);
        if entry.0.elapsed() >= self.window {
            *entry = (now, 0);
        }
        entry.1 = entry.1.saturating_add(1);
        entry.1
    }

    /// Counts one event unless `key` already has `max` in the window; true when counted.
    pub fn try_add(&self, key: K, max: u32) -> bool {
        let Ok(mut map) = self.entries.lock() else {
            return false;
        };
        let now = Instant::now();
        let entry = self.entry(&mut map, key, now);
        if entry.0.elapsed() >= self.window {
            *entry = (now, 0);
        }
        if entry.1 >= max {
            false
        } else {
            entry.1 += 1;
            true
        }
    }

    /// Forgets `key` (a correct password clears its failures).
    pub fn clear(&self, key: &K) {
        if let Ok(mut map) = self.entries.lock() {
            map.pop(key);
        }
    }

    /// How many keys are held (never more than the capacity).
    pub fn len(&self) -> usize {
        self.entries.lock().map(|m| m.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn d1_page_numbers_are_bounded() {
        assert_eq!(page_number("").ok(), Some(1));
        assert_eq!(page_number(" 3 ").ok(), Some(3));
        assert_eq!(page_number("500").ok(), Some(MAX_PAGE));
        for bad in ["0", "501", "100000000", "9223372036854775807", "-1", "x"] {
            assert!(page_number(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn d6_csv_cells_that_start_a_formula_are_shown_as_text() {
        for bad in [
            "=HYPERLINK(\"http://x\")",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            assert_eq!(csv_cell(bad), format!("'{bad}"));
        }
        assert_eq!(csv_cell("Ana = María"), "Ana = María");
        assert_eq!(csv_cell(""), "");
    }

    #[test]
    fn d14_xml_text_drops_what_xml_cannot_hold() {
        assert_eq!(xml_text("a\u{0}b\u{1b}c\u{7}d\u{FFFF}"), "abcd");
        assert_eq!(xml_text("line\nnext\ttab"), "line\nnext\ttab");
    }

    #[test]
    fn d2_a_counter_holds_at_most_its_capacity() {
        let c = BoundedCounter::new(100, Duration::from_secs(60));
        for i in 0..10_000 {
            c.add(format!("user{i}"));
        }
        assert_eq!(c.len(), 100);
        assert_eq!(c.count(&"user9999".to_string()), 1);
        assert_eq!(c.count(&"user0".to_string()), 0, "evicted");
        assert!(c.try_add("k".to_string(), 2));
        assert!(c.try_add("k".to_string(), 2));
        assert!(!c.try_add("k".to_string(), 2));
    }

    #[test]
    fn d11_control_characters_are_refused_and_newlines_only_where_allowed() {
        assert!(check_text("name", "Ana María", false).is_ok());
        assert!(check_text("name", "a\0b", false).is_err());
        assert!(check_text("name", "a\u{1b}b", true).is_err());
        assert!(check_text("name", "a\nb", false).is_err());
        assert!(check_text("note", "a\r\nb\tc", true).is_ok());
    }
}
