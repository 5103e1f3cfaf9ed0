//! Load generator for registration (used by `bench/registration.sh`): posts N registrations to
//! the public JSON API over C keep-alive HTTP/1.1 connections on loopback, a share of them
//! deliberate duplicates (the same e-mail as the post just before, so the two race), and prints
//! throughput, latency percentiles and the count of each answer. Plain TCP and tokio only.
//!
//!   registration-load <host:port> <path> <requests> <connections> <duplicate-every>
//!
//! Every unique person gets their own organization, so no delegation cap applies.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// The e-mail index of request `i`: every `every`-th request repeats the one before it.
fn person(i: usize, every: usize) -> usize {
    if every > 1 && i % every == every - 1 {
        i - 1
    } else {
        i
    }
}

fn body(i: usize) -> String {
    format!(
        "{{\"category\":\"ngo\",\"organization\":\"Bench Organization {i}\",\
         \"family_name\":\"Bench\",\"given_name\":\"Person {i}\",\
         \"email\":\"bench{i}@example.org\",\"role\":\"member\"}}"
    )
}

/// Sends one request on the connection and reads the answer; returns the status code.
async fn exchange(
    stream: &mut TcpStream,
    request: &[u8],
    buf: &mut Vec<u8>,
) -> Result<u16, String> {
    stream.write_all(request).await.map_err(|e| e.to_string())?;
    buf.clear();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break p + 4;
        }
        let n = stream.read(&mut chunk).await.map_err(|e| e.to_string())?;
        if n == 0 {
            return Err("connection closed".into());
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let status: u16 = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or("no status")?;
    let length: usize = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse().ok())
                .flatten()
        })
        .unwrap_or(0);
    while buf.len() < head_end + length {
        let n = stream.read(&mut chunk).await.map_err(|e| e.to_string())?;
        if n == 0 {
            return Err("connection closed in the body".into());
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    Ok(status)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 6 {
        return Err("usage: registration-load <host:port> <path> <requests> <connections> <duplicate-every>".into());
    }
    let addr = args[1].clone();
    let path = args[2].clone();
    let total: usize = args[3].parse().map_err(|_| "requests: a number")?;
    let connections: usize = args[4].parse().map_err(|_| "connections: a number")?;
    let every: usize = args[5].parse().map_err(|_| "duplicate-every: a number")?;
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..connections {
        let (next, addr, path) = (next.clone(), addr.clone(), path.clone());
        tasks.push(tokio::spawn(async move {
            let mut results: Vec<(u16, Duration)> = Vec::new();
            let mut errors = 0usize;
            let mut stream = TcpStream::connect(&addr).await.map_err(|e| e.to_string())?;
            stream.set_nodelay(true).map_err(|e| e.to_string())?;
            let mut buf = Vec::with_capacity(16 * 1024);
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total {
                    break;
                }
                let payload = body(person(i, every));
                let request = format!(
                    "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
                     Content-Length: {}\r\n\r\n{payload}",
                    payload.len()
                );
                let t = Instant::now();
                match exchange(&mut stream, request.as_bytes(), &mut buf).await {
                    Ok(status) => results.push((status, t.elapsed())),
                    Err(_) => {
                        errors += 1;
                        stream = TcpStream::connect(&addr).await.map_err(|e| e.to_string())?;
                    }
                }
            }
            Ok::<_, String>((results, errors))
        }));
    }
    let mut all = Vec::new();
    let mut errors = 0;
    for t in tasks {
        let (results, e) = t.await.map_err(|e| e.to_string())??;
        all.extend(results);
        errors += e;
    }
    let elapsed = started.elapsed();
    let mut latencies: Vec<Duration> = all.iter().map(|(_, d)| *d).collect();
    latencies.sort();
    let pct = |p: f64| {
        latencies
            .get(((latencies.len() as f64 * p).ceil() as usize).saturating_sub(1))
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    let count = |s: u16| all.iter().filter(|(st, _)| *st == s).count();
    let duplicates = if every > 1 { total / every } else { 0 };
    println!("requests={total} connections={connections} duplicates_posted={duplicates}");
    println!("expected_unique={}", total - duplicates);
    println!(
        "elapsed_s={:.2} requests_per_s={:.0} created_per_s={:.0}",
        elapsed.as_secs_f64(),
        all.len() as f64 / elapsed.as_secs_f64(),
        count(201) as f64 / elapsed.as_secs_f64()
    );
    println!(
        "latency_ms p50={:.1} p90={:.1} p99={:.1} max={:.1}",
        pct(0.50),
        pct(0.90),
        pct(0.99),
        pct(1.0)
    );
    println!(
        "answers 201={} 409={} 422={} 5xx={} other={} transport_errors={errors}",
        count(201),
        count(409),
        count(422),
        all.iter().filter(|(s, _)| *s >= 500).count(),
        all.iter()
            .filter(|(s, _)| ![201, 409, 422].contains(s) && *s < 500)
            .count()
    );
    Ok(())
}
