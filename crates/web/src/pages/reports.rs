//! Transparency reports filled online (issue 17 item 1; CCM Art. 7 forms A-J, BWC CBMs):
//! `/{code}/reports` (the reports the reader may read: submitted ones of the level their State
//! chose, drafts to their State and the ISU), `/{code}/reports/new` (a focal point for its own
//! State, the ISU for any State from a report received on paper, marked so), `/{code}/reports/{id}`
//! (the report form by form, its findings and versions; the State's edit, submission or
//! correction), `/{code}/reports/compiled` (totals per year and per State of the reports the
//! reader may read, with a chart and its table, and CSV/XLSX).
//!
//! It must never write except through the store's audited `reports` functions, and never lose
//! what was typed when it refuses (422 with the page as typed). A report the reader may not read
//! is answered as missing (404).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Form, Router};
use serde::Deserialize;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::advice::{focal_point_states, may_write_for_state};
use treatydesk_domain::obligation::Obligation;
use treatydesk_domain::transparency::{
    FormShape, FormStatus, ReportFacts, ReportFinding, ReportForm, findings,
};
use treatydesk_store::StoreError;
use treatydesk_store::entities::convention;
use treatydesk_store::reports::{DRAFT, ReportRecord, SUBMITTED, forms_of, is_annual};

use super::{Choice, ShownDate, download_file, render_form};
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::services::exports;
use crate::views::advice::askable_states;
use crate::views::extensions::{is_isu, may_file_for};
use crate::views::listing::{name_in, today};
use crate::views::reports::{
    CompiledOut, FormTyped, ReportTyped, compiled, list, may_file, readable, report_url,
};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/reports", get(list_page).post(file))
        .route("/{code}/reports/new", get(new_page))
        .route("/{code}/reports/compiled", get(compiled_page))
        .route("/{code}/reports/compiled.csv", get(compiled_csv))
        .route("/{code}/reports/compiled.xlsx", get(compiled_xlsx))
        .route("/{code}/reports/{id}", get(report_page).post(revise))
        .route("/{code}/reports/{id}/files/{file}", get(download))
}

/// The largest file post: one file and the form around it.
const UPLOAD_LIMIT: usize = treatydesk_store::files::MAX_FILE + 64 * 1024;

/// The form that takes a file: its own, larger body limit.
pub fn upload_routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/reports/{id}/files", axum::routing::post(attach))
        .layer(axum::extract::DefaultBodyLimit::max(UPLOAD_LIMIT))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(UPLOAD_LIMIT))
}

/// Blank rows offered under a structured form's rows.
const BLANK_ROWS: usize = 3;

#[derive(Deserialize, Default)]
pub struct NewQuery {
    #[serde(default)]
    obligation: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    period: String,
    #[serde(default)]
    saved: String,
}

/// A finding in the reader's language.
struct FindingView {
    severity: String,
    sentence: String,
}

/// One form as the page shows it (and its inputs, as typed).
struct FormView {
    key: String,
    name: String,
    shape: &'static str,
    status: String,
    since: String,
    text: String,
    /// Rows as typed, with blank rows to add more when editing.
    rows: Vec<(usize, [String; 4])>,
    /// Rows for reading, numbers as the reader's language writes them.
    shown: Vec<[String; 4]>,
    mark: String,
}

struct Row {
    url: String,
    state: String,
    report: String,
    period: String,
    status: String,
    status_slug: String,
    access: String,
    received: Option<ShownDate>,
    on_behalf: bool,
}

struct VersionView {
    revision: i32,
    by: String,
    at: String,
    reason: String,
}

