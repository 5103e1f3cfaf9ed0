use super::*;

fn names(en: &str) -> Names {
    Names {
        en: en.into(),
        fr: en.into(),
        es: en.into(),
        ar: en.into(),
    }
}

fn form(key: &str, shape: FormShape) -> ReportForm {
    ReportForm {
        key: key.into(),
        name: names(key),
        shape,
        obligations: vec!["art7-initial".into(), "art7-annual".into()],
        source: "test".into(),
    }
}

fn preset() -> Vec<ReportForm> {
    vec![
        form("A", FormShape::Text),
        form("B", FormShape::Stockpile),
        form("F", FormShape::Area),
    ]
}

fn codes(f: &[ReportFinding]) -> Vec<(&str, &str)> {
    f.iter().map(|f| (f.code, f.form.as_str())).collect()
}

fn judge(
    annual: bool,
    period: Option<i32>,
    entries: &BTreeMap<String, FormEntry>,
) -> Vec<ReportFinding> {
    let forms = preset();
    let of: Vec<&ReportForm> = forms_for(&forms, "art7-annual");
    findings(&ReportFacts {
        forms: &of,
        annual,
        period,
        entries,
    })
}

fn filled() -> BTreeMap<String, FormEntry> {
    let mut e = BTreeMap::new();
    e.insert(
        "A".to_string(),
        FormEntry {
            text: "National law of 2011 (DEMO)".into(),
            ..Default::default()
        },
    );
    e.insert(
        "B".to_string(),
        FormEntry {
            stockpiles: vec![StockpileRow {
                munition: "M26".into(),
                held: 120,
                lots: "L-1".into(),
                destroyed: 30,
            }],
            ..Default::default()
        },
    );
    e.insert(
        "F".to_string(),
        FormEntry {
            areas: vec![AreaRow {
                region: "North".into(),
                contaminated_m2: 5_000,
                cleared_m2: 1_000,
            }],
            ..Default::default()
        },
    );
    e
}

#[test]
fn art7_report_with_every_form_filled_has_no_finding() {
    assert!(judge(true, Some(2024), &filled()).is_empty());
    assert!(judge(false, None, &filled()).is_empty());
}

#[test]
fn art7_annual_form_unchanged_needs_year() {
    let mut e = filled();
    e.insert(
        "A".into(),
        FormEntry {
            status: FormStatus::Unchanged,
            ..Default::default()
        },
    );
    let f = judge(true, Some(2024), &e);
    assert_eq!(codes(&f), vec![("unchanged-needs-year", "A")]);
    assert!(has_errors(&f));
    e.insert(
        "A".into(),
        FormEntry {
            status: FormStatus::Unchanged,
            since: Some(2022),
            ..Default::default()
        },
    );
    assert!(judge(true, Some(2024), &e).is_empty());
}

#[test]
fn art7_annual_form_unchanged_since_the_year_covered_refused() {
    let mut e = filled();
    e.insert(
        "A".into(),
        FormEntry {
            status: FormStatus::Unchanged,
            since: Some(2024),
            ..Default::default()
        },
    );
    let f = judge(true, Some(2024), &e);
    assert_eq!(codes(&f), vec![("since-not-earlier", "A")]);
    assert_eq!(f[0].value, Some(2024));
}

#[test]
fn art7_initial_form_not_applicable_refused() {
    let mut e = filled();
    e.insert(
        "F".into(),
        FormEntry {
            status: FormStatus::NotApplicable,
            ..Default::default()
        },
    );
    let f = judge(false, None, &e);
    assert_eq!(codes(&f), vec![("mark-initial", "F")]);
    assert!(has_errors(&f));
    assert!(judge(true, Some(2024), &e).is_empty());
}

#[test]
fn art7_form_left_empty_is_a_warning_not_an_error() {
    let mut e = filled();
    e.remove("A");
    let f = judge(true, Some(2024), &e);
    assert_eq!(codes(&f), vec![("form-empty", "A")]);
    assert!(!has_errors(&f));
}

#[test]
fn art7_rows_only_on_their_forms_and_named() {
    let mut e = filled();
    if let Some(a) = e.get_mut("A") {
        a.stockpiles.push(StockpileRow {
            munition: "x".into(),
            ..Default::default()
        });
    }
    if let Some(b) = e.get_mut("B") {
        b.stockpiles.push(StockpileRow {
            munition: " ".into(),
            held: 1,
            ..Default::default()
        });
    }
    e.insert(
        "Z".into(),
        FormEntry {
            text: "?".into(),
            ..Default::default()
        },
    );
    let f = judge(true, Some(2024), &e);
    assert_eq!(
        codes(&f),
        vec![
            ("unknown-form", "Z"),
            ("rows-on-text-form", "A"),
            ("row-unnamed", "B")
        ]
    );
}

#[test]
fn art7_totals_add_changed_forms_only() {
    let mut e = filled();
    e.insert(
        "C".into(),
        FormEntry {
            status: FormStatus::Unchanged,
            since: Some(2020),
            stockpiles: vec![StockpileRow {
                munition: "old".into(),
                held: 999,
                ..Default::default()
            }],
            ..Default::default()
        },
    );
    assert_eq!(
        totals(&e),
        Totals {
            held: 120,
            destroyed: 30,
            contaminated_m2: 5_000,
            cleared_m2: 1_000
        }
    );
}

#[test]
fn preset_forms_name_known_obligations_once() {
    let forms = preset();
    assert!(problems(&forms, &["art7-initial", "art7-annual"]).is_empty());
    let mut twice = forms.clone();
    twice.push(form("B", FormShape::Text));
    let p = problems(&twice, &["art7-initial", "art7-annual"]);
    assert_eq!(p.len(), 2, "{p:?}");
    let p = problems(&forms, &["art7-initial"]);
    assert!(p.iter().all(|s| s.contains("art7-annual")), "{p:?}");
}
