//! Property tests (issue 11, item 4: fuzzing on stable) for the store's parsers of outside
//! files: the participation CSV (`parse_participation_csv`) and the iCalendar import
//! (`ical::parse_events`), with the feed writer as the other half of a round trip. 256 cases
//! each (`PROPTEST_CASES` changes it). They assert, for every input: no panic; a refusal is a
//! list of sentences, each naming its line or event; what is written is read back.

use std::collections::HashSet;

use proptest::prelude::*;
use proptest::test_runner::Config;
use time::{Date, Duration};
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::{EntryIntoForceRule, WithdrawalRule};
use treatydesk_store::StoreError;
use treatydesk_store::ical::{self, FeedEvent, MAX_DEPTH};
use treatydesk_store::participation::parse_participation_csv;
use treatydesk_store::registry::ConventionRules;

fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(256);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

fn ccm_rules() -> ConventionRules {
    ConventionRules {
        entry_into_force: Some(EntryIntoForceRule::ccm()),
        withdrawal: Some(WithdrawalRule::ccm()),
        formal_meetings: None,
    }
}

const HEADER: &str = "state,iso3,signature_date,ratification_date,entry_into_force_date,note";

fn day(offset: i64) -> Date {
    time::macros::date!(2008 - 12 - 03) + Duration::days(offset)
}

/// One CSV cell: dates, codes, quotes, separators, spaces and any text.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        (0i64..8000).prop_map(|d| format_date(day(d))),
        "[A-Z]{3}",
        "[0-9]{4}-[0-9]{2}-[0-9]{2}",
        Just("\"".to_string()),
        Just(",".to_string()),
        Just("\"a,b\"".to_string()),
        Just("accession".to_string()),
        Just("withdrawal took effect on 2025-".to_string()),
        any::<String>(),
    ]
}

/// Text that looks like a participation file: the header (or a damaged one) and rows of cells.
fn csvish() -> impl Strategy<Value = String> {
    let row = proptest::collection::vec(cell(), 0..9).prop_map(|cells| cells.join(","));
    (
        prop_oneof![
            Just(HEADER.to_string()),
            Just(format!(
                "{HEADER},deposit_kind,withdrawal_notice_date,withdrawal_effective_date"
            )),
            Just("state,iso3".to_string()),
            cell(),
        ],
        proptest::collection::vec(row, 0..8),
        prop_oneof![Just("\n"), Just("\r\n")],
    )
        .prop_map(|(header, rows, end)| {
            std::iter::once(header)
                .chain(rows)
                .collect::<Vec<_>>()
                .join(end)
        })
}

/// A row the CCM's rules accept: a known State, signed, perhaps deposited after signature.
#[derive(Clone, Debug)]
struct GoodRow {
    state: String,
    iso3: String,
    signed: Date,
    deposited: Option<Date>,
    note: String,
}

fn good_rows() -> impl Strategy<Value = Vec<GoodRow>> {
    proptest::collection::btree_set("[A-Z]{3}", 1..12).prop_flat_map(|codes| {
        let codes: Vec<String> = codes.into_iter().collect();
        let n = codes.len();
        (
            Just(codes),
            proptest::collection::vec(
                (
                    "\\PC{1,30}",
                    0i64..6000,
                    proptest::option::of(0i64..3000),
                    "[a-zA-Z ,;\"'é]{0,40}",
                ),
                n,
            ),
        )
            .prop_map(|(codes, parts)| {
                codes
                    .into_iter()
                    .zip(parts)
                    .map(|(iso3, (state, signed, later, note))| GoodRow {
                        state,
                        iso3,
                        signed: day(signed),
                        deposited: later.map(|l| day(signed + l)),
                        note,
                    })
                    .collect()
            })
    })
}

