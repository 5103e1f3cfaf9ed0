//! Delegations' statements (P1.2, issue 12 item 5) as the programme pages, the meeting page and
//! the API read them: each statement with its session, speaker, State, language, download
//! address and place in its chain of versions; who may upload (`uploader`, `may_upload`); and
//! the API's upload body (`StatementIn`, with the file as base64).
//!
//! Recorded statements are published: public like the programme. Nothing here writes; the
//! store's audited `record_statement` does, with the checks of who may record for which State.

use serde::{Deserialize, Serialize};
use treatydesk_domain::AccessLevel;
use treatydesk_domain::access::Role;
use treatydesk_store::entities::{convention, statement};
use treatydesk_store::programme::ScheduledSession;
use treatydesk_store::statements::Uploader;
use utoipa::ToSchema;

use crate::ctx::Ctx;

/// One version of a statement in one language.
#[derive(Clone, Serialize, ToSchema)]
pub struct StatementOut {
    pub id: i32,
    /// The programme session it was delivered at.
    pub session: i64,
    pub session_title: String,
    /// The speaker of the session (`speakers[].id` in the programme), when still on record.
    pub speaker: Option<i64>,
    pub speaker_name: String,
    /// The State spoken for (ISO 3166 alpha-3), when the programme names one.
    pub state: Option<String>,
    /// ar, zh, en, fr, ru or es
    pub lang: String,
    pub title: String,
    /// Where the file is served; none for a withdrawal.
    pub url: Option<String>,
    pub filename: String,
    /// RFC 3339
    pub uploaded_at: String,
    /// YYYY-MM-DD (UTC)
    pub uploaded_on: String,
    /// The earlier version this one replaces.
    pub supersedes: Option<i32>,
    /// The later version (or withdrawal) that replaces this one; none while it stands.
    pub superseded_by: Option<i32>,
    /// This row withdraws the version it supersedes (it has no file).
    pub withdrawn: bool,
    /// The statement as it stands: no later version and not a withdrawal.
    pub current: bool,
}

/// A meeting's statements, every version.
#[derive(Clone, Serialize, ToSchema)]
pub struct StatementsOut {
    pub convention: String,
    pub meeting: String,
    pub statements: Vec<StatementOut>,
}

/// A statement to record through the API. The file is the `content`, base64 encoded (standard
/// alphabet, padding optional): a PDF, a Word document (DOCX) or UTF-8 text, within the API's
/// 1 MiB body; larger files are uploaded through the session's statements page.
#[derive(Clone, Deserialize, ToSchema)]
pub struct StatementIn {
    /// The programme session's id.
    pub session: i64,
    /// The speaker's id on that session.
    pub speaker: i64,
    /// ar, zh, en, fr, ru or es
    pub lang: String,
    pub title: String,
    /// The file, base64.
    pub content: String,
}

/// The address of a statement's file.
pub fn file_url(code: &str, meeting: &str, id: i32) -> String {
    format!("/{code}/meetings/{meeting}/statements/{id}")
}

/// The address of a session's statements page.
pub fn session_url(code: &str, meeting: &str, session: i64) -> String {
    format!("/{code}/meetings/{meeting}/programme/sessions/{session}/statements")
}

/// Every version, as the pages and the API show them, in the order given.
pub fn statements_out(
    c: &convention::Model,
    meeting: &str,
    programme: &[ScheduledSession],
    all: &[statement::Model],
) -> Vec<StatementOut> {
    all.iter()
        .map(|s| {
            let superseded_by = all
                .iter()
                .find(|later| later.supersedes_id == Some(s.id))
                .map(|later| later.id);
            let session_title = programme
                .iter()
                .find(|x| x.session.id == i64::from(s.session_id))
                .map(|x| x.session.title.clone())
                .unwrap_or_default();
            StatementOut {
                id: s.id,
                session: i64::from(s.session_id),
                session_title,
                speaker: s.speaker_id.map(i64::from),
                speaker_name: s.speaker_name.clone(),
                state: s.state_code.clone(),
                lang: s.lang.clone(),
                title: s.title.clone(),
                url: (!s.withdrawn).then(|| file_url(&c.code, meeting, s.id)),
                filename: s.filename.clone(),
                uploaded_at: s
                    .uploaded_at
                    .format(&time::format_description::well_known::Rfc3339)
                    .unwrap_or_default(),
                uploaded_on: treatydesk_domain::calendar::format_date(s.uploaded_at.date()),
                supersedes: s.supersedes_id,
                superseded_by,
                withdrawn: s.withdrawn,
                current: superseded_by.is_none() && !s.withdrawn,
            }
        })
        .collect()
}

