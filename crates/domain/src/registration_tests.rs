//! The rules of registration (SPEC P1.1), each accepting and refusing.

use time::macros::date;

use super::*;

fn form(category: &str, actor: &str) -> RegistrationForm {
    RegistrationForm {
        category: category.into(),
        actor: actor.into(),
        organization: String::new(),
        family_name: "Okafor".into(),
        given_name: "Ada".into(),
        email: "ada.okafor@example.org".into(),
        role: "member".into(),
    }
}

fn open_circumstances(actor: ActorFact) -> Circumstances {
    Circumstances {
        today: date!(2026 - 03 - 01),
        reference_day: date!(2026 - 09 - 01),
        open: true,
        opens_on: Some(date!(2026 - 01 - 01)),
        deadline: Some(date!(2026 - 06 - 30)),
        cap: Some(3),
        actor,
        delegation_count: 0,
        delegation_has_head: false,
        has_credentials: true,
    }
}

fn nigeria(party: bool) -> ActorFact {
    ActorFact::State {
        name: "Nigeria".into(),
        party_in_force: party,
    }
}

fn parsed(f: &RegistrationForm) -> Parsed {
    parse(f).expect("the form parses")
}

#[test]
fn p1_1_registration_accepted_before_deadline() {
    let p = parsed(&form("state-party", "nga"));
    assert_eq!(p.actor.as_deref(), Some("NGA"));
    assert!(check(&p, &open_circumstances(nigeria(true))).is_empty());
    let mut on_the_day = open_circumstances(nigeria(true));
    on_the_day.today = date!(2026 - 06 - 30);
    assert!(check(&p, &on_the_day).is_empty());
}

#[test]
fn p1_1_registration_refused_after_deadline() {
    let p = parsed(&form("state-party", "NGA"));
    let mut late = open_circumstances(nigeria(true));
    late.today = date!(2026 - 07 - 01);
    let refusals = check(&p, &late);
    assert_eq!(
        refusals,
        vec![Refusal::AfterDeadline {
            deadline: date!(2026 - 06 - 30)
        }]
    );
    assert!(refusals[0].sentence().contains("2026-06-30"));
    assert_eq!(refusals[0].field(), Field::Form);
}

#[test]
fn p1_1_registration_refused_before_it_opens_and_when_not_open() {
    let p = parsed(&form("state-party", "NGA"));
    let mut early = open_circumstances(nigeria(true));
    early.today = date!(2025 - 12 - 31);
    assert_eq!(
        check(&p, &early),
        vec![Refusal::NotYetOpen {
            opens_on: date!(2026 - 01 - 01)
        }]
    );
    let mut closed = open_circumstances(nigeria(true));
    closed.open = false;
    assert_eq!(check(&p, &closed), vec![Refusal::NotOpen]);
}

#[test]
fn p1_1_registration_refuses_missing_fields_all_at_once() {
    let refusals = parse(&RegistrationForm::default()).expect_err("empty form");
    let fields: Vec<Field> = refusals.iter().map(Refusal::field).collect();
    for f in [
        Field::Category,
        Field::FamilyName,
        Field::GivenName,
        Field::Email,
        Field::Role,
    ] {
        assert!(fields.contains(&f), "{f:?} in {fields:?}");
    }
}

#[test]
fn p1_1_registration_refuses_a_badly_shaped_email() {
    for bad in [
        "ada",
        "ada@",
        "@example.org",
        "ada@example",
        "a da@example.org",
        "a@b@c.org",
    ] {
        let mut f = form("ngo", "");
        f.organization = "Landmine Action Network".into();
        f.email = bad.into();
        assert_eq!(parse(&f), Err(vec![Refusal::EmailShape]), "{bad}");
    }
    assert!(email_is_shaped("ada.okafor+msp@mail.example.org"));
}

#[test]
fn p1_1_registration_refuses_unknown_category_and_role() {
    let mut f = form("delegate", "NGA");
    f.role = "chief".into();
    let refusals = parse(&f).expect_err("unknown values");
    assert!(refusals.contains(&Refusal::UnknownCategory));
    assert!(refusals.contains(&Refusal::UnknownRole));
}

#[test]
fn p1_1_state_party_must_be_party_in_force_on_the_opening_day() {
    let p = parsed(&form("state-party", "NGA"));
    let refusals = check(&p, &open_circumstances(nigeria(false)));
    assert_eq!(
        refusals,
        vec![Refusal::NotPartyInForce {
            state: "Nigeria".into(),
            day: date!(2026 - 09 - 01)
        }]
    );
    assert!(refusals[0].sentence().contains("observer State"));
}

#[test]
fn p1_1_observer_state_must_not_be_a_party() {
    let p = parsed(&form("observer-state", "NGA"));
    assert!(check(&p, &open_circumstances(nigeria(false))).is_empty());
    assert_eq!(
        check(&p, &open_circumstances(nigeria(true))),
        vec![Refusal::PartyNotObserver {
            state: "Nigeria".into(),
            day: date!(2026 - 09 - 01)
        }]
    );
}

#[test]
fn p1_1_state_categories_need_a_state_from_the_registry() {
    assert_eq!(
        parse(&form("state-party", " ")),
        Err(vec![Refusal::Required {
            field: Field::Actor
        }])
    );
    let p = parsed(&form("state-party", "XYZ"));
    assert_eq!(
        check(&p, &open_circumstances(ActorFact::Unknown)),
        vec![Refusal::UnknownActor { code: "XYZ".into() }]
    );
    let p = parsed(&form("observer-state", "ICRC"));
    assert_eq!(
        check(
            &p,
            &open_circumstances(ActorFact::Organization {
                name: "International Committee of the Red Cross".into()
            })
        ),
        vec![Refusal::NotAState {
            code: "ICRC".into()
        }]
    );
}

