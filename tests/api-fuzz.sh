#!/usr/bin/env bash
# The REST API, checked by a fuzzer: Schemathesis (from PyPI, installed into
# target/schemathesis-venv on first use) reads the server's own OpenAPI document
# (/api/openapi.json) and sends generated requests, valid and invalid, to every route of the
# real server (the debug binary) with a tenants file (one company, two pages, an admin and
# an agent), a Graph API stand-in (tests/fuzz/graph_stand_in.py) and a few customers.
# Each answer must be no 5xx, a documented status and content type, and match its schema;
# every route that needs a session must refuse a request without one (or with a made-up one).
#
# Three passes: signed in as the admin (every route but logout, which would end the
# session, and ending an agent's sessions), signed in as the agent (those two), and signed
# in as no one (every route).
# Deterministic generation, so that a run that passes passes every time.
# FUZZ_REPORT=DIR keeps Schemathesis' NDJSON report of every request and answer there.
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMATHESIS_VERSION=4.32.5
# Test cases per operation and phase, signed in and not (where every route but the public
# ones answers 401 alike, so fewer tell as much): under 2 minutes in all on 2 busy cores.
EXAMPLES=${FUZZ_EXAMPLES:-60}
ANONYMOUS_EXAMPLES=${FUZZ_ANONYMOUS_EXAMPLES:-20}

venv=target/schemathesis-venv
if ! "$venv/bin/schemathesis" --version 2>/dev/null | grep -qx "schemathesis, version $SCHEMATHESIS_VERSION"; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

cargo build --bin handoff
started=$(date +%s)

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# Waits for the first line of a file (a port), at most 60 s.
first_line() {
  for _ in $(seq 600); do
    if [ -s "$1" ]; then head -n1 "$1"; return; fi
    sleep 0.1
  done
  echo "no output in $1" >&2
  exit 1
}

python3 tests/fuzz/graph_stand_in.py >"$work/graph.port" &
pids+=($!)
graph_port=$(first_line "$work/graph.port")

cat >"$work/tenants.toml" <<'TOML'
[[company]]
id = "acme"
name = "Acme Inc"

  [[company.page]]
  id = "1001"
  name = "Acme Store"
  access_token = "EAAB-fuzz-1001"

  [[company.page]]
  id = "1002"
  name = "Acme Outlet"
  access_token = "EAAB-fuzz-1002"

  [[company.agent]]
  id = "carol"
  name = "Carol Admin"
  email = "carol@acme.test"
  password = "fuzz carol correct horse"
  role = "admin"

  [[company.agent]]
  id = "alice"
  name = "Alice Smith"
  email = "alice@acme.test"
  password = "fuzz alice correct horse"
  role = "agent"
TOML

export FB_APP_SECRET=fuzz-app-secret
HANDOFF_BIND=127.0.0.1:0 \
  HANDOFF_DATA_DIR="$work/data" \
  HANDOFF_TENANTS="$work/tenants.toml" \
  FB_VERIFY_TOKEN=fuzz-verify-token \
  FB_APP_ID=4242 \
  GRAPH_API_BASE="http://127.0.0.1:$graph_port" \
  GRAPH_TIMEOUT_MS=5000 \
  RUST_LOG=error \
  MONGODB_URI= \
  target/debug/handoff serve >"$work/server.out" 2>"$work/server.log" &
pids+=($!)
for _ in $(seq 600); do
  grep -q '^listening on http://' "$work/server.out" 2>/dev/null && break
  sleep 0.1
done
base=$(sed -n 's|^listening on \(http://[^/]*\)/*$|\1|p' "$work/server.out" | head -n1)
if [ -z "$base" ]; then
  echo "the server did not start:" >&2
  cat "$work/server.log" >&2
  exit 1
fi

# Signs in (before any fuzzing, which fails logins until the throttle answers 429) and
# prints the token.
login() {
  python3 - "$base" "$1" "$2" <<'PY'
import json, sys, urllib.request
base, email, password = sys.argv[1:]
request = urllib.request.Request(
    f"{base}/api/auth/login",
    data=json.dumps({"email": email, "password": password}).encode(),
    headers={"Content-Type": "application/json"},
)
print(json.load(urllib.request.urlopen(request, timeout=30))["token"])
PY
}
admin=$(login carol@acme.test "fuzz carol correct horse")
agent=$(login alice@acme.test "fuzz alice correct horse")

# Customers for the routes to act on: the document's example PSID (7000000000000001) asks
# for a person, so assigning, sending and releasing it can succeed; others talk to the bot.
simulate() {
  target/debug/handoff simulate --url "$base" --page "$1" --customer "$2" --text "$3" >/dev/null
}
simulate 1001 7000000000000001 "I want to talk to a human"
simulate 1001 7000000000000002 "what are your opening hours?"
simulate 1002 7000000000000001 "hello"

# Hypothesis (under Schemathesis) keeps caches in ./.hypothesis: a fresh one each run, so
# that every run starts alike and the tree stays clean.
export HYPOTHESIS_STORAGE_DIRECTORY="$work/hypothesis"
fuzz() {
  "$venv/bin/schemathesis" --config-file tests/fuzz/schemathesis.toml run "$base/api/openapi.json" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance,ignored_auth \
    --phases examples,coverage,fuzzing \
    --generation-deterministic \
    --suppress-health-check all \
    --request-timeout 30 \
    --workers 1 \
    --warnings off \
    --no-color \
    ${FUZZ_REPORT:+--report ndjson --report-dir "$FUZZ_REPORT/$(date +%s%N)"} \
    "$@"
}

status=0
# Ending sessions is fuzzed as the agent too: as the admin it could end the agent's.
sessions='/api/dashboard/agents/{agent_id}/sessions'
echo "== API fuzz: as an admin (every route but logout and ending sessions) =="
fuzz --max-examples "$EXAMPLES" -H "Authorization: Bearer $admin" \
  --exclude-path /api/auth/logout --exclude-path "$sessions" || status=1
echo "== API fuzz: as an agent (ending sessions, logout) =="
fuzz --max-examples "$EXAMPLES" -H "Authorization: Bearer $agent" \
  --include-path "$sessions" --include-path /api/auth/logout || status=1
echo "== API fuzz: without a session (every route) =="
fuzz --max-examples "$ANONYMOUS_EXAMPLES" || status=1

if [ "$status" -ne 0 ]; then
  echo "== server log ==" >&2
  tail -n 100 "$work/server.log" >&2
fi
echo "API fuzz: $(($(date +%s) - started)) s"
exit "$status"
