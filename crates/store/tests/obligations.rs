//! Issue 16, obligations as data, through the store and the shipped presets: each rule named
//! after its article, accepting and refusing; the published examples of DOMAIN §1 (Nigeria's
//! and South Sudan's initial reports, the CMC's 2015 overdue list, the first Art. 3 deadlines);
//! submissions recorded and corrected by revision, never overwritten, and audited. Run on SQLite
//! and (with TREATYDESK_TEST_DATABASE_URL) on PostgreSQL.

use time::Date;
use time::macros::date;
use treatydesk_domain::obligation::{DeadlineStatus, DueRule, SubmissionKind, one_off_due};
use treatydesk_domain::{AccessLevel, DepositKind, EntryIntoForceRule};
use treatydesk_store::StoreError;
use treatydesk_store::audit::Author;
use treatydesk_store::entities::convention;
use treatydesk_store::obligations::NewSubmission;
use treatydesk_store::participation_entries::ParticipationEvent;
use treatydesk_store::registry::{PRESETS, parse_preset};
use treatydesk_store::testing::TestDb;

fn isu() -> Author {
    Author {
        user_id: None,
        who: "isu-officer".into(),
        reason: "report received by UNODA Geneva".into(),
    }
}

async fn sourced() -> (TestDb, convention::Model) {
    let db = TestDb::new().await.expect("db");
    db.store
        .load_sourced_record()
        .await
        .expect("sourced record");
    let ccm = db.store.convention("ccm").await.expect("ccm");
    (db, ccm)
}

fn preset_due(file: &str, key: &str) -> DueRule {
    let (_, text) = PRESETS.iter().find(|(f, _)| *f == file).expect(file);
    let preset = parse_preset(file, text).expect("preset");
    preset
        .obligations
        .into_iter()
        .find(|o| o.key == key)
        .expect(key)
        .due
}

/// The initial report's deadline for a State depositing on `deposit`, by the CCM preset.
fn ccm_initial_due(deposit: Date) -> Date {
    let eif = EntryIntoForceRule::ccm().for_deposit(deposit);
    one_off_due(&preset_due("ccm.toml", "art7-initial"), eif).expect("one-off")
}

fn report(key: &str, period: Option<i32>, on: Date) -> NewSubmission {
    NewSubmission {
        obligation: key.into(),
        kind: SubmissionKind::Report,
        period,
        received_on: on,
        extended_to: None,
        reference: "CCM/ART7/TEST".into(),
        access: AccessLevel::Public,
        note: String::new(),
    }
}

#[test]
fn art7_initial_published_examples_nigeria_and_south_sudan() {
    // ISU: Nigeria (deposit 28 Feb 2023) 28 Jan 2024; South Sudan (3 Aug 2023) 30 Jul 2024.
    assert_eq!(
        ccm_initial_due(date!(2023 - 02 - 28)),
        date!(2024 - 01 - 28)
    );
    assert_eq!(
        ccm_initial_due(date!(2023 - 08 - 03)),
        date!(2024 - 07 - 30)
    );
}

#[test]
fn art7_initial_cmc_2015_overdue_list() {
    // Fiji (EIF 1 Nov 2010) 30 Apr 2011, Comoros (EIF 1 Jan 2011) 30 Jun 2011, Niger (one of
    // the first 30) 28 Jan 2011.
    let rule = preset_due("ccm.toml", "art7-initial");
    assert_eq!(
        one_off_due(&rule, date!(2010 - 11 - 01)),
        Some(date!(2011 - 04 - 30))
    );
    assert_eq!(
        one_off_due(&rule, date!(2011 - 01 - 01)),
        Some(date!(2011 - 06 - 30))
    );
    assert_eq!(
        ccm_initial_due(date!(2009 - 06 - 01)),
        date!(2011 - 01 - 28)
    );
    // Cabo Verde (EIF 1 Apr 2011): the rule gives 28 Sep 2011, not the CMC's 28 Oct 2011.
    let cabo_verde = one_off_due(&rule, date!(2011 - 04 - 01));
    assert_eq!(cabo_verde, Some(date!(2011 - 09 - 28)));
    assert_ne!(cabo_verde, Some(date!(2011 - 10 - 28)));
}

