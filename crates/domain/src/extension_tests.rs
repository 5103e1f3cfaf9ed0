//! The extension-request findings, rule by rule, each accepting and refusing, with the rules
//! written as the CCM preset writes them (Art. 3: 4 years; Art. 4: 5 years and before the
//! deadline; both 9 months before the deciding meeting).

use super::*;
use crate::obligation::{Content, DecisionRule, FurtherRequests};
use time::macros::date;

fn rule(max_years: u32, before_deadline: bool, keys: &str) -> ExtensionRule {
    ExtensionRule {
        max_years,
        months_before_meeting: Some(9),
        before_deadline,
        further: FurtherRequests::Renewable,
        decided_by: Some(DecisionRule::MajorityPresentAndVoting),
        contents: keys
            .chars()
            .map(|k| Content {
                key: k.to_string(),
                text: format!("content {k}"),
            })
            .collect(),
    }
}

fn art3() -> ExtensionRule {
    rule(4, false, "abcdef")
}

fn art4() -> ExtensionRule {
    rule(5, true, "abcdefghi")
}

fn all(keys: &str) -> BTreeMap<String, String> {
    keys.chars()
        .map(|k| (k.to_string(), format!("DEMO text {k}")))
        .collect()
}

fn facts<'a>(
    article: &'a str,
    contents: &'a BTreeMap<String, String>,
    submitted_on: Date,
    asked_to: Date,
) -> RequestFacts<'a> {
    RequestFacts {
        article,
        submitted_on,
        deadline: Some(date!(2026 - 08 - 01)),
        asked_to: Some(asked_to),
        // A meeting opening on 1 Sep 2026: on time up to 1 Dec 2025.
        meeting_chosen: true,
        meeting_opens_on: Some(date!(2026 - 09 - 01)),
        contents,
    }
}

fn codes(found: &[RequestFinding]) -> Vec<&'static str> {
    found.iter().map(|f| f.code).collect()
}

#[test]
fn art3_extension_longer_than_four_years_refused() {
    let c = all("abcdef");
    let ok = findings(
        &art3(),
        &facts("Art. 3.2", &c, date!(2025 - 11 - 01), date!(2030 - 08 - 01)),
    );
    assert!(ok.is_empty(), "{ok:?}");
    let long = findings(
        &art3(),
        &facts("Art. 3.2", &c, date!(2025 - 11 - 01), date!(2030 - 08 - 02)),
    );
    assert_eq!(codes(&long), vec!["too-long"]);
    assert_eq!(long[0].severity, Severity::Error);
    assert_eq!(long[0].max_years, Some(4));
    assert!(has_errors(&long));
}

#[test]
fn art4_extension_longer_than_five_years_refused() {
    let c = all("abcdefghi");
    let ok = findings(
        &art4(),
        &facts("Art. 4.1", &c, date!(2025 - 11 - 01), date!(2031 - 08 - 01)),
    );
    assert!(ok.is_empty(), "{ok:?}");
    let long = findings(
        &art4(),
        &facts("Art. 4.1", &c, date!(2025 - 11 - 01), date!(2031 - 09 - 01)),
    );
    assert_eq!(codes(&long), vec!["too-long"]);
    assert_eq!(long[0].max_years, Some(5));
}

#[test]
fn art4_extension_later_than_nine_months_before_the_meeting_warned_with_the_day_on_time() {
    let c = all("abcdefghi");
    let on_time = findings(
        &art4(),
        &facts("Art. 4.1", &c, date!(2025 - 12 - 01), date!(2028 - 08 - 01)),
    );
    assert!(on_time.is_empty(), "{on_time:?}");
    let late = findings(
        &art4(),
        &facts("Art. 4.1", &c, date!(2025 - 12 - 02), date!(2028 - 08 - 01)),
    );
    assert_eq!(codes(&late), vec!["late-for-meeting"]);
    assert_eq!(late[0].severity, Severity::Warning);
    assert_eq!(late[0].date, Some(date!(2025 - 12 - 01)));
    assert!(
        !has_errors(&late),
        "a late request is a warning, not an error"
    );
}

