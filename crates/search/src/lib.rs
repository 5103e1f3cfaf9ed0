//! TreatyDesk's full-text search: a tantivy index of documents (metadata and extracted text, one
//! entry per language version), decisions, meetings and States. The index is derived: the store
//! is the record, and the index can be rebuilt from it at any time.
//!
//! Every entry carries the access levels that may read it; the query itself requires the
//! reader's level, so a restricted entry never matches a lower reader: its words surface in no
//! hit, snippet, count or facet. This crate never reads the database and never decides a
//! reader's level; the caller passes it.

mod analyzers;

use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::Serialize;
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::directory::{Directory, DirectoryLock, Lock};
use tantivy::query::{BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{
    FAST, Facet, FacetOptions, Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
    TextOptions, Value,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};
use treatydesk_domain::AccessLevel;

pub use analyzers::{LANGS, analyzed, normalize_arabic};

/// The search layer's one error type (the web answers it with a 503).
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The index cannot be opened, read or written.
    #[error("the search index is unavailable: {0}")]
    Unavailable(String),
}

impl From<tantivy::TantivyError> for SearchError {
    fn from(e: tantivy::TantivyError) -> Self {
        SearchError::Unavailable(e.to_string())
    }
}

/// One thing to find.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Unique: `document:12:fr`, `decision:4`, `meeting:ccm:2MSP`, `state:ccm:NGA`.
    pub key: String,
    /// document, decision, meeting or state
    pub kind: String,
    pub convention: String,
    pub title: String,
    pub text: String,
    /// The language of the text (`en`, `fr`, `es`, `ar`, `zh`, `ru`).
    pub lang: String,
    pub url: String,
    pub meeting: Option<String>,
    /// The document type (report, working-paper ...).
    pub doc_type: Option<String>,
    pub year: Option<i32>,
    /// Who may read it.
    pub access: AccessLevel,
}

/// The deepest offset a search collects to (its memory grows with offset + limit).
pub const MAX_OFFSET: usize = 10_000;

/// The index writer's memory budget (tantivy's minimum is 15 MB per thread): enough for a bulk
/// import to fill large segments, small enough that a serving process stays lean.
const WRITER_ARENA: usize = 24_000_000;

/// A search.
#[derive(Clone, Debug, Default)]
pub struct Search {
    pub text: String,
    pub convention: Option<String>,
    pub meeting: Option<String>,
    pub doc_type: Option<String>,
    pub year: Option<i32>,
    pub lang: Option<String>,
    pub limit: usize,
    pub offset: usize,
}

#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Hit {
    pub key: String,
    pub kind: String,
    pub convention: String,
    pub title: String,
    pub url: String,
    pub lang: String,
    /// The matching passage, HTML-escaped with `<b>` around the matched words.
    pub snippet: String,
}

#[derive(Clone, Debug, Serialize, PartialEq, Eq, Default)]
pub struct FacetCount {
    pub value: String,
    pub count: u64,
}

#[derive(Clone, Debug, Serialize, PartialEq, Eq, Default)]
pub struct Results {
    pub total: usize,
    pub hits: Vec<Hit>,
    pub meetings: Vec<FacetCount>,
    pub types: Vec<FacetCount>,
    pub years: Vec<FacetCount>,
    pub langs: Vec<FacetCount>,
}

struct Fields {
    key: Field,
    kind: Field,
    convention: Field,
    readers: Field,
    title: Field,
    url: Field,
    lang: Field,
    year: Field,
    facets: Field,
    /// (language, title field, text field)
    texts: Vec<(&'static str, Field, Field)>,
}

/// The index, its reader and, while changes come, one writer.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<Writer>,
    /// Held for the index's life, so that a second process opening the same folder is refused
    /// at once, not at its first write (the writer's own lock is let go with the writer).
    _open: DirectoryLock,
    f: Fields,
    /// Bumped after every change becomes searchable (response caches compare it).
    generation: std::sync::atomic::AtomicU64,
}

