//! The ceiling for `bench/pages.sh`: a bare axum server answering `GET /` with a short text on
//! the same runtime settings as `treatydesk serve` (multi-threaded tokio, HTTP/1.1). It reads no
//! database and renders no template; it must never grow features, or it stops being a ceiling.
//!
//!   hello <host:port>

use axum::Router;
use axum::routing::get;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:8099".to_string());
    let app = Router::new().route("/", get(|| async { "Hello, world!" }));
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("hello is serving at http://{addr}/");
    axum::serve(listener, app).await
}
