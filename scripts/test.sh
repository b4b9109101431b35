#!/usr/bin/env bash
# Runs every test on real components: starts the local services, publishes each function as NativeAOT
# (failing on any trim/AOT warning), runs the MSTest projects, and ends with one line
#   N passed, N failed, N skipped
# Under CI=true a test whose dependency is missing fails instead of being skipped.
#   scripts/test.sh [extra dotnet test options, e.g. --filter "FullyQualifiedName~Scf"]
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

log() { echo "test: $*" >&2; }
extra_failures=0

log "starting local services"
if env_lines=$(scripts/services.sh up); then
  eval "$env_lines"
else
  log "local services did not start; tests that need them will fail under CI or be skipped"
  extra_failures=$((extra_failures + 1))
fi

log "publishing the functions and the test probe as NativeAOT"
if ! scripts/publish.sh --with-probe; then
  log "publish failed (see artifacts/logs); counted as one failure"
  extra_failures=$((extra_failures + 1))
fi

results="$ROOT/artifacts/test-results"
rm -rf "$results"
log "running the tests"
dotnet test --solution Functions.sln --report-trx --results-directory "$results" "$@"
test_exit=$?

passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n1)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  total=$(value total) p=$(value passed) f=$(value failed) e=$(value error) t=$(value timeout)
  passed=$((passed + p))
  failed=$((failed + f + e + t))
  skipped=$((skipped + total - p - f - e - t))
done
if [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; then
  log "dotnet test exited with $test_exit without a failed test (build or runner failure); counted as one failure"
  failed=1
fi
failed=$((failed + extra_failures))

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
