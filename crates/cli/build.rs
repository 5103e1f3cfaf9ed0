//! Link settings of the release binary (issue 13: memory); a debug build links as before.
//!
//! - `link-order.txt` (written by `bench/link_order.sh`) lists the functions a serving process
//!   runs; the linker lays them out first, side by side, so the code a server keeps resident is
//!   the code it runs and not every page around it (the kernel maps 64 KiB around each page
//!   touched). Names the binary no longer defines are skipped without a warning: a stale file
//!   costs memory, never correctness.
//! - `-z pack-relative-relocs`: the position-independent binary's relocations packed (DT_RELR,
//!   glibc 2.36 and later) instead of 1.8 MiB of tables the loader reads at every start.
//!
//! Only where Rust links with its own LLD by default (x86_64 Linux with glibc, Rust 1.90 and
//! later), the linker these flags are written for. This script must never change what the
//! program does.

fn main() {
    let order = concat!(env!("CARGO_MANIFEST_DIR"), "/link-order.txt");
    println!("cargo:rerun-if-changed={order}");
    let release = std::env::var("PROFILE").as_deref() == Ok("release");
    let lld = std::env::var("TARGET").as_deref() == Ok("x86_64-unknown-linux-gnu");
    if release && lld {
        for arg in [
            format!("--symbol-ordering-file={order}"),
            "--no-warn-symbol-ordering".to_string(),
            "-z,pack-relative-relocs".to_string(),
        ] {
            println!("cargo:rustc-link-arg-bin=treatydesk=-Wl,{arg}");
        }
    }
}
