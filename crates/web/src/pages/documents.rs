//! The documents pages (P4.4(f) and the public portal): the list a reader may see, one document
//! with its language versions and revision chain, downloads served with the right headers, the
//! Atom feed of new public documents, and the ISU's forms to record a document (with the next
//! free symbol suggested for a meeting) and add a language version.
//!
//! A document above the reader's access level is never listed, counted or served; its download
//! asks for sign-in or answers 403 like every restricted page.

use askama::Template;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::Deserialize;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::calendar::parse_date;
use treatydesk_domain::document::{DocumentKind, UN_LANGUAGES};
use treatydesk_domain::finding::Message;
use treatydesk_domain::meeting::MeetingKind;
use treatydesk_domain::symbol::{Modifier, Symbol, next_free};
use treatydesk_store::StoreError;
use treatydesk_store::documents::{DocumentFilter, NewDocument};
use treatydesk_store::entities::convention;

use super::{Choice, render, render_form};
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::views::listing;
use crate::views::records::{DocumentOut, documents_selected};
use crate::{AppState, WebError};

/// Uploads up to the store's file limit, with room for the form's other fields.
const UPLOAD_LIMIT: usize = treatydesk_store::files::MAX_FILE + 64 * 1024;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/documents", get(list).post(create))
        .route("/{code}/documents/new", get(new_form))
        .route("/{code}/documents/{id}", get(detail).post(add_version))
        .route("/{code}/documents/{id}/{lang}", get(download))
        .layer(DefaultBodyLimit::max(UPLOAD_LIMIT))
        // Merged outside the application's 1 MiB limit (D12): the documented 20 MiB holds here.
        .layer(tower_http::limit::RequestBodyLimitLayer::new(UPLOAD_LIMIT))
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    meeting: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    page: String,
}

/// Documents on one page of the list: an archive of many thousands is read and shown a page at
/// a time.
const PER_PAGE: u64 = 100;

#[derive(Template)]
#[template(path = "documents.html")]
struct ListPage {
    ctx: Ctx,
    code: String,
    convention: String,
    documents: Vec<DocumentOut>,
    /// How many documents the filters select, on every page.
    total: usize,
    meeting: String,
    kind: String,
    kinds: Vec<Choice>,
    may_edit: bool,
    page: u64,
    pages: u64,
}

impl ListPage {
    /// The list's address with the same filters, on page `page`.
    fn at_page(&self, page: u64) -> String {
        let mut query = Vec::new();
        for (key, value) in [("meeting", &self.meeting), ("kind", &self.kind)] {
            if !value.is_empty() {
                query.push(format!("{key}={}", crate::error::url_encode(value)));
            }
        }
        if page > 1 {
            query.push(format!("page={page}"));
        }
        if query.is_empty() {
            format!("/{}/documents", self.code)
        } else {
            format!("/{}/documents?{}", self.code, query.join("&"))
        }
    }
}

pub async fn list(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<ListQuery>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let page = match q.page.trim() {
        "" => 1,
        typed => typed
            .parse::<u64>()
            .ok()
            .filter(|p| (1..=1_000_000).contains(p))
            .ok_or_else(|| {
                WebError::BadRequestSaid(crate::views::findings::problem(
                    Message::new("refuse-list-page").code("page", typed),
                ))
            })?,
    };
    // A meeting named in the filter but not on record selects nothing, as a kind does.
    let meeting_id = match q.meeting.trim() {
        "" => None,
        label => Some(
            state
                .store
                .meetings(&c)
                .await?
                .iter()
                .find(|m| m.label.eq_ignore_ascii_case(label))
                .map_or(0, |m| m.id),
        ),
    };
    let filter = DocumentFilter {
        meeting_id,
        kind: (!q.kind.is_empty()).then(|| q.kind.clone()),
        ..Default::default()
    };
    let (documents, total) = documents_selected(
        &state,
        &ctx,
        &c,
        &filter,
        Some(((page - 1) * PER_PAGE, PER_PAGE)),
    )
    .await?;
    let kinds = kind_choices(&ctx, &q.kind);
    render(&ListPage {
        may_edit: ctx.viewer.can_read(&c.code, AccessLevel::Isu),
        convention: convention_name(&ctx, &c),
        code: c.code.clone(),
        documents,
        total: usize::try_from(total).unwrap_or(usize::MAX),
        meeting: q.meeting,
        kind: q.kind,
        kinds,
        page,
        pages: total.div_ceil(PER_PAGE).max(1),
        ctx,
    })
}

