#!/usr/bin/env bash
# JMH benchmark of the scoring engine: a full-interview evaluation per second on one core, and the
# baseline (dimension positivity only) measured in the same run. Prints JMH's table and the ratio.
# Usage: src/test/bench/scoring.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main ScoringBenchmark \
  -rf json -rff target/jmh-scoring.json | tee target/jmh-scoring.txt | grep -E "^Benchmark|ScoringBenchmark\."
python3 - <<'PY'
import json
rows = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"] for r in json.load(open("target/jmh-scoring.json"))}
full, base = rows["fullEvaluation"], rows["baselineDimensionsOnly"]
median = lambda m: sorted(m["rawData"][0])[len(m["rawData"][0]) // 2]
print(f"full evaluation: median {median(full):,.0f} ops/s per core ({1e6 / median(full):.1f} µs each)")
print(f"baseline (dimensions only): median {median(base):,.0f} ops/s")
print(f"ratio full / baseline time: {median(base) / median(full):.1f}x")
two = rows["fullEvaluationCatalogue2"]
print(f"full evaluation, catalogue 2.0.0 (80 questions): median {median(two):,.0f} ops/s ({1e6 / median(two):.1f} µs each),"
      f" ratio to baseline time {median(base) / median(two):.1f}x")
PY
