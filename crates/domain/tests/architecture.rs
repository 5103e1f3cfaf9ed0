//! Hand-worked cases for terms of office, the rules of Proposal 2 and the Coordination Committee
//! of Proposal 3, on a small CCM-like record built here (the real preset is tested in the store).

use std::collections::HashMap;

use time::Date;
use time::macros::date;
use treatydesk_domain::ParticipationStatus;
use treatydesk_domain::architecture::*;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::committee::{Capacity, committee_on};
use treatydesk_domain::finding::{Arg, Message};
use treatydesk_domain::meeting::{Meeting, MeetingKind};
use treatydesk_domain::office::*;
use treatydesk_domain::rules::{self, Facts, Finding, Severity};

#[path = "../src/finding_tests.rs"]
mod english;

/// Every finding's message says its sentence in English, word for word (issue 19).
fn said(found: Vec<Finding>) -> Vec<Finding> {
    for f in &found {
        english::check(&f.message, &f.sentence);
    }
    found
}

fn seat(key: &str, term: u32, first: Option<u32>) -> Seat {
    Seat {
        key: key.into(),
        title: "Coordinator".into(),
        term_cycles: term,
        first_round_cycles: first,
        renewable: false,
        succeeds_to: None,
        coordinator: true,
    }
}

fn body(key: &str, staggered: bool, seats: Vec<Seat>) -> Body {
    Body {
        key: key.into(),
        kind: BodyKind::WorkingGroup,
        name: format!("group {key}"),
        within: None,
        staggered,
        source: String::new(),
        seats,
    }
}

fn architecture() -> Architecture {
    let office = |key: &str, term| Office {
        key: key.into(),
        name: key.into(),
        term,
        held_by_state: true,
    };
    Architecture {
        versions: vec![Version {
            version: 1,
            effective_on: date!(2011 - 09 - 16),
            adopted_by: "2MSP".into(),
            source: "test".into(),
            meetings: vec![
                MeetingRule {
                    kind: MeetingKind::Msp,
                    name: "MSP".into(),
                    abbreviation: "MSP".into(),
                    selects: true,
                    schedule: Default::default(),
                    symbols: None,
                },
                MeetingRule {
                    kind: MeetingKind::Intersessional,
                    name: "intersessional".into(),
                    abbreviation: "IS".into(),
                    selects: false,
                    schedule: Default::default(),
                    symbols: None,
                },
            ],
            bodies: vec![
                body(
                    "a",
                    true,
                    vec![seat("a-1", 2, None), seat("a-2", 2, Some(1))],
                ),
                body(
                    "b",
                    true,
                    vec![seat("b-1", 2, None), seat("b-2", 2, Some(1))],
                ),
                body("rep", false, vec![seat("rep-1", 2, None)]),
            ],
            offices: vec![
                office("president", OfficeTerm::PresidesMeeting),
                office("president-designate", OfficeTerm::UntilMeetingOpens),
            ],
            committee: Some(Committee {
                name: "Coordination Committee".into(),
                clause: "P3.2".into(),
                members: vec![
                    MemberRule::Office {
                        office: "president".into(),
                        chair: true,
                    },
                    MemberRule::Coordinators,
                    MemberRule::Office {
                        office: "president-designate".into(),
                        chair: false,
                    },
                    MemberRule::Organization {
                        actor: "ICRC".into(),
                        observer: false,
                    },
                    MemberRule::Organization {
                        actor: "UN".into(),
                        observer: false,
                    },
                    MemberRule::Organization {
                        actor: "CMC".into(),
                        observer: false,
                    },
                ],
            }),
            rules: TermRules {
                cooling_off: true,
                affected_preference: true,
            },
        }],
    }
}

fn meeting(id: i64, kind: MeetingKind, label: &str, dates: Option<(Date, Date)>) -> Meeting {
    Meeting {
        id,
        kind,
        label: label.into(),
        venue: String::new(),
        opens_on: dates.map(|d| d.0),
        closes_on: dates.map(|d| d.1),
    }
}

const MSP2: i64 = 2;
const MSP3: i64 = 3;
const MSP4: i64 = 4;
const MSP5: i64 = 5;
const ISM: i64 = 9;