fn kind_choices(ctx: &Ctx, selected: &str) -> Vec<Choice> {
    Choice::translated(
        ctx,
        "doc-kind-",
        DocumentKind::ALL.map(DocumentKind::slug),
        selected,
    )
}

#[derive(Template)]
#[template(path = "document.html")]
struct DetailPage {
    ctx: Ctx,
    code: String,
    convention: String,
    d: DocumentOut,
    may_edit: bool,
    /// For ISU staff: the new-document form prefilled with this document's next free revision
    /// and corrigendum symbols. A recorded document is never edited in place or withdrawn (the
    /// store has no such write, DESIGN principle 2): it is revised or corrected.
    revise_url: Option<String>,
    correct_url: Option<String>,
    missing: Vec<&'static str>,
    problems: Vec<String>,
    typed: TypedVersion,
}

/// The first symbol `base/{modifier}.n` not on record, as text.
fn next_modifier(base: &Symbol, modifier: Modifier, taken: &[String]) -> String {
    (1..1000)
        .map(|n| {
            let mut s = base.clone();
            s.modifiers.push((modifier, n));
            s.to_string()
        })
        .find(|s| !taken.contains(s))
        .unwrap_or_else(|| base.to_string())
}

/// The new-document form's address prefilled with `fields`.
fn new_form_url(code: &str, fields: &[(&str, &str)]) -> String {
    let query: Vec<String> = fields
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", crate::error::url_encode(v)))
        .collect();
    format!("/{code}/documents/new?{}#n-symbol", query.join("&"))
}

async fn readable(
    state: &AppState,
    ctx: &Ctx,
    c: &convention::Model,
    id: &str,
) -> Result<DocumentOut, WebError> {
    let id: i32 = id
        .parse()
        .map_err(|_| WebError::NotFound(format!("document {id}")))?;
    // Read at the reader's levels only: a record the reader may not see answers as a missing
    // one (D16), no presence oracle.
    let only = DocumentFilter {
        id: Some(id),
        ..Default::default()
    };
    documents_selected(state, ctx, c, &only, Some((0, 1)))
        .await?
        .0
        .into_iter()
        .next()
        .ok_or_else(|| WebError::NotFound(format!("document {id}")))
}

/// What the language-version form was sent with, shown again when it is refused.
#[derive(Default)]
struct TypedVersion {
    lang: String,
    title: String,
}

