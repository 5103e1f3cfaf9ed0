#!/usr/bin/env bash
# Regenerates crates/cli/link-order.txt, the order in which the linker lays out the release
# binary's functions (issue 13: memory). The functions a serving process runs go first, next to
# each other; the rest (other pages' code, exports, the CLI's other commands) after them.
#
# Why: the binary's code is most of the server's resident memory, and what counts is not the
# code that runs but the pages it lies on, and the kernel maps 64 KiB around each page touched.
# In the default order the ~7.5 MiB of functions a server runs are spread over most of the
# 36 MiB of code; side by side, they take about 11 MiB resident instead of 28 (bench/README.md).
#
# How: runs the release server under valgrind's callgrind with the demo (start-up: migrations,
# demo data, index build), reads the public pages in the four languages and three encodings,
# then signed in as ISU staff, and writes every function of the binary that ran, sorted by name
# (callgrind's own order changes from run to run; sorted, a new file's diff shows what changed).
# The file names symbols as the linker sees them (mangled, with their hashes). A change to a
# crate renames some (ThinLTO's `.llvm.N` suffix follows the text of the function's module), and
# the linker leaves those in the default order: more memory, never a different program. Run this
# again after changes; the last line (and --check) says how many names the binary still defines.
#
#   bash bench/link_order.sh          # regenerate from target/release/treatydesk
#   bash bench/link_order.sh --check  # only count the names the current binary defines
#
# Environment: TREATYDESK_BIN to profile another binary (default: built here).
set -euo pipefail

cd "$(dirname "$0")/.."
. bench/demo_session.sh
ROOT=$PWD
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
ORDER=$ROOT/crates/cli/link-order.txt

if [ -z "${TREATYDESK_BIN:-}" ]; then
  echo "== building the release binary"
  cargo build --release -p treatydesk --bin treatydesk
fi
BIN=${TREATYDESK_BIN:-$TARGET/release/treatydesk}

defined() { nm --defined-only "$BIN" | awk '$2 ~ /^[tTwW]$/ {print $3}' | sort -u; }

if [ "${1:-}" = --check ]; then
  total=$(grep -vc '^#' "$ORDER")
  found=$(comm -12 <(grep -v '^#' "$ORDER" | sort -u) <(defined) | wc -l)
  echo "$found of $total names in $ORDER are functions of $BIN"
  exit 0
fi

if ! command -v valgrind >/dev/null; then
  echo "installing valgrind"
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq valgrind >/dev/null
fi

TMP=$(mktemp -d)
PID=
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE=http://127.0.0.1:$PORT
echo "== starting the server under callgrind (a minute or two)"
NO_COLOR=1 TREATYDESK_SMTP_URL= valgrind --tool=callgrind --demangle=no \
  --callgrind-out-file="$TMP/callgrind.out" \
  "$BIN" serve --demo --addr "127.0.0.1:$PORT" --data-dir "$TMP/data" >"$TMP/server.log" 2>&1 &
PID=$!
for _ in $(seq 3000); do
  grep -q "serving at" "$TMP/server.log" && break
  kill -0 "$PID" 2>/dev/null || { cat "$TMP/server.log" >&2; exit 1; }
  sleep 0.2
done
grep -q "serving at" "$TMP/server.log" || { echo "the server did not start" >&2; exit 1; }

PAGES=(
  "/ccm/committee?as_of=2013-03-01" /ccm /ccm/states /ccm/states/NGA /ccm/meetings
  /ccm/documents "/ccm/search?q=coordinator" /ccm/map /ccm/meetings/2ISM
  /ccm/meetings/2ISM/programme /api/v1/conventions/ccm/states / /login
)
read_pages() {
  for lang in en fr es ar; do
    for path in "${PAGES[@]}"; do
      for encoding in "gzip, deflate, br" gzip ""; do
        curl -s -o /dev/null "$@" -H "Accept-Language: $lang" -H "Accept-Encoding: $encoding" "$BASE$path"
      done
    done
  done
}
echo "== reading the pages"
read_pages

token=$(demo_session "$TMP/server.log" "$BASE" demo-isu "$TMP/cookies")
echo "== reading the pages signed in as ISU staff"
read_pages -H "Cookie: td_session=$token"

kill -INT "$PID"
wait "$PID" || true
PID=

python3 - "$TMP/callgrind.out" "$ORDER" "$(basename "$BIN")" <(defined) <<'EOF'
import re, sys
out, order, exe, defined = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
functions = set(l.strip() for l in open(defined))
objects, names, obj, ran = {}, {}, None, []
seen = set()
for line in open(out, errors="replace"):
    line = line.rstrip("\n")
    m = re.match(r"^(c?ob)=\((\d+)\)(?: (.*))?$", line)
    if m:
        kind, i, name = m.groups()
        if name:
            objects[i] = name
        if kind == "ob":
            obj = objects[i]
        continue
    m = re.match(r"^(c?fn)=\((\d+)\)(?: (.*))?$", line)
    if m:
        kind, i, name = m.groups()
        if name:
            names[i] = re.sub(r"'\d+$", "", name)  # callgrind's recursion depth
        name = names[i]
        if kind == "fn" and obj and obj.endswith("/" + exe) and name in functions and name not in seen:
            seen.add(name)
            ran.append(name)
with open(order, "w") as f:
    f.write("# Generated by bench/link_order.sh: the release binary's functions a serving process\n")
    f.write("# runs, laid out first by the linker (crates/cli/build.rs). Do not edit by hand.\n")
    f.write("\n".join(sorted(ran)) + "\n")
print(f"{len(ran)} functions that ran written to {order}")
EOF
TREATYDESK_BIN="$BIN" bash "$0" --check
