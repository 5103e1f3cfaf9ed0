//! The `treatydesk` binary: serve the web application, and the operator's commands (migrate,
//! init, users, imports, backup and restore). It parses arguments, opens the store and calls
//! into `treatydesk-store` and `treatydesk-web`; it holds no rules of its own.

use std::io::{BufRead, IsTerminal, Write};
use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand};
use treatydesk_domain::{Grant, Role};
use treatydesk_store::audit::Author;
use treatydesk_store::{Location, Store};

mod check;
mod plan;

#[derive(Parser)]
#[command(
    name = "treatydesk",
    version,
    about = "TreatyDesk: the implementation-support system of a disarmament convention",
    long_about = "TreatyDesk runs the machinery States Parties set up to implement a convention: \
meetings, Working Groups and Coordinators, the Coordination Committee, the ISU and its records.\n\n\
Start with `treatydesk serve --demo` to try it on the demo data."
)]
struct Cli {
    #[command(flatten)]
    data: DataArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct DataArgs {
    /// Directory for the SQLite database and stored files.
    #[arg(
        long,
        global = true,
        env = "TREATYDESK_DATA_DIR",
        default_value = "data"
    )]
    data_dir: PathBuf,
    /// A postgres:// URL to use PostgreSQL instead of the SQLite file in the data directory.
    #[arg(long, global = true, env = "TREATYDESK_DATABASE_URL")]
    database_url: Option<String>,
    /// Directory of the search index (default: `search-index` in the data directory). Several
    /// server processes sharing one data directory each need their own.
    #[arg(long, global = true, env = "TREATYDESK_INDEX_DIR")]
    index_dir: Option<PathBuf>,
}

impl DataArgs {
    fn index_dir(&self) -> PathBuf {
        self.index_dir
            .clone()
            .unwrap_or_else(|| self.data_dir.join("search-index"))
    }

    /// The web application's state on this data directory and index.
    fn app_state(&self, store: treatydesk_store::Store) -> Result<treatydesk_web::AppState> {
        let index = self.index_dir();
        treatydesk_web::AppState::for_dirs(store, &self.data_dir, &index).with_context(|| {
            format!(
                "cannot open the search index in {} (if another process holds it, give each \
                 process its own --index-dir)",
                index.display()
            )
        })
    }
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web application and the API.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        /// Load the demo (the CCM with its partial participation list and one account per role)
        /// and print the demo accounts' passwords.
        #[arg(long)]
        demo: bool,
        #[command(flatten)]
        limits: ServeLimits,
    },
    /// Run pending database migrations and exit.
    Migrate,
    /// Create the database, run migrations and load the reference data (States and
    /// organizations, convention presets) and the CCM's sourced record (meetings, Presidents,
    /// the 2MSP's decisions and Coordinators, the partial participation list, profile periods;
    /// each row cites its source, none is made up). No account is created: use `user add`.
    Init,
    /// Manage user accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Import data from files.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Write a consistent backup while the server runs (SQLite copy, or JSON for PostgreSQL).
    Backup {
        /// The file to write; it must not exist.
        file: PathBuf,
    },
    /// Print every rule finding on a convention's record (P2.3-P2.6); exits non-zero when an
    /// error-level finding stands.
    Check {
        #[arg(long, default_value = "ccm")]
        convention: String,
        /// text (for people) or json.
        #[arg(long, default_value = "text")]
        format: Format,
        /// Judge vacancies up to this date (YYYY-MM-DD); today by default.
        #[arg(long)]
        as_of: Option<String>,
        /// Load the demo data first (as `serve --demo` does, without touching accounts).
        #[arg(long)]
        demo: bool,
    },
    /// Propose the best slates for the seats that fall vacant at a formal meeting, from the
    /// nominations on record or from a planner input file (the rotation planner; the answer is
    /// proved optimal, or says how far from proved it is when the deadline stops it).
    Plan {
        /// The meeting, e.g. 3RC or 14MSP.
        #[arg(long, required_unless_present = "input", conflicts_with = "input")]
        meeting: Option<String>,
        /// A planner input (`PlanInput` JSON) to plan instead of a meeting on record.
        #[arg(long)]
        input: Option<PathBuf>,
        /// Stop the search after this many seconds and report the best slates found, the
        /// proven lower bound and the gap.
        #[arg(long, default_value_t = 2.0)]
        deadline: f64,
        #[arg(long, default_value = "ccm")]
        convention: String,
        /// Later cycles to keep fillable under P2.6 (0-6).
        #[arg(long, default_value_t = 2)]
        horizon: u32,
        /// How many slates.
        #[arg(long, default_value_t = 3)]
        slates: usize,
        #[arg(long, default_value = "text")]
        format: Format,
        /// Load the demo data first (as `serve --demo` does, without touching accounts).
        #[arg(long)]
        demo: bool,
    },
    /// Rebuild the search index from the database (stop the server first: it holds the index),
    /// with a progress bar. `serve` also brings it up to date at start (in the background when an
    /// index is on disk).
    Reindex,
    /// Load a backup into an empty database.
    Restore {
        /// A backup written by `treatydesk backup` (SQLite copy or JSON).
        file: PathBuf,
    },
}

