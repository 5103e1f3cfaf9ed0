//! D17 (issue 11): every directory the store creates under the data directory is the server's
//! user's only (0700), not only the last one of a path: `files/ab/cd/` used to leave `files/`
//! and `files/ab/` at the umask's 0755.

#[cfg(unix)]
#[test]
fn d17_every_directory_created_for_a_stored_file_is_0700() {
    use std::os::unix::fs::PermissionsExt;
    let dir = std::env::temp_dir().join(format!(
        "treatydesk-dirs-{}",
        &treatydesk_store::accounts::random_token()[..12]
    ));
    treatydesk_store::files::private_dir(&dir).expect("data directory");
    let files = treatydesk_store::files::FileStore::new(&dir);
    let stored = files.put(b"plain text for a test").expect("put");
    let path = files.path(&stored.sha256).expect("path");
    let mode =
        |p: &std::path::Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);
    let mut checked = 0;
    for ancestor in path.ancestors().skip(1) {
        if !ancestor.starts_with(&dir) {
            break;
        }
        assert_eq!(mode(ancestor), 0o700, "{}", ancestor.display());
        checked += 1;
    }
    // files/, files/ab/, files/ab/cd/ and the data directory itself.
    assert_eq!(checked, 4);
    let _ = std::fs::remove_dir_all(&dir);
}
