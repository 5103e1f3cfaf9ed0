//! Extension requests (issue 17 item 2; CCM Art. 3.3-3.6, Art. 4.5-4.8): `/{code}/extensions`
//! (the requests: submitted ones are public, as the CCM publishes them; drafts only to their
//! State's focal points and the ISU), `/{code}/extensions/new` (the filing form: a focal point
//! for its own State, the ISU on a State's behalf, marked so; one field per content the preset
//! lists), `/{code}/extensions/{id}` (the request with its findings and versions; the State's
//! edit, submission or correction; the ISU's analysis and outcome forms).
//!
//! It must never write except through the store's audited `extensions` functions, and never
//! lose what was typed when it refuses (422 with the page as typed). A draft the reader may not
//! read is answered as missing (404).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use treatydesk_domain::obligation::Obligation;
use treatydesk_store::StoreError;
use treatydesk_store::entities::convention;
use treatydesk_store::extensions::{DRAFT, RequestRecord, SUBMITTED};

use super::{Choice, ShownDate, render_form};
use crate::ctx::Ctx;
use crate::extract::convention_name;
use crate::views::advice::askable_states;
use crate::views::extensions::{
    ExtensionOutcomeIn, ExtensionRequestIn, is_isu, list, may_file, may_file_for, readable,
    request_url,
};
use crate::views::listing::today;
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{code}/extensions", get(list_page).post(file))
        .route("/{code}/extensions/new", get(new_page))
        .route("/{code}/extensions/{id}", get(request_page).post(revise))
        .route("/{code}/extensions/{id}/analysis", post(analysis))
        .route("/{code}/extensions/{id}/outcome", post(outcome))
}

#[derive(Deserialize, Default)]
pub struct NewQuery {
    #[serde(default)]
    obligation: String,
    #[serde(default)]
    saved: String,
}

/// A content field as the form shows it.
struct ContentField {
    key: String,
    label: String,
    text: String,
}

/// A finding as the page shows it.
struct FindingView {
    severity: String,
    sentence: String,
}

/// A finding in the reader's language (the API keeps the English sentence).
fn finding_view(
    ctx: &Ctx,
    ob: &Obligation,
    f: &treatydesk_domain::extension::RequestFinding,
) -> FindingView {
    let key = format!("ext-finding-{}", f.code);
    let value = match (f.code, f.date, f.max_years, f.content.as_deref()) {
        ("too-long", _, Some(y), _) => y.to_string(),
        (_, Some(d), _, _) => ctx.date(d).text,
        ("content-missing", _, _, Some(k)) => {
            let preset = ob
                .extension
                .iter()
                .flat_map(|e| e.contents.iter())
                .find(|c| c.key == k)
                .map(|c| c.text.clone())
                .unwrap_or_default();
            content_label(ctx, ob, k, &preset)
        }
        _ => String::new(),
    };
    FindingView {
        severity: f.severity.slug().to_string(),
        sentence: format!("{}: {}", f.article, ctx.ts(&key, &value)),
    }
}

/// A request as its list row shows it.
struct Row {
    id: i32,
    url: String,
    state: String,
    article: String,
    meeting: String,
    status: String,
    status_slug: String,
    submitted: Option<ShownDate>,
    asked_to: Option<ShownDate>,
    outcome: String,
    warnings: usize,
    on_behalf: bool,
}

/// A version of what the State wrote.
struct VersionView {
    revision: i32,
    by: String,
    at: String,
    reason: String,
}

#[derive(Template)]
#[template(path = "extensions.html")]
struct ListPage {
    ctx: Ctx,
    code: String,
    convention: String,
    rows: Vec<Row>,
    may_file: bool,
}

#[derive(Template)]
#[template(path = "extension_new.html")]
struct NewPage {
    ctx: Ctx,
    code: String,
    convention: String,
    obligation: String,
    obligations: Vec<Choice>,
    states: Vec<Choice>,
    meetings: Vec<Choice>,
    asked_to: String,
    fields: Vec<ContentField>,
    is_isu: bool,
    problems: Vec<String>,
}