/// The writer, made at the first change and let go by [`SearchIndex::release_idle_writer`]:
/// tantivy's writer keeps a channel of 10,000 documents (about 2.4 MiB) and six threads from one
/// commit to the next, memory an idle server would hold for nothing (issue 13).
#[derive(Default)]
struct Writer {
    open: Option<IndexWriter>,
    last_change: Option<Instant>,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let key = b.add_text_field("key", STRING | STORED);
    let kind = b.add_text_field("kind", STRING | STORED);
    let convention = b.add_text_field("convention", STRING | STORED);
    let readers = b.add_text_field("readers", STRING);
    let title = b.add_text_field("title", STORED);
    let url = b.add_text_field("url", STORED);
    let lang = b.add_text_field("lang", STRING | STORED);
    let year = b.add_i64_field("year", FAST);
    let facets = b.add_facet_field("facets", FacetOptions::default());
    let texts = LANGS
        .iter()
        .map(|l| {
            let indexing = TextFieldIndexing::default()
                .set_tokenizer(&analyzers::tokenizer_name(l))
                .set_index_option(IndexRecordOption::WithFreqsAndPositions);
            let title = b.add_text_field(
                &format!("title_{l}"),
                TextOptions::default().set_indexing_options(indexing.clone()),
            );
            let text = b.add_text_field(
                &format!("text_{l}"),
                TextOptions::default()
                    .set_indexing_options(indexing)
                    .set_stored(),
            );
            (*l, title, text)
        })
        .collect();
    let fields = Fields {
        key,
        kind,
        convention,
        readers,
        title,
        url,
        lang,
        year,
        facets,
        texts,
    };
    (b.build(), fields)
}

impl SearchIndex {
    /// An index in memory (tests, and a server whose index is rebuilt at start).
    pub fn in_memory() -> Result<SearchIndex, SearchError> {
        let (schema, f) = schema();
        Self::with(Index::create_in_ram(schema), f)
    }

    /// The index in `dir`, created when absent (or when its schema is an older one).
    pub fn open(dir: &Path) -> Result<SearchIndex, SearchError> {
        std::fs::create_dir_all(dir)
            .map_err(|e| SearchError::Unavailable(format!("{}: {e}", dir.display())))?;
        let (schema, f) = schema();
        let index = match Index::open_in_dir(dir) {
            Ok(index) if index.schema() == schema => index,
            _ => {
                for entry in std::fs::read_dir(dir)
                    .map_err(|e| SearchError::Unavailable(format!("{}: {e}", dir.display())))?
                    .flatten()
                {
                    let _ = std::fs::remove_file(entry.path());
                }
                Index::create_in_dir(dir, schema)?
            }
        };
        Self::with(index, f)
    }

    fn with(index: Index, f: Fields) -> Result<SearchIndex, SearchError> {
        analyzers::register(index.tokenizers());
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let open = index
            .directory()
            .acquire_lock(&Lock {
                filepath: PathBuf::from(".treatydesk-open.lock"),
                is_blocking: false,
            })
            .map_err(|e| SearchError::Unavailable(format!("the index is held: {e}")))?;
        Ok(SearchIndex {
            index,
            reader,
            writer: Mutex::default(),
            _open: open,
            f,
            generation: Default::default(),
        })
    }

