//! Issue 11 item 4: the authorization matrix over every route of the router, GET and POST, for
//! every role (anonymous and the six demo accounts).
//!
//! The route list is read from the assembled router itself (`treatydesk_web::router`), not from a
//! list kept by hand: axum offers no public way to list routes, but its `Debug` output prints
//! every path with its route id and every method router with its `Allow` header. Parsing that is
//! the only list that cannot drift from what is served (every `.route(..)`, merged or layered,
//! in any file, shows up). If an axum upgrade changes that output the parser finds nothing and
//! the test fails loudly; it never passes on an empty list.
//!
//! The expectation table `ROUTES` says, for every (method, route), the lowest role allowed and a
//! demo address to try. The test fails when the router serves a route the table does not list,
//! and when the table lists a route the router does not serve, naming it. To add a route, add
//! one `row(..)` line.
//!
//! For each route and role: a GET by an allowed role answers 2xx/3xx;
//! below it, 401/403/404 (or, for an anonymous reader of a page, a redirect to
//! sign in) and no restricted marker in the body. A POST carries the role's own valid CSRF
//! token and an empty form: below the lowest role it is refused (401/403/404, or the sign-in
//! redirect), at or above it the answer is a validation refusal or a success, never 401/403.
//! Nobody ever gets a 5xx.

use crate::common::{Answer, TestApp};
use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use treatydesk_domain::AccessLevel;
use treatydesk_domain::document::DocumentKind;
use treatydesk_store::audit::Author;
use treatydesk_store::documents::NewDocument;

/// The roles from the most open up; a route allows its lowest role and every role above it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Role {
    Anonymous,
    Observer,
    FocalPoint,
    Coordinator,
    President,
    IsuStaff,
    Admin,
}

use Role::*;

const ROLES: [(Role, Option<&str>); 7] = [
    (Anonymous, None),
    (Observer, Some("demo-observer")),
    (FocalPoint, Some("demo-focal-point")),
    (Coordinator, Some("demo-coordinator")),
    (President, Some("demo-president")),
    (IsuStaff, Some("demo-isu")),
    (Admin, Some("demo-admin")),
];

const GET: &str = "GET";
const POST: &str = "POST";

/// Who a route allows at the demo address tried: a role and every role above it, or, where
/// the answer depends on the record (a Coordinator edits the sessions of their own body, a
/// President the meeting they preside), the roles the demo record lets in.
#[derive(Clone, Copy, Debug)]
enum Allowed {
    From(Role),
    Only(&'static [Role]),
}

impl Allowed {
    fn admits(self, role: Role) -> bool {
        match self {
            Allowed::From(lowest) => role >= lowest,
            Allowed::Only(roles) => roles.contains(&role),
        }
    }
}

/// One (method, route) of the router: the route as the router spells it, a demo address that
/// it serves (`:registration`, `:session`, `:speaker`, `:action`, `:decision`, `:nomination`,
/// `:statement`, `:css` are filled in from the demo at run time, and `13MSP` becomes the meeting carrying the
/// demo programme), who is allowed, and whether its form is multipart (an upload form).
struct Row {
    method: &'static str,
    route: &'static str,
    sample: &'static str,
    allowed: Allowed,
    multipart: bool,
    /// The address names a record a lower role may not see: it answers 404, as for a missing
    /// one (D16), to every role below.
    hidden: bool,
}

const fn row(method: &'static str, route: &'static str, sample: &'static str, lowest: Role) -> Row {
    Row {
        method,
        route,
        sample,
        allowed: Allowed::From(lowest),
        multipart: false,
        hidden: false,
    }
}

impl Row {
    /// Only these roles, at the demo record tried.
    const fn only(self, roles: &'static [Role]) -> Row {
        Row {
            allowed: Allowed::Only(roles),
            ..self
        }
    }

    /// A record hidden below its level: 404 to the roles below (D16).
    const fn hidden(self) -> Row {
        Row {
            hidden: true,
            ..self
        }
    }