#[test]
fn art3_destruction_due_eight_years_after_eif_published_deadlines() {
    let rule = preset_due("ccm.toml", "art3-destruction");
    assert_eq!(
        one_off_due(&rule, date!(2010 - 08 - 01)),
        Some(date!(2018 - 08 - 01))
    );
    assert_eq!(
        one_off_due(&rule, date!(2011 - 05 - 01)),
        Some(date!(2019 - 05 - 01))
    );
    assert_eq!(
        one_off_due(&rule, date!(2011 - 10 - 01)),
        Some(date!(2019 - 10 - 01))
    );
    assert_ne!(
        one_off_due(&rule, date!(2011 - 10 - 01)),
        Some(date!(2019 - 04 - 01))
    );
}

#[test]
fn art4_clearance_due_ten_years_after_eif() {
    let rule = preset_due("ccm.toml", "art4-clearance");
    assert_eq!(
        one_off_due(&rule, date!(2010 - 08 - 01)),
        Some(date!(2020 - 08 - 01))
    );
    assert_ne!(
        one_off_due(&rule, date!(2010 - 08 - 01)),
        Some(date!(2018 - 08 - 01))
    );
}

#[test]
fn bwc_cbms_due_15_april_aplc_art7_as_the_ccm() {
    assert_eq!(
        preset_due("bwc.toml", "cbm"),
        DueRule::Annually {
            month: 4,
            day: 15,
            after: None
        }
    );
    assert_eq!(
        preset_due("aplc.toml", "art7-initial"),
        preset_due("ccm.toml", "art7-initial")
    );
    let (_, text) = PRESETS.iter().find(|(f, _)| *f == "bwc.toml").expect("bwc");
    let bwc = parse_preset("bwc.toml", text).expect("bwc");
    let forms: Vec<&str> = bwc.obligations[0]
        .contents
        .iter()
        .map(|c| c.key.as_str())
        .collect();
    // Form D was deleted by the 7th Review Conference (2011).
    assert!(!forms.contains(&"D"), "{forms:?}");
    assert_eq!(bwc.architecture.versions.len(), 3);
}

#[test]
fn presets_with_broken_obligations_are_refused_naming_the_field() {
    let (_, text) = PRESETS[0];
    let broken = text.replace("days = 180", "days = 0");
    let err = parse_preset("ccm.toml", &broken).expect_err("zero days");
    assert!(
        err.to_string()
            .contains("ccm.toml: obligations[0] (art7-initial).due.days"),
        "{err}"
    );
    let unknown = text.replace("after = \"art7-initial\"", "after = \"art9\"");
    let err = parse_preset("ccm.toml", &unknown).expect_err("unknown after");
    assert!(err.to_string().contains("\"art9\""), "{err}");
}

#[tokio::test]
async fn art7_initial_state_deadline_met_when_isu_records_the_report() {
    let (db, ccm) = sourced().await;
    let ssd = db.store.actor("SSD").await.expect("SSD");
    let before = db
        .store
        .state_deadlines(&ccm, &ssd, date!(2024 - 08 - 01))
        .await
        .expect("deadlines")
        .expect("a record");
    let initial = before
        .deadlines
        .iter()
        .find(|d| d.obligation == "art7-initial")
        .expect("initial");
    assert_eq!(initial.due_on, date!(2024 - 07 - 30));
    assert_eq!(initial.status, DeadlineStatus::Overdue);
    let overdue = db
        .store
        .overdue(&ccm, date!(2024 - 08 - 01))
        .await
        .expect("overdue");
    assert!(
        overdue
            .iter()
            .any(|r| r.actor.code == "SSD" && r.deadline.obligation == "art7-initial")
    );

    db.store
        .record_submission(
            &isu(),
            &ccm,
            &ssd,
            report("art7-initial", None, date!(2024 - 07 - 25)),
        )
        .await
        .expect("recorded");
    let after = db
        .store
        .state_deadlines(&ccm, &ssd, date!(2024 - 08 - 01))
        .await
        .expect("deadlines")
        .expect("a record");
    let initial = after
        .deadlines
        .iter()
        .find(|d| d.obligation == "art7-initial")
        .expect("initial");
    assert_eq!(initial.status, DeadlineStatus::Met);
    let overdue = db
        .store
        .overdue(&ccm, date!(2024 - 08 - 01))
        .await
        .expect("overdue");
    assert!(
        !overdue
            .iter()
            .any(|r| r.actor.code == "SSD" && r.deadline.obligation == "art7-initial")
    );
    // Audited.
    let audit = db.store.audit_log(Some(ccm.id), 50).await.expect("audit");
    assert!(
        audit
            .iter()
            .any(|e| e.action == "obligation.record" && e.who == "isu-officer")
    );
}