/// The server's security settings and connection limits (all off or conservative by default).
#[derive(Args, Clone)]
struct ServeLimits {
    /// Behind a reverse proxy: take the client's address from the last X-Forwarded-For entry.
    /// Leave off when clients connect directly (they could name any address).
    #[arg(long, env = "TREATYDESK_TRUSTED_PROXY")]
    trusted_proxy: bool,
    /// Served over TLS (directly or by the proxy): send Strict-Transport-Security.
    #[arg(long, env = "TREATYDESK_HSTS")]
    hsts: bool,
    /// /metrics answers `Authorization: Bearer <token>`; without a token, loopback clients only.
    #[arg(long, env = "TREATYDESK_METRICS_TOKEN")]
    metrics_token: Option<String>,
    /// Public writes (registrations) allowed per client address a minute; 0 for no limit.
    #[arg(
        long,
        env = "TREATYDESK_PUBLIC_WRITES_PER_MINUTE",
        default_value_t = 30
    )]
    public_writes_per_minute: u32,
    /// Open connections at most.
    #[arg(long, env = "TREATYDESK_MAX_CONNECTIONS", default_value_t = 2048)]
    max_connections: usize,
    /// Seconds a client has to send a request's headers.
    #[arg(long, env = "TREATYDESK_HEADER_TIMEOUT", default_value_t = 10)]
    header_timeout: u64,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add a user. The password is asked for (or read from standard input when piped).
    Add {
        username: String,
        /// The name shown in pages.
        #[arg(long)]
        name: Option<String>,
        /// admin, isu-staff, president, coordinator, focal-point or observer.
        #[arg(long)]
        role: String,
        /// The convention the role is for (not for admin), e.g. ccm.
        #[arg(long)]
        convention: Option<String>,
        /// The State the role acts for (president, coordinator, focal-point), e.g. NZL.
        #[arg(long)]
        actor: Option<String>,
    },
    /// Set a user's password.
    Passwd { username: String },
    /// List users and their roles.
    List,
}

#[derive(Subcommand)]
enum ImportCommand {
    /// Import a participation list (columns state, iso3, signature_date, ratification_date,
    /// entry_into_force_date, note). Every row is checked first; nothing is imported when any
    /// row is bad.
    Participation {
        file: PathBuf,
        #[arg(long, default_value = "ccm")]
        convention: String,
        /// Why, for the audit log.
        #[arg(long, default_value = "participation list imported from a file")]
        reason: String,
    },
    /// Import decisions into the register (columns meeting, number, title, source and text_en,
    /// text_fr, text_es, text_ar, text_zh, text_ru; optional agenda_item, adopts, supersedes as
    /// MEETING/NUMBER, decided_on). Every row is checked first; nothing is imported when any row
    /// is bad.
    Decisions {
        file: PathBuf,
        #[arg(long, default_value = "ccm")]
        convention: String,
        /// Why, for the audit log.
        #[arg(long, default_value = "decisions imported from a file")]
        reason: String,
    },
    /// Import nominations for seats (columns meeting, state, choices as seat:preference
    /// separated by spaces, optional statement), recorded as entered by the ISU on the States'
    /// behalf. Every row is checked first (P2.4 included); nothing is imported when any row is
    /// bad.
    Nominations {
        file: PathBuf,
        #[arg(long, default_value = "ccm")]
        convention: String,
        /// Why, for the audit log.
        #[arg(long, default_value = "nominations imported from a file")]
        reason: String,
    },
    /// Import another convention's meetings from an iCalendar (.ics) file into the shared
    /// calendar (P1.3); `-` reads standard input, e.g. `curl -s URL | treatydesk import calendar -
    /// --name APLC`. Known UIDs are updated; nothing is imported when any event is bad.
    Calendar {
        file: PathBuf,
        /// The calendar's name, shown beside its meetings (for example "APLC").
        #[arg(long)]
        name: String,
    },
}

