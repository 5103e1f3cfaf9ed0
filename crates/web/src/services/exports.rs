//! Files handed around by secretariats: the list of participants as CSV, XLSX
//! (rust_xlsxwriter) and PDF (through `services::pdf`, the one PDF module, which draws every
//! script with embedded subset fonts). Pure functions from rows to bytes; they never read the
//! store. Every file carries every name as typed.

use rust_xlsxwriter::{Format, Workbook};

use crate::services::pdf::{Align, Doc, FontSet, PdfError, Style, Weight};

const TITLE: Style = Style::new(14.0, Weight::Bold);
const HEADING: Style = Style::new(10.0, Weight::Bold);
const CELL: Style = Style::new(10.0, Weight::Regular);

/// One participant, as every export shows it.
#[derive(Clone, Debug)]
pub struct ParticipantRow {
    /// The category's slug (CSV) and label (XLSX, PDF).
    pub category: String,
    pub category_label: String,
    pub delegation: String,
    pub family_name: String,
    pub given_name: String,
    pub role: String,
    pub role_label: String,
}

/// The column headings of the XLSX and PDF, in the reader's language.
#[derive(Clone, Debug)]
pub struct Headings {
    pub title: String,
    pub category: String,
    pub delegation: String,
    pub family_name: String,
    pub given_name: String,
    pub role: String,
}

/// The CSV: stable English headings and slugs, every name as typed.
pub fn csv(rows: &[ParticipantRow]) -> Result<Vec<u8>, String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| e.to_string();
    writer
        .write_record([
            "category",
            "delegation",
            "family_name",
            "given_name",
            "role",
        ])
        .map_err(fail)?;
    for r in rows {
        writer
            .write_record(
                [
                    &r.category,
                    &r.delegation,
                    &r.family_name,
                    &r.given_name,
                    &r.role,
                ]
                .map(|v| crate::limits::csv_cell(v).into_owned()),
            )
            .map_err(fail)?;
    }
    writer.into_inner().map_err(|e| e.to_string())
}

/// The XLSX: one sheet, headings in bold, every name as typed.
pub fn xlsx(headings: &Headings, rows: &[ParticipantRow]) -> Result<Vec<u8>, String> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let fail = |e: rust_xlsxwriter::XlsxError| e.to_string();
    let bold = Format::new().set_bold();
    for (col, h) in [
        &headings.category,
        &headings.delegation,
        &headings.family_name,
        &headings.given_name,
        &headings.role,
    ]
    .into_iter()
    .enumerate()
    {
        let col = u16::try_from(col).unwrap_or(0);
        sheet
            .write_string_with_format(0, col, h.as_str(), &bold)
            .map_err(fail)?;
        sheet.set_column_width(col, 28).map_err(fail)?;
    }
    for (i, r) in rows.iter().enumerate() {
        let row = u32::try_from(i + 1).map_err(|e| e.to_string())?;
        for (col, v) in [
            &r.category_label,
            &r.delegation,
            &r.family_name,
            &r.given_name,
            &r.role_label,
        ]
        .into_iter()
        .enumerate()
        {
            sheet
                .write_string(row, u16::try_from(col).unwrap_or(0), v.as_str())
                .map_err(fail)?;
        }
    }
    book.save_to_buffer().map_err(fail)
}

const PAGE_WIDTH: f32 = 842.0;
const PAGE_HEIGHT: f32 = 595.0;
const MARGIN: f32 = 40.0;
const LINE: f32 = 15.0;
/// Column starts from the margin (landscape A4) and their widths, in reading order; a
/// right-to-left document mirrors them.
const COLUMNS: [(f32, f32); 5] = [
    (0.0, 150.0),
    (160.0, 230.0),
    (400.0, 150.0),
    (560.0, 130.0),
    (700.0, 62.0),
];

/// The PDF: landscape A4 pages with a title and a table, in the reader's language (`lang`,
/// Arabic right to left), every name drawn in its script (see `services::pdf`).
pub fn pdf(headings: &Headings, rows: &[ParticipantRow], lang: &str) -> Result<Vec<u8>, PdfError> {
    let heads = [
        headings.category.clone(),
        headings.delegation.clone(),
        headings.family_name.clone(),
        headings.given_name.clone(),
        headings.role.clone(),
    ];
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.category_label.clone(),
                r.delegation.clone(),
                r.family_name.clone(),
                r.given_name.clone(),
                r.role_label.clone(),
            ]
        })
        .collect();
    table_pdf(&headings.title, &COLUMNS, &heads, &cells, lang)
}