fn record() -> Record {
    Record {
        architecture: architecture(),
        meetings: vec![
            meeting(
                MSP2,
                MeetingKind::Msp,
                "2MSP",
                Some((date!(2011 - 09 - 13), date!(2011 - 09 - 16))),
            ),
            meeting(
                ISM,
                MeetingKind::Intersessional,
                "IS2012",
                Some((date!(2012 - 04 - 16), date!(2012 - 04 - 19))),
            ),
            meeting(
                MSP3,
                MeetingKind::Msp,
                "3MSP",
                Some((date!(2012 - 09 - 11), date!(2012 - 09 - 14))),
            ),
            meeting(
                MSP4,
                MeetingKind::Msp,
                "4MSP",
                Some((date!(2013 - 09 - 09), date!(2013 - 09 - 13))),
            ),
            meeting(MSP5, MeetingKind::Msp, "5MSP", None),
        ],
        decisions: vec![
            Decision {
                id: 20,
                meeting: MSP2,
                number: 3,
                text: "appoints Coordinators".into(),
            },
            Decision {
                id: 30,
                meeting: MSP3,
                number: 1,
                text: "appoints Coordinators".into(),
            },
            Decision {
                id: 40,
                meeting: MSP4,
                number: 1,
                text: "appoints Coordinators".into(),
            },
        ],
        appointments: Vec::new(),
        nominations: Vec::new(),
    }
}