/// jemalloc instead of the C library's allocator (issue 13): measured on the demo's cached pages
/// at 44-48% of a bare server's throughput against 32-40% with glibc's malloc, same run, same
/// memory (bench/README.md).
#[cfg(all(unix, not(target_env = "musl")))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> Result<()> {
    // D17: whatever this process creates (the database and its journal, stored files, the
    // search index, backups) is readable by the server's user only: 0700 and 0600.
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,sea_orm=warn,sea_orm_migration=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(run(cli))
}

fn location(data: &DataArgs) -> Location {
    Location {
        data_dir: data.data_dir.clone(),
        database_url: data.database_url.clone().filter(|u| !u.is_empty()),
    }
}

async fn open(data: &DataArgs) -> Result<Store> {
    let store = Store::open(&location(data)).await?;
    store.load_reference_data().await?;
    Ok(store)
}

async fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Serve { addr, demo, limits } => serve(&cli.data, addr, demo, limits).await,
        Command::Migrate => {
            Store::open(&location(&cli.data)).await?;
            println!("The database is up to date.");
            Ok(())
        }
        Command::Init => {
            let store = open(&cli.data).await?;
            store.load_sourced_record().await?;
            let conventions = store.conventions().await?;
            let ccm = store.convention("ccm").await?;
            println!(
                "Ready: {} actors, the CCM's sourced record ({} meetings, {} decisions, {} appointments), conventions: {}.",
                store.actors().await?.len(),
                store.meetings(&ccm).await?.len(),
                store.decision_records(&ccm, None).await?.len(),
                store.record(&ccm).await?.appointments.len(),
                conventions
                    .iter()
                    .map(|c| c.code.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            if store.accounts().await?.is_empty() {
                println!(
                    "No account exists yet. Create the first administrator with:\n  treatydesk user add <username> --role admin"
                );
            }
            Ok(())
        }
        Command::User(command) => user(&cli.data, command).await,
        Command::Import(ImportCommand::Participation {
            file,
            convention,
            reason,
        }) => {
            let store = open(&cli.data).await?;
            let text = read_input(&file)?;
            let done = store
                .import_participation(&convention, &text, &Author::cli(reason))
                .await;
            report_import(
                &file.display().to_string(),
                done.map(|r| {
                    format!(
                        "Imported {}: {} added, {} replaced.",
                        file.display(),
                        r.added,
                        r.replaced
                    )
                }),
            )
        }
        Command::Import(ImportCommand::Decisions {
            file,
            convention,
            reason,
        }) => {
            let store = open(&cli.data).await?;
            let text = read_input(&file)?;
            let done = store
                .import_decisions(&convention, &text, &Author::cli(reason))
                .await;
            report_import(
                &file.display().to_string(),
                done.map(|r| {
                    format!(
                        "Imported {}: {} decision(s) added.",
                        file.display(),
                        r.added
                    )
                }),
            )
        }
        Command::Import(ImportCommand::Nominations {
            file,
            convention,
            reason,
        }) => {
            let store = open(&cli.data).await?;
            let text = read_input(&file)?;
            let done = store
                .import_nominations(
                    &convention,
                    &text,
                    &Author::cli(reason),
                    check::today(),
                    true,
                )
                .await;
            report_import(
                &file.display().to_string(),
                done.map(|r| {
                    format!(
                        "Imported {}: {} nomination(s) added.",
                        file.display(),
                        r.added
                    )
                }),
            )
        }
        Command::Import(ImportCommand::Calendar { file, name }) => {
            let store = open(&cli.data).await?;
            let text = read_input(&file)?;
            let author = Author::cli(format!("calendar {name} imported from a file"));
            let done = store.import_calendar(&author, &name, &text).await;
            report_import(
                &format!("the calendar {name}"),
                done.map(|r| {
                    format!(
                        "Imported the calendar {name}: {} added, {} updated.",
                        r.added, r.updated
                    )
                }),
            )
        }
        Command::Reindex => reindex(&cli.data).await,
        Command::Check {
            convention,
            format,
            as_of,
            demo,
        } => check::run(&cli.data, &convention, format, as_of.as_deref(), demo).await,
        Command::Plan {
            meeting,
            input,
            deadline,
            convention,
            horizon,
            slates,
            format,
            demo,
        } => {
            let deadline = plan::deadline(deadline)?;
            match (input, meeting) {
                (Some(file), _) => plan::from_file(&file, deadline, format),
                (None, Some(meeting)) => {
                    check::plan(
                        &cli.data,
                        &convention,
                        &meeting,
                        (horizon, slates, deadline),
                        format,
                        demo,
                    )
                    .await
                }
                (None, None) => anyhow::bail!("give --meeting or --input"),
            }
        }
        Command::Backup { file } => {
            let store = Store::open(&location(&cli.data)).await?;
            let summary = store.backup(&file).await?;
            println!(
                "Wrote {} ({} backup, {} rows).",
                file.display(),
                summary.kind,
                summary.rows
            );
            Ok(())
        }
        Command::Restore { file } => {
            let store = Store::open(&location(&cli.data)).await?;
            let summary = store.restore(&file).await?;
            println!(
                "Restored {} rows from {} ({}).",
                summary.rows,
                file.display(),
                summary.kind
            );
            Ok(())
        }
    }
}

