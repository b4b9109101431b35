#!/usr/bin/env bash
# Sample data and checks for scripts/demo.sh.
#   demo-data.sh redis URL                  keys of every type, some with TTLs, in the URL's database (flushed first)
#   demo-data.sh redis-fingerprint URL      one digest of every key's type, value (DUMP) and whether it expires
#   demo-data.sh labelstudio DIR            a Label Studio data folder: uploads, avatars, a SQLite database in WAL mode
#   demo-data.sh scratch-redis PORT DIR     an empty redis-server to restore into
set -euo pipefail

redis_args() { # redis://[user:pw@]host:port/db -> redis-cli arguments
  local url=$1 rest db
  rest=${url#redis://}; db=${rest##*/}; rest=${rest%/*}
  echo "-h ${rest%:*} -p ${rest##*:} -n $db"
}

case "$1" in
  redis)
    read -ra r <<<"$(redis_args "$2")"
    redis-cli "${r[@]}" flushdb >/dev/null
    for i in $(seq 1 200); do
      redis-cli "${r[@]}" set "session:$i" "token-$i-$(head -c 24 /dev/urandom | base64)" >/dev/null
    done
    redis-cli "${r[@]}" expire session:1 86400 >/dev/null
    redis-cli "${r[@]}" rpush queue:annotations task:1 task:2 task:3 >/dev/null
    redis-cli "${r[@]}" hset project:1:stats tasks 8000 accepted 5000 label "猫" >/dev/null
    redis-cli "${r[@]}" sadd online:annotators 1 2 3 5 8 13 >/dev/null
    redis-cli "${r[@]}" zadd leaderboard 120 alice 98 bob 77 carol >/dev/null
    redis-cli "${r[@]}" xadd events '*' type export project 1 >/dev/null
    redis-cli "${r[@]}" pfadd visitors a b c d e >/dev/null
    redis-cli "${r[@]}" setbit flags 42 1 >/dev/null
    redis-cli "${r[@]}" set counter 12345 >/dev/null
    echo "redis: $(redis-cli "${r[@]}" dbsize) keys in $2"
    ;;
  redis-fingerprint)
    read -ra r <<<"$(redis_args "$2")"
    redis-cli "${r[@]}" --scan | sort | while read -r key; do
      printf '%s %s %s ' "$key" "$(redis-cli "${r[@]}" type "$key")" "$([ "$(redis-cli "${r[@]}" pttl "$key")" -gt 0 ] && echo ttl || echo -)"
      redis-cli "${r[@]}" --no-raw dump "$key" | md5sum | cut -c1-32
    done | md5sum | cut -c1-32
    ;;
  labelstudio)
    dir=$2
    mkdir -p "$dir/media/upload/1" "$dir/media/upload/2" "$dir/media/avatars" "$dir/export"
    for i in $(seq 1 40); do head -c $((20000 + i * 997)) /dev/urandom >"$dir/media/upload/$((1 + i % 2))/$(printf '%08x' "$i")-image-$i.png"; done
    head -c 4096 /dev/urandom >"$dir/media/avatars/annotator-1.jpg"
    echo '{"note":"a legacy export"}' >"$dir/export/legacy.json"
    sqlite3 "$dir/label_studio.sqlite3" >/dev/null <<'SQL'
PRAGMA journal_mode=WAL;
CREATE TABLE project (id INTEGER PRIMARY KEY, title TEXT NOT NULL, label_config TEXT NOT NULL);
CREATE TABLE task (id INTEGER PRIMARY KEY, project_id INTEGER REFERENCES project(id), data TEXT NOT NULL);
CREATE TABLE task_completion (id INTEGER PRIMARY KEY, task_id INTEGER REFERENCES task(id), result TEXT NOT NULL, created_at TEXT NOT NULL);
INSERT INTO project (title, label_config) VALUES ('Cats and dogs', '<View><Image name="img"/></View>'), ('Birds', '<View/>');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
  INSERT INTO task (project_id, data) SELECT 1 + i % 2, json_object('image', '/data/upload/' || (1 + i % 2) || '/' || i || '.png') FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
  INSERT INTO task_completion (task_id, result, created_at) SELECT 1 + i % 2000, json_array(json_object('value', 'cat')), datetime('now') FROM n;
SQL
    echo "labelstudio: $(find "$dir" -type f | wc -l) files in $dir, $(sqlite3 "$dir/label_studio.sqlite3" 'SELECT count(*) FROM task_completion') completions in SQLite (WAL)"
    ;;
  scratch-redis)
    mkdir -p "$3"
    redis-cli -p "$2" shutdown nosave >/dev/null 2>&1 || true
    redis-server --port "$2" --bind 127.0.0.1 --dir "$3" --save "" --appendonly no --daemonize yes --logfile "$3/redis.log" >/dev/null
    for _ in $(seq 1 50); do [ "$(redis-cli -p "$2" ping 2>/dev/null)" = PONG ] && break; sleep 0.1; done
    ;;
  *) sed -n 2,6p "$0" >&2; exit 2 ;;
esac
