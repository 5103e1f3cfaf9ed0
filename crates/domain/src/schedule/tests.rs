//! Accepting and refusing cases for each meeting rule, on a small CCM-like record.

use std::collections::BTreeMap;

use time::Date;
use time::macros::date;

use super::*;
use crate::architecture::{Architecture, MeetingRule, Office, OfficeTerm, TermRules, Version};
use crate::office::Appointment;

fn rule(kind: MeetingKind, abbreviation: &str, schedule: ScheduleRule) -> MeetingRule {
    MeetingRule {
        kind,
        name: abbreviation.into(),
        abbreviation: abbreviation.into(),
        selects: kind.is_formal(),
        schedule,
        symbols: None,
    }
}

fn p1_1() -> ScheduleRule {
    ScheduleRule {
        clause: "P1.1".into(),
        venue: Some("Geneva".into()),
        window: Some(["01-01".into(), "06-30".into()]),
        max_days: Some(5),
        yearly: true,
        consecutive: true,
        ..Default::default()
    }
}

fn record(meetings: Vec<Meeting>, appointments: Vec<Appointment>) -> Record {
    Record {
        architecture: Architecture {
            versions: vec![Version {
                version: 1,
                effective_on: date!(2011 - 09 - 16),
                adopted_by: "2MSP".into(),
                source: "test".into(),
                meetings: vec![
                    rule(MeetingKind::Msp, "MSP", ScheduleRule::default()),
                    rule(MeetingKind::ReviewConference, "RC", ScheduleRule::default()),
                    rule(MeetingKind::Intersessional, "ISM", p1_1()),
                    rule(
                        MeetingKind::ExtraordinaryMsp,
                        "EMSP",
                        ScheduleRule {
                            clause: "¶18".into(),
                            venue: Some("Geneva".into()),
                            half_day: true,
                            ..Default::default()
                        },
                    ),
                    rule(
                        MeetingKind::CoordinationCommittee,
                        "CC",
                        ScheduleRule {
                            clause: "P3.1".into(),
                            chaired_by: Some("president".into()),
                            ..Default::default()
                        },
                    ),
                ],
                bodies: Vec::new(),
                offices: vec![Office {
                    key: "president".into(),
                    name: "President".into(),
                    term: OfficeTerm::PresidesMeeting,
                    held_by_state: true,
                }],
                committee: None,
                rules: TermRules {
                    cooling_off: true,
                    affected_preference: true,
                },
            }],
        },
        meetings,
        appointments,
        ..Default::default()
    }
}

fn meeting(id: i64, kind: MeetingKind, label: &str, venue: &str, dates: (Date, Date)) -> Meeting {
    Meeting {
        id,
        kind,
        label: label.into(),
        venue: venue.into(),
        opens_on: Some(dates.0),
        closes_on: Some(dates.1),
    }
}

fn president(id: i64, holder: &str, presides: i64) -> Appointment {
    Appointment {
        id,
        post: Post::Office("president".into()),
        holder: holder.into(),
        selected_at: None,
        decision: None,
        cycles: None,
        presides: Some(presides),
        starts_on: None,
        ended_on: None,
        overrides: Vec::new(),
        source: "test".into(),
    }
}

fn findings(
    r: &Record,
    details: &BTreeMap<i64, Details>,
    others: &[OtherMeeting],
    today: Date,
) -> Vec<Finding> {
    check(&Input {
        record: r,
        details,
        others,
        cadence: None,
        entry_into_force: None,
        today,
        now: today,
    })
    .into_iter()
    // The status rule is tested on its own; these meetings keep the default status.
    .filter(|f| f.clause != "record")
    .collect()
}

fn clauses(f: &[Finding]) -> Vec<(String, Severity)> {
    f.iter().map(|f| (f.clause.clone(), f.severity)).collect()
}

fn ism(id: i64, label: &str, venue: &str, dates: (Date, Date)) -> Meeting {
    meeting(id, MeetingKind::Intersessional, label, venue, dates)
}

