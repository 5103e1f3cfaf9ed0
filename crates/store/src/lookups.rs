//! The convention an address names and the meeting a label names, kept between requests: every
//! page and API call under `/{code}/meetings/{label}` asks for both, and a registration burst
//! asked the database for them twice per post. Entries are kept with the generation stamp of
//! [`LOOKUP_AREAS`] taken before reading (the scheme of `architecture::OfficesCache`): every
//! write bumps its areas at commit, and another process's writes are seen by the generation
//! watcher, so an entry whose stamp is still current is current. Registrations and accounts do
//! not change conventions or meetings, so their writes leave the entries alone.
//!
//! This module must never keep a lookup that found nothing (an unknown code or label is not
//! remembered, so no address can fill it), and never answer from an entry of an older stamp.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::entities::{convention, meeting};
use crate::generation::{Area, Areas};

/// What conventions and meetings are read from: every area but registrations and accounts.
pub const LOOKUP_AREAS: Areas =
    Areas::ALL.without(Areas::of(&[Area::Registrations, Area::Accounts]));

#[derive(Debug, Default)]
struct Entries {
    stamp: u64,
    conventions: HashMap<String, convention::Model>,
    meetings: HashMap<(i32, String), meeting::Model>,
}

impl Entries {
    /// Moves to `stamp` when it is newer (dropping every entry); true when it is current.
    fn at(&mut self, stamp: u64) -> bool {
        if stamp > self.stamp {
            self.stamp = stamp;
            self.conventions.clear();
            self.meetings.clear();
        }
        stamp == self.stamp
    }
}

/// Conventions by code and meetings by convention and exact label (shared by a store's clones).
#[derive(Clone, Debug, Default)]
pub struct LookupCache(Arc<Mutex<Entries>>);

impl LookupCache {
    pub(crate) fn convention(&self, stamp: u64, code: &str) -> Option<convention::Model> {
        let entries = self.0.lock().ok()?;
        (entries.stamp == stamp)
            .then(|| entries.conventions.get(code).cloned())
            .flatten()
    }

    pub(crate) fn keep_convention(&self, stamp: u64, model: &convention::Model) {
        if let Ok(mut entries) = self.0.lock()
            && entries.at(stamp)
        {
            entries
                .conventions
                .insert(model.code.clone(), model.clone());
        }
    }

    pub(crate) fn meeting(
        &self,
        stamp: u64,
        convention_id: i32,
        label: &str,
    ) -> Option<meeting::Model> {
        let entries = self.0.lock().ok()?;
        (entries.stamp == stamp)
            .then(|| {
                entries
                    .meetings
                    .get(&(convention_id, label.to_string()))
                    .cloned()
            })
            .flatten()
    }

    pub(crate) fn keep_meeting(&self, stamp: u64, model: &meeting::Model) {
        if let Ok(mut entries) = self.0.lock()
            && entries.at(stamp)
        {
            entries
                .meetings
                .insert((model.convention_id, model.label.clone()), model.clone());
        }
    }
}
