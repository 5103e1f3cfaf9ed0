#!/usr/bin/env bash
# Throughput and latency of TreatyDesk's public pages beside a bare axum "hello" server measured
# in the same run (before and after the pages), with wrk on 127.0.0.1. For each page it prints
# requests/s, the share of hello's requests/s, p50, p99, errors (non-2xx/3xx and socket errors)
# and the server's resident memory after the page. Traffic stays on loopback; every run is
# bounded in time.
#
#   bash bench/pages.sh
#
# Environment (all optional):
#   BENCH_DURATION     wrk duration per page (default 5s)
#   BENCH_CONNECTIONS  open connections (default 64)
#   BENCH_THREADS      wrk threads (default 2)
#   BENCH_AS           a demo username (e.g. demo-isu): read every page signed in as that account
#   BENCH_ENCODING     the Accept-Encoding sent (default "gzip, deflate, br", as Chromium and
#                      Firefox send; set it empty to measure uncompressed answers)
#   BENCH_PAGES        space-separated paths to measure instead of the default list
#   TREATYDESK_BIN     benchmark this binary instead of building target/release/treatydesk
#   HELLO_BIN          the hello binary (default: built from bench/src/bin/hello.rs)
set -euo pipefail

cd "$(dirname "$0")/.."
. bench/demo_session.sh
ROOT=$PWD
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}

DURATION=${BENCH_DURATION:-5s}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
THREADS=${BENCH_THREADS:-2}

if [ -n "${BENCH_PAGES:-}" ]; then
  read -r -a PAGES <<<"$BENCH_PAGES"
else
  PAGES=(
    "/ccm/committee?as_of=2013-03-01"
    "/ccm"
    "/ccm/states"
    "/ccm/states/NGA"
    "/ccm/meetings"
    "/ccm/documents"
    "/ccm/search?q=coordinator"
    "/ccm/map"
    "/ccm/meetings/2ISM"
    "/ccm/meetings/2ISM/programme"
    "/api/v1/conventions/ccm/states"
  )
fi

if ! command -v wrk >/dev/null; then
  echo "installing wrk"
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
fi

if [ -z "${TREATYDESK_BIN:-}" ] || [ -z "${HELLO_BIN:-}" ]; then
  echo "== building the release binaries (treatydesk, hello)"
  cargo build --release -p treatydesk -p treatydesk-bench --bin treatydesk --bin hello
fi
BIN=${TREATYDESK_BIN:-$TARGET/release/treatydesk}
HELLO=${HELLO_BIN:-$TARGET/release/hello}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

