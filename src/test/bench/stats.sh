#!/usr/bin/env bash
# Benchmark of the supervisor statistics: a seeded synthetic set of N completed screenings (default 1,000,000)
# on the embedded PostgreSQL, then the dashboard query set through Waymark (aggregation + disclosure control)
# against the same aggregations in plain SQL, in the same run. Prints medians and the ratio.
# Usage: src/test/bench/stats.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../../.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.waymark.stats.StatsLoad "${1:-1000000}"
