//! The index on a handful of entries: inflections, Arabic with and without diacritics, facets,
//! and access levels (a restricted entry's words never surface for a lower reader).

use super::*;

fn entry(key: &str, lang: &str, title: &str, text: &str, access: AccessLevel) -> Entry {
    Entry {
        key: key.into(),
        kind: "document".into(),
        convention: "ccm".into(),
        title: title.into(),
        text: text.into(),
        lang: lang.into(),
        url: format!("/ccm/documents/{key}"),
        meeting: Some("3MSP".into()),
        doc_type: Some("report".into()),
        year: Some(2012),
        access,
    }
}

fn index() -> SearchIndex {
    let index = SearchIndex::in_memory().expect("index");
    index
        .rebuild(
            [
                entry(
                    "1:fr",
                    "fr",
                    "Rapport final",
                    "Les réunions intersessions se tiendront à Genève.",
                    AccessLevel::Public,
                ),
                entry(
                    "1:es",
                    "es",
                    "Informe final",
                    "Las reuniones entre períodos de sesiones en Ginebra.",
                    AccessLevel::Public,
                ),
                entry(
                    "1:ar",
                    "ar",
                    "التقرير الختامي",
                    "عُقِدَ المُؤْتَمَرُ في جنيف",
                    AccessLevel::Public,
                ),
                entry(
                    "2:en",
                    "en",
                    "Committee minutes",
                    "The Coordinators discussed the confidential budget shortfall.",
                    AccessLevel::Committee,
                ),
                entry(
                    "3:en",
                    "en",
                    "Progress report",
                    "Meetings of States Parties and the budget of the ISU.",
                    AccessLevel::Public,
                ),
            ],
            |_| {},
        )
        .expect("rebuild");
    index
}

fn search(index: &SearchIndex, text: &str, level: AccessLevel) -> Results {
    index
        .search(
            &Search {
                text: text.into(),
                limit: 10,
                ..Default::default()
            },
            level,
        )
        .expect("search")
}

fn keys(r: &Results) -> Vec<String> {
    r.hits.iter().map(|h| h.key.clone()).collect()
}

#[test]
fn p4_4_french_document_found_by_another_inflection() {
    let i = index();
    // "réunion" also reads as the Spanish "reunión": both versions of the report match.
    let fr = keys(&search(&i, "réunion", AccessLevel::Public));
    assert!(fr.contains(&"1:fr".to_string()), "{fr:?}");
    assert_eq!(
        keys(&search(&i, "tiendront", AccessLevel::Public)),
        vec!["1:fr"]
    );
    let es = keys(&search(&i, "reuniones", AccessLevel::Public));
    assert!(es.contains(&"1:es".to_string()), "{es:?}");
    assert_eq!(
        keys(&search(&i, "meeting", AccessLevel::Public)),
        vec!["3:en"]
    );
}

#[test]
fn p4_4_arabic_found_with_and_without_diacritics() {
    let i = index();
    assert_eq!(
        keys(&search(&i, "المؤتمر", AccessLevel::Public)),
        vec!["1:ar"]
    );
    assert_eq!(
        keys(&search(&i, "المُؤْتَمَر", AccessLevel::Public)),
        vec!["1:ar"]
    );
}

#[test]
fn p4_4_restricted_words_never_surface_for_a_lower_reader() {
    let i = index();
    for level in [AccessLevel::Public, AccessLevel::StatesParties] {
        let r = search(&i, "confidential", level);
        assert_eq!(r.total, 0, "{level:?}");
        assert!(r.hits.is_empty());
        assert!(r.types.is_empty() && r.meetings.is_empty() && r.years.is_empty());
        // A shared word counts only what the reader may see, and no snippet shows the rest.
        let budget = search(&i, "budget", level);
        assert_eq!(keys(&budget), vec!["3:en"], "{level:?}");
        assert_eq!(
            budget.types,
            vec![FacetCount {
                value: "report".into(),
                count: 1
            }]
        );
        assert!(
            budget
                .hits
                .iter()
                .all(|h| !h.snippet.contains("confidential"))
        );
    }
    for level in [AccessLevel::Committee, AccessLevel::Isu] {
        let r = search(&i, "confidential", level);
        assert_eq!(keys(&r), vec!["2:en"], "{level:?}");
        assert!(
            r.hits[0].snippet.contains("<b>confidential</b>"),
            "{}",
            r.hits[0].snippet
        );
    }
}