/// Column starts from the margin (landscape A4) and their widths for the programme of work:
/// day, time, session, format, room, Working Group or thematic area.
const PROGRAMME_COLUMNS: [(f32, f32); 6] = [
    (0.0, 95.0),
    (100.0, 70.0),
    (175.0, 250.0),
    (430.0, 100.0),
    (535.0, 90.0),
    (630.0, 132.0),
];

/// The programme of work as a PDF (issue 18 item 6): one row per session, with the day, the
/// time, the title, the format, the room and the Working Group or thematic area, in the
/// reader's language.
pub fn programme_pdf(
    title: &str,
    heads: &[String; 6],
    rows: &[[String; 6]],
    lang: &str,
) -> Result<Vec<u8>, PdfError> {
    let cells: Vec<Vec<String>> = rows.iter().map(|r| r.to_vec()).collect();
    table_pdf(title, &PROGRAMME_COLUMNS, heads, &cells, lang)
}

/// Landscape A4 pages, each with the title (and its page count) and a table whose columns are
/// `columns` (start from the margin, width; mirrored for a right-to-left language); a cell too
/// long for its column is cut with an ellipsis.
fn table_pdf(
    title: &str,
    columns: &[(f32, f32)],
    heads: &[String],
    rows: &[Vec<String>],
    lang: &str,
) -> Result<Vec<u8>, PdfError> {
    let texts: Vec<&str> = rows
        .iter()
        .flatten()
        .chain(heads.iter())
        .map(String::as_str)
        .chain([title])
        .collect();
    let fonts = FontSet::for_texts(texts)?;
    let per_page = usize::max(
        1,
        ((PAGE_HEIGHT - 2.0 * MARGIN - 3.0 * LINE) / LINE).floor() as usize,
    );
    let chunks: Vec<&[Vec<String>]> = if rows.is_empty() {
        vec![&[]]
    } else {
        rows.chunks(per_page).collect()
    };
    let mut doc = Doc::new(&fonts, lang, title, PAGE_WIDTH, PAGE_HEIGHT);
    let inner = PAGE_WIDTH - 2.0 * MARGIN;
    let pages = chunks.len();
    for (i, chunk) in chunks.iter().enumerate() {
        doc.page(|page| {
            let rtl = page.rtl();
            let left = |(start, width): (f32, f32)| {
                if rtl {
                    MARGIN + inner - start - width
                } else {
                    MARGIN + start
                }
            };
            let mut y = MARGIN + 14.0;
            let heading = format!("{title} ({}/{pages})", i + 1);
            page.text(MARGIN, inner, y, &heading, TITLE, Align::Start);
            y += 2.0 * LINE;
            for (column, h) in columns.iter().zip(heads) {
                page.text(left(*column), column.1, y, h, HEADING, Align::Start);
            }
            page.rule(MARGIN, y + 4.0);
            y += LINE;
            for r in chunk.iter() {
                for (column, v) in columns.iter().zip(r) {
                    page.text(left(*column), column.1, y, v, CELL, Align::Start);
                }
                y += LINE;
            }
        })?;
    }
    doc.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headings() -> Headings {
        Headings {
            title: "Participants in 3RC".into(),
            category: "Category".into(),
            delegation: "Delegation".into(),
            family_name: "Family name".into(),
            given_name: "Given name".into(),
            role: "Role".into(),
        }
    }

    #[test]
    fn a_long_list_runs_over_pages_and_long_names_are_cut_to_their_column() {
        let rows: Vec<ParticipantRow> = (0..70)
            .map(|i| ParticipantRow {
                category: "ngo".into(),
                category_label: "Non-governmental organization".into(),
                delegation: "International Campaign to Ban Landmines and Cluster Munitions \
                             Coalition Geneva Office"
                    .into(),
                family_name: format!("Family{i}"),
                given_name: "Given".into(),
                role: "member".into(),
                role_label: "Member".into(),
            })
            .collect();
        let pdf = match pdf(&headings(), &rows, "en") {
            Ok(p) => p,
            // Without the font packages the error names them (see services::pdf).
            Err(e) => {
                assert!(e.to_string().contains("fonts-noto"), "{e}");
                return;
            }
        };
        let text = treatydesk_store::files::extract_text(treatydesk_store::files::PDF, &pdf)
            .expect("text");
        assert!(text.contains("(3/3)"), "{text}");
        assert!(text.contains("Family0") && text.contains("Family69"));
        assert!(!text.contains("Geneva Office"), "cut to its column");
        assert!(text.contains('…'));
    }
}

