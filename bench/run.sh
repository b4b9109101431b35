#!/usr/bin/env bash
# Benchmarks, each against its baseline in the same run (see bench/README.md).
#   bench/run.sh [host] [--cold N] [--warm N]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
[ "${1:-host}" = host ] || { echo "unknown benchmark '$1' (available: host)" >&2; exit 2; }
[ $# -gt 0 ] && shift

scripts/publish.sh --with-probe Autoscaler ProbeFunction >&2
# The JIT build of the same function is the cold-start baseline.
dotnet build functions/Autoscaler -c Release -nologo -v q >&2
dotnet run --project bench/HostBench -c Release -- "$@"
