//! The programme builder's rules (P1.2, P2.2) and who may edit a programme (P2.4).

use time::macros::{date, time};
use time::{Date, Time};

use super::*;
use crate::access::Grant;
use crate::architecture::{Body, Office, OfficeTerm, Seat, TermRules, Version};
use crate::meeting::MeetingKind;
use crate::office::Appointment;

fn seat(key: &str) -> Seat {
    Seat {
        key: key.into(),
        title: "Coordinator".into(),
        term_cycles: 2,
        first_round_cycles: None,
        renewable: false,
        succeeds_to: None,
        coordinator: true,
    }
}

fn body(key: &str, kind: BodyKind, within: Option<&str>, seats: &[&str]) -> Body {
    Body {
        key: key.into(),
        kind,
        name: format!("Body {key}"),
        within: within.map(Into::into),
        staggered: false,
        source: String::new(),
        seats: seats.iter().map(|s| seat(s)).collect(),
    }
}

/// Group (a) hosts the thematic area "nim"; the parent is data, named "general" here on purpose.
fn architecture() -> Architecture {
    Architecture {
        versions: vec![Version {
            version: 1,
            effective_on: date!(2011 - 09 - 16),
            adopted_by: "test".into(),
            source: String::new(),
            meetings: Vec::new(),
            bodies: vec![
                body("general", BodyKind::WorkingGroup, None, &["g-1"]),
                body("wg-e", BodyKind::WorkingGroup, None, &["e-1"]),
                body("nim", BodyKind::ThematicArea, Some("general"), &["nim-1"]),
            ],
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
    }
}

fn meeting(id: i64, kind: MeetingKind, label: &str, open: Date, close: Date) -> Meeting {
    Meeting {
        id,
        kind,
        label: label.into(),
        venue: "Geneva".into(),
        opens_on: Some(open),
        closes_on: Some(close),
    }
}

fn ism() -> Meeting {
    meeting(
        10,
        MeetingKind::Intersessional,
        "2ISM",
        date!(2012 - 04 - 16),
        date!(2012 - 04 - 19),
    )
}

fn session(id: i64, day: Date, from: Time, to: Time, room: &str) -> Session {
    Session {
        id,
        day,
        starts_at: from,
        ends_at: to,
        room: room.into(),
        format: SessionFormat::Plenary,
        title: format!("Session {id}"),
        body: None,
        area: None,
        description: String::new(),
        position: 0,
    }
}

fn group(mut s: Session, body: &str) -> Session {
    s.body = Some(body.into());
    s
}

fn area(mut s: Session, area: &str) -> Session {
    s.area = Some(area.into());
    s
}

const DAY: Date = date!(2012 - 04 - 17);

#[test]
fn p2_2_thematic_area_inside_working_group_a_time_accepted() {
    let list = vec![
        group(
            session(1, DAY, time!(10:00), time!(13:00), "XVIII"),
            "general",
        ),
        area(session(2, DAY, time!(11:00), time!(12:00), "XVIII"), "nim"),
    ];
    assert_eq!(
        problems(&ism(), &architecture(), &list),
        Vec::<crate::finding::Problem>::new()
    );
}

#[test]
fn p2_2_thematic_area_outside_working_group_a_time_refused() {
    let list = vec![
        group(
            session(1, DAY, time!(10:00), time!(13:00), "XVIII"),
            "general",
        ),
        area(session(2, DAY, time!(12:30), time!(13:30), "XIX"), "nim"),
    ];
    let found = problems(&ism(), &architecture(), &list);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].sentence.contains("P2.2") && found[0].sentence.contains("Body general"));
}

#[test]
fn p2_2_thematic_area_inside_another_groups_time_refused() {
    let list = vec![
        group(session(1, DAY, time!(10:00), time!(13:00), "XVIII"), "wg-e"),
        area(session(2, DAY, time!(11:00), time!(12:00), "XIX"), "nim"),
    ];
    assert_eq!(problems(&ism(), &architecture(), &list).len(), 1);
}

#[test]
fn p2_2_thematic_area_on_another_day_than_its_group_refused() {
    let list = vec![
        group(
            session(1, DAY, time!(10:00), time!(13:00), "XVIII"),
            "general",
        ),
        area(
            session(
                2,
                date!(2012 - 04 - 18),
                time!(11:00),
                time!(12:00),
                "XVIII",
            ),
            "nim",
        ),
    ];
    assert_eq!(problems(&ism(), &architecture(), &list).len(), 1);
}

#[test]
fn p2_2_thematic_area_with_a_body_other_than_its_parent_refused() {
    let list = vec![
        group(
            session(1, DAY, time!(10:00), time!(13:00), "XVIII"),
            "general",
        ),
        group(
            area(session(2, DAY, time!(11:00), time!(12:00), "XVIII"), "nim"),
            "wg-e",
        ),
    ];
    let found = problems(&ism(), &architecture(), &list);
    assert!(
        found
            .iter()
            .any(|p| p.sentence.contains("its body must be")),
        "{found:?}"
    );
}

