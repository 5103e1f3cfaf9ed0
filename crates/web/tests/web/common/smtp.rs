//! A real SMTP server process for the mail tests: Debian's aiosmtpd, run from
//! `support/smtp_server.py`, optionally with STARTTLS (a certificate made at test time with
//! `openssl`) and authentication. Messages it accepts are files in its directory.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

/// The account the TLS server accepts.
pub const USER: &str = "isu-relay";
pub const PASSWORD: &str = "relay-secret-1";

pub struct RealSmtp {
    pub port: u16,
    pub dir: PathBuf,
    tls: bool,
    child: Option<Child>,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn openssl(dir: &std::path::Path, args: &[&str]) {
    let status = Command::new("openssl")
        .current_dir(dir)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("openssl runs");
    assert!(status.success(), "openssl {args:?} failed");
}

/// A test CA (`ca.pem`) and a server certificate for localhost it signed (`cert.pem`,
/// `key.pem`): rustls refuses a self-signed certificate used as the server's own.
fn make_certificates(dir: &std::path::Path) {
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    let mut ca = vec![
        "req",
        "-x509",
        "-days",
        "1",
        "-subj",
        "/CN=TreatyDesk test CA",
    ];
    ca.extend(ec);
    ca.extend(["-keyout", "ca.key", "-out", "ca.pem"]);
    openssl(dir, &ca);
    let mut csr = vec!["req", "-subj", "/CN=localhost"];
    csr.extend(ec);
    csr.extend(["-keyout", "key.pem", "-out", "server.csr"]);
    openssl(dir, &csr);
    std::fs::write(
        dir.join("server.ext"),
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n",
    )
    .expect("extensions");
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "1",
            "-extfile",
            "server.ext",
            "-out",
            "cert.pem",
        ],
    );
}

impl RealSmtp {
    /// Starts a plain server (`tls: false`) or one that requires STARTTLS and signing in.
    pub fn start(tls: bool) -> RealSmtp {
        let dir = std::env::temp_dir().join(format!(
            "treatydesk-smtp-{}-{}",
            std::process::id(),
            free_port()
        ));
        std::fs::create_dir_all(dir.join("mail")).expect("smtp dir");
        if tls {
            make_certificates(&dir);
        }
        let mut server = RealSmtp {
            port: free_port(),
            dir,
            tls,
            child: None,
        };
        server.resume();
        server
    }

    /// The root certificate clients must trust (TLS servers only): the test CA that signed the
    /// server's certificate.
    pub fn certificate(&self) -> Vec<u8> {
        std::fs::read(self.dir.join("ca.pem")).expect("the certificate")
    }

    /// Stops the process (the port refuses connections until [`RealSmtp::resume`]).
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts the process again on the same port and waits until it listens.
    pub fn resume(&mut self) {
        let script =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/web/support/smtp_server.py");
        let mut cmd = Command::new("/usr/bin/python3");
        cmd.arg(script)
            .arg("--port")
            .arg(self.port.to_string())
            .arg("--out")
            .arg(self.dir.join("mail"))
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        if self.tls {
            cmd.arg("--cert")
                .arg(self.dir.join("cert.pem"))
                .arg("--key")
                .arg(self.dir.join("key.pem"))
                .args(["--user", USER, "--password", PASSWORD]);
        }
        let mut child = cmd
            .spawn()
            .expect("python3 with aiosmtpd (Debian's python3-aiosmtpd)");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the server's first line");
        assert_eq!(line.trim(), "ready", "the SMTP server did not start");
        self.child = Some(child);
    }

    /// Every message received so far, as text (the envelope's recipients on the first line).
    pub fn received(&self) -> Vec<String> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(self.dir.join("mail"))
            .map(|d| {
                d.filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                    .collect()
            })
            .unwrap_or_default();
        paths.sort();
        paths
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect()
    }
}

impl Drop for RealSmtp {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
