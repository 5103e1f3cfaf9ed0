//! Uploaded files on local disk, content-addressed: a file is stored once under
//! `files/ab/cd/<sha256>` in the data directory, named by the SHA-256 of its bytes, never by a name
//! a user gave. Its type is checked from its content (PDF, DOCX, plain text), its size is
//! limited, and its text is extracted for search.
//!
//! No path here is built from user input, so no upload or download can leave the directory.

use crate::error::Problem;
use std::io::Read;
use std::path::{Path, PathBuf};
use treatydesk_domain::finding::Message;

use sha2::{Digest, Sha256};

use crate::StoreError;

/// The largest file accepted.
pub const MAX_FILE: usize = 20 * 1024 * 1024;

/// Checks uploaded files: at most `most`, none empty, none larger than [`MAX_FILE`], each a
/// PDF, a Word document (DOCX) or plain UTF-8 text; every problem as a sentence.
pub fn check_uploads(files: &[Vec<u8>], most: usize, problems: &mut Vec<Problem>) {
    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    if files.len() > most {
        problems.push(Problem::new(
            Message::new("refuse-files-too-many")
                .number("count", count(files.len()))
                .number("max", count(most)),
            format!(
                "{} files are attached; at most {most} more are accepted here.",
                files.len()
            ),
        ));
    }
    for (i, bytes) in files.iter().enumerate() {
        let n = i + 1;
        if bytes.is_empty() {
            problems.push(Problem::new(
                Message::new("refuse-file-empty").number("n", count(n)),
                format!("Attachment {n} is empty."),
            ));
        } else if bytes.len() > MAX_FILE {
            let (size, max) = (bytes.len() / (1024 * 1024), MAX_FILE / (1024 * 1024));
            problems.push(Problem::new(
                Message::new("refuse-file-too-large")
                    .number("n", count(n))
                    .number("size", count(size))
                    .number("max", count(max)),
                format!("Attachment {n} is {size} MiB; at most {max} MiB are accepted."),
            ));
        } else if media_type_of(bytes).is_none() {
            problems.push(Problem::new(
                Message::new("refuse-file-kind").number("n", count(n)),
                format!("Attachment {n} is not a PDF, a Word document (DOCX) or plain UTF-8 text."),
            ));
        }
    }
}

pub const PDF: &str = "application/pdf";
pub const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
pub const TEXT: &str = "text/plain; charset=utf-8";

/// Where files live.
#[derive(Clone, Debug)]
pub struct FileStore {
    root: PathBuf,
}

/// A file as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub sha256: String,
    pub size: usize,
    pub media_type: &'static str,
    pub text: String,
}

impl Stored {
    /// The file name extension its type is served with.
    pub fn extension(&self) -> &'static str {
        match self.media_type {
            PDF => "pdf",
            DOCX => "docx",
            _ => "txt",
        }
    }
}

impl FileStore {
    pub fn new(data_dir: &Path) -> FileStore {
        FileStore {
            root: data_dir.join("files"),
        }
    }

    /// The path of a stored file; `sha256` must be 64 lowercase hex digits (anything else is
    /// refused, so a crafted value cannot name another path).
    pub fn path(&self, sha256: &str) -> Result<PathBuf, StoreError> {
        if sha256.len() != 64
            || !sha256
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            return Err(StoreError::NotFound(format!("file {sha256}")));
        }
        Ok(self
            .root
            .join(&sha256[..2])
            .join(&sha256[2..4])
            .join(sha256))
    }

    /// Checks, stores (once) and reads the text of a file.
    pub fn put(&self, bytes: &[u8]) -> Result<Stored, StoreError> {
        if bytes.is_empty() {
            return Err(StoreError::refuse(crate::error::said(
                "refuse-the-file-empty",
                "the file is empty",
            )));
        }
        if bytes.len() > MAX_FILE {
            let (size, max) = (bytes.len() / (1024 * 1024), MAX_FILE / (1024 * 1024));
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-the-file-too-large")
                    .number("size", i64::try_from(size).unwrap_or(i64::MAX))
                    .number("max", i64::try_from(max).unwrap_or(i64::MAX)),
                format!("the file is {size} MiB; at most {max} MiB are accepted"),
            )));
        }
        let media_type = media_type_of(bytes).ok_or_else(|| {
            StoreError::refuse(crate::error::said(
                "refuse-the-file-kind",
                "the file is not a PDF, a Word document (DOCX) or plain UTF-8 text",
            ))
        })?;
        let text = extract_text(media_type, bytes).map_err(|why| {
            StoreError::refuse(Problem::new(
                Message::new("refuse-the-file-unreadable").code("why", &why),
                format!("the file cannot be read: {why}"),
            ))
        })?;
        let sha256 = hex(&Sha256::digest(bytes));
        let path = self.path(&sha256)?;
        if !path.exists() {
            let dir = path
                .parent()
                .ok_or_else(|| StoreError::Unavailable("no directory for files".into()))?;
            let unavailable =
                |e: std::io::Error| StoreError::Unavailable(format!("{}: {e}", dir.display()));
            private_dir(dir).map_err(unavailable)?;
            // Write beside, then rename: a reader never sees half a file.
            let partial = dir.join(format!("{sha256}.partial"));
            write_private(&partial, bytes).map_err(unavailable)?;
            std::fs::rename(&partial, &path).map_err(unavailable)?;
        }
        Ok(Stored {
            sha256,
            size: bytes.len(),
            media_type,
            text,
        })
    }

    /// The bytes of a stored file.
    pub fn read(&self, sha256: &str) -> Result<Vec<u8>, StoreError> {
        let path = self.path(sha256)?;
        std::fs::read(&path).map_err(|_| StoreError::NotFound(format!("file {sha256}")))
    }
}

