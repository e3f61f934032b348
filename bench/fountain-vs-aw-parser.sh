#!/usr/bin/env bash
# Reads big-fish (146 KB) with Showrunner's Fountain reader (JMH) and with the npm peer
# aw-parser 0.1.1 (node, median of many parses) in the same run, and prints both and the ratio.
# Needs node and npm; aw-parser is installed into bench/.peers (git-ignored) on first use.
# Absolute figures are noisy on a shared machine; the ratio is what to compare.
set -euo pipefail
cd "$(dirname "$0")/.."
file=bench/src/main/resources/big-fish.fountain

command -v node >/dev/null || { echo "fountain-vs-aw-parser: node is needed (apt-get install nodejs npm)" >&2; exit 2; }
if [ ! -d bench/.peers/node_modules/aw-parser ]; then
  echo "installing aw-parser 0.1.1 into bench/.peers"
  npm --prefix bench/.peers install --no-audit --no-fund --silent aw-parser@0.1.1
fi

./mvnw -B -q -pl bench -am package -DskipTests
java_bin=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java_bin="$JAVA_HOME/bin/java"; fi
"$java_bin" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' || java_bin=$(ls -d /usr/lib/jvm/*/bin/java | sort -V | tail -1)

result=$(mktemp)
trap 'rm -f "$result"' EXIT
echo "== Showrunner Fountain.read (JMH, full model)"
"$java_bin" -jar bench/target/benchmarks.jar FountainReadBenchmark -p input=big-fish \
  -rf json -rff "$result" | grep -E '^(Benchmark|FountainReadBenchmark)'
echo "== aw-parser 0.1.1 (node $(node --version))"
aw=$(node bench/aw-parser-bench.js "$file")
echo "$aw"

node -e '
const fs = require("fs");
const jmh = JSON.parse(fs.readFileSync(process.argv[1], "utf8"))[0];
const aw = JSON.parse(process.argv[2]);
const bytes = jmh.secondaryMetrics.bytes.score;       // bytes per second
const ours = bytes / 1e6;
const ms = 1000 / jmh.primaryMetric.score;
console.log("");
console.log(`big-fish: ${aw.bytes} bytes`);
console.log(`Showrunner : ${ours.toFixed(1)} MB/s (${ms.toFixed(3)} ms per read)`);
console.log(`aw-parser  : ${aw.mbps.toFixed(1)} MB/s (${aw.ms.toFixed(3)} ms per read, median)`);
console.log(`ratio      : ${(ours / aw.mbps).toFixed(1)}x`);
' "$result" "$aw"