fn seat_appointment(
    id: i64,
    seat: &str,
    holder: &str,
    at: i64,
    decision: i64,
    cycles: u32,
) -> Appointment {
    Appointment {
        id,
        post: Post::Seat(seat.into()),
        holder: holder.into(),
        selected_at: Some(at),
        decision: Some(decision),
        cycles: Some(cycles),
        presides: None,
        starts_on: None,
        ended_on: None,
        overrides: Vec::new(),
        source: "test".into(),
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

/// The first round at 2MSP (a-2 and b-2 serve one cycle), the 3MSP renewing the short seats,
/// Presidents for 2MSP-4MSP, and a President-Designate for 5MSP designated at the 4MSP.
fn beirut() -> Record {
    let mut r = record();
    r.appointments = vec![
        seat_appointment(1, "a-1", "ZMB", MSP2, 20, 2),
        seat_appointment(2, "a-2", "VAT", MSP2, 20, 1),
        seat_appointment(3, "b-1", "JPN", MSP2, 20, 2),
        seat_appointment(4, "b-2", "PRT", MSP2, 20, 1),
        seat_appointment(5, "rep-1", "BEL", MSP2, 20, 2),
        seat_appointment(6, "a-2", "CRI", MSP3, 30, 2),
        seat_appointment(7, "b-2", "AUT", MSP3, 30, 2),
        president(10, "LBN", MSP2),
        president(11, "NOR", MSP3),
        president(12, "ZMB", MSP4),
        Appointment {
            id: 13,
            post: Post::Office("president-designate".into()),
            holder: "CRI".into(),
            selected_at: Some(MSP4),
            presides: Some(MSP5),
            ..president(13, "CRI", MSP5)
        },
    ];
    r
}

#[derive(Default)]
struct TestFacts {
    status: HashMap<&'static str, ParticipationStatus>,
    affected: Vec<&'static str>,
}

impl TestFacts {
    fn new() -> Self {
        let mut f = TestFacts::default();
        for s in [
            "ZMB", "VAT", "JPN", "PRT", "BEL", "CRI", "AUT", "LBN", "NOR", "LAO", "IRL", "DEU",
        ] {
            f.status.insert(s, ParticipationStatus::PartyInForce);
        }
        f
    }
}

impl Facts for TestFacts {
    fn name(&self, actor: &str) -> String {
        actor.to_string()
    }
    fn is_state(&self, actor: &str) -> Option<bool> {
        match actor {
            "ICRC" | "UN" | "CMC" => Some(false),
            a if a.len() == 3 && a.bytes().all(|b| b.is_ascii_uppercase()) => Some(true),
            _ => None,
        }
    }
    fn status_on(&self, state: &str, _date: Date) -> ParticipationStatus {
        self.status
            .get(state)
            .copied()
            .unwrap_or(ParticipationStatus::Unknown)
    }
    fn affected_on(&self, state: &str, _date: Date) -> bool {
        self.affected.contains(&state)
    }
}

fn findings(r: &Record, facts: &TestFacts, clause: &str) -> Vec<Finding> {
    said(rules::check(r, facts, date!(2013 - 01 - 01)))
        .into_iter()
        .filter(|f| f.clause == clause)
        .collect()
}

// ---- terms ----

#[test]
fn term_runs_from_close_of_selecting_meeting_to_close_two_cycles_later() {
    let r = beirut();
    let t = r.term(&r.appointments[0]).expect("term");
    assert_eq!(t.start, date!(2011 - 09 - 16));
    assert_eq!(t.end, TermEnd::Known(date!(2013 - 09 - 13)));
    assert!(t.covers(date!(2013 - 09 - 12)));
    assert!(
        !t.covers(date!(2013 - 09 - 13)),
        "the closing day belongs to the successor"
    );
}

#[test]
fn term_end_is_expected_when_the_later_meeting_has_no_date() {
    let r = beirut();
    let t = r.term(&r.appointments[5]).expect("term");
    // Costa Rica, selected at the 3MSP for two cycles: to the close of the 5MSP, not yet dated.
    assert_eq!(t.end, TermEnd::Expected(date!(2014 - 09 - 13)));
}

#[test]
fn president_holds_office_from_opening_to_the_next_opening() {
    let r = beirut();
    let lbn = r.term(&r.appointments[7]).expect("term");
    assert_eq!(
        (lbn.start, lbn.end),
        (date!(2011 - 09 - 13), TermEnd::Known(date!(2012 - 09 - 11)))
    );
    let zmb = r.term(&r.appointments[9]).expect("term");
    assert_eq!(zmb.end, TermEnd::Expected(date!(2014 - 09 - 09)));
    let designate = r.term(&r.appointments[10]).expect("term");
    assert_eq!(designate.start, date!(2013 - 09 - 13));
    assert_eq!(designate.end, TermEnd::Expected(date!(2014 - 09 - 09)));
}

#[test]
fn who_held_which_seat_and_which_seats_a_state_held() {
    let r = beirut();
    let on = r
        .holder_on(&Post::Seat("a-2".into()), date!(2012 - 09 - 13))
        .expect("held");
    assert_eq!(on.holder, "VAT");
    let on = r
        .holder_on(&Post::Seat("a-2".into()), date!(2012 - 09 - 14))
        .expect("held");
    assert_eq!(on.holder, "CRI");
    let zambia: Vec<String> = r.terms_of("ZMB").iter().map(|t| t.post.slug()).collect();
    assert_eq!(zambia, ["seat:a-1", "office:president"]);
}

// ---- P3.2: the Coordination Committee ----

#[test]
fn p3_2_committee_on_1_march_2013_is_derived_from_offices_in_force() {
    let r = beirut();
    let c = committee_on(&r, date!(2013 - 03 - 01)).expect("committee");
    assert_eq!(c.chair().map(|m| m.actor.as_str()), Some("NOR"));
    let actors: Vec<&str> = c.members.iter().map(|m| m.actor.as_str()).collect();
    assert_eq!(
        actors,
        [
            "NOR", "ZMB", "CRI", "JPN", "AUT", "BEL", "ICRC", "UN", "CMC"
        ]
    );
    // Nobody was President-Designate on that date.
    let unfilled: Vec<String> = c.unfilled.iter().map(|u| u.text(&|s| s.into())).collect();
    assert_eq!(unfilled, ["president-designate"]);
}

#[test]
fn p3_2_committee_changes_at_the_close_of_a_meeting() {
    let r = beirut();
    let before = committee_on(&r, date!(2013 - 09 - 12)).expect("committee");
    assert!(before.members.iter().any(|m| m.actor == "JPN"));
    let after = committee_on(&r, date!(2013 - 09 - 13)).expect("committee");
    assert!(
        !after.members.iter().any(|m| m.actor == "JPN"),
        "Japan's term ended at the 4MSP"
    );
    assert!(
        after
            .unfilled
            .iter()
            .any(|u| u.text(&|s| s.into()).contains("b-1"))
    );
    assert!(after.members.iter().any(|m| m.actor == "CRI"
        && m.capacity
            == Capacity::Office {
                office: "president-designate".into(),
                chair: false
            }));
    assert_eq!(after.chair().map(|m| m.actor.as_str()), Some("ZMB"));
}

#[test]
fn p3_2_no_committee_before_the_architecture_takes_effect() {
    let r = beirut();
    assert!(committee_on(&r, date!(2011 - 09 - 15)).is_none());
    let first = committee_on(&r, date!(2011 - 09 - 16)).expect("committee from the close of 2MSP");
    assert_eq!(first.chair().map(|m| m.actor.as_str()), Some("LBN"));
    assert_eq!(first.members.len(), 1 + 5 + 3);
}

#[test]
fn p3_2_a_state_without_office_is_not_a_member() {
    let r = beirut();
    let c = committee_on(&r, date!(2012 - 01 - 10)).expect("committee");
    assert!(
        !c.members.iter().any(|m| m.actor == "CRI"),
        "Costa Rica only joins at the 3MSP"
    );
    assert!(c.members.iter().any(|m| m.actor == "VAT"));
}

// ---- P2.4 ----

#[test]
fn p2_4_accepts_a_state_party_selected_by_an_msp_citing_its_decision() {
    assert!(findings(&beirut(), &TestFacts::new(), "P2.4").is_empty());
}

#[test]
fn p2_4_refuses_a_signatory_and_warns_when_participation_is_unknown() {
    let mut r = beirut();
    r.appointments
        .push(seat_appointment(20, "rep-1", "AGO", MSP4, 40, 2));
    r.appointments
        .push(seat_appointment(21, "a-1", "XYZ", MSP4, 40, 2));
    let mut facts = TestFacts::new();
    facts.status.insert("AGO", ParticipationStatus::Signatory);
    let found = findings(&r, &facts, "P2.4");
    assert!(found.iter().any(|f| {
        f.severity == Severity::Error
            && f.sentence
                .contains("AGO was not a State Party in force on 2013-09-13")
    }));
    assert!(
        found
            .iter()
            .any(|f| f.severity == Severity::Warning
                && f.sentence.contains("Cannot confirm that XYZ"))
    );
}

#[test]
fn p2_4_refuses_an_organization_a_missing_decision_and_a_non_selecting_meeting() {
    let mut r = beirut();
    r.appointments
        .push(seat_appointment(20, "rep-1", "ICRC", MSP4, 40, 2));
    let mut no_decision = seat_appointment(21, "a-1", "IRL", MSP4, 40, 2);
    no_decision.decision = None;
    r.appointments.push(no_decision);
    r.appointments
        .push(seat_appointment(22, "b-1", "LAO", MSP4, 30, 2));
    r.appointments
        .push(seat_appointment(23, "b-2", "DEU", ISM, 40, 2));
    let found = findings(&r, &TestFacts::new(), "P2.4");
    let said = |s: &str| {
        found
            .iter()
            .any(|f| f.severity == Severity::Error && f.sentence.contains(s))
    };
    assert!(said("ICRC is not a State"));
    assert!(said("cites no decision"));
    assert!(said("cites decision 1 of another meeting"));
    assert!(said("IS2012, which is not a meeting that selects"));
}

// ---- P2.5 ----

#[test]
fn p2_5_accepts_two_cycle_terms_and_the_first_round_short_term() {
    assert!(findings(&beirut(), &TestFacts::new(), "P2.5").is_empty());
}

#[test]
fn p2_5_refuses_a_wrong_term_length() {
    let mut r = beirut();
    r.appointments[5].cycles = Some(3);
    let found = findings(&r, &TestFacts::new(), "P2.5");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].sentence.contains("lasts 3 cycle(s)"));
}

