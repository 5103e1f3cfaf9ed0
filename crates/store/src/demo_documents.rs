//! The demo's records (P4.4): the 2011 discussion paper itself (its text is the paper this
//! project implements), the 3MSP final report and the Dubrovnik Action Plan under their
//! confirmed symbols with placeholder language versions labelled DEMO, a restricted Committee
//! record, and a follow-up action. Every made-up text says DEMO in its first words.

use time::macros::date;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::document::{DocumentKind, OwnerKind};

use crate::audit::Author;
use crate::documents::{NewAction, NewDocument};
use crate::files::{FileStore, text_pdf};
use crate::{Store, StoreError};

const PAPER: &str = include_str!("../data/discussion-paper-2011.txt");

struct Demo {
    symbol: &'static str,
    title: &'static str,
    kind: DocumentKind,
    meeting: &'static str,
    issued: time::Date,
    access: AccessLevel,
    source: &'static str,
}

impl Store {
    /// Loads the demo documents once (when the CCM has none), with their files in `files`.
    pub async fn load_demo_documents(&self, files: &FileStore) -> Result<(), StoreError> {
        let ccm = self.convention("ccm").await?;
        if !self.documents(&ccm).await?.is_empty() {
            return Ok(());
        }
        let author = Author::system("demo: documents and placeholder language versions");
        let docs = [
            Demo {
                symbol: "CCM/MSP/2011/WP.2",
                title: "Discussion Paper on Implementation Architecture and Intersessional Work",
                kind: DocumentKind::WorkingPaper,
                meeting: "2MSP",
                issued: date!(2011 - 07 - 13),
                access: AccessLevel::Public,
                source: "[V] text and date from the paper; its symbol WP.2 is [U] (judged from its place in the 2MSP list)",
            },
            Demo {
                symbol: "CCM/MSP/2012/5",
                title: "Final Report of the Third Meeting of States Parties",
                kind: DocumentKind::Report,
                meeting: "3MSP",
                issued: date!(2012 - 10 - 15),
                access: AccessLevel::Public,
                source: "[V] symbol and date (DOMAIN §5); DEMO: the language versions are placeholders, not the report",
            },
            Demo {
                symbol: "CCM/CONF/2015/WP.3",
                title: "Dubrovnik Action Plan",
                kind: DocumentKind::WorkingPaper,
                meeting: "1RC",
                issued: date!(2015 - 09 - 11),
                access: AccessLevel::Public,
                source: "[V] symbol (DOMAIN §5); DEMO: the date is the 1RC's closing day and the text a placeholder",
            },
            Demo {
                symbol: "CCM/MSP/2013/INF.1",
                title: "DEMO: Coordination Committee notes on ISU hosting (restricted)",
                kind: DocumentKind::Minutes,
                meeting: "1CC",
                issued: date!(2013 - 03 - 01),
                access: AccessLevel::Committee,
                source: "DEMO: made up to show a restricted record",
            },
        ];
        let mut ids = Vec::new();
        for d in &docs {
            let meeting = self.meeting(&ccm, d.meeting).await?;
            let doc = self
                .add_document(
                    &author,
                    &ccm,
                    NewDocument {
                        symbol: d.symbol.into(),
                        title: d.title.into(),
                        kind: d.kind,
                        meeting_id: Some(meeting.id),
                        agenda_item_id: None,
                        submitter: if d.meeting == "2MSP" {
                            "the President".into()
                        } else {
                            "ISU".into()
                        },
                        issued_on: d.issued,
                        access: d.access,
                        source: d.source.into(),
                    },
                )
                .await?;
            ids.push(doc);
        }
        // Each version with its title in its language where the demo gives one (the translated
        // titles of the placeholders are DEMO too: the official ones are not on record here).
        let versions: [(usize, &str, &str, Vec<u8>); 9] = [
            (0, "en", "", PAPER.as_bytes().to_vec()),
            (1, "en", "", text_pdf(&["DEMO: placeholder for CCM/MSP/2012/5, not the official text.", "Final Report of the Third Meeting of States Parties, Oslo, 11-14 September 2012."])),
            (1, "fr", "Rapport final de la troisième Assemblée des États parties", text_pdf(&["DEMO : texte de remplacement pour CCM/MSP/2012/5.", "Rapport final de la troisième Assemblée des États parties, Oslo, 11-14 septembre 2012."])),
            (1, "es", "Informe final de la Tercera Reunión de los Estados Partes", text_pdf(&["DEMO: texto provisional para CCM/MSP/2012/5, no es el texto oficial.", "Informe final de la Tercera Reunión de los Estados Partes, Oslo, 11-14 de septiembre de 2012."])),
            (1, "ar", "التقرير الختامي للاجتماع الثالث للدول الأطراف", "DEMO: نص مؤقت للوثيقة CCM/MSP/2012/5، وليس النص الرسمي.\nالتقرير الختامي للاجتماع الثالث للدول الأطراف، أوسلو، ١١-١٤ أيلول/سبتمبر ٢٠١٢.\n".as_bytes().to_vec()),
            (2, "en", "", text_pdf(&["DEMO: placeholder for CCM/CONF/2015/WP.3, not the official text.", "Dubrovnik Action Plan, First Review Conference, Dubrovnik, 7-11 September 2015."])),
            (2, "es", "Plan de Acción de Dubrovnik", text_pdf(&["DEMO: texto provisional para CCM/CONF/2015/WP.3.", "Plan de Acción de Dubrovnik, Primera Conferencia de Examen, Dubrovnik, 2015."])),
            (3, "en", "", "DEMO: made-up restricted notes. The Committee discussed the confidential hosting offer for the ISU.\n".as_bytes().to_vec()),
            (3, "fr", "DEMO : notes du Comité de coordination sur l'accueil de l'ISU (restreint)", "DEMO : notes restreintes inventées. Le Comité a examiné l'offre confidentielle d'accueil de l'ISU.\n".as_bytes().to_vec()),
        ];
        for (i, lang, title, bytes) in versions {
            if let Some(doc) = ids.get(i) {
                self.add_language_version(&author, files, doc, lang, title, &bytes)
                    .await?;
            }
        }
        let cc = self.meeting(&ccm, "1CC").await?;
        self.add_action(
            &author,
            &ccm,
            NewAction {
                decision_id: None,
                meeting_id: Some(cc.id),
                title: "DEMO: circulate the draft programme of the 2013 intersessional meeting"
                    .into(),
                owner_kind: OwnerKind::Isu,
                owner: String::new(),
                due_on: Some(date!(2013 - 04 - 05)),
                access: AccessLevel::Public,
            },
        )
        .await?;
        self.load_demo_extensions(&ccm).await?;
        self.load_demo_reports(&ccm).await
    }
}