#[derive(Template)]
#[template(path = "extension.html")]
struct RequestPage {
    ctx: Ctx,
    code: String,
    convention: String,
    id: i32,
    state: String,
    state_name: String,
    article: String,
    obligation_name: String,
    status: String,
    status_slug: String,
    on_behalf: bool,
    meeting: String,
    meeting_opens: Option<ShownDate>,
    submitted: Option<ShownDate>,
    deadline: Option<ShownDate>,
    asked_to: Option<ShownDate>,
    asked_to_iso: String,
    fields: Vec<ContentField>,
    findings: Vec<FindingView>,
    analysis: Option<(String, i32)>,
    outcome: String,
    outcome_slug: String,
    decision_reference: String,
    decided_on: Option<ShownDate>,
    granted_to: Option<ShownDate>,
    benchmarks: String,
    versions: Vec<VersionView>,
    source: String,
    may_edit: bool,
    correcting: bool,
    meetings: Vec<Choice>,
    may_decide: bool,
    decided: bool,
    outcome_form: ExtensionOutcomeIn,
    analysis_symbol: String,
    problems: Vec<String>,
    saved: bool,
}

/// A content's label: the translation of the preset's paragraph when there is one, else the
/// preset's own words.
fn content_label(ctx: &Ctx, ob: &Obligation, key: &str, preset: &str) -> String {
    let id = format!("ext-content-{}-{key}", ob.key);
    let t = ctx.t(&id);
    let words = if t == id || t.is_empty() {
        preset.to_string()
    } else {
        t
    };
    format!("({key}) {words}")
}

fn fields_of(
    ctx: &Ctx,
    ob: &Obligation,
    typed: &std::collections::BTreeMap<String, String>,
) -> Vec<ContentField> {
    ob.extension
        .iter()
        .flat_map(|e| e.contents.iter())
        .map(|c| ContentField {
            label: content_label(ctx, ob, &c.key, &c.text),
            text: typed.get(&c.key).cloned().unwrap_or_default(),
            key: c.key.clone(),
        })
        .collect()
}

async fn meeting_choices(
    state: &AppState,
    c: &convention::Model,
    selected: &str,
) -> Result<Vec<Choice>, WebError> {
    let mut out = vec![Choice {
        value: String::new(),
        label: "—".into(),
        selected: selected.is_empty(),
    }];
    out.extend(
        state
            .store
            .deciding_meetings(c)
            .await?
            .into_iter()
            .map(|m| Choice {
                selected: m.label.eq_ignore_ascii_case(selected),
                label: match m.opens_on {
                    Some(d) => format!(
                        "{} ({})",
                        m.label,
                        treatydesk_domain::calendar::format_date(d)
                    ),
                    None => m.label.clone(),
                },
                value: m.label,
            }),
    );
    Ok(out)
}

fn status_label(ctx: &Ctx, slug: &str) -> String {
    ctx.t(&format!("ext-status-{slug}"))
}

fn outcome_label(ctx: &Ctx, slug: &str) -> String {
    if slug.is_empty() {
        String::new()
    } else {
        ctx.t(&format!("ext-outcome-{slug}"))
    }
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
        .map(|a| {
            (
                a.code.clone(),
                crate::views::listing::name_in(a, ctx.lang).to_string(),
            )
        })
        .collect();
    let rows = list(&ctx, &state.store, &c)
        .await?
        .into_iter()
        .map(|r| Row {
            id: r.request.id,
            url: request_url(&c.code, r.request.id),
            state: names
                .get(&r.request.state_code)
                .cloned()
                .unwrap_or_else(|| r.request.state_code.clone()),
            article: r.obligation.article.clone(),
            meeting: r
                .meeting
                .as_ref()
                .map(|m| m.label.clone())
                .unwrap_or_default(),
            status: status_label(&ctx, &r.request.status),
            status_slug: r.request.status.clone(),
            submitted: ctx.opt_date(r.request.submitted_on),
            asked_to: ctx.opt_date(r.request.asked_to),
            outcome: outcome_label(&ctx, &r.request.outcome),
            warnings: r.findings.len(),
            on_behalf: r.request.on_behalf,
        })
        .collect();
    let page = ListPage {
        convention: convention_name(&ctx, &c),
        code: c.code.clone(),
        rows,
        may_file: may_file(&ctx, &c),
        ctx,
    };
    render_form(&page, false)
}

