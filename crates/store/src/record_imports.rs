//! Bulk files for the record kept by its users (issue 12): a decisions CSV and a nominations
//! CSV, as `treatydesk import decisions|nominations` reads them. Every row is checked first
//! with the same checks as a single entry; when any row is bad nothing is written and every
//! problem is returned as "line N: reason" (the header is line 1). A good file is written in one
//! audited transaction: all rows or none.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;
use time::Date;
use treatydesk_domain::calendar::parse_date;
use treatydesk_domain::finding::{Message, Problem};

use crate::audit::Author;
use crate::decisions::DecisionContent;
use crate::entities::meeting;
use crate::error::said;
use crate::nominations::NewNomination;
use crate::{Store, StoreError};

/// What an import of decisions or nominations did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RecordImport {
    pub added: usize,
}

/// The columns of a decisions file: `meeting, number, title, source`, the text in one or more
/// of `text_en, text_fr, text_es, text_ar, text_zh, text_ru` (or `text` for English), and
/// optionally `agenda_item` (the item's position on the meeting's agenda), `adopts` (document
/// symbols separated by `;`), `supersedes` (decisions on record as `MEETING/NUMBER`, separated
/// by `;`) and `decided_on` (YYYY-MM-DD; the meeting's closing day when empty).
pub const DECISION_COLUMNS: [&str; 4] = ["meeting", "number", "title", "source"];

/// The columns of a nominations file: `meeting, state, choices` (seat:preference separated by
/// spaces, e.g. `a-1:1 b-2:2`) and optionally `statement`.
pub const NOMINATION_COLUMNS: [&str; 3] = ["meeting", "state", "choices"];

type Row = HashMap<String, String>;

fn number(n: impl TryInto<i64>) -> i64 {
    n.try_into().unwrap_or(i64::MAX)
}

/// The problem `p` of the row on `line` ("line N: ...", the row's message nested).
fn on_line(line: usize, p: Problem) -> Problem {
    Problem::new(
        Message::new("refuse-import-line")
            .number("line", number(line))
            .messages("problem", vec![p.message]),
        format!("line {line}: {}", p.sentence),
    )
}

/// A meeting label the file gives that names no meeting of the convention.
fn meeting_unknown(label: &str, convention_code: &str) -> Problem {
    Problem::new(
        Message::new("refuse-record-import-meeting-unknown")
            .code("value", label)
            .code("convention", convention_code),
        format!("\"{label}\" is not a meeting of {convention_code} on record"),
    )
}

fn read_rows(csv_text: &str, required: &[&str]) -> Result<Vec<(usize, Row)>, StoreError> {
    let mut reader = crate::csv_file::checked_reader(csv_text, required)?;
    let headers = reader
        .headers()
        .map_err(|e| {
            StoreError::refuse(Problem::new(
                Message::new("refuse-csv-header-unreadable").text("why", e.to_string()),
                format!("line 1: cannot read the header: {e}"),
            ))
        })?
        .clone();
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        match record {
            Ok(r) => rows.push((
                line,
                headers
                    .iter()
                    .zip(r.iter())
                    .map(|(h, v)| (h.to_string(), v.to_string()))
                    .collect(),
            )),
            Err(e) => problems.push(Problem::new(
                Message::new("refuse-import-line-unreadable")
                    .number("line", number(line))
                    .text("why", e.to_string()),
                format!("line {line}: {e}"),
            )),
        }
    }
    if !problems.is_empty() {
        return Err(StoreError::Invalid(problems));
    }
    if rows.is_empty() {
        return Err(StoreError::refuse(said(
            "refuse-import-no-rows",
            "the file has a header but no rows",
        )));
    }
    Ok(rows)
}

fn get(row: &Row, key: &str) -> String {
    row.get(key).cloned().unwrap_or_default()
}

