//! The deadline calculator, rule by rule, with obligations written as the CCM preset writes them.
//! The shipped presets themselves are tested in `crates/store/tests/obligations.rs`.

use super::*;
use crate::participation::Participation;
use time::macros::date;

fn names(en: &str) -> Names {
    Names {
        en: en.into(),
        fr: en.into(),
        es: en.into(),
        ar: en.into(),
    }
}

fn ob(key: &str, article: &str, trigger: Trigger, due: DueRule) -> Obligation {
    Obligation {
        key: key.into(),
        article: article.into(),
        name: names(key),
        trigger,
        due,
        extension: None,
        contents: vec![],
        source: "test".into(),
    }
}

fn art3_extension() -> ExtensionRule {
    ExtensionRule {
        max_years: 4,
        months_before_meeting: Some(9),
        before_deadline: false,
        further: FurtherRequests::ExceptionalCircumstances,
        decided_by: Some(DecisionRule::MajorityPresentAndVoting),
        contents: vec![],
    }
}

fn art4_extension() -> ExtensionRule {
    ExtensionRule {
        max_years: 5,
        months_before_meeting: Some(9),
        before_deadline: true,
        further: FurtherRequests::Renewable,
        decided_by: Some(DecisionRule::MajorityPresentAndVoting),
        contents: vec![],
    }
}

fn ccm() -> Vec<Obligation> {
    let mut art3 = ob(
        "art3-destruction",
        "Art. 3.2",
        Trigger::Profile {
            profile: ProfileKind::StockpileHolder,
        },
        DueRule::YearsAfterEntryIntoForce { years: 8 },
    );
    art3.extension = Some(art3_extension());
    let mut art4 = ob(
        "art4-clearance",
        "Art. 4.1",
        Trigger::Profile {
            profile: ProfileKind::Affected,
        },
        DueRule::YearsAfterEntryIntoForce { years: 10 },
    );
    art4.extension = Some(art4_extension());
    vec![
        ob(
            "art7-initial",
            "Art. 7.1",
            Trigger::EntryIntoForce,
            DueRule::DaysAfterEntryIntoForce { days: 180 },
        ),
        ob(
            "art7-annual",
            "Art. 7.2",
            Trigger::EntryIntoForce,
            DueRule::Annually {
                month: 4,
                day: 30,
                after: Some("art7-initial".into()),
            },
        ),
        art3,
        ob(
            "art3-retention",
            "Art. 3.8",
            Trigger::Profile {
                profile: ProfileKind::Retention,
            },
            DueRule::Annually {
                month: 4,
                day: 30,
                after: None,
            },
        ),
        art4,
    ]
}

fn party(eif: Date) -> Participation {
    Participation {
        actor: "XXX".into(),
        signed_on: None,
        deposited_on: None,
        deposit_kind: None,
        in_force_on: Some(eif),
        withdrawal_notified_on: None,
        withdrawal_effective_on: None,
        note: String::new(),
    }
}

fn entry(kind: ProfileKind, from: Option<Date>, until: Option<Date>) -> ProfileEntry {
    ProfileEntry {
        kind,
        from,
        until,
        source: "test".into(),
    }
}

fn report(key: &str, period: Option<i32>, on: Date) -> Submission {
    Submission {
        obligation: key.into(),
        kind: SubmissionKind::Report,
        period,
        received_on: on,
        extended_to: None,
        reference: "REF".into(),
    }
}

fn of<'a>(all: &'a [Deadline], key: &str) -> Vec<&'a Deadline> {
    all.iter().filter(|d| d.obligation == key).collect()
}

fn run(
    p: &Participation,
    profile: &[ProfileEntry],
    subs: &[Submission],
    as_of: Date,
) -> Vec<Deadline> {
    deadlines(
        &ccm(),
        StateFacts {
            participation: p,
            profile,
            submissions: subs,
        },
        as_of,
    )
}

#[test]
fn art7_initial_due_180_days_after_eif() {
    let p = party(date!(2023 - 08 - 01));
    let d = run(&p, &[], &[], date!(2023 - 09 - 01));
    let initial = of(&d, "art7-initial");
    assert_eq!(initial.len(), 1);
    assert_eq!(initial[0].due_on, date!(2024 - 01 - 28));
    assert_eq!(initial[0].status, DeadlineStatus::Upcoming);
    assert_eq!(
        initial[0].basis.sentence_en(),
        "Art. 7.1: 180 days after entry into force for the State (2023-08-01)."
    );
}

