//! `/{code}/documents.atom`: the newest public documents as an Atom feed (RFC 4287). Public
//! records only; it never writes.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use treatydesk_domain::AccessLevel;

use crate::{AppState, WebError};

/// `/{code}/documents.atom`: the newest public documents (RFC 4287).
pub async fn atom(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let docs: Vec<_> = state
        .store
        .documents(&c)
        .await?
        .into_iter()
        .filter(|d| d.access == AccessLevel::Public.slug())
        .take(50)
        .collect();
    // XML 1.0 cannot hold most control characters even escaped (D14): they are dropped.
    let esc = |s: &str| {
        let s = crate::limits::xml_text(s);
        askama::filters::escape(&s, askama::filters::Html).map(|e| e.to_string())
    };
    let updated = docs
        .iter()
        .map(|d| d.created_at)
        .max()
        .unwrap_or_else(treatydesk_store::now);
    let stamp = |t: time::OffsetDateTime| {
        t.format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default()
    };
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>{}: new documents</title>\n<id>urn:treatydesk:{}:documents</id>\n<updated>{}</updated>\n<link rel=\"self\" href=\"/{}/documents.atom\"/>\n",
        esc(&c.short_name).unwrap_or_default(),
        c.code,
        stamp(updated),
        c.code
    );
    for d in &docs {
        xml.push_str(&format!(
            "<entry>\n<title>{} {}</title>\n<id>urn:treatydesk:{}:document:{}</id>\n<updated>{}</updated>\n<link href=\"/{}/documents/{}\"/>\n<summary>{}, {}</summary>\n</entry>\n",
            esc(&d.symbol).unwrap_or_default(),
            esc(&d.title).unwrap_or_default(),
            c.code,
            d.id,
            stamp(d.created_at),
            c.code,
            d.id,
            esc(&d.kind).unwrap_or_default(),
            d.issued_on
        ));
    }
    xml.push_str("</feed>\n");
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        xml,
    )
        .into_response())
}
