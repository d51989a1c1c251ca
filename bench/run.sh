#!/usr/bin/env bash
# Benchmarks the stub against a baseline measured in the same run: plain WireMock (the same
# version) serving the same JSON as static stubs. Prints requests/s and p50/p99 latency for both,
# and their ratio, for each scenario; then startup time and resident memory after 1,000,000
# requests. Ratios, not absolute times, are what to compare between machines.
#
#   bench/run.sh                      # 10 s per scenario (BENCH_SECONDS), 32 connections
#   BENCH_SECONDS=30 bench/run.sh     # longer, steadier figures
#   BENCH_ROUNDS=3 bench/run.sh       # each side measured 3 times in turn, best kept (default 2)
#   BENCH_SKIP_MEMORY=1 bench/run.sh  # skip the 1,000,000-request memory run
#   BENCH_JAVA_OPTS=-Xmx1g bench/run.sh  # JVM options of both servers (default: -Xmx256m)
#
# Needs: the built jar (./mvnw -B -DskipTests package), wrk (apt-get install wrk), curl, python3.
# Only loopback addresses are used; every load run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN="${BENCH_SECONDS:-10}"
ROUNDS="${BENCH_ROUNDS:-2}"
CONNECTIONS=32
STUB_PORT="${BENCH_STUB_PORT:-18080}"
BASE_PORT="${BENCH_BASELINE_PORT:-18081}"
TOKEN=bench-token
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx256m}"
WORK="$(mktemp -d /tmp/crego-bench.XXXXXX)"
STUB_JAR=stub-server/target/crego-stub.jar
WIREMOCK_VERSION="$(sed -n 's:.*<wiremock.version>\(.*\)</wiremock.version>.*:\1:p' pom.xml)"
PIDS=()

cleanup() {
  # A server still busy with queued requests may take its time over SIGTERM: give it 10 s.
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 100); do
    alive=0
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.1
  done
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  # what the stub said went wrong, if anything did: the reason for any non-2xx counted above
  if grep -qE "INTERNAL ERROR|CONTRACT BREACH|Exception" "$WORK/stub.log" 2>/dev/null; then
    echo "bench: the stub's log has errors; the first ones:" >&2
    grep -m 10 -A 2 -E "INTERNAL ERROR|CONTRACT BREACH|Exception" "$WORK/stub.log" >&2
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null || { echo "bench: $1 is required ($2)" >&2; exit 2; }; }
need wrk "apt-get install wrk"
need curl "apt-get install curl"
need python3 "apt-get install python3"
[ -f "$STUB_JAR" ] || { echo "bench: $STUB_JAR is missing; run ./mvnw -B -DskipTests package" >&2; exit 2; }

echo "== preparing baseline WireMock $WIREMOCK_VERSION"
./mvnw -B -q dependency:copy -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" \
  -DoutputDirectory="$WORK" >/dev/null
BASELINE_JAR="$WORK/wiremock-standalone-$WIREMOCK_VERSION.jar"

wait_for() { # url timeout-seconds → prints ms waited
  local start end
  start=$(date +%s%N)
  for _ in $(seq 1 $(($2 * 20))); do
    if curl -fs -o /dev/null "$1"; then
      end=$(date +%s%N); echo $(((end - start) / 1000000)); return 0
    fi
    sleep 0.05
  done
  echo "bench: $1 did not answer within $2 s" >&2; return 1
}

api() { # method path [body] → response body (stub, bench user's token)
  curl -fsS -X "$1" "http://127.0.0.1:$STUB_PORT$2" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' ${3:+--data "$3"}
}

echo "== starting the stub"
start_ns=$(date +%s%N)
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
java $JAVA_OPTS -jar "$STUB_JAR" --port "$STUB_PORT" --host 127.0.0.1 --token "$TOKEN" --seed demo \
  --user bench-small:bench --user bench-large:bench --token-ttl 86400 --quiet >"$WORK/stub.log" 2>&1 &
STUB_PID=$!; PIDS+=("$STUB_PID")
wait_for "http://127.0.0.1:$STUB_PORT/__admin/health" 30 >/dev/null
startup_ms=$((($(date +%s%N) - start_ns) / 1000000))

# Ids the scenarios use, found through the public API (the demo seed provides accounts and banks).
processed=$(api GET "/v1/lms/records/?status=processed&type=repayment&page_size=100")
read -r ACCOUNT BANK < <(python3 -c '
import json, sys
banked = [r for r in json.load(sys.stdin)["results"] if r.get("collection_bank")]
if not banked:
    sys.exit("bench: the demo seed has no processed repayment with a collection bank")
print(banked[0]["account"], banked[0]["collection_bank"]["id"])' <<<"$processed")
created=$(api POST /v1/lms/records/ "{\"account\":\"$ACCOUNT\",\"received_amount\":5000,\"date\":1718610125}")
RECORD=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' <<<"$created")

login() { # user → access token
  curl -fsS -X POST "http://127.0.0.1:$STUB_PORT/auth/login/" -H 'Content-Type: application/json' \
    --data "{\"username\":\"$1\",\"password\":\"bench\"}" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["access"])'
}