#[test]
fn art4_extension_after_deadline_refused() {
    let c = all("abcdefghi");
    let mut before = facts("Art. 4.1", &c, date!(2026 - 07 - 31), date!(2028 - 08 - 01));
    before.meeting_opens_on = Some(date!(2027 - 09 - 01));
    assert!(findings(&art4(), &before).is_empty());
    let mut after = before.clone();
    after.submitted_on = date!(2026 - 08 - 01);
    let found = findings(&art4(), &after);
    assert_eq!(codes(&found), vec!["after-deadline"]);
    assert_eq!(found[0].date, Some(date!(2026 - 08 - 01)));
    // Art. 3 has no such rule: the same dates pass.
    let c3 = all("abcdef");
    let mut art3_after = facts(
        "Art. 3.2",
        &c3,
        date!(2026 - 08 - 01),
        date!(2028 - 08 - 01),
    );
    art3_after.meeting_opens_on = Some(date!(2027 - 09 - 01));
    assert!(findings(&art3(), &art3_after).is_empty());
}

#[test]
fn art4_6_required_content_missing_refused() {
    let full = all("abcdefghi");
    assert!(
        findings(
            &art4(),
            &facts(
                "Art. 4.1",
                &full,
                date!(2025 - 11 - 01),
                date!(2028 - 08 - 01)
            )
        )
        .is_empty()
    );
    let mut gap = full.clone();
    gap.insert("g".into(), "   ".into());
    gap.remove("h");
    let found = findings(
        &art4(),
        &facts(
            "Art. 4.1",
            &gap,
            date!(2025 - 11 - 01),
            date!(2028 - 08 - 01),
        ),
    );
    assert_eq!(codes(&found), vec!["content-missing", "content-missing"]);
    let keys: Vec<_> = found.iter().filter_map(|f| f.content.clone()).collect();
    assert_eq!(keys, vec!["g".to_string(), "h".to_string()]);
    assert!(has_errors(&found));
}

#[test]
fn art3_4_required_content_missing_refused() {
    let full = all("abcdef");
    let fine = facts(
        "Art. 3.2",
        &full,
        date!(2025 - 11 - 01),
        date!(2028 - 08 - 01),
    );
    assert!(findings(&art3(), &fine).is_empty());
    let empty = BTreeMap::new();
    let found = findings(
        &art3(),
        &facts(
            "Art. 3.2",
            &empty,
            date!(2025 - 11 - 01),
            date!(2028 - 08 - 01),
        ),
    );
    assert_eq!(found.len(), 6);
    assert!(found.iter().all(|f| f.code == "content-missing"));
}

#[test]
fn extension_period_must_be_later_than_the_deadline_and_the_meeting_chosen() {
    let c = all("abcdefghi");
    let mut f = facts("Art. 4.1", &c, date!(2025 - 11 - 01), date!(2026 - 08 - 01));
    assert_eq!(codes(&findings(&art4(), &f)), vec!["period-not-later"]);
    f.asked_to = None;
    f.meeting_chosen = false;
    f.meeting_opens_on = None;
    assert_eq!(
        codes(&findings(&art4(), &f)),
        vec!["period-missing", "meeting-missing"]
    );
    f.meeting_chosen = true;
    let undated = findings(&art4(), &f);
    assert_eq!(codes(&undated), vec!["period-missing", "meeting-undated"]);
    assert_eq!(undated[1].severity, Severity::Warning);
    f.asked_to = Some(date!(2028 - 08 - 01));
    f.meeting_opens_on = Some(date!(2026 - 09 - 01));
    f.deadline = None;
    let unknown = findings(&art4(), &f);
    assert_eq!(codes(&unknown), vec!["deadline-unknown"]);
    assert!(!has_errors(&unknown));
}

#[test]
fn months_between_counts_a_part_month_as_one() {
    assert_eq!(
        months_between(date!(2026 - 08 - 01), date!(2031 - 08 - 01)),
        60
    );
    assert_eq!(
        months_between(date!(2026 - 08 - 01), date!(2031 - 08 - 02)),
        61
    );
    assert_eq!(
        months_between(date!(2026 - 01 - 15), date!(2026 - 02 - 10)),
        1
    );
    assert_eq!(
        months_between(date!(2026 - 01 - 15), date!(2026 - 01 - 15)),
        0
    );
}