#[test]
fn p2_2_area_must_exist_in_the_architecture_in_force_that_day() {
    let list = vec![area(
        session(1, date!(2011 - 04 - 18), time!(11:00), time!(12:00), "A"),
        "nim",
    )];
    let early = meeting(
        9,
        MeetingKind::Intersessional,
        "1ISM",
        date!(2011 - 04 - 17),
        date!(2011 - 04 - 19),
    );
    let found = problems(&early, &architecture(), &list);
    assert!(
        found
            .iter()
            .any(|p| p.sentence.contains("no thematic area")),
        "{found:?}"
    );
    let unknown = vec![group(
        session(1, DAY, time!(10:00), time!(11:00), "A"),
        "wg-z",
    )];
    assert!(
        problems(&ism(), &architecture(), &unknown)[0]
            .sentence
            .contains("no body “wg-z”")
    );
}

#[test]
fn p1_2_session_format_slugs_round_trip() {
    for f in SessionFormat::ALL {
        assert_eq!(SessionFormat::from_slug(f.slug()), Some(f));
    }
    assert_eq!(
        SessionFormat::from_slug("interactive-dialogue"),
        Some(SessionFormat::InteractiveDialogue)
    );
}

#[test]
fn p1_2_session_format_unknown_refused() {
    assert_eq!(SessionFormat::from_slug("workshop"), None);
    assert_eq!(SessionFormat::from_slug(""), None);
}

#[test]
fn p1_2_speaker_kinds_are_panel_and_list_of_speakers() {
    assert_eq!(SpeakerKind::from_slug("panel"), Some(SpeakerKind::Panel));
    assert_eq!(SpeakerKind::from_slug("floor"), Some(SpeakerKind::Floor));
    assert_eq!(SpeakerKind::from_slug("chair"), None);
}

#[test]
fn session_day_within_the_meeting_accepted_and_outside_refused() {
    let inside = vec![session(
        1,
        date!(2012 - 04 - 19),
        time!(10:00),
        time!(11:00),
        "A",
    )];
    assert!(problems(&ism(), &architecture(), &inside).is_empty());
    let outside = vec![session(
        1,
        date!(2012 - 04 - 20),
        time!(10:00),
        time!(11:00),
        "A",
    )];
    let found = problems(&ism(), &architecture(), &outside);
    assert_eq!(found.len(), 1);
    assert!(found[0].sentence.contains("not on a day of 2ISM"));
}

#[test]
fn session_must_start_before_it_ends() {
    let list = vec![session(1, DAY, time!(11:00), time!(11:00), "A")];
    assert!(
        problems(&ism(), &architecture(), &list)[0]
            .sentence
            .contains("must start before it ends")
    );
}

#[test]
fn overlap_in_the_same_room_refused() {
    let list = vec![
        session(1, DAY, time!(10:00), time!(11:00), "Room XVIII"),
        session(2, DAY, time!(10:30), time!(11:30), "room xviii "),
    ];
    let found = problems(&ism(), &architecture(), &list);
    assert_eq!(found.len(), 1);
    assert!(found[0].sentence.contains("overlap in room"));
}

#[test]
fn overlap_in_other_rooms_accepted_and_back_to_back_accepted() {
    let mut side = session(2, DAY, time!(10:30), time!(11:30), "Room XXIII");
    side.format = SessionFormat::SideEvent;
    let list = vec![
        session(1, DAY, time!(10:00), time!(11:00), "Room XVIII"),
        side,
        session(3, DAY, time!(11:00), time!(12:00), "Room XVIII"),
    ];
    assert!(problems(&ism(), &architecture(), &list).is_empty());
}

#[test]
fn a_side_event_in_the_same_room_refused() {
    let mut side = session(2, DAY, time!(10:30), time!(11:30), "Room XVIII");
    side.format = SessionFormat::SideEvent;
    let list = vec![
        session(1, DAY, time!(10:00), time!(11:00), "Room XVIII"),
        side,
    ];
    assert_eq!(problems(&ism(), &architecture(), &list).len(), 1);
}

#[test]
fn only_new_problems_block_a_change() {
    let before = vec![
        session(1, DAY, time!(10:00), time!(11:00), "A"),
        session(2, DAY, time!(10:30), time!(11:30), "A"),
    ];
    let mut after = before.clone();
    after.push(session(0, DAY, time!(14:00), time!(15:00), "A"));
    assert!(new_problems(&ism(), &architecture(), &before, &after).is_empty());
    after.push(session(0, DAY, time!(14:30), time!(15:30), "A"));
    assert_eq!(
        new_problems(&ism(), &architecture(), &before, &after).len(),
        1
    );
}

#[test]
fn removing_the_group_slot_under_an_area_session_is_a_new_problem() {
    let before = vec![
        group(session(1, DAY, time!(10:00), time!(13:00), "A"), "general"),
        area(session(2, DAY, time!(11:00), time!(12:00), "A"), "nim"),
    ];
    let after = vec![before[1].clone()];
    assert_eq!(
        new_problems(&ism(), &architecture(), &before, &after).len(),
        1
    );
}

