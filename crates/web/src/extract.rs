//! What an address names: the convention of `/{code}`, the meeting of `/meetings/{label}`,
//! the date of `?as_of=`. One lookup each, shared by pages, API and feeds; a lookup that finds
//! nothing is a 404 with a sentence, never a 500. Nothing here renders or writes.

use treatydesk_store::entities::{convention, meeting};
use treatydesk_store::{Store, StoreError};

use crate::ctx::Ctx;
use crate::{AppState, WebError};

/// `?as_of=YYYY-MM-DD` (today when absent), read with `views::listing::as_of`.
#[derive(serde::Deserialize, Default)]
pub struct AsOf {
    #[serde(default)]
    pub as_of: String,
}

/// The convention an address names: 404 when there is none, and any other failure of the
/// store (a database outage) as itself, a 500 that is logged.
pub async fn convention(store: &Store, code: &str) -> Result<convention::Model, WebError> {
    match store.convention(code).await {
        Ok(c) => Ok(c),
        Err(StoreError::NotFound(_)) => Err(WebError::NotFound(format!(
            "there is no convention \"{code}\" in this TreatyDesk"
        ))),
        Err(e) => Err(e.into()),
    }
}

/// The convention and the meeting an address names.
pub async fn meeting(
    state: &AppState,
    code: &str,
    label: &str,
) -> Result<(convention::Model, meeting::Model), WebError> {
    let convention = convention(&state.store, code).await?;
    let meeting = state.store.meeting(&convention, label).await?;
    Ok((convention, meeting))
}

/// A convention's name in the reader's language.
pub fn convention_name(ctx: &Ctx, c: &convention::Model) -> String {
    match ctx.lang {
        treatydesk_domain::Lang::En => c.name_en.clone(),
        treatydesk_domain::Lang::Fr => c.name_fr.clone(),
        treatydesk_domain::Lang::Es => c.name_es.clone(),
        treatydesk_domain::Lang::Ar => c.name_ar.clone(),
    }
}
