#!/usr/bin/env bash
# Compares the JMH validation benchmarks of two builds in one run: the benchmarks jar of a baseline
# build (e.g. an older commit's benchmarks/target/benchmarks.jar) and of this one, run in turns
# (baseline, current, baseline, current, ...) so that a machine's drift falls on both alike.
# Prints, per benchmark, each build's median score over its rounds with the spread, and the ratio
# current ÷ baseline (µs per call: below 1 the current build is faster).
#
#   bench/jmh-compare.sh BASELINE_JAR [CURRENT_JAR]   # CURRENT_JAR defaults to this build's
#   JMH_ROUNDS=3 bench/jmh-compare.sh OLD.jar         # rounds per build (default 2)
#   JMH_ARGS="-wi 3 -i 5 -f 1" bench/jmh-compare.sh OLD.jar   # JMH options of each round
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  [ $# -lt 1 ] && exit 2 || exit 0
fi
BASELINE="$1"
CURRENT="${2:-benchmarks/target/benchmarks.jar}"
ROUNDS="${JMH_ROUNDS:-2}"
ARGS="${JMH_ARGS:--wi 3 -i 5 -f 1}"
for jar in "$BASELINE" "$CURRENT"; do
  [ -f "$jar" ] || { echo "jmh-compare: $jar is missing (./mvnw -B -DskipTests package builds it)" >&2; exit 2; }
done

out=$(mktemp -d /tmp/jmh-compare.XXXXXX)
for round in $(seq 1 "$ROUNDS"); do
  for build in baseline current; do
    jar=$BASELINE; [ "$build" = current ] && jar=$CURRENT
    echo "round $round/$ROUNDS: $build ($jar)" >&2
    # shellcheck disable=SC2086
    java -jar "$jar" $ARGS -rf json -rff "$out/$build-$round.json" >"$out/$build-$round.log" 2>&1 ||
      { echo "jmh-compare: the $build run failed; see $out/$build-$round.log" >&2; exit 1; }
  done
done

python3 - "$out" "$ROUNDS" <<'PY'
import json, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
scores = {}  # benchmark -> build -> [score per round]
unit = {}
for build in ("baseline", "current"):
    for r in range(1, rounds + 1):
        for result in json.load(open(f"{out}/{build}-{r}.json")):
            name = result["benchmark"].rsplit(".", 1)[-1]
            scores.setdefault(name, {}).setdefault(build, []).append(result["primaryMetric"]["score"])
            unit[name] = result["primaryMetric"]["scoreUnit"]
print(f"{'benchmark':<26} {'baseline':>22} {'current':>22} {'current/baseline':>17}")
for name, by_build in sorted(scores.items()):
    cells = []
    for build in ("baseline", "current"):
        s = by_build.get(build, [])
        cells.append(f"{statistics.median(s):.2f} ({min(s):.2f}-{max(s):.2f})" if s else "-")
    ratio = statistics.median(by_build["current"]) / statistics.median(by_build["baseline"])
    print(f"{name:<26} {cells[0]:>22} {cells[1]:>22} {ratio:>17.2f}   [{unit[name]}]")
PY
echo "raw results: $out" >&2
