//! The one PDF module: every PDF TreatyDesk makes (today the list of participants; the ISU's
//! report and the other reports as they come) is laid out through [`Doc`], so every PDF draws
//! every script the same way. Text is drawn with embedded, subset Noto fonts: Noto Sans (Latin,
//! Cyrillic, Greek), Noto Naskh Arabic, and Noto Sans CJK SC for Chinese (and Japanese and
//! Korean characters), which together cover the six UN languages.
//!
//! Built on `krilla` (the typst authors' high-level PDF crate, on `pdf-writer`), with our own
//! line layout in front of it: `unicode-bidi` orders a line into runs (Arabic right to left,
//! numbers and Latin names inside it left to right), each run is split by the font that has its
//! letters, and `rustybuzz` shapes each piece (Arabic letters joined, marks placed). krilla then
//! embeds each font as a subset of the glyphs used (TrueType and the CFF of the CJK face alike)
//! with a ToUnicode map, so the text can be searched and copied. Chosen over `rustybuzz` +
//! `subsetter` directly on `pdf-writer` because those are exactly krilla's parts: writing the
//! CID font dictionaries, widths, CFF embedding and ToUnicode maps by hand would only redo it.
//! krilla's own `draw_text` neither reorders bidirectional text nor falls back between fonts
//! (its documentation says so), hence the layout here; its raster-image feature is off.
//!
//! Fonts are read from the system (Debian's `fonts-noto-core` and `fonts-noto-cjk`; their OFL
//! licence ships with the packages and in `crates/web/assets/fonts/`), never compiled into the
//! binary: the CJK face alone is about 19 MiB, and it is read only for a document that has a
//! CJK character, once per document. `TREATYDESK_FONT_DIR` names a folder searched first. A
//! missing font is an error naming the file and the package, never a PDF with blank names.
//!
//! This module only turns text into bytes: it never reads the store or a request.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use krilla::Document;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::Stroke;
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use rustybuzz::{Direction, UnicodeBuffer};
use unicode_bidi::BidiInfo;

/// The variable naming a folder searched for the font files before the system's.
pub const FONT_DIR: &str = "TREATYDESK_FONT_DIR";

/// Where Debian puts the fonts.
const CORE_DIR: &str = "/usr/share/fonts/truetype/noto";
const CJK_DIR: &str = "/usr/share/fonts/opentype/noto";
const CORE_PACKAGE: &str = "fonts-noto-core";
const CJK_PACKAGE: &str = "fonts-noto-cjk";
/// The face of the CJK collection used: Simplified Chinese, as the UN writes Chinese.
const CJK_FAMILY: &str = "Noto Sans CJK SC";

/// Why a PDF could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    #[error(
        "the PDF cannot be made: the font file {file} is missing (install Debian's {package}, \
         or set {FONT_DIR} to a folder holding {name})"
    )]
    FontMissing {
        file: String,
        name: String,
        package: &'static str,
    },
    #[error("the PDF cannot be made: the font file {0} is not a usable font")]
    FontUnreadable(String),
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

/// Regular or bold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

/// A text's size (points) and weight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    pub size: f32,
    pub weight: Weight,
}

impl Style {
    pub const fn new(size: f32, weight: Weight) -> Style {
        Style { size, weight }
    }
}

/// Where a text sits in its box: at the start of the reading direction (left in a
/// left-to-right document, right in a right-to-left one), or at its end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Start,
    End,
}

/// One font file, read once, with the face it uses in a collection.
#[derive(Clone)]
struct LoadedFont {
    data: Arc<Vec<u8>>,
    index: u32,
    font: Font,
}

impl LoadedFont {
    fn new(data: Arc<Vec<u8>>, index: u32, path: &Path) -> Result<LoadedFont, PdfError> {
        let unreadable = || PdfError::FontUnreadable(path.display().to_string());
        rustybuzz::Face::from_slice(&data, index).ok_or_else(unreadable)?;
        let font = Font::new(krilla::Data::from(data.clone()), index).ok_or_else(unreadable)?;
        Ok(LoadedFont { data, index, font })
    }
}

