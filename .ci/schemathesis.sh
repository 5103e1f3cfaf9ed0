#!/usr/bin/env bash
# schemathesis against the API's own description (issue 11, item 4; D13): installs a pinned
# schemathesis into a virtual environment, starts the debug binary with the demo on a free
# loopback port and a fresh data directory, runs schemathesis bounded (SCHEMATHESIS_EXAMPLES per
# operation, a time budget), prints the counts, stops the server by its PID.
# It passes only with 0 server errors, 0 schema violations, 0 undocumented statuses and 0
# wrong content types.
#
#   bash .ci/schemathesis.sh
#
# Environment (all optional):
#   TREATYDESK_BIN         the binary (default target/debug/treatydesk, as `cargo test` builds it)
#   SCHEMATHESIS_EXAMPLES  examples per operation (default 50)
#   SCHEMATHESIS_MAX_TIME  seconds before the run is stopped as failed (default 900). Not passed
#                          as --max-time: schemathesis then repeats fuzzing until the budget is spent
#   SCHEMATHESIS_VENV      where the virtual environment lives (default target/schemathesis-venv)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
SCHEMATHESIS_VERSION=4.32.5
BIN=${TREATYDESK_BIN:-$ROOT/target/debug/treatydesk}
EXAMPLES=${SCHEMATHESIS_EXAMPLES:-50}
MAX_TIME=${SCHEMATHESIS_MAX_TIME:-900}
VENV=${SCHEMATHESIS_VENV:-$ROOT/target/schemathesis-venv}
CHECKS=not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance

[ -x "$BIN" ] || { echo "schemathesis: $BIN is missing (run cargo test or cargo build first)" >&2; exit 2; }

if ! "$VENV/bin/st" --version 2>/dev/null | grep -q "$SCHEMATHESIS_VERSION"; then
  echo "== installing schemathesis $SCHEMATHESIS_VERSION into $VENV"
  # Python 3.11 before 3.11.8 trips on hypothesis's lambda reading ("AST constructor recursion
  # depth mismatch", CPython gh-106905) and reports it as a runtime error of an operation at random.
  PY=python3
  for candidate in python3.13 python3.12 "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.1[2-9]*/bin/python3; do
    "$candidate" -c 'import venv' >/dev/null 2>&1 && { PY=$candidate; break; }
  done
  rm -rf "$VENV"
  "$PY" -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi
"$VENV/bin/st" --version

TMP=$(mktemp -d -t treatydesk-st.XXXX)
SERVER_PID=
cleanup() {
  local rc=$?
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$TMP"
  exit "$rc"
}
trap cleanup EXIT INT TERM

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
echo "== starting $BIN serve --demo on 127.0.0.1:$PORT"
# No public-write limit: schemathesis posts many registrations from one address, and a 429
# would hide the answers it is checking.
NO_COLOR=1 TREATYDESK_SMTP_URL= "$BIN" serve --demo --addr "127.0.0.1:$PORT" --data-dir "$TMP/data" \
  --public-writes-per-minute 0 >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1800); do
  grep -q "TreatyDesk is serving at" "$TMP/server.log" && break
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "server exited:" >&2; tail -n 40 "$TMP/server.log" >&2; exit 1; }
  sleep 0.1
done
grep -q "TreatyDesk is serving at" "$TMP/server.log" || { echo "server did not start" >&2; exit 1; }

echo "== schemathesis: $EXAMPLES examples per operation, checks $CHECKS, at most $MAX_TIME s"
set +e
NO_COLOR=1 timeout "$MAX_TIME" "$VENV/bin/st" run "http://127.0.0.1:$PORT/api/openapi.json" \
  --max-examples "$EXAMPLES" --checks "$CHECKS" --workers 2 \
  --request-timeout 30 --no-color --seed "${SCHEMATHESIS_SEED:-$RANDOM}" \
  --report junit --report-junit-path "$TMP/junit.xml" >"$TMP/st.log" 2>&1
ST_RC=$?
set -e
# The summary, and every failure in full when there is one.
if [ "$ST_RC" = 0 ]; then
  sed -n '/= SUMMARY =/,$p' "$TMP/st.log"
else
  cat "$TMP/st.log"
fi

# Counts from the JUnit report: one test case per operation.
python3 - "$TMP/junit.xml" "$TMP/st.log" "$ST_RC" <<'EOF'
import re, sys, xml.etree.ElementTree as ET
junit, log, rc = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(log, errors="replace").read()
generated = re.search(r"(\d+) generated", text)
operations = failed = 0
try:
    for case in ET.parse(junit).getroot().iter("testcase"):
        operations += 1
        if case.find("failure") is not None or case.find("error") is not None:
            failed += 1
except (OSError, ET.ParseError) as e:
    print(f"schemathesis: no JUnit report ({e})")
count = lambda code: sum(int(n) for n in re.findall(rf"{code} [^:\n]*: (\d+)", text.split("= SUMMARY =")[-1]))
print(f"schemathesis: operations={operations} cases={generated.group(1) if generated else '?'} "
      f"server_errors={count('ST101') + count('ST102')} schema_violations={count('ST108')} "
      f"undocumented_statuses={count('ST103')} content_type={count('ST104') + count('ST105') + count('ST106')} exit={rc}")
print(f"{operations - failed} passed, {failed} failed")
EOF
exit "$ST_RC"