#[test]
fn p2_5_refuses_a_full_term_for_the_short_seat_in_the_first_round() {
    let mut r = beirut();
    r.appointments[1].cycles = Some(2);
    let found = findings(&r, &TestFacts::new(), "P2.5");
    assert!(
        found.iter().any(|f| f
            .sentence
            .contains("in the first round this seat serves 1 cycle(s)")),
        "{found:?}"
    );
}

#[test]
fn p2_5_refuses_both_seats_of_a_group_renewed_at_the_same_meeting() {
    let mut r = beirut();
    // At the 4MSP a-1 falls vacant; filling a-2 too (Costa Rica's seat) breaks the stagger.
    r.appointments[5].ended_on = Some(date!(2013 - 09 - 13));
    r.appointments
        .push(seat_appointment(20, "a-1", "IRL", MSP4, 40, 2));
    r.appointments
        .push(seat_appointment(21, "a-2", "LAO", MSP4, 40, 2));
    let found = findings(&r, &TestFacts::new(), "P2.5");
    assert!(
        found
            .iter()
            .any(|f| f.sentence.contains("Both seats of a were filled at 4MSP")),
        "{found:?}"
    );
}

#[test]
fn p2_5_warns_when_no_coordinator_is_affected_although_one_was_nominated() {
    let mut r = beirut();
    r.appointments
        .push(seat_appointment(20, "a-1", "IRL", MSP4, 40, 2));
    r.nominations.push(Nomination {
        id: 1,
        meeting: MSP4,
        state: "LAO".into(),
        choices: vec![("a-1".into(), 1)],
        note: String::new(),
    });
    let mut facts = TestFacts::new();
    facts.affected.push("LAO");
    let found = findings(&r, &facts, "P2.5");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].overridable && found[0].stands());
    assert!(
        found[0]
            .sentence
            .contains("although LAO (affected) was nominated")
    );

    // Accepting: an affected holder in the group clears it.
    facts.affected.push("CRI");
    assert!(findings(&r, &facts, "P2.5").is_empty());
}

