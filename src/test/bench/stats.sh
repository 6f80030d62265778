#!/usr/bin/env bash
# Benchmark of the supervisor statistics: a seeded synthetic set of N completed screenings (default 1,000,000)
# on the embedded PostgreSQL, then the dashboard query set through Waymark (aggregation + disclosure control)
# against the same aggregations in plain SQL, in the same run. Prints medians and the ratio.
# Usage: src/test/bench/stats.sh [N]   (BENCH_JAVA_OPTS=-Dexplain=true prints per-table times and the live plan;
#        -Drollups=live measures without roll-ups)
set -euo pipefail
cd "$(dirname "$0")/../../.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.waymark.stats.StatsLoad "${1:-1000000}"
