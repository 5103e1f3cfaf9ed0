//! What the search index holds, derived from the store: every language version of every
//! document (its symbol, title and extracted text), each decision, each meeting, each State
//! of a convention with a participation record, and each delegation's statement as it stands
//! (its title, speaker, State and extracted text; a new version replaces the old one's entry),
//! and each universalization entry at its current access level. `reindex` rebuilds the whole index (at every
//! start of the server, and by `treatydesk reindex`); the web's writes upsert what they change
//! (a document's entries, a meeting's). Writes made elsewhere (the CLI's imports, another
//! `serve` on the same PostgreSQL) are followed by [`follow`], which rebuilds the index when the
//! store's watcher reports one; at start ([`start`]) an index on disk that is already current
//! is kept, and one that is behind answers while it is rebuilt in the background.
//!
//! It reads the store and writes only the index; access levels are copied from the records so
//! the index can filter every search.

use treatydesk_domain::AccessLevel;
use treatydesk_domain::office::Record;
use treatydesk_search::Entry;
use treatydesk_store::decisions::DecisionRecord;
use treatydesk_store::entities::{
    actor, convention, document, language_version, meeting, statement,
};
use treatydesk_store::generation::{Area, Areas};
use treatydesk_store::{Store, StoreError};

use crate::AppState;

/// The entries of one document: one per language version (or one for its metadata alone).
pub fn document_entries(
    c: &convention::Model,
    doc: &document::Model,
    meeting: Option<&str>,
    versions: &[&language_version::Model],
) -> Vec<Entry> {
    let access = AccessLevel::from_slug(&doc.access).unwrap_or(AccessLevel::Isu);
    let base = |key: String, lang: &str, text: &str| Entry {
        key,
        kind: "document".into(),
        convention: c.code.clone(),
        title: format!("{} {}", doc.symbol, doc.title),
        text: text.to_string(),
        lang: lang.to_string(),
        url: format!("/{}/documents/{}", c.code, doc.id),
        meeting: meeting.map(str::to_string),
        doc_type: Some(doc.kind.clone()),
        year: Some(doc.issued_on.year()),
        access,
    };
    if versions.is_empty() {
        return vec![base(format!("document:{}", doc.id), "en", "")];
    }
    versions
        .iter()
        .map(|v| base(format!("document:{}:{}", doc.id, v.lang), &v.lang, &v.text))
        .collect()
}

/// The entry of one meeting.
pub fn meeting_entry(c: &convention::Model, record: &Record, m: &meeting::Model) -> Entry {
    Entry {
        key: format!("meeting:{}:{}", c.code, m.label),
        kind: "meeting".into(),
        convention: c.code.clone(),
        title: format!("{} ({})", record.kind_name(&m.kind), m.label),
        text: format!("{} {} {}", m.label, m.venue, m.source),
        lang: "en".into(),
        url: format!("/{}/meetings/{}", c.code, m.label),
        meeting: Some(m.label.clone()),
        doc_type: None,
        year: m.opens_on.map(|d| d.year()),
        access: AccessLevel::Public,
    }
}

/// Puts a meeting's entry in the index after the ISU records or changes it.
pub async fn reindex_meeting(
    state: &AppState,
    c: &convention::Model,
    m: &meeting::Model,
) -> Result<(), crate::WebError> {
    let (record, _) = state.store.offices(c).await?;
    state.search.upsert(&[meeting_entry(c, &record, m)])?;
    Ok(())
}

/// The entry of one decision: its title and its text in every language given, under its
/// current revision (one entry, so that a correction replaces it whole).
pub fn decision_entry(c: &convention::Model, r: &DecisionRecord) -> Entry {
    let texts: Vec<&str> = r.current.texts.values().map(String::as_str).collect();
    let lang = if r.current.texts.contains_key("en") || r.current.texts.is_empty() {
        "en".to_string()
    } else {
        r.current.texts.keys().next().cloned().unwrap_or_default()
    };
    Entry {
        key: format!("decision:{}", r.decision.id),
        kind: "decision".into(),
        convention: c.code.clone(),
        title: format!(
            "{} {} {}",
            r.meeting.label, r.decision.number, r.current.title
        ),
        text: texts.join("\n\n"),
        lang,
        url: format!("/{}/decisions/{}", c.code, r.decision.id),
        meeting: Some(r.meeting.label.clone()),
        doc_type: Some("decision".into()),
        year: r
            .current
            .decided_on
            .or(r.meeting.opens_on)
            .map(|d| d.year()),
        access: AccessLevel::Public,
    }
}

