//! Lists every translation file, `locales/<language>/*.ftl`, for `i18n` to embed: a new file is
//! compiled in without being named anywhere. It reads file names only, never their text.

use std::error::Error;
use std::fmt::Write;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    let dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?).join("../../locales");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files = Vec::new();
    for lang in std::fs::read_dir(&dir)? {
        let lang = lang?.path();
        if !lang.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&lang)? {
            let file = file?.path();
            if file.extension().is_some_and(|e| e == "ftl") {
                files.push(file.canonicalize()?);
            }
        }
    }
    files.sort();
    let mut out = String::from("&[\n");
    for file in &files {
        let lang = file
            .parent()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str())
            .ok_or("a language directory without a name")?;
        let path = file
            .to_str()
            .ok_or("a translation file's path is not UTF-8")?;
        writeln!(out, "    ({lang:?}, include_str!({path:?})),")?;
    }
    out.push_str("]\n");
    std::fs::write(
        PathBuf::from(std::env::var("OUT_DIR")?).join("locales.rs"),
        out,
    )?;
    Ok(())
}
