#!/usr/bin/env bash
# Benchmarks, each against its baseline in the same run (see bench/README.md).
#   bench/run.sh [host] [--cold N] [--warm N]
#   bench/run.sh objects [--size-mb N] [--rounds N]
#   bench/run.sh backup [--rounds N] [--scale N] [--small-scale N] [--random-mb N]
#   bench/run.sh autoscaler [--rounds N] [--ops N] | --generate
#   bench/run.sh alerts [--distinct N] [--repeats N] [--connections N]
#   bench/run.sh deploy [--runs N] [--warmup N]
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
  backup)
    # Default scales: pgbench 150 is ~2.25 GB (pg_database_size), 35 is ~0.5 GB for the RSS-vs-size check;
    # --random-mb adds a database of random bytes (a dump as large as the data; 0 skips it).
    scale=150 small_scale=35 random_mb=1024 pass=()
    while [ $# -gt 0 ]; do
      case $1 in
        --scale) scale=$2; shift 2 ;;
        --small-scale) small_scale=$2; shift 2 ;;
        --random-mb) random_mb=$2; shift 2 ;;
        *) pass+=("$1"); shift ;;
      esac
    done
    missing=()
    [ -x /usr/bin/aws ] || missing+=(awscli)
    [ -x /usr/bin/time ] || missing+=(time)
    [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
    eval "$(scripts/services.sh up)"
    scripts/publish.sh Backup >&2
    # pgbench_db NAME SCALE: a pgbench database of that scale, reused when a finished one is already there
    # (the primary keys are pgbench's last step, so a database that has them is finished).
    pgbench_db() {
      local url=${DATABASE_URL%/*}/$1 admin=${DATABASE_URL%/*}/postgres done
      done=$("$PG_BIN/psql" -XAtq "$url" -c "select (select count(*) from pgbench_branches) = $2
        and exists (select from pg_indexes where indexname = 'pgbench_accounts_pkey')" 2>/dev/null || true)
      if [ "$done" = t ]; then
        echo "backup: reusing database $1 (pgbench scale $2)" >&2
        return
      fi
      echo "backup: generating database $1 (pgbench scale $2)" >&2
      "$PG_BIN/psql" -XAtq "$admin" -c "drop database if exists $1" -c "create database $1" >&2
      "$PG_BIN/pgbench" -i -q -s "$2" -I dtGvp "$url" >&2
    }
    # random_db NAME MB: a table of MB × 1024 rows of 1 KiB from pgcrypto's gen_random_bytes, reused likewise.
    random_db() {
      local url=${DATABASE_URL%/*}/$1 admin=${DATABASE_URL%/*}/postgres rows=$(($2 * 1024)) done
      done=$("$PG_BIN/psql" -XAtq "$url" -c "select count(*) = $rows from blobs" 2>/dev/null || true)
      if [ "$done" = t ]; then
        echo "backup: reusing database $1 ($2 MiB of random bytes)" >&2
        return
      fi
      echo "backup: generating database $1 ($2 MiB of random bytes)" >&2
      "$PG_BIN/psql" -XAtq "$admin" -c "drop database if exists $1" -c "create database $1" >&2
      "$PG_BIN/psql" -XAtq "$url" -v ON_ERROR_STOP=1 -c "create extension pgcrypto" \
        -c "create table blobs (id int primary key, data bytea not null)" \
        -c "insert into blobs select g, gen_random_bytes(1024) from generate_series(1, $rows) g" >&2
    }
    pgbench_db bench_backup "$scale"
    pgbench_db bench_backup_small "$small_scale"
    random=()
    if [ "$random_mb" -gt 0 ]; then
      random_db bench_backup_random "$random_mb"
      random=(--random-database bench_backup_random)
    fi
    dotnet run --project bench/BackupBench -c Release -- "${pass[@]}" --database bench_backup --small-database bench_backup_small "${random[@]}"
    ;;
  autoscaler)
    # Published NativeAOT like the function, so Decide's latency is the function's; --generate rewrites samples/traces/.
    missing=()
    command -v clang >/dev/null || missing+=(clang)
    [ -e /usr/include/zlib.h ] || missing+=(zlib1g-dev)
    [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
    dotnet publish bench/AutoscalerBench -c Release -r linux-x64 -nologo -v q >&2
    artifacts/publish/AutoscalerBench/release_linux-x64/AutoscalerBench "$@"
    ;;
  alerts)
    # The baseline is Debian's Prometheus Alertmanager, run by the bench on a free loopback port with its own
    # temporary storage (the service the package may start under systemd, on :9093, is never used).
    [ -x /usr/bin/prometheus-alertmanager ] || apt_install prometheus-alertmanager
    eval "$(scripts/services.sh up)"
    scripts/publish.sh AlertHandler >&2
    dotnet run --project bench/AlertBench -c Release -- "$@"
    ;;
  deploy)
    # The function as published (NativeAOT `bootstrap serve`) on a scratch database; the baseline runs in the bench.
    eval "$(scripts/services.sh up)"
    scripts/publish.sh DeployOrchestrator >&2
    dotnet run --project bench/DeployBench -c Release -- "$@"
    ;;
  *) echo "unknown benchmark '$benchmark' (available: host, objects, backup, autoscaler, alerts, deploy)" >&2; exit 2 ;;
esac