#[tokio::test]
async fn art3_bulgaria_extension_granted_on_record_guinea_bissau_missed() {
    let (db, ccm) = sourced().await;
    let bgr = db.store.actor("BGR").await.expect("BGR");
    let d = db
        .store
        .state_deadlines(&ccm, &bgr, date!(2020 - 01 - 01))
        .await
        .expect("deadlines")
        .expect("record");
    let art3 = d
        .deadlines
        .iter()
        .find(|d| d.obligation == "art3-destruction")
        .expect("art 3");
    assert_eq!(art3.original_due_on, date!(2019 - 10 - 01));
    assert_eq!(art3.due_on, date!(2021 - 04 - 01));
    assert_eq!(art3.status, DeadlineStatus::Upcoming);
    let gnb = db.store.actor("GNB").await.expect("GNB");
    let d = db
        .store
        .state_deadlines(&ccm, &gnb, date!(2019 - 06 - 01))
        .await
        .expect("deadlines")
        .expect("record");
    let art3 = d
        .deadlines
        .iter()
        .find(|d| d.obligation == "art3-destruction")
        .expect("art 3");
    assert_eq!(art3.due_on, date!(2019 - 05 - 01));
    assert_eq!(art3.status, DeadlineStatus::Overdue);
}

#[tokio::test]
async fn submissions_are_corrected_by_revision_never_overwritten() {
    let (db, ccm) = sourced().await;
    let nga = db.store.actor("NGA").await.expect("NGA");
    let first = db
        .store
        .record_submission(
            &isu(),
            &ccm,
            &nga,
            report("art7-initial", None, date!(2024 - 02 - 10)),
        )
        .await
        .expect("recorded");
    let mut why = isu();
    why.reason = "the date stamp reads 20 January".into();
    let second = db
        .store
        .correct_submission(
            &why,
            &ccm,
            first.id,
            report("art7-initial", None, date!(2024 - 01 - 20)),
        )
        .await
        .expect("corrected");
    assert_eq!(second.supersedes, Some(first.id));
    let all = db.store.submissions(&ccm, &nga, false).await.expect("all");
    assert_eq!(all.len(), 2);
    assert_eq!(
        all.iter()
            .find(|s| s.id == first.id)
            .and_then(|s| s.superseded_by),
        Some(second.id)
    );
    let current = db
        .store
        .submissions(&ccm, &nga, true)
        .await
        .expect("current");
    assert_eq!(current.len(), 1);
    assert_eq!(current[0].received_on, date!(2024 - 01 - 20));
    let d = db
        .store
        .state_deadlines(&ccm, &nga, date!(2024 - 03 - 01))
        .await
        .expect("d")
        .expect("record");
    assert_eq!(d.deadlines[0].status, DeadlineStatus::Met);
    // The old row cannot be corrected again; a correction needs a reason.
    let again = db
        .store
        .correct_submission(
            &why,
            &ccm,
            first.id,
            report("art7-initial", None, date!(2024 - 01 - 21)),
        )
        .await;
    assert!(matches!(again, Err(StoreError::Conflict(_))), "{again:?}");
    let mut silent = isu();
    silent.reason = " ".into();
    let silent = db
        .store
        .correct_submission(
            &silent,
            &ccm,
            second.id,
            report("art7-initial", None, date!(2024 - 01 - 21)),
        )
        .await;
    assert!(matches!(silent, Err(StoreError::Invalid(_))), "{silent:?}");
}

#[tokio::test]
async fn submissions_that_break_the_rules_are_refused_with_a_sentence() {
    let (db, ccm) = sourced().await;
    let nga = db.store.actor("NGA").await.expect("NGA");
    let cases = [
        (
            report("art9", None, date!(2024 - 01 - 20)),
            "not an obligation",
        ),
        (
            report("art7-annual", None, date!(2024 - 04 - 20)),
            "give the year it covers",
        ),
        (
            report("art7-initial", Some(2023), date!(2024 - 01 - 20)),
            "leave the year out",
        ),
        (
            NewSubmission {
                kind: SubmissionKind::ExtensionGranted,
                ..report("art7-initial", None, date!(2024 - 01 - 20))
            },
            "needs the new deadline",
        ),
        (
            NewSubmission {
                kind: SubmissionKind::ExtensionGranted,
                extended_to: Some(date!(2025 - 01 - 01)),
                ..report("art7-initial", None, date!(2024 - 01 - 20))
            },
            "has no extension rule",
        ),
        (
            NewSubmission {
                reference: "  ".into(),
                ..report("art7-initial", None, date!(2024 - 01 - 20))
            },
            "document reference",
        ),
    ];
    for (new, expected) in cases {
        let err = db
            .store
            .record_submission(&isu(), &ccm, &nga, new)
            .await
            .expect_err(expected);
        assert!(err.to_string().contains(expected), "{err} / {expected}");
    }
    // An organization owes no obligation.
    let icrc = db.store.actor("ICRC").await.expect("ICRC");
    let err = db
        .store
        .record_submission(
            &isu(),
            &ccm,
            &icrc,
            report("art7-initial", None, date!(2024 - 01 - 20)),
        )
        .await
        .expect_err("not a State");
    assert!(err.to_string().contains("not a State"), "{err}");
}

