#!/usr/bin/env bash
# Throughput and latency of TreatyDesk's main pages, measured with wrk against a release build
# serving the demo data on 127.0.0.1. Traffic stays on loopback and each run is bounded in time.
#
#   bash bench/pages.sh
#
# Environment (all optional):
#   BENCH_DURATION     wrk duration per page (default 10s)
#   BENCH_CONNECTIONS  open connections (default 32)
#   BENCH_THREADS      wrk threads (default 2, the machine has 2 cores)
#   TREATYDESK_BIN     benchmark this binary instead of building target/release/treatydesk
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD

DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}

PAGES=(
  "/ccm|home"
  "/ccm/states|States list"
  "/ccm/states/NGA|State page (NGA)"
  "/ccm/architecture|Architecture"
  "/ccm/committee?as_of=2013-03-01|Committee (2013-03-01)"
  "/api/v1/conventions/ccm/committee?as_of=2013-03-01|Committee JSON"
  "/api/v1/conventions/ccm/states|States JSON"
  "/ccm/meetings|Meetings"
  "/ccm/documents|Documents list"
  "/ccm/search?q=final+report|Search page"
  "/api/v1/conventions/ccm/search?q=final+report|Search JSON"
)

if ! command -v wrk >/dev/null; then
  echo "installing wrk"
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
fi

if [ -n "${TREATYDESK_BIN:-}" ]; then
  BIN=$TREATYDESK_BIN
else
  echo "== building release binary"
  cargo build --release --bin treatydesk
  BIN=${CARGO_TARGET_DIR:-$ROOT/target}/release/treatydesk
fi

free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
  elif command -v node >/dev/null 2>&1; then
    node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
  else
    local p
    while :; do
      p=$((20000 + RANDOM % 40000))
      (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
    done
  fi
}

TMP=$(mktemp -d -t treatydesk-bench.XXXX)
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
BASE="http://127.0.0.1:$PORT"
echo "== starting $BIN serve --demo on $BASE"
NO_COLOR=1 "$BIN" serve --demo --addr "127.0.0.1:$PORT" --data-dir "$TMP/data" >"$TMP/server.log" 2>&1 &
SERVER_PID=$!

for _ in $(seq 600); do
  grep -q "TreatyDesk is serving at" "$TMP/server.log" && break
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "server exited before serving:" >&2; tail -n 40 "$TMP/server.log" >&2; exit 1
  fi
  sleep 0.1
done
grep -q "TreatyDesk is serving at" "$TMP/server.log" || {
  echo "server did not start within 60 s:" >&2; tail -n 40 "$TMP/server.log" >&2; exit 1; }

rss() { awk '/^VmRSS:/ {printf "%.1f MiB", $2/1024}' "/proc/$SERVER_PID/status"; }
hwm() { awk '/^VmHWM:/ {printf "%.1f MiB", $2/1024}' "/proc/$SERVER_PID/status"; }
RSS_IDLE=$(rss)

# The public programme of the demo meeting and its JSON: the 2012 intersessional meeting (2ISM)
# when its programme is on record, else the 13MSP (see crates/store/src/demo_programme.rs).
PROG=13MSP
if curl -s "$BASE/api/v1/conventions/ccm/meetings/2ISM/programme" | grep -q '"title"'; then PROG=2ISM; fi
PAGES+=(
  "/ccm/meetings/$PROG/programme|Programme ($PROG)"
  "/api/v1/conventions/ccm/meetings/$PROG/programme|Programme JSON"
)

# Every page must answer 200 before it is measured (a fast 404 would be meaningless).
for entry in "${PAGES[@]}"; do
  path=${entry%%|*}
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
  if [ "$code" != 200 ]; then
    echo "GET $path answered HTTP $code; not benchmarking" >&2; exit 1
  fi
done

echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, one page after another"
ROWS=()
for entry in "${PAGES[@]}"; do
  path=${entry%%|*}; name=${entry#*|}
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE$path")
  echo "$out" >"$TMP/wrk-${name//[^A-Za-z0-9]/_}.txt"
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '/Latency Distribution/ {d=1} d && $1=="50%" {print $2; exit}' <<<"$out")
  p99=$(awk '/Latency Distribution/ {d=1} d && $1=="99%" {print $2; exit}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' <<<"$out")
  sockerr=$(awk '/Socket errors:/ {sub(/.*Socket errors: /, ""); print}' <<<"$out")
  errors=${non2xx:-0}
  [ -n "$sockerr" ] && errors="$errors; socket $sockerr"
  ROWS+=("$name|$path|${rps:-?}|${p50:-?}|${p99:-?}|$errors|$(rss)")
  printf '   %-18s done\n' "$name"
done

echo
printf '%-18s %-32s %12s %10s %10s %8s %12s\n' "page" "path" "requests/s" "p50" "p99" "non-2xx" "RSS after"
printf '%-18s %-32s %12s %10s %10s %8s %12s\n' "----" "----" "----------" "---" "---" "-------" "---------"
for row in "${ROWS[@]}"; do
  IFS='|' read -r name path rps p50 p99 errors mem <<<"$row"
  printf '%-18s %-32s %12s %10s %10s %8s %12s\n' "$name" "$path" "$rps" "$p50" "$p99" "$errors" "$mem"
done
echo
echo "server resident memory: idle $RSS_IDLE, after load $(rss), peak (VmHWM) $(hwm)"
echo "($THREADS threads, $CONNECTIONS connections, $DURATION per page, $(nproc) cores; wrk and the server share them)"
