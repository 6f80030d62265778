#!/usr/bin/env bash
# JMH benchmark of referral packets on two threads: packets built per second (PDF/A + JSON + ZIP + sign +
# encrypt) for an OpenPGP and an X.509 partner, and the baseline (facts + JSON + PDF alone) in the same run.
# Prints JMH's table, the medians and the ratio of each packet's time to the baseline's.
# Usage: src/test/bench/packets.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main PacketBenchmark \
  -rf json -rff target/jmh-packets.json | tee target/jmh-packets.txt | grep -E "^Benchmark|PacketBenchmark\."
python3 - <<'PY'
import json
rows = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"] for r in json.load(open("target/jmh-packets.json"))}
def median(m):
    values = sorted(v for fork in m["rawData"] for v in fork)
    return values[len(values) // 2]
base = median(rows["baselinePdfAndJsonOnly"])
print(f"baseline (facts + JSON + PDF/A): median {base:,.0f} documents/s on 2 threads ({2000 / base:.2f} ms each)")
for name in ("signAndEncryptOnlyOpenPgp", "signAndEncryptOnlyX509"):
    m = median(rows[name])
    print(f"{name}: median {m:,.0f}/s on 2 threads ({2000 / m:.2f} ms each) = {100 * base / m:.0f}% of the baseline's time")
for name in ("packetForOpenPgpPartner", "packetForX509Partner"):
    m = median(rows[name])
    print(f"{name}: median {m:,.0f} packets/s on 2 threads ({2000 / m:.2f} ms each); "
          f"time vs baseline {base / m:.2f}x (signing, zipping and encryption add {100 * (base / m - 1):.0f}%)")
PY