#[derive(Template)]
#[template(path = "reports.html")]
struct ListPage {
    ctx: Ctx,
    code: String,
    convention: String,
    rows: Vec<Row>,
    may_file: bool,
    obligations: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage {
    ctx: Ctx,
    code: String,
    convention: String,
    /// None for a new report.
    id: Option<i32>,
    title: String,
    state: String,
    state_name: String,
    states: Vec<Choice>,
    obligation: String,
    obligation_name: String,
    article: String,
    annual: bool,
    period: String,
    access: String,
    access_label: String,
    status: String,
    status_slug: String,
    on_behalf: bool,
    received: Option<ShownDate>,
    received_on: String,
    forms: Vec<FormView>,
    findings: Vec<FindingView>,
    versions: Vec<VersionView>,
    /// The files attached: address and name.
    files: Vec<(String, String)>,
    source: String,
    may_edit: bool,
    correcting: bool,
    is_isu: bool,
    problems: Vec<String>,
    saved: bool,
}

fn status_label(ctx: &Ctx, slug: &str) -> String {
    ctx.t(&format!("report-status-{slug}"))
}

fn access_label(ctx: &Ctx, slug: &str) -> String {
    ctx.t(&format!("report-access-{slug}"))
}

fn finding_view(ctx: &Ctx, forms: &[ReportForm], f: &ReportFinding) -> FindingView {
    let form = forms
        .iter()
        .find(|g| g.key == f.form)
        .map_or_else(|| f.form.clone(), |g| g.name.get(ctx.lang).to_string());
    let value = f.value.map(|v| v.to_string()).unwrap_or_default();
    FindingView {
        severity: f.severity.slug().to_string(),
        sentence: crate::i18n::tr_args(
            ctx.lang,
            &format!("report-finding-{}", f.code),
            &[("form", form.as_str()), ("value", value.as_str())],
        ),
    }
}

fn shown_number(ctx: &Ctx, raw: &str) -> String {
    match raw.trim().parse::<usize>() {
        Ok(n) => ctx.number(&n),
        Err(_) => raw.to_string(),
    }
}

fn form_views(
    ctx: &Ctx,
    forms: &[ReportForm],
    typed: &ReportTyped,
    editing: bool,
) -> Vec<FormView> {
    forms
        .iter()
        .map(|f| {
            let t = typed
                .forms
                .get(&f.key)
                .cloned()
                .unwrap_or_else(FormTyped::default);
            let filled: Vec<[String; 4]> = t
                .rows
                .iter()
                .filter(|r| r.iter().any(|c| !c.trim().is_empty()))
                .cloned()
                .collect();
            let shown = filled
                .iter()
                .map(|r| match f.shape {
                    FormShape::Area => [
                        r[0].clone(),
                        shown_number(ctx, &r[1]),
                        shown_number(ctx, &r[2]),
                        String::new(),
                    ],
                    _ => [
                        r[0].clone(),
                        shown_number(ctx, &r[1]),
                        r[2].clone(),
                        shown_number(ctx, &r[3]),
                    ],
                })
                .collect();
            let mut rows = filled;
            if editing && f.shape != FormShape::Text {
                rows.extend(std::iter::repeat_n(Default::default(), BLANK_ROWS));
            }
            let status = if t.status.is_empty() {
                FormStatus::Changed.slug().to_string()
            } else {
                t.status.clone()
            };
            let mark = match FormStatus::from_slug(&status) {
                Some(FormStatus::Unchanged) => ctx.ts("report-shown-unchanged", &t.since),
                Some(FormStatus::NotApplicable) => ctx.t("report-mark-not-applicable"),
                _ => String::new(),
            };
            FormView {
                key: f.key.clone(),
                name: f.name.get(ctx.lang).to_string(),
                shape: f.shape.slug(),
                status,
                since: t.since.clone(),
                text: t.text.clone(),
                rows: rows.into_iter().enumerate().collect(),
                shown,
                mark,
            }
        })
        .collect()
}

async fn state_name(state: &AppState, ctx: &Ctx, code: &str) -> String {
    match state.store.actor(code).await {
        Ok(a) => name_in(&a, ctx.lang).to_string(),
        Err(_) => code.to_string(),
    }
}

fn obligation_choices(ctx: &Ctx, obligations: &[Obligation], chosen: &str) -> Vec<Choice> {
    obligations
        .iter()
        .map(|o| Choice {
            value: o.key.clone(),
            label: format!("{} ({})", o.name.get(ctx.lang), o.article),
            selected: o.key == chosen,
        })
        .collect()
}

pub async fn list_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let names: std::collections::HashMap<String, String> = state
        .store
        .actors()
        .await?
        .iter()
        .map(|a| (a.code.clone(), name_in(a, ctx.lang).to_string()))
        .collect();
    let rows = list(&ctx, &state.store, &c)
        .await?
        .into_iter()
        .map(|r| Row {
            url: report_url(&c.code, r.report.id),
            state: names
                .get(&r.report.state_code)
                .cloned()
                .unwrap_or_else(|| r.report.state_code.clone()),
            report: format!(
                "{} ({})",
                r.obligation.name.get(ctx.lang),
                r.obligation.article
            ),
            period: r.report.period.map(|y| y.to_string()).unwrap_or_default(),
            status: status_label(&ctx, &r.report.status),
            status_slug: r.report.status.clone(),
            access: access_label(&ctx, &r.report.access),
            received: ctx.opt_date(r.report.received_on),
            on_behalf: r.report.on_behalf,
        })
        .collect();
    let obligations = state.store.reported_obligations(&c).await?;
    let page = ListPage {
        convention: convention_name(&ctx, &c),
        code: c.code.clone(),
        rows,
        may_file: may_file(&ctx, &c),
        obligations: obligation_choices(&ctx, &obligations, ""),
        ctx,
    };
    render_form(&page, false)
}

