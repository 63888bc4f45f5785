#!/usr/bin/env bash
# Every test: the Rust suites on both stores (the embedded store, then MongoDB through
# nx-27017, a MongoDB wire-protocol server from PyPI installed into target/nx-venv on first
# use), then the REST API fuzzed against the real server (tests/api-fuzz.sh:
# Schemathesis from PyPI, installed into target/schemathesis-venv), then the console in a
# real browser (Debian's chromium, installed if missing, driven by npm's playwright-core).
# The TLS tests put Debian's nginx (installed if missing) in front of the server.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests use: nginx (TLS in front), chromium (the browser tests).
missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update
    # RUNLEVEL=1: install only, start no system service.
    RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  else
    echo "The tests need Debian's ${missing[*]}: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
export NGINX_BIN
NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)

venv=target/nx-venv
if [ ! -x "$venv/bin/nx-27017" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "nx-27017==0.8.1"
fi
export NX_27017_BIN="$PWD/$venv/bin/nx-27017"

echo "== embedded store =="
cargo test --workspace

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
logdir=$(mktemp -d)
"$NX_27017_BIN" --db memory --host 127.0.0.1 -p "$port" \
  --log-file "$logdir/nx.log" --pid-file "$logdir/nx.pid" >"$logdir/nx.out" 2>&1 &
nx=$!
stop_nx() { kill "$nx" 2>/dev/null || true; wait "$nx" 2>/dev/null || true; rm -rf "$logdir"; }
trap stop_nx EXIT
for _ in $(seq 100); do
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break
  sleep 0.1
done

echo "== MongoDB store (nx-27017 on port $port) =="
MONGODB_URI="mongodb://127.0.0.1:$port" cargo test --workspace
stop_nx
trap - EXIT

echo "== REST API fuzzed (Schemathesis against /api/openapi.json) =="
bash tests/api-fuzz.sh

echo "== browser tests (Debian chromium + playwright-core) =="
# Debian's chromium (installed above), never a browser downloaded by npm.
# The embedded store again, driven through the console in a real browser.
cargo build --bin handoff
if [ ! -d tests/browser/node_modules/playwright-core ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix tests/browser --no-audit --no-fund
fi
node --test tests/browser/
