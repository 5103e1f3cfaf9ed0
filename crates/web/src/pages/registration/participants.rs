//! The list of participants of a meeting (approved registrations only), by category: the page,
//! its CSV, XLSX and PDF files, and the API (`/participants` for States Parties and up; the ISU's
//! list of every registration and the public JSON registration at `/registrations`).
//! The list never shows e-mail addresses or pending and refused registrations; only the ISU's
//! API does, and only to the ISU.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use treatydesk_domain::registration::Category;
use treatydesk_store::entities::registration;

use crate::ctx::Ctx;
use crate::pages::render;
use crate::services::exports::{self, Headings, ParticipantRow};
use crate::views::registration::approved;
use crate::{AppState, WebError};

fn export_rows(ctx: &Ctx, rows: &[registration::Model]) -> Vec<ParticipantRow> {
    rows.iter()
        .map(|r| ParticipantRow {
            category: r.category.clone(),
            category_label: ctx.category_slug_label(&r.category),
            delegation: r.organization.clone(),
            family_name: r.family_name.clone(),
            given_name: r.given_name.clone(),
            role: r.delegation_role.clone(),
            role_label: ctx.role_slug_label(&r.delegation_role),
        })
        .collect()
}

/// One category's participants on the page.
pub struct CategoryView {
    pub slug: &'static str,
    pub title: String,
    pub rows: Vec<ParticipantRow>,
}

#[derive(Template)]
#[template(path = "participants.html")]
struct ParticipantsPage {
    ctx: Ctx,
    code: String,
    label: String,
    total: usize,
    categories: Vec<CategoryView>,
}

pub async fn page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (convention, meeting, rows) = approved(&ctx, &state, &code, &label).await?;
    let all = export_rows(&ctx, &rows);
    let categories = Category::ALL
        .into_iter()
        .map(|c| CategoryView {
            slug: c.slug(),
            title: ctx.category_label(c),
            rows: all
                .iter()
                .filter(|r| r.category == c.slug())
                .cloned()
                .collect(),
        })
        .filter(|c| !c.rows.is_empty())
        .collect();
    render(&ParticipantsPage {
        code: convention.code,
        label: meeting.label,
        total: all.len(),
        categories,
        ctx,
    })
}

fn headings(ctx: &Ctx, label: &str) -> Headings {
    Headings {
        title: ctx.ts("reg-participants-title", label),
        category: ctx.t("reg-field-category"),
        delegation: ctx.t("reg-delegation"),
        family_name: ctx.t("reg-field-family-name"),
        given_name: ctx.t("reg-field-given-name"),
        role: ctx.t("reg-field-role"),
    }
}

fn export_failed(e: String) -> WebError {
    WebError::Internal(format!("the file could not be written: {e}"))
}

pub async fn csv_file(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (convention, meeting, rows) = approved(&ctx, &state, &code, &label).await?;
    let bytes = exports::csv(&export_rows(&ctx, &rows)).map_err(export_failed)?;
    Ok(crate::pages::download_file(
        bytes,
        "text/csv; charset=utf-8",
        format!("{}-{}-participants.csv", convention.code, meeting.label),
    ))
}

pub async fn xlsx_file(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (convention, meeting, rows) = approved(&ctx, &state, &code, &label).await?;
    let bytes = exports::xlsx(&headings(&ctx, &meeting.label), &export_rows(&ctx, &rows))
        .map_err(export_failed)?;
    Ok(crate::pages::download_file(
        bytes,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        format!("{}-{}-participants.xlsx", convention.code, meeting.label),
    ))
}

pub async fn pdf_file(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (convention, meeting, rows) = approved(&ctx, &state, &code, &label).await?;
    let bytes = exports::pdf(
        &headings(&ctx, &meeting.label),
        &export_rows(&ctx, &rows),
        ctx.lang.code(),
    )
    .map_err(|e| export_failed(e.to_string()))?;
    Ok(crate::pages::download_file(
        bytes,
        "application/pdf",
        format!("{}-{}-participants.pdf", convention.code, meeting.label),
    ))
}
