//! A programme of work for the demo meetings of the CCM, from `data/ccm-demo-programme.csv`.
//! Every session and speaker in it is made up to try the programme builder, and says "DEMO" in
//! its own data; it must never be presented as the historical programme. Days are counted from
//! the meeting's opening so the same file fits each demo meeting on record: the 2012
//! intersessional meeting (2ISM), which the demo Coordinator may edit, and the 13MSP, which the
//! demo President presides and may edit (issue 12 item 9). A missing meeting is not an error.

use time::Duration;
use treatydesk_domain::programme::{SessionFormat, SpeakerKind, parse_hhmm};

use crate::audit::Author;
use crate::entities::convention;
use crate::programme::{NewSession, NewSpeaker};
use crate::{Store, StoreError};

const PROGRAMME: &str = include_str!("../data/ccm-demo-programme.csv");

/// The meetings that may carry the demo programme, in order of preference.
pub const DEMO_PROGRAMME_MEETINGS: [&str; 2] = ["2ISM", "13MSP"];

fn bad(line: usize, why: &str) -> StoreError {
    StoreError::refuse(format!("ccm-demo-programme.csv line {}: {why}", line + 2))
}

impl Store {
    /// The label of the meeting that carries the demo programme: the first of
    /// [`DEMO_PROGRAMME_MEETINGS`] with a programme, else the first on record (which would).
    pub async fn demo_programme_meeting(
        &self,
        ccm: &convention::Model,
    ) -> Result<Option<String>, StoreError> {
        let mut first = None;
        for label in DEMO_PROGRAMME_MEETINGS {
            if let Ok(m) = self.meeting(ccm, label).await {
                if !self.programme(&m).await?.is_empty() {
                    return Ok(Some(label.to_string()));
                }
                first = first.or(Some(label.to_string()));
            }
        }
        Ok(first)
    }

    /// Loads the demo programme into each of [`DEMO_PROGRAMME_MEETINGS`] that exists, has
    /// dates and no programme yet.
    pub(crate) async fn load_demo_programme(
        &self,
        ccm: &convention::Model,
    ) -> Result<(), StoreError> {
        for label in DEMO_PROGRAMME_MEETINGS {
            if let Ok(meeting) = self.meeting(ccm, label).await {
                self.load_demo_programme_into(ccm, &meeting).await?;
            }
        }
        Ok(())
    }

    async fn load_demo_programme_into(
        &self,
        ccm: &convention::Model,
        meeting: &crate::entities::meeting::Model,
    ) -> Result<(), StoreError> {
        let Some(opens) = meeting.opens_on else {
            return Ok(());
        };
        if !self.programme(meeting).await?.is_empty() {
            return Ok(());
        }
        let author = Author::system("demo: a made-up programme of work, labelled DEMO");
        let mut reader = csv::Reader::from_reader(PROGRAMME.as_bytes());
        for (i, record) in reader.records().enumerate() {
            let record = record.map_err(|e| bad(i, &e.to_string()))?;
            let field = |n: usize| record.get(n).unwrap_or("").trim().to_string();
            let day: i64 = field(0).parse().map_err(|_| bad(i, "bad day number"))?;
            let time = |n: usize| parse_hhmm(&field(n)).ok_or_else(|| bad(i, "bad time"));
            let optional = |n: usize| Some(field(n)).filter(|t| !t.is_empty());
            let new = NewSession {
                day: opens + Duration::days(day - 1),
                starts_at: time(1)?,
                ends_at: time(2)?,
                room: field(3),
                format: SessionFormat::from_slug(&field(4)).ok_or_else(|| bad(i, "bad format"))?,
                title: field(5),
                body: optional(6),
                area: optional(7),
                description: field(8),
            };
            let session = self.add_session(&author, ccm, meeting, new).await?;
            for part in field(9).split(';').filter(|p| !p.trim().is_empty()) {
                let (kind, rest) = part
                    .split_once(':')
                    .ok_or_else(|| bad(i, "a speaker is kind:name|capacity"))?;
                let (name, capacity) = rest.split_once('|').unwrap_or((rest, ""));
                let speaker = NewSpeaker {
                    name: name.to_string(),
                    actor: None,
                    capacity: capacity.to_string(),
                    kind: SpeakerKind::from_slug(kind.trim())
                        .ok_or_else(|| bad(i, "a speaker's kind is panel or floor"))?,
                };
                self.add_speaker(&author, ccm, meeting, session, speaker)
                    .await?;
            }
        }
        Ok(())
    }
}