fn write_csv(rows: &[GoodRow]) -> String {
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
    let _ = writer.write_record(HEADER.split(','));
    for r in rows {
        let eif = r
            .deposited
            .map(|d| format_date(EntryIntoForceRule::ccm().for_deposit(d)))
            .unwrap_or_default();
        let _ = writer.write_record([
            r.state.as_str(),
            r.iso3.as_str(),
            &format_date(r.signed),
            &r.deposited.map(format_date).unwrap_or_default(),
            &eif,
            r.note.as_str(),
        ]);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

proptest! {
    #![proptest_config(config())]

    /// Any text: no panic, and a refusal lists sentences that each name a line (or say the
    /// file has no rows); an accepted file gives one record per known State, each once.
    #[test]
    fn p1_2_any_participation_text_is_read_or_refused_line_by_line(text in prop_oneof![csvish(), any::<String>()]) {
        let known: HashSet<&str> = ["NGA", "FRA", "ABC"].into_iter().collect();
        match parse_participation_csv(&text, ccm_rules(), |c| known.contains(c)) {
            Ok(records) => {
                prop_assert!(!records.is_empty());
                let codes: HashSet<&str> = records.iter().map(|p| p.actor.as_str()).collect();
                prop_assert_eq!(codes.len(), records.len());
                prop_assert!(codes.is_subset(&known));
                for p in &records {
                    if let (Some(s), Some(d)) = (p.signed_on, p.deposited_on) {
                        prop_assert!(s <= d);
                    }
                }
            }
            Err(StoreError::Invalid(problems)) => {
                prop_assert!(!problems.is_empty());
                for p in &problems {
                    prop_assert!(
                        p.sentence.starts_with("line ") || p.sentence == "the file has a header but no rows",
                        "{}", p
                    );
                }
            }
            Err(other) => prop_assert!(false, "not a clean refusal: {other:?}"),
        }
    }

    /// Rows the rules accept, written as CSV (quoted where needed), read back as the same
    /// records, with the entry into force the CCM's Art. 17 gives.
    #[test]
    fn p1_2_participation_rows_written_as_csv_are_read_back(rows in good_rows()) {
        let text = write_csv(&rows);
        let known: HashSet<String> = rows.iter().map(|r| r.iso3.clone()).collect();
        let records = parse_participation_csv(&text, ccm_rules(), |c| known.contains(c))
            .map_err(|e| TestCaseError::fail(format!("{e:?}\n{text}")))?;
        prop_assert_eq!(records.len(), rows.len());
        for (r, p) in rows.iter().zip(&records) {
            prop_assert_eq!(&p.actor, &r.iso3);
            prop_assert_eq!(p.signed_on, Some(r.signed));
            prop_assert_eq!(p.deposited_on, r.deposited);
            prop_assert_eq!(p.in_force_on, r.deposited.map(|d| EntryIntoForceRule::ccm().for_deposit(d)));
            prop_assert_eq!(&p.note, r.note.trim());
        }
    }
}

/// Lines of an iCalendar file, in any order and nesting.
fn icalish() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("BEGIN:VCALENDAR".to_string()),
        Just("END:VCALENDAR".to_string()),
        Just("BEGIN:VEVENT".to_string()),
        Just("END:VEVENT".to_string()),
        Just("BEGIN:VALARM".to_string()),
        Just("END:VALARM".to_string()),
        Just("VERSION:2.0".to_string()),
        "UID:[ -~]{0,20}",
        "SUMMARY:\\PC{0,30}",
        "LOCATION:[ -~]{0,20}",
        "DTSTART(;VALUE=DATE)?:[0-9]{8}(T[0-9]{6}Z?)?",
        "DTEND(;VALUE=DATE)?:[0-9]{8}(T[0-9]{6}Z?)?",
        "DTSTART;TZID=[A-Za-z/]{1,15}:[0-9T]{0,16}",
        Just(" folded continuation".to_string()),
        Just("\tfolded".to_string()),
        "[A-Z-]{1,10}(;[A-Z]+=[^:\r\n]{0,8})?:[^\r\n]{0,20}",
        any::<String>(),
    ];
    (
        proptest::collection::vec(line, 0..30),
        prop_oneof![Just("\r\n"), Just("\n"), Just("\r")],
    )
        .prop_map(|(lines, end)| lines.join(end) + end)
}

fn feed_events() -> impl Strategy<Value = Vec<(FeedEvent, String)>> {
    proptest::collection::btree_set("[A-Za-z0-9.@-]{1,30}", 1..6).prop_flat_map(|uids| {
        let n = uids.len();
        (
            Just(uids.into_iter().collect::<Vec<_>>()),
            proptest::collection::vec(
                (
                    prop_oneof!["\\PC{1,90}", any::<String>(), "[ -~]{1,90}"],
                    prop_oneof![
                        "\\PC{0,40}",
                        any::<String>(),
                        Just("Geneva\rX-INJECTED:1".to_string())
                    ],
                    0i64..40000,
                    0i64..30,
                ),
                n,
            ),
        )
            .prop_map(|(uids, parts)| {
                uids.into_iter()
                    .zip(parts)
                    .map(|(uid, (title, venue, opens, length))| {
                        let opens_on = time::macros::date!(1990 - 01 - 01) + Duration::days(opens);
                        (
                            FeedEvent {
                                uid: uid.clone(),
                                title,
                                venue,
                                opens_on,
                                closes_on: opens_on + Duration::days(length),
                                url: None,
                                description: String::new(),
                            },
                            uid,
                        )
                    })
                    .collect()
            })
    })
}

