//! Reference data shipped inside the binary: the actors registry (every UN member State, the two
//! observer States, and the organizations the seed paper names) and the convention presets of
//! `conventions/`. Loading is idempotent: what exists is left alone, what is missing is added.

use std::collections::{HashMap, HashSet};

use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;
use treatydesk_domain::architecture::{Architecture, Version};
use treatydesk_domain::obligation::{self, Obligation};
use treatydesk_domain::preparation::TemplateItem;
use treatydesk_domain::transparency::ReportForm;
use treatydesk_domain::{EntryIntoForceRule, Lang, WithdrawalRule, calendar::parse_date};

use crate::audit::Author;
use crate::entities::{actor, convention};
use crate::{Store, StoreError};
use treatydesk_domain::architecture::MemberRule;
use treatydesk_domain::glossary::{Glossary, Term};
use treatydesk_domain::isu::IsuPreset;
use treatydesk_domain::lang::Names;
use treatydesk_domain::schedule::Cadence;

/// The registry file, generated from Debian's iso-codes (see `data/gen_actors.py`).
pub const ACTORS_CSV: &str = include_str!("../data/actors.csv");

/// The presets this binary knows, by file name.
pub const PRESETS: &[(&str, &str)] = &[
    ("ccm.toml", include_str!("../../../conventions/ccm.toml")),
    ("aplc.toml", include_str!("../../../conventions/aplc.toml")),
    ("ccw.toml", include_str!("../../../conventions/ccw.toml")),
    ("bwc.toml", include_str!("../../../conventions/bwc.toml")),
];

#[derive(Debug, Deserialize)]
struct ActorRow {
    kind: String,
    code: String,
    iso2: String,
    name_en: String,
    name_fr: String,
    name_es: String,
    name_ar: String,
    un_group: String,
    un_status: String,
}

