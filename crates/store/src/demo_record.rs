//! The CCM's sourced record of meetings, decisions and appointments, from the data files in
//! `data/` (each row cites its source and confidence), loaded by `init`; and, for the demo
//! only, nominations for the planned Third Review Conference and a Committee meeting that are
//! made up and labelled DEMO in their own rows. Nothing here is invented silently: what the
//! record does not hold is left empty.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use treatydesk_domain::calendar::parse_date;
use treatydesk_domain::meeting::MeetingKind;
use treatydesk_domain::office::Post;
use treatydesk_domain::schedule::{MeetingStatus, Sitting};

use crate::architecture::{NewAppointment, NewMeeting};
use crate::audit::Author;
use crate::entities::{convention, meeting, nomination};
use crate::{Store, StoreError};

const MEETINGS: &str = include_str!("../data/ccm-meetings.csv");
const DECISIONS: &str = include_str!("../data/ccm-decisions.csv");
const APPOINTMENTS: &str = include_str!("../data/ccm-appointments.csv");
const NOMINATIONS: &str = include_str!("../data/ccm-demo-nominations.csv");

fn rows(file: &str, text: &str) -> Result<Vec<HashMap<String, String>>, StoreError> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| StoreError::refuse(format!("{file}: {e}")))?
        .clone();
    let mut out = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record =
            record.map_err(|e| StoreError::refuse(format!("{file} line {}: {e}", i + 2)))?;
        out.push(
            headers
                .iter()
                .zip(record.iter())
                .map(|(h, v)| (h.to_string(), v.trim().to_string()))
                .collect(),
        );
    }
    Ok(out)
}

fn bad(file: &str, line: usize, why: &str) -> StoreError {
    StoreError::refuse(format!("{file} line {}: {why}", line + 2))
}

impl Store {
    /// Loads the CCM's sourced meetings, decisions and appointments when no meeting exists.
    pub(crate) async fn load_ccm_record(&self, ccm: &convention::Model) -> Result<(), StoreError> {
        if !self.meetings(ccm).await?.is_empty() {
            return Ok(());
        }
        let author = Author::system("the CCM's meetings, decisions and appointments on record");
        let mut by_label: HashMap<String, meeting::Model> = HashMap::new();
        for (i, row) in rows("ccm-meetings.csv", MEETINGS)?.iter().enumerate() {
            let get = |k: &str| row.get(k).cloned().unwrap_or_default();
            let kind = MeetingKind::from_slug(&get("kind"))
                .ok_or_else(|| bad("ccm-meetings.csv", i, "unknown kind"))?;
            let number = get("number")
                .parse()
                .map_err(|_| bad("ccm-meetings.csv", i, "bad number"))?;
            let m = self
                .add_meeting(
                    &author,
                    ccm,
                    NewMeeting {
                        kind,
                        number,
                        venue: get("venue"),
                        opens_on: parse_date(&get("opens_on")),
                        closes_on: parse_date(&get("closes_on")),
                        source: get("source"),
                        status: MeetingStatus::from_slug(&get("status")).unwrap_or_default(),
                        sitting: Sitting::Days,
                        presiding: None,
                    },
                )
                .await?;
            by_label.insert(m.label.clone(), m);
        }
        let meeting = |file: &str, i: usize, label: &str| {
            by_label
                .get(label)
                .cloned()
                .ok_or_else(|| bad(file, i, &format!("no meeting {label}")))
        };
        let mut decisions: HashMap<(String, u32), i64> = HashMap::new();
        for (i, row) in rows("ccm-decisions.csv", DECISIONS)?.iter().enumerate() {
            let get = |k: &str| row.get(k).cloned().unwrap_or_default();
            let m = meeting("ccm-decisions.csv", i, &get("meeting"))?;
            let number: u32 = get("number")
                .parse()
                .map_err(|_| bad("ccm-decisions.csv", i, "bad number"))?;
            let d = self
                .add_decision(&author, &m, number, &get("text"), &get("source"))
                .await?;
            decisions.insert((m.label.clone(), number), i64::from(d.id));
        }
        let mut list = Vec::new();
        for (i, row) in rows("ccm-appointments.csv", APPOINTMENTS)?
            .iter()
            .enumerate()
        {
            let get = |k: &str| row.get(k).cloned().unwrap_or_default();
            let file = "ccm-appointments.csv";
            let selected = match get("selected_at").as_str() {
                "" => None,
                label => Some(meeting(file, i, label)?),
            };
            let decision = match (get("decision").as_str(), &selected) {
                ("", _) => None,
                (n, Some(m)) => {
                    let n: u32 = n.parse().map_err(|_| bad(file, i, "bad decision number"))?;
                    Some(
                        *decisions
                            .get(&(m.label.clone(), n))
                            .ok_or_else(|| bad(file, i, "no such decision"))?,
                    )
                }
                (_, None) => return Err(bad(file, i, "a decision needs its meeting")),
            };
            let presides = match get("presides").as_str() {
                "" => None,
                label => Some(i64::from(meeting(file, i, label)?.id)),
            };
            list.push(NewAppointment {
                post: Some(Post::parse(&get("post")).ok_or_else(|| bad(file, i, "bad post"))?),
                holder: get("holder"),
                selected_at: selected.map(|m| i64::from(m.id)),
                decision,
                cycles: get("cycles").parse().ok(),
                presides,
                starts_on: None,
                overrides: Vec::new(),
                source: get("source"),
            });
        }
        self.appoint(&author, ccm, list).await?;
        Ok(())
    }