/// The new-report page, for the obligation chosen (or the first reported on forms).
async fn show_new(
    ctx: Ctx,
    state: &AppState,
    c: &convention::Model,
    typed: ReportTyped,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let obligations = state.store.reported_obligations(c).await?;
    let ob = obligations
        .iter()
        .find(|o| o.key == typed.obligation)
        .or_else(|| obligations.first())
        .cloned()
        .ok_or_else(|| {
            WebError::NotFound(format!("{} has no report filled on forms", c.short_name))
        })?;
    let forms = forms_of(c, &ob.key);
    let states = askable_states(&ctx, state, c)
        .await?
        .into_iter()
        .map(|(value, label)| Choice {
            selected: value == typed.state.trim().to_uppercase(),
            value,
            label,
        })
        .collect();
    let page = ReportPage {
        convention: convention_name(&ctx, c),
        code: c.code.clone(),
        id: None,
        title: ctx.t("report-new-title"),
        state: typed.state.clone(),
        state_name: String::new(),
        states,
        obligation: ob.key.clone(),
        obligation_name: ob.name.get(ctx.lang).to_string(),
        article: ob.article.clone(),
        annual: is_annual(&ob),
        period: typed.period.clone(),
        access: typed.access.clone(),
        access_label: String::new(),
        status: String::new(),
        status_slug: String::new(),
        on_behalf: false,
        received: None,
        received_on: typed.received_on.clone(),
        forms: form_views(&ctx, &forms, &typed, true),
        findings: Vec::new(),
        versions: Vec::new(),
        files: Vec::new(),
        source: String::new(),
        may_edit: true,
        correcting: false,
        is_isu: is_isu(&ctx, c),
        problems,
        saved: false,
        ctx,
    };
    let refused = !page.problems.is_empty();
    let mut answer = render_form(&page, refused)?;
    no_store(&mut answer);
    Ok(answer)
}

fn no_store(answer: &mut Response) {
    answer.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("private, no-store"),
    );
}

fn refuse_unless_filer(ctx: &Ctx, c: &convention::Model) -> Result<(), WebError> {
    if may_file(ctx, c) {
        return Ok(());
    }
    ctx.require(&c.code, AccessLevel::Isu)?;
    Err(WebError::Forbidden)
}

pub async fn new_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<NewQuery>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    refuse_unless_filer(&ctx, &c)?;
    let own = focal_point_states(&ctx.viewer, &c.code);
    let typed = ReportTyped {
        obligation: q.obligation,
        state: if q.state.is_empty() {
            own.first().cloned().unwrap_or_default()
        } else {
            q.state
        },
        period: q.period,
        ..Default::default()
    };
    show_new(ctx, &state, &c, typed, Vec::new()).await
}

