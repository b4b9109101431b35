#!/usr/bin/env bash
# Local backing services for development and CI: PostgreSQL 15, Redis 7 and an
# S3-compatible server (s3rver), all bound to 127.0.0.1 with their data under
# <repo>/.local/services. See `scripts/services.sh --help`.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SERVICES_DIR="$ROOT/.local/services"
PG_PORT=${PG_PORT:-55432}
REDIS_PORT=${REDIS_PORT:-56379}
S3_PORT=${S3_PORT:-54569}
REDIS_PASSWORD=${REDIS_PASSWORD:-}
PG_BIN=/usr/lib/postgresql/15/bin
S3_BUCKET=superinsight-backup
S3RVER_VERSION=3.7.1
PG_DIR="$SERVICES_DIR/pg"
# Where PostgreSQL's files went when the `postgres` user cannot reach the repository (see start_pg).
PG_LOCATION_FILE="$SERVICES_DIR/pg.location"
[ -f "$PG_LOCATION_FILE" ] && PG_DIR=$(cat "$PG_LOCATION_FILE")
# Local-only passwords, deliberately unlike the user names: the functions redact passwords from their logs.
PG_SUPERUSER_PASSWORD=local-superuser-pw
PG_OPS_PASSWORD=local-ops-pw
REDIS_DIR="$SERVICES_DIR/redis"
S3_DIR="$SERVICES_DIR/s3rver"
WAIT_SECONDS=30

log() { echo "services: $*" >&2; }
die() { log "error: $*"; exit 1; }
is_root() { [ "$(id -u)" -eq 0 ]; }

usage() {
  cat <<EOF
Usage: scripts/services.sh <command>

  up              install what is missing, start PostgreSQL 15, Redis 7 and s3rver
                  (127.0.0.1 only, data in .local/services), then print the env
  down [--purge]  stop all services; --purge also deletes .local/services
  env             print 'export NAME=value' lines: eval "\$(scripts/services.sh env)"
  status          one line per service; exit 0 if all running, 3 otherwise

Ports: PG_PORT (55432), REDIS_PORT (56379), S3_PORT (54569).
REDIS_PASSWORD sets a Redis password (none by default).
EOF
}

# PostgreSQL refuses to run as root: as root we act as the Debian `postgres`
# user, otherwise as ourselves. `cd /` so a cwd the user cannot read is harmless.
as_pg() {
  if ! is_root; then "$@"
  elif command -v runuser >/dev/null; then (cd / && runuser -u postgres -- "$@")
  else (cd / && su postgres -s /bin/sh -c "$(printf '%q ' "$@")"); fi
}

