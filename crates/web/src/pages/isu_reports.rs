//! The ISU's reports to formal meetings (issue 14 item 5; P4.4(i)): `/{code}/isu/reports` (the
//! list: drafts for the ISU, published reports for everyone; the ISU generates a draft for a
//! meeting there), `/{code}/isu/reports/{n}` (the report as HTML, with the ISU's forms to edit
//! the prose of a draft and to publish it under the symbol it confirms) and
//! `/{code}/isu/reports/{n}.pdf` (the same report as a PDF, headings in the reader's language).
//!
//! It must never write except through the store's audited report functions, never let anyone
//! below ISU staff write or read a draft (a draft is not found for them), never accept an edit
//! of a published report (it is frozen), and never lose what was typed when it refuses (422
//! with the form as typed).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use treatydesk_domain::meeting::MeetingKind;
use treatydesk_domain::{AccessLevel, Lang};
use treatydesk_store::StoreError;
use treatydesk_store::entities::convention;
use treatydesk_store::isu_reports::{self as reports, Prose};

use super::{Choice, render_form};
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::services::report_pdf::{Labels, report_pdf};
use crate::views::isu_reports::{
    ReportGenerateIn, ReportItemOut, ReportOut, ReportProseIn, ReportSectionProseIn, merged_prose,
    period_bounds, readable_report, report_out, reports_out, section_keys, title,
};
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/isu/reports", get(reports_page).post(generate_post))
        .route("/{code}/isu/reports/{file}", get(report_file))
        .route("/{code}/isu/reports/{number}/prose", post(prose_post))
        .route(
            "/{code}/isu/reports/{number}/publication",
            post(publish_post),
        )
}

#[derive(Deserialize, Default)]
pub struct SavedQuery {
    #[serde(default)]
    saved: String,
}

#[derive(Deserialize, Default, Clone)]
pub struct GenerateForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    meeting: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    until: String,
}

#[derive(Deserialize, Default, Clone)]
pub struct PublishForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    symbol: String,
}

#[derive(Template)]
#[template(path = "isu_reports.html")]
struct ListPage {
    ctx: Ctx,
    code: String,
    convention: String,
    reports: Vec<ReportItemOut>,
    may_write: bool,
    meetings: Vec<Choice>,
    form: GenerateForm,
    problems: Vec<String>,
}

/// A section's prose in the edit form.
struct ProseField {
    key: String,
    heading: String,
    introduction: String,
    conclusions: String,
}

#[derive(Template)]
#[template(path = "isu_report.html")]
struct ReportPage {
    ctx: Ctx,
    code: String,
    convention: String,
    report: ReportOut,
    saved: bool,
    may_write: bool,
    fields: Vec<ProseField>,
    symbol: String,
    refused: &'static str,
    problems: Vec<String>,
}

fn status_label(ctx: &Ctx, status: &str) -> String {
    ctx.t(&format!("rpt-status-{status}"))
}

async fn writer(
    ctx: &Ctx,
    state: &AppState,
    code: &str,
    csrf: &str,
) -> Result<convention::Model, WebError> {
    ctx.check_csrf(csrf)?;
    let c = crate::extract::convention(&state.store, code).await?;
    ctx.require(&c.code, AccessLevel::Isu)?;
    Ok(c)
}

async fn render_list(
    ctx: Ctx,
    state: &AppState,
    code: &str,
    form: GenerateForm,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, code).await?;
    let level = ctx.viewer.level_in(&c.code);
    let may_write = level >= AccessLevel::Isu;
    let mut reports = reports_out(state, &c, level, ctx.lang).await?;
    for r in &mut reports {
        r.status = status_label(&ctx, &r.status);
    }
    let meetings = if may_write {
        state
            .store
            .meetings(&c)
            .await?
            .into_iter()
            .filter(|m| {
                m.opens_on.is_some()
                    && MeetingKind::from_slug(&m.kind).is_some_and(MeetingKind::is_formal)
            })
            .rev()
            .map(|m| Choice {
                selected: m.label == form.meeting,
                value: m.label.clone(),
                label: m.label,
            })
            .collect()
    } else {
        Vec::new()
    };
    let refused = !problems.is_empty();
    render_form(
        &ListPage {
            convention: convention_name(&ctx, &c),
            code: c.code,
            reports,
            may_write,
            meetings,
            form,
            problems,
            ctx,
        },
        refused,
    )
}