/// The page's form judged before it is stored, so that its findings are said in the reader's
/// language (the store judges again and refuses in English for the API).
fn translated_errors(
    ctx: &Ctx,
    ob: &Obligation,
    forms: &[ReportForm],
    input: &treatydesk_store::reports::ReportInput,
) -> Vec<String> {
    let of: Vec<&ReportForm> = forms.iter().collect();
    let found = findings(&ReportFacts {
        forms: &of,
        annual: is_annual(ob),
        period: input.period,
        entries: &input.forms,
    });
    if !input.submit {
        return Vec::new();
    }
    found
        .iter()
        .filter(|f| f.severity == treatydesk_domain::rules::Severity::Error)
        .map(|f| finding_view(ctx, forms, f).sentence)
        .collect()
}

pub async fn file(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let (typed, csrf) = ReportTyped::from_pairs(&pairs);
    ctx.check_csrf(&csrf)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    refuse_unless_filer(&ctx, &c)?;
    let wanted = typed.state.trim().to_uppercase();
    if !may_file_for(&ctx, &c, &wanted) {
        let problem = ctx.ts(
            "report-own-state-only",
            &focal_point_states(&ctx.viewer, &c.code).join(", "),
        );
        return show_new(ctx, &state, &c, typed, vec![problem]).await;
    }
    let on_behalf = !may_write_for_state(&ctx.viewer, &c.code, &wanted);
    let obligations = state.store.reported_obligations(&c).await?;
    let Some(ob) = obligations
        .iter()
        .find(|o| o.key == typed.obligation)
        .cloned()
    else {
        let problem = ctx.t("report-choose-obligation");
        return show_new(ctx, &state, &c, typed, vec![problem]).await;
    };
    let forms = forms_of(&c, &ob.key);
    let input = match typed.input(&ctx, on_behalf, &forms) {
        Ok(i) => i,
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            return show_new(ctx, &state, &c, typed, p).await;
        }
        Err(e) => return Err(e.into()),
    };
    let mut errors = Vec::new();
    match (is_annual(&ob), input.period) {
        (true, None) => errors.push(ctx.t("report-period-needed")),
        (true, Some(y)) if !(1990..today().year()).contains(&y) => {
            errors.push(ctx.ts("report-period-range", &y.to_string()))
        }
        _ => {}
    }
    errors.extend(translated_errors(&ctx, &ob, &forms, &input));
    if !errors.is_empty() {
        return show_new(ctx, &state, &c, typed, errors).await;
    }
    let reason = if input.submit {
        "submit a transparency report"
    } else {
        "save a transparency report as a draft"
    };
    match state
        .store
        .file_report(&ctx.author(reason), &c, input, today())
        .await
    {
        Ok(r) => {
            Ok(Redirect::to(&format!("{}?saved=1", report_url(&c.code, r.id))).into_response())
        }
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            show_new(ctx, &state, &c, typed, p).await
        }
        Err(StoreError::Conflict(_)) => {
            let problem = ctx.t("report-exists");
            show_new(ctx, &state, &c, typed, vec![problem]).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn show_report(
    ctx: Ctx,
    state: &AppState,
    c: &convention::Model,
    r: ReportRecord,
    typed: Option<ReportTyped>,
    problems: Vec<String>,
    saved: bool,
) -> Result<Response, WebError> {
    let q = &r.report;
    let may_edit = may_file_for(&ctx, c, &q.state_code);
    let shown = typed.clone().unwrap_or_else(|| ReportTyped::of(&r));
    let versions = state
        .store
        .report_revisions(q)
        .await?
        .into_iter()
        .map(|v| VersionView {
            revision: v.revision,
            by: v.recorded_by,
            at: ctx.date(v.recorded_at.date()).text,
            reason: v.reason,
        })
        .collect();
    let files = state
        .store
        .report_files(q)
        .await?
        .into_iter()
        .map(|f| {
            (
                crate::views::reports::file_url(&c.code, q.id, f.id),
                f.filename,
            )
        })
        .collect();
    let state_name = state_name(state, &ctx, &q.state_code).await;
    let title = match q.period {
        Some(y) => format!("{} {y}: {state_name}", r.obligation.name.get(ctx.lang)),
        None => format!("{}: {state_name}", r.obligation.name.get(ctx.lang)),
    };
    let page = ReportPage {
        convention: convention_name(&ctx, c),
        code: c.code.clone(),
        id: Some(q.id),
        title,
        state: q.state_code.clone(),
        state_name,
        states: Vec::new(),
        obligation: q.obligation.clone(),
        obligation_name: r.obligation.name.get(ctx.lang).to_string(),
        article: r.obligation.article.clone(),
        annual: is_annual(&r.obligation),
        period: q.period.map(|y| y.to_string()).unwrap_or_default(),
        access: if typed.is_some() {
            shown.access.clone()
        } else {
            q.access.clone()
        },
        access_label: access_label(&ctx, &q.access),
        status: status_label(&ctx, &q.status),
        status_slug: q.status.clone(),
        on_behalf: q.on_behalf,
        received: ctx.opt_date(q.received_on),
        received_on: shown.received_on.clone(),
        forms: form_views(&ctx, &r.forms, &shown, may_edit),
        findings: r
            .findings
            .iter()
            .map(|f| finding_view(&ctx, &r.forms, f))
            .collect(),
        versions,
        files,
        source: q.source.clone(),
        may_edit,
        correcting: q.status == SUBMITTED,
        is_isu: is_isu(&ctx, c),
        problems,
        saved,
        ctx,
    };
    let refused = !page.problems.is_empty();
    let mut answer = render_form(&page, refused)?;
    if q.status == DRAFT || may_edit {
        no_store(&mut answer);
    }
    Ok(answer)
}

pub async fn report_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    Query(q): Query<NewQuery>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let r = readable(&ctx, &state.store, &c, &id).await?;
    show_report(ctx, &state, &c, r, None, Vec::new(), q.saved == "1").await
}