async fn detail_page(
    ctx: Ctx,
    state: &AppState,
    code: &str,
    id: &str,
    problems: Vec<String>,
    typed: TypedVersion,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, code).await?;
    let d = readable(state, &ctx, &c, id).await?;
    let missing = UN_LANGUAGES
        .iter()
        .copied()
        .filter(|l| !d.versions.iter().any(|v| v.lang == *l))
        .collect();
    let may_edit = ctx.viewer.can_read(&c.code, AccessLevel::Isu);
    let (mut revise_url, mut correct_url) = (None, None);
    if may_edit && let Ok(base) = Symbol::parse(&d.symbol) {
        let taken = state.store.symbols_starting(&c, &d.symbol).await?;
        let meeting = d.meeting.clone().unwrap_or_default();
        for (modifier, slot) in [
            (Modifier::Rev, &mut revise_url),
            (Modifier::Corr, &mut correct_url),
        ] {
            let symbol = next_modifier(&base, modifier, &taken);
            *slot = Some(new_form_url(
                &c.code,
                &[
                    ("meeting", &meeting),
                    ("symbol", &symbol),
                    ("title", &d.title),
                    ("kind", &d.kind),
                    ("access", &d.access),
                ],
            ));
        }
    }
    let page = DetailPage {
        may_edit,
        revise_url,
        correct_url,
        convention: convention_name(&ctx, &c),
        code: c.code.clone(),
        d,
        missing,
        problems,
        typed,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

pub async fn detail(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    detail_page(ctx, &state, &code, &id, Vec::new(), TypedVersion::default()).await
}

/// A language version's file, with its type, a download name and no sniffing.
pub async fn download(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id, lang)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let d = readable(&state, &ctx, &c, &id).await?;
    let id = d.id;
    let version = state
        .store
        .versions_of(id)
        .await?
        .into_iter()
        .find(|v| v.lang == lang)
        .ok_or_else(|| WebError::NotFound(format!("{} has no version in \"{lang}\"", d.symbol)))?;
    let bytes = state.files.read(&version.file_sha256)?;
    let media_type = state.store.media_type(&version.file_sha256).await?;
    // A restricted file is never kept by a cache (D15); a public one for five minutes.
    let cache = if d.access == "public" {
        "public, max-age=300"
    } else {
        "no-store"
    };
    Ok((
        [
            (header::CONTENT_TYPE, media_type),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}\"", version.filename),
            ),
            (header::CACHE_CONTROL, cache.to_string()),
        ],
        bytes,
    )
        .into_response())
}

/// The form as typed.
#[derive(Clone, Debug, Default)]
pub struct DocumentForm {
    symbol: String,
    title: String,
    kind: String,
    meeting: String,
    submitter: String,
    issued_on: String,
    access: String,
    lang: String,
}

#[derive(Template)]
#[template(path = "document_new.html")]
struct NewPage {
    ctx: Ctx,
    code: String,
    convention: String,
    form: DocumentForm,
    kinds: Vec<Choice>,
    meetings: Vec<Choice>,
    levels: Vec<Choice>,
    langs: Vec<Choice>,
    suggestions: Vec<Suggestion>,
    problems: Vec<String>,
}

/// A free symbol offered on the new-document form: a link that fills the symbol field (and
/// the meeting) without JavaScript.
pub struct Suggestion {
    meeting: String,
    symbol: String,
    href: String,
}