#[test]
fn p1_1_organizations_take_a_registry_code_or_a_typed_name() {
    let mut circumstances = open_circumstances(ActorFact::Organization {
        name: "International Committee of the Red Cross".into(),
    });
    circumstances.has_credentials = false;
    let p = parsed(&form("international-organization", "ICRC"));
    assert!(check(&p, &circumstances).is_empty());
    let mut typed = form("ngo", "");
    typed.organization = "Landmine Action Network".into();
    let p = parsed(&typed);
    circumstances.actor = ActorFact::None;
    assert!(check(&p, &circumstances).is_empty());
    assert_eq!(p.delegation(), "ngo:landmine action network");
    assert_eq!(
        parse(&form("ngo", "")),
        Err(vec![Refusal::Required {
            field: Field::Organization
        }])
    );
    circumstances.actor = nigeria(true);
    let p = parsed(&form("media", "NGA"));
    assert_eq!(
        check(&p, &circumstances),
        vec![Refusal::NotAnOrganization { code: "NGA".into() }]
    );
}

#[test]
fn p1_1_state_delegations_need_credentials() {
    let p = parsed(&form("state-party", "NGA"));
    let mut without = open_circumstances(nigeria(true));
    without.has_credentials = false;
    assert_eq!(check(&p, &without), vec![Refusal::CredentialsRequired]);
}

#[test]
fn p1_1_credentials_must_be_a_pdf_of_at_most_5_mib() {
    assert_eq!(check_credentials(b"%PDF-1.7\n..."), Ok(()));
    assert_eq!(
        check_credentials(b"<html>%PDF-"),
        Err(Refusal::CredentialsNotPdf)
    );
    assert_eq!(check_credentials(b""), Err(Refusal::CredentialsNotPdf));
    let mut big = b"%PDF-".to_vec();
    big.resize(MAX_CREDENTIALS_BYTES + 1, b' ');
    assert_eq!(check_credentials(&big), Err(Refusal::CredentialsTooLarge));
    big.truncate(MAX_CREDENTIALS_BYTES);
    assert_eq!(check_credentials(&big), Ok(()));
}

#[test]
fn p1_1_cap_per_organization_counts_pending_and_approved() {
    let p = parsed(&form("state-party", "NGA"));
    let mut c = open_circumstances(nigeria(true));
    c.delegation_count = 2;
    assert!(check(&p, &c).is_empty());
    c.delegation_count = 3;
    assert_eq!(
        check(&p, &c),
        vec![Refusal::CapReached {
            delegation: "Nigeria".into(),
            cap: 3
        }]
    );
    c.cap = None;
    assert!(check(&p, &c).is_empty());
}

#[test]
fn p1_1_one_head_per_delegation() {
    let mut f = form("state-party", "NGA");
    f.role = "head".into();
    let p = parsed(&f);
    let mut c = open_circumstances(nigeria(true));
    assert!(check(&p, &c).is_empty());
    c.delegation_has_head = true;
    assert_eq!(
        check(&p, &c),
        vec![Refusal::HeadAlready {
            delegation: "Nigeria".into()
        }]
    );
    // A member may join a delegation that has its head.
    assert!(check(&parsed(&form("state-party", "NGA")), &c).is_empty());
}

#[test]
fn p1_1_duplicates_are_found_by_the_lowercased_email() {
    let mut a = form("ngo", "");
    a.organization = "X".into();
    let mut b = a.clone();
    b.email = "Ada.Okafor@Example.ORG".into();
    assert_eq!(parsed(&a).dedupe_key(), parsed(&b).dedupe_key());
}

#[test]
fn slugs_round_trip() {
    for c in Category::ALL {
        assert_eq!(Category::from_slug(c.slug()), Some(c));
    }
    for r in DelegationRole::ALL {
        assert_eq!(DelegationRole::from_slug(r.slug()), Some(r));
    }
    for s in RegistrationStatus::ALL {
        assert_eq!(RegistrationStatus::from_slug(s.slug()), Some(s));
    }
    assert!(RegistrationStatus::Pending.is_active());
    assert!(!RegistrationStatus::Refused.is_active());
}

#[test]
fn p18_7_a_reference_names_the_meeting_the_delegation_and_its_number() {
    assert_eq!(reference("2ISM", Some("NZL"), 3), "2ISM-NZL-0003");
    assert_eq!(reference("3RC", None, 12), "3RC-REG-0012");
    assert_eq!(reference("3RC", Some("NGA"), 12345), "3RC-NGA-12345");
}

#[test]
fn p18_7_changes_are_open_until_the_deadline_and_refused_after_it() {
    let deadline = time::macros::date!(2026 - 06 - 30);
    assert_eq!(check_change_window(deadline, Some(deadline)), Ok(()));
    assert_eq!(check_change_window(deadline, None), Ok(()));
    let late = check_change_window(deadline + time::Duration::days(1), Some(deadline));
    assert_eq!(late, Err(Refusal::AfterDeadline { deadline }));
    assert_eq!(Refusal::ReasonRequired.field(), Field::Reason);
}