#[test]
fn art7_initial_overdue_the_day_after_its_deadline_not_on_it() {
    let p = party(date!(2023 - 08 - 01));
    let on_the_day = run(&p, &[], &[], date!(2024 - 01 - 28));
    assert_eq!(
        of(&on_the_day, "art7-initial")[0].status,
        DeadlineStatus::Upcoming
    );
    let after = run(&p, &[], &[], date!(2024 - 01 - 29));
    let initial = of(&after, "art7-initial")[0];
    assert_eq!(initial.status, DeadlineStatus::Overdue);
    assert_eq!(initial.days_overdue(date!(2024 - 01 - 29)), 1);
}

#[test]
fn art7_initial_met_on_time_late_and_not_before_it_was_received() {
    let p = party(date!(2023 - 08 - 01));
    let subs = [report("art7-initial", None, date!(2024 - 03 - 01))];
    // As of a day before the report arrived, it is overdue: what came later does not count.
    let before = run(&p, &[], &subs, date!(2024 - 02 - 15));
    assert_eq!(
        of(&before, "art7-initial")[0].status,
        DeadlineStatus::Overdue
    );
    let after = run(&p, &[], &subs, date!(2024 - 03 - 01));
    assert_eq!(
        of(&after, "art7-initial")[0].status,
        DeadlineStatus::MetLate
    );
    let on_time = [report("art7-initial", None, date!(2024 - 01 - 28))];
    let met = run(&p, &[], &on_time, date!(2024 - 06 - 01));
    assert_eq!(of(&met, "art7-initial")[0].status, DeadlineStatus::Met);
    assert_eq!(
        of(&met, "art7-initial")[0].submitted_on,
        Some(date!(2024 - 01 - 28))
    );
}

#[test]
fn art7_annual_due_30_april_covering_previous_year_after_the_initial_report() {
    // EIF 1 Dec 2020: the initial report is due 30 May 2021, so 30 April 2021 (covering 2020) is
    // not yet an annual deadline; the first is 30 April 2022, covering 2021.
    let p = party(date!(2020 - 12 - 01));
    let d = run(&p, &[], &[], date!(2023 - 01 - 10));
    let annual = of(&d, "art7-annual");
    assert_eq!(
        annual
            .iter()
            .map(|d| (d.period, d.due_on))
            .collect::<Vec<_>>(),
        vec![
            (Some(2021), date!(2022 - 04 - 30)),
            (Some(2022), date!(2023 - 04 - 30)),
        ]
    );
    assert_eq!(annual[0].status, DeadlineStatus::Overdue);
    assert_eq!(annual[1].status, DeadlineStatus::Upcoming);
    // A report counts for the year it covers, not for another year.
    let subs = [report("art7-annual", Some(2022), date!(2022 - 04 - 01))];
    let d = run(&p, &[], &subs, date!(2023 - 01 - 10));
    assert_eq!(of(&d, "art7-annual")[0].status, DeadlineStatus::Overdue);
}

#[test]
fn art7_annual_first_update_covers_the_year_of_entry_into_force() {
    let p = party(date!(2010 - 08 - 01));
    let d = run(&p, &[], &[], date!(2011 - 01 - 01));
    assert_eq!(of(&d, "art7-annual")[0].due_on, date!(2011 - 04 - 30));
    assert_eq!(of(&d, "art7-annual")[0].period, Some(2010));
}

#[test]
fn art3_destruction_due_eight_years_after_eif() {
    let p = party(date!(2010 - 08 - 01));
    let holder = [entry(ProfileKind::StockpileHolder, None, None)];
    let d = run(&p, &holder, &[], date!(2015 - 01 - 01));
    let art3 = of(&d, "art3-destruction");
    assert_eq!(art3[0].due_on, date!(2018 - 08 - 01));
    assert_eq!(art3[0].status, DeadlineStatus::Upcoming);
    // A State that holds no stockpile owes no Art. 3 deadline.
    let d = run(&p, &[], &[], date!(2015 - 01 - 01));
    assert!(of(&d, "art3-destruction").is_empty());
}