/// Puts a decision's entry in the index after the ISU records or corrects it.
pub async fn reindex_decision(
    state: &AppState,
    c: &convention::Model,
    id: i32,
) -> Result<(), crate::WebError> {
    let r = state.store.decision_record(c, id).await?;
    state.search.upsert(&[decision_entry(c, &r)])?;
    Ok(())
}

/// The entry of a statement as it stands: one per session, speaker and language, so that a new
/// version replaces the entry of the one it supersedes. Statements are published: public.
pub fn statement_entry(
    c: &convention::Model,
    m: &meeting::Model,
    s: &statement::Model,
    state: Option<&actor::Model>,
) -> Entry {
    let speaker = match (state, &s.state_code) {
        (Some(a), _) => format!("{} ({})", s.speaker_name, a.name_en),
        (None, Some(code)) => format!("{} ({code})", s.speaker_name),
        (None, None) => s.speaker_name.clone(),
    };
    let names = state.map_or_else(String::new, |a| {
        format!(
            "{} {} {} {} {}",
            a.code, a.name_en, a.name_fr, a.name_es, a.name_ar
        )
    });
    Entry {
        key: statement_key(m, s),
        kind: "statement".into(),
        convention: c.code.clone(),
        title: format!("{} — {speaker}", s.title),
        text: format!("{} {names}\n\n{}", s.speaker_name, s.text),
        lang: s.lang.clone(),
        url: crate::views::statements::session_url(&c.code, &m.label, i64::from(s.session_id)),
        meeting: Some(m.label.clone()),
        doc_type: Some("statement".into()),
        year: m.opens_on.map(|d| d.year()),
        access: AccessLevel::Public,
    }
}

/// The key of a statement's entry: one per session, speaker and language.
fn statement_key(m: &meeting::Model, s: &statement::Model) -> String {
    format!(
        "statement:{}:{}:{}:{}",
        m.id,
        s.session_id,
        s.speaker_id
            .map_or_else(|| s.speaker_name.clone(), |i| i.to_string()),
        s.lang
    )
}

/// Takes a withdrawn statement's entry out of the index.
pub fn unindex_statement(
    state: &AppState,
    m: &meeting::Model,
    s: &statement::Model,
) -> Result<(), crate::WebError> {
    state.search.remove(&[statement_key(m, s)])?;
    Ok(())
}

/// Puts a statement's entry in the index after it is recorded (replacing its earlier version's).
pub async fn reindex_statement(
    state: &AppState,
    c: &convention::Model,
    m: &meeting::Model,
    s: &statement::Model,
) -> Result<(), crate::WebError> {
    let actor = match &s.state_code {
        Some(code) => state.store.actor(code).await.ok(),
        None => None,
    };
    state
        .search
        .upsert(&[statement_entry(c, m, s, actor.as_ref())])?;
    Ok(())
}

/// The entry of a universalization entry (an outreach activity or a statement of intent) as
/// it stands, at its current access level: one per entry, so that a correction replaces it.
pub fn outreach_entry(
    c: &convention::Model,
    r: &treatydesk_store::outreach::OutreachRecord,
    state: Option<&actor::Model>,
) -> Option<Entry> {
    let current = r.current()?;
    let names = state.map_or_else(
        || r.activity.actor_code.clone(),
        |a| {
            format!(
                "{} {} {} {} {}",
                a.code, a.name_en, a.name_fr, a.name_es, a.name_ar
            )
        },
    );
    let name = state.map_or(r.activity.actor_code.as_str(), |a| a.name_en.as_str());
    Some(Entry {
        key: format!("outreach:{}", r.activity.id),
        kind: "outreach".into(),
        convention: c.code.clone(),
        title: format!("{name} — {}", current.who),
        text: format!(
            "{names}\n\n{}\n\n{}\n\n{}",
            current.who, current.working_group, current.what
        ),
        lang: "en".into(),
        url: crate::views::universalization::entry_out(&c.code, r)
            .map_or_else(String::new, |e| e.url),
        meeting: None,
        doc_type: Some(current.kind.clone()),
        year: Some(current.on_date.year()),
        access: r.access(),
    })
}

/// Puts a universalization entry in the index after the ISU records or corrects it.
pub async fn reindex_outreach(
    state: &AppState,
    c: &convention::Model,
    r: &treatydesk_store::outreach::OutreachRecord,
) -> Result<(), crate::WebError> {
    let actor = state.store.actor(&r.activity.actor_code).await.ok();
    if let Some(e) = outreach_entry(c, r, actor.as_ref()) {
        state.search.upsert(&[e])?;
    }
    Ok(())
}

