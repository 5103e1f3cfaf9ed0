//! The in-process test harness: a fresh database (SQLite, or PostgreSQL when
//! TREATYDESK_TEST_DATABASE_URL is set) with the demo loaded, and requests sent through the
//! router with `oneshot`.
//!
//! On SQLite the demo is loaded once per test process into a template (on a thread and runtime
//! of its own, so no test's runtime owns its connections) and every test gets a copy of it: the
//! database by `VACUUM INTO`, the demo documents' files by copying. On PostgreSQL each test
//! loads the demo into its own schema.

#![allow(dead_code)]

pub mod smtp;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use tower::ServiceExt;
use treatydesk_store::demo::DemoAccount;
use treatydesk_store::testing::TestDb;
use treatydesk_web::{AppState, router};

pub struct TestApp {
    pub db: TestDb,
    pub app: Router,
    pub accounts: Vec<DemoAccount>,
    /// The state the router was built from (its guard, files and index).
    pub state: AppState,
}

pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Answer {
    pub fn cookies(&self) -> Vec<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok().map(String::from))
            .collect()
    }

    /// The value a `Set-Cookie` header gives to `name`.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies().iter().find_map(|c| {
            let first = c.split(';').next()?;
            let (k, v) = first.split_once('=')?;
            (k == name).then(|| v.to_string())
        })
    }

    pub fn location(&self) -> Option<String> {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(String::from)
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).expect("the body is JSON")
    }

    /// The value of a hidden form field in the page.
    pub fn hidden(&self, name: &str) -> String {
        let marker = format!("name=\"{name}\" value=\"");
        let start = self.body.find(&marker).expect("field present") + marker.len();
        let end = self.body[start..].find('"').expect("closing quote") + start;
        self.body[start..end].to_string()
    }
}

/// The demo loaded once: a directory holding `template.sqlite` and the demo's files, and the
/// demo accounts' passwords.
struct Template {
    dir: std::path::PathBuf,
    accounts: Vec<DemoAccount>,
}

static TEMPLATE: std::sync::OnceLock<Result<Template, String>> = std::sync::OnceLock::new();

fn build_template() -> Result<Template, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async {
        let db = TestDb::sqlite_empty().await.map_err(|e| e.to_string())?;
        db.store
            .load_reference_data()
            .await
            .map_err(|e| e.to_string())?;
        let accounts = db.store.load_demo().await.map_err(|e| e.to_string())?;
        let files = treatydesk_store::files::FileStore::new(&db.dir);
        db.store
            .load_demo_documents(&files)
            .await
            .map_err(|e| e.to_string())?;
        let dir = std::env::temp_dir().join(format!("treatydesk-template-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(&db.dir, &dir).map_err(|e| e.to_string())?;
        let _ = std::fs::remove_file(dir.join(treatydesk_store::SQLITE_FILE));
        let target = dir.join("template.sqlite");
        sea_orm::ConnectionTrait::execute_unprepared(
            db.store.db(),
            &format!("VACUUM INTO '{}'", target.display()),
        )
        .await
        .map_err(|e| e.to_string())?;
        Ok(Template { dir, accounts })
    })
}

/// Copies the files under `from` (not the SQLite database's own files) into `to`.
fn copy_dir(from: &std::path::Path, to: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        let text = name.to_string_lossy();
        if text.starts_with(treatydesk_store::SQLITE_FILE) || text == "template.sqlite" {
            continue;
        }
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &to.join(&name))?;
        } else {
            std::fs::copy(entry.path(), to.join(&name))?;
        }
    }
    Ok(())
}

/// The URL of database `name` on the server `base` names.
fn database_url(base: &str, name: &str) -> String {
    let (head, query) = base.split_once('?').map_or((base, ""), |(h, q)| (h, q));
    let server = head.rsplit_once('/').map_or(head, |(s, _)| s);
    if query.is_empty() {
        format!("{server}/{name}")
    } else {
        format!("{server}/{name}?{query}")
    }
}

/// On PostgreSQL: a template database with the demo loaded, made once per test process.
struct PgTemplate {
    name: String,
    dir: std::path::PathBuf,
    accounts: Vec<DemoAccount>,
}

static PG_TEMPLATE: std::sync::OnceLock<Result<PgTemplate, String>> = std::sync::OnceLock::new();

fn build_pg_template(base: String) -> Result<PgTemplate, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let name = format!("td_template_{}", std::process::id());
    let dir = std::env::temp_dir().join(format!("treatydesk-pg-template-{}", std::process::id()));
    let accounts = runtime.block_on(async {
        use sea_orm::ConnectionTrait;
        let admin = sea_orm::Database::connect(base.as_str())
            .await
            .map_err(|e| e.to_string())?;
        admin
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
            .await
            .map_err(|e| e.to_string())?;
        admin
            .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
            .await
            .map_err(|e| e.to_string())?;
        admin.close().await.map_err(|e| e.to_string())?;
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let store = treatydesk_store::Store::connect(&database_url(&base, &name), None)
            .await
            .map_err(|e| e.to_string())?
            .with_data_dir(dir.clone());
        store.migrate().await.map_err(|e| e.to_string())?;
        store
            .load_reference_data()
            .await
            .map_err(|e| e.to_string())?;
        let accounts = store.load_demo().await.map_err(|e| e.to_string())?;
        let files = treatydesk_store::files::FileStore::new(&dir);
        store
            .load_demo_documents(&files)
            .await
            .map_err(|e| e.to_string())?;
        store
            .db()
            .clone()
            .close()
            .await
            .map_err(|e| e.to_string())?;
        Ok::<_, String>(accounts)
    })?;
    // The runtime's end closes the store's listener too: a template must have no session.
    drop(runtime);
    Ok(PgTemplate {
        name,
        dir,
        accounts,
    })
}