/// What the import keeps of a text: one line, control characters as spaces, trimmed.
fn one_line(text: &str) -> String {
    ical::ical_text(text)
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_string()
}

proptest! {
    #![proptest_config(config())]

    /// Any text, or any jumble of calendar lines: no panic, no stack overflow, and a refusal
    /// is a list of sentences; accepted events have a UID and end no earlier than they open.
    #[test]
    fn p1_3_any_calendar_text_is_read_or_refused_with_sentences(text in prop_oneof![icalish(), any::<String>()]) {
        match ical::parse_events(&text) {
            Ok(events) => {
                prop_assert!(!events.is_empty());
                for e in &events {
                    prop_assert!(!e.uid.is_empty());
                    prop_assert!(e.closes_on >= e.opens_on);
                    for t in [&e.uid, &e.title, &e.venue] {
                        prop_assert!(!t.chars().any(char::is_control), "{:?}", t);
                    }
                }
            }
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                prop_assert!(problems.iter().all(|p| !p.sentence.trim().is_empty() && p.translatable()));
            }
        }
    }

    /// Nesting deeper than the limit is refused before parsing, however the lines are folded
    /// or cased (D4).
    #[test]
    fn d4_nesting_beyond_the_limit_is_refused_whatever_the_spelling(
        depth in (MAX_DEPTH + 1)..(MAX_DEPTH + 4000),
        lower in any::<bool>(),
        folded in any::<bool>(),
    ) {
        let begin = match (lower, folded) {
            (false, false) => "BEGIN:VEVENT\r\n",
            (true, false) => "begin:vevent\r\n",
            (false, true) => "BEG\r\n IN:VEVENT\r\n",
            (true, true) => "be\r\n\tgin:VEVENT\r\n",
        };
        let text = "BEGIN:VCALENDAR\r\n".to_string() + &begin.repeat(depth);
        let problems = ical::parse_events(&text).err().unwrap_or_default();
        prop_assert!(problems.iter().any(|p| p.sentence.contains("deep")), "{:?}", problems);
    }

    /// Meetings written as a feed (any titles and venues, control characters included) are read
    /// back by the import: the same UIDs and days, the text on one line, nothing injected.
    #[test]
    fn p1_3_a_feed_is_read_back_by_the_import(events in feed_events()) {
        let feed: Vec<FeedEvent> = events.iter().map(|(e, _)| e.clone()).collect();
        let text = ical::write_feed("CCM meetings", &feed);
        for line in text.split("\r\n") {
            prop_assert!(!line.contains('\r') && !line.contains('\n'));
            prop_assert!(!line.starts_with("X-INJECTED"), "{:?}", line);
            prop_assert!(line.len() <= 75, "{:?}", line);
        }
        let back = ical::parse_events(&text).map_err(|p| TestCaseError::fail(format!("{p:?}\n{text}")))?;
        prop_assert_eq!(back.len(), feed.len());
        for (got, (sent, uid)) in back.iter().zip(&events) {
            prop_assert_eq!(&got.uid, uid);
            prop_assert_eq!(got.opens_on, sent.opens_on);
            prop_assert_eq!(got.closes_on, sent.closes_on);
            let title = one_line(&sent.title);
            let title = if title.is_empty() { "(untitled)".to_string() } else { title };
            prop_assert_eq!(&got.title, &title);
            prop_assert_eq!(&got.venue, &one_line(&sent.venue));
        }
    }

    /// A valid feed damaged anywhere (bytes cut or replaced) never panics the import.
    #[test]
    fn p1_3_a_damaged_feed_is_refused_or_read_never_a_panic(
        events in feed_events(),
        cut in any::<proptest::sample::Index>(),
        len in 0usize..40,
        junk in "[\\PC\r\n:;]{0,8}",
    ) {
        let feed: Vec<FeedEvent> = events.into_iter().map(|(e, _)| e).collect();
        let text = ical::write_feed("CCM", &feed);
        let mut at = cut.index(text.len().max(1));
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let mut end = (at + len).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let damaged = format!("{}{junk}{}", &text[..at], &text[end..]);
        let _ = ical::parse_events(&damaged);
    }
}
