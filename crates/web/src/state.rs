//! The application state every handler shares (the store, the guard, metrics, files, the
//! search index, the response cache) and its constructors. It holds no request's data.

use std::sync::Arc;

use treatydesk_search::{SearchError, SearchIndex};
use treatydesk_store::Store;
use treatydesk_store::files::FileStore;

use crate::{cache, guard, metrics};

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
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
        let index = SearchIndex::open(&data_dir.join("search-index"))?;
        Ok(Self::with(store, FileStore::new(data_dir), index))
    }

    fn with(store: Store, files: FileStore, search: SearchIndex) -> Self {
        Self {
            store,
            guard: Arc::new(guard::Guard::ephemeral()),
            metrics: Arc::new(metrics::Metrics::default()),
            files,
            search: Arc::new(search),
            cache: Default::default(),
        }
    }
}
