#!/usr/bin/env bash
# Publishes every function (and, with --with-probe, the test probe) as a NativeAOT linux-x64 `bootstrap`,
# fails if any trim/AOT warning (IL2xxx/IL3xxx) appears, and prints each binary's size.
#   scripts/publish.sh [--with-probe] [Name...]     e.g. scripts/publish.sh Backup ProbeFunction
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

projects=()
with_probe=false
for arg in "$@"; do
  case $arg in
    --with-probe) with_probe=true ;;
    -h|--help) sed -n 2,4p "$0"; exit 0 ;;
    *) if [ -f "functions/$arg/$arg.csproj" ]; then projects+=("functions/$arg/$arg.csproj")
       elif [ -f "tests/$arg/$arg.csproj" ]; then projects+=("tests/$arg/$arg.csproj")
       else echo "publish: no project named $arg" >&2; exit 2; fi ;;
  esac
done
[ ${#projects[@]} -gt 0 ] || projects=(functions/*/*.csproj)
$with_probe && projects+=(tests/ProbeFunction/ProbeFunction.csproj)

# NativeAOT links with clang; zlib is linked statically into the runtime.
missing=()
command -v clang >/dev/null || missing+=(clang)
[ -e /usr/include/zlib.h ] || missing+=(zlib1g-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "publish: installing ${missing[*]}" >&2
  sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -q >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi

mkdir -p artifacts/logs
failed=0
for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  log="artifacts/logs/publish-$name.log"
  start=$SECONDS
  if ! dotnet publish "$project" -c Release -r linux-x64 -nologo -clp:NoSummary >"$log" 2>&1; then
    echo "publish: $name FAILED (see $log)" >&2
    grep -E "error" "$log" | sort -u | head -20 >&2
    failed=1
    continue
  fi
  warnings=$(grep -cE "warning IL[0-9]{4}" "$log" || true)
  binary="artifacts/publish/$name/release_linux-x64/bootstrap"
  size=$(du -h "$binary" | cut -f1)
  echo "publish: $name -> $binary ($size, $((SECONDS - start)) s, $warnings trim/AOT warnings)"
  if [ "$warnings" -ne 0 ]; then
    grep -E "warning IL[0-9]{4}" "$log" | sort -u >&2
    failed=1
  fi
done
exit $failed
