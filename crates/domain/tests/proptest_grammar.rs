//! Property tests (issue 11, item 4: fuzzing on stable) for the two grammars the domain reads
//! from people: document symbols (DOMAIN.md §5) and the registration form (P1.1). They run
//! briefly in CI (256 cases each; `PROPTEST_CASES` changes it) and assert what must hold for
//! every input, not only for the examples in the unit tests: no panic, a clean refusal that
//! names the problem, and a round trip where one exists.

use proptest::prelude::*;
use proptest::test_runner::Config;
use treatydesk_domain::registration::{
    Category, DelegationRole, Field, MAX_FIELD, RegistrationForm, email_is_shaped, parse,
};
use treatydesk_domain::symbol::{Item, Modifier, Symbol, next_free};

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

/// Text made of the symbol grammar's own pieces, so that most inputs come close to a symbol.
fn symbolish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("CCM".to_string()),
        Just("APLC".to_string()),
        Just("MSP".to_string()),
        Just("CONF".to_string()),
        Just("P.V".to_string()),
        Just("PM".to_string()),
        Just("WP".to_string()),
        Just("Rev".to_string()),
        Just("Amend".to_string()),
        Just("Corr".to_string()),
        Just("Add".to_string()),
        Just("INF".to_string()),
        Just("Misc".to_string()),
        Just("/".to_string()),
        Just(".".to_string()),
        Just("0".to_string()),
        Just(" ".to_string()),
        (0u32..3000).prop_map(|n| n.to_string()),
        Just(u32::MAX.to_string()),
        Just("4294967296".to_string()),
        "[A-Za-z0-9./ ]{1,4}",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..14).prop_map(|p| p.concat())
}

fn organ_segment() -> impl Strategy<Value = String> {
    "[A-Z][A-Z0-9]{0,4}(\\.[A-Z0-9]{1,3})?"
        .prop_filter("PM and PM.n are the preparatory meeting", |s| {
            s != "PM" && !s.starts_with("PM.")
        })
}

fn modifier() -> impl Strategy<Value = Modifier> {
    prop_oneof![
        Just(Modifier::Rev),
        Just(Modifier::Amend),
        Just(Modifier::Corr),
        Just(Modifier::Add),
    ]
}

/// A well-formed symbol, built from its parts.
fn symbol() -> impl Strategy<Value = Symbol> {
    (
        "[A-Z]{1,8}",
        proptest::collection::vec(organ_segment(), 0..3),
        proptest::option::of(1945u16..=2999),
        proptest::option::of(proptest::option::of(1u32..=u32::MAX)),
        prop_oneof![
            (1u32..=u32::MAX).prop_map(Item::Number),
            (
                prop_oneof![Just("WP"), Just("INF"), Just("CRP"), Just("Misc")],
                1u32..=u32::MAX
            )
                .prop_map(|(s, n)| Item::Series(s.to_string(), n)),
        ],
        proptest::collection::vec((modifier(), 1u32..=u32::MAX), 0..4),
    )
        .prop_map(
            |(treaty, organ, year, preparatory, item, modifiers)| Symbol {
                treaty,
                organ,
                year,
                preparatory,
                item,
                modifiers,
            },
        )
}

