#!/usr/bin/env bash
# Load run of the answer endpoint: starts Waymark (demo mode, fresh embedded database) on a loopback
# port, warms it up (3 minutes of answers, not measured: the JIT compiles for minutes), runs N simulated
# officers for S seconds (AnswerLoad), then measures in the same run two baselines: the same officers on a
# signed-in request that touches no database (GET /api/v1/auth/me: the service's own ceiling on this machine)
# and the commit rate of a comparable single-row insert with plain pgbench against the same PostgreSQL.
# Usage: src/test/bench/answer-load.sh [OFFICERS=200] [SECONDS=30] [THINK_MILLIS=0]   (pgbench for the ceiling)
# THINK_MILLIS 0 = saturation (back-to-back answers); e.g. 2000 = officers pausing ~2 s between answers.
set -euo pipefail
cd "$(dirname "$0")/../../.."
officers=${1:-200}
seconds=${2:-30}
think=${3:-0}
port=18180
work=$(mktemp -d)
chmod 755 "$work"
./mvnw -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
./mvnw -q -B test-compile
java -jar target/waymark.jar --waymark.mode=demo --waymark.data-dir="$work/data" --micronaut.server.port=$port >"$work/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -fs "http://127.0.0.1:$port/health" | grep -q UP; do kill -0 $pid; sleep 0.2; done
load() { java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.waymark.bench.AnswerLoad "http://127.0.0.1:$port" "$@"; }
pgport=$(grep -o 'Embedded PostgreSQL ready on 127.0.0.1:[0-9]*' "$work/log" | grep -o '[0-9]*$')
export PGPASSWORD=$(cat "$work/data/postgres.password")
commits() { psql -qtA -h 127.0.0.1 -p "$pgport" -U waymark -d waymark -c "select xact_commit from pg_stat_database where datname = 'waymark'" 2>/dev/null || echo 0; }
# warm-up: on 2 busy cores the JIT compiler needs minutes to settle (measured: throughput rose ~60 % over the first
# 3 minutes of load), so 60 s at a concurrency that leaves it some CPU, then two minutes of the real load
load 50 60 0 >/dev/null
load "$officers" 60 0 >/dev/null
load "$officers" 60 0 me >/dev/null
before=$(commits)
load "$officers" "$seconds" "$think" | tee "$work/answers.txt"
after=$(commits)
answers=$(grep -o 'answers=[0-9]*' "$work/answers.txt" | cut -d= -f2)
echo "database commits during the answer run: $((after - before)) for $answers answers measured (plus warm-up seconds and screenings started)"
load "$officers" "$seconds" "$think" me

if command -v pgbench >/dev/null; then
  psql -q -h 127.0.0.1 -p "$pgport" -U waymark -d waymark -c \
    "create table if not exists bench_insert (id bigserial primary key, screening uuid, question text, answer text, at timestamptz)"
  echo "insert into bench_insert (screening, question, answer, at) values (gen_random_uuid(), 'd5.violence', 'YES', now());" > "$work/insert.sql"
  pgbench -n -h 127.0.0.1 -p "$pgport" -U waymark -c 20 -j 2 -T "$seconds" -f "$work/insert.sql" waymark 2>/dev/null | grep -E "^tps|latency average"
else
  echo "pgbench not found: no ceiling measured (apt-get install postgresql-client-15 or postgresql-contrib)"
fi