impl Store {
    /// Imports a decisions file for the convention: all rows or none.
    pub async fn import_decisions(
        &self,
        convention_code: &str,
        csv_text: &str,
        author: &Author,
    ) -> Result<RecordImport, StoreError> {
        let convention = self.convention(convention_code).await?;
        let rows = read_rows(csv_text, &DECISION_COLUMNS)?;
        let meetings = self.meetings(&convention).await?;
        let register = self.decision_records(&convention, None).await?;
        let documents = self.documents(&convention).await?;
        let mut problems = Vec::new();
        let mut seen = HashSet::new();
        let mut checked: Vec<(meeting::Model, i32, DecisionContent, String)> = Vec::new();
        for (line, row) in &rows {
            let mut bad = |why: Problem| problems.push(on_line(*line, why));
            let label = get(row, "meeting");
            let Some(m) = meetings.iter().find(|m| m.label == label) else {
                bad(meeting_unknown(&label, convention_code));
                continue;
            };
            let Ok(decision) = get(row, "number").parse::<u32>() else {
                let typed = get(row, "number");
                bad(Problem::new(
                    Message::new("refuse-record-import-number").code("value", &typed),
                    format!("number \"{typed}\" is not a whole number"),
                ));
                continue;
            };
            if !seen.insert((m.id, decision)) {
                bad(Problem::new(
                    Message::new("refuse-record-import-decision-twice")
                        .meeting("meeting", &label)
                        .number("number", i64::from(decision)),
                    format!("{label} decision {decision} appears more than once in the file"),
                ));
            }
            let mut texts = BTreeMap::new();
            for lang in ["en", "fr", "es", "ar", "zh", "ru"] {
                let text = get(row, &format!("text_{lang}"));
                if !text.is_empty() {
                    texts.insert(lang.to_string(), text);
                }
            }
            if !texts.contains_key("en") && !get(row, "text").is_empty() {
                texts.insert("en".into(), get(row, "text"));
            }
            let agenda_item_id = match get(row, "agenda_item").as_str() {
                "" => None,
                n => match n.parse::<i32>() {
                    Ok(pos) => {
                        let items = self.agenda(m.id).await?;
                        match items.iter().find(|a| a.position == pos) {
                            Some(a) => Some(a.id),
                            None => {
                                bad(Problem::new(
                                    Message::new("refuse-record-import-agenda-item-unknown")
                                        .meeting("meeting", &label)
                                        .number("position", i64::from(pos)),
                                    format!("{label} has no agenda item {pos}"),
                                ));
                                None
                            }
                        }
                    }
                    Err(_) => {
                        bad(Problem::new(
                            Message::new("refuse-record-import-agenda-item-form").code("value", n),
                            format!("agenda_item \"{n}\" is not a position on the agenda"),
                        ));
                        None
                    }
                },
            };
            let mut adopts = Vec::new();
            for symbol in get(row, "adopts")
                .split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                match documents.iter().find(|d| d.symbol == symbol) {
                    Some(d) => adopts.push(d.id),
                    None => bad(Problem::new(
                        Message::new("refuse-record-import-document-unknown")
                            .code("symbol", symbol),
                        format!("the document {symbol} is not on record"),
                    )),
                }
            }
            let mut supersedes = Vec::new();
            for cite in get(row, "supersedes")
                .split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                let found = cite.split_once('/').and_then(|(ml, n)| {
                    let n: i32 = n.trim().parse().ok()?;
                    register
                        .iter()
                        .find(|r| r.meeting.label == ml.trim() && r.decision.number == n)
                });
                match found {
                    Some(r) => supersedes.push(r.decision.id),
                    None => bad(Problem::new(
                        Message::new("refuse-record-import-supersedes-unknown").code("value", cite),
                        format!(
                            "supersedes \"{cite}\": no such decision on record (write MEETING/NUMBER, e.g. 2MSP/3)"
                        ),
                    )),
                }
            }
            let decided_on: Option<Date> = match get(row, "decided_on").as_str() {
                "" => None,
                text => match parse_date(text) {
                    Some(d) => Some(d),
                    None => {
                        bad(Problem::new(
                            Message::new("refuse-row-not-a-date")
                                .code("column", "decided_on")
                                .code("value", text),
                            format!("decided_on \"{text}\" is not a date in the form YYYY-MM-DD"),
                        ));
                        None
                    }
                },
            };
            let source = get(row, "source");
            if source.is_empty() {
                bad(said(
                    "refuse-record-import-source",
                    "cite the source of the decision",
                ));
            }
            if decision == 0 || decision > 10_000 {
                bad(said(
                    "refuse-decision-number",
                    "a decision's number is from 1 to 10,000",
                ));
            }
            if register.iter().any(|r| {
                r.meeting.id == m.id && r.decision.number == i32::try_from(decision).unwrap_or(-1)
            }) {
                bad(Problem::new(
                    Message::new("conflict-arch-decision-number")
                        .meeting("meeting", &label)
                        .number("number", i64::from(decision)),
                    format!("{label} already has a decision numbered {decision}"),
                ));
            }
            if !treatydesk_domain::meeting::MeetingKind::from_slug(&m.kind)
                .is_some_and(treatydesk_domain::record_kept::records_decisions)
            {
                bad(Problem::new(
                    Message::new("refuse-record-import-meeting-kind").meeting("meeting", &label),
                    format!("{label} is not a meeting that adopts decisions"),
                ));
            }
            let mut content = DecisionContent {
                title: get(row, "title"),
                texts,
                agenda_item_id,
                adopts,
                supersedes,
                decided_on,
            };
            match self.check_decision_content(m, &mut content, None).await {
                Ok(()) => {}
                Err(StoreError::Invalid(reasons)) => {
                    problems.extend(reasons.into_iter().map(|r| on_line(*line, r)));
                }
                Err(e) => return Err(e),
            }
            checked.push((
                m.clone(),
                i32::try_from(decision).unwrap_or(0),
                content,
                source,
            ));
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let mut write = self
            .write(
                author,
                "decision.import",
                format!("{} decision(s) of {convention_code}", checked.len()),
            )
            .await?;
        write.convention(convention.id);
        let mut ids = Vec::new();
        for (m, number, content, source) in &checked {
            ids.push(
                self.insert_decision(&write, author, m, *number, content, source)
                    .await?
                    .id,
            );
        }
        write.detail(serde_json::json!({ "decisions": ids }));
        write.commit().await?;
        Ok(RecordImport { added: ids.len() })
    }

    /// Imports a nominations file for the convention, judged on `today` (meetings that have
    /// opened take none): all rows or none. `on_behalf`: entered by the ISU for the States.
    pub async fn import_nominations(
        &self,
        convention_code: &str,
        csv_text: &str,
        author: &Author,
        today: Date,
        on_behalf: bool,
    ) -> Result<RecordImport, StoreError> {
        let convention = self.convention(convention_code).await?;
        let rows = read_rows(csv_text, &NOMINATION_COLUMNS)?;
        let meetings = self.meetings(&convention).await?;
        let mut problems = Vec::new();
        let mut seen = HashSet::new();
        let standing: HashSet<(i64, String)> = self
            .record(&convention)
            .await?
            .nominations
            .into_iter()
            .map(|n| (n.meeting, n.state))
            .collect();
        let mut checked: Vec<(meeting::Model, String, NewNomination)> = Vec::new();
        for (line, row) in &rows {
            let label = get(row, "meeting");
            let Some(m) = meetings.iter().find(|m| m.label == label) else {
                problems.push(on_line(*line, meeting_unknown(&label, convention_code)));
                continue;
            };
            let mut choices = Vec::new();
            let mut choice_problem = false;
            for part in get(row, "choices").split_whitespace() {
                match part
                    .split_once(':')
                    .and_then(|(seat, pref)| Some((seat.to_string(), pref.parse::<u8>().ok()?)))
                {
                    Some(c) => choices.push(c),
                    None => {
                        choice_problem = true;
                        problems.push(on_line(
                            *line,
                            Problem::new(
                                Message::new("refuse-record-import-choice").code("value", part),
                                format!("choice \"{part}\" is not seat:preference (e.g. a-1:1)"),
                            ),
                        ));
                    }
                }
            }
            let new = NewNomination {
                state: get(row, "state"),
                choices,
                statement: get(row, "statement"),
                on_behalf,
            };
            if !seen.insert((m.id, new.state.trim().to_uppercase())) {
                problems.push(on_line(
                    *line,
                    Problem::new(
                        Message::new("refuse-record-import-nominated-twice")
                            .code("state", &new.state)
                            .meeting("meeting", &label),
                        format!(
                            "{} is nominated for {label} more than once in the file",
                            new.state
                        ),
                    ),
                ));
            }
            if choice_problem {
                continue;
            }
            match self.check_nomination(&convention, m, &new, today).await {
                Ok((state, _)) if standing.contains(&(i64::from(m.id), state.clone())) => {
                    problems.push(on_line(
                        *line,
                        Problem::new(
                            Message::new("refuse-record-import-standing")
                                .code("state", &state)
                                .meeting("meeting", &label),
                            format!(
                                "{state} already has a standing nomination for {label}; withdraw it first"
                            ),
                        ),
                    ));
                }
                Ok((state, _)) => checked.push((m.clone(), state, new)),
                Err(reasons) => {
                    problems.extend(reasons.into_iter().map(|r| on_line(*line, r)));
                }
            }
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let mut write = self
            .write(
                author,
                "nomination.import",
                format!("{} nomination(s) of {convention_code}", checked.len()),
            )
            .await?;
        write.convention(convention.id);
        let mut ids = Vec::new();
        for (m, state, new) in &checked {
            match self
                .insert_nomination(&write, author, &convention, m, state, new)
                .await
            {
                Ok(n) => ids.push(n.id),
                Err(StoreError::Conflict(why)) => problems.push(why),
                Err(e) => return Err(e),
            }
        }
        if !problems.is_empty() {
            // Dropping the write rolls back every row.
            return Err(StoreError::Invalid(problems));
        }
        write.detail(serde_json::json!({ "nominations": ids }));
        write.commit().await?;
        Ok(RecordImport { added: ids.len() })
    }
}
