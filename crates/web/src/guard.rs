//! The server's guard: the operator's security settings (trusted proxy, HSTS, who may read
//! `/metrics`, the public write rate), the server's secret key (it signs the anonymous CSRF
//! token and the known-device cookie), and the bounded limiters of sign-in and public writes.
//!
//! Every map here is keyed by client input and so is bounded and evicting ([`BoundedCounter`]);
//! keys are capped in length. Nothing here reads or writes records.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::Path;
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::http::request::Parts;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

use crate::WebError;
use crate::limits::BoundedCounter;

/// The operator's settings (all off by default, the public write rate at 30 a minute).
#[derive(Clone, Debug)]
pub struct Settings {
    /// Trust the last `X-Forwarded-For` address (set only behind a reverse proxy that sets it).
    pub trusted_proxy: bool,
    /// Send `Strict-Transport-Security` (served over TLS, directly or behind a proxy).
    pub hsts: bool,
    /// `/metrics` answers a bearer of this token, or a loopback client when `None`.
    pub metrics_token: Option<String>,
    /// Public writes (registrations) allowed per client a minute; 0 means no limit (benches).
    pub public_writes_per_minute: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            trusted_proxy: false,
            hsts: false,
            metrics_token: None,
            public_writes_per_minute: 30,
        }
    }
}

/// A request is answered within this, or gets a 408 (D8).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Usernames are compared on their first characters only (no account name is longer).
pub const MAX_USERNAME: usize = 64;
/// Failed sign-ins for one username, in [`FAILURE_WINDOW`], before it is locked for clients
/// that have not signed in as it before.
pub const USERNAME_FAILURES: u32 = 10;
/// Failed sign-ins from one client in [`FAILURE_WINDOW`] before it must wait.
pub const CLIENT_FAILURES: u32 = 30;
pub const FAILURE_WINDOW: Duration = Duration::from_secs(15 * 60);
/// How many usernames and clients the limiters remember at most.
pub const MAX_KEYS: usize = 10_000;

/// This process's sign-in limiter: failures only, counted by client address, bounded and
/// evicting. It refuses a flood from one address without asking the database; the counts that
/// every process shares (by client and by capped username, `Store::login_failures`) decide
/// the rest, so a correct password or a lockout in one process holds in all.
pub struct LoginLimiter {
    by_client: BoundedCounter<IpAddr>,
}

impl Default for LoginLimiter {
    fn default() -> Self {
        Self {
            by_client: BoundedCounter::new(MAX_KEYS, FAILURE_WINDOW),
        }
    }
}

/// The key a username is counted under: lower case, at most [`MAX_USERNAME`] characters.
pub fn username_key(username: &str) -> String {
    username
        .trim()
        .chars()
        .take(MAX_USERNAME)
        .collect::<String>()
        .to_lowercase()
}

impl LoginLimiter {
    /// May this client try to sign in now, as far as this process has seen?
    pub fn allows(&self, client: IpAddr) -> bool {
        self.by_client.count(&client) < CLIENT_FAILURES
    }

    pub fn failed(&self, client: IpAddr) {
        self.by_client.add(client);
    }

    /// Keys held (bounded by [`MAX_KEYS`]).
    pub fn keys(&self) -> usize {
        self.by_client.len()
    }
}

/// The settings, the secret and the limiters a server shares.
pub struct Guard {
    pub settings: Settings,
    key: [u8; 32],
    pub login: LoginLimiter,
    /// Public writes per client, over a minute.
    pub public_writes: BoundedCounter<IpAddr>,
}

impl Guard {
    pub fn new(settings: Settings, key: [u8; 32]) -> Guard {
        Guard {
            settings,
            key,
            login: LoginLimiter::default(),
            public_writes: BoundedCounter::new(MAX_KEYS, Duration::from_secs(60)),
        }
    }

    /// A guard with default settings and a fresh random key (tests, benches).
    pub fn ephemeral() -> Guard {
        Guard::new(Settings::default(), random_key())
    }

    /// HMAC-SHA256 of `message` under the server's key, as 64 hex digits.
    pub fn sign(&self, message: &str) -> String {
        hex(&hmac_sha256(&self.key, message.as_bytes()))
    }

    /// A fresh anonymous CSRF token: a random half and its signature (64 characters).
    pub fn new_csrf(&self) -> String {
        let nonce = &treatydesk_store::accounts::random_token()[..32];
        format!("{nonce}{}", &self.sign(&format!("csrf:{nonce}"))[..32])
    }