async fn new_page(
    ctx: Ctx,
    state: &AppState,
    c: &convention::Model,
    form: DocumentForm,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let meetings = state.store.meetings(c).await?;
    let (record, _) = state.store.offices(c).await?;
    let existing: Vec<Symbol> = state
        .store
        .documents(c)
        .await?
        .iter()
        .filter_map(|d| Symbol::parse(&d.symbol).ok())
        .collect();
    // The next free symbols of the chosen meeting, or of every upcoming meeting when none is
    // chosen, from its kind's pattern in the architecture.
    let today = listing::today();
    let mut suggestions = Vec::new();
    for m in meetings.iter().filter(|m| {
        if form.meeting.is_empty() {
            m.closes_on.or(m.opens_on).is_some_and(|d| d >= today)
        } else {
            m.label == form.meeting
        }
    }) {
        if let (Some(kind), Some(day)) = (MeetingKind::from_slug(&m.kind), m.opens_on)
            && let Some(pattern) = record
                .architecture
                .versions
                .iter()
                .rev()
                .find_map(|v| v.meeting_rule(kind).and_then(|r| r.symbols.clone()))
        {
            let root = Symbol::root(&pattern, day.year());
            for series in [None, Some("WP"), Some("INF")] {
                if let Ok(s) = next_free(&root, series, &existing) {
                    let symbol = s.to_string();
                    suggestions.push(Suggestion {
                        href: new_form_url(
                            &c.code,
                            &[
                                ("meeting", &m.label),
                                ("symbol", &symbol),
                                ("title", &form.title),
                            ],
                        ),
                        meeting: m.label.clone(),
                        symbol,
                    });
                }
            }
        }
    }
    let page = NewPage {
        convention: convention_name(&ctx, c),
        code: c.code.clone(),
        kinds: kind_choices(&ctx, &form.kind),
        meetings: meetings
            .iter()
            .map(|m| Choice {
                value: m.label.clone(),
                label: m.label.clone(),
                selected: m.label == form.meeting,
            })
            .collect(),
        levels: Choice::translated(
            &ctx,
            "mtg-level-",
            AccessLevel::ALL.map(AccessLevel::slug),
            &form.access,
        ),
        langs: lang_choices(&form.lang),
        suggestions,
        form,
        problems,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

fn lang_choices(selected: &str) -> Vec<Choice> {
    UN_LANGUAGES
        .iter()
        .map(|l| Choice {
            value: (*l).into(),
            label: (*l).to_uppercase(),
            selected: *l == selected,
        })
        .collect()
}

/// What the new-document form may be prefilled with: a meeting, and from a suggestion or a
/// document's "revise" link, a symbol, title, kind and access level.
#[derive(Deserialize, Default)]
pub struct NewQuery {
    #[serde(default)]
    meeting: String,
    #[serde(default)]
    symbol: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    access: String,
}

pub async fn new_form(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<NewQuery>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let or = |given: String, default: &str| {
        if given.trim().is_empty() {
            default.to_string()
        } else {
            given
        }
    };
    let form = DocumentForm {
        meeting: q.meeting,
        symbol: q.symbol,
        title: q.title,
        access: or(q.access, "public"),
        lang: "en".into(),
        kind: or(q.kind, "working-paper"),
        issued_on: listing::today().to_string(),
        ..Default::default()
    };
    new_page(ctx, &state, &c, form, Vec::new()).await
}

/// Reads a multipart form into its text fields and the one file.
async fn read_multipart(
    mut multipart: Multipart,
) -> Result<(std::collections::HashMap<String, String>, Option<Vec<u8>>), WebError> {
    let mut fields = std::collections::HashMap::new();
    let mut file = None;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| WebError::BadRequest(format!("the upload could not be read: {e}")))?
    {
        let name = field.name().unwrap_or_default().to_string();
        let bytes = field
            .bytes()
            .await
            .map_err(|e| WebError::BadRequest(format!("the upload could not be read: {e}")))?;
        if name == "file" {
            if !bytes.is_empty() {
                file = Some(bytes.to_vec());
            }
        } else {
            let value = String::from_utf8_lossy(&bytes).into_owned();
            // The edge cannot read multipart bodies: their fields are checked here (D11, D14).
            crate::limits::check_text(&name, &value, true)?;
            fields.insert(name, value);
        }
    }
    Ok((fields, file))
}

pub async fn create(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    multipart: Multipart,
) -> Result<Response, WebError> {
    let (fields, file) = read_multipart(multipart).await?;
    let get = |k: &str| fields.get(k).cloned().unwrap_or_default();
    ctx.check_csrf(&get("csrf"))?;
    let c = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let form = DocumentForm {
        symbol: get("symbol"),
        title: get("title"),
        kind: get("kind"),
        meeting: get("meeting"),
        submitter: get("submitter"),
        issued_on: get("issued_on"),
        access: get("access"),
        lang: get("lang"),
    };
    let mut problems = Vec::new();
    let kind = DocumentKind::from_slug(&form.kind);
    if kind.is_none() {
        problems.push("choose the kind of document".to_string());
    }
    let issued = parse_date(form.issued_on.trim());
    if issued.is_none() {
        problems.push(format!(
            "the date \"{}\" is not a date (YYYY-MM-DD)",
            form.issued_on
        ));
    }
    let access = AccessLevel::from_slug(&form.access);
    if access.is_none() {
        problems.push("choose who may read the document".into());
    }
    let meeting = match form.meeting.trim() {
        "" => None,
        label => match state.store.meeting(&c, label).await {
            Ok(m) => Some(m),
            Err(_) => {
                problems.push(format!("no meeting {label} is on record"));
                None
            }
        },
    };
    if file.is_some() && !UN_LANGUAGES.contains(&form.lang.as_str()) {
        problems.push("choose the language of the file".into());
    }
    let (Some(kind), Some(issued_on), Some(access), true) =
        (kind, issued, access, problems.is_empty())
    else {
        return new_page(ctx, &state, &c, form, problems).await;
    };
    let author = ctx.author(format!("record document {}", form.symbol.trim()));
    let new = NewDocument {
        symbol: form.symbol.clone(),
        title: form.title.clone(),
        kind,
        meeting_id: meeting.map(|m| m.id),
        agenda_item_id: None,
        submitter: form.submitter.clone(),
        issued_on,
        access,
        source: format!("recorded by {}", author.who),
    };
    // Check the file before recording anything, so a bad file leaves no document behind.
    if let Some(bytes) = &file
        && let Err(StoreError::Invalid(p)) = state.files.put(bytes).map(|_| ())
    {
        let p = crate::views::findings::problems_in(ctx.lang, &p);
        return new_page(ctx, &state, &c, form, p).await;
    }
    let doc = match state.store.add_document(&author, &c, new).await {
        Ok(d) => d,
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            return new_page(ctx, &state, &c, form, p).await;
        }
        Err(StoreError::Conflict(p)) => {
            let p = crate::views::findings::problem_in(ctx.lang, &p);
            return new_page(ctx, &state, &c, form, vec![p]).await;
        }
        Err(e) => return Err(e.into()),
    };
    if let Some(bytes) = file {
        state
            .store
            .add_language_version(&author, &state.files, &doc, &form.lang, &doc.title, &bytes)
            .await?;
    }
    reindex_document(&state, &c, doc.id).await?;
    Ok(Redirect::to(&format!("/{}/documents/{}", c.code, doc.id)).into_response())
}