const TODAY: Date = date!(2012 - 12 - 31);

#[test]
fn p1_1_intersessional_in_geneva_first_half_four_days_accepted() {
    let r = record(
        vec![ism(
            1,
            "1ISM",
            "Geneva",
            (date!(2012 - 04 - 16), date!(2012 - 04 - 19)),
        )],
        Vec::new(),
    );
    assert_eq!(findings(&r, &BTreeMap::new(), &[], TODAY), Vec::new());
}

#[test]
fn p1_1_intersessional_outside_geneva_refused() {
    let r = record(
        vec![ism(
            1,
            "1ISM",
            "Oslo",
            (date!(2012 - 04 - 16), date!(2012 - 04 - 19)),
        )],
        Vec::new(),
    );
    let f = findings(&r, &BTreeMap::new(), &[], TODAY);
    assert_eq!(clauses(&f), vec![("P1.1".into(), Severity::Error)]);
    assert!(
        f[0].sentence.contains("Oslo") && f[0].sentence.contains("Geneva"),
        "{}",
        f[0].sentence
    );
}

#[test]
fn p1_1_intersessional_reaching_into_july_refused() {
    let r = record(
        vec![ism(
            1,
            "1ISM",
            "Geneva",
            (date!(2012 - 06 - 28), date!(2012 - 07 - 02)),
        )],
        Vec::new(),
    );
    let f = findings(&r, &BTreeMap::new(), &[], TODAY);
    assert_eq!(clauses(&f), vec![("P1.1".into(), Severity::Error)]);
    assert!(
        f[0].sentence.contains("30 June 2012") || f[0].sentence.contains("2012-06-30"),
        "{}",
        f[0].sentence
    );
}

#[test]
fn p1_1_five_meeting_days_accepted_six_refused() {
    // Monday to Friday is five meeting days; the weekend does not count.
    let five = record(
        vec![ism(
            1,
            "1ISM",
            "Geneva",
            (date!(2012 - 04 - 16), date!(2012 - 04 - 22)),
        )],
        Vec::new(),
    );
    assert_eq!(findings(&five, &BTreeMap::new(), &[], TODAY), Vec::new());
    let six = record(
        vec![ism(
            1,
            "1ISM",
            "Geneva",
            (date!(2012 - 04 - 16), date!(2012 - 04 - 23)),
        )],
        Vec::new(),
    );
    let f = findings(&six, &BTreeMap::new(), &[], TODAY);
    assert_eq!(clauses(&f), vec![("P1.1".into(), Severity::Error)]);
    assert!(
        f[0].sentence.contains("6 meeting days"),
        "{}",
        f[0].sentence
    );
}

#[test]
fn p1_1_year_without_intersessional_warned() {
    // In force from 16 Sep 2011: 2012 and 2013 are whole years; only 2012 has a meeting.
    let r = record(
        vec![ism(
            1,
            "1ISM",
            "Geneva",
            (date!(2012 - 04 - 16), date!(2012 - 04 - 19)),
        )],
        Vec::new(),
    );
    let f = findings(&r, &BTreeMap::new(), &[], date!(2013 - 08 - 01));
    assert_eq!(clauses(&f), vec![("P1.1".into(), Severity::Warning)]);
    assert!(f[0].sentence.contains("2013"), "{}", f[0].sentence);
    // Before 2013's window opens, 2013 is not yet judged.
    assert_eq!(findings(&r, &BTreeMap::new(), &[], TODAY), Vec::new());
}

#[test]
fn p1_1_two_intersessionals_in_a_year_warned() {
    let r = record(
        vec![
            ism(
                1,
                "1ISM",
                "Geneva",
                (date!(2012 - 04 - 16), date!(2012 - 04 - 19)),
            ),
            ism(
                2,
                "2ISM",
                "Geneva",
                (date!(2012 - 06 - 04), date!(2012 - 06 - 05)),
            ),
        ],
        Vec::new(),
    );
    let f = findings(&r, &BTreeMap::new(), &[], TODAY);
    assert_eq!(clauses(&f), vec![("P1.1".into(), Severity::Warning)]);
    assert_eq!(
        f[0].concerns,
        vec![Concerns::Meeting(1), Concerns::Meeting(2)]
    );
}