/// The path of a font file: `TREATYDESK_FONT_DIR` first, then the system folder.
fn locate(name: &str, system_dir: &str, package: &'static str) -> Result<PathBuf, PdfError> {
    let mut tried = Vec::new();
    if let Ok(dir) = std::env::var(FONT_DIR)
        && !dir.trim().is_empty()
    {
        tried.push(Path::new(dir.trim()).join(name));
    }
    tried.push(Path::new(system_dir).join(name));
    tried
        .iter()
        .find(|p| p.is_file())
        .cloned()
        .ok_or_else(|| PdfError::FontMissing {
            file: tried
                .last()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            name: name.to_string(),
            package,
        })
}

fn read(path: &Path) -> Result<Arc<Vec<u8>>, PdfError> {
    std::fs::read(path)
        .map(Arc::new)
        .map_err(|_| PdfError::FontUnreadable(path.display().to_string()))
}

/// The Latin and Arabic faces (about 1.4 MiB together): read on first use and kept.
struct CoreFonts {
    latin: [LoadedFont; 2],
    arabic: [LoadedFont; 2],
}

static CORE: OnceLock<Result<Arc<CoreFonts>, PdfError>> = OnceLock::new();

fn core_fonts() -> Result<Arc<CoreFonts>, PdfError> {
    CORE.get_or_init(|| read_core_fonts().map(Arc::new)).clone()
}

fn read_core_fonts() -> Result<CoreFonts, PdfError> {
    let load = |name: &str| -> Result<LoadedFont, PdfError> {
        let path = locate(name, CORE_DIR, CORE_PACKAGE)?;
        LoadedFont::new(read(&path)?, 0, &path)
    };
    Ok(CoreFonts {
        latin: [load("NotoSans-Regular.ttf")?, load("NotoSans-Bold.ttf")?],
        arabic: [
            load("NotoNaskhArabic-Regular.ttf")?,
            load("NotoNaskhArabic-Bold.ttf")?,
        ],
    })
}

/// The CJK face, read for one document (the collection is large; it is not kept).
fn cjk_font() -> Result<LoadedFont, PdfError> {
    let path = locate("NotoSansCJK-Regular.ttc", CJK_DIR, CJK_PACKAGE)?;
    let data = read(&path)?;
    let count = rustybuzz::ttf_parser::fonts_in_collection(&data).unwrap_or(1);
    let index = (0..count)
        .find(|i| {
            rustybuzz::ttf_parser::Face::parse(&data, *i).is_ok_and(|face| {
                face.names().into_iter().any(|n| {
                    n.name_id == rustybuzz::ttf_parser::name_id::FAMILY
                        && n.to_string().as_deref() == Some(CJK_FAMILY)
                })
            })
        })
        .ok_or_else(|| PdfError::FontUnreadable(format!("{} ({CJK_FAMILY})", path.display())))?;
    LoadedFont::new(data, index, &path)
}

/// Is this a character only the CJK face draws (Han, kana, Hangul, CJK punctuation)?
fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x1100..=0x11ff | 0x2e80..=0x2fdf | 0x3000..=0x30ff | 0x3100..=0x31ff
        | 0x3200..=0x4dbf | 0x4e00..=0x9fff | 0xa960..=0xa97f | 0xac00..=0xd7ff
        | 0xf900..=0xfaff | 0xfe30..=0xfe4f | 0xff00..=0xffef | 0x20000..=0x3ffff)
}

/// Does the PDF need the font files it needs? For `serve` to warn at start. The faces are read
/// and parsed, then let go: they are kept from the first PDF on, not by a server that may never
/// make one (issue 13: memory). A PDF made before this check already holds them.
pub fn check_fonts() -> Result<(), PdfError> {
    if CORE.get().is_none() {
        read_core_fonts()?;
    }
    locate("NotoSansCJK-Regular.ttc", CJK_DIR, CJK_PACKAGE).map(|_| ())
}

/// The fonts of one document, in fallback order: Latin (with Cyrillic), Arabic, then CJK when
/// the document has a CJK character.
pub struct FontSet {
    core: Arc<CoreFonts>,
    cjk: Option<LoadedFont>,
}

impl FontSet {
    /// The fonts for a document made of these texts.
    pub fn for_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> Result<FontSet, PdfError> {
        let core = core_fonts()?;
        let needs_cjk = texts.into_iter().any(|t| t.chars().any(is_cjk));
        let cjk = if needs_cjk { Some(cjk_font()?) } else { None };
        Ok(FontSet { core, cjk })
    }