TMP=$(mktemp -d -t treatydesk-bench.XXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

wait_for() { # log-file pattern pid
  for _ in $(seq 600); do
    grep -q "$2" "$1" && return 0
    kill -0 "$3" 2>/dev/null || { echo "server exited before serving:" >&2; tail -n 40 "$1" >&2; exit 1; }
    sleep 0.1
  done
  echo "server did not start within 60 s:" >&2; tail -n 40 "$1" >&2; exit 1
}

HELLO_PORT=$(free_port)
"$HELLO" "127.0.0.1:$HELLO_PORT" >"$TMP/hello.log" 2>&1 &
HELLO_PID=$!; PIDS+=("$HELLO_PID")
wait_for "$TMP/hello.log" "hello is serving" "$HELLO_PID"

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
echo "== starting $BIN serve --demo on $BASE"
NO_COLOR=1 TREATYDESK_SMTP_URL= "$BIN" serve --demo --addr "127.0.0.1:$PORT" --data-dir "$TMP/data" >"$TMP/server.log" 2>&1 &
SERVER_PID=$!; PIDS+=("$SERVER_PID")
wait_for "$TMP/server.log" "TreatyDesk is serving at" "$SERVER_PID"

rss() { awk '/^VmRSS:/ {printf "%.1f MiB", $2/1024}' "/proc/$1/status"; }
hwm() { awk '/^VmHWM:/ {printf "%.1f MiB", $2/1024}' "/proc/$1/status"; }
RSS_IDLE=$(rss "$SERVER_PID")

HEADER=()
AS=anonymous
ENCODING=${BENCH_ENCODING-gzip, deflate, br}
[ -n "$ENCODING" ] && HEADER+=(-H "Accept-Encoding: $ENCODING")
if [ -n "${BENCH_AS:-}" ]; then
  token=$(demo_session "$TMP/server.log" "$BASE" "$BENCH_AS" "$TMP/cookies")
  HEADER+=(-H "Cookie: td_session=$token")
  AS="signed in as $BENCH_AS"
fi

# Every page must answer 200 before it is measured (a fast 404 would be meaningless).
for path in "${PAGES[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "${HEADER[@]}" "$BASE$path")
  if [ "$code" != 200 ]; then
    echo "GET $path answered HTTP $code; not benchmarking" >&2; exit 1
  fi
done

measure() { # name url pid
  local out rps p50 p99 non2xx sockerr errors
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${HEADER[@]}" "$2")
  echo "$out" >"$TMP/wrk-${1//[^A-Za-z0-9]/_}.txt"
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '/Latency Distribution/ {d=1} d && $1=="50%" {print $2; exit}' <<<"$out")
  p99=$(awk '/Latency Distribution/ {d=1} d && $1=="99%" {print $2; exit}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' <<<"$out")
  sockerr=$(awk '/Socket errors:/ {sub(/.*Socket errors: /, ""); print}' <<<"$out")
  errors=${non2xx:-0}
  [ -n "$sockerr" ] && errors="$errors; $sockerr"
  ROWS+=("$1|${rps:-0}|${p50:-?}|${p99:-?}|$errors|$(rss "$3")")
  printf '   %-36s %12s req/s\n' "$1" "${rps:-?}"
}

echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, $AS: hello, every page, hello again"
ROWS=()
measure "hello (before)" "http://127.0.0.1:$HELLO_PORT/" "$HELLO_PID"
for path in "${PAGES[@]}"; do measure "$path" "$BASE$path" "$SERVER_PID"; done
measure "hello (after)" "http://127.0.0.1:$HELLO_PORT/" "$HELLO_PID"

# The ceiling: the mean of hello's two runs.
first=${ROWS[0]#*|}; last=${ROWS[${#ROWS[@]}-1]#*|}
HELLO_RPS=$(awk -v a="${first%%|*}" -v b="${last%%|*}" 'BEGIN {printf "%.0f", (a+b)/2}')

echo
printf '| %-36s | %10s | %8s | %9s | %9s | %-12s | %10s |\n' page "req/s" "of hello" p50 p99 errors RSS
printf '| %-36s | %10s | %8s | %9s | %9s | %-12s | %10s |\n' --- --- --- --- --- --- ---
for row in "${ROWS[@]}"; do
  IFS='|' read -r name rps p50 p99 errors mem <<<"$row"
  share=$(awk -v r="$rps" -v h="$HELLO_RPS" 'BEGIN {if (h>0) printf "%.1f%%", 100*r/h; else print "?"}')
  printf '| %-36s | %10.0f | %8s | %9s | %9s | %-12s | %10s |\n' "$name" "$rps" "$share" "$p50" "$p99" "$errors" "$mem"
done
echo
echo "hello's ceiling (mean of its two runs): $HELLO_RPS req/s"
echo "server resident memory: idle $RSS_IDLE, after load $(rss "$SERVER_PID"), peak (VmHWM) $(hwm "$SERVER_PID")"
# The memory depends on the code's layout (crates/cli/link-order.txt): say how current it is.
echo "code layout: $(TREATYDESK_BIN="$BIN" bash bench/link_order.sh --check 2>/dev/null || echo "not checked (nm missing?)")"
echo "($THREADS wrk threads, $CONNECTIONS connections, $DURATION per page, $AS, $(nproc) cores shared by wrk and the servers; load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