proptest! {
    #![proptest_config(config())]

    /// Any text: no panic; what is accepted is written back exactly as it was typed (trimmed)
    /// and reads again as the same symbol; what is refused gets a sentence that quotes a part.
    #[test]
    fn p4_4_any_text_either_round_trips_as_a_symbol_or_is_refused_with_a_sentence(
        text in prop_oneof![symbolish(), any::<String>()]
    ) {
        match Symbol::parse(&text) {
            Ok(symbol) => {
                let written = symbol.to_string();
                prop_assert_eq!(&written, text.trim());
                prop_assert_eq!(Symbol::parse(&written), Ok(symbol.clone()));
                prop_assert!(symbol.original().modifiers.is_empty());
            }
            Err(problem) => {
                let sentence = problem.sentence;
                prop_assert!(sentence.contains('"'), "the refusal names the part: {}", sentence);
                prop_assert!(sentence.len() < 200 + 3 * text.len(), "{}", sentence);
                prop_assert!(problem.message.id.starts_with("refuse-symbol-"), "{}", sentence);
            }
        }
    }

    /// Every symbol built from the grammar's parts is written and read back unchanged.
    #[test]
    fn p4_4_every_well_formed_symbol_round_trips(symbol in symbol()) {
        let text = symbol.to_string();
        prop_assert_eq!(Symbol::parse(&text), Ok(symbol.clone()));
        prop_assert_eq!(Symbol::parse(&format!("  {text}\t")), Ok(symbol));
    }

    /// The next revision or correction belongs to the same original, carries one more (or,
    /// for a revision, a renumbered) modifier, and is not among the symbols already issued.
    #[test]
    fn p4_4_the_next_symbol_is_new_and_keeps_its_original(
        base in symbol(),
        m in modifier(),
        issued in proptest::collection::vec((modifier(), 1u32..6), 0..6),
    ) {
        let base = Symbol { modifiers: base.modifiers.into_iter().map(|(m, n)| (m, n.min(1000))).collect(), ..base };
        let existing: Vec<Symbol> = std::iter::once(base.clone())
            .chain(issued.iter().scan(base.clone(), |prev, (m, n)| {
                let mut s = prev.clone();
                s.modifiers.push((*m, *n));
                *prev = s.clone();
                Some(s)
            }))
            .collect();
        let next = base.next(m, &existing);
        prop_assert_eq!(next.original(), base.original());
        prop_assert!(!existing.contains(&next), "{} was issued already", next);
        prop_assert_eq!(next.modifiers.last().map(|(k, _)| *k), Some(m));
        prop_assert_eq!(Symbol::parse(&next.to_string()), Ok(next.clone()));
    }

    /// The next free number under a meeting's root is one more than the largest issued (any
    /// number a u32 holds may have been typed into the register), never one already issued,
    /// and a refusal, not an overflow, when the largest possible number is taken.
    #[test]
    fn p4_4_the_next_free_number_is_free_or_refused(
        numbers in proptest::collection::vec(prop_oneof![1u32..50, (u32::MAX - 3)..=u32::MAX], 0..6),
        series in proptest::option::of(prop_oneof![Just("WP"), Just("INF")]),
    ) {
        let root = "CCM/MSP/2012";
        let existing: Vec<Symbol> = numbers
            .iter()
            .map(|n| match series {
                Some(s) => format!("{root}/{s}.{n}"),
                None => format!("{root}/{n}"),
            })
            .map(|t| Symbol::parse(&t).map_err(|p| TestCaseError::fail(p.sentence)))
            .collect::<Result<_, _>>()?;
        let largest = numbers.iter().copied().max().unwrap_or(0);
        match next_free(root, series, &existing) {
            Ok(next) => {
                prop_assert!(!existing.contains(&next));
                let n = match &next.item {
                    Item::Number(n) | Item::Series(_, n) => *n,
                };
                prop_assert_eq!(u64::from(n), u64::from(largest) + 1);
                prop_assert_eq!(Symbol::parse(&next.to_string()), Ok(next.clone()));
            }
            Err(problem) => {
                let sentence = problem.sentence;
                prop_assert_eq!(largest, u32::MAX);
                prop_assert!(sentence.contains("no document number is free"), "{}", sentence);
            }
        }
    }
}

fn field_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("   ".to_string()),
        "[ -~]{0,40}",
        any::<String>(),
        "[a-zé ]{190,210}",
        Just("x".repeat(MAX_FIELD + 1)),
    ]
}

fn category_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("state-party".to_string()),
        Just("observer-state".to_string()),
        Just("international-organization".to_string()),
        Just("ngo".to_string()),
        Just("isu".to_string()),
        Just("media".to_string()),
        Just(" ngo ".to_string()),
        field_text(),
    ]
}

fn role_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("head".to_string()),
        Just("member".to_string()),
        Just("adviser".to_string()),
        field_text(),
    ]
}

fn email_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9.+]{1,20}@[a-z0-9]{1,12}\\.[a-z]{2,6}",
        "[a-z@. ]{0,12}",
        field_text(),
    ]
}