pub async fn revise(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let (mut typed, csrf) = ReportTyped::from_pairs(&pairs);
    ctx.check_csrf(&csrf)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    let r = readable(&ctx, &state.store, &c, &id).await?;
    if !may_file_for(&ctx, &c, &r.report.state_code) {
        return Err(WebError::Forbidden);
    }
    let correcting = r.report.status == SUBMITTED;
    if correcting {
        typed.access = r.report.access.clone();
    }
    let input = match typed.input(&ctx, r.report.on_behalf, &r.forms) {
        Ok(i) => i,
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            return show_report(ctx, &state, &c, r, Some(typed), p, false).await;
        }
        Err(e) => return Err(e.into()),
    };
    let input = treatydesk_store::reports::ReportInput {
        period: r.report.period,
        submit: input.submit || correcting,
        ..input
    };
    let errors = translated_errors(&ctx, &r.obligation, &r.forms, &input);
    if !errors.is_empty() {
        return show_report(ctx, &state, &c, r, Some(typed), errors, false).await;
    }
    if correcting && typed.reason.trim().is_empty() {
        let problem = ctx.t("report-reason-needed");
        return show_report(ctx, &state, &c, r, Some(typed), vec![problem], false).await;
    }
    let reason = if correcting {
        typed.reason.trim().to_string()
    } else if input.submit {
        "submit a transparency report".to_string()
    } else {
        "save a transparency report as a draft".to_string()
    };
    match state
        .store
        .revise_report(&ctx.author(reason), &c, r.report.id, input, today())
        .await
    {
        Ok(done) => {
            Ok(Redirect::to(&format!("{}?saved=1", report_url(&c.code, done.id))).into_response())
        }
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            show_report(ctx, &state, &c, r, Some(typed), p, false).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn attach(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    multipart: axum::extract::Multipart,
) -> Result<Response, WebError> {
    let (fields, uploads) = super::read_multipart(multipart, false).await?;
    ctx.check_csrf(fields.get("csrf").map(String::as_str).unwrap_or(""))?;
    let c = crate::extract::convention(&state.store, &code).await?;
    let r = readable(&ctx, &state.store, &c, &id).await?;
    if !may_file_for(&ctx, &c, &r.report.state_code) {
        return Err(WebError::Forbidden);
    }
    let reason = match fields.get("reason").map(|s| s.trim()) {
        Some(given) if r.report.status == SUBMITTED => given.to_string(),
        _ if r.report.status == SUBMITTED => String::new(),
        _ => "attach a file to a transparency report".to_string(),
    };
    match state
        .store
        .attach_report_files(&ctx.author(reason), &state.files, &c, r.report.id, &uploads)
        .await
    {
        Ok(_) => Ok(
            Redirect::to(&format!("{}?saved=1", report_url(&c.code, r.report.id))).into_response(),
        ),
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            show_report(ctx, &state, &c, r, None, p, false).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn download(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id, file)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let r = readable(&ctx, &state.store, &c, &id).await?;
    let missing = || WebError::NotFound(format!("there is no file {file} in this report"));
    let number: i32 = file.parse().map_err(|_| missing())?;
    let found = state
        .store
        .report_files(&r.report)
        .await?
        .into_iter()
        .find(|f| f.id == number)
        .ok_or_else(missing)?;
    let bytes = state.files.read(&found.file_sha256)?;
    let media_type = state.store.media_type(&found.file_sha256).await?;
    let mut answer = (
        [
            (axum::http::header::CONTENT_TYPE, media_type),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}\"", found.filename),
            ),
        ],
        bytes,
    )
        .into_response();
    no_store(&mut answer);
    Ok(answer)
}