/// Every entry of every convention.
pub async fn entries(store: &Store) -> Result<Vec<Entry>, StoreError> {
    let mut out = Vec::new();
    for c in store.conventions().await? {
        let meetings = store.meetings(&c).await?;
        let label = |id: Option<i32>| {
            id.and_then(|id| meetings.iter().find(|m| m.id == id))
                .map(|m| m.label.as_str())
        };
        let versions = store.language_versions(&c).await?;
        for doc in store.documents(&c).await? {
            let mine: Vec<&language_version::Model> = versions
                .iter()
                .filter(|v| v.document_id == doc.id)
                .collect();
            out.extend(document_entries(&c, &doc, label(doc.meeting_id), &mine));
        }
        for r in store.decision_records(&c, None).await? {
            out.push(decision_entry(&c, &r));
        }
        let (record, _) = store.offices(&c).await?;
        out.extend(meetings.iter().map(|m| meeting_entry(&c, &record, m)));
        let statements = store.statements_of_convention(&c).await?;
        if !statements.is_empty() {
            let actors = store.actors().await?;
            for s in treatydesk_store::statements::current(&statements) {
                if let Some(m) = meetings.iter().find(|m| m.id == s.meeting_id) {
                    let a = s
                        .state_code
                        .as_deref()
                        .and_then(|code| actors.iter().find(|a| a.code == code));
                    out.push(statement_entry(&c, m, s, a));
                }
            }
        }
        let outreach = store.outreach_entries(&c, None).await?;
        if !outreach.is_empty() {
            let actors = store.actors().await?;
            for r in &outreach {
                let a = actors.iter().find(|a| a.code == r.activity.actor_code);
                out.extend(outreach_entry(&c, r, a));
            }
        }
        for r in store.state_records(&c).await?.iter() {
            let a = &r.actor;
            for (lang, name) in [("en", &a.name_en), ("ar", &a.name_ar)] {
                out.push(Entry {
                    key: format!("state:{}:{}:{lang}", c.code, a.code),
                    kind: "state".into(),
                    convention: c.code.clone(),
                    title: name.clone(),
                    text: if lang == "en" {
                        format!("{} {} {} {}", a.code, a.name_en, a.name_fr, a.name_es)
                    } else {
                        name.clone()
                    },
                    lang: lang.into(),
                    url: format!("/{}/states/{}", c.code, a.code),
                    meeting: None,
                    doc_type: None,
                    year: None,
                    access: AccessLevel::Public,
                });
            }
        }
    }
    Ok(out)
}

/// Rebuilds the whole index from the store; `progress` hears the count so far.
pub async fn reindex(
    state: &AppState,
    progress: impl FnMut(usize),
) -> Result<usize, crate::WebError> {
    let all = entries(&state.store).await?;
    Ok(state.search.rebuild(all, progress)?)
}

/// The areas whose writes change what the index holds.
pub const INDEXED_AREAS: Areas = Areas::of(&[
    Area::Registry,
    Area::Participation,
    Area::Meetings,
    Area::Decisions,
    Area::Documents,
]);

/// The file in the index directory naming the newest audit entry (of [`INDEXED_AREAS`]) the
/// index was built from.
pub const MARK_FILE: &str = "treatydesk-indexed-mark";

/// The mark of the index in `dir`: the newest indexed audit entry it was built from.
fn mark_on_disk(dir: &std::path::Path) -> Option<i32> {
    std::fs::read_to_string(dir.join(MARK_FILE))
        .ok()
        .and_then(|s| s.trim().parse::<i32>().ok())
}

/// Brings the index in `dir` up to date at the start of a server: rebuilt when the store has
/// an indexed write newer than the one the index was built from (or the index is new), else
/// kept as it is on disk. Returns whether it rebuilt.
pub async fn bring_up_to_date(
    state: &AppState,
    dir: &std::path::Path,
) -> Result<bool, crate::WebError> {
    let mark = state.store.audit_mark_of(INDEXED_AREAS).await?;
    let file = dir.join(MARK_FILE);
    if mark_on_disk(dir) == Some(mark) && !state.search.is_empty() {
        return Ok(false);
    }
    // The mark is taken before reading: a write landing during the rebuild makes the next
    // start rebuild again rather than be missed.
    reindex(state, |_| {}).await?;
    if let Err(e) = std::fs::write(&file, mark.to_string()) {
        tracing::warn!(error = %e, "cannot write the search index mark");
    }
    Ok(true)
}