/// One language version of a statement, as a link.
#[derive(Clone)]
pub struct FileLink {
    pub lang: String,
    pub url: String,
}

/// A speaker's current statement at a session, with its languages: what the programme and the
/// meeting page list.
#[derive(Clone)]
pub struct StatementGroup {
    pub session: i64,
    pub session_title: String,
    pub speaker_name: String,
    pub state: Option<String>,
    /// The State's name in the reader's language, when the page has filled it in.
    pub state_name: Option<String>,
    pub title: String,
    pub files: Vec<FileLink>,
}

/// The current statements grouped by session and speaker, languages in the UN order.
pub fn grouped(all: &[StatementOut]) -> Vec<StatementGroup> {
    let mut out: Vec<(Option<i64>, StatementGroup)> = Vec::new();
    for s in all.iter().filter(|s| s.current) {
        let key = s.speaker;
        let Some(url) = s.url.clone() else {
            continue;
        };
        let link = FileLink {
            lang: s.lang.clone(),
            url,
        };
        match out
            .iter_mut()
            .find(|(k, g)| g.session == s.session && *k == key && g.speaker_name == s.speaker_name)
        {
            Some((_, g)) => g.files.push(link),
            None => out.push((
                key,
                StatementGroup {
                    session: s.session,
                    session_title: s.session_title.clone(),
                    speaker_name: s.speaker_name.clone(),
                    state: s.state.clone(),
                    state_name: None,
                    title: s.title.clone(),
                    files: vec![link],
                },
            )),
        }
    }
    let order = |l: &str| {
        treatydesk_domain::document::UN_LANGUAGES
            .iter()
            .position(|x| *x == l)
    };
    out.into_iter()
        .map(|(_, mut g)| {
            g.files.sort_by_key(|f| order(&f.lang));
            g
        })
        .collect()
}

/// Who the reader uploads as in `convention`: the ISU (any speaker), a focal point (its own
/// State's speakers), or nobody.
pub fn uploader(ctx: &Ctx, convention: &str) -> Option<Uploader> {
    if ctx.viewer.can_read(convention, AccessLevel::Isu) {
        return Some(Uploader::Isu);
    }
    let mut states: Vec<String> = ctx
        .viewer
        .grants
        .iter()
        .filter(|g| g.role == Role::FocalPoint && g.convention.as_deref() == Some(convention))
        .filter_map(|g| g.actor.clone())
        .collect();
    states.sort();
    states.dedup();
    (!states.is_empty()).then_some(Uploader::FocalPoint(states))
}

/// May this uploader upload at this session: the ISU always, a focal point when one of the
/// session's speakers speaks for its State.
pub fn may_upload(uploader: Option<&Uploader>, scheduled: &ScheduledSession) -> bool {
    match uploader {
        None => false,
        Some(u) => scheduled
            .panel
            .iter()
            .chain(&scheduled.floor)
            .any(|p| u.may_record_for(p.actor.as_deref())),
    }
}

/// Standard base64 (padding optional, whitespace ignored), or why it is not.
pub fn decode_base64(text: &str) -> Result<Vec<u8>, String> {
    fn value(c: u8) -> Option<u32> {
        match c {
            b'A'..=b'Z' => Some(u32::from(c - b'A')),
            b'a'..=b'z' => Some(u32::from(c - b'a') + 26),
            b'0'..=b'9' => Some(u32::from(c - b'0') + 52),
            b'+' => Some(62),
            b'/' => Some(63),
            _ => None,
        }
    }
    let clean: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    let body = clean
        .iter()
        .rposition(|b| *b != b'=')
        .map_or(&clean[..0], |end| &clean[..=end]);
    if clean.len() - body.len() > 2 || body.len() % 4 == 1 {
        return Err("content is not base64".into());
    }
    let mut out = Vec::with_capacity(body.len() / 4 * 3 + 2);
    for chunk in body.chunks(4) {
        let mut acc = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            let v = value(*c)
                .ok_or("content is not base64 (a character outside A-Z, a-z, 0-9, + and /)")?;
            acc |= v << (18 - 6 * i);
        }
        let bytes = acc.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::decode_base64;

    #[test]
    fn p1_2_statement_content_is_read_as_base64() {
        assert_eq!(decode_base64("SGVsbG8=").as_deref(), Ok(&b"Hello"[..]));
        assert_eq!(decode_base64("SGVsbG8").as_deref(), Ok(&b"Hello"[..]));
        assert_eq!(decode_base64("SGVs\nbG8h").as_deref(), Ok(&b"Hello!"[..]));
        assert_eq!(decode_base64("").as_deref(), Ok(&b""[..]));
        assert!(decode_base64("SGVsb$8=").is_err());
        assert!(decode_base64("S").is_err());
    }
}