    fn fonts(&self, weight: Weight) -> Vec<&LoadedFont> {
        let w = usize::from(weight == Weight::Bold);
        let mut out = vec![&self.core.latin[w], &self.core.arabic[w]];
        if let Some(c) = &self.cjk {
            out.push(c);
        }
        out
    }
}

/// The fonts of a document parsed for shaping once (a face's layout tables are read when it
/// is made, so it is made once per document, not once per text).
pub struct Shaper<'f> {
    fonts: [Vec<&'f LoadedFont>; 2],
    faces: [Vec<Option<rustybuzz::Face<'f>>>; 2],
}

impl FontSet {
    /// The document's fonts, ready to shape with.
    pub fn shaper(&self) -> Shaper<'_> {
        let fonts = [self.fonts(Weight::Regular), self.fonts(Weight::Bold)];
        let faces = [0, 1].map(|w| {
            fonts[w]
                .iter()
                .map(|f| rustybuzz::Face::from_slice(&f.data, f.index))
                .collect()
        });
        Shaper { fonts, faces }
    }
}

impl<'f> Shaper<'f> {
    fn of(&self, weight: Weight) -> (&[&'f LoadedFont], &[Option<rustybuzz::Face<'f>>]) {
        let w = usize::from(weight == Weight::Bold);
        (&self.fonts[w], &self.faces[w])
    }
}

/// One shaped piece of a line: glyphs of one font in one direction.
struct Piece {
    font: Font,
    text: String,
    glyphs: Vec<KrillaGlyph>,
    /// Width in units of the font size.
    width: f32,
}

/// A line of text, laid out in visual order (left to right on the page).
pub struct Line {
    pieces: Vec<Piece>,
    size: f32,
}

impl Line {
    /// The width in points.
    pub fn width(&self) -> f32 {
        self.pieces.iter().map(|p| p.width).sum::<f32>() * self.size
    }

    /// The text of the line as laid out, piece by piece (for tests).
    pub fn pieces(&self) -> Vec<&str> {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }
}

/// Shapes one piece of text with one face.
fn shape(font: &LoadedFont, face: &rustybuzz::Face<'_>, text: &str, rtl: bool) -> Option<Piece> {
    let upem = (face.units_per_em() as f32).max(1.0);
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    let output = rustybuzz::shape(face, &[], buffer);
    let infos = output.glyph_infos();
    let positions = output.glyph_positions();
    // The byte range of each glyph's cluster: from its cluster to the next larger cluster.
    let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let range_of = |cluster: usize| -> Range<usize> {
        let end = starts
            .iter()
            .find(|s| **s > cluster)
            .copied()
            .unwrap_or(text.len());
        cluster..end
    };
    let mut width = 0.0;
    let glyphs = infos
        .iter()
        .zip(positions)
        .map(|(info, pos)| {
            let advance = pos.x_advance as f32 / upem;
            width += advance;
            KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                advance,
                pos.x_offset as f32 / upem,
                pos.y_offset as f32 / upem,
                pos.y_advance as f32 / upem,
                range_of(info.cluster as usize),
                None,
            )
        })
        .collect();
    Some(Piece {
        font: font.font.clone(),
        text: text.to_string(),
        glyphs,
        width,
    })
}