pub async fn reports_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    render_list(ctx, &state, &code, GenerateForm::default(), Vec::new()).await
}

pub async fn generate_post(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Form(form): Form<GenerateForm>,
) -> Result<Response, WebError> {
    let c = writer(&ctx, &state, &code, &form.csrf).await?;
    let input = ReportGenerateIn {
        meeting: form.meeting.clone(),
        from: form.from.clone(),
        until: form.until.clone(),
    };
    let outcome = match period_bounds(&input) {
        Ok((from, until)) => {
            state
                .store
                .generate_isu_report(
                    &ctx.author("generate the ISU report's draft from the record"),
                    &c,
                    input.meeting.trim(),
                    from,
                    until,
                )
                .await
        }
        Err(p) => Err(StoreError::Invalid(p)),
    };
    match outcome {
        Ok(row) => Ok(
            Redirect::to(&format!("/{}/isu/reports/{}?saved=1", c.code, row.report))
                .into_response(),
        ),
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            render_list(ctx, &state, &code, form, problems).await
        }
        Err(e) => Err(e.into()),
    }
}

fn labels(lang: Lang) -> Labels {
    let t = |k: &str| crate::i18n::tr(lang, k);
    Labels {
        symbol: t("rpt-symbol"),
        period: t("rpt-period"),
        draft: t("rpt-draft-notice"),
        page: t("rpt-page"),
        meeting: t("rpt-col-meeting"),
        dates: t("rpt-col-dates"),
        participants: t("rpt-figure-participants"),
        documents: t("rpt-public-documents"),
        year: t("isu-col-year"),
        budget: t("isu-budget"),
        pledged: t("isu-pledged"),
        received: t("isu-received"),
        gap: t("isu-gap-received"),
        spent: t("rpt-spent"),
        introduction: t("rpt-introduction"),
        conclusions: t("rpt-conclusions"),
        computed: t("rpt-computed"),
    }
}

struct Typed {
    prose: Option<Prose>,
    symbol: Option<String>,
    refused: &'static str,
    problems: Vec<String>,
}

impl Typed {
    fn none() -> Typed {
        Typed {
            prose: None,
            symbol: None,
            refused: "",
            problems: Vec::new(),
        }
    }
}

async fn render_report(
    ctx: Ctx,
    state: &AppState,
    c: &convention::Model,
    number: i32,
    saved: bool,
    typed: Typed,
) -> Result<Response, WebError> {
    let level = ctx.viewer.level_in(&c.code);
    let report = readable_report(state, c, number, level).await?;
    let mut out = report_out(state, c, &report, ctx.lang)?;
    out.status = status_label(&ctx, &out.status);
    let may_write = level >= AccessLevel::Isu && !report.is_published();
    let mut fields = Vec::new();
    let mut symbol = String::new();
    if may_write {
        let current = match &typed.prose {
            Some(p) => p.clone(),
            None => match report.current() {
                Some(row) => reports::read(row)?.0,
                None => Prose::new(),
            },
        };
        for key in section_keys(state, c) {
            let p = current.get(&key).cloned().unwrap_or_default();
            let heading = out
                .sections
                .iter()
                .find(|s| s.key == key)
                .map(|s| s.heading.clone())
                .unwrap_or_else(|| key.clone());
            fields.push(ProseField {
                key,
                heading,
                introduction: p.introduction,
                conclusions: p.conclusions,
            });
        }
        symbol = match typed.symbol {
            Some(s) => s,
            None => state
                .store
                .suggest_report_symbol(c, &report.meeting)
                .await?
                .unwrap_or_default(),
        };
    }
    let refused = !typed.problems.is_empty();
    render_form(
        &ReportPage {
            convention: convention_name(&ctx, c),
            code: c.code.clone(),
            report: out,
            saved,
            may_write,
            fields,
            symbol,
            refused: typed.refused,
            problems: typed.problems,
            ctx,
        },
        refused,
    )
}

fn number_of(raw: &str) -> Result<i32, WebError> {
    raw.parse::<i32>()
        .map_err(|_| WebError::NotFound(format!("there is no ISU report {raw}")))
}

