//! Feeds other programs read: iCalendar (meetings, a meeting's programme) and Atom (new
//! documents). Built from the views; a feed never imports a page or the API.

pub mod atom;
pub mod ical;
pub mod obligations;
pub mod programme;

use axum::Router;
use axum::routing::get;

use crate::AppState;

/// Every feed's address.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/calendar.ics", get(ical::shared_feed))
        .route("/{code}/meetings.ics", get(ical::convention_feed))
        .route(
            "/{code}/meetings/{label}/calendar.ics",
            get(ical::meeting_feed),
        )
        .route(
            "/{code}/meetings/{label}/programme.ics",
            get(programme::programme_ics),
        )
        .route("/{code}/documents.atom", get(atom::atom))
        .route(
            "/{code}/states/{iso3}/obligations.ics",
            get(obligations::state_ics),
        )
}
