#!/usr/bin/env bash
# The main job on local defaults. Until the Backup issue lands it shows the foundation end to end: start the
# local stack (PostgreSQL, Redis, S3-compatible server), publish the four functions as NativeAOT, and invoke
# each one with sample events in its three modes' local forms — `invoke` from a file and `serve` over HTTP —
# checking its real connections to the local databases.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

say() { printf '\n== %s\n' "$*"; }

say "Starting local services"
eval "$(scripts/services.sh up)"

say "Publishing the functions (NativeAOT, zero trim warnings)"
scripts/publish.sh

export LOG_LEVEL=Warning
for fn in Autoscaler Backup AlertHandler DeployOrchestrator; do
  bin="artifacts/publish/$fn/release_linux-x64/bootstrap"
  say "$fn: invoke --event samples/events/command-health.json"
  "$bin" invoke --event samples/events/command-health.json
done

say "AlertHandler: an unknown command is refused with a clear error (exit 1, error JSON on stderr)"
set +e
echo '{"command":"frobnicate"}' | artifacts/publish/AlertHandler/release_linux-x64/bootstrap invoke --event -
echo "exit code: $?"
set -e

say "Backup: image-function mode, POST /event-invoke over HTTP"
port=19000
artifacts/publish/Backup/release_linux-x64/bootstrap serve --port "$port" >/dev/null &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done
node -e '
  const [port, body] = process.argv.slice(1);
  fetch(`http://127.0.0.1:${port}/event-invoke`, { method: "POST", body, headers: { "X-Scf-Request-Id": "demo-1" } })
    .then(async r => console.log(r.status, await r.text()));
' "$port" '{"command":"health"}'
kill -TERM "$server"
wait "$server" 2>/dev/null || true

say "Done: every function started, answered health with its real PostgreSQL and Redis, and refused bad input cleanly."
