//! The audit log's shared parts: how many entries are shown and how a moment is written.

/// How many entries the page shows, newest first.
pub const PAGE_SIZE: u64 = 200;

pub fn timestamp(at: time::OffsetDateTime) -> (String, String) {
    let iso = at
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    let shown = format!(
        "{} {:02}:{:02} UTC",
        treatydesk_domain::calendar::format_date(at.date()),
        at.hour(),
        at.minute()
    );
    (shown, iso)
}