fill() { # token count → stores that many records in the token's company (bulk create, 500 a call)
  local token=$1 count=$2 account
  account=$(curl -fsS "http://127.0.0.1:$STUB_PORT/v1/lms/records/?page_size=1" -H "Authorization: Bearer $token" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["results"][0]["account"])')
  python3 - "$token" "$count" "$account" "$STUB_PORT" <<'PY'
import json, sys, urllib.request
token, count, account, port = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
done = 0
while done < count:
    n = min(500, count - done)
    items = [{"account": account, "received_amount": 100 + i % 900, "date": 1718610125} for i in range(n)]
    req = urllib.request.Request(f"http://127.0.0.1:{port}/v1/lms/records/bulk_create/",
        data=json.dumps({"records": items}).encode(), method="POST",
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    result = json.load(urllib.request.urlopen(req))
    if result["failed"]:
        sys.exit(f"bench: {result['failed']} records failed to create")
    done += n
PY
}

echo "== storing 100 and 100,000 records in two companies"
SMALL_TOKEN=$(login bench-small)
LARGE_TOKEN=$(login bench-large)
fill "$SMALL_TOKEN" 100
fill_start=$(date +%s)
fill "$LARGE_TOKEN" 100000
echo "   100,000 records stored in $(($(date +%s) - fill_start)) s"

echo "== starting the baseline with the stub's own answers as static stubs"
mkdir -p "$WORK/baseline/mappings"
static() { # name method urlPathPattern status body-file
  python3 - "$@" <<'PY'
import json, sys
name, method, pattern, status, body_file, out = sys.argv[1:7]
json.dump({"request": {"method": method, "urlPathPattern": pattern},
           "response": {"status": int(status), "body": open(body_file).read(),
                        "headers": {"Content-Type": "application/json"}}},
          open(f"{out}/{name}.json", "w"))
PY
}
api GET "/v1/lms/records/$RECORD/" >"$WORK/record.json"
curl -fsS "http://127.0.0.1:$STUB_PORT/v1/lms/records/?page_size=15" -H "Authorization: Bearer $SMALL_TOKEN" >"$WORK/page.json"
api PUT "/v1/lms/records/$RECORD/mark_processed/" "{\"utr\":\"BENCH-SETUP-1\",\"settled_at\":1718610125,\"collection_bank_id\":\"$BANK\"}" >"$WORK/processed.json"
static get GET "/v1/lms/records/[^/]+/" 200 "$WORK/record.json" "$WORK/baseline/mappings"
static list GET "/v1/lms/records/" 200 "$WORK/page.json" "$WORK/baseline/mappings"
static create POST "/v1/lms/records/" 201 "$WORK/record.json" "$WORK/baseline/mappings"
static mark PUT "/v1/lms/records/[^/]+/mark_processed/" 200 "$WORK/processed.json" "$WORK/baseline/mappings"
base_start_ns=$(date +%s%N)
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$BASELINE_JAR" --port "$BASE_PORT" --bind-address 127.0.0.1 --root-dir "$WORK/baseline" \
  --no-request-journal --disable-banner >"$WORK/baseline.log" 2>&1 &
PIDS+=("$!")
wait_for "http://127.0.0.1:$BASE_PORT/__admin/health" 30 >/dev/null
base_startup_ms=$((($(date +%s%N) - base_start_ns) / 1000000))

run_wrk() { # label url script token → "rps p50 p99"
  local out
  out=$(CREGO_TOKEN="$4" BENCH_ACCOUNT="$ACCOUNT" BENCH_BANK="$BANK" \
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 10s --latency -s "bench/lua/$3" "$2" 2>&1)
  # A scenario whose answers are not all 2xx, or that timed out, measures the wrong thing: say so.
  if grep -qE "Non-2xx|Socket errors" <<<"$out"; then
    echo "bench: $1 on $2: $(grep -E "Non-2xx|Socket errors" <<<"$out" | tr -s ' ' | tr '\n' ';')" >&2
  fi
  awk '/^ +50%/{p50=$2} /^ +99%/{p99=$2} /^Requests\/sec/{rps=$2} END{print rps+0, p50, p99}' <<<"$out"
}

ratio() { python3 -c "import sys; a, b = map(float, sys.argv[1:]); print(a / b if b else 0)" "$1" "$2"; }

printf '\n%-34s %12s %9s %9s | %12s %9s %9s | %7s\n' scenario "stub req/s" p50 p99 "base req/s" p50 p99 ratio
row() { # label stub-result baseline-result
  read -r s_rps s_p50 s_p99 <<<"$2"; read -r b_rps b_p50 b_p99 <<<"$3"
  printf '%-34s %12s %9s %9s | %12s %9s %9s | %6.2fx\n' "$1" "$s_rps" "$s_p50" "$s_p99" \
    "$b_rps" "$b_p50" "$b_p99" "$(ratio "$s_rps" "$b_rps")"
}
S="http://127.0.0.1:$STUB_PORT"; B="http://127.0.0.1:$BASE_PORT"

better() { # "rps p50 p99" "rps p50 p99" → the one with more requests/s (the first when empty)
  if [ -z "$1" ]; then echo "$2"; return; fi
  read -r one _ <<<"$1"; read -r other _ <<<"$2"
  if python3 -c "import sys; sys.exit(float(sys.argv[1]) < float(sys.argv[2]))" "$one" "$other"
  then echo "$1"; else echo "$2"; fi
}

# The machine is shared: the stub and the baseline are measured in turns, ROUNDS times each, and
# each keeps its best run, so that a burst of someone else's load does not decide the ratio.
compare() { # label stub-url baseline-url script stub-token → the row; sets STUB_BEST
  local stub="" base="" _round
  for _round in $(seq 1 "$ROUNDS"); do
    stub=$(better "$stub" "$(run_wrk "$1" "$2" "$4" "$5")")
    base=$(better "$base" "$(run_wrk "$1" "$3" "$4" "$TOKEN")")
  done
  row "$1" "$stub" "$base"
  STUB_BEST="$stub"
}
compare "GET a record by id" "$S/v1/lms/records/$RECORD/" "$B/v1/lms/records/$RECORD/" get.lua "$TOKEN"
compare "list records, 100 stored" "$S/v1/lms/records/?page_size=15" "$B/v1/lms/records/?page_size=15" \
  get.lua "$SMALL_TOKEN"
list_small="$STUB_BEST"
compare "list records, 100,000 stored" "$S/v1/lms/records/?page_size=15" "$B/v1/lms/records/?page_size=15" \
  get.lua "$LARGE_TOKEN"
list_large="$STUB_BEST"
compare "create a record" "$S" "$B" create.lua "$TOKEN"
compare "create → mark processed" "$S" "$B" flow.lua "$TOKEN"
echo
read -r small_rps _ <<<"$list_small"; read -r large_rps _ <<<"$list_large"
printf 'list with 100,000 records vs with 100: %.2fx the time per request (target ≤ 2x)\n' \
  "$(ratio "$small_rps" "$large_rps")"
printf 'startup to first 200 on /__admin/health: stub %d ms, baseline %d ms (target < 2000 ms)\n' \
  "$startup_ms" "$base_startup_ms"

rss_mb() { awk '/VmRSS/{printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
printf 'resident memory after the runs above: stub %s MB (holding the records stored above), baseline %s MB\n' \
  "$(rss_mb "$STUB_PID")" "$(rss_mb "${PIDS[1]}")"
if [ -z "${BENCH_SKIP_MEMORY:-}" ]; then
  # A fresh stub (demo data only, the same JVM options), so that what is measured is what
  # requests leave behind, not the records the scenarios above stored: GETs in 20 s slices until
  # 1,000,000 have been answered, the resident size read after each slice. Flat means it stops
  # growing once the JVM's heap has settled. At most 100 slices.
  MEM_PORT=$((STUB_PORT + 2))
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$STUB_JAR" --port "$MEM_PORT" --host 127.0.0.1 --token "$TOKEN" --seed demo --quiet \
    >"$WORK/memory-stub.log" 2>&1 &
  MEM_PID=$!; PIDS+=("$MEM_PID")
  wait_for "http://127.0.0.1:$MEM_PORT/__admin/health" 60 >/dev/null
  MEM_RECORD=$(curl -fsS -X POST "http://127.0.0.1:$MEM_PORT/v1/lms/records/" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' --data "{\"account\":\"$ACCOUNT\",\"received_amount\":5000,\"date\":1718610125}" |
    python3 -c 'import json,sys; print(json.load(sys.stdin).get("id", ""))' 2>/dev/null || true)
  if [ -z "$MEM_RECORD" ]; then # the demo accounts differ per process: take one of its own
    MEM_RECORD=$(curl -fsS "http://127.0.0.1:$MEM_PORT/v1/lms/records/?page_size=1" -H "Authorization: Bearer $TOKEN" |
      python3 -c 'import json,sys; print(json.load(sys.stdin)["results"][0]["id"])')
  fi
  before=$(rss_mb "$MEM_PID"); total=0; samples=""
  for _ in $(seq 1 100); do
    n=$(CREGO_TOKEN="$TOKEN" wrk -t2 -c"$CONNECTIONS" -d20s --timeout 10s -s bench/lua/get.lua \
      "http://127.0.0.1:$MEM_PORT/v1/lms/records/$MEM_RECORD/" | awk '/requests in/{print $1}')
    total=$((total + ${n:-0}))
    samples="$samples $(rss_mb "$MEM_PID")"
    if [ "${n:-0}" -eq 0 ] || [ "$total" -ge 1000000 ]; then break; fi
  done
  printf 'resident memory of a fresh stub: %s MB before, %s MB after %d requests (target < 384 MB, flat)\n' \
    "$before" "$(rss_mb "$MEM_PID")" "$total"
  echo "  after each 20 s slice (MB):$samples"
fi
