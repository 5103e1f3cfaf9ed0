//! A synthetic archive of multilingual documents for the search benchmark: symbols, meetings,
//! years, types, access levels and texts drawn from small vocabularies in English, French,
//! Spanish and Arabic with a fixed seed, so every run indexes the same archive. Nothing in it is
//! a record; it is load.

use treatydesk_domain::AccessLevel;
use treatydesk_search::Entry;

const EN: &[&str] = &[
    "meeting",
    "states",
    "parties",
    "clearance",
    "stockpile",
    "destruction",
    "victim",
    "assistance",
    "cooperation",
    "report",
    "transparency",
    "deadline",
    "extension",
    "request",
    "coordinator",
    "committee",
    "implementation",
    "support",
    "unit",
    "budget",
    "universalization",
    "contaminated",
    "areas",
    "survey",
    "risk",
    "education",
    "national",
    "measures",
    "legislation",
    "review",
];
const FR: &[&str] = &[
    "réunion",
    "états",
    "parties",
    "dépollution",
    "stocks",
    "destruction",
    "victimes",
    "assistance",
    "coopération",
    "rapport",
    "transparence",
    "délai",
    "prolongation",
    "demande",
    "coordonnateur",
    "comité",
    "mise",
    "œuvre",
    "unité",
    "budget",
    "universalisation",
    "zones",
    "contaminées",
    "enquête",
    "risques",
    "éducation",
    "mesures",
    "nationales",
    "législation",
    "examen",
];
const ES: &[&str] = &[
    "reunión",
    "estados",
    "partes",
    "remoción",
    "existencias",
    "destrucción",
    "víctimas",
    "asistencia",
    "cooperación",
    "informe",
    "transparencia",
    "plazo",
    "prórroga",
    "solicitud",
    "coordinador",
    "comité",
    "aplicación",
    "dependencia",
    "apoyo",
    "presupuesto",
    "universalización",
    "zonas",
    "contaminadas",
    "estudio",
    "riesgos",
    "educación",
    "medidas",
    "nacionales",
    "legislación",
    "examen",
];
const AR: &[&str] = &[
    "اجتماع",
    "الدول",
    "الأطراف",
    "إزالة",
    "المخزونات",
    "تدمير",
    "الضحايا",
    "المساعدة",
    "التعاون",
    "تقرير",
    "الشفافية",
    "الموعد",
    "تمديد",
    "طلب",
    "المنسق",
    "اللجنة",
    "التنفيذ",
    "دعم",
    "وحدة",
    "الميزانية",
    "العالمية",
    "المناطق",
    "الملوثة",
    "مسح",
    "المخاطر",
    "التوعية",
    "التدابير",
    "الوطنية",
    "التشريعات",
    "الاستعراض",
];
const TYPES: &[&str] = &[
    "agenda",
    "programme",
    "working-paper",
    "report",
    "decision",
    "statement",
    "minutes",
    "note-verbale",
];

/// A small deterministic generator (xorshift), so the archive is the same on every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

pub fn vocabulary(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" => FR,
        "es" => ES,
        "ar" => AR,
        _ => EN,
    }
}

/// `n` entries (documents in four languages), about `words` words each.
pub fn archive(n: usize, words: usize, seed: u64) -> Vec<Entry> {
    let mut rng = Rng::new(seed);
    let langs = ["en", "fr", "es", "ar"];
    (0..n)
        .map(|i| {
            let lang = langs[i % 4];
            let vocab = vocabulary(lang);
            let year = 2010 + (i / 4 % 16) as i32;
            let number = i / 4 + 1;
            let text: Vec<&str> = (0..words).map(|_| vocab[rng.below(vocab.len())]).collect();
            let title: Vec<&str> = (0..6).map(|_| vocab[rng.below(vocab.len())]).collect();
            let access = match rng.below(10) {
                0 => AccessLevel::Committee,
                1 => AccessLevel::Isu,
                2 | 3 => AccessLevel::StatesParties,
                _ => AccessLevel::Public,
            };
            Entry {
                key: format!("document:{number}:{lang}"),
                kind: "document".into(),
                convention: "ccm".into(),
                title: format!("CCM/MSP/{year}/{number} {}", title.join(" ")),
                text: text.join(" "),
                lang: lang.into(),
                url: format!("/ccm/documents/{number}"),
                meeting: Some(format!("{}MSP", year - 2009)),
                doc_type: Some(TYPES[rng.below(TYPES.len())].into()),
                year: Some(year),
                access,
            }
        })
        .collect()
}