#[test]
fn p2_5_no_affected_warning_without_an_affected_nominee_and_override_is_kept() {
    let mut r = beirut();
    r.appointments
        .push(seat_appointment(20, "a-1", "IRL", MSP4, 40, 2));
    r.nominations.push(Nomination {
        id: 1,
        meeting: MSP4,
        state: "LAO".into(),
        choices: vec![("a-1".into(), 1)],
        note: String::new(),
    });
    assert!(
        findings(&r, &TestFacts::new(), "P2.5").is_empty(),
        "Lao PDR is not affected here"
    );

    let mut facts = TestFacts::new();
    facts.affected.push("LAO");
    r.appointments
        .last_mut()
        .expect("pushed")
        .overrides
        .push(Override {
            clause: "P2.5".into(),
            justification: "Lao PDR withdrew its candidacy in the consultations".into(),
            by: "demo-isu".into(),
            on: date!(2013 - 09 - 13),
        });
    let found = findings(&r, &facts, "P2.5");
    assert_eq!(found.len(), 1);
    assert!(!found[0].stands());
}

// ---- P2.6 ----

#[test]
fn p2_6_cooling_off_warns_on_the_term_immediately_following() {
    let mut r = beirut();
    // Japan's b-1 term ends at the 4MSP; Japan takes a-1 at the same meeting.
    r.appointments
        .push(seat_appointment(20, "a-1", "JPN", MSP4, 40, 2));
    let found = findings(&r, &TestFacts::new(), "P2.6");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].severity, Severity::Warning);
    assert!(
        found[0]
            .sentence
            .contains("JPN provided a Coordinator (b-1)")
    );
}

#[test]
fn p2_6_cooling_off_accepts_a_state_after_a_gap_and_records_necessity() {
    let mut r = beirut();
    // The Holy See left at the 3MSP; coming back at the 4MSP is not the term immediately following.
    r.appointments
        .push(seat_appointment(20, "a-1", "VAT", MSP4, 40, 2));
    assert!(findings(&r, &TestFacts::new(), "P2.6").is_empty());

    let mut necessary = seat_appointment(21, "b-1", "ZMB", MSP4, 40, 2);
    necessary.overrides.push(Override {
        clause: "P2.6".into(),
        justification: "no other State Party stood for the seat".into(),
        by: "demo-president".into(),
        on: date!(2013 - 09 - 13),
    });
    r.appointments.push(necessary);
    let found = findings(&r, &TestFacts::new(), "P2.6");
    assert_eq!(found.len(), 1);
    assert!(
        !found[0].stands(),
        "the recorded necessity sets the warning aside"
    );
}

#[test]
fn p2_6_cooling_off_allows_renewal_of_a_renewable_seat() {
    let mut r = beirut();
    for v in &mut r.architecture.versions {
        for b in &mut v.bodies {
            for s in &mut b.seats {
                if s.key == "rep-1" {
                    s.renewable = true;
                }
            }
        }
    }
    r.appointments
        .push(seat_appointment(20, "rep-1", "BEL", MSP4, 40, 2));
    assert!(findings(&r, &TestFacts::new(), "P2.6").is_empty());
    r.appointments
        .push(seat_appointment(21, "b-1", "BEL", MSP4, 40, 2));
    assert_eq!(
        findings(&r, &TestFacts::new(), "P2.6").len(),
        1,
        "another seat is not a renewal"
    );
}