fn emsp(sitting: Sitting, dates: (Date, Date)) -> Vec<Finding> {
    let r = record(
        vec![meeting(
            1,
            MeetingKind::ExtraordinaryMsp,
            "1EMSP",
            "Geneva",
            dates,
        )],
        Vec::new(),
    );
    let details = BTreeMap::from([(
        1,
        Details {
            sitting,
            ..Default::default()
        },
    )]);
    findings(&r, &details, &[], TODAY)
        .into_iter()
        .filter(|f| f.clause == "¶18")
        .collect()
}

#[test]
fn p18_extraordinary_msp_half_day_accepted() {
    let day = date!(2012 - 03 - 02);
    assert_eq!(emsp(Sitting::Morning, (day, day)), Vec::new());
    assert_eq!(emsp(Sitting::Afternoon, (day, day)), Vec::new());
}

#[test]
fn p18_extraordinary_msp_whole_day_or_two_days_refused() {
    let day = date!(2012 - 03 - 02);
    let f = emsp(Sitting::Days, (day, day));
    assert_eq!(clauses(&f), vec![("¶18".into(), Severity::Error)]);
    let f = emsp(Sitting::Morning, (day, date!(2012 - 03 - 05)));
    assert_eq!(clauses(&f), vec![("¶18".into(), Severity::Error)]);
}

fn cc(presiding: Option<&str>, day: Date) -> Vec<Finding> {
    let r = record(
        vec![
            meeting(
                10,
                MeetingKind::Msp,
                "2MSP",
                "Beirut",
                (date!(2011 - 09 - 13), date!(2011 - 09 - 16)),
            ),
            meeting(
                11,
                MeetingKind::Msp,
                "3MSP",
                "Oslo",
                (date!(2012 - 09 - 11), date!(2012 - 09 - 14)),
            ),
            meeting(
                1,
                MeetingKind::CoordinationCommittee,
                "1CC",
                "Geneva",
                (day, day),
            ),
        ],
        vec![president(1, "LBN", 10), president(2, "NOR", 11)],
    );
    let details = BTreeMap::from([(
        1,
        Details {
            presiding: presiding.map(str::to_string),
            ..Default::default()
        },
    )]);
    findings(&r, &details, &[], day)
        .into_iter()
        .filter(|f| f.clause == "P3.1")
        .collect()
}

#[test]
fn p3_1_committee_chaired_by_president_in_office_accepted() {
    assert_eq!(cc(Some("LBN"), date!(2012 - 03 - 01)), Vec::new());
    // After the 3MSP opens, Norway's President chairs.
    assert_eq!(cc(Some("NOR"), date!(2012 - 10 - 01)), Vec::new());
}

#[test]
fn p3_1_committee_chaired_by_another_refused() {
    let f = cc(Some("NOR"), date!(2012 - 03 - 01));
    assert_eq!(clauses(&f), vec![("P3.1".into(), Severity::Error)]);
    assert!(f[0].sentence.contains("LBN"), "{}", f[0].sentence);
}

#[test]
fn p3_1_committee_without_chair_on_record_is_info_naming_the_president() {
    // The chair is derived from the office in force: for information, not a warning.
    let f = cc(None, date!(2012 - 03 - 01));
    assert_eq!(clauses(&f), vec![("P3.1".into(), Severity::Info)]);
    assert!(f[0].sentence.contains("LBN"), "{}", f[0].sentence);
    assert!(!f[0].overridable);
    assert_eq!(Severity::Info.slug(), "info");
    assert_eq!(
        serde_json::to_value(Severity::Info).expect("json"),
        serde_json::json!("info")
    );
}

