//! Read models shared by a page and its API answer: typed values, no HTML and no axum. A view
//! never imports `pages/`, `api/` or `feeds/`.

pub mod accounts;
pub mod advice;
pub mod appointments;
pub mod audit;
pub mod decisions;
pub mod desk;
pub mod extensions;
pub mod findings;
pub mod isu;
pub mod isu_reports;
pub mod liaison;
pub mod listing;
pub mod meetings;
pub mod messages;
pub mod nominations;
pub mod obligations;
pub mod offices;
pub mod participation;
pub mod plan;
pub mod preparation;
pub mod programme;
pub mod records;
pub mod registration;
pub mod reports;
pub mod reviews;
pub mod statements;
pub mod universalization;