#[test]
fn art3_destruction_met_by_the_declaration_of_completion_not_by_the_profile() {
    let p = party(date!(2010 - 08 - 01));
    // A profile period is what a source attests; its end is not the day stocks were destroyed.
    let holder = [entry(
        ProfileKind::StockpileHolder,
        Some(date!(2010 - 08 - 01)),
        Some(date!(2016 - 03 - 01)),
    )];
    let d = run(&p, &holder, &[], date!(2019 - 01 - 01));
    assert_eq!(
        of(&d, "art3-destruction")[0].status,
        DeadlineStatus::Overdue
    );
    let declared = [report("art3-destruction", None, date!(2016 - 03 - 01))];
    let d = run(&p, &holder, &declared, date!(2019 - 01 - 01));
    let art3 = of(&d, "art3-destruction")[0];
    assert_eq!(art3.status, DeadlineStatus::Met);
    assert_eq!(art3.submitted_on, Some(date!(2016 - 03 - 01)));
}

#[test]
fn art3_extension_granted_moves_the_deadline_from_its_decision_on() {
    // Bulgaria: EIF 1 Oct 2011, deadline 1 Oct 2019; 18 months to 1 Apr 2021 granted at the 9MSP.
    let p = party(date!(2011 - 10 - 01));
    let holder = [entry(ProfileKind::StockpileHolder, None, None)];
    let ext = Submission {
        obligation: "art3-destruction".into(),
        kind: SubmissionKind::ExtensionGranted,
        period: None,
        received_on: date!(2019 - 09 - 04),
        extended_to: Some(date!(2021 - 04 - 01)),
        reference: "9MSP".into(),
    };
    let before = run(
        &p,
        &holder,
        std::slice::from_ref(&ext),
        date!(2019 - 09 - 01),
    );
    assert_eq!(
        of(&before, "art3-destruction")[0].due_on,
        date!(2019 - 10 - 01)
    );
    let after = run(&p, &holder, &[ext], date!(2020 - 01 - 01));
    let art3 = of(&after, "art3-destruction")[0];
    assert_eq!(art3.due_on, date!(2021 - 04 - 01));
    assert_eq!(art3.original_due_on, date!(2019 - 10 - 01));
    assert_eq!(art3.status, DeadlineStatus::Upcoming);
    assert!(
        art3.basis
            .sentence_en()
            .ends_with("extended to 2021-04-01.")
    );
}

#[test]
fn art3_extension_at_most_four_years_per_request() {
    let req = ExtensionRequest {
        submitted_on: date!(2018 - 11 - 01),
        meeting_opens_on: date!(2019 - 09 - 02),
        deadline: date!(2019 - 10 - 01),
        months: 48,
        previous_requests: 0,
        exceptional_circumstances: false,
    };
    assert!(check_extension_request(&art3_extension(), &req).is_empty());
    let long = ExtensionRequest { months: 49, ..req };
    assert_eq!(
        check_extension_request(&art3_extension(), &long),
        vec![ExtensionProblem::TooLong { max_years: 4 }]
    );
}

#[test]
fn art3_extension_request_nine_months_before_the_meeting() {
    let req = ExtensionRequest {
        submitted_on: date!(2018 - 12 - 02),
        meeting_opens_on: date!(2019 - 09 - 02),
        deadline: date!(2019 - 10 - 01),
        months: 18,
        previous_requests: 0,
        exceptional_circumstances: false,
    };
    assert!(check_extension_request(&art3_extension(), &req).is_empty());
    let late = ExtensionRequest {
        submitted_on: date!(2018 - 12 - 03),
        ..req
    };
    assert_eq!(
        check_extension_request(&art3_extension(), &late),
        vec![ExtensionProblem::LateForMeeting {
            latest: date!(2018 - 12 - 02)
        }]
    );
}

#[test]
fn art3_further_request_only_in_exceptional_circumstances() {
    let req = ExtensionRequest {
        submitted_on: date!(2020 - 11 - 01),
        meeting_opens_on: date!(2021 - 09 - 20),
        deadline: date!(2021 - 04 - 01),
        months: 15,
        previous_requests: 1,
        exceptional_circumstances: false,
    };
    assert_eq!(
        check_extension_request(&art3_extension(), &req),
        vec![ExtensionProblem::FurtherWithoutExceptionalCircumstances]
    );
    let exceptional = ExtensionRequest {
        exceptional_circumstances: true,
        ..req
    };
    assert!(check_extension_request(&art3_extension(), &exceptional).is_empty());
}