async fn show_new(
    ctx: Ctx,
    state: &AppState,
    c: &convention::Model,
    typed: ExtensionRequestIn,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let obligations = state.store.extendable_obligations(c).await?;
    let chosen = obligations
        .iter()
        .find(|o| o.key == typed.obligation)
        .or_else(|| obligations.first())
        .cloned()
        .ok_or_else(|| {
            WebError::NotFound(format!(
                "{} has no obligation whose deadline may be extended",
                c.short_name
            ))
        })?;
    let states = askable_states(&ctx, state, c)
        .await?
        .into_iter()
        .map(|(value, label)| Choice {
            selected: value == typed.state,
            value,
            label,
        })
        .collect();
    let page = NewPage {
        convention: convention_name(&ctx, c),
        code: c.code.clone(),
        obligations: obligations
            .iter()
            .map(|o| Choice {
                value: o.key.clone(),
                label: format!("{} ({})", o.name.get(ctx.lang), o.article),
                selected: o.key == chosen.key,
            })
            .collect(),
        obligation: chosen.key.clone(),
        states,
        meetings: meeting_choices(state, c, &typed.meeting).await?,
        asked_to: typed.asked_to.clone(),
        fields: fields_of(&ctx, &chosen, &typed.contents),
        is_isu: is_isu(&ctx, c),
        problems,
        ctx,
    };
    render_form(&page, !page.problems.is_empty())
}

fn refuse_unless_filer(ctx: &Ctx, c: &convention::Model) -> Result<(), WebError> {
    if may_file(ctx, c) {
        return Ok(());
    }
    ctx.require(&c.code, treatydesk_domain::AccessLevel::Isu)?;
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
    let typed = ExtensionRequestIn {
        obligation: q.obligation,
        ..Default::default()
    };
    show_new(ctx, &state, &c, typed, Vec::new()).await
}

pub async fn file(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let (typed, csrf) = ExtensionRequestIn::from_pairs(&pairs);
    ctx.check_csrf(&csrf)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    refuse_unless_filer(&ctx, &c)?;
    let wanted = typed.state.trim().to_uppercase();
    if !may_file_for(&ctx, &c, &wanted) {
        let problem = format!(
            "A focal point files for its own State only ({}).",
            treatydesk_domain::advice::focal_point_states(&ctx.viewer, &c.code).join(", ")
        );
        return show_new(ctx, &state, &c, typed, vec![problem]).await;
    }
    let on_behalf = !treatydesk_domain::advice::may_write_for_state(&ctx.viewer, &c.code, &wanted);
    let input = match typed.input(on_behalf) {
        Ok(i) => i,
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            return show_new(ctx, &state, &c, typed, p).await;
        }
        Err(e) => return Err(e.into()),
    };
    let reason = if input.submit {
        "submit an extension request"
    } else {
        "save an extension request as a draft"
    };
    match state
        .store
        .file_extension_request(&ctx.author(reason), &c, input, today())
        .await
    {
        Ok(r) => {
            Ok(Redirect::to(&format!("{}?saved=1", request_url(&c.code, r.id))).into_response())
        }
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            show_new(ctx, &state, &c, typed, p).await
        }
        Err(e) => Err(e.into()),
    }
}