/// Creates a directory and its parents, readable by the server's user only (0700 on Unix:
/// every directory it creates, not only the last; an existing `dir` is narrowed to 0700 too).
pub fn private_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(dir)?;
    make_private(dir)
}

/// Narrows an existing file (0600) or directory (0700) to the server's user.
pub fn make_private(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = if path.is_dir() { 0o700 } else { 0o600 };
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Writes a file readable by the server's user only (0600 on Unix), replacing what was there.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    make_private(path)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The type of a file, from its first bytes (and, for DOCX, its contents).
pub fn media_type_of(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF-") {
        return Some(PDF);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        let archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
        return archive
            .file_names()
            .any(|n| n.is_ok_and(|n| n == "word/document.xml"))
            .then_some(DOCX);
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let binary = text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'));
    let markup = text.trim_start().starts_with('<');
    (!binary && !markup).then_some(TEXT)
}

/// The text of a file, for search. A PDF without a text layer gives no text, not an error.
pub fn extract_text(media_type: &str, bytes: &[u8]) -> Result<String, String> {
    match media_type {
        PDF => {
            let doc = lopdf::Document::load_mem(bytes)
                .map_err(|e| format!("not a readable PDF ({e})"))?;
            let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
            Ok(reading_order(&doc.extract_text(&pages).unwrap_or_default()))
        }
        DOCX => docx_text(bytes),
        _ => Ok(String::from_utf8_lossy(bytes).into_owned()),
    }
}

/// A PDF keeps its glyphs in the order they stand on the line, so right-to-left text (Arabic,
/// Hebrew) comes out of the content stream backwards. Each run of right-to-left letters, with
/// the spaces, punctuation and numbers between them, is put back in reading order: the letters
/// reversed (each keeping the marks that follow it), a number kept as it reads.
pub fn reading_order(text: &str) -> String {
    use unicode_bidi::{BidiClass, bidi_class};
    let rtl = |c: char| matches!(bidi_class(c), BidiClass::R | BidiClass::AL);
    let digit = |c: char| matches!(bidi_class(c), BidiClass::EN | BidiClass::AN);
    let neutral = |c: char| {
        matches!(
            bidi_class(c),
            BidiClass::WS | BidiClass::ON | BidiClass::CS | BidiClass::ES | BidiClass::ET
        )
    };
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        // Units: a character with the combining marks after it, or a whole number.
        let mut units: Vec<String> = Vec::new();
        for c in line.chars() {
            let joins = units.last().is_some_and(|u| {
                bidi_class(c) == BidiClass::NSM || (digit(c) && u.chars().last().is_some_and(digit))
            });
            match units.last_mut() {
                Some(u) if joins => u.push(c),
                _ => units.push(c.to_string()),
            }
        }
        let strong = |u: &String| u.chars().next().is_some_and(rtl);
        let inside = |u: &String| {
            u.chars()
                .next()
                .is_some_and(|c| rtl(c) || digit(c) || (neutral(c) && c != '\n'))
        };
        let mut i = 0;
        while i < units.len() {
            if !strong(&units[i]) {
                out.push_str(&units[i]);
                i += 1;
                continue;
            }
            let mut end = i;
            let mut j = i;
            while j < units.len() && inside(&units[j]) {
                if strong(&units[j]) {
                    end = j;
                }
                j += 1;
            }
            for u in units[i..=end].iter().rev() {
                out.push_str(u);
            }
            i = end + 1;
        }
    }
    out
}