/// Prints what an all-or-none import did (`done` carries the sentence), or every problem by line.
fn report_import(source: &str, done: Result<String, treatydesk_store::StoreError>) -> Result<()> {
    match done {
        Ok(sentence) => {
            println!("{sentence}");
            Ok(())
        }
        Err(treatydesk_store::StoreError::Invalid(problems)) => {
            eprintln!(
                "Nothing was imported: {} problem(s) in {source}:",
                problems.len()
            );
            for p in &problems {
                eprintln!("  {p}");
            }
            bail!("{source} was refused")
        }
        Err(e) => Err(e.into()),
    }
}

/// The text of an import file, or of standard input when the file is `-`.
fn read_input(file: &std::path::Path) -> Result<String> {
    if file.as_os_str() == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
            .context("cannot read standard input")?;
        Ok(text)
    } else {
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))
    }
}

fn read_password(prompt: &str) -> Result<String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password(prompt)?;
        let second = rpassword::prompt_password("Repeat the password: ")?;
        if first != second {
            bail!("the two passwords differ");
        }
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        Ok(line.trim_end_matches(['\r', '\n']).to_string())
    }
}

async fn user(data: &DataArgs, command: UserCommand) -> Result<()> {
    let store = open(data).await?;
    match command {
        UserCommand::Add {
            username,
            name,
            role,
            convention,
            actor,
        } => {
            let Some(role) = Role::from_slug(&role) else {
                bail!(
                    "unknown role \"{role}\": use admin, isu-staff, president, coordinator, focal-point or observer"
                );
            };
            let grant = Grant {
                role,
                convention,
                actor: actor.map(|a| a.to_uppercase()),
            };
            if let Err(problem) = grant.validate() {
                bail!(problem.sentence);
            }
            let password = read_password("Password: ")?;
            store
                .add_user(
                    &username,
                    name.as_deref().unwrap_or(&username),
                    &password,
                    &[grant],
                    &Author::cli("user add"),
                )
                .await?;
            println!("Added {username} ({}).", role.slug());
        }
        UserCommand::Passwd { username } => {
            let password = read_password("New password: ")?;
            store
                .set_password(&username, &password, &Author::cli("user passwd"))
                .await?;
            println!("Password changed for {username}.");
        }
        UserCommand::List => {
            let mut out = std::io::stdout().lock();
            for a in store.accounts().await? {
                let grants: Vec<String> = a
                    .grants
                    .iter()
                    .map(|row| &row.grant)
                    .map(|g| {
                        let mut s = g.role.slug().to_string();
                        if let Some(c) = &g.convention {
                            s.push_str(&format!(" of {c}"));
                        }
                        if let Some(x) = &g.actor {
                            s.push_str(&format!(" for {x}"));
                        }
                        s
                    })
                    .collect();
                writeln!(
                    out,
                    "{:<20} {:<45} {}{}",
                    a.username,
                    a.display_name,
                    grants.join(", "),
                    if a.disabled { " (disabled)" } else { "" }
                )?;
            }
        }
    }
    Ok(())
}