/// Which font of `fonts` draws `c`: the first that has it (a CJK character always the CJK
/// face, the last), else the first one.
fn font_for(fonts: &[&LoadedFont], faces: &[Option<rustybuzz::Face<'_>>], c: char) -> usize {
    if is_cjk(c) && fonts.len() > 2 {
        return fonts.len() - 1;
    }
    faces
        .iter()
        .position(|f| f.as_ref().is_some_and(|f| f.glyph_index(c).is_some()))
        .filter(|i| *i < fonts.len())
        .unwrap_or(0)
}

/// Lays out one line: bidirectional runs in visual order, each split by font and shaped.
pub fn layout(shaper: &Shaper<'_>, text: &str, size: f32, weight: Weight) -> Line {
    let (chosen, faces) = shaper.of(weight);
    let text: String = text.chars().filter(|c| !c.is_control()).collect();
    let bidi = BidiInfo::new(&text, None);
    let mut pieces = Vec::new();
    for para in &bidi.paragraphs {
        let (levels, runs) = bidi.visual_runs(para, para.range.clone());
        for run in runs {
            let rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
            let slice = &text[run.clone()];
            // Split by font: a character any current font draws (spaces, punctuation, digits)
            // stays in the current piece, so a name is not broken at its spaces.
            let mut parts: Vec<(usize, String)> = Vec::new();
            for c in slice.chars() {
                let preferred = font_for(chosen, faces, c);
                let keeps = parts.last().is_some_and(|(f, _)| {
                    (*f == preferred || !c.is_alphabetic())
                        && faces
                            .get(*f)
                            .and_then(|x| x.as_ref())
                            .is_some_and(|face| face.glyph_index(c).is_some())
                });
                if keeps {
                    if let Some((_, s)) = parts.last_mut() {
                        s.push(c);
                    }
                } else {
                    parts.push((preferred, c.to_string()));
                }
            }
            if rtl {
                parts.reverse();
            }
            for (f, part) in parts {
                let face = faces.get(f).and_then(Option::as_ref);
                if let Some(piece) = chosen
                    .get(f)
                    .zip(face)
                    .and_then(|(font, face)| shape(font, face, &part, rtl))
                {
                    pieces.push(piece);
                }
            }
        }
    }
    Line { pieces, size }
}

/// A line no wider than `max` points: cut at the end of the text, with an ellipsis.
pub fn fit(fonts: &Shaper<'_>, text: &str, size: f32, weight: Weight, max: f32) -> Line {
    let line = layout(fonts, text, size, weight);
    if line.width() <= max {
        return line;
    }
    // The longest start of the text that fits with the ellipsis, found by halving.
    let chars: Vec<char> = text.chars().collect();
    let cut = |keep: usize| {
        let mut s: String = chars[..keep].iter().collect::<String>().trim_end().into();
        s.push('…');
        layout(fonts, &s, size, weight)
    };
    let (mut fits, mut too_long) = (0, chars.len());
    while too_long - fits > 1 {
        let mid = (fits + too_long) / 2;
        if cut(mid).width() <= max {
            fits = mid;
        } else {
            too_long = mid;
        }
    }
    if fits > 0 {
        return cut(fits);
    }
    layout(fonts, "…", size, weight)
}

/// A page being drawn; coordinates are points from the top left corner, `y` is the baseline.
pub struct PageDraw<'a, 'b> {
    surface: Surface<'a>,
    shaper: &'b Shaper<'b>,
    rtl: bool,
    width: f32,
}

impl PageDraw<'_, '_> {
    /// Draws a laid-out line starting at `x` (its left edge).
    pub fn line_at(&mut self, x: f32, y: f32, line: &Line) {
        let mut cursor = x;
        for piece in &line.pieces {
            self.surface.draw_glyphs(
                Point::from_xy(cursor, y),
                &piece.glyphs,
                piece.font.clone(),
                &piece.text,
                line.size,
                false,
            );
            cursor += piece.width * line.size;
        }
    }

    /// Draws `text` in the box from `left` (points from the page's left edge, whatever the
    /// direction) `width` wide, cut to fit, at the start or the end of the reading direction.
    pub fn text(&mut self, left: f32, width: f32, y: f32, text: &str, style: Style, align: Align) {
        let line = fit(self.shaper, text, style.size, style.weight, width);
        let at_right = (align == Align::Start) == self.rtl;
        let x = if at_right {
            left + width - line.width()
        } else {
            left
        };
        self.line_at(x, y, &line);
    }

    /// A thin horizontal rule across the page between the margins.
    pub fn rule(&mut self, margin: f32, y: f32) {
        let mut path = PathBuilder::new();
        path.move_to(margin, y);
        path.line_to(self.width - margin, y);
        if let Some(path) = path.finish() {
            self.surface.set_stroke(Some(Stroke {
                width: 0.5,
                ..Stroke::default()
            }));
            self.surface.draw_path(&path);
            self.surface.set_stroke(None);
        }
    }

    /// Is the document right to left?
    pub fn rtl(&self) -> bool {
        self.rtl
    }
}

/// A document: pages of a fixed size, drawn one after the other.
pub struct Doc<'f> {
    document: Document,
    shaper: Shaper<'f>,
    rtl: bool,
    width: f32,
    height: f32,
}