pub async fn add_version(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    multipart: Multipart,
) -> Result<Response, WebError> {
    let (fields, file) = read_multipart(multipart).await?;
    let get = |k: &str| fields.get(k).cloned().unwrap_or_default();
    ctx.check_csrf(&get("csrf"))?;
    let c = crate::extract::convention(&state.store, &code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    let d = readable(&state, &ctx, &c, &id).await?;
    let typed = TypedVersion {
        lang: get("lang"),
        title: get("title"),
    };
    let Some(bytes) = file else {
        let p = crate::views::findings::problem(Message::new("refuse-version-no-file"));
        let p = crate::views::findings::problem_in(ctx.lang, &p);
        return detail_page(ctx, &state, &code, &id, vec![p], typed).await;
    };
    let doc = state.store.document(&c, d.id).await?;
    let author = ctx.author(format!("add a language version to {}", doc.symbol));
    match state
        .store
        .add_language_version(
            &author,
            &state.files,
            &doc,
            &typed.lang,
            &typed.title,
            &bytes,
        )
        .await
    {
        Ok(_) => {
            reindex_document(&state, &c, doc.id).await?;
            Ok(Redirect::to(&format!("/{}/documents/{}", c.code, doc.id)).into_response())
        }
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            detail_page(ctx, &state, &code, &id, p, typed).await
        }
        Err(StoreError::Conflict(p)) => {
            let p = crate::views::findings::problem_in(ctx.lang, &p);
            detail_page(ctx, &state, &code, &id, vec![p], typed).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Puts a document's entries in the search index after a change.
async fn reindex_document(
    state: &AppState,
    c: &convention::Model,
    id: i32,
) -> Result<(), WebError> {
    let doc = state.store.document(c, id).await?;
    let versions = state.store.versions_of(id).await?;
    let label = match doc.meeting_id {
        Some(m) => state
            .store
            .meetings(c)
            .await?
            .into_iter()
            .find(|x| x.id == m)
            .map(|x| x.label),
        None => None,
    };
    let refs: Vec<_> = versions.iter().collect();
    let entries = crate::services::indexing::document_entries(c, &doc, label.as_deref(), &refs);
    state.search.upsert(&entries)?;
    Ok(())
}