# pid_alive PIDFILE PATTERN: the pid in PIDFILE is alive and its command line
# matches PATTERN (guards against a stale pidfile whose pid was reused).
pid_alive() {
  local pid
  pid=$(head -n1 "$1" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$2"
}

# fail MESSAGE LOGFILE: report, show the log tail, exit non-zero.
fail() { log "error: $1; last lines of $2:"; tail -n 20 "$2" >&2 2>/dev/null || true; exit 1; }

# wait_for NAME LOGFILE PIDFILE CMD...: poll CMD until it succeeds; fail on timeout,
# or early once the process behind PIDFILE is gone (after a 2 s grace, as redis
# writes its pidfile only once it listens).
wait_for() {
  local name=$1 logfile=$2 pidfile=$3 start=$SECONDS
  shift 3
  while ! "$@" >/dev/null 2>&1; do
    if ((SECONDS - start >= WAIT_SECONDS)); then
      fail "$name did not become ready within ${WAIT_SECONDS}s" "$logfile"
    elif ((SECONDS - start >= 2)) && ! pid_alive "$pidfile" ""; then
      fail "$name exited during startup" "$logfile"
    fi
    sleep 0.25
  done
}

# A subshell, so that a failed connect cannot abort the script.
http_ok() (
  exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
  printf 'GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  IFS= read -r -t 2 line <&3 && [[ $line == HTTP/* ]]
)

# stop_pid PIDFILE PATTERN: TERM the process, give it 5 s, then KILL it.
stop_pid() {
  local pid i
  if pid_alive "$1" "$2"; then
    pid=$(head -n1 "$1")
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 20; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$1"
}

# A running instance must be on the requested port, else waiting for it would time out.
check_port() {
  [ "$2" = "$3" ] || die "$1 is already running on port $2, not $3: run '$0 down' first"
}

node_major() { node -e 'process.stdout.write(process.versions.node.split(".")[0])' 2>/dev/null || echo 0; }

ensure_packages() {
  local missing=() sudo=()
  [ -x "$PG_BIN/postgres" ] && [ -x "$PG_BIN/pg_isready" ] || missing+=(postgresql-15)
  command -v redis-server >/dev/null || missing+=(redis-server)
  command -v redis-cli >/dev/null || missing+=(redis-tools)
  # Backup's tools: sqlite3 copies Label Studio's database; pg_dump/pg_restore come with postgresql-15.
  command -v sqlite3 >/dev/null || missing+=(sqlite3)
  # The Autoscaler's Prometheus source is tested against a real Prometheus: each test starts its own on a free
  # loopback port with temporary storage, so the service the package may start under systemd (:9090) is never used.
  command -v prometheus >/dev/null || [ -x /usr/bin/prometheus ] || missing+=(prometheus)
  if ! command -v node >/dev/null || [ "$(node_major)" -lt 18 ]; then missing+=(nodejs npm)
  elif ! command -v npm >/dev/null; then missing+=(npm); fi
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! is_root; then
    command -v sudo >/dev/null || die "missing packages: ${missing[*]} (not root and no sudo)"
    sudo=(sudo)
  fi
  log "installing ${missing[*]}"
  "${sudo[@]}" apt-get update -q >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
}

pg_running() { [ -f "$PG_DIR/data/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; }

start_pg() {
  local data="$PG_DIR/data" pglog="$PG_DIR/log/postgresql.log" sock="$PG_DIR/run/.s.PGSQL.$PG_PORT" rc=0
  [ ${#sock} -lt 100 ] || die "socket path too long for PostgreSQL (${#sock} chars): $sock"
  mkdir -p "$PG_DIR/run" "$PG_DIR/log"
  if is_root; then
    # postgres must traverse .local/services; the repo root above is not ours to chmod.
    chmod o+x "$ROOT/.local" "$SERVICES_DIR"
    chown -R postgres:postgres "$PG_DIR"
    if ! as_pg test -w "$PG_DIR"; then
      # A clone under a private directory (e.g. /root): keep PostgreSQL's files in a per-repository
      # folder under /tmp instead, and remember where, for status and down.
      PG_DIR="${TMPDIR:-/tmp}/superinsight-ops-$(printf '%s' "$ROOT" | md5sum | cut -c1-8)/pg"
      log "postgres cannot reach the repository; its data goes to $PG_DIR"
      mkdir -p "$PG_DIR/run" "$PG_DIR/log"
      chmod o+x "$(dirname "$PG_DIR")"
      chown -R postgres:postgres "$PG_DIR"
      echo "$PG_DIR" >"$PG_LOCATION_FILE"
      data="$PG_DIR/data" pglog="$PG_DIR/log/postgresql.log"
      as_pg test -w "$PG_DIR" || die "user postgres cannot write $PG_DIR"
    fi
  fi
  if pg_running; then
    log "postgres already running"
    check_port postgres "$(sed -n 4p "$data/postmaster.pid")" "$PG_PORT"
  else
    if [ ! -f "$data/PG_VERSION" ]; then
      log "postgres: initdb in $data"
      rm -rf "$data"
      echo "$PG_SUPERUSER_PASSWORD" >"$PG_DIR/pwfile"
      is_root && chown postgres: "$PG_DIR/pwfile"
      as_pg "$PG_BIN/initdb" -D "$data" -U postgres --pwfile="$PG_DIR/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
        >"$PG_DIR/log/initdb.log" 2>&1 || rc=$?
      rm -f "$PG_DIR/pwfile"
      # A half-made data dir would make every later initdb refuse to run.
      ((rc == 0)) || { rm -rf "$data"; fail "initdb failed" "$PG_DIR/log/initdb.log"; }
    fi
    log "postgres: starting on 127.0.0.1:$PG_PORT"
    # -W: don't let pg_ctl wait; pg_isready below is the readiness check.
    as_pg "$PG_BIN/pg_ctl" -D "$data" -l "$pglog" -W \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k '$PG_DIR/run'" start >/dev/null ||
      fail "pg_ctl start failed" "$pglog"
  fi
  wait_for postgres "$pglog" "$data/postmaster.pid" "$PG_BIN/pg_isready" -q -t 2 -h 127.0.0.1 -p "$PG_PORT"
  # Idempotent schema bootstrap over the trusted unix socket.
  as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -v ops_password="$PG_OPS_PASSWORD" \
    -h "$PG_DIR/run" -p "$PG_PORT" -U postgres -d postgres \
    >/dev/null <<'SQL' || fail "postgres bootstrap failed" "$pglog"
SELECT 'CREATE DATABASE superinsight' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'superinsight')\gexec
SELECT format('CREATE ROLE ops LOGIN CREATEDB PASSWORD %L', :'ops_password')
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ops')\gexec
SELECT 'CREATE DATABASE ops OWNER ops' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'ops')\gexec
SQL
}

# timeout: redis-cli waits forever on a port held by something that never answers.
redis_cli() {
  timeout 3 redis-cli -h 127.0.0.1 -p "$REDIS_PORT" \
    ${REDIS_PASSWORD:+-a "$REDIS_PASSWORD" --no-auth-warning} "$@"
}
redis_ping() { [ "$(redis_cli ping 2>/dev/null)" = PONG ]; }

start_redis() {
  mkdir -p "$REDIS_DIR"
  if pid_alive "$REDIS_DIR/redis.pid" redis-server; then
    log "redis already running"
    check_port redis "$(cat "$REDIS_DIR/redis.port" 2>/dev/null)" "$REDIS_PORT"
  else
    log "redis: starting on 127.0.0.1:$REDIS_PORT"
    rm -f "$REDIS_DIR/redis.pid"
    echo "$REDIS_PORT" >"$REDIS_DIR/redis.port"
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$REDIS_DIR" \
      --daemonize yes --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log" \
      --save "" --appendonly no ${REDIS_PASSWORD:+--requirepass "$REDIS_PASSWORD"} ||
      fail "redis-server failed to start" "$REDIS_DIR/redis.log"
  fi
  wait_for redis "$REDIS_DIR/redis.log" "$REDIS_DIR/redis.pid" redis_ping
}

start_s3() {
  local main="$S3_DIR/node_modules/s3rver/bin/s3rver.js" pkg="$S3_DIR/node_modules/s3rver/package.json"
  mkdir -p "$S3_DIR/data"
  if ! node -e 'process.exit(require(process.argv[1]).version === process.argv[2] ? 0 : 1)' \
    "$pkg" "$S3RVER_VERSION" 2>/dev/null; then
    log "s3rver: npm install s3rver@$S3RVER_VERSION"
    npm install --no-save --no-audit --no-fund --no-update-notifier --prefix "$S3_DIR" "s3rver@$S3RVER_VERSION" >&2
  fi
  if pid_alive "$S3_DIR/s3rver.pid" s3rver; then
    log "s3rver already running"
    check_port s3rver "$(cat "$S3_DIR/s3rver.port" 2>/dev/null)" "$S3_PORT"
  else
    log "s3rver: starting on 127.0.0.1:$S3_PORT"
    # No --allow-mismatched-signatures: SigV2 signatures and access key ids are
    # checked (3.7.1 does not verify SigV4 signatures, and lets unsigned requests
    # through). Path-style only. --configure-bucket is variadic, so it goes last.
    nohup node "$main" --address 127.0.0.1 --port "$S3_PORT" --directory "$S3_DIR/data" \
      --no-vhost-buckets --configure-bucket "$S3_BUCKET" \
      >"$S3_DIR/s3rver.log" 2>&1 </dev/null &
    echo $! >"$S3_DIR/s3rver.pid"
    echo "$S3_PORT" >"$S3_DIR/s3rver.port"
  fi
  wait_for s3rver "$S3_DIR/s3rver.log" "$S3_DIR/s3rver.pid" http_ok "$S3_PORT"
}

# Percent-encode for a URL userinfo part (bytewise, hence LC_ALL=C).
urlencode() {
  local LC_ALL=C s=$1 out="" c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in [a-zA-Z0-9._~-]) out+=$c ;; *) printf -v c '%%%02X' "'$c"; out+=$c ;; esac
  done
  printf '%s' "$out"
}

print_env() {
  local redis_auth=""
  # `default:` (Redis 6+ ACL user), not `:pw@`: redis-cli 7.0 sends AUTH with an
  # empty username for the latter and gets WRONGPASS.
  [ -n "$REDIS_PASSWORD" ] && redis_auth="default:$(urlencode "$REDIS_PASSWORD")@"
  local -a vars=(
    "DATABASE_URL=postgres://postgres:$PG_SUPERUSER_PASSWORD@127.0.0.1:$PG_PORT/superinsight"
    "OPS_DATABASE_URL=postgres://ops:$PG_OPS_PASSWORD@127.0.0.1:$PG_PORT/ops"
    "REDIS_URL=redis://${redis_auth}127.0.0.1:$REDIS_PORT/0"
    "S3_ENDPOINT=http://127.0.0.1:$S3_PORT"
    "S3_ACCESS_KEY_ID=S3RVER" "S3_SECRET_ACCESS_KEY=S3RVER" "S3_BUCKET=$S3_BUCKET"
    "PGHOST=127.0.0.1" "PGPORT=$PG_PORT" "PG_BIN=$PG_BIN" "SERVICES_DIR=$SERVICES_DIR"
  )
  local kv
  for kv in "${vars[@]}"; do printf 'export %s=%q\n' "${kv%%=*}" "${kv#*=}"; done
}

cmd_status() {
  local ok=0 pm="$PG_DIR/data/postmaster.pid"
  if pg_running; then echo "postgres running pid=$(sed -n 1p "$pm") port=$(sed -n 4p "$pm")"
  else echo "postgres stopped port=$PG_PORT"; ok=3; fi
  if pid_alive "$REDIS_DIR/redis.pid" redis-server; then
    echo "redis    running pid=$(head -n1 "$REDIS_DIR/redis.pid") port=$(cat "$REDIS_DIR/redis.port")"
  else echo "redis    stopped port=$REDIS_PORT"; ok=3; fi
  if pid_alive "$S3_DIR/s3rver.pid" s3rver; then
    echo "s3rver   running pid=$(head -n1 "$S3_DIR/s3rver.pid") port=$(cat "$S3_DIR/s3rver.port")"
  else echo "s3rver   stopped port=$S3_PORT"; ok=3; fi
  return $ok
}

cmd_down() {
  [ $# -eq 0 ] || [ "$1" = --purge ] || { usage >&2; exit 2; }
  if pg_running; then
    log "stopping postgres"
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" stop -m fast -w >/dev/null
  fi
  if pid_alive "$REDIS_DIR/redis.pid" redis-server; then
    log "stopping redis"
    # Uses the port recorded at start, in case REDIS_PORT differs now.
    REDIS_PORT=$(cat "$REDIS_DIR/redis.port" 2>/dev/null || echo "$REDIS_PORT") \
      redis_cli shutdown nosave >/dev/null 2>&1 || true
  fi
  stop_pid "$REDIS_DIR/redis.pid" redis-server # no-op once redis is gone
  pid_alive "$S3_DIR/s3rver.pid" s3rver && log "stopping s3rver"
  stop_pid "$S3_DIR/s3rver.pid" s3rver
  if [ "${1:-}" = --purge ]; then
    log "deleting $SERVICES_DIR"
    rm -rf "$SERVICES_DIR"
    [ "$PG_DIR" = "$SERVICES_DIR/pg" ] || rm -rf "$(dirname "$PG_DIR")"
  fi
}

case "${1:-}" in
  up) ensure_packages; mkdir -p "$SERVICES_DIR"; start_pg; start_redis; start_s3; log "all services up"; print_env ;;
  down) shift; cmd_down "$@" ;;
  env) print_env ;;
  status) cmd_status ;;
  -h | --help | help | "") usage ;;
  *) usage >&2; exit 2 ;;
esac
