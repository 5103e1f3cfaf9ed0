//! The one way an import file (CSV) is opened: trimmed cells, rows of the header's width, and a
//! header that has every required column. Problems are "line N: reason" (the header is line 1).
//! It never writes and never judges a row; each import checks its rows itself.

use crate::StoreError;
use treatydesk_domain::finding::{Message, Problem};

/// A reader over `csv_text` whose header was read and has every column in `required`.
pub(crate) fn checked_reader<'a>(
    csv_text: &'a str,
    required: &[&str],
) -> Result<csv::Reader<&'a [u8]>, StoreError> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(false)
        .from_reader(csv_text.as_bytes());
    let headers = reader.headers().map_err(|e| {
        StoreError::refuse(Problem::new(
            Message::new("refuse-csv-header-unreadable").text("why", e.to_string()),
            format!("line 1: cannot read the header: {e}"),
        ))
    })?;
    let missing: Vec<&str> = required
        .iter()
        .filter(|c| !headers.iter().any(|h| h == **c))
        .copied()
        .collect();
    if !missing.is_empty() {
        return Err(StoreError::refuse(Problem::new(
            Message::new("refuse-csv-header-lacks")
                .code("missing", &missing.join(", "))
                .code("expected", &required.join(",")),
            format!(
                "line 1: the header lacks the column(s) {}; expected {}",
                missing.join(", "),
                required.join(",")
            ),
        )));
    }
    Ok(reader)
}
