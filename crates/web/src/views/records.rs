//! The records as views shared by pages, the JSON API and the Atom feed: documents with their
//! language versions and revision chain, follow-up actions and search (the decisions register
//! is `views::decisions`).
//! Every list here is filtered to what the reader's access level may see before anything is
//! counted or shown. Nothing here writes.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use treatydesk_domain::AccessLevel;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::document::{ActionStatus, is_overdue};
use treatydesk_search::{Results, Search};
use treatydesk_store::documents::DocumentFilter;
use treatydesk_store::entities::{action, convention, document, language_version, meeting};
use utoipa::ToSchema;

use crate::ctx::Ctx;
use crate::views::listing;
use crate::{AppState, WebError};

#[derive(Clone, Serialize, ToSchema)]
pub struct LanguageVersionOut {
    /// ar, zh, en, fr, ru or es
    pub lang: String,
    pub filename: String,
    pub url: String,
}

/// A document's title in one of its languages (issue 19 item 3).
#[derive(Clone, Serialize, ToSchema)]
pub struct TitleOut {
    /// ar, zh, en, fr, ru or es
    pub lang: String,
    pub title: String,
}

/// The title a reader is shown: in their language where a version gives one, else the
/// original, with the language it is in (`None` when not known) so the page can say so.
pub struct ShownTitle {
    pub text: String,
    /// The title is not in the reader's language: its language code, or `None` if unknown.
    pub other_lang: Option<Option<String>>,
}

#[derive(Clone, Serialize, ToSchema)]
pub struct DocLink {
    pub id: i32,
    pub symbol: String,
}

#[derive(Clone, Serialize, ToSchema)]
pub struct DocumentOut {
    pub id: i32,
    pub symbol: String,
    pub title: String,
    /// agenda, programme, working-paper, report, decision, statement, minutes, note-verbale, other
    pub kind: String,
    pub meeting: Option<String>,
    pub agenda_item: Option<String>,
    pub submitter: String,
    pub issued_on: String,
    /// public, states-parties, committee or isu
    pub access: String,
    pub revises: Option<DocLink>,
    pub revised_by: Vec<DocLink>,
    pub versions: Vec<LanguageVersionOut>,
    /// The title in each language a version gives one in (`title` is the original).
    pub titles: Vec<TitleOut>,
    /// The language of the original title: that of the first version recorded, when any.
    pub title_lang: Option<String>,
    pub source: String,
}

impl DocumentOut {
    /// The title in `lang` where a version gives one, else the original title, marked.
    pub fn title_for(&self, lang: treatydesk_domain::Lang) -> ShownTitle {
        let code = lang.code();
        if let Some(t) = self.titles.iter().find(|t| t.lang == code) {
            return ShownTitle {
                text: t.title.clone(),
                other_lang: None,
            };
        }
        let other_lang = match &self.title_lang {
            Some(l) if l == code => None,
            Some(l) => Some(Some(l.clone())),
            // Titles recorded without a file are taken as English (the ISU's working language).
            None if lang == treatydesk_domain::Lang::En => None,
            None => Some(None),
        };
        ShownTitle {
            text: self.title.clone(),
            other_lang,
        }
    }
}

#[derive(Clone, Serialize, ToSchema)]
pub struct ActionOut {
    pub id: i32,
    pub title: String,
    /// isu, coordinator or state
    pub owner_kind: String,
    pub owner: String,
    pub due_on: Option<String>,
    /// open, done or cancelled
    pub status: String,
    pub overdue: bool,
    pub raised_by: String,
}

/// The access levels the reader may see in convention `c`.
fn readable_levels(ctx: &Ctx, c: &convention::Model) -> Vec<&'static str> {
    AccessLevel::ALL
        .into_iter()
        .filter(|l| ctx.viewer.can_read(&c.code, *l))
        .map(AccessLevel::slug)
        .collect()
}

/// The `rows` newest documents the reader may see (a home page's list): read newest first
/// from the store, not the whole archive. Their revision links name only documents among them.
pub async fn newest_documents_for(
    state: &AppState,
    ctx: &Ctx,
    c: &convention::Model,
    rows: usize,
) -> Result<Vec<DocumentOut>, WebError> {
    let levels = readable_levels(ctx, c);
    let newest = state
        .store
        .newest_documents(c, &levels, u64::try_from(rows).unwrap_or(u64::MAX))
        .await?;
    let ids: Vec<i32> = newest.iter().map(|d| d.id).collect();
    let versions = state.store.versions_of_documents(&ids).await?;
    let meetings = state.store.meetings(c).await?;
    let agenda = agenda_titles(state, &meetings).await?;
    let readable: Vec<&document::Model> = newest.iter().collect();
    Ok(assemble(
        c, &readable, &readable, &versions, &meetings, &agenda,
    ))
}

