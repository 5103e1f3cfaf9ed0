#!/usr/bin/env bash
# Registration under concurrency: a release server with a fresh data directory and the demo
# (registration for the 3RC is open in the demo) takes N registrations over C connections
# through the public JSON API, a share of them deliberate duplicates that race with the post
# just before. Then the database is counted: lost = expected - stored, doubled = rows whose
# e-mail is stored more than once (the unique index should make this 0), and the outbox must
# hold one acknowledgement per stored registration. Traffic stays on 127.0.0.1.
#
#   bash bench/registration.sh
#
# Environment (all optional):
#   BENCH_REQUESTS      registrations posted (default 2000)
#   BENCH_CONNECTIONS   open connections (default 64)
#   BENCH_DUP_EVERY     every n-th post repeats the one before (default 10: 10% duplicates)
#   TREATYDESK_BIN      benchmark this binary instead of building target/release/treatydesk
#   BENCH_DATABASE_URL  a postgres:// URL to bench PostgreSQL instead of SQLite
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
REQUESTS=${BENCH_REQUESTS:-2000}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
DUP_EVERY=${BENCH_DUP_EVERY:-10}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}

echo "== building the release binary and the load generator"
if [ -n "${TREATYDESK_BIN:-}" ]; then
  BIN=$TREATYDESK_BIN
  cargo build --release -p treatydesk-bench --bin registration-load
else
  cargo build --release --bin treatydesk -p treatydesk -p treatydesk-bench --bin registration-load
  BIN=$TARGET/release/treatydesk
fi
LOAD=$TARGET/release/registration-load

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

TMP=$(mktemp -d -t treatydesk-regbench.XXXX)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

PORT=$(free_port)
DB_ARGS=()
[ -n "${BENCH_DATABASE_URL:-}" ] && DB_ARGS=(--database-url "$BENCH_DATABASE_URL")
echo "== starting $BIN serve --demo on 127.0.0.1:$PORT (${BENCH_DATABASE_URL:+PostgreSQL}${BENCH_DATABASE_URL:-SQLite})"
# The burst comes from one address: the per-client limit on public writes is lifted (0).
NO_COLOR=1 TREATYDESK_SMTP_URL= TREATYDESK_PUBLIC_WRITES_PER_MINUTE=0 "$BIN" serve --demo --addr "127.0.0.1:$PORT" --data-dir "$TMP/data" "${DB_ARGS[@]}" \
  >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 600); do
  grep -q "TreatyDesk is serving at" "$TMP/server.log" && break
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "server exited:" >&2; tail -n 40 "$TMP/server.log" >&2; exit 1; }
  sleep 0.1
done
grep -q "TreatyDesk is serving at" "$TMP/server.log" || { echo "server did not start" >&2; exit 1; }

echo "== posting $REQUESTS registrations over $CONNECTIONS connections (every ${DUP_EVERY}th a duplicate)"
OUT=$("$LOAD" "127.0.0.1:$PORT" /api/v1/conventions/ccm/meetings/3RC/registrations \
  "$REQUESTS" "$CONNECTIONS" "$DUP_EVERY")
echo "$OUT"
EXPECTED=$(sed -n 's/^expected_unique=//p' <<<"$OUT")

count() {
  if [ -n "${BENCH_DATABASE_URL:-}" ]; then
    psql -At "$BENCH_DATABASE_URL" -c "$1"
  else
    sqlite3 "$TMP/data/treatydesk.sqlite" "$1"
  fi
}
STORED=$(count "SELECT COUNT(*) FROM registrations WHERE email LIKE 'bench%@example.org'")
DISTINCT=$(count "SELECT COUNT(DISTINCT lower(email)) FROM registrations WHERE email LIKE 'bench%@example.org'")
OUTBOX=$(count "SELECT COUNT(*) FROM outbox WHERE to_address LIKE 'bench%@example.org'")
echo
echo "stored=$STORED expected=$EXPECTED lost=$((EXPECTED - DISTINCT)) doubled=$((STORED - DISTINCT)) outbox=$OUTBOX"
echo "($(nproc) cores shared by the load generator and the server)"