#[tokio::test]
async fn art7_deposit_recorded_gives_the_initial_deadline() {
    let (db, ccm) = sourced().await;
    db.store
        .record_participation_event(
            &isu(),
            &ccm,
            "KEN",
            ParticipationEvent::Deposit {
                on: date!(2026 - 02 - 28),
                kind: DepositKind::Ratification,
            },
        )
        .await
        .expect("deposit");
    let ken = db.store.actor("KEN").await.expect("KEN");
    let d = db
        .store
        .state_deadlines(&ccm, &ken, date!(2026 - 03 - 01))
        .await
        .expect("d")
        .expect("record");
    assert_eq!(d.in_force_on, Some(date!(2026 - 08 - 01)));
    assert_eq!(d.deadlines[0].due_on, date!(2027 - 01 - 28));
    assert_eq!(d.deadlines[0].status, DeadlineStatus::Upcoming);
}

#[tokio::test]
async fn presets_store_their_obligations_once() {
    let (db, ccm) = sourced().await;
    let obligations = db.store.obligations(&ccm).await.expect("obligations");
    let keys: Vec<&str> = obligations.iter().map(|o| o.key.as_str()).collect();
    assert_eq!(
        keys,
        vec![
            "art7-initial",
            "art7-annual",
            "art3-destruction",
            "art3-retention",
            "art4-clearance"
        ]
    );
    db.store.load_presets().await.expect("again");
    assert_eq!(db.store.obligations(&ccm).await.expect("o").len(), 5);
    let bwc = db.store.convention("bwc").await.expect("bwc");
    assert_eq!(db.store.obligations(&bwc).await.expect("bwc").len(), 1);
}

/// Issue 19 item 2: every name a preset's architecture gives has its French, Spanish and
/// Arabic forms, or says why not; a preset that is silent about a missing language is refused.
#[test]
fn p19_2_preset_names_in_four_languages_or_saying_why() {
    use treatydesk_domain::Lang;
    for (file, text) in PRESETS {
        let preset = parse_preset(file, text).expect("preset");
        let g = &preset.glossary;
        assert!(!g.terms().is_empty(), "{file} names its architecture");
        for v in &preset.architecture.versions {
            for b in &v.bodies {
                for lang in Lang::ALL {
                    let shown = g.show(lang, &b.name);
                    let said = g.term(&b.name).and_then(|t| t.untranslated.clone());
                    assert!(
                        !shown.fallback || said.is_some(),
                        "{file}: {} in {lang:?}",
                        b.name
                    );
                }
            }
        }
    }
    let (_, ccm) = PRESETS[0];
    let silent = ccm.replace("ar = \"عالمية الاتفاقية\"\n", "");
    assert_ne!(silent, ccm, "the Arabic term was removed");
    let err = parse_preset("ccm.toml", &silent).expect_err("silent gap");
    assert!(
        err.to_string()
            .contains("\"Universalization\" has no ar name and does not say why"),
        "{err}"
    );
    let said = ccm.replace(
        "ar = \"عالمية الاتفاقية\"\n",
        "untranslated = \"DEMO test: no Arabic term\"\n",
    );
    let preset = parse_preset("ccm.toml", &said).expect("a gap that says why");
    let shown = preset.glossary.show(Lang::Ar, "Universalization");
    assert!(shown.fallback && shown.text == "Universalization");
    let unnamed = ccm.replace("en = \"Universalization\"\n", "en = \"Universality\"\n");
    let err = parse_preset("ccm.toml", &unnamed).expect_err("a name with no term");
    assert!(
        err.to_string().contains(
            "\"Universalization\" is named by the architecture but has no [[terms]] entry"
        ),
        "{err}"
    );
}
