#!/usr/bin/env bash
# Measures Waymark's start-up on the embedded database: cold (empty data folder, initdb included)
# and warm (existing data folder), time from launch until /health says UP, and the resident memory
# of the JVM right after start. Prints every run and the median of N (default 5).
# Usage: src/test/bench/startup.sh [N]   (after ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-5}
jar=target/waymark.jar
port=18080
work=$(mktemp -d)
chmod 755 "$work"

start_once() { # $1 = data dir; prints "ms rss_kib"
  local t0 t1 pid rss
  t0=$(date +%s%N)
  java -jar "$jar" --waymark.mode=demo --waymark.data-dir="$1" --micronaut.server.port=$port >"$work/log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/health" 2>/dev/null | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { echo "Waymark exited during start-up:" >&2; tail -5 "$work/log" >&2; exit 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (t1 - t0) / 1000000 )) $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

: >"$work/cold"; : >"$work/warm"
for i in $(seq "$runs"); do
  rm -rf "$work/data"
  start_once "$work/data" | tee -a "$work/cold" | sed "s/^/cold run $i: ms rss_kib = /"
  start_once "$work/data" | tee -a "$work/warm" | sed "s/^/warm run $i: ms rss_kib = /"
done
echo "median cold start: $(cut -d' ' -f1 "$work/cold" | median) ms, RSS $(cut -d' ' -f2 "$work/cold" | median) KiB"
echo "median warm start: $(cut -d' ' -f1 "$work/warm" | median) ms, RSS $(cut -d' ' -f2 "$work/warm" | median) KiB"
echo "ratio warm/cold: $(awk -v c="$(cut -d' ' -f1 "$work/cold" | median)" -v w="$(cut -d' ' -f1 "$work/warm" | median)" 'BEGIN {printf "%.2f", w/c}')"
rm -rf "$work"