#[test]
fn p3_1_committee_when_no_one_holds_the_chairing_office_warned() {
    // No President on record: no one can chair, which a person must look at.
    let day = date!(2012 - 03 - 01);
    let r = record(
        vec![meeting(
            1,
            MeetingKind::CoordinationCommittee,
            "1CC",
            "Geneva",
            (day, day),
        )],
        Vec::new(),
    );
    let details = BTreeMap::from([(1, Details::default())]);
    let f: Vec<Finding> = findings(&r, &details, &[], day)
        .into_iter()
        .filter(|f| f.clause == "P3.1")
        .collect();
    assert_eq!(clauses(&f), vec![("P3.1".into(), Severity::Warning)]);
}

fn other(title: &str, dates: (Date, Date)) -> OtherMeeting {
    OtherMeeting {
        convention: "APLC".into(),
        title: title.into(),
        venue: "Geneva".into(),
        opens_on: dates.0,
        closes_on: dates.1,
    }
}

#[test]
fn p1_3_consecutive_after_or_before_accepted() {
    // The APLC meeting closes on Friday 20 April; Monday 23 April is the next working day.
    let aplc = [other(
        "intersessional",
        (date!(2012 - 04 - 16), date!(2012 - 04 - 20)),
    )];
    let after = record(
        vec![ism(
            1,
            "1ISM",
            "Geneva",
            (date!(2012 - 04 - 23), date!(2012 - 04 - 26)),
        )],
        Vec::new(),
    );
    assert_eq!(findings(&after, &BTreeMap::new(), &aplc, TODAY), Vec::new());
    // Closing on Friday 13 April, the working day before Monday 16 April.
    let before = record(
        vec![ism(
            1,
            "1ISM",
            "Geneva",
            (date!(2012 - 04 - 10), date!(2012 - 04 - 13)),
        )],
        Vec::new(),
    );
    assert_eq!(
        findings(&before, &BTreeMap::new(), &aplc, TODAY),
        Vec::new()
    );
}

#[test]
fn p1_3_not_adjacent_warned_with_dates_that_keep_p1_1() {
    let aplc = [other(
        "intersessional",
        (date!(2012 - 05 - 21), date!(2012 - 05 - 25)),
    )];
    let r = record(
        vec![ism(
            1,
            "1ISM",
            "Geneva",
            (date!(2012 - 04 - 16), date!(2012 - 04 - 19)),
        )],
        Vec::new(),
    );
    let f = findings(&r, &BTreeMap::new(), &aplc, TODAY);
    assert_eq!(clauses(&f), vec![("P1.3".into(), Severity::Warning)]);
    let s = suggestions(&p1_1(), &r.meetings[0], &aplc);
    let spans: Vec<(Date, Date)> = s.iter().map(|s| (s.opens_on, s.closes_on)).collect();
    // Four meeting days before and after, counted in Geneva's working days: Thursday 17 May
    // 2012 is Ascension Day, so the span before runs from Monday 14 to Friday 18 May; Monday
    // 28 May is Whit Monday, so the span after runs from Tuesday 29 May to Friday 1 June.
    assert_eq!(
        spans,
        vec![
            (date!(2012 - 05 - 14), date!(2012 - 05 - 18)),
            (date!(2012 - 05 - 29), date!(2012 - 06 - 01))
        ]
    );
}

#[test]
fn p1_3_suggestions_never_leave_the_p1_1_window() {
    // The other meeting closes on 29 June: four days after it would run into July.
    let late = [other(
        "meeting of experts",
        (date!(2012 - 06 - 25), date!(2012 - 06 - 29)),
    )];
    let r = record(
        vec![ism(
            1,
            "1ISM",
            "Geneva",
            (date!(2012 - 04 - 16), date!(2012 - 04 - 19)),
        )],
        Vec::new(),
    );
    let s = suggestions(&p1_1(), &r.meetings[0], &late);
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].position, "before");
    assert_eq!(
        (s[0].opens_on, s[0].closes_on),
        (date!(2012 - 06 - 19), date!(2012 - 06 - 22))
    );
}