#[test]
fn art4_clearance_due_ten_years_after_eif_for_an_affected_state() {
    let p = party(date!(2010 - 08 - 01));
    let affected = [entry(ProfileKind::Affected, None, None)];
    let d = run(&p, &affected, &[], date!(2021 - 01 - 01));
    let art4 = of(&d, "art4-clearance")[0];
    assert_eq!(art4.due_on, date!(2020 - 08 - 01));
    assert_eq!(art4.status, DeadlineStatus::Overdue);
    // Affected only from a date after entry into force: the rule is then ten years from the end
    // of active hostilities, which the record does not hold, so no deadline is computed.
    let later = [entry(
        ProfileKind::Affected,
        Some(date!(2012 - 01 - 01)),
        None,
    )];
    assert!(
        of(
            &run(&p, &later, &[], date!(2021 - 01 - 01)),
            "art4-clearance"
        )
        .is_empty()
    );
}

#[test]
fn art4_extension_request_before_the_deadline_and_renewable() {
    let req = ExtensionRequest {
        submitted_on: date!(2019 - 11 - 01),
        meeting_opens_on: date!(2020 - 11 - 25),
        deadline: date!(2020 - 08 - 01),
        months: 60,
        previous_requests: 2,
        exceptional_circumstances: false,
    };
    assert!(check_extension_request(&art4_extension(), &req).is_empty());
    let after = ExtensionRequest {
        submitted_on: date!(2020 - 08 - 01),
        meeting_opens_on: date!(2021 - 09 - 20),
        ..req
    };
    assert_eq!(
        check_extension_request(&art4_extension(), &after),
        vec![ExtensionProblem::AfterDeadline {
            deadline: date!(2020 - 08 - 01)
        }]
    );
    let long = ExtensionRequest { months: 61, ..req };
    assert_eq!(
        check_extension_request(&art4_extension(), &long),
        vec![ExtensionProblem::TooLong { max_years: 5 }]
    );
}

#[test]
fn art3_8_retention_report_yearly_while_munitions_are_retained() {
    let p = party(date!(2010 - 08 - 01));
    let kept = [entry(
        ProfileKind::Retention,
        Some(date!(2010 - 08 - 01)),
        Some(date!(2013 - 01 - 01)),
    )];
    let d = run(&p, &kept, &[], date!(2016 - 01 - 01));
    let years: Vec<Option<i32>> = of(&d, "art3-retention").iter().map(|d| d.period).collect();
    assert_eq!(years, vec![Some(2010), Some(2011), Some(2012)]);
    assert!(of(&run(&p, &[], &[], date!(2016 - 01 - 01)), "art3-retention").is_empty());
}

#[test]
fn art20_no_deadline_owed_once_a_withdrawal_takes_effect() {
    let mut p = party(date!(2011 - 05 - 01));
    p.withdrawal_effective_on = Some(date!(2025 - 03 - 06));
    let d = run(&p, &[], &[], date!(2026 - 06 - 01));
    let annual = of(&d, "art7-annual");
    assert_eq!(annual.last().map(|d| d.due_on), Some(date!(2024 - 04 - 30)));
    assert!(d.iter().all(|d| d.due_on < date!(2025 - 03 - 06)));
}

#[test]
fn a_state_without_entry_into_force_owes_nothing_yet() {
    let mut p = party(date!(2010 - 08 - 01));
    p.in_force_on = None;
    assert!(run(&p, &[], &[], date!(2026 - 01 - 01)).is_empty());
}

#[test]
fn next_deadline_is_the_oldest_overdue_then_the_next_upcoming() {
    let p = party(date!(2023 - 08 - 01));
    let d = run(&p, &[], &[], date!(2024 - 02 - 01));
    assert_eq!(
        next_deadline(&d).map(|d| d.obligation.as_str()),
        Some("art7-initial")
    );
    let subs = [report("art7-initial", None, date!(2024 - 01 - 20))];
    let d = run(&p, &[], &subs, date!(2024 - 02 - 01));
    let next = next_deadline(&d).map(|d| (d.obligation.as_str(), d.due_on));
    assert_eq!(next, Some(("art7-annual", date!(2024 - 04 - 30))));
}

#[test]
fn presets_with_bad_obligations_are_refused() {
    let mut bad = ccm();
    bad.push(bad[0].clone());
    bad[1].due = DueRule::Annually {
        month: 2,
        day: 30,
        after: Some("nothing".into()),
    };
    let problems = problems(&bad);
    assert!(
        problems.iter().any(|p| p.contains("used twice")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("30/2 is not a day")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("\"nothing\"")),
        "{problems:?}"
    );
    assert!(super::problems(&ccm()).is_empty());
}