    /// The demo's made-up rows about the CCM's record (each labelled DEMO): nominations for the
    /// 3RC when the CCM has none, and a Committee meeting when none is on record.
    pub(crate) async fn load_ccm_demo(&self, ccm: &convention::Model) -> Result<(), StoreError> {
        let meetings = self.meetings(ccm).await?;
        let by_label: HashMap<String, meeting::Model> = meetings
            .iter()
            .map(|m| (m.label.clone(), m.clone()))
            .collect();
        let meeting = |file: &str, i: usize, label: &str| {
            by_label
                .get(label)
                .cloned()
                .ok_or_else(|| bad(file, i, &format!("no meeting {label}")))
        };
        // Any nomination on record, standing or withdrawn: a withdrawn one is not put back.
        let has_nominations = nomination::Entity::find()
            .filter(nomination::Column::ConventionId.eq(ccm.id))
            .count(self.db())
            .await?
            > 0;
        let demo = Author::system("demo: nominations made up to try the rotation planner");
        for (i, row) in rows("ccm-demo-nominations.csv", NOMINATIONS)?
            .iter()
            .enumerate()
            .filter(|_| !has_nominations)
        {
            let get = |k: &str| row.get(k).cloned().unwrap_or_default();
            let file = "ccm-demo-nominations.csv";
            let m = meeting(file, i, &get("meeting"))?;
            let mut choices = Vec::new();
            for part in get("choices").split_whitespace() {
                let (seat, pref) = part
                    .split_once(':')
                    .ok_or_else(|| bad(file, i, "choice is seat:preference"))?;
                choices.push((
                    seat.to_string(),
                    pref.parse().map_err(|_| bad(file, i, "bad preference"))?,
                ));
            }
            self.add_nomination(&demo, &m, &get("state"), &choices, &get("note"))
                .await?;
        }
        if !meetings
            .iter()
            .any(|m| m.kind == MeetingKind::CoordinationCommittee.slug())
        {
            self.load_demo_committee_meeting(ccm).await?;
        }
        Ok(())
    }

    /// One made-up Coordination Committee meeting, labelled DEMO, to show the Committee's page:
    /// its attendance is proposed from the membership in force that day, as the ISU would do it.
    async fn load_demo_committee_meeting(&self, ccm: &convention::Model) -> Result<(), StoreError> {
        let demo = Author::system("demo: a made-up Coordination Committee meeting");
        let m = self
            .add_meeting(
                &demo,
                ccm,
                NewMeeting {
                    kind: MeetingKind::CoordinationCommittee,
                    number: 1,
                    venue: "Geneva".into(),
                    opens_on: parse_date("2013-03-01"),
                    closes_on: parse_date("2013-03-01"),
                    source: "DEMO: a made-up Committee meeting (date, agenda and minutes are not a record)".into(),
                    status: MeetingStatus::Closed,
                    sitting: Sitting::Morning,
                    presiding: Some("NOR".into()),
                },
            )
            .await?;
        let agenda: Vec<String> = [
            "DEMO: Adoption of the agenda",
            "DEMO: Preparations for the intersessional meeting (15-18 April 2013)",
            "DEMO: Reports of the Coordinators",
            "DEMO: Any other business",
        ]
        .map(String::from)
        .to_vec();
        self.set_agenda(&demo, &m, &agenda).await?;
        self.propose_attendance(&demo, ccm, &m).await?;
        self.write_minutes(
            &demo,
            &m,
            "DEMO: made-up minutes. The President opened the meeting; the Coordinators reported on the preparation of the intersessional meeting.",
            treatydesk_domain::AccessLevel::Committee,
            "",
        )
        .await?;
        Ok(())
    }
}