/// One contribution as the ISU finances exports show it (issue 14): amounts as exact decimal
/// text, never floating point.
#[derive(Clone, Debug)]
pub struct ContributionRow {
    pub funds_year: String,
    pub contributor: String,
    pub amount: String,
    pub currency: String,
    pub rate: String,
    pub in_budget_currency: String,
    pub pledged_on: String,
    pub received_on: String,
    pub earmark: String,
    pub source: String,
}

/// The column headings of the finances XLSX, in the reader's language (ten, in the order of
/// [`ContributionRow`]).
pub type FinanceHeadings = [String; 10];

fn contribution_cells(r: &ContributionRow) -> [&str; 10] {
    [
        &r.funds_year,
        &r.contributor,
        &r.amount,
        &r.currency,
        &r.rate,
        &r.in_budget_currency,
        &r.pledged_on,
        &r.received_on,
        &r.earmark,
        &r.source,
    ]
}

/// The finances CSV: stable English headings, one contribution a row, amounts as decimal text.
pub fn contributions_csv(
    budget_currency: &str,
    rows: &[ContributionRow],
) -> Result<Vec<u8>, String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| e.to_string();
    let converted = format!("amount_{}", budget_currency.to_lowercase());
    writer
        .write_record([
            "funds_year",
            "contributor",
            "amount",
            "currency",
            "rate",
            converted.as_str(),
            "pledged_on",
            "received_on",
            "earmark",
            "source",
        ])
        .map_err(fail)?;
    for r in rows {
        writer
            .write_record(contribution_cells(r).map(|v| crate::limits::csv_cell(v).into_owned()))
            .map_err(fail)?;
    }
    writer.into_inner().map_err(|e| e.to_string())
}

/// The finances XLSX: one sheet, headings in bold, amounts as the exact text recorded.
pub fn contributions_xlsx(
    headings: &FinanceHeadings,
    rows: &[ContributionRow],
) -> Result<Vec<u8>, String> {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| contribution_cells(r).map(str::to_string).to_vec())
        .collect();
    table_xlsx(headings, &rows)
}

/// A table as CSV: the headings, then one record a row (cells guarded against formulas).
pub fn table_csv(headings: &[String], rows: &[Vec<String>]) -> Result<Vec<u8>, String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| e.to_string();
    writer.write_record(headings).map_err(fail)?;
    for r in rows {
        writer
            .write_record(r.iter().map(|v| crate::limits::csv_cell(v).into_owned()))
            .map_err(fail)?;
    }
    writer.into_inner().map_err(|e| e.to_string())
}

/// A table as XLSX: one sheet, headings in bold, cells as text.
pub fn table_xlsx(headings: &[String], rows: &[Vec<String>]) -> Result<Vec<u8>, String> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let fail = |e: rust_xlsxwriter::XlsxError| e.to_string();
    let bold = Format::new().set_bold();
    for (col, h) in headings.iter().enumerate() {
        let col = u16::try_from(col).unwrap_or(0);
        sheet
            .write_string_with_format(0, col, h.as_str(), &bold)
            .map_err(fail)?;
        sheet.set_column_width(col, 18).map_err(fail)?;
    }
    for (i, r) in rows.iter().enumerate() {
        let row = u32::try_from(i + 1).map_err(|e| e.to_string())?;
        for (col, v) in r.iter().enumerate() {
            sheet
                .write_string(row, u16::try_from(col).unwrap_or(0), v)
                .map_err(fail)?;
        }
    }
    book.save_to_buffer().map_err(fail)
}