/// `/{code}/isu/reports/{n}` (HTML) or `/{code}/isu/reports/{n}.pdf`.
pub async fn report_file(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, file)): Path<(String, String)>,
    Query(q): Query<SavedQuery>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let Some(raw) = file.strip_suffix(".pdf") else {
        let number = number_of(&file)?;
        return render_report(ctx, &state, &c, number, q.saved == "1", Typed::none()).await;
    };
    let number = number_of(raw)?;
    let level = ctx.viewer.level_in(&c.code);
    let report = readable_report(&state, &c, number, level).await?;
    let out = report_out(&state, &c, &report, ctx.lang)?;
    let bytes = report_pdf(&out, &labels(ctx.lang), ctx.lang.code())
        .map_err(|e| WebError::Internal(format!("the PDF could not be made: {e}")))?;
    let mut response = (StatusCode::OK, bytes).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    let name = format!(
        "{}-isu-report-{}-{}.pdf",
        c.code,
        report.meeting.label,
        ctx.lang.code()
    );
    if let Ok(v) = HeaderValue::from_str(&format!("inline; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(response)
}

pub async fn prose_post(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, number)): Path<(String, String)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let csrf = fields
        .iter()
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let c = writer(&ctx, &state, &code, &csrf).await?;
    let number = number_of(&number)?;
    let report = readable_report(&state, &c, number, AccessLevel::Isu).await?;
    let current = match report.current() {
        Some(row) => reports::read(row)?.0,
        None => Prose::new(),
    };
    let mut input = ReportProseIn::default();
    for key in section_keys(&state, &c) {
        let get = |name: String| {
            fields
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone())
        };
        let intro = get(format!("introduction-{key}"));
        let concl = get(format!("conclusions-{key}"));
        if intro.is_some() || concl.is_some() {
            input.sections.insert(
                key,
                ReportSectionProseIn {
                    introduction: intro.unwrap_or_default(),
                    conclusions: concl.unwrap_or_default(),
                },
            );
        }
    }
    let prose = merged_prose(&current, &input);
    match state
        .store
        .revise_isu_report(
            &ctx.author("edit the ISU report's prose"),
            &c,
            number,
            &prose,
        )
        .await
    {
        Ok(_) => {
            Ok(Redirect::to(&format!("/{}/isu/reports/{number}?saved=1", c.code)).into_response())
        }
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            let typed = Typed {
                prose: Some(prose),
                refused: "prose",
                problems,
                ..Typed::none()
            };
            render_report(ctx, &state, &c, number, false, typed).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn publish_post(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, number)): Path<(String, String)>,
    Form(form): Form<PublishForm>,
) -> Result<Response, WebError> {
    let c = writer(&ctx, &state, &code, &form.csrf).await?;
    let number = number_of(&number)?;
    let report = readable_report(&state, &c, number, AccessLevel::Isu).await?;
    let outcome = if form.symbol.trim().is_empty() {
        Err(StoreError::refuse(crate::views::findings::problem(
            treatydesk_domain::finding::Message::new("refuse-isu-report-symbol-missing"),
        )))
    } else {
        state
            .store
            .publish_isu_report(
                &ctx.author("publish the ISU report as a document of its meeting"),
                &c,
                number,
                &form.symbol,
                &title(Lang::En, &report.meeting.label),
            )
            .await
    };
    match outcome {
        Ok(_) => {
            Ok(Redirect::to(&format!("/{}/isu/reports/{number}?saved=1", c.code)).into_response())
        }
        Err(StoreError::Invalid(problems)) => {
            let problems = crate::views::findings::problems_in(ctx.lang, &problems);
            let typed = Typed {
                symbol: Some(form.symbol),
                refused: "publish",
                problems,
                ..Typed::none()
            };
            render_report(ctx, &state, &c, number, false, typed).await
        }
        Err(StoreError::Conflict(why)) if !report.is_published() => {
            let typed = Typed {
                symbol: Some(form.symbol),
                refused: "publish",
                problems: vec![crate::views::findings::problem_in(ctx.lang, &why)],
                ..Typed::none()
            };
            render_report(ctx, &state, &c, number, false, typed).await
        }
        Err(e) => Err(e.into()),
    }
}