#[test]
fn p1_3_nothing_to_be_next_to_accepted() {
    let elsewhere = [OtherMeeting {
        venue: "Vienna".into(),
        ..other("meeting", (date!(2012 - 05 - 21), date!(2012 - 05 - 25)))
    }];
    let r = record(
        vec![ism(
            1,
            "1ISM",
            "Geneva",
            (date!(2012 - 04 - 16), date!(2012 - 04 - 19)),
        )],
        Vec::new(),
    );
    assert_eq!(
        findings(&r, &BTreeMap::new(), &elsewhere, TODAY),
        Vec::new()
    );
}

fn cadence_findings(meetings: Vec<Meeting>, today: Date) -> Vec<Finding> {
    let r = record(meetings, Vec::new());
    art_11_12_cadence(&Input {
        record: &r,
        details: &BTreeMap::new(),
        others: &[],
        cadence: Some(Cadence {
            first_msp_within_months: 12,
            first_review_after_years: 5,
        }),
        entry_into_force: Some(date!(2010 - 08 - 01)),
        today,
        now: today,
    })
}

fn ccm_formal_meetings() -> Vec<Meeting> {
    let msp = |id, label: &str, y: i32| {
        let opens = Date::from_calendar_date(y, time::Month::September, 10)
            .unwrap_or(date!(2000 - 01 - 01));
        meeting(id, MeetingKind::Msp, label, "x", (opens, opens))
    };
    vec![
        meeting(
            1,
            MeetingKind::Msp,
            "1MSP",
            "Vientiane",
            (date!(2010 - 11 - 09), date!(2010 - 11 - 12)),
        ),
        msp(2, "2MSP", 2011),
        msp(3, "3MSP", 2012),
        msp(4, "4MSP", 2013),
        msp(5, "5MSP", 2014),
        meeting(
            6,
            MeetingKind::ReviewConference,
            "1RC",
            "Dubrovnik",
            (date!(2015 - 09 - 07), date!(2015 - 09 - 11)),
        ),
    ]
}

#[test]
fn art_11_12_ccm_cadence_accepted() {
    assert_eq!(
        cadence_findings(ccm_formal_meetings(), date!(2016 - 01 - 01)),
        Vec::new()
    );
}

#[test]
fn art_11_first_msp_late_refused() {
    let mut m = ccm_formal_meetings();
    m[0].opens_on = Some(date!(2011 - 08 - 02));
    m[0].closes_on = Some(date!(2011 - 08 - 05));
    let f = cadence_findings(m, date!(2016 - 01 - 01));
    // Late, and now 2011 holds two formal meetings.
    assert_eq!(
        clauses(&f),
        vec![
            ("Art. 11".into(), Severity::Error),
            ("Art. 11".into(), Severity::Warning)
        ]
    );
}

#[test]
fn art_11_year_without_msp_refused() {
    let mut m = ccm_formal_meetings();
    m.retain(|m| m.label != "4MSP");
    let f = cadence_findings(m, date!(2016 - 01 - 01));
    assert_eq!(clauses(&f), vec![("Art. 11".into(), Severity::Error)]);
    assert!(f[0].sentence.contains("2013"), "{}", f[0].sentence);
}

#[test]
fn art_12_first_review_conference_in_another_year_warned() {
    let mut m = ccm_formal_meetings();
    m[5].opens_on = Some(date!(2016 - 09 - 05));
    m[5].closes_on = Some(date!(2016 - 09 - 09));
    let f = cadence_findings(m, date!(2017 - 01 - 01));
    assert!(
        clauses(&f).contains(&("Art. 12".into(), Severity::Warning)),
        "{f:?}"
    );
}

#[test]
fn meeting_days_count_weekdays() {
    assert_eq!(
        meeting_days(None, date!(2011 - 06 - 27), date!(2011 - 06 - 30)),
        4
    );
    assert_eq!(
        meeting_days(None, date!(2012 - 04 - 14), date!(2012 - 04 - 15)),
        0
    );
}

