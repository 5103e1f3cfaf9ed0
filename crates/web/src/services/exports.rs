//! Files handed around by secretariats: the list of participants as CSV, XLSX
//! (rust_xlsxwriter) and PDF (pdf-writer, with the standard Helvetica font in WinAnsi encoding,
//! so nothing is embedded). Pure functions from rows to bytes; they never read the store.
//!
//! The PDF cannot draw text outside WinAnsi (Latin-1 and a few more): a name in another script
//! is not drawn, and the cell says so instead of showing wrong letters. The CSV and XLSX carry
//! every name as typed.

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str};
use rust_xlsxwriter::{Format, Workbook};

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
    /// What a cell says when its name cannot be drawn in the PDF.
    pub not_drawn: String,
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

/// The WinAnsi byte of a character, when it has one.
fn win_ansi(c: char) -> Option<u8> {
    let code = u32::from(c);
    match code {
        0x20..=0x7e | 0xa0..=0xff => u8::try_from(code).ok(),
        _ => match c {
            '€' => Some(0x80),
            '‚' => Some(0x82),
            '„' => Some(0x84),
            '…' => Some(0x85),
            '‘' => Some(0x91),
            '’' => Some(0x92),
            '“' => Some(0x93),
            '”' => Some(0x94),
            '–' => Some(0x96),
            '—' => Some(0x97),
            'Š' => Some(0x8a),
            'š' => Some(0x9a),
            'Œ' => Some(0x8c),
            'œ' => Some(0x9c),
            'Ž' => Some(0x8e),
            'ž' => Some(0x9e),
            'Ÿ' => Some(0x9f),
            _ => None,
        },
    }
}

/// The text in WinAnsi, or None when one of its characters has no WinAnsi form.
pub fn encode_win_ansi(text: &str) -> Option<Vec<u8>> {
    text.chars().map(win_ansi).collect()
}

/// A cell's bytes: the text cut to `max` characters, or the "not drawn" note.
fn cell(text: &str, max: usize, not_drawn: &[u8]) -> Vec<u8> {
    let cut: String = if text.chars().count() > max {
        let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    } else {
        text.to_string()
    };
    encode_win_ansi(&cut).unwrap_or_else(|| not_drawn.to_vec())
}

const PAGE_WIDTH: f32 = 842.0;
const PAGE_HEIGHT: f32 = 595.0;
const MARGIN: f32 = 40.0;
const LINE: f32 = 14.0;
/// Column starts (landscape A4) and the characters each column shows.
const COLUMNS: [(f32, usize); 5] = [
    (MARGIN, 26),
    (MARGIN + 160.0, 40),
    (MARGIN + 400.0, 26),
    (MARGIN + 560.0, 22),
    (MARGIN + 700.0, 16),
];

/// The PDF: landscape A4 pages with a title and a table, Helvetica in WinAnsi.
pub fn pdf(headings: &Headings, rows: &[ParticipantRow]) -> Vec<u8> {
    let not_drawn = encode_win_ansi(&headings.not_drawn)
        .unwrap_or_else(|| b"(not drawn: non-Latin script)".to_vec());
    let per_page = usize::max(
        1,
        ((PAGE_HEIGHT - 2.0 * MARGIN - 3.0 * LINE) / LINE).floor() as usize,
    );
    let chunks: Vec<&[ParticipantRow]> = if rows.is_empty() {
        vec![&[]]
    } else {
        rows.chunks(per_page).collect()
    };
    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let font = Ref::new(3);
    let bold = Ref::new(4);
    let pages: Vec<(Ref, Ref)> = (0..chunks.len())
        .map(|i| {
            let n = i32::try_from(i).unwrap_or(0);
            (Ref::new(5 + 2 * n), Ref::new(6 + 2 * n))
        })
        .collect();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(pages.iter().map(|(p, _)| *p))
        .count(i32::try_from(pages.len()).unwrap_or(0));
    for font_ref in [(font, &b"Helvetica"[..]), (bold, &b"Helvetica-Bold"[..])] {
        pdf.type1_font(font_ref.0)
            .base_font(Name(font_ref.1))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    let heads = [
        &headings.category,
        &headings.delegation,
        &headings.family_name,
        &headings.given_name,
        &headings.role,
    ];
    for (i, (chunk, (page_id, content_id))) in chunks.iter().zip(&pages).enumerate() {
        let mut page = pdf.page(*page_id);
        page.media_box(Rect::new(0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT));
        page.parent(tree);
        page.contents(*content_id);
        let mut resources = page.resources();
        let mut fonts = resources.fonts();
        fonts.pair(Name(b"F1"), font);
        fonts.pair(Name(b"F2"), bold);
        fonts.finish();
        resources.finish();
        page.finish();
        let mut c = Content::new();
        let mut y = PAGE_HEIGHT - MARGIN;
        let text = |c: &mut Content, font: &[u8], size: f32, x: f32, y: f32, bytes: &[u8]| {
            c.begin_text();
            c.set_font(Name(font), size);
            c.next_line(x, y);
            c.show(Str(bytes));
            c.end_text();
        };
        let title = format!("{} ({}/{})", headings.title, i + 1, pages.len());
        text(
            &mut c,
            b"F2",
            14.0,
            MARGIN,
            y,
            &cell(&title, 120, &not_drawn),
        );
        y -= 2.0 * LINE;
        for ((x, max), h) in COLUMNS.iter().zip(heads) {
            text(&mut c, b"F2", 10.0, *x, y, &cell(h, *max, &not_drawn));
        }
        y -= LINE;
        for r in chunk.iter() {
            let values = [
                &r.category_label,
                &r.delegation,
                &r.family_name,
                &r.given_name,
                &r.role_label,
            ];
            for ((x, max), v) in COLUMNS.iter().zip(values) {
                text(&mut c, b"F1", 10.0, *x, y, &cell(v, *max, &not_drawn));
            }
            y -= LINE;
        }
        pdf.stream(*content_id, &c.finish());
    }
    pdf.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn win_ansi_takes_latin_names_and_refuses_other_scripts() {
        assert_eq!(encode_win_ansi("Zoë"), Some(vec![b'Z', b'o', 0xeb]));
        assert_eq!(encode_win_ansi("Œuvre – “ok”").map(|b| b.len()), Some(12));
        assert_eq!(encode_win_ansi("محمد"), None);
        assert_eq!(encode_win_ansi("Иванов"), None);
    }
}