/// One bar of the compiled chart.
struct Bar {
    year: i32,
    x: usize,
    height: usize,
    y: usize,
    label: String,
}

struct YearRow {
    year: i32,
    reports: String,
    held: String,
    destroyed: String,
    contaminated: String,
    cleared: String,
}

struct StateRow {
    state: String,
    reports: String,
    latest_year: i32,
    held: String,
    destroyed: String,
    contaminated: String,
    cleared: String,
}

struct TimelinessRow {
    report: String,
    year: i32,
    on_time: String,
    late: String,
    missing: String,
}

/// A bar chart of one figure per year (its table is the page's table per year).
struct Chart {
    id: &'static str,
    title: String,
    bars: Vec<Bar>,
    width: usize,
}

#[derive(Template)]
#[template(path = "reports_compiled.html")]
struct CompiledPage {
    ctx: Ctx,
    code: String,
    convention: String,
    years: Vec<YearRow>,
    states: Vec<StateRow>,
    charts: Vec<Chart>,
    timeliness: Vec<TimelinessRow>,
}

/// The chart's drawing height (px) and one bar's width.
const CHART_HEIGHT: usize = 160;
const BAR_WIDTH: usize = 48;

/// Bars for one figure per year, scaled to the largest.
fn chart(ctx: &Ctx, id: &'static str, title: String, values: &[(i32, u64)]) -> Chart {
    let most = values.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let bars: Vec<Bar> = values
        .iter()
        .enumerate()
        .map(|(i, (year, v))| {
            let height = usize::try_from(v.saturating_mul(CHART_HEIGHT as u64) / most)
                .unwrap_or(CHART_HEIGHT);
            Bar {
                year: *year,
                x: 40 + i * (BAR_WIDTH + 16),
                height,
                y: 20 + CHART_HEIGHT - height,
                label: big(ctx, *v),
            }
        })
        .collect();
    Chart {
        id,
        title,
        width: 60 + bars.len() * (BAR_WIDTH + 16),
        bars,
    }
}

fn big(ctx: &Ctx, n: u64) -> String {
    ctx.number(&usize::try_from(n).unwrap_or(usize::MAX))
}