/// The documents the reader may see that `filter` selects, in `window` (an offset and a limit;
/// `None`: all of them), in the list's order, with how many it selects in all. Only those documents, their
/// language versions and the documents their revision links name are read, not the archive.
pub async fn documents_selected(
    state: &AppState,
    ctx: &Ctx,
    c: &convention::Model,
    filter: &DocumentFilter,
    window: Option<(u64, u64)>,
) -> Result<(Vec<DocumentOut>, u64), WebError> {
    let levels = readable_levels(ctx, c);
    let (shown, total) = state
        .store
        .documents_selected(c, &levels, filter, window)
        .await?;
    let ids: Vec<i32> = shown.iter().map(|d| d.id).collect();
    let revised: Vec<i32> = shown.iter().filter_map(|d| d.revises_id).collect();
    let linked = state
        .store
        .documents_linked(c, &levels, &ids, &revised)
        .await?;
    let versions = state.store.versions_of_documents(&ids).await?;
    let meetings = state.store.meetings(c).await?;
    let agenda = agenda_titles(state, &meetings).await?;
    let shown_refs: Vec<&document::Model> = shown.iter().collect();
    let mut known: HashMap<i32, &document::Model> = linked.iter().map(|d| (d.id, d)).collect();
    known.extend(shown.iter().map(|d| (d.id, d)));
    let mut known: Vec<&document::Model> = known.into_values().collect();
    known.sort_by_key(|d| d.id);
    Ok((
        assemble(c, &shown_refs, &known, &versions, &meetings, &agenda),
        total,
    ))
}

/// The entries of `shown`, whose revision links name documents among `known` (`shown` and
/// the documents they link to, each once).
fn assemble(
    c: &convention::Model,
    shown: &[&document::Model],
    known: &[&document::Model],
    versions: &[language_version::Model],
    meetings: &[meeting::Model],
    agenda: &[(i32, String)],
) -> Vec<DocumentOut> {
    let mut archive = Archive {
        by_id: known.iter().map(|d| (d.id, *d)).collect(),
        revised_by: HashMap::new(),
        versions: HashMap::new(),
        meetings: meetings.iter().map(|m| (m.id, m.label.as_str())).collect(),
        agenda: agenda.iter().map(|(id, t)| (*id, t.as_str())).collect(),
    };
    for d in known {
        if let Some(of) = d.revises_id {
            archive.revised_by.entry(of).or_default().push(d);
        }
    }
    // In the order of their ids: the first version recorded is the original's language.
    for v in versions {
        archive.versions.entry(v.document_id).or_default().push(v);
    }
    for list in archive.versions.values_mut() {
        list.sort_by_key(|v| v.id);
    }
    shown.iter().map(|d| document_out(c, d, &archive)).collect()
}

/// What a document's entry is assembled from, found by id.
struct Archive<'a> {
    by_id: HashMap<i32, &'a document::Model>,
    /// The readable documents that revise each document.
    revised_by: HashMap<i32, Vec<&'a document::Model>>,
    versions: HashMap<i32, Vec<&'a language_version::Model>>,
    meetings: HashMap<i32, &'a str>,
    agenda: HashMap<i32, &'a str>,
}

pub fn may_read(ctx: &Ctx, code: &str, access: &str) -> bool {
    AccessLevel::from_slug(access).is_some_and(|level| ctx.viewer.can_read(code, level))
}

pub async fn agenda_titles(
    state: &AppState,
    meetings: &[meeting::Model],
) -> Result<Vec<(i32, String)>, WebError> {
    let ids: Vec<i32> = meetings.iter().map(|m| m.id).collect();
    Ok(state
        .store
        .agenda_items(&ids)
        .await?
        .into_iter()
        .map(|a| (a.id, format!("{}. {}", a.position, a.title)))
        .collect())
}

fn document_out(c: &convention::Model, d: &document::Model, archive: &Archive<'_>) -> DocumentOut {
    let versions = archive.versions.get(&d.id).map_or(&[][..], Vec::as_slice);
    let link = |x: &document::Model| DocLink {
        id: x.id,
        symbol: x.symbol.clone(),
    };
    DocumentOut {
        id: d.id,
        symbol: d.symbol.clone(),
        title: d.title.clone(),
        kind: d.kind.clone(),
        meeting: d
            .meeting_id
            .and_then(|id| archive.meetings.get(&id))
            .map(|label| (*label).to_string()),
        agenda_item: d
            .agenda_item_id
            .and_then(|id| archive.agenda.get(&id))
            .map(|t| (*t).to_string()),
        submitter: d.submitter.clone(),
        issued_on: format_date(d.issued_on),
        access: d.access.clone(),
        revises: d
            .revises_id
            .and_then(|id| archive.by_id.get(&id))
            .map(|x| link(x)),
        revised_by: archive
            .revised_by
            .get(&d.id)
            .into_iter()
            .flatten()
            .map(|x| link(x))
            .collect(),
        versions: {
            let mut v: Vec<LanguageVersionOut> = versions
                .iter()
                .map(|v| LanguageVersionOut {
                    lang: v.lang.clone(),
                    filename: v.filename.clone(),
                    url: format!("/{}/documents/{}/{}", c.code, d.id, v.lang),
                })
                .collect();
            v.sort_by_key(|v| {
                treatydesk_domain::document::UN_LANGUAGES
                    .iter()
                    .position(|l| *l == v.lang)
            });
            v
        },
        titles: {
            let mut t: Vec<TitleOut> = versions
                .iter()
                .filter(|v| !v.title.is_empty())
                .map(|v| TitleOut {
                    lang: v.lang.clone(),
                    title: v.title.clone(),
                })
                .collect();
            t.sort_by_key(|t| {
                treatydesk_domain::document::UN_LANGUAGES
                    .iter()
                    .position(|l| *l == t.lang)
            });
            t
        },
        title_lang: versions.first().map(|v| v.lang.clone()),
        source: d.source.clone(),
    }
}

