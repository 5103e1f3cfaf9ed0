//! The application state every handler shares (the store, the guard, metrics, files, the
//! search index, the response cache) and its constructors. It holds no request's data.

use std::sync::Arc;

use treatydesk_search::{SearchError, SearchIndex};
use treatydesk_store::Store;
use treatydesk_store::files::FileStore;

use crate::{cache, guard, metrics};

/// What every handler shares, behind one reference count: every middleware layer and handler
/// takes the state by value, so a clone must cost one atomic increment, not one per field.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

/// The parts of the state.
#[derive(Clone)]
pub struct Shared {
    pub store: Store,
    /// Security settings, the server's key and the bounded limiters.
    pub guard: Arc<guard::Guard>,
    pub metrics: Arc<metrics::Metrics>,
    /// Uploaded files, content-addressed under the data directory.
    pub files: FileStore,
    /// The search index, derived from the store (`services::indexing::reindex`).
    pub search: Arc<SearchIndex>,
    /// Whole answers for anonymous readers (see `cache`).
    pub cache: cache::ResponseCache,
}

impl AppState {
    /// A state whose files live in a fresh temporary directory and whose index is in memory
    /// (tests and benchmarks); call `services::indexing::reindex` to fill the index.
    pub fn new(store: Store) -> Result<Self, SearchError> {
        let dir = std::env::temp_dir().join(format!(
            "treatydesk-files-{}",
            &treatydesk_store::accounts::random_token()[..16]
        ));
        Ok(Self::with(
            store,
            FileStore::new(&dir),
            SearchIndex::in_memory()?,
        ))
    }

    /// The state of a server: files and the search index under the data directory.
    pub fn for_data_dir(store: Store, data_dir: &std::path::Path) -> Result<Self, SearchError> {
        Self::for_dirs(store, data_dir, &data_dir.join("search-index"))
    }

    /// The state of a server whose search index lives in `index_dir` (each of several
    /// processes sharing one data directory keeps its own index).
    pub fn for_dirs(
        store: Store,
        data_dir: &std::path::Path,
        index_dir: &std::path::Path,
    ) -> Result<Self, SearchError> {
        let index = SearchIndex::open(index_dir)?;
        Ok(Self::with(store, FileStore::new(data_dir), index))
    }

    /// The parts to change before the application starts (a copy is made when the state is
    /// already shared).
    pub fn shared_mut(&mut self) -> &mut Shared {
        Arc::make_mut(&mut self.0)
    }

    fn with(store: Store, files: FileStore, search: SearchIndex) -> Self {
        Self(Arc::new(Shared {
            store,
            guard: Arc::new(guard::Guard::ephemeral()),
            metrics: Arc::new(metrics::Metrics::default()),
            files,
            search: Arc::new(search),
            cache: Default::default(),
        }))
    }
}

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}