/// A convention preset as written in TOML.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PresetFile {
    convention: PresetConvention,
    architecture: Vec<Version>,
    #[serde(default)]
    obligations: Vec<Obligation>,
    /// P4.4(a): the meeting preparation checklist's template.
    #[serde(default)]
    preparation: Vec<TemplateItem>,
    /// The ISU: its mandate's tasks and budget currency (issue 14).
    #[serde(default)]
    isu: IsuPreset,
    /// The architecture's names in the four languages (issue 19).
    #[serde(default)]
    terms: Vec<Term>,
    /// The forms of the reports filled online (issue 17).
    #[serde(default)]
    report_forms: Vec<ReportForm>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PresetConvention {
    code: String,
    short_name: String,
    adopted_on: Option<String>,
    opened_for_signature_on: Option<String>,
    depositary: Option<String>,
    name: Names,
    entry_into_force: Option<PresetEntryIntoForce>,
    withdrawal: Option<WithdrawalRule>,
    formal_meetings: Option<Cadence>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PresetEntryIntoForce {
    threshold_deposit: String,
    delay: treatydesk_domain::convention::EntryIntoForceDelay,
}

/// A convention's rules, stored as JSON in `conventions.rules`. A preset may leave a rule out
/// when its facts are not in TreatyDesk's reference data; nothing is then computed from it.
#[derive(Clone, Copy, Debug, serde::Serialize, Deserialize, PartialEq, Eq)]
pub struct ConventionRules {
    pub entry_into_force: Option<EntryIntoForceRule>,
    pub withdrawal: Option<WithdrawalRule>,
    /// Art. 11 and 12: the cadence of formal meetings (absent in rules stored before it existed).
    #[serde(default)]
    pub formal_meetings: Option<Cadence>,
}

/// A parsed, validated preset ready to store.
#[derive(Clone, Debug)]
pub struct Preset {
    pub model: convention::Model,
    pub rules: ConventionRules,
    pub architecture: Architecture,
    pub obligations: Vec<Obligation>,
    pub preparation: Vec<TemplateItem>,
    pub isu: IsuPreset,
    pub glossary: Glossary,
    pub report_forms: Vec<ReportForm>,
}

/// A shipped preset or registry file, or a convention stored from one, that this build cannot
/// read: a fault of the build or the store (a 500 that logs every reason), never a reader's
/// input to refuse in their language.
fn broken(reasons: Vec<String>) -> StoreError {
    StoreError::Database(sea_orm::DbErr::Custom(reasons.join("; ")))
}

/// Parses a preset, naming the file, the field and the reason when it is broken.
pub fn parse_preset(file: &str, text: &str) -> Result<Preset, StoreError> {
    let parsed: PresetFile = toml::from_str(text)
        .map_err(|e| broken(vec![format!("{file}: {}", e.to_string().trim())]))?;
    let c = parsed.convention;
    let mut problems = Vec::new();
    let mut date = |field: &str, value: &str| {
        let parsed = parse_date(value);
        if parsed.is_none() {
            problems.push(format!(
                "{file}: convention.{field}: \"{value}\" is not a date in the form YYYY-MM-DD"
            ));
        }
        parsed
    };
    let entry_into_force = c.entry_into_force.and_then(|e| {
        Some(EntryIntoForceRule {
            threshold_deposit: date("entry_into_force.threshold_deposit", &e.threshold_deposit)?,
            delay: e.delay,
        })
    });
    let adopted_on = c.adopted_on.as_deref().and_then(|v| date("adopted_on", v));
    let opened = c
        .opened_for_signature_on
        .as_deref()
        .and_then(|v| date("opened_for_signature_on", v));
    if c.code.is_empty() || !c.code.bytes().all(|b| b.is_ascii_lowercase()) {
        problems.push(format!(
            "{file}: convention.code: \"{}\" must be lowercase letters (it is used in addresses)",
            c.code
        ));
    }
    if c.withdrawal.is_some_and(|w| w.months_after_notice == 0) {
        problems.push(format!(
            "{file}: convention.withdrawal.months_after_notice: must be at least 1"
        ));
    }
    let architecture = Architecture {
        versions: parsed.architecture,
    };
    problems.extend(
        architecture
            .problems()
            .into_iter()
            .map(|p| format!("{file}: {p}")),
    );
    problems.extend(
        obligation::problems(&parsed.obligations)
            .into_iter()
            .map(|p| format!("{file}: {p}")),
    );
    problems.extend(
        treatydesk_domain::preparation::problems(&parsed.preparation)
            .into_iter()
            .map(|p| format!("{file}: {p}")),
    );
    problems.extend(
        parsed
            .isu
            .problems()
            .into_iter()
            .map(|p| format!("{file}: {p}")),
    );
    let known: Vec<&str> = parsed.obligations.iter().map(|o| o.key.as_str()).collect();
    problems.extend(
        treatydesk_domain::transparency::problems(&parsed.report_forms, &known)
            .into_iter()
            .map(|p| format!("{file}: {p}")),
    );
    let glossary = Glossary::new(parsed.terms);
    problems.extend(
        glossary
            .problems(&architecture)
            .into_iter()
            .map(|p| format!("{file}: {p}")),
    );
    if !problems.is_empty() {
        return Err(broken(problems));
    }
    let rules = ConventionRules {
        entry_into_force,
        withdrawal: c.withdrawal,
        formal_meetings: c.formal_meetings,
    };
    let model = convention::Model {
        id: 0,
        code: c.code,
        short_name: c.short_name,
        name_en: c.name.en,
        name_fr: c.name.fr,
        name_es: c.name.es,
        name_ar: c.name.ar,
        adopted_on,
        opened_for_signature_on: opened,
        depositary: c.depositary.unwrap_or_default(),
        rules: serde_json::to_string(&rules).unwrap_or_default(),
        participation_note: String::new(),
        obligations: serde_json::to_string(&parsed.obligations).unwrap_or_else(|_| "[]".into()),
    };
    Ok(Preset {
        model,
        rules,
        architecture,
        obligations: parsed.obligations,
        preparation: parsed.preparation,
        isu: parsed.isu,
        glossary,
        report_forms: parsed.report_forms,
    })
}

/// The preset shipped with the product for the convention `code` (every preset parsed once
/// per process; none for a convention without one).
fn shipped(code: &str) -> Option<&'static Preset> {
    shipped_presets().get(code)
}

fn shipped_presets() -> &'static HashMap<String, Preset> {
    static BY_CODE: std::sync::OnceLock<HashMap<String, Preset>> = std::sync::OnceLock::new();
    BY_CODE.get_or_init(|| {
        PRESETS
            .iter()
            .filter_map(|(file, text)| parse_preset(file, text).ok())
            .map(|p| (p.model.code.clone(), p))
            .collect()
    })
}

/// A name of any shipped preset (a body, a seat, an office, a kind of meeting: its English
/// form or key) in `lang`, for a sentence that does not say which convention it is about.
pub fn any_term(lang: Lang, english: &str) -> Option<&'static str> {
    shipped_presets()
        .values()
        .find_map(|p| p.glossary.translate(lang, english))
}