/// The actions the reader may see, with overdue ones flagged.
pub async fn actions_for(
    state: &AppState,
    ctx: &Ctx,
    c: &convention::Model,
) -> Result<Vec<ActionOut>, WebError> {
    let meetings = state.store.meetings(c).await?;
    let register = state.store.decision_records(c, None).await?;
    let today = listing::today();
    Ok(state
        .store
        .actions(c)
        .await?
        .iter()
        .filter(|a| may_read(ctx, &c.code, &a.access))
        .map(|a| action_out(a, &meetings, &register, today))
        .collect())
}

fn action_out(
    a: &action::Model,
    meetings: &[meeting::Model],
    register: &[treatydesk_store::decisions::DecisionRecord],
    today: time::Date,
) -> ActionOut {
    let status = ActionStatus::from_slug(&a.status).unwrap_or(ActionStatus::Open);
    let raised_by = match (a.decision_id, a.meeting_id) {
        (Some(d), _) => register
            .iter()
            .find(|e| e.decision.id == d)
            .map(|e| format!("{} decision {}", e.meeting.label, e.decision.number))
            .unwrap_or_default(),
        (None, Some(m)) => meetings
            .iter()
            .find(|x| x.id == m)
            .map(|x| x.label.clone())
            .unwrap_or_default(),
        _ => String::new(),
    };
    ActionOut {
        id: a.id,
        title: a.title.clone(),
        owner_kind: a.owner_kind.clone(),
        owner: a.owner.clone(),
        due_on: a.due_on.map(format_date),
        status: a.status.clone(),
        overdue: is_overdue(status, a.due_on, today),
        raised_by,
    }
}

#[derive(Deserialize, Default, Clone)]
pub struct SearchQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub meeting: String,
    #[serde(default, rename = "type")]
    pub doc_type: String,
    #[serde(default)]
    pub year: String,
    #[serde(default)]
    pub lang: String,
    #[serde(default)]
    pub page: String,
}

pub const PAGE_SIZE: usize = 20;

/// Runs a search as the reader.
pub fn search_as(
    state: &AppState,
    ctx: &Ctx,
    c: &convention::Model,
    q: &SearchQuery,
) -> Result<Results, WebError> {
    let some = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
    let year = match q.year.trim() {
        "" => None,
        y => Some(
            y.parse()
                .map_err(|_| WebError::BadRequest(format!("year \"{y}\" is not a year")))?,
        ),
    };
    let page = crate::limits::page_number(&q.page)?;
    if q.q.chars().count() > 500 {
        return Err(WebError::BadRequest(
            "a search is at most 500 characters".into(),
        ));
    }
    Ok(state.search.search(
        &Search {
            text: q.q.clone(),
            convention: Some(c.code.clone()),
            meeting: some(&q.meeting),
            doc_type: some(&q.doc_type),
            year,
            lang: some(&q.lang),
            limit: PAGE_SIZE,
            offset: (page - 1) * PAGE_SIZE,
        },
        ctx.viewer.level_in(&c.code),
    )?)
}

#[derive(Clone, Serialize, ToSchema)]
pub struct DocumentsOut {
    pub convention: String,
    pub documents: Vec<DocumentOut>,
}

#[derive(Clone, Serialize, ToSchema)]
pub struct SearchOut {
    pub total: usize,
    pub hits: Vec<HitOut>,
    /// Counts by facet value: meeting, type, year and language.
    pub meetings: Vec<FacetOut>,
    pub types: Vec<FacetOut>,
    pub years: Vec<FacetOut>,
    pub langs: Vec<FacetOut>,
}

#[derive(Clone, Serialize, ToSchema)]
pub struct HitOut {
    pub kind: String,
    pub title: String,
    pub url: String,
    pub lang: String,
    /// HTML with `<b>` around matched words; the rest is escaped.
    pub snippet: String,
}

#[derive(Clone, Serialize, ToSchema)]
pub struct FacetOut {
    pub value: String,
    pub count: u64,
}

pub fn search_out(r: Results) -> SearchOut {
    let facets = |v: Vec<treatydesk_search::FacetCount>| {
        v.into_iter()
            .map(|f| FacetOut {
                value: f.value,
                count: f.count,
            })
            .collect()
    };
    SearchOut {
        total: r.total,
        hits: r
            .hits
            .into_iter()
            .map(|h| HitOut {
                kind: h.kind,
                title: h.title,
                url: h.url,
                lang: h.lang,
                snippet: h.snippet,
            })
            .collect(),
        meetings: facets(r.meetings),
        types: facets(r.types),
        years: facets(r.years),
        langs: facets(r.langs),
    }
}
