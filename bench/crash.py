#!/usr/bin/env python3
"""Crash test (issue 11, item 4): the real binary under concurrent acknowledged writes, killed
with SIGKILL at random moments, restarted, then checked: every write the server acknowledged
(HTTP 201 with an id) must be in the database with that id, and the database must pass its
integrity check after every kill (SQLite: PRAGMA integrity_check; PostgreSQL: amcheck on every
B-tree index of the schema) and open again. The data directory stays private (0700 directories,
0600 files) throughout. Traffic stays on 127.0.0.1; the run is bounded in time.

    python3 bench/crash.py                     # SQLite, target/debug/treatydesk
    TREATYDESK_BIN=target/release/treatydesk python3 bench/crash.py
    CRASH_DATABASE_URL=postgres://postgres@127.0.0.1:54330/postgres python3 bench/crash.py

Environment (all optional):
    TREATYDESK_BIN      the binary (default target/debug/treatydesk)
    CRASH_CLIENTS       concurrent clients (default 8)
    CRASH_KILLS         SIGKILLs (default 3)
    CRASH_SEED          random seed for the kill moments (default: the clock)
    CRASH_DATABASE_URL  a postgres:// URL: a fresh database is made beside it and dropped after

It exits 0 only when no acknowledged write is missing or changed and every check passed, and
prints `crash: acknowledged=N lost=N ...`, then `N passed, N failed` for CI's reader.
This script never touches any database but the one it makes, nor any process but its own server.
"""

import http.client
import json
import os
import random
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("TREATYDESK_BIN", os.path.join(ROOT, "target", "debug", "treatydesk"))
CLIENTS = int(os.environ.get("CRASH_CLIENTS", "8"))
KILLS = int(os.environ.get("CRASH_KILLS", "3"))
SEED = int(os.environ.get("CRASH_SEED", str(int(time.time()))))
BASE_URL = os.environ.get("CRASH_DATABASE_URL", "")
PATH = "/api/v1/conventions/ccm/meetings/3RC/registrations"
START_TIMEOUT = 180.0


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Server:
    """One treatydesk process on a fixed port and data directory; restarted after each kill."""

    def __init__(self, data_dir, port, database_url, log_path):
        self.data_dir = data_dir
        self.port = port
        self.database_url = database_url
        self.log_path = log_path
        self.proc = None
        self.starts = 0

    def start(self, demo):
        args = [BIN, "serve", "--addr", f"127.0.0.1:{self.port}", "--data-dir", self.data_dir,
                "--public-writes-per-minute", "0"]
        if demo:
            args.append("--demo")
        if self.database_url:
            args += ["--database-url", self.database_url]
        env = dict(os.environ, NO_COLOR="1", TREATYDESK_SMTP_URL="")
        log = open(self.log_path, "a")
        log.write(f"\n===== start {self.starts + 1} ({'demo' if demo else 'existing data'})\n")
        log.flush()
        self.proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=env,
                                     stdin=subprocess.DEVNULL)
        log.close()
        self.starts += 1
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited with {self.proc.returncode}:\n{self.tail()}")
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                c.request("GET", "/healthz")
                c.getresponse().read()
                c.close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"the server did not answer within {START_TIMEOUT} s:\n{self.tail()}")

    def kill9(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def tail(self):
        with open(self.log_path, errors="replace") as f:
            return "".join(f.readlines()[-30:])


class Clients:
    """CLIENTS threads posting registrations, each with a unique e-mail; an answer 201 with an
    id is an acknowledged write. Transport errors (the server is down) are retried after a pause
    with a new e-mail: an unanswered post may or may not be stored, and is not counted."""

    def __init__(self, port):
        self.port = port
        self.lock = threading.Lock()
        self.acknowledged = {}  # email -> id
        self.refused = {}  # status -> count
        self.transport_errors = 0
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self.run, args=(i,), daemon=True)
                        for i in range(CLIENTS)]

    def run(self, client):
        conn = None
        n = 0
        while not self.stop.is_set():
            n += 1
            email = f"crash-{client}-{n}@example.org"
            body = json.dumps({
                "category": "ngo", "organization": f"Crash Test Organization {client}-{n}",
                "family_name": "Crash", "given_name": f"Client {client} post {n}",
                "email": email, "role": "member"})
            try:
                if conn is None:
                    conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
                conn.request("POST", PATH, body=body,
                             headers={"Content-Type": "application/json"})
                answer = conn.getresponse()
                text = answer.read()
                if answer.status == 201:
                    rid = json.loads(text)["id"]
                    with self.lock:
                        self.acknowledged[email] = rid
                else:
                    with self.lock:
                        self.refused[answer.status] = self.refused.get(answer.status, 0) + 1
                    if answer.status >= 500:
                        print(f"crash: {answer.status} for {email}: {text[:200]!r}",
                              file=sys.stderr)
            except (OSError, http.client.HTTPException, ValueError, KeyError):
                with self.lock:
                    self.transport_errors += 1
                if conn is not None:
                    conn.close()
                conn = None
                time.sleep(0.05)
        if conn is not None:
            conn.close()

    def count(self):
        with self.lock:
            return len(self.acknowledged)


