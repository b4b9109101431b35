#!/usr/bin/env bash
# The main job on local defaults: a real backup and restore of a SuperInsight-like stack.
# Starts PostgreSQL, Redis and the S3-compatible server; loads a sample database, Redis keys of every type and a
# Label Studio data folder with a live SQLite database; backs all three up with the NativeAOT Backup function to
# an encrypted file:// repository; verifies the set; restores each source into a scratch target; compares.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
DEMO="$ROOT/.local/demo"
SCRATCH_REDIS_PORT=${SCRATCH_REDIS_PORT:-56390}
BIN="$ROOT/artifacts/publish/Backup/release_linux-x64/bootstrap"

say() { printf '\n== %s\n' "$*"; }
json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s);console.log(eval(process.argv[1]))})' "$1"; }

say "Starting local services"
eval "$(scripts/services.sh up)"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres)
export PGPASSWORD
PGPASSWORD=$(node -e 'console.log(decodeURIComponent(new URL(process.argv[1]).password))' "$DATABASE_URL")

say "Publishing the Backup function (NativeAOT)"
scripts/publish.sh Backup

say "Loading sample data"
rm -rf "$DEMO" && mkdir -p "$DEMO"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS superinsight_demo WITH (FORCE)" -c "DROP DATABASE IF EXISTS superinsight_demo_restored WITH (FORCE)" \
  -c "CREATE DATABASE superinsight_demo" -c "CREATE DATABASE superinsight_demo_restored"
"${PSQL[@]}" -d superinsight_demo -f samples/demo/superinsight.sql >/dev/null
echo "postgres: superinsight_demo, $("${PSQL[@]}" -d superinsight_demo -Atc "SELECT pg_size_pretty(pg_database_size(current_database()))")"
REDIS_DEMO="redis://127.0.0.1:${REDIS_URL##*:}"; REDIS_DEMO="${REDIS_DEMO%/*}/3"
scripts/demo-data.sh redis "$REDIS_DEMO"
scripts/demo-data.sh labelstudio "$DEMO/labelstudio"

export BACKUP_REPOSITORY="file://$DEMO/repository"
export BACKUP_ENCRYPTION_KEY
BACKUP_ENCRYPTION_KEY=$(head -c 32 /dev/urandom | base64)
export DATABASE_URL="${DATABASE_URL%/*}/superinsight_demo" REDIS_URL="$REDIS_DEMO" LABEL_STUDIO_DATA_DIR="$DEMO/labelstudio" LOG_LEVEL=Warning

say "Backing up postgres, redis and labelstudio (encrypted, verified read back)"
echo '{"command":"backup","plan":"demo"}' | "$BIN" invoke --event - >"$DEMO/backup.json"
json 'v.set.sources.map(s=>`${s.name.padEnd(12)} ${String(s.bytes).padStart(10)} bytes -> ${String(s.storedBytes).padStart(10)} stored, ${s.mode}, ${s.megabytesPerSecond} MB/s, verified ${s.verified}`).join("\n")' <"$DEMO/backup.json"
SET=$(json 'v.set.setId' <"$DEMO/backup.json")

say "Verifying set $SET again from the repository"
echo "{\"command\":\"verify\",\"set\":\"$SET\"}" | "$BIN" invoke --event - | json 'v.objects.map(o=>`${o.key}: ${o.verification}`).join("\n")'

say "Restoring into scratch targets"
scripts/demo-data.sh scratch-redis "$SCRATCH_REDIS_PORT" "$DEMO/redis-scratch"
trap 'redis-cli -p "$SCRATCH_REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true' EXIT
for restore in \
  "{\"command\":\"restore\",\"set\":\"$SET\",\"source\":\"postgres\",\"target\":\"${DATABASE_URL}_restored\"}" \
  "{\"command\":\"restore\",\"set\":\"$SET\",\"source\":\"redis\",\"target\":\"redis://127.0.0.1:$SCRATCH_REDIS_PORT/0\"}" \
  "{\"command\":\"restore\",\"set\":\"$SET\",\"source\":\"labelstudio\",\"target\":\"$DEMO/restored-labelstudio\"}"; do
  echo "$restore" | "$BIN" invoke --event - | json '`${v.source.padEnd(12)} ${v.summary} (${v.bytes} bytes in ${v.seconds} s)`'
done

say "Comparing originals with restores"
pg_src=$("${PSQL[@]}" -d superinsight_demo -At -f samples/demo/fingerprint.sql)
pg_dst=$("${PSQL[@]}" -d superinsight_demo_restored -At -f samples/demo/fingerprint.sql)
redis_src=$(scripts/demo-data.sh redis-fingerprint "$REDIS_DEMO")
redis_dst=$(scripts/demo-data.sh redis-fingerprint "redis://127.0.0.1:$SCRATCH_REDIS_PORT/3")
ls_diff=$(diff -r -x 'label_studio.sqlite3*' "$DEMO/labelstudio" "$DEMO/restored-labelstudio" && echo same || echo different)
ls_rows=$(sqlite3 "$DEMO/labelstudio/label_studio.sqlite3" "SELECT count(*) FROM task_completion"):$(sqlite3 "$DEMO/restored-labelstudio/label_studio.sqlite3" "SELECT count(*) FROM task_completion")
verdict() { [ "$1" = "$2" ] && echo "equal" || echo "DIFFERENT ($1 vs $2)"; }
printf '%-12s %s\n' postgres "$(verdict "$pg_src" "$pg_dst")" redis "$(verdict "$redis_src" "$redis_dst")" \
  labelstudio "files $ls_diff, database rows ${ls_rows/:/ → }"
[ "$pg_src" = "$pg_dst" ] && [ "$redis_src" = "$redis_dst" ] && [ "$ls_diff" = same ] || { echo "demo: a restore differs" >&2; exit 1; }

say "Done: set $SET in $BACKUP_REPOSITORY — backed up, verified, restored and compared equal."