/// The names of the convention `code` in the four languages, from its shipped preset (empty
/// for a convention without a preset, whose names show in English).
pub fn glossary_of(code: &str) -> &'static Glossary {
    static EMPTY: Glossary = Glossary::empty();
    shipped(code).map_or(&EMPTY, |p| &p.glossary)
}

/// The forms of a convention's reports filled online, from its shipped preset (none for a
/// convention without a preset).
pub fn report_forms_of(code: &str) -> &'static [ReportForm] {
    shipped(code).map_or(&[], |p| p.report_forms.as_slice())
}

/// The meeting preparation template of a convention, from its shipped preset (none for a
/// convention without a preset).
pub fn preparation_of(code: &str) -> &'static [TemplateItem] {
    shipped(code).map_or(&[], |p| p.preparation.as_slice())
}

/// The ISU section of the shipped preset of the convention `code` (empty for a convention no
/// shipped preset describes).
pub fn isu_preset(code: &str) -> IsuPreset {
    shipped(code).map(|p| p.isu.clone()).unwrap_or_default()
}

/// The names of an actor of the shipped registry (a State, by its alpha-3 code, or a known
/// organization) in the four languages; `None` for an actor the registry does not ship.
pub fn shipped_names(code: &str) -> Option<&'static Names> {
    static NAMES: std::sync::LazyLock<HashMap<String, Names>> = std::sync::LazyLock::new(|| {
        csv::Reader::from_reader(ACTORS_CSV.as_bytes())
            .deserialize::<ActorRow>()
            .filter_map(Result::ok)
            .map(|r| {
                (
                    r.code,
                    Names {
                        en: r.name_en,
                        fr: r.name_fr,
                        es: r.name_es,
                        ar: r.name_ar,
                    },
                )
            })
            .collect()
    });
    NAMES.get(code)
}

impl Store {
    /// Adds every actor of the registry that the database lacks, and brings the names of the
    /// actors it has up to the registry's (a corrected translation reaches every database;
    /// names are the registry's, nobody edits them). Returns how many actors were added.
    pub async fn load_actor_registry(&self) -> Result<usize, StoreError> {
        let existing: std::collections::HashMap<String, actor::Model> = actor::Entity::find()
            .all(self.db())
            .await?
            .into_iter()
            .map(|a| (a.code.clone(), a))
            .collect();
        let mut reader = csv::Reader::from_reader(ACTORS_CSV.as_bytes());
        let mut missing = Vec::new();
        let mut renamed: Vec<(String, actor::ActiveModel)> = Vec::new();
        for (line, row) in reader.deserialize::<ActorRow>().enumerate() {
            let row =
                row.map_err(|e| broken(vec![format!("actors.csv line {}: {e}", line + 2)]))?;
            if let Some(known) = existing.get(&row.code) {
                let names = [&row.name_en, &row.name_fr, &row.name_es, &row.name_ar];
                let stored = [
                    &known.name_en,
                    &known.name_fr,
                    &known.name_es,
                    &known.name_ar,
                ];
                if names != stored {
                    let mut model: actor::ActiveModel = known.clone().into();
                    model.name_en = Set(row.name_en);
                    model.name_fr = Set(row.name_fr);
                    model.name_es = Set(row.name_es);
                    model.name_ar = Set(row.name_ar);
                    renamed.push((row.code.clone(), model));
                }
                continue;
            }
            let un_group = match row.un_group.as_str() {
                "" => None,
                name => Some(
                    treatydesk_domain::UnGroup::from_english(name)
                        .ok_or_else(|| {
                            broken(vec![format!(
                                "actors.csv: {}: unknown UN regional group \"{name}\"",
                                row.code
                            )])
                        })?
                        .slug()
                        .to_string(),
                ),
            };
            let blank = |s: String| if s.is_empty() { None } else { Some(s) };
            missing.push(actor::ActiveModel {
                kind: Set(row.kind),
                code: Set(row.code),
                iso2: Set(blank(row.iso2)),
                name_en: Set(row.name_en),
                name_fr: Set(row.name_fr),
                name_es: Set(row.name_es),
                name_ar: Set(row.name_ar),
                un_group: Set(un_group),
                un_status: Set(blank(row.un_status)),
                ..Default::default()
            });
        }
        if !renamed.is_empty() {
            let mut write = self
                .write(
                    &Author::system("names corrected in the actors registry"),
                    "registry.rename",
                    "actors",
                )
                .await?;
            let codes: Vec<&String> = renamed.iter().map(|(c, _)| c).collect();
            write.detail(serde_json::json!({ "renamed": codes }));
            for (_, model) in renamed {
                model.update(write.txn()).await?;
            }
            write.commit().await?;
        }
        let added = missing.len();
        if added > 0 {
            let mut write = self
                .write(
                    &Author::system("load the actors registry"),
                    "registry.load",
                    "actors",
                )
                .await?;
            write.detail(serde_json::json!({ "added": added }));
            for chunk in missing.chunks(100) {
                actor::Entity::insert_many(chunk.to_vec())
                    .exec(write.txn())
                    .await?;
            }
            write.commit().await?;
        }
        Ok(added)
    }