/// A database of its own on PostgreSQL, copied from the template.
async fn pg_demo_db(base: String) -> (TestDb, Vec<DemoAccount>) {
    let template = PG_TEMPLATE
        .get_or_init(|| {
            let base = base.clone();
            std::thread::spawn(move || build_pg_template(base))
                .join()
                .unwrap_or_else(|_| Err("the template thread panicked".into()))
        })
        .as_ref()
        .expect("the PostgreSQL demo template");
    let suffix: String = treatydesk_store::accounts::random_token()[..16].to_lowercase();
    let name = format!("t_{suffix}");
    {
        use sea_orm::ConnectionTrait;
        let admin = sea_orm::Database::connect(base.as_str())
            .await
            .expect("the PostgreSQL server");
        let mut made = false;
        // The template's last sessions may take a moment to end.
        for _ in 0..50 {
            if admin
                .execute_unprepared(&format!(
                    "CREATE DATABASE \"{name}\" TEMPLATE \"{}\"",
                    template.name
                ))
                .await
                .is_ok()
            {
                made = true;
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert!(made, "cannot copy the template database");
        let _ = admin.close().await;
    }
    let dir = std::env::temp_dir().join(format!("treatydesk-test-{suffix}"));
    copy_dir(&template.dir, &dir).expect("copy the template's files");
    let url = database_url(&base, &name);
    let store = treatydesk_store::Store::connect(&url, None)
        .await
        .expect("open the copy")
        .with_data_dir(dir.clone());
    let db = TestDb {
        store,
        dir,
        url,
        schema: None,
        database: Some((base, name)),
    };
    (db, template.accounts.clone())
}

/// A database with the demo loaded, and the demo accounts' passwords.
async fn demo_db() -> (TestDb, Vec<DemoAccount>) {
    if let Ok(base) = std::env::var(treatydesk_store::testing::TEST_DATABASE_URL)
        && !base.is_empty()
    {
        return pg_demo_db(base).await;
    }
    let template = TEMPLATE
        .get_or_init(|| {
            std::thread::spawn(build_template)
                .join()
                .unwrap_or_else(|_| Err("the template thread panicked".into()))
        })
        .as_ref()
        .expect("the demo template");
    let suffix: String = treatydesk_store::accounts::random_token()[..16].to_string();
    let dir = std::env::temp_dir().join(format!("treatydesk-test-{suffix}"));
    copy_dir(&template.dir, &dir).expect("copy the template's files");
    let file = dir.join(treatydesk_store::SQLITE_FILE);
    std::fs::copy(template.dir.join("template.sqlite"), &file).expect("copy the template");
    let url = treatydesk_store::sqlite_url(&file);
    let store = treatydesk_store::Store::connect(&url, None)
        .await
        .expect("open the copy")
        .with_data_dir(dir.clone());
    // The poller's first look counts every area as changed; wait for it, so that it does not
    // land between two requests of the test (it would look like another process's write).
    for _ in 0..400 {
        if store.generations().has_looked() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    let db = TestDb {
        store,
        dir,
        url,
        schema: None,
        database: None,
    };
    (db, template.accounts.clone())
}

impl TestApp {
    pub async fn new() -> TestApp {
        let (db, accounts) = demo_db().await;
        TestApp::loaded(db, accounts, treatydesk_web::guard::Settings::default()).await
    }

    /// The demo on a given database.
    pub async fn on(db: TestDb) -> TestApp {
        TestApp::with(db, treatydesk_web::guard::Settings::default()).await
    }

    /// The demo with the given security settings.
    pub async fn with_settings(settings: treatydesk_web::guard::Settings) -> TestApp {
        let (db, accounts) = demo_db().await;
        TestApp::loaded(db, accounts, settings).await
    }

    /// An app over a restored database: its files in the database's directory, nothing loaded.
    pub async fn restored(db: TestDb) -> TestApp {
        let mut state = AppState::new(db.store.clone()).expect("state");
        state.shared_mut().files = treatydesk_store::files::FileStore::new(&db.dir);
        let app = router(state.clone());
        TestApp {
            db,
            app,
            accounts: Vec::new(),
            state,
        }
    }

    async fn with(db: TestDb, settings: treatydesk_web::guard::Settings) -> TestApp {
        let accounts = db.store.load_demo().await.expect("demo");
        TestApp::loaded(db, accounts, settings).await
    }

    /// The app over a database the demo is loaded into (its documents loaded when absent).
    async fn loaded(
        db: TestDb,
        accounts: Vec<DemoAccount>,
        settings: treatydesk_web::guard::Settings,
    ) -> TestApp {
        let mut state = AppState::new(db.store.clone()).expect("state");
        state.shared_mut().guard = std::sync::Arc::new(treatydesk_web::guard::Guard::new(
            settings,
            treatydesk_web::guard::random_key(),
        ));
        // Files go with the test's database directory, removed when the test ends.
        state.shared_mut().files = treatydesk_store::files::FileStore::new(&db.dir);
        db.store
            .load_demo_documents(&state.files)
            .await
            .expect("demo documents");
        treatydesk_web::services::indexing::reindex(&state, |_| {})
            .await
            .expect("index");
        let app = router(state.clone());
        TestApp {
            db,
            app,
            accounts,
            state,
        }
    }

    pub fn password(&self, username: &str) -> String {
        self.accounts
            .iter()
            .find(|a| a.username == username)
            .expect("demo account")
            .password
            .clone()
    }

    /// A session token for a demo account, opened directly in the store.
    pub async fn session_for(&self, username: &str) -> String {
        let user = self.db.store.user_by_name(username).await.expect("user");
        self.db.store.sign_in(&user).await.expect("session").token
    }

    /// A session's cookie and its CSRF token, read from the reader's account page.
    pub async fn signed_in(&self, username: &str) -> (String, String) {
        let token = self.session_for(username).await;
        let cookie = format!("td_session={token}");
        let page = self.get_with("/account", &[("cookie", &cookie)]).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        (cookie, page.hidden("csrf"))
    }

    /// A new personal API token of `username`, made on the account page as the user would.
    #[allow(dead_code)]
    pub async fn api_token(&self, username: &str, name: &str) -> String {
        let (cookie, csrf) = self.signed_in(username).await;
        let made = self
            .post_form(
                "/account/tokens",
                &cookie,
                &[("csrf", &csrf), ("name", name)],
            )
            .await;
        assert_eq!(made.status, StatusCode::OK, "{}", made.body);
        let marker = "<code id=\"new-token\">";
        let start = made.body.find(marker).expect("the new token") + marker.len();
        let end = made.body[start..].find('<').expect("closing tag") + start;
        made.body[start..end].to_string()
    }

    /// An API request authorized by a personal API token, with a JSON body when given.
    pub async fn bearer(
        &self,
        method: &str,
        path: &str,
        token: &str,
        body: Option<serde_json::Value>,
    ) -> Answer {
        let mut request = Request::builder()
            .method(method)
            .uri(path)
            .header(header::AUTHORIZATION, format!("Bearer {token}"));
        if body.is_some() {
            request = request.header(header::CONTENT_TYPE, "application/json");
        }
        let body = body.map(|b| Body::from(b.to_string())).unwrap_or_default();
        self.send(request.body(body).expect("request")).await
    }

    pub async fn send(&self, request: Request<Body>) -> Answer {
        send_to(&self.app, request).await
    }

    pub async fn get(&self, path: &str) -> Answer {
        self.get_with(path, &[]).await
    }

    pub async fn get_as(&self, path: &str, session: Option<&str>) -> Answer {
        match session {
            Some(token) => {
                self.get_with(path, &[("cookie", &format!("td_session={token}"))])
                    .await
            }
            None => self.get(path).await,
        }
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Answer {
        let mut request = Request::get(path);
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        self.send(request.body(Body::empty()).expect("request"))
            .await
    }

    pub async fn post_form(&self, path: &str, cookie: &str, form: &[(&str, &str)]) -> Answer {
        let body = form
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let request = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, cookie)
            .body(Body::from(body))
            .expect("request");
        self.send(request).await
    }
}

pub fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// One request through a router, answered in full (any router: a second process's too).
pub async fn send_to(app: &axum::Router, request: Request<Body>) -> Answer {
    let response = app.clone().oneshot(request).await.expect("a response");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), 16 * 1024 * 1024)
        .await
        .expect("body");
    Answer {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

const BOUNDARY: &str = "test-boundary-q8Zr";

/// A multipart/form-data body: the fields, then each file as a `file` part (text/plain).
pub fn multipart(fields: &[(&str, &str)], files: &[&[u8]]) -> String {
    let mut body = String::new();
    for (name, value) in fields {
        body.push_str(&format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        ));
    }
    for content in files {
        body.push_str(&format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\n{}\r\n",
            String::from_utf8_lossy(content)
        ));
    }
    body.push_str(&format!("--{BOUNDARY}--\r\n"));
    body
}

/// Posts a multipart form (a file upload) with the session cookie.
pub async fn post_multipart(
    app: &TestApp,
    path: &str,
    cookie: &str,
    fields: &[(&str, &str)],
    files: &[&[u8]],
) -> Answer {
    let request = Request::post(path)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(header::COOKIE, cookie)
        .body(Body::from(multipart(fields, files)))
        .expect("request");
    app.send(request).await
}