    /// The form is `multipart/form-data`.
    const fn multipart(self) -> Row {
        Row {
            multipart: true,
            ..self
        }
    }
}

/// The readers of the demo's message to the focal points of the States Parties: Nigeria's
/// focal point (a recipient) and ISU staff; no other role is in that audience.
const NOTICE_READERS: &[Role] = &[FocalPoint, IsuStaff, Admin];

/// Every (method, route) the router serves. One row a line (rustfmt would split them). Keep it in the router's order of areas.
#[rustfmt::skip]
const ROUTES: &[Row] = &[
    // ops
    row(GET, "/healthz", "/healthz", Anonymous),
    row(GET, "/metrics", "/metrics", Anonymous),
    // assets
    row(GET, "/static/app.css", "/static/app.css", Anonymous),
    row(GET, "/static/{file}", ":css", Anonymous),
    row(GET, "/static/map/{file}", ":world", Anonymous),
    row(GET, "/favicon.svg", "/favicon.svg", Anonymous),
    row(GET, "/favicon.ico", "/favicon.ico", Anonymous),
    // home, sign-in
    row(GET, "/", "/", Anonymous),
    row(GET, "/{code}", "/ccm", Anonymous),
    row(GET, "/login", "/login", Anonymous),
    row(POST, "/login", "/login", Anonymous),
    row(POST, "/logout", "/logout", Anonymous),
    // accounts: a user's own, and the administrators'
    row(GET, "/desk", "/desk", Observer),
    row(GET, "/components", "/components", Anonymous),
    row(GET, "/account", "/account", Observer),
    row(POST, "/account/password", "/account/password", Observer),
    row(POST, "/account/tokens", "/account/tokens", Observer),
    row(POST, "/account/contact", "/account/contact", Observer),
    row(POST, "/account/tokens/{id}/revoke", "/account/tokens/999999/revoke", Observer),
    row(GET, "/admin/users", "/admin/users", Admin),
    row(POST, "/admin/users", "/admin/users", Admin),
    row(GET, "/admin/users/{username}", "/admin/users/demo-observer", Admin),
    row(POST, "/admin/users/{username}/grants", "/admin/users/demo-observer/grants", Admin),
    row(POST, "/admin/users/{username}/grants/{id}/revoke", "/admin/users/demo-observer/grants/999999/revoke", Admin),
    row(POST, "/admin/users/{username}/disable", "/admin/users/demo-observer/disable", Admin),
    row(POST, "/admin/users/{username}/reset", "/admin/users/nobody-here/reset", Admin),
    row(GET, "/api/v1/desk", "/api/v1/desk", Observer),
    row(GET, "/api/v1/account", "/api/v1/account", Observer),
    row(POST, "/api/v1/account/tokens", "/api/v1/account/tokens", Observer),
    row(POST, "/api/v1/account/tokens/{id}/revoke", "/api/v1/account/tokens/999999/revoke", Observer),
    row(GET, "/api/v1/admin/users", "/api/v1/admin/users", Admin),
    row(POST, "/api/v1/admin/users", "/api/v1/admin/users", Admin),
    row(POST, "/api/v1/admin/users/{username}/grants", "/api/v1/admin/users/demo-observer/grants", Admin),
    row(POST, "/api/v1/admin/users/{username}/grants/{id}/revoke", "/api/v1/admin/users/demo-observer/grants/999999/revoke", Admin),
    row(POST, "/api/v1/admin/users/{username}/disable", "/api/v1/admin/users/demo-observer/disable", Admin),
    row(POST, "/api/v1/admin/users/{username}/reset", "/api/v1/admin/users/nobody-here/reset", Admin),
    row(POST, "/api/v1/account/contact", "/api/v1/account/contact", Observer),
    row(POST, "/api/v1/admin/users/{username}/contact", "/api/v1/admin/users/nobody-here/contact", Admin),
    // States
    row(GET, "/{code}/states", "/ccm/states", Anonymous),
    row(GET, "/{code}/states.csv", "/ccm/states.csv", Anonymous),
    row(GET, "/{code}/states/{iso3}", "/ccm/states/NGA", Anonymous),
    row(GET, "/{code}/states/{iso3}/obligations", "/ccm/states/NGA/obligations", Anonymous),
    row(GET, "/{code}/states/{iso3}/obligations.ics", "/ccm/states/NGA/obligations.ics", Anonymous),
    row(POST, "/{code}/states/{iso3}/obligations", "/ccm/states/NGA/obligations", IsuStaff),
    row(POST, "/{code}/states/{iso3}/participation", "/ccm/states/NGA/participation", IsuStaff),
    row(POST, "/{code}/states/{iso3}/participation/correct", "/ccm/states/NGA/participation/correct", IsuStaff),
    row(POST, "/{code}/states/{iso3}/profile", "/ccm/states/NGA/profile", IsuStaff),
    row(POST, "/{code}/states/note", "/ccm/states/note", IsuStaff),
    row(POST, "/{code}/states/{iso3}/profile/correct", "/ccm/states/NGA/profile/correct", IsuStaff),
    row(GET, "/{code}/obligations/overdue", "/ccm/obligations/overdue", Anonymous),
    row(GET, "/{code}/universalization", "/ccm/universalization", Anonymous),
    row(GET, "/{code}/universalization/{iso3}", "/ccm/universalization/AGO", Anonymous),
    row(POST, "/{code}/universalization/{iso3}/entries", "/ccm/universalization/AGO/entries", Coordinator),
    row(POST, "/{code}/universalization/{iso3}/entries/{id}/corrections", "/ccm/universalization/AGO/entries/:outreach/corrections", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/universalization", "/api/v1/conventions/ccm/universalization", Anonymous),
    row(GET, "/api/v1/conventions/{code}/universalization/{iso3}", "/api/v1/conventions/ccm/universalization/AGO", Anonymous),
    row(POST, "/api/v1/conventions/{code}/universalization/{iso3}/entries", "/api/v1/conventions/ccm/universalization/AGO/entries", Coordinator),
    row(POST, "/api/v1/conventions/{code}/universalization/{iso3}/entries/{id}/corrections", "/api/v1/conventions/ccm/universalization/AGO/entries/:outreach/corrections", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/obligations/overdue", "/api/v1/conventions/ccm/obligations/overdue", Anonymous),
    row(GET, "/api/v1/conventions/{code}/states/{iso3}/obligations", "/api/v1/conventions/ccm/states/NGA/obligations", Anonymous),
    row(POST, "/api/v1/conventions/{code}/states/{iso3}/obligations", "/api/v1/conventions/ccm/states/NGA/obligations", IsuStaff),
    // architecture
    row(GET, "/{code}/architecture", "/ccm/architecture", Anonymous),
    row(GET, "/{code}/seats/{key}", "/ccm/seats/a-1", Anonymous),
    // Committee members reach the form; whether the note is theirs to write depends on the term.
    row(POST, "/{code}/seats/{key}/handover", "/ccm/seats/e-1/handover", Coordinator),
    row(GET, "/{code}/committee", "/ccm/committee", Anonymous),
    row(GET, "/{code}/offices", "/ccm/offices", Anonymous),
    row(POST, "/{code}/offices/president-designate", "/ccm/offices/president-designate", IsuStaff),
    row(POST, "/{code}/offices/isu-director", "/ccm/offices/isu-director", IsuStaff),
    row(GET, "/{code}/isu", "/ccm/isu?as_of=2016-01-01", Anonymous),
    row(POST, "/{code}/isu/periods", "/ccm/isu/periods", IsuStaff),
    row(POST, "/{code}/isu/staff", "/ccm/isu/staff", IsuStaff),
    row(GET, "/{code}/isu/workplans/{year}", "/ccm/isu/workplans/2025", Anonymous),
    row(POST, "/{code}/isu/workplans/{year}", "/ccm/isu/workplans/2025", IsuStaff),
    row(POST, "/{code}/isu/workplans/{year}/endorsement", "/ccm/isu/workplans/2025/endorsement", IsuStaff),
    row(POST, "/{code}/isu/workplans/{year}/approval", "/ccm/isu/workplans/2025/approval", IsuStaff),
    row(POST, "/{code}/isu/workplans/{year}/spending", "/ccm/isu/workplans/2025/spending", IsuStaff),
    row(GET, "/{code}/isu/finances", "/ccm/isu/finances", Anonymous),
    row(POST, "/{code}/isu/contributions", "/ccm/isu/contributions", IsuStaff),
    row(GET, "/{code}/isu/finances.csv", "/ccm/isu/finances.csv", Anonymous),
    row(GET, "/{code}/isu/finances.xlsx", "/ccm/isu/finances.xlsx", Anonymous),
    row(GET, "/{code}/isu/reports", "/ccm/isu/reports", Anonymous),
    row(POST, "/{code}/isu/reports", "/ccm/isu/reports", IsuStaff),
    row(GET, "/{code}/isu/reports/{file}", "/ccm/isu/reports/1.pdf", IsuStaff).hidden(),
    row(POST, "/{code}/isu/reports/{number}/prose", "/ccm/isu/reports/1/prose", IsuStaff),
    row(POST, "/{code}/isu/reports/{number}/publication", "/ccm/isu/reports/1/publication", IsuStaff),
    row(GET, "/{code}/findings", "/ccm/findings", FocalPoint),
    row(GET, "/{code}/timeline", "/ccm/timeline", Anonymous),
    // meetings
    row(GET, "/{code}/meetings", "/ccm/meetings", Anonymous),
    row(POST, "/{code}/meetings", "/ccm/meetings", IsuStaff),
    row(GET, "/{code}/meetings/{label}", "/ccm/meetings/2ISM", Anonymous),
    row(POST, "/{code}/meetings/{label}", "/ccm/meetings/2ISM", IsuStaff),
    row(POST, "/{code}/meetings/{label}/agenda", "/ccm/meetings/2ISM/agenda", IsuStaff),
    row(POST, "/{code}/meetings/{label}/attendance", "/ccm/meetings/2ISM/attendance", IsuStaff),
    row(POST, "/{code}/meetings/{label}/minutes", "/ccm/meetings/2ISM/minutes", IsuStaff),
    row(GET, "/{code}/meetings/{label}/appointments", "/ccm/meetings/3MSP/appointments", IsuStaff),
    row(POST, "/{code}/meetings/{label}/appointments", "/ccm/meetings/3MSP/appointments", IsuStaff),
    row(GET, "/{code}/meetings/{label}/plan", "/ccm/meetings/3RC/plan?horizon=0", President),
    // nominations: the President and the ISU see all, the demo focal point its own State's (the
    // 3RC has not opened, so not yet the Coordinators); the focal point (for Nigeria, which has
    // one) and the ISU nominate and withdraw.
    row(GET, "/{code}/meetings/{label}/nominations", "/ccm/meetings/3RC/nominations", FocalPoint).only(NOMINATION_READERS),
    row(POST, "/{code}/meetings/{label}/nominations", "/ccm/meetings/3RC/nominations", FocalPoint).only(NOMINATORS),
    row(POST, "/{code}/meetings/{label}/nominations/{id}/withdraw", "/ccm/meetings/3RC/nominations/:nomination/withdraw", FocalPoint).only(NOMINATORS),
    row(GET, "/calendar", "/calendar", Anonymous),
    row(POST, "/calendar/import", "/calendar/import", IsuStaff).multipart(),
    // programme
    row(GET, "/{code}/meetings/{label}/programme", "/ccm/meetings/13MSP/programme", Anonymous),
    row(GET, "/{code}/meetings/{label}/programme.pdf", "/ccm/meetings/13MSP/programme.pdf", Anonymous),
    // The ISU and a sitting Coordinator (their own body's sessions); the demo President does
    // not preside this meeting.
    row(GET, "/{code}/meetings/{label}/programme/edit", "/ccm/meetings/13MSP/programme/edit", IsuStaff).only(PROGRAMME_EDITORS),
    row(POST, "/{code}/meetings/{label}/programme/edit", "/ccm/meetings/13MSP/programme/edit", IsuStaff).only(PROGRAMME_EDITORS),
    row(GET, "/{code}/meetings/{label}/programme/sessions/{id}", "/ccm/meetings/13MSP/programme/sessions/:session", IsuStaff),
    row(POST, "/{code}/meetings/{label}/programme/sessions/{id}", "/ccm/meetings/13MSP/programme/sessions/:session", IsuStaff),
    row(POST, "/{code}/meetings/{label}/programme/sessions/{id}/delete", "/ccm/meetings/13MSP/programme/sessions/:session/delete", IsuStaff),
    row(POST, "/{code}/meetings/{label}/programme/sessions/{id}/speakers", "/ccm/meetings/13MSP/programme/sessions/:session/speakers", IsuStaff),
    row(POST, "/{code}/meetings/{label}/programme/sessions/{id}/speakers/{speaker}", "/ccm/meetings/13MSP/programme/sessions/:session/speakers/:speaker", IsuStaff),
    // Statements (P1.2): public; uploads by the ISU, or a focal point of a State with a speaker
    // on the session (the demo's Nigeria has none there).
    row(GET, "/{code}/meetings/{label}/programme/sessions/{id}/statements", "/ccm/meetings/13MSP/programme/sessions/:session/statements", Anonymous),
    row(POST, "/{code}/meetings/{label}/programme/sessions/{id}/statements", "/ccm/meetings/13MSP/programme/sessions/:session/statements", IsuStaff).multipart(),
    row(GET, "/{code}/meetings/{label}/statements/{id}", "/ccm/meetings/13MSP/statements/:statement", Anonymous),
    row(POST, "/{code}/meetings/{label}/statements/{id}/withdraw", "/ccm/meetings/13MSP/statements/:statement/withdraw", IsuStaff),
    // registration
    row(GET, "/{code}/meetings/{label}/register", "/ccm/meetings/3RC/register", Anonymous),
    row(POST, "/{code}/meetings/{label}/register", "/ccm/meetings/3RC/register", Anonymous).multipart(),
    row(GET, "/{code}/meetings/{label}/register/done", "/ccm/meetings/3RC/register/done", Anonymous),
    row(GET, "/{code}/meetings/{label}/registrations", "/ccm/meetings/3RC/registrations", IsuStaff),
    row(POST, "/{code}/meetings/{label}/registrations/settings", "/ccm/meetings/3RC/registrations/settings", IsuStaff),
    row(POST, "/{code}/meetings/{label}/registrations/{id}/decision", "/ccm/meetings/3RC/registrations/:registration/decision", IsuStaff),
    row(POST, "/{code}/meetings/{label}/registrations/decisions", "/ccm/meetings/3RC/registrations/decisions", IsuStaff),
    row(GET, "/{code}/meetings/{label}/delegation", "/ccm/meetings/3RC/delegation", FocalPoint).only(DELEGATION),
    row(POST, "/{code}/meetings/{label}/delegation", "/ccm/meetings/3RC/delegation", FocalPoint).only(DELEGATION).multipart(),
    row(POST, "/{code}/meetings/{label}/delegation/{id}/correction", "/ccm/meetings/3RC/delegation/:registration/correction", FocalPoint).only(DELEGATION).hidden(),
    row(POST, "/{code}/meetings/{label}/delegation/{id}/withdraw", "/ccm/meetings/3RC/delegation/:registration/withdraw", FocalPoint).only(DELEGATION).hidden(),
    row(GET, "/{code}/meetings/{label}/registrations/{id}/credentials", "/ccm/meetings/3RC/registrations/:registration/credentials", IsuStaff),
    row(GET, "/{code}/meetings/{label}/participants", "/ccm/meetings/3RC/participants", FocalPoint),
    row(GET, "/{code}/meetings/{label}/participants.csv", "/ccm/meetings/3RC/participants.csv", FocalPoint),
    row(GET, "/{code}/meetings/{label}/participants.xlsx", "/ccm/meetings/3RC/participants.xlsx", FocalPoint),
    row(GET, "/{code}/meetings/{label}/participants.pdf", "/ccm/meetings/3RC/participants.pdf", FocalPoint),
    // records
    row(GET, "/{code}/documents", "/ccm/documents", Anonymous),
    row(POST, "/{code}/documents", "/ccm/documents", IsuStaff).multipart(),
    row(GET, "/{code}/documents/new", "/ccm/documents/new", IsuStaff),
    row(GET, "/{code}/documents/{id}", "/ccm/documents/4", Coordinator).hidden(),
    row(POST, "/{code}/documents/{id}", "/ccm/documents/1", IsuStaff).multipart(),
    row(GET, "/{code}/documents/{id}/{lang}", "/ccm/documents/4/en", Coordinator).hidden(),
    row(GET, "/{code}/decisions", "/ccm/decisions", Anonymous),
    row(POST, "/{code}/decisions", "/ccm/decisions", IsuStaff),
    row(GET, "/{code}/decisions/{id}", "/ccm/decisions/:decision", Anonymous),
    row(POST, "/{code}/decisions/{id}", "/ccm/decisions/:decision", IsuStaff),
    row(GET, "/{code}/actions", "/ccm/actions", FocalPoint),
    row(POST, "/{code}/actions", "/ccm/actions", IsuStaff),
    // The ISU, or a focal point of the State that owns the action (not the demo's: records.rs).
    row(POST, "/{code}/actions/{id}", "/ccm/actions/:action", IsuStaff),
    row(GET, "/{code}/search", "/ccm/search?q=report", Anonymous),
    row(GET, "/{code}/map", "/ccm/map", Anonymous),
    row(GET, "/{code}/audit", "/ccm/audit", IsuStaff),
    // meeting preparation (P4.4(a))
    row(GET, "/{code}/meetings/{label}/preparation", "/ccm/meetings/13MSP/preparation", President),
    row(POST, "/{code}/meetings/{label}/preparation", "/ccm/meetings/13MSP/preparation", IsuStaff),
    // reviews at a Review Conference
    row(GET, "/{code}/meetings/{label}/reviews", "/ccm/meetings/1RC/reviews", Anonymous),
    row(POST, "/{code}/meetings/{label}/reviews", "/ccm/meetings/1RC/reviews", IsuStaff),
    // notices: messages to audiences (the demo's is to the focal points of the States Parties)
    row(GET, "/{code}/notices", "/ccm/notices", Observer),
    row(POST, "/{code}/notices", "/ccm/notices", President),
    row(GET, "/{code}/notices/new", "/ccm/notices/new", President),
    row(GET, "/{code}/notices/{id}", "/ccm/notices/:notice", Observer).only(NOTICE_READERS).hidden(),
    row(POST, "/{code}/notices/{id}/retry", "/ccm/notices/:notice/retry", IsuStaff),
    // feeds
    // advice requests (P4.4(c)): the demo's request is Nigeria's, confidential
    row(GET, "/{code}/advice", "/ccm/advice", FocalPoint),
    row(POST, "/{code}/advice", "/ccm/advice", FocalPoint).only(ADVICE_ASKERS).multipart(),
    row(GET, "/{code}/advice/new", "/ccm/advice/new", FocalPoint).only(ADVICE_ASKERS),
    row(GET, "/{code}/advice/{id}", "/ccm/advice/:advice", FocalPoint).only(ADVICE_READERS).hidden(),
    row(GET, "/{code}/advice/{id}/attachments/{aid}", "/ccm/advice/:advice/attachments/:advatt", FocalPoint).only(ADVICE_READERS).hidden(),
    row(POST, "/{code}/advice/{id}/messages", "/ccm/advice/:advice/messages", FocalPoint).only(ADVICE_READERS).hidden().multipart(),
    row(POST, "/{code}/advice/{id}/messages/{mid}/revise", "/ccm/advice/:advice/messages/:advmsg/revise", FocalPoint).only(ADVICE_READERS).hidden(),
    row(POST, "/{code}/advice/{id}/assign", "/ccm/advice/:advice/assign", IsuStaff),
    row(POST, "/{code}/advice/{id}/close", "/ccm/advice/:advice/close", IsuStaff),
    row(POST, "/{code}/advice/{id}/share", "/ccm/advice/:advice/share", FocalPoint).only(&[FocalPoint]),
    row(GET, "/api/v1/conventions/{code}/advice", "/api/v1/conventions/ccm/advice", FocalPoint),
    row(POST, "/api/v1/conventions/{code}/advice", "/api/v1/conventions/ccm/advice", FocalPoint).only(ADVICE_ASKERS),
    row(GET, "/api/v1/conventions/{code}/advice/{id}", "/api/v1/conventions/ccm/advice/:advice", FocalPoint).only(ADVICE_READERS).hidden(),
    row(POST, "/api/v1/conventions/{code}/advice/{id}/messages", "/api/v1/conventions/ccm/advice/:advice/messages", FocalPoint).only(ADVICE_READERS).hidden(),
    row(POST, "/api/v1/conventions/{code}/advice/{id}/messages/{mid}/revisions", "/api/v1/conventions/ccm/advice/:advice/messages/:advmsg/revisions", FocalPoint).only(ADVICE_READERS).hidden(),
    row(POST, "/api/v1/conventions/{code}/advice/{id}/assign", "/api/v1/conventions/ccm/advice/:advice/assign", IsuStaff),
    row(POST, "/api/v1/conventions/{code}/advice/{id}/close", "/api/v1/conventions/ccm/advice/:advice/close", IsuStaff),
    row(POST, "/api/v1/conventions/{code}/advice/{id}/share", "/api/v1/conventions/ccm/advice/:advice/share", FocalPoint).only(&[FocalPoint]),
    // extension requests (issue 17 item 2): submitted ones public; the planted draft is Nigeria's
    row(GET, "/{code}/extensions", "/ccm/extensions", Anonymous),
    row(POST, "/{code}/extensions", "/ccm/extensions", FocalPoint).only(EXTENSION_FILERS),
    row(GET, "/{code}/extensions/new", "/ccm/extensions/new", FocalPoint).only(EXTENSION_FILERS),
    row(GET, "/{code}/extensions/{id}", "/ccm/extensions/:extdraft", FocalPoint).only(EXTENSION_FILERS).hidden(),
    row(POST, "/{code}/extensions/{id}", "/ccm/extensions/:extdraft", FocalPoint).only(EXTENSION_FILERS).hidden(),
    row(POST, "/{code}/extensions/{id}/analysis", "/ccm/extensions/:extdraft/analysis", IsuStaff),
    row(POST, "/{code}/extensions/{id}/outcome", "/ccm/extensions/:extdraft/outcome", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/extensions", "/api/v1/conventions/ccm/extensions", Anonymous),
    row(POST, "/api/v1/conventions/{code}/extensions", "/api/v1/conventions/ccm/extensions", FocalPoint).only(EXTENSION_FILERS),
    row(GET, "/api/v1/conventions/{code}/extensions/{id}", "/api/v1/conventions/ccm/extensions/:extdraft", FocalPoint).only(EXTENSION_FILERS).hidden(),
    row(POST, "/api/v1/conventions/{code}/extensions/{id}", "/api/v1/conventions/ccm/extensions/:extdraft", FocalPoint).only(EXTENSION_FILERS).hidden(),
    row(POST, "/api/v1/conventions/{code}/extensions/{id}/analysis", "/api/v1/conventions/ccm/extensions/:extdraft/analysis", IsuStaff),
    row(POST, "/api/v1/conventions/{code}/extensions/{id}/outcome", "/api/v1/conventions/ccm/extensions/:extdraft/outcome", IsuStaff),
    row(GET, "/{code}/reports", "/ccm/reports", Anonymous),
    row(POST, "/{code}/reports", "/ccm/reports", FocalPoint).only(EXTENSION_FILERS),
    row(GET, "/{code}/reports/new", "/ccm/reports/new", FocalPoint).only(EXTENSION_FILERS),
    row(GET, "/{code}/reports/compiled", "/ccm/reports/compiled", Anonymous),
    row(GET, "/{code}/reports/compiled.csv", "/ccm/reports/compiled.csv", Anonymous),
    row(GET, "/{code}/reports/compiled.xlsx", "/ccm/reports/compiled.xlsx", Anonymous),
    row(GET, "/{code}/reports/{id}", "/ccm/reports/:reportdraft", FocalPoint).only(EXTENSION_FILERS).hidden(),
    row(POST, "/{code}/reports/{id}", "/ccm/reports/:reportdraft", FocalPoint).only(EXTENSION_FILERS).hidden(),
    row(POST, "/{code}/reports/{id}/files", "/ccm/reports/:reportdraft/files", FocalPoint).only(EXTENSION_FILERS).hidden().multipart(),
    row(GET, "/{code}/reports/{id}/files/{file}", "/ccm/reports/:rfreport/files/:rffile", FocalPoint).only(EXTENSION_FILERS).hidden(),
    row(POST, "/api/v1/conventions/{code}/reports/{id}/files", "/api/v1/conventions/ccm/reports/:reportdraft/files", FocalPoint).only(EXTENSION_FILERS).hidden(),
    row(GET, "/api/v1/conventions/{code}/reports", "/api/v1/conventions/ccm/reports", Anonymous),
    row(POST, "/api/v1/conventions/{code}/reports", "/api/v1/conventions/ccm/reports", FocalPoint).only(EXTENSION_FILERS),
    row(GET, "/api/v1/conventions/{code}/reports/compiled", "/api/v1/conventions/ccm/reports/compiled", Anonymous),
    row(GET, "/api/v1/conventions/{code}/reports/{id}", "/api/v1/conventions/ccm/reports/:reportdraft", FocalPoint).only(EXTENSION_FILERS).hidden(),
    row(POST, "/api/v1/conventions/{code}/reports/{id}", "/api/v1/conventions/ccm/reports/:reportdraft", FocalPoint).only(EXTENSION_FILERS).hidden(),
    // liaison (P4.4(g)): the contact log is the ISU's alone, 404 to everyone else
    row(GET, "/{code}/organizations", "/ccm/organizations", Anonymous),
    row(GET, "/{code}/organizations/{org}", "/ccm/organizations/gichd", Anonymous),
    row(POST, "/{code}/organizations/{org}/roles", "/ccm/organizations/gichd/roles", IsuStaff),
    row(POST, "/{code}/organizations/{org}/contacts", "/ccm/organizations/gichd/contacts", IsuStaff),
    row(POST, "/{code}/organizations/{org}/log", "/ccm/organizations/gichd/log", IsuStaff).hidden(),
    row(POST, "/{code}/organizations/{org}/log/{id}/done", "/ccm/organizations/gichd/log/:logentry/done", IsuStaff).hidden(),
    row(GET, "/api/v1/conventions/{code}/organizations", "/api/v1/conventions/ccm/organizations", Anonymous),
    row(GET, "/api/v1/conventions/{code}/organizations/{org}", "/api/v1/conventions/ccm/organizations/gichd", Anonymous),
    row(POST, "/api/v1/conventions/{code}/organizations/{org}/roles", "/api/v1/conventions/ccm/organizations/gichd/roles", IsuStaff),
    row(POST, "/api/v1/conventions/{code}/organizations/{org}/contacts", "/api/v1/conventions/ccm/organizations/gichd/contacts", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/organizations/{org}/log", "/api/v1/conventions/ccm/organizations/gichd/log", IsuStaff).hidden(),
    row(POST, "/api/v1/conventions/{code}/organizations/{org}/log", "/api/v1/conventions/ccm/organizations/gichd/log", IsuStaff).hidden(),
    row(POST, "/api/v1/conventions/{code}/organizations/{org}/log/{id}/done", "/api/v1/conventions/ccm/organizations/gichd/log/:logentry/done", IsuStaff).hidden(),
    row(GET, "/calendar.ics", "/calendar.ics", Anonymous),
    row(GET, "/{code}/meetings.ics", "/ccm/meetings.ics", Anonymous),
    row(GET, "/{code}/meetings/{label}/calendar.ics", "/ccm/meetings/2ISM/calendar.ics", Anonymous),
    row(GET, "/{code}/meetings/{label}/programme.ics", "/ccm/meetings/13MSP/programme.ics", Anonymous),
    row(GET, "/{code}/documents.atom", "/ccm/documents.atom", Anonymous),
    // API
    row(GET, "/api/openapi.json", "/api/openapi.json", Anonymous),
    row(GET, "/api/v1/conventions", "/api/v1/conventions", Anonymous),
    row(GET, "/api/v1/conventions/{code}", "/api/v1/conventions/ccm", Anonymous),
    row(GET, "/api/v1/conventions/{code}/states", "/api/v1/conventions/ccm/states", Anonymous),
    row(GET, "/api/v1/conventions/{code}/states/{iso3}", "/api/v1/conventions/ccm/states/NGA", Anonymous),
    row(GET, "/api/v1/conventions/{code}/states/{iso3}/participation/history", "/api/v1/conventions/ccm/states/NGA/participation/history", Anonymous),
    row(POST, "/api/v1/conventions/{code}/states/{iso3}/participation/events", "/api/v1/conventions/ccm/states/NGA/participation/events", IsuStaff),
    row(POST, "/api/v1/conventions/{code}/states/note", "/api/v1/conventions/ccm/states/note", IsuStaff),
    row(POST, "/api/v1/conventions/{code}/states/{iso3}/participation/corrections", "/api/v1/conventions/ccm/states/NGA/participation/corrections", IsuStaff),
    row(POST, "/api/v1/conventions/{code}/states/{iso3}/profile", "/api/v1/conventions/ccm/states/NGA/profile", IsuStaff),
    row(POST, "/api/v1/conventions/{code}/states/{iso3}/profile/{id}/corrections", "/api/v1/conventions/ccm/states/NGA/profile/1/corrections", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/audit", "/api/v1/conventions/ccm/audit", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/meetings/{label}/preparation", "/api/v1/conventions/ccm/meetings/13MSP/preparation", President),
    row(POST, "/api/v1/conventions/{code}/meetings/{label}/preparation", "/api/v1/conventions/ccm/meetings/13MSP/preparation", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/meetings/{label}/reviews", "/api/v1/conventions/ccm/meetings/1RC/reviews", Anonymous),
    row(POST, "/api/v1/conventions/{code}/meetings/{label}/reviews", "/api/v1/conventions/ccm/meetings/1RC/reviews", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/notices", "/api/v1/conventions/ccm/notices", Observer),
    row(POST, "/api/v1/conventions/{code}/notices", "/api/v1/conventions/ccm/notices", President),
    row(GET, "/api/v1/conventions/{code}/notices/{id}", "/api/v1/conventions/ccm/notices/:notice", Observer).only(NOTICE_READERS).hidden(),
    row(GET, "/api/v1/conventions/{code}/architecture", "/api/v1/conventions/ccm/architecture", Anonymous),
    row(GET, "/api/v1/conventions/{code}/appointments", "/api/v1/conventions/ccm/appointments", Anonymous),
    row(POST, "/api/v1/conventions/{code}/meetings/{label}/appointments", "/api/v1/conventions/ccm/meetings/3MSP/appointments", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/committee", "/api/v1/conventions/ccm/committee", Anonymous),
    row(GET, "/api/v1/conventions/{code}/offices", "/api/v1/conventions/ccm/offices", Anonymous),
    row(POST, "/api/v1/conventions/{code}/offices/president-designate", "/api/v1/conventions/ccm/offices/president-designate", IsuStaff),
    row(POST, "/api/v1/conventions/{code}/offices/isu-director", "/api/v1/conventions/ccm/offices/isu-director", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/isu", "/api/v1/conventions/ccm/isu?as_of=2013-06-01", Anonymous),
    row(POST, "/api/v1/conventions/{code}/isu/periods", "/api/v1/conventions/ccm/isu/periods", IsuStaff),
    row(POST, "/api/v1/conventions/{code}/isu/staff", "/api/v1/conventions/ccm/isu/staff", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/isu/workplans/{year}", "/api/v1/conventions/ccm/isu/workplans/2025", Anonymous),
    row(POST, "/api/v1/conventions/{code}/isu/workplans/{year}", "/api/v1/conventions/ccm/isu/workplans/2025", IsuStaff),
    row(POST, "/api/v1/conventions/{code}/isu/workplans/{year}/endorsement", "/api/v1/conventions/ccm/isu/workplans/2025/endorsement", IsuStaff),
    row(POST, "/api/v1/conventions/{code}/isu/workplans/{year}/approval", "/api/v1/conventions/ccm/isu/workplans/2025/approval", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/isu/workplans/{year}/spending", "/api/v1/conventions/ccm/isu/workplans/2025/spending", Anonymous),
    row(POST, "/api/v1/conventions/{code}/isu/workplans/{year}/spending", "/api/v1/conventions/ccm/isu/workplans/2025/spending", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/isu/finances", "/api/v1/conventions/ccm/isu/finances", Anonymous),
    row(POST, "/api/v1/conventions/{code}/isu/contributions", "/api/v1/conventions/ccm/isu/contributions", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/isu/reports", "/api/v1/conventions/ccm/isu/reports", Anonymous),
    row(POST, "/api/v1/conventions/{code}/isu/reports", "/api/v1/conventions/ccm/isu/reports", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/isu/reports/{number}", "/api/v1/conventions/ccm/isu/reports/1", IsuStaff).hidden(),
    row(POST, "/api/v1/conventions/{code}/isu/reports/{number}/prose", "/api/v1/conventions/ccm/isu/reports/1/prose", IsuStaff),
    row(POST, "/api/v1/conventions/{code}/isu/reports/{number}/publication", "/api/v1/conventions/ccm/isu/reports/1/publication", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/findings", "/api/v1/conventions/ccm/findings", FocalPoint),
    row(GET, "/api/v1/conventions/{code}/meetings", "/api/v1/conventions/ccm/meetings", Anonymous),
    row(GET, "/api/v1/conventions/{code}/meetings/{label}", "/api/v1/conventions/ccm/meetings/1CC", Anonymous),
    row(GET, "/api/v1/conventions/{code}/meetings/{label}/plan", "/api/v1/conventions/ccm/meetings/3RC/plan?horizon=0", President),
    row(GET, "/api/v1/conventions/{code}/meetings/{label}/nominations", "/api/v1/conventions/ccm/meetings/3RC/nominations", FocalPoint).only(NOMINATION_READERS),
    row(POST, "/api/v1/conventions/{code}/meetings/{label}/nominations", "/api/v1/conventions/ccm/meetings/3RC/nominations", FocalPoint).only(NOMINATORS),
    row(POST, "/api/v1/conventions/{code}/meetings/{label}/nominations/{id}/withdraw", "/api/v1/conventions/ccm/meetings/3RC/nominations/:nomination/withdraw", FocalPoint).only(NOMINATORS),
    row(GET, "/api/v1/conventions/{code}/meetings/{label}/programme", "/api/v1/conventions/ccm/meetings/13MSP/programme", Anonymous),
    row(GET, "/api/v1/conventions/{code}/meetings/{label}/statements", "/api/v1/conventions/ccm/meetings/13MSP/statements", Anonymous),
    // The session is named in the body: a focal point's empty body is a 400, not a refusal.
    row(POST, "/api/v1/conventions/{code}/meetings/{label}/statements", "/api/v1/conventions/ccm/meetings/13MSP/statements", FocalPoint).only(STATEMENT_UPLOADERS),
    row(POST, "/api/v1/conventions/{code}/meetings/{label}/statements/{id}/withdraw", "/api/v1/conventions/ccm/meetings/13MSP/statements/:statement/withdraw", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/meetings/{label}/participants", "/api/v1/conventions/ccm/meetings/3RC/participants", FocalPoint),
    row(GET, "/api/v1/conventions/{code}/meetings/{label}/registrations", "/api/v1/conventions/ccm/meetings/3RC/registrations", IsuStaff),
    row(POST, "/api/v1/conventions/{code}/meetings/{label}/registrations", "/api/v1/conventions/ccm/meetings/3RC/registrations", Anonymous),
    row(POST, "/api/v1/conventions/{code}/meetings/{label}/registrations/decisions", "/api/v1/conventions/ccm/meetings/3RC/registrations/decisions", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/meetings/{label}/delegations/{state}", "/api/v1/conventions/ccm/meetings/3RC/delegations/NGA", FocalPoint).only(DELEGATION),
    row(POST, "/api/v1/conventions/{code}/meetings/{label}/delegations/{state}", "/api/v1/conventions/ccm/meetings/3RC/delegations/NGA", FocalPoint).only(DELEGATION),
    row(POST, "/api/v1/conventions/{code}/meetings/{label}/registrations/{id}/correction", "/api/v1/conventions/ccm/meetings/3RC/registrations/:registration/correction", FocalPoint).only(DELEGATION).hidden(),
    row(POST, "/api/v1/conventions/{code}/meetings/{label}/registrations/{id}/withdraw", "/api/v1/conventions/ccm/meetings/3RC/registrations/:registration/withdraw", FocalPoint).only(DELEGATION).hidden(),
    row(GET, "/api/v1/conventions/{code}/documents", "/api/v1/conventions/ccm/documents", Anonymous),
    row(GET, "/api/v1/conventions/{code}/decisions", "/api/v1/conventions/ccm/decisions", Anonymous),
    row(POST, "/api/v1/conventions/{code}/decisions", "/api/v1/conventions/ccm/decisions", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/decisions/{id}", "/api/v1/conventions/ccm/decisions/:decision", Anonymous),
    row(POST, "/api/v1/conventions/{code}/decisions/{id}/revisions", "/api/v1/conventions/ccm/decisions/:decision/revisions", IsuStaff),
    row(GET, "/api/v1/conventions/{code}/search", "/api/v1/conventions/ccm/search", Anonymous),
];

const PROGRAMME_EDITORS: &[Role] = &[Coordinator, IsuStaff, Admin];
const NOMINATION_READERS: &[Role] = &[FocalPoint, President, IsuStaff, Admin];
const NOMINATORS: &[Role] = &[FocalPoint, IsuStaff, Admin];
const STATEMENT_UPLOADERS: &[Role] = &[FocalPoint, IsuStaff, Admin];
/// Who acts on a State's delegation (issue 18 item 7): its focal point (Nigeria, whose registration
/// the matrix plants) and the ISU.
const DELEGATION: &[Role] = &[FocalPoint, IsuStaff, Admin];
/// Who asks for advice: a focal point (for its State) and the ISU (for any State).
const ADVICE_ASKERS: &[Role] = &[FocalPoint, IsuStaff, Admin];
/// Who reads the demo's confidential request of Nigeria: its focal point and the ISU.
const ADVICE_READERS: &[Role] = &[FocalPoint, IsuStaff, Admin];
/// Who files an extension request and reads the planted draft of Nigeria: its focal point
/// and the ISU (on any State's behalf).
const EXTENSION_FILERS: &[Role] = &[FocalPoint, IsuStaff, Admin];

/// Text that only a reader at a level may see, and the lowest role that reaches it: the audit
/// log's event names (ISU), the findings' clause numbers (States Parties), and the titles of
/// the documents `plant_documents` records at each restricted level.
const MARKERS: &[(&str, Role)] = &[
    ("participation.import", IsuStaff),
    ("P2.4", FocalPoint),
    (PLANTED[0].1, FocalPoint),
    (PLANTED[1].1, Coordinator),
    (PLANTED[2].1, IsuStaff),
    // The ISU's contact log (the demo's GICHD entry).
    ("DEMO: reviewed office space", IsuStaff),
];

/// A document at each restricted level: (symbol, title, level). DEMO rows, made up for this
/// test.
const PLANTED: [(&str, &str, AccessLevel); 3] = [
    (
        "CCM/MSP/2013/INF.91",
        "DEMO route-matrix marker zq7-states-parties",
        AccessLevel::StatesParties,
    ),
    (
        "CCM/MSP/2013/INF.92",
        "DEMO route-matrix marker zq7-committee",
        AccessLevel::Committee,
    ),
    (
        "CCM/MSP/2013/INF.93",
        "DEMO route-matrix marker zq7-isu",
        AccessLevel::Isu,
    ),
];

/// Records the planted documents and indexes them, so that lists, search, feeds and the API
/// would show them to a reader who may see them.
async fn plant_documents(app: &TestApp) {
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    for (symbol, title, access) in PLANTED {
        app.db
            .store
            .add_document(
                &Author::cli("route matrix markers"),
                &ccm,
                NewDocument {
                    symbol: symbol.into(),
                    title: title.into(),
                    kind: DocumentKind::Other,
                    meeting_id: None,
                    agenda_item_id: None,
                    submitter: String::new(),
                    issued_on: time::macros::date!(2013 - 03 - 01),
                    access,
                    source: "DEMO: made up by the route matrix test".into(),
                },
            )
            .await
            .expect("planted document");
    }
    treatydesk_web::services::indexing::reindex(&app.state, |_| {})
        .await
        .expect("index");
}

/// A draft ISU report to the 13MSP (report 1), which only the ISU may read.
async fn plant_report(app: &TestApp) {
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    app.db
        .store
        .generate_isu_report(
            &Author::cli("route matrix report"),
            &ccm,
            "13MSP",
            None,
            None,
        )
        .await
        .expect("a draft report");
}

/// The (method, route) pairs the router serves, read from its `Debug` output: the paths of the
/// path router (`RouteId(n): "/path"`) joined to the `Allow` header of each route's method
/// router (`RouteId(n): MethodRouter(... allow_header: Bytes(b"GET,HEAD,POST") ...)`). HEAD,
/// which axum answers for every GET, is left out.
fn served_routes(app: &axum::Router) -> Vec<(String, String)> {
    let text = format!("{app:?}");
    // Only the path router: the fallback router holds axum's catch-all.
    let main = text
        .split_once("fallback_router:")
        .map(|(m, _)| m)
        .expect("the router's Debug output names its fallback router");
    let (routes_part, node_part) = main
        .split_once("node: Node {")
        .expect("the router's Debug output has its node");
    let mut paths = std::collections::HashMap::new();
    for piece in node_part.split("RouteId(").skip(1) {
        let (id, rest) = piece.split_once(')').expect("a route id");
        let rest = rest.trim_start_matches(": \"");
        let path = rest.split('"').next().expect("a quoted path");
        paths.insert(id.to_string(), path.to_string());
    }
    let mut out = Vec::new();
    for piece in routes_part.split("RouteId(").skip(1) {
        let (id, rest) = piece.split_once(')').expect("a route id");
        let allow = rest
            .split_once("allow_header: Bytes(b\"")
            .and_then(|(_, a)| a.split('"').next())
            .unwrap_or_else(|| panic!("route {id} has no Allow header: {rest}"));
        let path = paths
            .get(id)
            .unwrap_or_else(|| panic!("route {id} has no path"));
        for method in allow.split(',').filter(|m| *m != "HEAD") {
            out.push((method.to_string(), path.clone()));
        }
    }
    out.sort();
    out
}

/// Does a concrete address (its path part) fit a route pattern?
fn fits(route: &str, address: &str) -> bool {
    let path = address.split('?').next().unwrap_or(address);
    let a: Vec<&str> = route.split('/').collect();
    let b: Vec<&str> = path.split('/').collect();
    a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(r, p)| (r.starts_with('{') && r.ends_with('}') && !p.is_empty()) || r == p)
}

#[tokio::test]
async fn route_matrix_lists_exactly_the_routes_the_router_serves() {
    let app = TestApp::new().await;
    let served = served_routes(&app.app);
    assert!(
        served.len() >= 60,
        "the router's route list could not be read ({} routes): has axum's Debug output changed?",
        served.len()
    );
    let listed: Vec<(String, String)> = ROUTES
        .iter()
        .map(|r| (r.method.to_string(), r.route.to_string()))
        .collect();
    let missing: Vec<String> = served
        .iter()
        .filter(|s| !listed.contains(s))
        .map(|(m, p)| format!("{m} {p}"))
        .collect();
    let stale: Vec<String> = listed
        .iter()
        .filter(|l| !served.contains(l))
        .map(|(m, p)| format!("{m} {p}"))
        .collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "the router serves routes the matrix does not list (add a row(..) to ROUTES in \
         crates/web/tests/route_matrix.rs for each):\n  {}\nthe matrix lists routes the router \
         does not serve:\n  {}",
        missing.join("\n  "),
        stale.join("\n  ")
    );
    let mut seen = std::collections::HashSet::new();
    for r in ROUTES {
        assert!(
            seen.insert((r.method, r.route)),
            "{} {} listed twice",
            r.method,
            r.route
        );
        assert!(
            r.sample.starts_with(':') || fits(r.route, r.sample),
            "the sample {} does not fit {}",
            r.sample,
            r.route
        );
    }
}

/// A role's credentials: the cookie header and the CSRF token its forms carry.
struct Who {
    role: Role,
    name: &'static str,
    cookie: String,
    csrf: String,
}

async fn who(app: &TestApp, role: Role, account: Option<&'static str>) -> Who {
    match account {
        Some(name) => {
            let user = app.db.store.user_by_name(name).await.expect("user");
            let session = app.db.store.sign_in(&user).await.expect("session");
            Who {
                role,
                name,
                cookie: format!("td_session={}", session.token),
                csrf: session.csrf_token,
            }
        }
        None => {
            let csrf = app.state.guard.new_csrf();
            Who {
                role,
                name: "anonymous",
                cookie: format!("td_csrf={csrf}"),
                csrf,
            }
        }
    }
}

/// The demo's ids for the addresses that name a row by number.
async fn fill(app: &TestApp, sample: &str) -> String {
    let isu = app.session_for("demo-isu").await;
    let ccm = app.db.store.convention("ccm").await.expect("ccm");
    // The meeting carrying the demo programme (13MSP in the demo as loaded).
    let programme = app
        .db
        .store
        .demo_programme_meeting(&ccm)
        .await
        .expect("label")
        .expect("a demo programme");
    let mut out = sample
        .replace(":css", treatydesk_web::pages::assets::css_path())
        .replace(":world", treatydesk_web::pages::map::world_path())
        .replace("/13MSP/", &format!("/{programme}/"));
    if out.contains(":registration") {
        let json = app
            .get_as(
                "/api/v1/conventions/ccm/meetings/3RC/registrations",
                Some(&isu),
            )
            .await
            .json();
        let id = first_id(&json, "registrations").unwrap_or_else(|| "1".into());
        out = out.replace(":registration", &id);
    }
    if out.contains(":session") || out.contains(":speaker") {
        let json = app
            .get(&format!(
                "/api/v1/conventions/ccm/meetings/{programme}/programme"
            ))
            .await
            .json();
        let sessions: Vec<&serde_json::Value> = json["days"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|d| d["sessions"].as_array().into_iter().flatten())
            .collect();
        // A session with a speaker, so that both ids name real rows.
        let with_speaker = sessions.iter().find_map(|s| {
            let speaker = s["panel"]
                .as_array()
                .into_iter()
                .flatten()
                .chain(s["list_of_speakers"].as_array().into_iter().flatten())
                .next()?;
            Some((s["id"].to_string(), speaker["id"].to_string()))
        });
        let (session, speaker) = with_speaker
            .or_else(|| sessions.first().map(|s| (s["id"].to_string(), "1".into())))
            .expect("the demo 13MSP programme has sessions");
        out = out
            .replace(":session", &session)
            .replace(":speaker", &speaker);
    }
    if out.contains(":nomination") {
        // Nigeria's (the demo focal point's State) nomination for the 3RC.
        let rc3 = app.db.store.meeting(&ccm, "3RC").await.expect("3RC");
        let id = app
            .db
            .store
            .nominations_for(&rc3)
            .await
            .expect("nominations")
            .iter()
            .find(|n| n.state == "NGA")
            .expect("the demo nominates Nigeria for the 3RC")
            .id;
        out = out.replace(":nomination", &id.to_string());
    }
    if out.contains(":decision") {
        let id = app
            .db
            .store
            .decision_records(&ccm, None)
            .await
            .expect("decisions")[0]
            .decision
            .id;
        out = out.replace(":decision", &id.to_string());
    }
    if out.contains(":statement") {
        out = out.replace(
            ":statement",
            &plant_statement(app, &programme).await.to_string(),
        );
    }
    if out.contains(":notice") {
        let id = app.db.store.messages(&ccm, None).await.expect("messages")[0]
            .message
            .id;
        out = out.replace(":notice", &id.to_string());
    }
    if out.contains(":advice") || out.contains(":advmsg") || out.contains(":advatt") {
        let (request, message, attachment) = plant_advice(app).await;
        out = out
            .replace(":advice", &request.to_string())
            .replace(":advmsg", &message.to_string())
            .replace(":advatt", &attachment.to_string());
    }
    if out.contains(":rffile") {
        let (report, file) = plant_report_file(app).await;
        out = out
            .replace(":rfreport", &report.to_string())
            .replace(":rffile", &file.to_string());
    }
    if out.contains(":reportdraft") {
        out = out.replace(":reportdraft", &plant_report_draft(app).await.to_string());
    }
    if out.contains(":extdraft") {
        out = out.replace(":extdraft", &plant_extension_draft(app).await.to_string());
    }
    if out.contains(":logentry") {
        let gichd = app.db.store.organization("GICHD").await.expect("GICHD");
        let id = app
            .db
            .store
            .contact_log(&ccm, &gichd)
            .await
            .expect("log")
            .iter()
            .find(|e| !e.follow_up.is_empty())
            .expect("the demo's GICHD entry with a follow-up")
            .id;
        out = out.replace(":logentry", &id.to_string());
    }
    if out.contains(":outreach") {
        let ago = app.db.store.actor("AGO").await.expect("Angola");
        let id = app
            .db
            .store
            .outreach_entries(&ccm, Some(&ago.code))
            .await
            .expect("entries")
            .first()
            .expect("the demo's entries on Angola")
            .activity
            .id;
        out = out.replace(":outreach", &id.to_string());
    }
    if out.contains(":action") {
        let id = app.db.store.actions(&ccm).await.expect("actions")[0].id;
        out = out.replace(":action", &id.to_string());
    }
    out
}

/// The id of a draft extension request of Nigeria (filed by its focal point), planted once.
async fn plant_extension_draft(app: &TestApp) -> i32 {
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    if let Some(r) = store
        .extension_requests(&ccm)
        .await
        .expect("requests")
        .into_iter()
        .find(|r| r.state_code == "NGA" && r.status == "draft")
    {
        return r.id;
    }
    store
        .file_extension_request(
            &Author::cli("route matrix: a draft extension request, made up"),
            &ccm,
            treatydesk_store::extensions::RequestInput {
                state: "NGA".into(),
                obligation: "art4-clearance".into(),
                contents: [("a".to_string(), "DEMO: made up".to_string())].into(),
                ..Default::default()
            },
            time::macros::date!(2026 - 01 - 01),
        )
        .await
        .expect("draft")
        .id
}

/// A text file attached to Nigeria's draft report (the report's id and the file's), planted
/// once.
async fn plant_report_file(app: &TestApp) -> (i32, i32) {
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    let id = plant_report_draft(app).await;
    let report = store.report(&ccm, id).await.expect("report").report;
    let file = match store.report_files(&report).await.expect("files").first() {
        Some(f) => f.id,
        None => {
            store
                .attach_report_files(
                    &Author::cli("route matrix: a file, made up"),
                    &app.state.files,
                    &ccm,
                    id,
                    &[b"DEMO: made up".to_vec()],
                )
                .await
                .expect("file")[0]
                .id
        }
    };
    (id, file)
}

/// The id of a draft transparency report of Nigeria (filed by its focal point), planted once.
async fn plant_report_draft(app: &TestApp) -> i32 {
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    if let Some(r) = store
        .reports(&ccm)
        .await
        .expect("reports")
        .into_iter()
        .find(|r| r.state_code == "NGA" && r.status == "draft")
    {
        return r.id;
    }
    store
        .file_report(
            &Author::cli("route matrix: a draft transparency report, made up"),
            &ccm,
            treatydesk_store::reports::ReportInput {
                state: "NGA".into(),
                obligation: "art7-annual".into(),
                period: Some(2025),
                ..Default::default()
            },
            time::macros::date!(2026 - 01 - 01),
        )
        .await
        .expect("draft")
        .id
}

/// The id of a statement of the demo programme's meeting, recorded by the ISU if none is.
async fn plant_statement(app: &TestApp, label: &str) -> i32 {
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    let m = store.meeting(&ccm, label).await.expect("meeting");
    if let Some(s) = store
        .statements_of_meeting(&m)
        .await
        .expect("statements")
        .first()
    {
        return s.id;
    }
    let programme = store.programme(&m).await.expect("programme");
    let (session, speaker) = programme
        .iter()
        .find_map(|x| Some((x.session.id, x.panel.iter().chain(&x.floor).next()?.id)))
        .expect("a demo session with a speaker");
    store
        .record_statement(
            &Author::cli("route matrix"),
            &app.state.files,
            &ccm,
            &m,
            &treatydesk_store::statements::Uploader::Isu,
            &treatydesk_store::statements::NewStatement {
                session_id: session,
                speaker_id: speaker,
                lang: "en".into(),
                title: "DEMO statement made up by the route matrix test".into(),
            },
            b"DEMO statement made up by the route matrix test.",
        )
        .await
        .expect("planted statement")
        .id
}

/// The demo's request for advice (Nigeria's, confidential), its question and an attachment
/// (an answer of the ISU with a file, planted once).
async fn plant_advice(app: &TestApp) -> (i32, i32, i32) {
    let store = &app.db.store;
    let ccm = store.convention("ccm").await.expect("ccm");
    let request = store
        .advice_requests(&ccm)
        .await
        .expect("requests")
        .into_iter()
        .find(|r| r.state_code == "NGA" && !r.shared)
        .expect("the demo's request of Nigeria");
    let question = store.advice_messages(&request).await.expect("messages")[0].id;
    let attachments = store
        .advice_attachments(&request)
        .await
        .expect("attachments");
    let attachment = match attachments.first() {
        Some(a) => a.id,
        None => {
            store
                .post_advice_message(
                    &Author::cli("route matrix"),
                    &app.state.files,
                    &request,
                    treatydesk_store::advice::Side::Isu,
                    "DEMO answer made up by the route matrix test.",
                    &[b"DEMO attachment made up by the route matrix test.".to_vec()],
                )
                .await
                .expect("planted answer");
            store
                .advice_attachments(&request)
                .await
                .expect("attachments")[0]
                .id
        }
    };
    (request.id, question, attachment)
}

fn first_id(json: &serde_json::Value, list: &str) -> Option<String> {
    json[list].as_array()?.first().map(|r| r["id"].to_string())
}

/// Is this answer a refusal of a reader below the route's level?
fn refused(who: &Who, address: &str, answer: &Answer) -> bool {
    match answer.status {
        StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN | StatusCode::NOT_FOUND => true,
        // Pages send an anonymous reader to sign in, and back here afterwards.
        StatusCode::SEE_OTHER => {
            who.role == Anonymous
                && answer
                    .location()
                    .is_some_and(|l| l.starts_with("/login?next=") && !address.starts_with("/api/"))
        }
        _ => false,
    }
}

#[tokio::test]
async fn route_matrix_every_route_get_and_post_for_every_role() {
    let app = TestApp::new().await;
    plant_registration(&app).await;
    plant_documents(&app).await;
    plant_report(&app).await;
    // The ISU sees what was planted: the markers can show, so their absence below means.
    let isu = app.session_for("demo-isu").await;
    let listed = app.get_as("/ccm/documents", Some(&isu)).await.body;
    for (_, title, _) in PLANTED {
        assert!(
            listed.contains(title),
            "the ISU's document list shows {title}"
        );
    }
    let mut addresses = Vec::new();
    for r in ROUTES {
        addresses.push(fill(&app, r.sample).await);
    }
    let mut checked = 0usize;
    let mut failures = Vec::new();
    // Every GET first, then every POST from the most open role up: a POST that succeeds on
    // an empty form (a delete, a sign-out) changes what later requests find.
    for method in [GET, POST] {
        for (role, account) in ROLES {
            for (r, address) in ROUTES.iter().zip(&addresses) {
                if r.method != method {
                    continue;
                }
                // A fresh session for every request: a POST may end it (`/logout`).
                let who = who(&app, role, account).await;
                let answer = match method {
                    GET => {
                        app.get_with(address, &[("cookie", who.cookie.as_str())])
                            .await
                    }
                    _ => post_empty(&app, &who, address, r.multipart).await,
                };
                checked += 1;
                check(r, &who, address, &answer, &mut failures);
            }
        }
    }
    eprintln!(
        "route matrix: {} routes ({} GET, {} POST) x {} roles = {checked} requests checked",
        ROUTES.len(),
        ROUTES.iter().filter(|r| r.method == GET).count(),
        ROUTES.iter().filter(|r| r.method == POST).count(),
        ROLES.len()
    );
    assert_eq!(checked, ROUTES.len() * ROLES.len());
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// One answer against its row.
fn check(r: &Row, who: &Who, address: &str, answer: &Answer, failures: &mut Vec<String>) {
    let allowed = r.allowed.admits(who.role);
    let status = answer.status;
    let line = format!(
        "{} {} {} at {address} ({}, allowed {:?}): {status}",
        who.name,
        r.method,
        r.route,
        allowed_word(allowed),
        r.allowed
    );
    if status.is_server_error() {
        failures.push(format!("{line}: a server error: {}", snippet(&answer.body)));
        return;
    }
    // Nothing above the reader's level shows, whatever the answer.
    for (marker, level) in MARKERS {
        if who.role < *level && answer.body.contains(marker) {
            failures.push(format!("{line}: the body shows {marker:?}"));
        }
    }
    if allowed {
        let ok = match r.method {
            GET => status.is_success() || status.is_redirection(),
            // An empty form: a validation refusal or a success, never a refusal of the reader.
            _ => status != StatusCode::UNAUTHORIZED && status != StatusCode::FORBIDDEN,
        };
        if !ok {
            failures.push(format!(
                "{line}: the allowed role is refused: {}",
                snippet(&answer.body)
            ));
        }
    } else if r.hidden && status != StatusCode::NOT_FOUND {
        failures.push(format!(
            "{line}: a record hidden from this role is not answered as missing (D16)"
        ));
    } else if !refused(who, address, answer) {
        failures.push(format!(
            "{line}: a role not allowed is not refused: {}",
            snippet(&answer.body)
        ));
    }
}

fn allowed_word(allowed: bool) -> &'static str {
    if allowed { "allowed" } else { "below" }
}

/// What a failure shows of a body: a page's title, else its first characters.
fn snippet(body: &str) -> String {
    match body
        .split_once("<title>")
        .and_then(|(_, t)| t.split_once("</title>"))
    {
        Some((title, _)) => title.to_string(),
        None => body.chars().take(160).collect(),
    }
}

const BOUNDARY: &str = "route-matrix-boundary-5nK2x";

/// A multipart body of text fields and, if given, a credentials file.
fn multipart(fields: &[(&str, &str)], file: Option<&[u8]>) -> String {
    let mut body = String::new();
    for (name, value) in fields {
        body.push_str(&format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        ));
    }
    if let Some(content) = file {
        body.push_str(&format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"credentials\"; \
             filename=\"c.pdf\"\r\nContent-Type: application/pdf\r\n\r\n{}\r\n",
            String::from_utf8_lossy(content)
        ));
    }
    body.push_str(&format!("--{BOUNDARY}--\r\n"));
    body
}

/// A registration with its credentials file, so that the ISU's credentials address names one.
async fn plant_registration(app: &TestApp) {
    let anonymous = who(app, Anonymous, None).await;
    let body = multipart(
        &[
            ("csrf", anonymous.csrf.as_str()),
            ("category", "state-party"),
            ("actor", "NGA"),
            ("organization", ""),
            ("family_name", "Bello"),
            ("given_name", "Musa"),
            ("email", "musa@example.org"),
            ("role", "head"),
        ],
        Some(b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"),
    );
    let request = Request::post("/ccm/meetings/3RC/register")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(header::COOKIE, &anonymous.cookie)
        .body(Body::from(body))
        .expect("request");
    let answer = app.send(request).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
}

/// A POST with the role's own CSRF token and nothing else: a form (multipart for an upload
/// form) for pages, `{}` for the API (the token in `x-csrf-token`, as a signed-in client of the
/// API sends it).
async fn post_empty(app: &TestApp, who: &Who, address: &str, is_multipart: bool) -> Answer {
    let (content_type, body) = if address.starts_with("/api/") {
        ("application/json".to_string(), "{}".to_string())
    } else if is_multipart {
        (
            format!("multipart/form-data; boundary={BOUNDARY}"),
            multipart(&[("csrf", who.csrf.as_str())], None),
        )
    } else {
        (
            "application/x-www-form-urlencoded".to_string(),
            format!("csrf={}", who.csrf),
        )
    };
    let request = Request::builder()
        .method(Method::POST)
        .uri(address)
        .header(header::CONTENT_TYPE, content_type.as_str())
        .header(header::COOKIE, &who.cookie)
        .header("x-csrf-token", who.csrf.as_str())
        .body(Body::from(body))
        .expect("request");
    app.send(request).await
}

/// Every operation of the OpenAPI description is a row of the matrix (and so is served and
/// checked for every role).
#[tokio::test]
async fn route_matrix_covers_every_operation_in_the_openapi_description() {
    let app = TestApp::new().await;
    let doc = app.get("/api/openapi.json").await.json();
    let paths = doc["paths"].as_object().expect("paths");
    assert!(paths.len() >= 5);
    let mut missing = Vec::new();
    for (path, item) in paths {
        for method in item.as_object().expect("operations").keys() {
            let method = method.to_uppercase();
            if !ROUTES.iter().any(|r| r.route == path && r.method == method) {
                missing.push(format!("{method} {path}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not in the matrix: {}",
        missing.join(", ")
    );
}

/// Every API operation that refuses a reader who has not signed in says so in the OpenAPI
/// description (401), as well as what it answers a role below the one it needs (403): a client
/// generated from the description meets no status it was not told of.
#[tokio::test]
async fn route_matrix_signed_in_api_operations_document_401_and_403() {
    let app = TestApp::new().await;
    let doc = app.get("/api/openapi.json").await.json();
    let mut undocumented = Vec::new();
    for r in ROUTES {
        if !r.route.starts_with("/api/v1/") || r.allowed.admits(Anonymous) || r.hidden {
            continue;
        }
        let Some(op) = doc["paths"][r.route][r.method.to_lowercase()].as_object() else {
            continue;
        };
        for status in ["401", "403"] {
            // The user's own account pages, and anything every signed-in reader may use, need
            // only a sign-in, never a role.
            if status == "403"
                && (r.route.starts_with("/api/v1/account")
                    || matches!(r.allowed, Allowed::From(Observer)))
            {
                continue;
            }
            if op["responses"].get(status).is_none() {
                undocumented.push(format!(
                    "{} {} does not document {status}",
                    r.method, r.route
                ));
            }
        }
    }
    assert!(undocumented.is_empty(), "{}", undocumented.join("\n"));
}

/// Issue 19 item 2: every page of the route list, read in French, Spanish and Arabic by the
/// administrator (who sees the most), names the architecture in the reader's language: no
/// English name of a preset's kinds of meeting, bodies, seats, offices or committee shows
/// where the preset gives the reader's form.
#[tokio::test]
async fn p19_2_preset_names_every_page_in_fr_es_ar() {
    let app = TestApp::new().await;
    plant_registration(&app).await;
    let admin = who(&app, Admin, Some("demo-admin")).await;
    let mut english: Vec<(String, Vec<String>)> = Vec::new();
    for code in ["ccm", "aplc", "ccw", "bwc"] {
        for t in treatydesk_store::registry::glossary_of(code).terms() {
            let forms = [&t.fr, &t.es, &t.ar]
                .into_iter()
                .flatten()
                .cloned()
                .collect::<Vec<_>>();
            if forms.iter().all(|f| f != &t.en) && !english.iter().any(|(e, _)| e == &t.en) {
                english.push((t.en.clone(), forms));
            }
        }
    }
    assert!(english.len() > 40, "the presets name their architecture");
    // Pages whose English is record text, not the preset's names (issue 19 item 3).
    const DATA_PAGES: [(&str, &str); 2] = [
        (
            "/audit",
            "the audit log's summaries are written once, in English, as the write happens",
        ),
        (
            "/programme",
            "session titles are record text as the ISU typed them (the demo's are English)",
        ),
    ];
    let mut failures = Vec::new();
    let mut pages = 0;
    for r in ROUTES.iter().filter(|r| r.method == GET) {
        let address = fill(&app, r.sample).await;
        if DATA_PAGES.iter().any(|(p, _)| address.contains(p)) {
            continue;
        }
        for lang in ["fr", "es", "ar"] {
            let answer = app
                .get_with(
                    &address,
                    &[("cookie", admin.cookie.as_str()), ("accept-language", lang)],
                )
                .await;
            let html = answer
                .headers
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.starts_with("text/html"));
            if answer.status != StatusCode::OK || !html {
                continue;
            }
            pages += 1;
            let text = visible_text(&answer.body);
            for (name, _) in &english {
                let data = |at: usize| {
                    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
                    english_sentence(&text[start..end], name)
                };
                if let Some(at) = find_word(&text, name, &data) {
                    let mut from = at.saturating_sub(60);
                    while !text.is_char_boundary(from) {
                        from -= 1;
                    }
                    let around: String = text[from..]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .chars()
                        .take(120)
                        .collect();
                    failures.push(format!("{lang} {address}: \"{name}\" in «{around}»"));
                }
            }
        }
    }
    assert!(pages > 100, "{pages} pages read");
    assert!(
        failures.is_empty(),
        "{} English preset names on translated pages:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The text a reader sees, one piece per run of text between tags (scripts and styles left out).
fn visible_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        out.push('\n');
        let tail = &rest[open..];
        let skip_to = if tail.starts_with("<script") {
            tail.find("</script>").map(|i| i + 9)
        } else if tail.starts_with("<style") {
            tail.find("</style>").map(|i| i + 8)
        } else {
            tail.find('>').map(|i| i + 1)
        };
        match skip_to {
            Some(n) => rest = &tail[n..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out.replace("&#39;", "'")
        .replace("&amp;", "&")
        .replace("&#38;", "&")
}

/// Record text as entered shows in the language it was written in (the demo's is English):
/// a run of text that, the name aside, reads as an English sentence is data, not the preset's
/// name (issue 19 item 3 is about data).
fn english_sentence(piece: &str, name: &str) -> bool {
    const WORDS: [&str; 14] = [
        "the", "of", "and", "a", "an", "in", "to", "on", "by", "for", "with", "from", "is", "are",
    ];
    piece
        .replacen(name, " ", 1)
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| WORDS.contains(&w.to_lowercase().as_str()))
        // The demo's made-up records say so.
        || piece.trim_start().starts_with("DEMO")
}

/// `name` as a whole phrase in `text` (not inside a longer word), where `skip` does not say it
/// is data.
fn find_word(text: &str, name: &str, skip: &dyn Fn(usize) -> bool) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = text[from..].find(name) {
        let at = from + i;
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-');
        if boundary(before) && boundary(after) && !skip(at) {
            return Some(at);
        }
        from = at + name.len();
    }
    None
}