#[test]
fn p1_1_meeting_days_leave_out_geneva_public_holidays() {
    // Monday 14 to Friday 18 May 2012: Thursday 17 May is Ascension Day in Geneva.
    let week = (date!(2012 - 05 - 14), date!(2012 - 05 - 18));
    assert_eq!(meeting_days(Some("Geneva"), week.0, week.1), 4);
    assert_eq!(meeting_days(Some("Vienna"), week.0, week.1), 5);
    // Six weekdays with the holiday among them are five meeting days: accepted by P1.1.
    let r = record(
        vec![ism(
            1,
            "1ISM",
            "Geneva",
            (date!(2012 - 05 - 14), date!(2012 - 05 - 21)),
        )],
        Vec::new(),
    );
    let f = findings(&r, &BTreeMap::new(), &[], TODAY);
    assert!(!clauses(&f).iter().any(|(c, _)| c == "P1.1"), "{f:?}");
    // Seven weekdays with one holiday are six: refused.
    let r = record(
        vec![ism(
            1,
            "1ISM",
            "Geneva",
            (date!(2012 - 05 - 14), date!(2012 - 05 - 22)),
        )],
        Vec::new(),
    );
    let f = findings(&r, &BTreeMap::new(), &[], TODAY);
    assert!(
        clauses(&f).contains(&("P1.1".into(), Severity::Error)),
        "{f:?}"
    );
}

#[test]
fn p1_3_consecutive_counts_the_working_day_after_a_holiday() {
    // The other meeting closes on Wednesday 16 May 2012; Thursday 17 May is Ascension Day, so a
    // meeting opening on Friday 18 May opens on the next working day and is consecutive.
    let other_meeting = [other(
        "intersessional",
        (date!(2012 - 05 - 14), date!(2012 - 05 - 16)),
    )];
    let r = record(
        vec![ism(
            1,
            "1ISM",
            "Geneva",
            (date!(2012 - 05 - 18), date!(2012 - 05 - 23)),
        )],
        Vec::new(),
    );
    let f = findings(&r, &BTreeMap::new(), &other_meeting, TODAY);
    assert!(!clauses(&f).iter().any(|(c, _)| c == "P1.3"), "{f:?}");
    // Opening on the holiday itself is not next to it: warned.
    let on_holiday = record(
        vec![ism(
            1,
            "1ISM",
            "Geneva",
            (date!(2012 - 05 - 17), date!(2012 - 05 - 23)),
        )],
        Vec::new(),
    );
    let f = findings(&on_holiday, &BTreeMap::new(), &other_meeting, TODAY);
    assert!(
        clauses(&f).contains(&("P1.3".into(), Severity::Warning)),
        "{f:?}"
    );
}
#[test]
fn schedule_rule_problems_name_the_field() {
    let bad = ScheduleRule {
        window: Some(["06-30".into(), "01-01".into()]),
        max_days: Some(0),
        ..Default::default()
    };
    let p = bad.problems();
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[0].starts_with("window"));
    assert!(p[1].starts_with("max_days"));
}

#[test]
fn record_status_must_agree_with_the_dates() {
    let m = ism(
        1,
        "1ISM",
        "Geneva",
        (date!(2012 - 04 - 16), date!(2012 - 04 - 19)),
    );
    let held = Details {
        status: MeetingStatus::Held,
        ..Default::default()
    };
    assert_eq!(
        status_and_dates(&m, &held, date!(2012 - 05 - 01)),
        Vec::new()
    );
    let early = status_and_dates(&m, &held, date!(2012 - 04 - 01));
    assert_eq!(clauses(&early), vec![("record".into(), Severity::Error)]);
    let planned = Details::default();
    assert_eq!(
        status_and_dates(&m, &planned, date!(2012 - 04 - 01)),
        Vec::new()
    );
    let stale = status_and_dates(&m, &planned, date!(2012 - 05 - 01));
    assert_eq!(clauses(&stale), vec![("record".into(), Severity::Warning)]);
}
