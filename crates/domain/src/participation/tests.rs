//! The published examples of DOMAIN.md, section 1 (Art. 17) and section 4 (Art. 20).

use super::*;
use time::macros::date;

fn ccm() -> (EntryIntoForceRule, WithdrawalRule) {
    (EntryIntoForceRule::ccm(), WithdrawalRule::ccm())
}

fn row(iso3: &str, sig: &str, dep: &str, eif: &str, note: &str) -> ParticipationRow {
    ParticipationRow {
        state: iso3.into(),
        iso3: iso3.into(),
        signature_date: sig.into(),
        ratification_date: dep.into(),
        entry_into_force_date: eif.into(),
        note: note.into(),
        ..Default::default()
    }
}

fn import(r: ParticipationRow) -> Result<Participation, Vec<crate::finding::Problem>> {
    let (e, w) = ccm();
    r.validate(e, w, |_| true)
}

#[test]
fn art17_published_examples() {
    let rule = EntryIntoForceRule::ccm();
    let cases = [
        ("Nigeria", date!(2023 - 02 - 28), date!(2023 - 08 - 01)),
        ("South Sudan", date!(2023 - 08 - 03), date!(2024 - 02 - 01)),
        ("Benin", date!(2017 - 07 - 10), date!(2018 - 01 - 01)),
        ("Switzerland", date!(2012 - 07 - 17), date!(2013 - 01 - 01)),
        ("Vanuatu", date!(2025 - 09 - 05), date!(2026 - 03 - 01)),
        // The first thirty: deposits up to 16 Feb 2010 all take effect on 1 Aug 2010.
        ("Holy See", date!(2008 - 12 - 03), date!(2010 - 08 - 01)),
        ("Burkina Faso", date!(2010 - 02 - 16), date!(2010 - 08 - 01)),
        ("Ecuador", date!(2010 - 05 - 11), date!(2010 - 11 - 01)),
    ];
    for (state, deposit, expected) in cases {
        assert_eq!(rule.for_deposit(deposit), expected, "{state}");
    }
}

#[test]
fn art17_state_party_on_date_nigeria() {
    let (_, w) = ccm();
    let p = import(row("NGA", "", "2023-02-28", "2023-08-01", "ratification")).expect("valid");
    assert_eq!(
        p.status_on(date!(2023 - 02 - 27), w),
        ParticipationStatus::NotParty
    );
    assert_eq!(
        p.status_on(date!(2023 - 02 - 28), w),
        ParticipationStatus::RatifiedNotInForce
    );
    assert!(!p.is_party_in_force_on(date!(2023 - 07 - 31), w));
    assert!(p.is_party_in_force_on(date!(2023 - 08 - 01), w));
}

#[test]
fn art17_state_party_on_date_vanuatu_and_south_sudan() {
    let (_, w) = ccm();
    let vut = import(row("VUT", "", "2025-09-05", "", "accession")).expect("valid");
    assert_eq!(vut.in_force_on, Some(date!(2026 - 03 - 01)));
    assert_eq!(vut.deposit_kind, Some(DepositKind::Accession));
    assert!(vut.status_on(date!(2025 - 12 - 01), w).is_state_party());
    assert!(!vut.is_party_in_force_on(date!(2026 - 02 - 28), w));
    assert!(vut.is_party_in_force_on(date!(2026 - 03 - 01), w));
    let ssd = import(row("SSD", "", "2023-08-03", "2024-02-01", "accession")).expect("valid");
    assert!(!ssd.is_party_in_force_on(date!(2024 - 01 - 31), w));
    assert!(ssd.is_party_in_force_on(date!(2024 - 02 - 01), w));
}

#[test]
fn art17_signatory_is_not_a_party() {
    let (_, w) = ccm();
    let ago = import(row("AGO", "2008-12-03", "", "", "signatory only")).expect("valid");
    assert_eq!(
        ago.status_on(date!(2025 - 01 - 01), w),
        ParticipationStatus::Signatory
    );
    assert_eq!(
        ago.status_on(date!(2008 - 12 - 02), w),
        ParticipationStatus::NotParty
    );
    assert!(!ago.is_party_in_force_on(date!(2025 - 01 - 01), w));
}

#[test]
fn art20_lithuania_withdrawal_effective_6_march_2025() {
    let (_, w) = ccm();
    let ltu = import(row(
        "LTU",
        "",
        "",
        "",
        "party until withdrawal took effect on 2025-03-06; ratification date not at hand",
    ))
    .expect("valid");
    assert_eq!(ltu.withdrawal_effective_on, Some(date!(2025 - 03 - 06)));
    assert!(ltu.is_party_in_force_on(date!(2025 - 03 - 05), w));
    assert_eq!(
        ltu.status_on(date!(2025 - 03 - 06), w),
        ParticipationStatus::Withdrawn
    );
    // Notice must have reached the depositary by 6 Sep 2024: a party then for certain.
    assert!(ltu.is_party_in_force_on(date!(2024 - 09 - 06), w));
    // Before that the record (no deposit date at hand) cannot say.
    assert_eq!(
        ltu.status_on(date!(2015 - 01 - 01), w),
        ParticipationStatus::Unknown
    );
}

#[test]
fn art20_withdrawal_takes_effect_six_months_after_notice() {
    let (_, w) = ccm();
    let mut r = row("LTU", "", "2011-03-24", "", "ratification");
    r.withdrawal_notice_date = "2024-09-06".into();
    let p = import(r).expect("valid");
    assert_eq!(p.withdrawal_effective_on, Some(date!(2025 - 03 - 06)));
    assert!(p.is_party_in_force_on(date!(2025 - 03 - 05), w));
    assert!(!p.is_party_in_force_on(date!(2025 - 03 - 06), w));
}

#[test]
fn art20_refuses_an_effective_date_earlier_than_six_months() {
    let mut r = row("LTU", "", "2011-03-24", "", "ratification");
    r.withdrawal_notice_date = "2024-09-06".into();
    r.withdrawal_effective_date = "2025-01-01".into();
    let problems = import(r).expect_err("too early");
    assert!(
        problems[0]
            .sentence
            .contains("earlier than the convention allows"),
        "{problems:?}"
    );
}

#[test]
fn art17_import_refuses_an_entry_into_force_that_contradicts_the_rule() {
    let problems = import(row("NGA", "", "2023-02-28", "2023-03-01", "")).expect_err("bad eif");
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0]
            .sentence
            .contains("the convention's rule gives 2023-08-01"),
        "{problems:?}"
    );
}

#[test]
fn import_refuses_bad_dates_codes_and_order() {
    let (e, w) = ccm();
    let problems = row("ngaa", "2008-13-03", "2008-01-01", "", "")
        .validate(e, w, |_| true)
        .expect_err("bad");
    assert!(
        problems.iter().any(|p| p.sentence.contains("alpha-3")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.sentence.contains("signature_date")),
        "{problems:?}"
    );
    let problems = row("XXX", "", "", "", "")
        .validate(e, w, |_| false)
        .expect_err("unknown");
    assert!(
        problems
            .iter()
            .any(|p| p.sentence.contains("not a State in the registry"))
    );
    assert!(problems.iter().any(|p| p.sentence.contains("no signature")));
    let problems = row("AUS", "2012-10-08", "2008-12-03", "", "")
        .validate(e, w, |_| true)
        .expect_err("order");
    assert!(problems[0].sentence.contains("before signature_date"));
}
