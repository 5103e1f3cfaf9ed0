#!/usr/bin/env bash
# Soak (issue 11, item 4): the server under a mixed load for a bounded time, its resident memory
# (VmRSS) reported every SOAK_INTERVAL seconds. wrk (bench/soak/mixed.lua) reads pages, the JSON
# API, search and the feeds, and posts a registration every WRITE_EVERY requests, over
# SOAK_CONNECTIONS keep-alive connections to 127.0.0.1 only. At the end: the RSS table, start,
# peak (VmHWM) and final RSS, the growth from the first sample after warm-up, wrk's counts, and
# whether the server still answers. CI does not run this (10 minutes by default).
#
#   bash bench/soak.sh                          # 10 minutes
#   DURATION=60 bash bench/soak.sh              # a short run
#   TREATYDESK_BIN=target/release/treatydesk bash bench/soak.sh
#
# Environment (all optional):
#   DURATION          seconds of load (default 600)
#   SOAK_INTERVAL     seconds between RSS samples (default 30)
#   SOAK_CONNECTIONS  wrk connections (default 16); SOAK_THREADS wrk threads (default 2)
#   WRITE_EVERY       one request in this many is a registration (default 20)
#   TREATYDESK_BIN    the binary (default target/release/treatydesk when built, else target/debug)
#   SOAK_DATABASE_URL a postgres:// URL to soak PostgreSQL instead of SQLite
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
DURATION=${DURATION:-600}
INTERVAL=${SOAK_INTERVAL:-30}
CONNECTIONS=${SOAK_CONNECTIONS:-16}
THREADS=${SOAK_THREADS:-2}
export WRITE_EVERY=${WRITE_EVERY:-20}
if [ -z "${TREATYDESK_BIN:-}" ]; then
  if [ -x "$ROOT/target/release/treatydesk" ]; then BIN=$ROOT/target/release/treatydesk
  else BIN=$ROOT/target/debug/treatydesk; fi
else
  BIN=$TREATYDESK_BIN
fi
[ -x "$BIN" ] || { echo "soak: $BIN is missing; build it first" >&2; exit 2; }
command -v wrk >/dev/null || { echo "soak: wrk is missing (apt-get install -y wrk)" >&2; exit 2; }
case "$DURATION$INTERVAL" in *[!0-9]*) echo "soak: DURATION and SOAK_INTERVAL are seconds" >&2; exit 2;; esac

TMP=$(mktemp -d -t treatydesk-soak.XXXX)
SERVER_PID=
WRK_PID=
cleanup() {
  local rc=$?
  for pid in $WRK_PID $SERVER_PID; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$TMP"
  exit "$rc"
}
trap cleanup EXIT INT TERM

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
DB_ARGS=()
[ -n "${SOAK_DATABASE_URL:-}" ] && DB_ARGS=(--database-url "$SOAK_DATABASE_URL")
echo "== $BIN serve --demo on 127.0.0.1:$PORT (${SOAK_DATABASE_URL:+PostgreSQL}${SOAK_DATABASE_URL:-SQLite})"
NO_COLOR=1 TREATYDESK_SMTP_URL= "$BIN" serve --demo --addr "127.0.0.1:$PORT" --data-dir "$TMP/data" \
  --public-writes-per-minute 0 "${DB_ARGS[@]}" >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1800); do
  grep -q "TreatyDesk is serving at" "$TMP/server.log" && break
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "server exited:" >&2; tail -n 40 "$TMP/server.log" >&2; exit 1; }
  sleep 0.1
done
grep -q "TreatyDesk is serving at" "$TMP/server.log" || { echo "server did not start" >&2; exit 1; }

rss() { awk '/^VmRSS:/ {print int($2/1024)}' "/proc/$SERVER_PID/status"; }
hwm() { awk '/^VmHWM:/ {print int($2/1024)}' "/proc/$SERVER_PID/status"; }
IDLE=$(rss)
echo "== mixed load: ${DURATION} s, $CONNECTIONS connections, $THREADS threads, one write in $WRITE_EVERY; RSS every ${INTERVAL} s"
echo "idle RSS: ${IDLE} MiB"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency \
  -s "$ROOT/bench/soak/mixed.lua" "http://127.0.0.1:$PORT" >"$TMP/wrk.log" 2>"$TMP/wrk.err" &
WRK_PID=$!
START=$SECONDS
SAMPLES=()
printf '%8s  %8s\n' "seconds" "RSS MiB"
while kill -0 "$WRK_PID" 2>/dev/null; do
  sleep 1
  t=$((SECONDS - START))
  if [ $((t % INTERVAL)) = 0 ] || ! kill -0 "$WRK_PID" 2>/dev/null; then
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "soak: the server died at ${t} s" >&2; tail -n 40 "$TMP/server.log" >&2; exit 1; }
    r=$(rss)
    SAMPLES+=("$r")
    printf '%8s  %8s\n' "$t" "$r"
  fi
done
wait "$WRK_PID" || { echo "soak: wrk failed" >&2; cat "$TMP/wrk.err" >&2; exit 1; }
WRK_PID=
FINAL=$(rss)
PEAK=$(hwm)
echo
grep -E "Requests/sec|requests in|Non-2xx|Socket errors|^soak:" "$TMP/wrk.log" || true
echo "answers other than 2xx/3xx, by status:"
grep "^soak-status " "$TMP/wrk.err" | sort | uniq -c || echo "  none"
FIVE=$(grep -c "^soak-status 5" "$TMP/wrk.err" || true)
curl -fsS -o /dev/null "http://127.0.0.1:$PORT/healthz" && ALIVE=yes || ALIVE=no
FIRST=${SAMPLES[0]:-$IDLE}
echo "soak: duration=${DURATION}s idle_rss=${IDLE}MiB first_sample_rss=${FIRST}MiB final_rss=${FINAL}MiB peak_rss=${PEAK}MiB growth_after_first_sample=$((FINAL - FIRST))MiB samples=${#SAMPLES[@]} server_errors=${FIVE} alive_after=${ALIVE}"
[ "$ALIVE" = yes ] && [ "$FIVE" = 0 ]