    /// Stores the conventions of the built-in presets that the database lacks, and the versions
    /// of their architecture that it lacks (a version once stored is never rewritten).
    pub async fn load_presets(&self) -> Result<Vec<String>, StoreError> {
        let mut added = Vec::new();
        let actors: HashSet<String> = actor::Entity::find()
            .all(self.db())
            .await?
            .into_iter()
            .map(|a| a.code)
            .collect();
        for (file, text) in PRESETS {
            let preset = parse_preset(file, text)?;
            let unknown: Vec<String> = preset
                .architecture
                .versions
                .iter()
                .filter_map(|v| v.committee.as_ref())
                .flat_map(|c| c.members.iter())
                .filter_map(|m| match m {
                    MemberRule::Organization { actor, .. } if !actors.contains(actor) => {
                        Some(format!(
                            "{file}: committee member \"{actor}\" is not in the actors registry"
                        ))
                    }
                    _ => None,
                })
                .collect();
            if !unknown.is_empty() {
                return Err(broken(unknown));
            }
            let existing = convention::Entity::find()
                .filter(convention::Column::Code.eq(&preset.model.code))
                .one(self.db())
                .await?;
            let stored = match existing {
                Some(c) => c,
                None => {
                    let mut write = self
                        .write(
                            &Author::system(format!("load the preset {file}")),
                            "convention.add",
                            format!("convention {}", preset.model.code),
                        )
                        .await?;
                    let mut model: convention::ActiveModel = preset.model.clone().into();
                    model.id = sea_orm::ActiveValue::NotSet;
                    let stored = model.insert(write.txn()).await?;
                    write.convention(stored.id);
                    write.commit().await?;
                    added.push(preset.model.code.clone());
                    stored
                }
            };
            self.add_missing_versions(file, &stored, &preset.architecture)
                .await?;
            self.add_missing_obligations(file, &stored, &preset.obligations)
                .await?;
        }
        Ok(added)
    }

    pub async fn conventions(&self) -> Result<Vec<convention::Model>, StoreError> {
        use sea_orm::QueryOrder;
        Ok(convention::Entity::find()
            .order_by_asc(convention::Column::Code)
            .all(self.db())
            .await?)
    }

    /// The convention of this code (from `lookups::LookupCache` while nothing it is read from
    /// has changed).
    pub async fn convention(&self, code: &str) -> Result<convention::Model, StoreError> {
        let stamp = self.generations.stamp(crate::lookups::LOOKUP_AREAS);
        if let Some(kept) = self.lookups.convention(stamp, code) {
            return Ok(kept);
        }
        let found = convention::Entity::find()
            .filter(convention::Column::Code.eq(code))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("the convention \"{code}\"")))?;
        self.lookups.keep_convention(stamp, &found);
        Ok(found)
    }

    pub async fn actors(&self) -> Result<Vec<actor::Model>, StoreError> {
        use sea_orm::QueryOrder;
        Ok(actor::Entity::find()
            .order_by_asc(actor::Column::Code)
            .all(self.db())
            .await?)
    }

    pub async fn actor(&self, code: &str) -> Result<actor::Model, StoreError> {
        actor::Entity::find()
            .filter(actor::Column::Code.eq(code))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("the actor \"{code}\"")))
    }
}

/// Reads a stored convention's obligations.
pub fn obligations_of(convention: &convention::Model) -> Result<Vec<Obligation>, StoreError> {
    serde_json::from_str(&convention.obligations).map_err(|e| {
        broken(vec![format!(
            "the obligations stored for {} cannot be read: {e}",
            convention.code
        )])
    })
}