def private_problems(data_dir):
    """Every directory under the data directory must be 0700 and every file 0600 (D17)."""
    problems = []
    for dirpath, dirnames, filenames in os.walk(data_dir):
        mode = stat.S_IMODE(os.stat(dirpath).st_mode)
        if mode != 0o700:
            problems.append(f"{os.path.relpath(dirpath, data_dir)}/ is {mode:o}")
        for name in filenames:
            path = os.path.join(dirpath, name)
            mode = stat.S_IMODE(os.lstat(path).st_mode)
            if mode != 0o600:
                problems.append(f"{os.path.relpath(path, data_dir)} is {mode:o}")
    return problems


class Sqlite:
    def __init__(self, data_dir):
        self.path = os.path.join(data_dir, "treatydesk.sqlite")

    def integrity(self):
        # Opening the file replays its WAL, as the server's next start does.
        db = sqlite3.connect(self.path, timeout=30)
        try:
            rows = [r[0] for r in db.execute("PRAGMA integrity_check")]
            fk = db.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            db.close()
        ok = rows == ["ok"] and not fk
        return ok, f"integrity_check={'; '.join(rows)[:200]} foreign_key_violations={len(fk)}"

    def stored(self):
        db = sqlite3.connect(self.path, timeout=30)
        try:
            return dict(db.execute(
                "SELECT email, id FROM registrations WHERE email LIKE 'crash-%@example.org'"))
        finally:
            db.close()