// ---- P2.3 ----

#[test]
fn p2_3_reports_a_seat_left_vacant() {
    let r = beirut();
    let found = said(rules::check(&r, &TestFacts::new(), date!(2014 - 01 - 01)));
    let vacant: Vec<&Finding> = found.iter().filter(|f| f.clause == "P2.3").collect();
    // b-1 and a-1 fall vacant at the 4MSP (13 Sep 2013) and nobody was appointed.
    assert_eq!(vacant.len(), 3, "{vacant:?}");
    assert!(vacant.iter().any(|f| {
        f.sentence
            .contains("seat b-1 of group b has been vacant since 2013-09-13")
    }));
}

#[test]
fn p2_3_accepts_every_seat_filled() {
    let r = beirut();
    assert!(findings(&r, &TestFacts::new(), "P2.3").is_empty());
}

#[test]
fn d12_3_a_post_on_a_past_date_is_named_by_the_version_then_in_force() {
    let mut r = record();
    let mut v2 = r.architecture.versions[0].clone();
    v2.version = 2;
    v2.effective_on = date!(2013 - 09 - 13);
    v2.adopted_by = "4MSP".into();
    v2.bodies[0].name = "group a, renamed".into();
    v2.offices[0].name = "President of the Meeting".into();
    r.architecture.versions.push(v2);
    let seat = Post::Seat("a-1".into());
    let office = Post::Office("president".into());
    assert_eq!(
        r.post_name_on(&seat, date!(2013 - 03 - 01)),
        "Coordinator 1, group a"
    );
    assert_eq!(
        r.post_name_on(&seat, date!(2014 - 01 - 01)),
        "Coordinator 1, group a, renamed"
    );
    assert_eq!(r.post_name_on(&office, date!(2013 - 03 - 01)), "president");
    assert_eq!(
        r.post_name_on(&office, date!(2014 - 01 - 01)),
        "President of the Meeting"
    );
    // Before any version, the newest name.
    assert_eq!(
        r.post_name_on(&office, date!(2010 - 01 - 01)),
        "President of the Meeting"
    );
}

// ---- P2.4 at nomination: each finding's message says its sentence (issue 19) ----

#[test]
fn p2_4_at_nomination_each_finding_says_its_english_message() {
    use treatydesk_domain::record_kept::p2_4_nomination;
    let r = beirut();
    let mut facts = TestFacts::new();
    facts.status.insert("FRA", ParticipationStatus::Signatory);
    let meeting = |id: i64| r.meeting(id).expect("meeting").clone();
    let ids = |state: &str, at: i64, seats: &[&str]| -> Vec<String> {
        let seats: Vec<String> = seats.iter().map(|s| s.to_string()).collect();
        said(p2_4_nomination(&r, &facts, &meeting(at), state, &seats))
            .into_iter()
            .map(|f| f.message.id)
            .collect()
    };
    assert_eq!(
        ids("ICRC", MSP4, &["a-1"]),
        ["finding-p2-4-nominee-not-a-state"]
    );
    assert_eq!(
        ids("Atlantis", MSP4, &["a-1"]),
        ["finding-p2-4-nominee-not-in-registry"]
    );
    assert_eq!(
        ids("JPN", ISM, &["a-1"]),
        ["finding-p2-4-nomination-meeting-does-not-select"]
    );
    assert_eq!(
        ids("JPN", MSP4, &["z-9"]),
        ["finding-p2-4-nomination-no-such-seat"]
    );
    assert_eq!(
        ids("XYZ", MSP4, &["a-1"]),
        ["finding-p2-4-nominee-party-unconfirmed"]
    );
    assert_eq!(
        ids("FRA", MSP4, &["a-1"]),
        ["finding-p2-4-nominee-not-party"]
    );
    // The 5MSP has no dates: the first day is expected from the cycle, and says so.
    let expected = said(p2_4_nomination(
        &r,
        &facts,
        &meeting(MSP5),
        "FRA",
        &["a-1".to_string()],
    ));
    assert!(
        expected.iter().any(|f| f.sentence.contains("(expected)")),
        "{expected:?}"
    );
}