/// Reads a stored convention's rules.
pub fn rules_of(convention: &convention::Model) -> Result<ConventionRules, StoreError> {
    serde_json::from_str(&convention.rules).map_err(|e| {
        broken(vec![format!(
            "the rules stored for {} cannot be read: {e}",
            convention.code
        )])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ccm_preset_loads() {
        let preset = parse_preset("ccm.toml", PRESETS[0].1).expect("valid preset");
        assert_eq!(preset.model.code, "ccm");
        assert_eq!(
            preset
                .rules
                .entry_into_force
                .map(|r| r.convention_entry_into_force()),
            Some(time::macros::date!(2010 - 08 - 01))
        );
    }

    #[test]
    fn a_broken_preset_names_file_field_and_reason() {
        let broken = PRESETS[0].1.replace("\"2010-02-16\"", "\"16 Feb 2010\"");
        let err = parse_preset("ccm.toml", &broken).expect_err("broken");
        assert!(
            err.to_string()
                .contains("ccm.toml: convention.entry_into_force.threshold_deposit"),
            "{err}"
        );
        let unknown = PRESETS[0].1.replace("short_name", "shortname");
        let err = parse_preset("ccm.toml", &unknown).expect_err("unknown field");
        assert!(err.to_string().contains("ccm.toml"), "{err}");
    }
    #[test]
    fn every_preset_loads_with_its_architecture() {
        for (file, text) in PRESETS {
            let preset = parse_preset(file, text).unwrap_or_else(|e| panic!("{file}: {e}"));
            assert!(!preset.architecture.versions.is_empty(), "{file}");
        }
        let aplc = parse_preset("aplc.toml", PRESETS[1].1).expect("aplc");
        assert_eq!(
            aplc.rules.entry_into_force, None,
            "not in the reference facts"
        );
        assert_eq!(aplc.architecture.versions.len(), 3);
        let ccw = parse_preset("ccw.toml", PRESETS[2].1).expect("ccw");
        assert!(ccw.architecture.versions[0].body("recording").is_some());
    }

    #[test]
    fn a_broken_architecture_names_file_field_and_reason() {
        let three_staggered = PRESETS[0].1.replacen(
            "  { key = \"a-2\", title = \"Coordinator\", term_cycles = 2, first_round_cycles = 1 },",
            "  { key = \"a-2\", title = \"Coordinator\", term_cycles = 2, first_round_cycles = 1 },\n  { key = \"a-3\", title = \"Coordinator\", term_cycles = 2 },",
            1,
        );
        let err = parse_preset("ccm.toml", &three_staggered).expect_err("three staggered seats");
        assert!(
            err.to_string().contains(
                "ccm.toml: architecture[0].bodies[0].staggered: staggered terms need exactly two seats"
            ),
            "{err}"
        );
        let zero = PRESETS[0]
            .1
            .replacen("term_cycles = 2 }", "term_cycles = 0 }", 1);
        let err = parse_preset("ccm.toml", &zero).expect_err("zero cycles");
        assert!(
            err.to_string()
                .contains("term_cycles: a term lasts at least one cycle"),
            "{err}"
        );
        let unknown_office = PRESETS[0].1.replacen(
            "office = \"president-designate\" }",
            "office = \"vice-president\" }",
            1,
        );
        let err = parse_preset("ccm.toml", &unknown_office).expect_err("unknown office");
        assert!(
            err.to_string()
                .contains("committee.members[2].office: no office \"vice-president\""),
            "{err}"
        );
        let bad_kind =
            PRESETS[0]
                .1
                .replacen("kind = \"thematic-area\"", "kind = \"thematic-zone\"", 1);
        let err = parse_preset("ccm.toml", &bad_kind).expect_err("unknown body kind");
        // A broken shipped preset is a fault of the build, its reasons naming the file first.
        assert!(
            matches!(&err, StoreError::Database(sea_orm::DbErr::Custom(reasons))
                if reasons.starts_with("ccm.toml:") && reasons.contains("thematic-zone")),
            "{err}"
        );
        let out_of_order = PRESETS[0].1.replacen(
            "effective_on = \"2015-09-11\"",
            "effective_on = \"2010-01-01\"",
            1,
        );
        let err = parse_preset("ccm.toml", &out_of_order).expect_err("versions out of order");
        assert!(
            err.to_string().contains("architecture[1].effective_on"),
            "{err}"
        );
    }
}