/// What the request page's forms hold when it is shown again after a refusal.
#[derive(Default)]
struct Typed {
    request: Option<ExtensionRequestIn>,
    outcome: ExtensionOutcomeIn,
    symbol: String,
}

async fn show_request(
    ctx: Ctx,
    state: &AppState,
    c: &convention::Model,
    r: RequestRecord,
    typed: Typed,
    problems: Vec<String>,
    saved: bool,
) -> Result<Response, WebError> {
    let q = &r.request;
    let isu = is_isu(&ctx, c);
    let may_edit =
        q.status != treatydesk_store::extensions::DECIDED && may_file_for(&ctx, c, &q.state_code);
    let shown = typed
        .request
        .as_ref()
        .map(|t| t.contents.clone())
        .unwrap_or_else(|| r.contents.clone());
    let meeting_label = r
        .meeting
        .as_ref()
        .map(|m| m.label.clone())
        .unwrap_or_default();
    let versions = state
        .store
        .extension_request_revisions(q)
        .await?
        .into_iter()
        .map(|v| VersionView {
            revision: v.revision,
            by: v.recorded_by,
            at: ctx.date(v.recorded_at.date()).text,
            reason: v.reason,
        })
        .collect();
    let meetings = if may_edit {
        let selected = typed
            .request
            .as_ref()
            .map(|t| t.meeting.clone())
            .unwrap_or_else(|| meeting_label.clone());
        meeting_choices(state, c, &selected).await?
    } else {
        Vec::new()
    };
    let analysis = r.analysis.as_ref().map(|d| (d.symbol.clone(), d.id));
    let state_name = match state.store.actor(&q.state_code).await {
        Ok(a) => crate::views::listing::name_in(&a, ctx.lang).to_string(),
        Err(_) => q.state_code.clone(),
    };
    let page = RequestPage {
        convention: convention_name(&ctx, c),
        code: c.code.clone(),
        id: q.id,
        state: q.state_code.clone(),
        state_name,
        article: r.obligation.article.clone(),
        obligation_name: r.obligation.name.get(ctx.lang).to_string(),
        status: status_label(&ctx, &q.status),
        status_slug: q.status.clone(),
        on_behalf: q.on_behalf,
        meeting: meeting_label,
        meeting_opens: ctx.opt_date(r.meeting.as_ref().and_then(|m| m.opens_on)),
        submitted: ctx.opt_date(q.submitted_on),
        deadline: ctx.opt_date(r.deadline),
        asked_to: ctx.opt_date(q.asked_to),
        asked_to_iso: typed
            .request
            .as_ref()
            .map(|t| t.asked_to.clone())
            .unwrap_or_else(|| {
                q.asked_to
                    .map(treatydesk_domain::calendar::format_date)
                    .unwrap_or_default()
            }),
        fields: fields_of(&ctx, &r.obligation, &shown),
        findings: r
            .findings
            .iter()
            .map(|f| finding_view(&ctx, &r.obligation, f))
            .collect(),
        analysis,
        outcome: outcome_label(&ctx, &q.outcome),
        outcome_slug: q.outcome.clone(),
        decision_reference: q.decision_reference.clone(),
        decided_on: ctx.opt_date(q.decided_on),
        granted_to: ctx.opt_date(q.granted_to),
        benchmarks: q.benchmarks.clone(),
        versions,
        source: q.source.clone(),
        correcting: q.status == SUBMITTED,
        may_edit,
        meetings,
        may_decide: isu && q.status == SUBMITTED,
        decided: q.status == treatydesk_store::extensions::DECIDED,
        outcome_form: typed.outcome,
        analysis_symbol: typed.symbol,
        problems,
        saved,
        ctx,
    };
    let refused = !page.problems.is_empty();
    let mut answer = render_form(&page, refused)?;
    if q.status == DRAFT {
        answer.headers_mut().insert(
            axum::http::header::CACHE_CONTROL,
            axum::http::HeaderValue::from_static("private, no-store"),
        );
    }
    Ok(answer)
}