class Postgres:
    """A fresh database beside CRASH_DATABASE_URL, dropped at the end."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.name = f"treatydesk_crash_{os.getpid()}_{random.randrange(1 << 30)}"
        parts = urllib.parse.urlsplit(base_url)
        self.url = urllib.parse.urlunsplit(parts._replace(path="/" + self.name))
        self.psql(self.base_url, f"CREATE DATABASE {self.name}")

    @staticmethod
    def psql(url, sql):
        out = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", url, "-c", sql],
                             check=True, capture_output=True, text=True)
        return out.stdout

    def integrity(self):
        self.psql(self.url, "CREATE EXTENSION IF NOT EXISTS amcheck")
        indexes = self.psql(self.url, """
            SELECT count(*) FROM (
              SELECT bt_index_check(c.oid, true)
              FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
              JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE a.amname = 'btree' AND n.nspname = 'public' AND c.relpersistence = 'p'
            ) checked""").strip()
        return True, f"amcheck: {indexes} B-tree indexes consistent"

    def stored(self):
        out = self.psql(self.url, "SELECT email || '|' || id FROM registrations "
                                  "WHERE email LIKE 'crash-%@example.org'")
        pairs = (line.split("|") for line in out.splitlines() if line)
        return {email: int(rid) for email, rid in pairs}

    def drop(self):
        try:
            self.psql(self.base_url, f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")
        except subprocess.CalledProcessError as e:
            print(f"crash: could not drop {self.name}: {e.stderr}", file=sys.stderr)


def main():
    if not os.access(BIN, os.X_OK):
        print(f"crash: {BIN} is missing; build it with `cargo build --bin treatydesk`",
              file=sys.stderr)
        return 2
    rng = random.Random(SEED)
    tmp = tempfile.mkdtemp(prefix="treatydesk-crash.")
    data_dir = os.path.join(tmp, "data")
    log_path = os.path.join(tmp, "server.log")
    backend = Postgres(BASE_URL) if BASE_URL else Sqlite(data_dir)
    name = "PostgreSQL" if BASE_URL else "SQLite"
    server = Server(data_dir, free_port(), getattr(backend, "url", ""), log_path)
    checks = []  # (passed, what)
    started = time.monotonic()
    print(f"crash: {name}, {CLIENTS} clients, {KILLS} x kill -9, seed {SEED}, {BIN}")
    try:
        server.start(demo=True)
        clients = Clients(server.port)
        for t in clients.threads:
            t.start()
        for k in range(1, KILLS + 1):
            # Let writes flow, then kill at a random moment.
            target = clients.count() + 50
            waited = time.monotonic()
            while clients.count() < target and time.monotonic() - waited < 30:
                time.sleep(0.05)
            time.sleep(rng.uniform(0.2, 3.0))
            before = clients.count()
            server.kill9()
            ok, detail = backend.integrity()
            checks.append((ok, f"after kill {k}: {detail}"))
            perms = private_problems(data_dir)
            checks.append((not perms, f"after kill {k}: data directory private"
                           + (f" ({', '.join(perms[:5])})" if perms else "")))
            print(f"crash: kill {k} after {before} acknowledged writes; {detail}")
            server.start(demo=False)
        # After the last restart, writes must flow again.
        target = clients.count() + 50
        waited = time.monotonic()
        while clients.count() < target and time.monotonic() - waited < 30:
            time.sleep(0.05)
        checks.append((clients.count() >= target, "writes are acknowledged after the last restart"))
        clients.stop.set()
        for t in clients.threads:
            t.join(timeout=30)
        server.stop()
        ok, detail = backend.integrity()
        checks.append((ok, f"at the end: {detail}"))
        stored = backend.stored()
        acknowledged = dict(clients.acknowledged)
        lost = sorted(e for e in acknowledged if e not in stored)
        changed = sorted(e for e in acknowledged if e in stored and stored[e] != acknowledged[e])
        checks.append((not lost, f"every acknowledged write is stored ({len(lost)} lost)"))
        checks.append((not changed, f"each under the id it was acknowledged with "
                                    f"({len(changed)} changed)"))
        server5xx = sum(v for s, v in clients.refused.items() if s >= 500)
        checks.append((server5xx == 0, f"no 5xx answer ({server5xx})"))
        checks.append((len(acknowledged) > 0, "some writes were acknowledged"))
        print(f"crash: acknowledged={len(acknowledged)} lost={len(lost)} changed={len(changed)} "
              f"stored={len(stored)} unacknowledged_stored={len(stored) - len(acknowledged) + len(lost)} "
              f"transport_errors={clients.transport_errors} other_answers={clients.refused} "
              f"kills={KILLS} starts={server.starts} seconds={time.monotonic() - started:.0f}")
        for e in lost[:10]:
            print(f"crash: LOST {e} (id {acknowledged[e]})")
    except Exception as e:  # report, then fail
        checks.append((False, f"the run stopped: {e}"))
    finally:
        server.stop()
        if isinstance(backend, Postgres):
            backend.drop()
    failed = [what for ok, what in checks if not ok]
    for ok, what in checks:
        print(f"crash: {'ok  ' if ok else 'FAIL'} {what}")
    if failed:
        print("--- server log (tail) ---")
        print(server.tail())
    else:
        subprocess.run(["rm", "-rf", tmp], check=False)
    print(f"{len(checks) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