/// At the start of a server: a new (empty) index is built before the server listens; an index
/// on disk answers at once and, when the store has an indexed write newer than the one it was
/// built from, is rebuilt in the background (issue 13: a restart's first page does not wait for
/// a rebuild of 100,000 documents). A rebuild is repeated while this process's own writes land
/// during it, so none is lost to the rebuild's older reading.
pub async fn start(
    state: &AppState,
    dir: std::path::PathBuf,
) -> Result<Option<tokio::task::JoinHandle<()>>, crate::WebError> {
    if state.search.is_empty() {
        bring_up_to_date(state, &dir).await?;
        tracing::info!(entries = state.search.len(), "search index built");
        return Ok(None);
    }
    let state = state.clone();
    Ok(Some(tokio::spawn(async move {
        loop {
            let before = state.store.generations().stamp(INDEXED_AREAS);
            match bring_up_to_date(&state, &dir).await {
                Ok(true) => tracing::info!(entries = state.search.len(), "search index rebuilt"),
                Ok(false) => tracing::info!(
                    entries = state.search.len(),
                    "search index on disk is current"
                ),
                Err(e) => {
                    tracing::warn!(error = %e, "could not bring the search index up to date");
                    return;
                }
            }
            if state.store.generations().stamp(INDEXED_AREAS) == before {
                return;
            }
        }
    })))
}

/// How long the index writer stays open after a change (changes in a row share it).
pub const WRITER_IDLE: std::time::Duration = std::time::Duration::from_secs(30);

/// Follows writes made by other processes (another `serve` on the same PostgreSQL, the CLI):
/// when one touches what the index holds, the whole index is rebuilt from the store, one
/// rebuild at a time, unless the index on disk was built from the store's newest indexed
/// write. The web's own writes upsert what they change and are not rebuilt for.
///
/// `after` is the start's background check ([`start`]): following begins once it has ended, so
/// the two never rebuild the same index at once (the start's loop sees writes made meanwhile).
///
/// Every 10 seconds it also lets the index writer go once no change came for [`WRITER_IDLE`],
/// and at once after a whole build (the start's, a rebuild): issue 13, an idle server does not
/// keep the writer's memory and threads.
pub fn follow(
    state: AppState,
    index_dir: Option<std::path::PathBuf>,
    after: Option<tokio::task::JoinHandle<()>>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        if let Some(start) = after {
            let _ = start.await;
        }
        // A whole build is a one-off: its writer is let go at once, not after WRITER_IDLE.
        let_writer_go(&state, std::time::Duration::ZERO).await;
        let stamp = || state.store.generations().external_stamp(INDEXED_AREAS);
        let mut seen = stamp();
        let mut ticks = 0u32;
        loop {
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            ticks = ticks.wrapping_add(1);
            if ticks.is_multiple_of(50) {
                let_writer_go(&state, WRITER_IDLE).await;
            }
            let now = stamp();
            if now == seen {
                continue;
            }
            seen = now;
            let mark = state.store.audit_mark_of(INDEXED_AREAS).await;
            // The watcher's first look counts everything before it as another process's
            // write: an index on disk built from the store's newest indexed write already
            // holds it (a restart does not rebuild 100,000 documents for nothing).
            if let (Some(dir), Ok(mark)) = (&index_dir, &mark)
                && mark_on_disk(dir) == Some(*mark)
                && !state.search.is_empty()
            {
                continue;
            }
            match reindex(&state, |_| {}).await {
                Ok(n) => {
                    tracing::info!(
                        entries = n,
                        "search index rebuilt after another process's write"
                    );
                    if let (Some(dir), Ok(mark)) = (&index_dir, mark) {
                        let _ = std::fs::write(dir.join(MARK_FILE), mark.to_string());
                    }
                    let_writer_go(&state, std::time::Duration::ZERO).await;
                }
                Err(e) => tracing::warn!(error = %e, "could not rebuild the search index"),
            }
        }
    })
}

/// Lets the index writer go when no change came for `idle`, on a blocking thread (it waits for
/// the merges the writer's commits started).
async fn let_writer_go(state: &AppState, idle: std::time::Duration) {
    let search = state.search.clone();
    let released = tokio::task::spawn_blocking(move || search.release_idle_writer(idle)).await;
    if let Ok(Err(e)) = released {
        tracing::warn!(error = %e, "could not let the search index writer go");
    }
}