#[test]
fn times_read_and_print_as_hours_and_minutes() {
    assert_eq!(parse_hhmm("09:30"), Some(time!(09:30)));
    assert_eq!(parse_hhmm("09:30:00"), Some(time!(09:30)));
    assert_eq!(parse_hhmm("25:00"), None);
    assert_eq!(parse_hhmm("nine"), None);
    assert_eq!(hhmm(time!(09:05)), "09:05");
}

/// A record: 2MSP (presided by LBN, selecting: ESP on g-1, DEU on e-1, NZL on nim-1), 3MSP, 4MSP.
fn record() -> Record {
    let m2 = meeting(
        2,
        MeetingKind::Msp,
        "2MSP",
        date!(2011 - 09 - 13),
        date!(2011 - 09 - 16),
    );
    let m3 = meeting(
        3,
        MeetingKind::Msp,
        "3MSP",
        date!(2012 - 09 - 11),
        date!(2012 - 09 - 14),
    );
    let m4 = meeting(
        4,
        MeetingKind::Msp,
        "4MSP",
        date!(2013 - 09 - 09),
        date!(2013 - 09 - 13),
    );
    let appointment = |id, post: Post, holder: &str| Appointment {
        id,
        post: post.clone(),
        holder: holder.into(),
        selected_at: matches!(post, Post::Seat(_)).then_some(2),
        decision: None,
        cycles: Some(2),
        presides: matches!(post, Post::Office(_)).then_some(2),
        starts_on: None,
        ended_on: None,
        overrides: Vec::new(),
        source: String::new(),
    };
    Record {
        architecture: architecture(),
        meetings: vec![m2, m3, m4, ism()],
        decisions: Vec::new(),
        appointments: vec![
            appointment(1, Post::Office("president".into()), "LBN"),
            appointment(2, Post::Seat("g-1".into()), "ESP"),
            appointment(3, Post::Seat("e-1".into()), "DEU"),
            appointment(4, Post::Seat("nim-1".into()), "NZL"),
        ],
        nominations: Vec::new(),
    }
}

fn viewer(role: Role, actor: Option<&str>) -> Viewer {
    Viewer {
        user_id: Some(1),
        username: Some("u".into()),
        grants: vec![Grant {
            role,
            convention: Some("ccm".into()),
            actor: actor.map(Into::into),
        }],
    }
}

#[test]
fn p2_4_president_of_the_day_edits_every_session() {
    let scope = edit_scope(&viewer(Role::President, Some("LBN")), "ccm", &record(), DAY);
    assert_eq!(scope, EditScope::All);
    // The President of another year does not.
    let other = edit_scope(&viewer(Role::President, Some("PHL")), "ccm", &record(), DAY);
    assert_eq!(other, EditScope::None);
}

#[test]
fn p2_4_sitting_coordinator_edits_the_sessions_of_their_body_only() {
    let scope = edit_scope(
        &viewer(Role::Coordinator, Some("DEU")),
        "ccm",
        &record(),
        DAY,
    );
    assert_eq!(scope, EditScope::Bodies(vec!["wg-e".into()]));
    assert!(scope.covers(Some("wg-e"), None));
    assert!(!scope.covers(Some("general"), None));
    assert!(!scope.covers(None, None));
    let area = edit_scope(
        &viewer(Role::Coordinator, Some("NZL")),
        "ccm",
        &record(),
        DAY,
    );
    assert!(area.covers(Some("general"), Some("nim")));
    assert!(!area.covers(Some("general"), None));
}

#[test]
fn p2_4_coordinator_whose_term_ended_reads_only() {
    let later = date!(2014 - 04 - 08);
    let scope = edit_scope(
        &viewer(Role::Coordinator, Some("DEU")),
        "ccm",
        &record(),
        later,
    );
    assert_eq!(scope, EditScope::None);
}

#[test]
fn p2_4_focal_point_observer_and_anonymous_read_only() {
    let r = record();
    // A focal point of a State holding a seat is not acting as its Coordinator.
    assert_eq!(
        edit_scope(&viewer(Role::FocalPoint, Some("DEU")), "ccm", &r, DAY),
        EditScope::None
    );
    assert_eq!(
        edit_scope(&viewer(Role::Observer, None), "ccm", &r, DAY),
        EditScope::None
    );
    assert_eq!(
        edit_scope(&Viewer::anonymous(), "ccm", &r, DAY),
        EditScope::None
    );
    assert!(!meeting_scope(&Viewer::anonymous(), "ccm", &r, &ism()).may_edit_any());
}

#[test]
fn p2_4_isu_edits_every_session() {
    let r = record();
    assert_eq!(
        edit_scope(&viewer(Role::IsuStaff, None), "ccm", &r, DAY),
        EditScope::All
    );
    assert_eq!(
        meeting_scope(&viewer(Role::IsuStaff, None), "ccm", &r, &ism()),
        EditScope::All
    );
}