    fn document(&self, e: &Entry) -> TantivyDocument {
        let f = &self.f;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.key, &e.key);
        doc.add_text(f.kind, &e.kind);
        doc.add_text(f.convention, &e.convention);
        for level in AccessLevel::ALL.into_iter().filter(|l| *l >= e.access) {
            doc.add_text(f.readers, level.slug());
        }
        doc.add_text(f.title, &e.title);
        doc.add_text(f.url, &e.url);
        doc.add_text(f.lang, &e.lang);
        if let Some(y) = e.year {
            doc.add_i64(f.year, i64::from(y));
            doc.add_facet(f.facets, Facet::from_path(["year", &y.to_string()]));
        }
        if let Some(m) = &e.meeting {
            doc.add_facet(f.facets, Facet::from_path(["meeting", m.as_str()]));
        }
        if let Some(t) = &e.doc_type {
            doc.add_facet(f.facets, Facet::from_path(["type", t.as_str()]));
        }
        doc.add_facet(f.facets, Facet::from_path(["lang", e.lang.as_str()]));
        let lang = analyzed(&e.lang);
        if let Some((_, title, text)) = f.texts.iter().find(|(l, _, _)| *l == lang) {
            doc.add_text(*title, &e.title);
            doc.add_text(*text, &e.text);
        }
        doc
    }

    /// Lets `change` write with the writer (made if none is open), commits, and makes the change
    /// searchable.
    fn write<T>(
        &self,
        change: impl FnOnce(&mut IndexWriter) -> Result<T, SearchError>,
    ) -> Result<T, SearchError> {
        let mut guard = self.writer()?;
        let writer = match &mut guard.open {
            Some(writer) => writer,
            // One indexing thread with a small arena: writes come one at a time from the
            // product, and a second thread's arena would only be memory the server keeps.
            open => open.insert(self.index.writer_with_num_threads(1, WRITER_ARENA)?),
        };
        let out = match change(writer) {
            Ok(out) => out,
            Err(e) => {
                // Nothing half-written waits for the next change's commit.
                let _ = writer.rollback();
                return Err(e);
            }
        };
        writer.commit()?;
        guard.last_change = Some(Instant::now());
        drop(guard);
        self.reader.reload()?;
        self.bump();
        Ok(out)
    }

    /// Lets the writer go when no change came for `idle`, after the merges its commits started:
    /// the next change makes a new one. Returns whether it was let go. Call it off any request's
    /// path (it may wait for a merge).
    pub fn release_idle_writer(&self, idle: Duration) -> Result<bool, SearchError> {
        let mut guard = self.writer()?;
        if guard.last_change.is_some_and(|t| t.elapsed() < idle) {
            return Ok(false);
        }
        // Held while the merges finish: a change meanwhile waits, as a new writer could not take
        // the index's write lock before this one lets it go.
        match guard.open.take() {
            Some(writer) => {
                writer.wait_merging_threads()?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    fn writer(&self) -> Result<std::sync::MutexGuard<'_, Writer>, SearchError> {
        self.writer
            .lock()
            .map_err(|_| SearchError::Unavailable("the index writer was poisoned".into()))
    }

    /// Whether a writer is open (holding its memory and threads).
    pub fn writer_is_open(&self) -> bool {
        self.writer.lock().is_ok_and(|w| w.open.is_some())
    }

    /// Replaces the whole index with `entries`, calling `progress` with the count so far.
    pub fn rebuild(
        &self,
        entries: impl IntoIterator<Item = Entry>,
        mut progress: impl FnMut(usize),
    ) -> Result<usize, SearchError> {
        let n = self.write(|writer| {
            writer.delete_all_documents()?;
            let mut n = 0;
            for e in entries {
                writer.add_document(self.document(&e))?;
                n += 1;
                if n % 1000 == 0 {
                    progress(n);
                }
            }
            Ok(n)
        })?;
        progress(n);
        Ok(n)
    }

    /// Adds or replaces entries (by key) and makes them searchable.
    pub fn upsert(&self, entries: &[Entry]) -> Result<(), SearchError> {
        self.write(|writer| {
            for e in entries {
                writer.delete_term(Term::from_field_text(self.f.key, &e.key));
                writer.add_document(self.document(e))?;
            }
            Ok(())
        })
    }

    /// Takes the entries with these keys out of the index (a withdrawn record).
    pub fn remove(&self, keys: &[String]) -> Result<(), SearchError> {
        self.write(|writer| {
            for key in keys {
                writer.delete_term(Term::from_field_text(self.f.key, key));
            }
            Ok(())
        })
    }

    fn bump(&self) {
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
    }

    /// Changes with every rebuild or upsert, once it is searchable.
    pub fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::Acquire)
    }

    /// How many entries the index holds.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Searches as a reader of `level`: only entries that level may read can match.
    pub fn search(&self, s: &Search, level: AccessLevel) -> Result<Results, SearchError> {
        let f = &self.f;
        let searcher = self.reader.searcher();
        let mut fields = Vec::new();
        for (_, title, text) in &f.texts {
            fields.push(*title);
            fields.push(*text);
        }
        let mut parser = QueryParser::for_index(&self.index, fields);
        parser.set_conjunction_by_default();
        for (_, title, _) in &f.texts {
            parser.set_field_boost(*title, 2.0);
        }
        let mut must: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let text = s.text.trim();
        if !text.is_empty() {
            // A query the parser cannot read is searched as plain words. A colon never names
            // a field: readers type words (`10:00`, `Note: ...`), and `word:*` would ask for a
            // field the schema lacks.
            let words = text.replace(':', " ");
            let (q, _errors) = parser.parse_query_lenient(&words);
            must.push((Occur::Must, q));
        }
        let term = |field: Field, value: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, value),
                IndexRecordOption::Basic,
            ))
        };
        must.push((Occur::Must, term(f.readers, level.slug())));
        if let Some(c) = &s.convention {
            must.push((Occur::Must, term(f.convention, c)));
        }
        if let Some(l) = &s.lang {
            must.push((Occur::Must, term(f.lang, l)));
        }
        let facet = |path: [&str; 2]| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_facet(f.facets, &Facet::from_path(path)),
                IndexRecordOption::Basic,
            ))
        };
        if let Some(m) = &s.meeting {
            must.push((Occur::Must, facet(["meeting", m.as_str()])));
        }
        if let Some(t) = &s.doc_type {
            must.push((Occur::Must, facet(["type", t.as_str()])));
        }
        if let Some(y) = s.year {
            must.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    Bound::Included(Term::from_field_i64(f.year, i64::from(y))),
                    Bound::Included(Term::from_field_i64(f.year, i64::from(y))),
                )),
            ));
        }
        let query = BooleanQuery::new(must);
        let limit = s.limit.clamp(1, 100);
        // Collecting pre-allocates offset + limit entries: the offset is bounded whatever the
        // caller asks (the web layer refuses deeper pages before they get here).
        let offset = s.offset.min(MAX_OFFSET);
        let mut facets = FacetCollector::for_field("facets");
        for root in ["/meeting", "/type", "/year", "/lang"] {
            facets.add_facet(root);
        }
        let (top, total, counts) = searcher.search(
            &query,
            &(
                TopDocs::with_limit(limit)
                    .and_offset(offset)
                    .order_by_score(),
                Count,
                facets,
            ),
        )?;
        // A snippet generator reads its terms' statistics over the whole index: made only for
        // the languages of the hits shown, once each.
        let mut generators: Vec<(&str, SnippetGenerator)> = Vec::new();
        let mut hits = Vec::new();
        for (_, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let get = |field: Field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_string()
            };
            let lang = get(f.lang);
            let wanted = analyzed(&lang);
            if !generators.iter().any(|(l, _)| *l == wanted)
                && let Some((l, _, text)) = f.texts.iter().find(|(l, _, _)| *l == wanted)
            {
                let mut g = SnippetGenerator::create(&searcher, &query, *text)?;
                g.set_max_num_chars(200);
                generators.push((*l, g));
            }
            let snippet = generators
                .iter()
                .find(|(l, _)| *l == wanted)
                .map(|(_, g)| g.snippet_from_doc(&doc).to_html())
                .unwrap_or_default();
            hits.push(Hit {
                key: get(f.key),
                kind: get(f.kind),
                convention: get(f.convention),
                title: get(f.title),
                url: get(f.url),
                lang,
                snippet,
            });
        }
        let count = |root: &str| -> Vec<FacetCount> {
            let mut v: Vec<FacetCount> = counts
                .get(root)
                .map(|(facet, n)| FacetCount {
                    value: facet
                        .to_path()
                        .last()
                        .map(|s| s.to_string())
                        .unwrap_or_default(),
                    count: n,
                })
                .collect();
            v.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
            v
        };
        Ok(Results {
            total,
            hits,
            meetings: count("/meeting"),
            types: count("/type"),
            years: count("/year"),
            langs: count("/lang"),
        })
    }
}

#[cfg(test)]
mod tests;