fn any_form() -> impl Strategy<Value = RegistrationForm> {
    (
        category_text(),
        prop_oneof![Just(String::new()), "[A-Za-z]{3}", field_text()],
        field_text(),
        field_text(),
        field_text(),
        email_text(),
        role_text(),
    )
        .prop_map(
            |(category, actor, organization, family_name, given_name, email, role)| {
                RegistrationForm {
                    category,
                    actor,
                    organization,
                    family_name,
                    given_name,
                    email,
                    role,
                }
            },
        )
}

proptest! {
    #![proptest_config(config())]

    /// Any form: no panic. Accepted, every field is trimmed, within its length, the e-mail is
    /// shaped and the category and role are the ones typed. Refused, every refusal has a
    /// sentence and a field, and a field that was fine is not blamed.
    #[test]
    fn p1_1_any_registration_form_is_parsed_or_refused_field_by_field(form in any_form()) {
        match parse(&form) {
            Ok(p) => {
                prop_assert_eq!(Some(p.category), Category::from_slug(form.category.trim()));
                prop_assert_eq!(Some(p.role), DelegationRole::from_slug(form.role.trim()));
                prop_assert_eq!(&p.email, form.email.trim());
                prop_assert!(email_is_shaped(&p.email));
                prop_assert_eq!(&p.family_name, form.family_name.trim());
                prop_assert_eq!(&p.given_name, form.given_name.trim());
                prop_assert_eq!(&p.organization, form.organization.trim());
                for text in [&p.family_name, &p.given_name, &p.organization, &p.email] {
                    prop_assert!(text.chars().count() <= MAX_FIELD);
                }
                prop_assert!(!p.family_name.is_empty() && !p.given_name.is_empty());
                let actor = form.actor.trim().to_uppercase();
                prop_assert_eq!(p.actor.clone(), (!actor.is_empty()).then_some(actor));
                prop_assert_eq!(p.dedupe_key(), p.email.to_lowercase());
            }
            Err(refusals) => {
                prop_assert!(!refusals.is_empty());
                for r in &refusals {
                    prop_assert!(!r.sentence().is_empty() && !r.key().is_empty());
                    let blamed = r.field();
                    let fine = |field: Field, value: &str| {
                        let v = value.trim();
                        blamed == field && !v.is_empty() && v.chars().count() <= MAX_FIELD
                            && matches!(r, treatydesk_domain::registration::Refusal::Required { .. })
                    };
                    prop_assert!(!fine(Field::FamilyName, &form.family_name), "{:?}", r);
                    prop_assert!(!fine(Field::GivenName, &form.given_name), "{:?}", r);
                    prop_assert!(!fine(Field::Email, &form.email), "{:?}", r);
                }
            }
        }
    }

    /// A form filled in as the page asks is accepted, whatever the names (any letters, up to
    /// the limit) and whatever spaces surround them.
    #[test]
    fn p1_1_a_well_filled_form_is_accepted(
        category in prop_oneof![Just("ngo"), Just("media"), Just("international-organization")],
        role in prop_oneof![Just("head"), Just("member"), Just("adviser")],
        organization in "\\PC{1,60}",
        family in "\\PC{1,200}",
        given in "\\PC{1,200}",
        email in "[a-z0-9.+_-]{1,30}@[a-z0-9-]{1,20}\\.[a-z]{2,6}",
        pad in "[ \t]{0,3}",
    ) {
        prop_assume!(!organization.trim().is_empty() && !family.trim().is_empty() && !given.trim().is_empty());
        let form = RegistrationForm {
            category: format!("{pad}{category}{pad}"),
            actor: String::new(),
            organization: format!("{pad}{organization}{pad}"),
            family_name: format!("{pad}{family}{pad}"),
            given_name: format!("{given}{pad}"),
            email: format!("{pad}{email}"),
            role: format!("{role}{pad}"),
        };
        let p = match parse(&form) {
            Ok(p) => p,
            Err(refusals) => return Err(TestCaseError::fail(format!("{refusals:?}"))),
        };
        prop_assert_eq!(p.family_name, family.trim());
        prop_assert_eq!(p.email, email);
    }
}