pub async fn compiled_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let data = compiled(&ctx, &state.store, &c).await?;
    let destroyed: Vec<(i32, u64)> = data.years.iter().map(|y| (y.year, y.destroyed)).collect();
    let cleared: Vec<(i32, u64)> = data.years.iter().map(|y| (y.year, y.cleared_m2)).collect();
    let charts = vec![
        chart(
            &ctx,
            "chart-destroyed",
            ctx.t("reports-chart-destroyed"),
            &destroyed,
        ),
        chart(
            &ctx,
            "chart-cleared",
            ctx.t("reports-chart-cleared"),
            &cleared,
        ),
    ];
    let obligations = state.store.reported_obligations(&c).await?;
    let timeliness = data
        .timeliness
        .iter()
        .map(|t| TimelinessRow {
            report: obligations
                .iter()
                .find(|o| o.key == t.obligation)
                .map_or_else(
                    || t.obligation.clone(),
                    |o| o.name.get(ctx.lang).to_string(),
                ),
            year: t.year,
            on_time: ctx.number(&t.on_time),
            late: ctx.number(&t.late),
            missing: ctx.number(&t.missing),
        })
        .collect();
    let mut names = std::collections::HashMap::new();
    for s in &data.states {
        names.insert(s.state.clone(), state_name(&state, &ctx, &s.state).await);
    }
    let page = CompiledPage {
        convention: convention_name(&ctx, &c),
        code: c.code.clone(),
        charts,
        timeliness,
        years: data
            .years
            .iter()
            .map(|y| YearRow {
                year: y.year,
                reports: ctx.number(&y.reports),
                held: big(&ctx, y.held),
                destroyed: big(&ctx, y.destroyed),
                contaminated: big(&ctx, y.contaminated_m2),
                cleared: big(&ctx, y.cleared_m2),
            })
            .collect(),
        states: data
            .states
            .iter()
            .map(|s| StateRow {
                state: names
                    .get(&s.state)
                    .cloned()
                    .unwrap_or_else(|| s.state.clone()),
                reports: ctx.number(&s.reports),
                latest_year: s.latest_year,
                held: big(&ctx, s.held),
                destroyed: big(&ctx, s.destroyed),
                contaminated: big(&ctx, s.contaminated_m2),
                cleared: big(&ctx, s.cleared_m2),
            })
            .collect(),
        ctx,
    };
    render_form(&page, false)
}

/// The compiled table per State and year, for the exports: headings, then rows.
fn export_table(ctx: &Ctx, data: &CompiledOut, stable: bool) -> (Vec<String>, Vec<Vec<String>>) {
    let headings = if stable {
        [
            "state",
            "latest_year",
            "reports",
            "held",
            "destroyed",
            "contaminated_m2",
            "cleared_m2",
        ]
        .map(String::from)
        .to_vec()
    } else {
        [
            "report-col-state",
            "report-col-latest-year",
            "report-col-reports",
            "report-col-held",
            "report-col-destroyed",
            "report-col-contaminated",
            "report-col-cleared",
        ]
        .map(|k| ctx.t(k))
        .to_vec()
    };
    let rows = data
        .states
        .iter()
        .map(|s| {
            vec![
                s.state.clone(),
                s.latest_year.to_string(),
                s.reports.to_string(),
                s.held.to_string(),
                s.destroyed.to_string(),
                s.contaminated_m2.to_string(),
                s.cleared_m2.to_string(),
            ]
        })
        .collect();
    (headings, rows)
}

pub async fn compiled_csv(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let data = compiled(&ctx, &state.store, &c).await?;
    let (headings, rows) = export_table(&ctx, &data, true);
    let bytes = exports::table_csv(&headings, &rows)
        .map_err(|e| WebError::Internal(format!("the file could not be written: {e}")))?;
    Ok(download_file(
        bytes,
        "text/csv; charset=utf-8",
        format!("{}-reports-compiled.csv", c.code),
    ))
}

pub async fn compiled_xlsx(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let data = compiled(&ctx, &state.store, &c).await?;
    let (headings, rows) = export_table(&ctx, &data, false);
    let bytes = exports::table_xlsx(&headings, &rows)
        .map_err(|e| WebError::Internal(format!("the file could not be written: {e}")))?;
    Ok(download_file(
        bytes,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        format!("{}-reports-compiled.xlsx", c.code),
    ))
}
