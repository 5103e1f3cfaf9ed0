//! The sourced record and the demo. The sourced record (every row citing its source, nothing
//! made up) is the CCM's partial participation list (real data from the UN Treaty Collection,
//! marked partial), profile periods attested by public sources, and the record of meetings and
//! offices; `init` loads it. The demo adds only made-up rows, each labelled DEMO, and one
//! account per role so that a newcomer can try every view. Demo accounts are labelled as such in their
//! display names; their passwords are new at every start and printed once.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
};
use treatydesk_domain::{Grant, Lang, ProfileKind, Role, calendar::parse_date};

use crate::accounts::random_token;
use crate::audit::Author;
use crate::entities::{convention, participation, profile_entry, user};
use crate::{Store, StoreError};

/// The CCM's partial participation list, copied from the project brief.
pub const CCM_PARTICIPATION: &str = include_str!("../data/ccm-participation-partial.csv");
/// Profile periods attested by public sources.
pub const CCM_PROFILES: &str = include_str!("../data/ccm-profiles.csv");

/// What the participation list of the demo is.
pub const CCM_PARTICIPATION_NOTE: &str = "Partial list: 61 States from the UN Treaty Collection \
(chapter XXVI-6), States A to Iceland plus Switzerland, Spain, the Republic of Moldova, \
Madagascar, Nigeria, South Sudan, Vanuatu and Lithuania. Entry into force is computed from \
Art. 17. The complete list is the UN Treaty Collection's status page.";

/// The meeting the demo opens registration for.
pub const DEMO_REGISTRATION_MEETING: &str = "3RC";
/// What the demo's registration settings are.
pub const DEMO_REGISTRATION_NOTE: &str = "DEMO: a made-up registration deadline (six months \
after the demo was loaded) and cap of 10 per delegation, to try registration; the 3RC's real \
dates and deadlines are not on record.";

/// A demo account and the password it was given at this start.
#[derive(Clone, Debug)]
pub struct DemoAccount {
    pub username: String,
    pub role: Role,
    pub acts_for: Option<String>,
    pub password: String,
}

/// The demo accounts: one per role.
fn demo_grants() -> Vec<(&'static str, &'static str, Grant)> {
    let g = |role, actor: Option<&str>| Grant {
        role,
        convention: if role == Role::Admin {
            None
        } else {
            Some("ccm".into())
        },
        actor: actor.map(Into::into),
    };
    vec![
        (
            "demo-admin",
            "Demo account: administrator",
            g(Role::Admin, None),
        ),
        (
            "demo-isu",
            "Demo account: ISU staff",
            g(Role::IsuStaff, None),
        ),
        (
            "demo-president",
            "Demo account: President (acting for the Philippines, 13MSP)",
            g(Role::President, Some("PHL")),
        ),
        (
            "demo-coordinator",
            "Demo account: Coordinator (acting for Germany)",
            g(Role::Coordinator, Some("DEU")),
        ),
        (
            "demo-focal-point",
            "Demo account: focal point of Nigeria",
            g(Role::FocalPoint, Some("NGA")),
        ),
        (
            "demo-observer",
            "Demo account: observer",
            g(Role::Observer, None),
        ),
    ]
}

/// Made-up Geneva meetings of other conventions (every event says DEMO), for P1.3.
const DEMO_CALENDAR: &str = include_str!("../data/demo-geneva-calendar.ics");

impl Store {
    /// Loads the reference data every install needs: the actors registry and the presets.
    pub async fn load_reference_data(&self) -> Result<(), StoreError> {
        self.load_actor_registry().await?;
        self.load_presets().await?;
        Ok(())
    }

    /// Loads the demo into the database (what is already there is kept) and gives every demo
    /// account a fresh password, returned to be printed.
    pub async fn load_demo(&self) -> Result<Vec<DemoAccount>, StoreError> {
        self.load_demo_data().await?;
        let accounts = self.demo_accounts().await?;
        self.load_demo_messages().await?;
        Ok(accounts)
    }