fn docx_text(bytes: &[u8]) -> Result<String, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("not a readable DOCX ({e})"))?;
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .map_err(|e| format!("no document body ({e})"))?
        .take(64 * 1024 * 1024)
        .read_to_string(&mut xml)
        .map_err(|e| format!("the document body cannot be read ({e})"))?;
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut out = String::new();
    let mut in_text = false;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(e)) if e.name().as_ref() == b"w:t" => in_text = true,
            Ok(quick_xml::events::Event::End(e)) => match e.name().as_ref() {
                b"w:t" => in_text = false,
                b"w:p" => out.push('\n'),
                _ => {}
            },
            Ok(quick_xml::events::Event::Text(t)) if in_text => {
                out.push_str(&t.xml10_content().map_err(|e| e.to_string())?);
            }
            Ok(quick_xml::events::Event::GeneralRef(r)) if in_text => {
                match r.resolve_char_ref().map_err(|e| e.to_string())? {
                    Some(c) => out.push(c),
                    None => {
                        let name = r.decode().map_err(|e| e.to_string())?;
                        if let Some(v) = quick_xml::escape::resolve_xml_entity(&name) {
                            out.push_str(v);
                        }
                    }
                }
            }
            Ok(quick_xml::events::Event::Eof) => break,
            Err(e) => return Err(format!("the document body is not well-formed ({e})")),
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_runs_come_back_in_reading_order() {
        // As a content stream holds them: the glyphs from left to right on the line.
        assert_eq!(reading_order("دمحم"), "محمد");
        assert_eq!(
            reading_order("يمشاهلا دمحم\nOkafor\n"),
            "محمد الهاشمي\nOkafor\n"
        );
        // A number inside Arabic reads left to right; Latin text around it is untouched.
        assert_eq!(reading_order("ةنس 2026 يف"), "في 2026 سنة");
        assert_eq!(reading_order("Ref 2026 ةنس"), "Ref 2026 سنة");
        // A mark stays after its letter.
        assert_eq!(
            reading_order("\u{628}\u{64e}\u{62a}"),
            "\u{62a}\u{628}\u{64e}"
        );
    }

    /// A minimal DOCX: a zip with word/document.xml.
    pub fn docx(text: &str) -> Vec<u8> {
        use std::io::Write;
        let mut buf = std::io::Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut buf);
            let options = zip::write::SimpleFileOptions::default();
            zip.start_file("word/document.xml", options).expect("start");
            write!(
                zip,
                "<?xml version=\"1.0\"?><w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
            )
            .expect("write");
            zip.finish().expect("finish");
        }
        buf.into_inner()
    }

    #[test]
    fn p4_4_types_are_checked_by_content_not_by_name() {
        assert_eq!(media_type_of(b"%PDF-1.4 ..."), Some(PDF));
        assert_eq!(media_type_of(&docx("Informe final")), Some(DOCX));
        assert_eq!(media_type_of("Rapport final".as_bytes()), Some(TEXT));
        assert_eq!(media_type_of(b"<html><script>"), None);
        assert_eq!(media_type_of(b"MZ\x90\x00\x03"), None);
        assert_eq!(media_type_of(b"PK\x03\x04not a zip"), None);
    }

    #[test]
    fn p4_4_docx_text_is_extracted() {
        assert_eq!(
            extract_text(DOCX, &docx("Informe final de la reuni&#243;n")).expect("text"),
            "Informe final de la reunión\n"
        );
    }

    #[test]
    fn p4_4_files_are_content_addressed_and_paths_cannot_escape() {
        let dir = std::env::temp_dir().join(format!("td-files-{}", std::process::id()));
        let files = FileStore::new(&dir);
        let a = files.put(b"Final report").expect("stored");
        let b = files.put(b"Final report").expect("stored again");
        assert_eq!(a.sha256, b.sha256);
        assert_eq!(files.read(&a.sha256).expect("read"), b"Final report");
        assert!(
            files
                .path(&a.sha256)
                .expect("path")
                .starts_with(dir.join("files"))
        );
        for bad in ["../../etc/passwd", "..", &"a".repeat(63), &"G".repeat(64)] {
            assert!(files.path(bad).is_err(), "{bad}");
        }
        assert!(files.put(b"").is_err());
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// A one-page PDF with `lines` of Latin text (Helvetica, WinAnsi), for demo files and tests.
pub fn text_pdf(lines: &[&str]) -> Vec<u8> {
    use lopdf::content::{Content, Operation};
    use lopdf::{Document, Object, Stream, dictionary};
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font_id } });
    let mut operations = vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F1".into(), 11.into()]),
        Operation::new("Td", vec![50.into(), 790.into()]),
        Operation::new("TL", vec![15.into()]),
    ];
    for line in lines {
        // WinAnsi is Latin-1 for these characters; others become '?'.
        let bytes: Vec<u8> = line
            .chars()
            .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
            .collect();
        operations.push(Operation::new(
            "Tj",
            vec![Object::String(bytes, lopdf::StringFormat::Literal)],
        ));
        operations.push(Operation::new("T*", vec![]));
    }
    operations.push(Operation::new("ET", vec![]));
    let content = Content { operations }.encode().unwrap_or_default();
    let content_id = doc.add_object(Stream::new(dictionary! {}, content));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
    });
    let pages = dictionary! {
        "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
        "Resources" => resources_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    };
    doc.objects.insert(pages_id, Object::Dictionary(pages));
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    if doc.save_to(&mut out).is_err() {
        out.clear();
    }
    out
}

#[cfg(test)]
mod pdf_tests {
    use super::*;

    #[test]
    fn p4_4_pdf_text_is_extracted() {
        let pdf = text_pdf(&["Informe final de la Tercera Reunion", "Oslo 2012"]);
        assert_eq!(media_type_of(&pdf), Some(PDF));
        let text = extract_text(PDF, &pdf).expect("text");
        assert!(text.contains("Informe final"), "{text:?}");
        assert!(text.contains("Oslo 2012"), "{text:?}");
    }
}