impl<'f> Doc<'f> {
    /// A document in `lang` (a BCP 47 code; Arabic is laid out right to left) with a title.
    pub fn new(fonts: &'f FontSet, lang: &str, title: &str, width: f32, height: f32) -> Doc<'f> {
        let mut document = Document::new();
        document.set_metadata(
            Metadata::new()
                .title(title.to_string())
                .language(lang.to_string())
                .creator("TreatyDesk".to_string()),
        );
        Doc {
            document,
            shaper: fonts.shaper(),
            rtl: lang == "ar",
            width,
            height,
        }
    }

    /// Adds a page and draws it with `draw`.
    pub fn page(&mut self, draw: impl FnOnce(&mut PageDraw<'_, '_>)) -> Result<(), PdfError> {
        let settings = PageSettings::from_wh(self.width, self.height)
            .ok_or_else(|| PdfError::Write("the page size is not valid".into()))?;
        let mut page = self.document.start_page_with(settings);
        {
            let mut draw_on = PageDraw {
                surface: page.surface(),
                shaper: &self.shaper,
                rtl: self.rtl,
                width: self.width,
            };
            draw(&mut draw_on);
            draw_on.surface.finish();
        }
        page.finish();
        Ok(())
    }

    /// The PDF's bytes.
    pub fn finish(self) -> Result<Vec<u8>, PdfError> {
        self.document
            .finish()
            .map_err(|e| PdfError::Write(format!("{e:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts(texts: &[&str]) -> Option<FontSet> {
        // The font packages are part of CI's system packages; without them the layout tests
        // have nothing to lay out with, and the error must name the package.
        match FontSet::for_texts(texts.iter().copied()) {
            Ok(f) => Some(f),
            Err(e) => {
                assert!(e.to_string().contains("fonts-noto"), "{e}");
                None
            }
        }
    }

    #[test]
    fn arabic_is_one_right_to_left_piece_and_latin_inside_it_stays_left_to_right() {
        let Some(fonts) = fonts(&["محمد"]) else {
            return;
        };
        let line = layout(&fonts.shaper(), "محمد", 10.0, Weight::Regular);
        assert_eq!(line.pieces(), vec!["محمد"]);
        // Joined: the four letters give four glyphs in their connected forms, none the
        // isolated form (which a font without shaping would draw).
        let isolated = layout(&fonts.shaper(), "م", 10.0, Weight::Regular);
        assert_ne!(
            line.pieces[0].glyphs[3].glyph_id, isolated.pieces[0].glyphs[0].glyph_id,
            "the first letter (drawn rightmost, last in visual order) is in its initial form"
        );
        let mixed = layout(&fonts.shaper(), "وفد UN 2026", 10.0, Weight::Regular);
        assert_eq!(mixed.pieces(), vec!["UN 2026", "وفد "]);
    }

    #[test]
    fn each_script_gets_the_font_that_draws_it() {
        let Some(fonts) = fonts(&["王小明"]) else {
            return;
        };
        let line = layout(&fonts.shaper(), "Иванов 王小明 Zoë", 10.0, Weight::Regular);
        assert_eq!(line.pieces(), vec!["Иванов ", "王小明 ", "Zoë"]);
        assert!(
            line.pieces
                .iter()
                .all(|p| p.glyphs.iter().all(|g| g.glyph_id.to_u32() != 0))
        );
        let cut = fit(
            &fonts.shaper(),
            "Иванов Иван Иванович",
            10.0,
            Weight::Regular,
            40.0,
        );
        assert!(cut.width() <= 40.0);
        assert!(cut.pieces().concat().ends_with('…'));
    }

    #[test]
    fn a_missing_font_names_the_file_and_the_package() {
        let e = locate("NoSuchFont.ttf", "/nonexistent", CORE_PACKAGE).expect_err("missing");
        let said = e.to_string();
        assert!(said.contains("/nonexistent/NoSuchFont.ttf"), "{said}");
        assert!(
            said.contains("fonts-noto-core") && said.contains(FONT_DIR),
            "{said}"
        );
    }
}