    /// A made-up message (labelled DEMO) from the ISU to the focal points of the States
    /// Parties, in the four languages, so the notices pages show one; only when none is there.
    /// The demo accounts have no address: it is read in the product only.
    async fn load_demo_messages(&self) -> Result<(), StoreError> {
        let ccm = self.convention("ccm").await?;
        if !self.messages(&ccm, None).await?.is_empty() {
            return Ok(());
        }
        let versions = vec![
            (
                Lang::En,
                "DEMO: Article 7 reports are due on 30 April".to_string(),
                "DEMO message, made up for the demonstration.\nDear focal points, the annual \
                 transparency reports under Article 7 are due on 30 April, covering the \
                 previous calendar year. The Implementation Support Unit is ready to help."
                    .to_string(),
            ),
            (
                Lang::Fr,
                "DÉMO : les rapports au titre de l’article 7 sont attendus le 30 avril".to_string(),
                "Message DÉMO, fictif, pour la démonstration.\nMesdames et Messieurs les points \
                 focaux, les rapports annuels de transparence au titre de l’article 7 sont \
                 attendus le 30 avril et portent sur l’année civile précédente. L’Unité d’appui \
                 à l’application se tient prête à vous aider."
                    .to_string(),
            ),
            (
                Lang::Es,
                "DEMO: los informes del artículo 7 vencen el 30 de abril".to_string(),
                "Mensaje DEMO, ficticio, para la demostración.\nEstimados puntos focales: los \
                 informes anuales de transparencia previstos en el artículo 7 vencen el 30 de \
                 abril y abarcan el año civil anterior. La Dependencia de Apoyo a la Aplicación \
                 está a su disposición."
                    .to_string(),
            ),
            (
                Lang::Ar,
                "تجريبي: يحين موعد تقديم تقارير المادة 7 في 30 أبريل".to_string(),
                "رسالة تجريبية مختلَقة لأغراض العرض.\nالسادة جهات الاتصال، يحين موعد تقديم \
                 تقارير الشفافية السنوية بموجب المادة 7 في 30 أبريل، وهي تغطي السنة التقويمية \
                 السابقة. ووحدة دعم التنفيذ مستعدة للمساعدة."
                    .to_string(),
            ),
        ];
        let message = crate::messages::NewMessage {
            audience: treatydesk_domain::message::Audience::FocalPoints,
            on: crate::now().date(),
            original: Lang::En,
            capacity: "isu".into(),
            versions,
        };
        let author = Author {
            user_id: None,
            who: "demo-isu".into(),
            reason: "demo: a made-up message to the focal points".into(),
        };
        match self.send_message(&author, &ccm, &message).await {
            // No focal point of a State Party on record: nothing to show.
            Ok(_) | Err(StoreError::Invalid(_)) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Loads the sourced record of the CCM, every row citing its source and none made up: the
    /// partial participation list (UN Treaty Collection), the profile periods attested by public
    /// sources, the meetings 1MSP-13MSP and the planned 3RC, the Presidents, the 2MSP's decisions
    /// and Coordinators. What is already there is kept. `init` calls this; the demo adds to it.
    pub async fn load_sourced_record(&self) -> Result<(), StoreError> {
        self.load_reference_data().await?;
        let ccm = self.convention("ccm").await?;
        let has_participation = participation::Entity::find()
            .filter(participation::Column::ConventionId.eq(ccm.id))
            .count(self.db())
            .await?
            > 0;
        if !has_participation {
            self.import_participation(
                "ccm",
                CCM_PARTICIPATION,
                &Author::system("the CCM's partial participation list (UN Treaty Collection)"),
            )
            .await?;
            self.set_participation_note(
                &Author::system("say that the participation list is partial"),
                &ccm,
                CCM_PARTICIPATION_NOTE,
            )
            .await?;
            self.load_profiles(&ccm).await?;
        }
        self.load_ccm_record(&ccm).await?;
        self.load_ccm_isu_record(&ccm).await?;
        self.load_ccm_obligation_record(&ccm).await?;
        self.load_first_review_items(&ccm).await
    }

    /// Loads the demo's data: the sourced record, then only what is made up, each row labelled
    /// DEMO (nominations for the 3RC, a Committee meeting, other conventions' Geneva meetings,
    /// a programme, registration settings). Accounts are not touched. What is there is kept.
    pub async fn load_demo_data(&self) -> Result<(), StoreError> {
        self.load_sourced_record().await?;
        let ccm = self.convention("ccm").await?;
        self.load_ccm_demo(&ccm).await?;
        if self.calendar_entries().await?.is_empty() {
            self.import_calendar(
                &Author::system("demo: other conventions' Geneva meetings, made up"),
                "DEMO calendar",
                DEMO_CALENDAR,
            )
            .await?;
        }
        self.load_demo_programme(&ccm).await?;
        self.load_demo_registration(&ccm).await?;
        self.load_demo_submissions(&ccm).await?;
        self.load_demo_services(&ccm).await?;
        self.load_ccm_isu_demo(&ccm).await?;
        self.load_demo_outreach(&ccm).await?;
        Ok(())
    }

    /// Opens registration for the planned Third Review Conference with a made-up deadline (six
    /// months from the day the demo is loaded) and cap, labelled DEMO, when it has no settings.
    async fn load_demo_registration(&self, ccm: &convention::Model) -> Result<(), StoreError> {
        let Ok(meeting) = self.meeting(ccm, DEMO_REGISTRATION_MEETING).await else {
            return Ok(());
        };
        if self.registration_settings(&meeting).await?.is_some() {
            return Ok(());
        }
        let today = crate::now().date();
        self.set_registration_settings(
            &Author::system("demo: open registration for the 3RC"),
            &meeting,
            crate::registration::Settings {
                opens_on: None,
                deadline: Some(today + time::Duration::days(182)),
                cap_per_organization: Some(10),
                note: DEMO_REGISTRATION_NOTE.into(),
            },
        )
        .await?;
        Ok(())
    }

    /// Gives every demo account a fresh password (creating the accounts when missing).
    async fn demo_accounts(&self) -> Result<Vec<DemoAccount>, StoreError> {
        let mut accounts = Vec::new();
        for (username, display_name, grant) in demo_grants() {
            let password = random_token()[..20].to_string();
            let exists = user::Entity::find()
                .filter(user::Column::Username.eq(username))
                .one(self.db())
                .await?
                .is_some();
            let author = Author::system("demo: accounts for every role");
            if exists {
                self.set_password(username, &password, &author).await?;
            } else {
                self.add_user(
                    username,
                    display_name,
                    &password,
                    std::slice::from_ref(&grant),
                    &author,
                )
                .await?;
            }
            accounts.push(DemoAccount {
                username: username.to_string(),
                role: grant.role,
                acts_for: grant.actor.clone(),
                password,
            });
        }
        Ok(accounts)
    }

    async fn load_profiles(&self, ccm: &convention::Model) -> Result<(), StoreError> {
        let mut reader = csv::Reader::from_reader(CCM_PROFILES.as_bytes());
        let mut write = self
            .write(
                &Author::system("profile periods attested by public sources"),
                "profile.import",
                "profiles of the CCM",
            )
            .await?;
        write.convention(ccm.id);
        for (line, record) in reader.records().enumerate() {
            let record = record.map_err(|e| {
                StoreError::refuse(format!("ccm-profiles.csv line {}: {e}", line + 2))
            })?;
            let field = |i: usize| record.get(i).unwrap_or("").to_string();
            let actor = self.actor(&field(0)).await?;
            let kind = ProfileKind::from_slug(&field(1)).ok_or_else(|| {
                StoreError::refuse(format!(
                    "ccm-profiles.csv line {}: unknown profile kind {}",
                    line + 2,
                    field(1)
                ))
            })?;
            profile_entry::ActiveModel {
                convention_id: Set(ccm.id),
                actor_id: Set(actor.id),
                kind: Set(kind.slug().to_string()),
                from_date: Set(parse_date(&field(2))),
                until_date: Set(parse_date(&field(3))),
                source: Set(field(4)),
                ..Default::default()
            }
            .insert(write.txn())
            .await?;
        }
        write.commit().await?;
        Ok(())
    }
}