pub async fn request_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    Query(q): Query<NewQuery>,
) -> Result<Response, WebError> {
    let c = crate::extract::convention(&state.store, &code).await?;
    let r = readable(&ctx, &state.store, &c, &id).await?;
    show_request(
        ctx,
        &state,
        &c,
        r,
        Typed::default(),
        Vec::new(),
        q.saved == "1",
    )
    .await
}

fn saved(c: &convention::Model, id: i32) -> Response {
    Redirect::to(&format!("{}?saved=1", request_url(&c.code, id))).into_response()
}

pub async fn revise(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let (typed, csrf) = ExtensionRequestIn::from_pairs(&pairs);
    ctx.check_csrf(&csrf)?;
    let c = crate::extract::convention(&state.store, &code).await?;
    let r = readable(&ctx, &state.store, &c, &id).await?;
    if !may_file_for(&ctx, &c, &r.request.state_code) {
        return Err(WebError::Forbidden);
    }
    let input = match typed.input(r.request.on_behalf) {
        Ok(i) => i,
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            let t = Typed {
                request: Some(typed),
                ..Default::default()
            };
            return show_request(ctx, &state, &c, r, t, p, false).await;
        }
        Err(e) => return Err(e.into()),
    };
    let reason = if r.request.status == SUBMITTED {
        typed.reason.trim().to_string()
    } else if input.submit {
        "submit an extension request".to_string()
    } else {
        "save an extension request as a draft".to_string()
    };
    match state
        .store
        .revise_extension_request(&ctx.author(reason), &c, r.request.id, input, today())
        .await
    {
        Ok(done) => Ok(saved(&c, done.id)),
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            let t = Typed {
                request: Some(typed),
                ..Default::default()
            };
            show_request(ctx, &state, &c, r, t, p, false).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
pub struct AnalysisForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    symbol: String,
}

/// The request for an ISU write: readable, and the reader ISU staff.
async fn isu_request(
    ctx: &Ctx,
    state: &AppState,
    code: &str,
    id: &str,
) -> Result<(convention::Model, RequestRecord), WebError> {
    let c = crate::extract::convention(&state.store, code).await?;
    let r = readable(ctx, &state.store, &c, id).await?;
    if !is_isu(ctx, &c) {
        return Err(WebError::Forbidden);
    }
    Ok((c, r))
}

pub async fn analysis(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    Form(form): Form<AnalysisForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let (c, r) = isu_request(&ctx, &state, &code, &id).await?;
    match state
        .store
        .attach_extension_analysis(
            &ctx.author("attach the ISU's analysis and draft decision"),
            &c,
            r.request.id,
            &form.symbol,
        )
        .await
    {
        Ok(done) => Ok(saved(&c, done.id)),
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            let t = Typed {
                symbol: form.symbol,
                ..Default::default()
            };
            show_request(ctx, &state, &c, r, t, p, false).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
pub struct OutcomeForm {
    #[serde(default)]
    csrf: String,
    #[serde(flatten)]
    fields: ExtensionOutcomeIn,
}

pub async fn outcome(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, id)): Path<(String, String)>,
    Form(form): Form<OutcomeForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let (c, r) = isu_request(&ctx, &state, &code, &id).await?;
    let result = match form.fields.input() {
        Ok(input) => {
            state
                .store
                .record_extension_outcome(
                    &ctx.author("record the meeting's decision on an extension request"),
                    &c,
                    r.request.id,
                    input,
                )
                .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(done) => Ok(saved(&c, done.id)),
        Err(StoreError::Invalid(p)) => {
            let p = crate::views::findings::problems_in(ctx.lang, &p);
            let t = Typed {
                outcome: form.fields,
                ..Default::default()
            };
            show_request(ctx, &state, &c, r, t, p, false).await
        }
        Err(e) => Err(e.into()),
    }
}