async fn reindex(data: &DataArgs) -> Result<()> {
    let store = open(data).await?;
    let state = data.app_state(store.clone())?;
    let mark = store
        .audit_mark_of(treatydesk_web::services::indexing::INDEXED_AREAS)
        .await?;
    let entries = treatydesk_web::services::indexing::entries(&store).await?;
    let bar = indicatif::ProgressBar::new(entries.len() as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} entries indexed")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let n = state
        .search
        .rebuild(entries, |done| bar.set_position(done as u64))?;
    bar.finish();
    std::fs::write(
        data.index_dir()
            .join(treatydesk_web::services::indexing::MARK_FILE),
        mark.to_string(),
    )?;
    println!("Indexed {n} entries into {}.", data.index_dir().display());
    Ok(())
}

async fn serve(data: &DataArgs, addr: SocketAddr, demo: bool, limits: ServeLimits) -> Result<()> {
    let store = open(data).await?;
    if demo {
        let accounts = store.load_demo().await?;
        println!("Demo accounts (new passwords at every start):");
        for a in &accounts {
            println!("  {:<20} {:<14} {}", a.username, a.role.slug(), a.password);
        }
    } else if store.accounts().await?.is_empty() {
        println!(
            "No account exists yet: create one with `treatydesk user add <username> --role admin`."
        );
    }
    let housekeeping = store.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            every.tick().await;
            if let Err(e) = housekeeping.purge_expired_sessions().await {
                tracing::warn!(error = %e, "could not purge expired sessions");
            }
            let window = treatydesk_web::guard::FAILURE_WINDOW;
            if let Err(e) = housekeeping.purge_login_failures(window).await {
                tracing::warn!(error = %e, "could not purge old sign-in failures");
            }
        }
    });
    let mail =
        treatydesk_web::services::mail::MailConfig::from_env().map_err(anyhow::Error::msg)?;
    match mail.describe() {
        Some(relay) => println!("Mail: sending the outbox through {relay}."),
        None => println!(
            "Mail: no SMTP relay configured ({}); messages wait in the outbox.",
            treatydesk_web::services::mail::SMTP_URL
        ),
    }
    treatydesk_web::services::mail::spawn(store.clone(), mail);
    // The PDFs need the Noto fonts of the system; without them a PDF answers with the reason.
    if let Err(e) = treatydesk_web::services::pdf::check_fonts() {
        println!("PDF: {e}");
    }
    let mut state = data.app_state(store.clone())?;
    let key = treatydesk_web::guard::key_for_data_dir(&data.data_dir)
        .with_context(|| format!("cannot keep the server key in {}", data.data_dir.display()))?;
    state.shared_mut().guard = std::sync::Arc::new(treatydesk_web::guard::Guard::new(
        treatydesk_web::guard::Settings {
            trusted_proxy: limits.trusted_proxy,
            hsts: limits.hsts,
            metrics_token: limits.metrics_token.filter(|t| !t.is_empty()),
            public_writes_per_minute: limits.public_writes_per_minute,
        },
        key,
    ));
    if demo {
        store.load_demo_documents(&state.files).await?;
    }
    let index_dir = data.index_dir();
    let checking = treatydesk_web::services::indexing::start(&state, index_dir.clone()).await?;
    treatydesk_web::services::indexing::follow(state.clone(), Some(index_dir), checking);
    treatydesk_web::metrics::Metrics::spawn_upkeep(state.metrics.clone());
    let app = treatydesk_web::router(state);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr}"))?;
    let bound = listener.local_addr()?;
    println!("TreatyDesk is serving at http://{bound}/");
    std::io::stdout().flush()?;
    let config = treatydesk_web::serve::ServeConfig {
        max_connections: limits.max_connections,
        header_read_timeout: std::time::Duration::from_secs(limits.header_timeout.max(1)),
        ..Default::default()
    };
    treatydesk_web::serve::serve(listener, app, config, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}