    /// Was this anonymous CSRF token made by this server?
    pub fn csrf_is_ours(&self, token: &str) -> bool {
        if token.len() != 64 || !token.is_ascii() {
            return false;
        }
        let (nonce, mac) = token.split_at(32);
        same(mac, &self.sign(&format!("csrf:{nonce}"))[..32])
    }

    /// The known-device cookie's value for a username.
    pub fn device_mark(&self, username: &str) -> String {
        self.sign(&format!("device:{}", username_key(username)))
    }

    /// Counts a public write from `client`; refuses past the rate.
    pub fn public_write(&self, client: IpAddr) -> Result<(), WebError> {
        let max = self.settings.public_writes_per_minute;
        if max == 0 || self.public_writes.try_add(client, max) {
            Ok(())
        } else {
            Err(WebError::TooManyWrites)
        }
    }
}

/// Constant-time comparison of two strings.
pub fn same(a: &str, b: &str) -> bool {
    bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// 32 random bytes.
pub fn random_key() -> [u8; 32] {
    parse_key(&treatydesk_store::accounts::random_token()).unwrap_or([0u8; 32])
}

/// The server's key, kept in `secret.key` in the data directory (made at first start, 0600),
/// so that several processes on one data directory and restarts share it.
pub fn key_for_data_dir(dir: &Path) -> std::io::Result<[u8; 32]> {
    let path = dir.join("secret.key");
    if let Ok(text) = std::fs::read_to_string(&path)
        && let Some(key) = parse_key(text.trim())
    {
        return Ok(key);
    }
    let key = random_key();
    std::fs::create_dir_all(dir)?;
    treatydesk_store::files::write_private(&path, hex(&key).as_bytes())?;
    Ok(key)
}

fn parse_key(text: &str) -> Option<[u8; 32]> {
    let mut key = [0u8; 32];
    hex::decode_to_slice(text, &mut key).ok()?;
    Some(key)
}

fn hmac_sha256(key: &[u8; 32], message: &[u8]) -> [u8; 32] {
    // HMAC pads a short key with zeros to the block (64 bytes); padding it here gives the same
    // MAC through the constructor that cannot fail.
    let mut block = [0u8; 64];
    block[..32].copy_from_slice(key);
    let mut mac = <Hmac<Sha256> as hmac::digest::KeyInit>::new(&block.into());
    mac.update(message);
    mac.finalize().into_bytes().into()
}

fn hex(bytes: &[u8]) -> String {
    hex::encode(bytes)
}

/// The client's address: the connection's; with the trusted-proxy setting, the last address
/// in `X-Forwarded-For` (the one the proxy added). In-process tests have no connection: loopback.
pub fn client_ip(parts: &Parts, settings: &Settings) -> IpAddr {
    let peer = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
        .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
    if !settings.trusted_proxy {
        return peer;
    }
    parts
        .headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|a| a.trim().parse::<IpAddr>().ok())
        .next_back()
        .unwrap_or(peer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_rfc_4231_and_csrf_tokens_are_signed() {
        let mut jefe = [0u8; 32];
        jefe[..4].copy_from_slice(b"Jefe");
        assert_eq!(
            hex(&hmac_sha256(&jefe, b"what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        let g = Guard::ephemeral();
        let t = g.new_csrf();
        assert_eq!(t.len(), 64);
        assert!(g.csrf_is_ours(&t));
        assert!(!g.csrf_is_ours(&"a".repeat(64)));
        assert!(!Guard::ephemeral().csrf_is_ours(&t), "another key");
        assert_eq!(parse_key(&hex(&g.key)), Some(g.key));
    }

    #[test]
    fn d2_usernames_are_counted_under_a_capped_key_and_clients_stay_bounded() {
        let long = "X".repeat(1 << 20);
        assert_eq!(username_key(&long).chars().count(), MAX_USERNAME);
        assert_eq!(username_key("  Ana "), "ana");
        let l = LoginLimiter::default();
        for i in 0..(MAX_KEYS as u32 + 500) {
            l.failed(IpAddr::V4(Ipv4Addr::from(i)));
        }
        assert!(l.keys() <= MAX_KEYS);
    }

    #[test]
    fn d7_only_failures_count_and_one_client_is_held_back_at_its_limit() {
        let l = LoginLimiter::default();
        let ip: IpAddr = "192.0.2.1".parse().expect("ip");
        let other: IpAddr = "192.0.2.2".parse().expect("ip");
        for _ in 0..CLIENT_FAILURES {
            assert!(l.allows(ip));
            l.failed(ip);
        }
        assert!(!l.allows(ip), "held back after its failures");
        assert!(l.allows(other), "another client is not");
    }
}