#[test]
fn facets_count_and_filter() {
    let i = index();
    let all = search(&i, "", AccessLevel::Isu);
    assert_eq!(all.total, 5);
    assert_eq!(
        all.years,
        vec![FacetCount {
            value: "2012".into(),
            count: 5
        }]
    );
    assert_eq!(all.langs.len(), 4);
    let fr = i
        .search(
            &Search {
                lang: Some("fr".into()),
                limit: 10,
                ..Default::default()
            },
            AccessLevel::Public,
        )
        .expect("search");
    assert_eq!(keys(&fr), vec!["1:fr"]);
    let none = i
        .search(
            &Search {
                year: Some(2013),
                limit: 10,
                ..Default::default()
            },
            AccessLevel::Isu,
        )
        .expect("search");
    assert_eq!(none.total, 0);
}

#[test]
fn upsert_replaces_by_key_and_bad_syntax_is_not_an_error() {
    let i = index();
    i.upsert(&[entry(
        "3:en",
        "en",
        "Progress report",
        "Now about clearance only.",
        AccessLevel::Public,
    )])
    .expect("upsert");
    assert_eq!(i.len(), 5);
    assert!(
        search(&i, "budget", AccessLevel::Isu)
            .hits
            .iter()
            .all(|h| h.key != "3:en")
    );
    assert_eq!(
        keys(&search(&i, "clearance", AccessLevel::Public)),
        vec!["3:en"]
    );
    // Unbalanced quotes and stray operators are read leniently.
    let r = search(&i, "\"clearance AND (", AccessLevel::Public);
    assert!(r.total <= 5);
    // A word followed by a colon is not a field name (the router's property test found
    // `ઁ:*'` answered 503 "The field does not exist").
    for text in ["ઁ:*'", "nofield:*", "title:clearance", "10:00 clearance"] {
        let r = search(&i, text, AccessLevel::Public);
        assert!(r.total <= 5, "{text}");
    }
    assert_eq!(
        keys(&search(&i, "report: clearance", AccessLevel::Public)),
        vec!["3:en"]
    );
}

#[test]
fn i13_an_idle_writer_is_let_go_and_the_next_change_makes_another() {
    let i = index();
    assert!(i.writer_is_open());
    // A change just came: the writer stays.
    assert!(
        !i.release_idle_writer(Duration::from_secs(60))
            .expect("release")
    );
    assert!(i.writer_is_open());
    assert!(i.release_idle_writer(Duration::ZERO).expect("release"));
    assert!(!i.writer_is_open());
    i.upsert(&[entry(
        "9:en",
        "en",
        "Idle writer",
        "A later change is searchable.",
        AccessLevel::Public,
    )])
    .expect("upsert");
    assert!(i.writer_is_open());
    assert_eq!(
        keys(&search(&i, "later", AccessLevel::Public)),
        vec!["9:en"]
    );
    // What was searchable before is still.
    assert_eq!(
        keys(&search(&i, "tiendront", AccessLevel::Public)),
        vec!["1:fr"]
    );
}

#[test]
fn i13_a_second_process_cannot_open_an_index_in_use() {
    let dir = std::env::temp_dir().join(format!("td-search-lock-{}", std::process::id()));
    let first = SearchIndex::open(&dir).expect("first");
    assert!(first.release_idle_writer(Duration::ZERO).is_ok());
    // Refused with no writer open: the index's own lock is held for its life.
    assert!(matches!(
        SearchIndex::open(&dir),
        Err(SearchError::Unavailable(_))
    ));
    drop(first);
    assert!(SearchIndex::open(&dir).is_ok(), "opens once let go");
    let _ = std::fs::remove_dir_all(&dir);
}
