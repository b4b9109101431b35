#!/usr/bin/env bash
# Benchmarks, each against its baseline in the same run (see bench/README.md).
#   bench/run.sh [host] [--cold N] [--warm N]
#   bench/run.sh objects [--size-mb N] [--rounds N]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
benchmark=${1:-host}
[ $# -gt 0 ] && shift

# apt_install PACKAGE...: Debian packages, with sudo when not root.
apt_install() {
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -q >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >&2
}

case $benchmark in
  host)
    scripts/publish.sh --with-probe Autoscaler ProbeFunction >&2
    # The JIT build of the same function is the cold-start baseline.
    dotnet build functions/Autoscaler -c Release -nologo -v q >&2
    dotnet run --project bench/HostBench -c Release -- "$@"
    ;;
  objects)
    # The baseline is Debian's awscli (not a pip one on PATH); /usr/bin/time measures peak RSS of both.
    missing=()
    [ -x /usr/bin/aws ] || missing+=(awscli)
    [ -x /usr/bin/time ] || missing+=(time)
    command -v clang >/dev/null || missing+=(clang)
    [ -e /usr/include/zlib.h ] || missing+=(zlib1g-dev)
    [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
    eval "$(scripts/services.sh up)"
    dotnet publish bench/ObjectStorageBench -c Release -r linux-x64 -nologo -v q >&2
    artifacts/publish/ObjectStorageBench/release_linux-x64/ObjectStorageBench run "$@"
    ;;
  *) echo "unknown benchmark '$benchmark' (available: host, objects)" >&2; exit 2 ;;
esac
