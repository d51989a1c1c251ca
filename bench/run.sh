#!/usr/bin/env bash
# Benchmarks the stub against a baseline measured in the same run: plain WireMock (the same
# version) serving the same JSON as static stubs. Prints requests/s and p50/p99 latency for both,
# and their ratio, for each scenario; then startup time and resident memory after 1,000,000
# requests. Ratios, not absolute times, are what to compare between machines.
#
# Beside them, in the same rounds, the tools a user would pick instead (BENCH_PEERS): Stoplight
# Prism's mock of spec/openapi.yaml (stateless: the spec's examples, requests validated) on GET,
# list and create, and json-server (a stateful CRUD fake, seeded with the stub's own record) on
# GET by id, a page of a list and create. Each is printed as stub req/s ÷ peer req/s: above 1 the
# stub is ahead. Both are installed with npm, pinned, into bench/target/peers on first use.
#
# Each server is warmed up on each scenario until its throughput settles (the JIT compiles the
# stub's request path for about a minute on one core), then the two are measured in turns, and the
# median of the paired ratios is reported. With two or more CPUs, both servers run on CPU 0 and
# wrk on CPU 1, so that the load generator never takes a server's CPU.
#
#   bench/run.sh                       # 10 s per measured run (BENCH_SECONDS), 32 connections
#   BENCH_ROUNDS=5 bench/run.sh        # 5 paired runs per scenario (default 3)
#   BENCH_WARMUP_MIN=90 bench/run.sh   # shortest warm-up per server and scenario, s (default 60)
#   BENCH_WARMUP_MAX=240 bench/run.sh  # longest warm-up per server and scenario, s (default 180)
#   BENCH_SKIP_MEMORY=1 bench/run.sh   # skip the 1,000,000-request memory run
#   BENCH_JAVA_OPTS="-Xms4g -Xmx4g" bench/run.sh  # JVM options of both servers under load
#                      # (default -Xms3g -Xmx3g: by the end the stub holds ~700,000 records, ~1 GB
#                      # of heap; a fixed size keeps the full collections that grow a heap out of
#                      # the measurements)
#   BENCH_STARTUP_JAVA_OPTS=... bench/run.sh  # JVM options of the start-up runs (default: none,
#                                             # as `java -jar` is run)
#   BENCH_PIN=0 bench/run.sh           # do not pin the servers and wrk to CPUs
#   BENCH_SCENARIOS="create flow" bench/run.sh  # only these of: get list list-account create flow
#                                               # (default all)
#   BENCH_SCENARIOS=none BENCH_SKIP_MEMORY=1 bench/run.sh  # start-up only (~35 s)
#   BENCH_PEERS="prism" bench/run.sh   # only these peers of: prism json-server (default both;
#                                      # "none" for WireMock alone)
#
# Needs: the built jar (./mvnw -B -DskipTests package), wrk (apt-get install wrk), curl, python3;
# node and npm for the peers.
# Only loopback addresses are used; every load run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN="${BENCH_SECONDS:-10}"
ROUNDS="${BENCH_ROUNDS:-3}"
SCENARIOS=" ${BENCH_SCENARIOS:-get list list-account create flow} "
for scenario in $SCENARIOS; do
  case "$scenario" in
    get | list | list-account | create | flow | none) ;;
    *) echo "bench: unknown scenario '$scenario' in BENCH_SCENARIOS; use get list list-account create flow, or none" >&2; exit 2 ;;
  esac
done
PEERS=" ${BENCH_PEERS:-prism json-server} "
for peer in $PEERS; do
  case "$peer" in
    prism | json-server | none) ;;
    *) echo "bench: unknown peer '$peer' in BENCH_PEERS; use prism json-server, or none" >&2; exit 2 ;;
  esac
done
# Pinned, so that a figure is the figure of one known release: Prism as PrismMockIT pins it.
PRISM_PACKAGE=@stoplight/prism-cli@5.14.2
JSON_SERVER_PACKAGE=json-server@0.17.4
PEERS_HOME=bench/target/peers
PRISM_PORT="${BENCH_PRISM_PORT:-18083}"
JSON_SERVER_PORT="${BENCH_JSON_SERVER_PORT:-18084}"
WARMUP_MIN="${BENCH_WARMUP_MIN:-60}"
WARMUP_MAX="${BENCH_WARMUP_MAX:-180}"
CONNECTIONS=32
STUB_PORT="${BENCH_STUB_PORT:-18080}"
BASE_PORT="${BENCH_BASELINE_PORT:-18081}"
TOKEN=bench-token
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms3g -Xmx3g}"
STARTUP_JAVA_OPTS="${BENCH_STARTUP_JAVA_OPTS:-}"
# The memory target is about what requests leave behind, so that run has the heap a small
# container would give it.
MEMORY_JAVA_OPTS="${BENCH_MEMORY_JAVA_OPTS:--Xmx256m}"
WORK="$(mktemp -d /tmp/crego-bench.XXXXXX)"
STUB_JAR=stub-server/target/crego-stub.jar
WIREMOCK_VERSION="$(sed -n 's:.*<wiremock.version>\(.*\)</wiremock.version>.*:\1:p' pom.xml)"
PIDS=()

cleanup() {
  # A server still busy with queued requests may take its time over SIGTERM: give it 10 s.
  # (a negative entry is a peer's process group: node tools may fork)
  for pid in "${PIDS[@]}"; do kill -- "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 100); do
    alive=0
    for pid in "${PIDS[@]}"; do kill -0 -- "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.1
  done
  for pid in "${PIDS[@]}"; do kill -9 -- "$pid" 2>/dev/null || true; done
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
peer() { [[ "$PEERS" == *" $1 "* ]]; }
if peer prism || peer json-server; then
  need node "https://nodejs.org or apt-get install nodejs; BENCH_PEERS=none runs without peers"
  need npm "apt-get install npm; BENCH_PEERS=none runs without peers"
  if ! grep -qs '"version": "5.14.2"' "$PEERS_HOME/node_modules/@stoplight/prism-cli/package.json" ||
    ! grep -qs '"version": "0.17.4"' "$PEERS_HOME/node_modules/json-server/package.json"; then
    echo "== installing $PRISM_PACKAGE and $JSON_SERVER_PACKAGE into $PEERS_HOME"
    mkdir -p "$PEERS_HOME"
    npm install --prefix "$PEERS_HOME" --no-save --no-audit --no-fund --loglevel=error \
      "$PRISM_PACKAGE" "$JSON_SERVER_PACKAGE" >/dev/null
  fi
fi

SERVER_ON=(); LOAD_ON=()
if [ "${BENCH_PIN:-1}" != 0 ] && command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then
  SERVER_ON=(taskset -c 0); LOAD_ON=(taskset -c 1)
  echo "== servers pinned to CPU 0, wrk to CPU 1 (BENCH_PIN=0 to turn off)"
fi

echo "== preparing baseline WireMock $WIREMOCK_VERSION"
./mvnw -B -q dependency:copy -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" \
  -DoutputDirectory="$WORK" >/dev/null
BASELINE_JAR="$WORK/wiremock-standalone-$WIREMOCK_VERSION.jar"

api() { # method path [body] → response body (stub, bench user's token)
  curl -fsS -X "$1" "http://127.0.0.1:$STUB_PORT$2" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' ${3:+--data "$3"}
}

first_answer() { # url timeout-seconds [curl options] → ms until the url answered 200
  local url=$1 limit=$2 start; shift 2
  start=$(date +%s%N)
  for _ in $(seq 1 $((limit * 100))); do
    if curl -fs -o /dev/null "$@" "$url"; then echo $((($(date +%s%N) - start) / 1000000)); return 0; fi
    sleep 0.01
  done
  echo "bench: $url did not answer within $limit s" >&2; return 1
}

# Start-up, unpinned (a user's JVM has every CPU), three times each, the median kept: from process
# start to the first 200 of the health check and, for the stub, of the API itself (the health
# check answers as soon as the port is open, while the stub may still be seeding the demo data).
startup() { # port api|health-only command... → "health-ms api-ms"
  local port=$1 what=$2 pid health api=0; shift 2
  "$@" >"$WORK/startup.log" 2>&1 &
  pid=$!
  health=$(first_answer "http://127.0.0.1:$port/__admin/health" 60)
  if [ "$what" = api ]; then
    api=$(first_answer "http://127.0.0.1:$port/v1/lms/records/?page_size=1" 60 -H "Authorization: Bearer $TOKEN")
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$health $((health + api))"
}
median_of_three() { python3 -c "import sys; print(sorted(sys.argv[1:], key=float)[1])" "$@"; }
echo "== start-up, three times each"
S_HEALTH=(); S_API=(); B_HEALTH=()
for _ in 1 2 3; do
  # shellcheck disable=SC2086 # STARTUP_JAVA_OPTS is a list of options
  read -r h a <<<"$(startup "$STUB_PORT" api java $STARTUP_JAVA_OPTS -jar "$STUB_JAR" --port "$STUB_PORT" \
    --host 127.0.0.1 --token "$TOKEN" --quiet)"
  S_HEALTH+=("$h"); S_API+=("$a")
  # shellcheck disable=SC2086
  read -r h _ <<<"$(startup "$BASE_PORT" health-only java $STARTUP_JAVA_OPTS -jar "$BASELINE_JAR" \
    --port "$BASE_PORT" --bind-address 127.0.0.1 --no-request-journal --disable-banner)"
  B_HEALTH+=("$h")
done
health_ms=$(median_of_three "${S_HEALTH[@]}"); api_ms=$(median_of_three "${S_API[@]}")
base_startup_ms=$(median_of_three "${B_HEALTH[@]}")

# The same with a class-data-sharing archive, as the Docker image starts: a training run (one API
# call, then stop) writes the archive, and each start maps it rather than loading the classes.
# shellcheck disable=SC2086
read -r _ _ <<<"$(startup "$STUB_PORT" api java $STARTUP_JAVA_OPTS -XX:ArchiveClassesAtExit="$WORK/stub.jsa" \
  -jar "$STUB_JAR" --port "$STUB_PORT" --host 127.0.0.1 --token "$TOKEN" --quiet)"
for _ in $(seq 1 50); do [ -s "$WORK/stub.jsa" ] && break; sleep 0.1; done
C_API=()
for _ in 1 2 3; do
  # shellcheck disable=SC2086
  read -r _ a <<<"$(startup "$STUB_PORT" api java $STARTUP_JAVA_OPTS -XX:SharedArchiveFile="$WORK/stub.jsa" \
    -jar "$STUB_JAR" --port "$STUB_PORT" --host 127.0.0.1 --token "$TOKEN" --quiet)"
  C_API+=("$a")
done
cds_api_ms=$(median_of_three "${C_API[@]}")

echo "== starting the stub"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
"${SERVER_ON[@]}" java $JAVA_OPTS -jar "$STUB_JAR" --port "$STUB_PORT" --host 127.0.0.1 --token "$TOKEN" \
  --seed demo --user bench-small:bench --user bench-large:bench --token-ttl 86400 --quiet \
  >"$WORK/stub.log" 2>&1 &
STUB_PID=$!; PIDS+=("$STUB_PID")
first_answer "http://127.0.0.1:$STUB_PORT/__admin/health" 30 >/dev/null

# Ids the scenarios use, found through the public API (the demo seed provides accounts and banks).
processed=$(api GET "/v1/lms/records/?status=processed&type=repayment&page_size=100")
read -r ACCOUNT BANK < <(python3 -c '
import json, sys
banked = [r for r in json.load(sys.stdin)["results"] if r.get("collection_bank")]
if not banked:
    sys.exit("bench: the demo seed has no processed repayment with a collection bank")
print(banked[0]["account"], banked[0]["collection_bank"]["id"])' <<<"$processed")
created=$(api POST /v1/lms/records/ "{\"account_id\":\"$ACCOUNT\",\"received_amount\":5000,\"date\":1718610125}")
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
    items = [{"account_id": account, "received_amount": 100 + i % 900, "date": 1718610125} for i in range(n)]
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
# shellcheck disable=SC2086
"${SERVER_ON[@]}" java $JAVA_OPTS -jar "$BASELINE_JAR" --port "$BASE_PORT" --bind-address 127.0.0.1 \
  --root-dir "$WORK/baseline" --no-request-journal --disable-banner >"$WORK/baseline.log" 2>&1 &
PIDS+=("$!")
first_answer "http://127.0.0.1:$BASE_PORT/__admin/health" 30 >/dev/null

# Peers run as process groups of their own (setsid), pinned like the servers, logging only
# warnings as the stub runs --quiet.
if peer prism; then
  echo "== starting Prism's mock of spec/openapi.yaml"
  setsid "${SERVER_ON[@]}" "$PEERS_HOME/node_modules/.bin/prism" mock -h 127.0.0.1 -p "$PRISM_PORT" \
    -v warn spec/openapi.yaml >"$WORK/prism.log" 2>&1 &
  PIDS+=("-$!")
  first_answer "http://127.0.0.1:$PRISM_PORT/v1/lms/records/$RECORD/" 120 \
    -H "Authorization: Bearer $TOKEN" >/dev/null
fi
if peer json-server; then
  echo "== starting json-server with 100 and 100,000 copies of the stub's record"
  # db.js, not db.json: json-server keeps a .js source in memory instead of rewriting a file on
  # each write, which is the fairer of its two modes here.
  cat >"$WORK/db.js" <<'JS'
const record = JSON.parse(require("fs").readFileSync(process.env.BENCH_RECORD, "utf8"));
const copies = (n, prefix) => Array.from({ length: n }, (_, i) => ({ ...record, id: `${prefix}-${i}` }));
module.exports = () => ({ records: copies(100, "small"), large: copies(100000, "large") });
JS
  # the stub's paths for GET by id and create; lists in json-server's own terms (_page, _limit)
  echo '{"/v1/lms/records/:id/": "/records/:id", "/v1/lms/records/": "/records"}' >"$WORK/routes.json"
  BENCH_RECORD="$WORK/record.json" setsid "${SERVER_ON[@]}" "$PEERS_HOME/node_modules/.bin/json-server" \
    --host 127.0.0.1 --port "$JSON_SERVER_PORT" --routes "$WORK/routes.json" --quiet "$WORK/db.js" \
    >"$WORK/json-server.log" 2>&1 &
  PIDS+=("-$!")
  first_answer "http://127.0.0.1:$JSON_SERVER_PORT/v1/lms/records/small-1/" 60 >/dev/null
fi

run_wrk() { # label url script token seconds → "rps p50 p99"
  local out
  out=$(CREGO_TOKEN="$4" BENCH_ACCOUNT="$ACCOUNT" BENCH_BANK="$BANK" "${LOAD_ON[@]}" \
    wrk -t1 -c"$CONNECTIONS" -d"$5s" --timeout 10s --latency -s "bench/lua/$3" "$2" 2>&1)
  # A scenario whose answers are not all 2xx, or that timed out, measures the wrong thing: say so.
  if grep -qE "Non-2xx|Socket errors" <<<"$out"; then
    echo "bench: $1 on $2: $(grep -E "Non-2xx|Socket errors" <<<"$out" | tr -s ' ' | tr '\n' ';')" >&2
  fi
  awk '/^ +50%/{p50=$2} /^ +99%/{p99=$2} /^Requests\/sec/{rps=$2} END{print rps+0, p50, p99}' <<<"$out"
}

ratio() { python3 -c "import sys; a, b = map(float, sys.argv[1:]); print(a / b if b else 0)" "$1" "$2"; }

# Runs 5 s slices for at least WARMUP_MIN seconds and then until two in a row are within 3% of
# each other (at most WARMUP_MAX seconds): on one CPU the JIT goes on compiling the stub's request
# path for about a minute, and a plateau of a few seconds before that is not the end of it; a
# measurement made earlier would say more about the order of the runs than about the servers.
# Prints how long it took.
warm_up() { # label url script token → seconds
  local previous=0 rps waited=0
  while [ "$waited" -lt "$WARMUP_MAX" ]; do
    read -r rps _ <<<"$(run_wrk "$1" "$2" "$3" "$4" 5)"
    waited=$((waited + 5))
    if [ "$waited" -ge "$WARMUP_MIN" ] && python3 -c \
      "import sys; a, b = map(float, sys.argv[1:]); sys.exit(not (b > 0 and abs(a - b) <= 0.03 * b))" \
      "$rps" "$previous"; then
      break
    fi
    previous=$rps
  done
  echo "$waited"
}

printf '\n%-34s %12s %9s %9s | %12s %9s %9s | %7s | %s\n' scenario "stub req/s" p50 p99 "base req/s" p50 p99 \
  ratio "warm-up stub/base"
S="http://127.0.0.1:$STUB_PORT"; B="http://127.0.0.1:$BASE_PORT"

# Warms every server up, then measures them in turns ROUNDS times (the stub, WireMock, then each
# peer, in each round); prints the row of the median pair with WireMock (by ratio) and the spread
# of the ratios, then a line per peer: the median of its paired ratios (stub ÷ peer, so above 1 the
# stub is ahead) with their spread. Leaves the stub's result in the median pair with WireMock in
# $WORK/median ("rps p50 p99").
compare() { # label stub-url baseline-url script stub-token [peer-name=peer-url ...]
  local label=$1 stub_url=$2 base_url=$3 script=$4 stub_token=$5 stub_warm base_warm round entry
  shift 5
  local peers=("$@") peer_warm=() stub base line other
  stub_warm=$(warm_up "$label" "$stub_url" "$script" "$stub_token")
  base_warm=$(warm_up "$label" "$base_url" "$script" "$TOKEN")
  for entry in "${peers[@]}"; do peer_warm+=("$(warm_up "$label" "${entry#*=}" "$script" "$TOKEN")"); done
  : >"$WORK/pairs"
  for round in $(seq 1 "$ROUNDS"); do
    stub=$(run_wrk "$label" "$stub_url" "$script" "$stub_token" "$SECONDS_PER_RUN")
    base=$(run_wrk "$label" "$base_url" "$script" "$TOKEN" "$SECONDS_PER_RUN")
    line="$(ratio "${stub%% *}" "${base%% *}") $stub $base"
    for entry in "${peers[@]}"; do
      other=$(run_wrk "$label" "${entry#*=}" "$script" "$TOKEN" "$SECONDS_PER_RUN")
      line="$line ${entry%%=*} $(ratio "${stub%% *}" "${other%% *}") $other"
    done
    echo "$line" >>"$WORK/pairs"
  done
  python3 - "$label" "$stub_warm" "$base_warm" "$WORK/pairs" "$WORK/median" "${peer_warm[@]}" <<'PY'
import sys
label, stub_warm, base_warm, pairs_file, median_file = sys.argv[1:6]
peer_warm = sys.argv[6:]
rounds = [line.split() for line in open(pairs_file).read().splitlines() if line.strip()]
by_ratio = sorted(rounds, key=lambda fields: float(fields[0]))
r, s_rps, s_p50, s_p99, b_rps, b_p50, b_p99 = by_ratio[len(by_ratio) // 2][:7]
spread = f"{float(by_ratio[0][0]):.2f}-{float(by_ratio[-1][0]):.2f}"
print(f"{label:<34} {s_rps:>12} {s_p50:>9} {s_p99:>9} | {b_rps:>12} {b_p50:>9} {b_p99:>9} | "
      f"{float(r):6.2f}x | {stub_warm} s/{base_warm} s; ratios {spread}")
# each peer's five fields (name ratio rps p50 p99) follow the first seven
for i in range((len(rounds[0]) - 7) // 5):
    fields = sorted((row[7 + 5 * i : 12 + 5 * i] for row in rounds), key=lambda f: float(f[1]))
    name, peer_ratio, p_rps, p_p50, p_p99 = fields[len(fields) // 2]
    ratios = [float(f[1]) for f in fields]
    print(f"  {'vs ' + name:<32} {'':>12} {'':>9} {'':>9} | {p_rps:>12} {p_p50:>9} {p_p99:>9} | "
          f"{float(peer_ratio):6.2f}x | stub ÷ {name}; warm-up {peer_warm[i]} s; ratios "
          f"{min(ratios):.2f}-{max(ratios):.2f}")
with open(median_file, "w") as out:
    out.write(f"{s_rps} {s_p50} {s_p99}\n")
PY
}
want() { [[ "$SCENARIOS" == *" $1 "* ]]; }
# The peers that serve a scenario, as compare takes them: Prism on the stub's own paths,
# json-server on its seeded copies (GET by id, create through routes.json; lists in its own terms).
peers_on() { # prism-path json-server-path
  if peer prism; then echo "prism=http://127.0.0.1:$PRISM_PORT$1"; fi
  if peer json-server; then echo "json-server=http://127.0.0.1:$JSON_SERVER_PORT$2"; fi
}
if want get; then
  mapfile -t peers < <(peers_on "/v1/lms/records/$RECORD/" "/v1/lms/records/small-1/")
  compare "GET a record by id" "$S/v1/lms/records/$RECORD/" "$B/v1/lms/records/$RECORD/" get.lua \
    "$TOKEN" "${peers[@]}"
fi
if want list; then
  mapfile -t peers < <(peers_on "/v1/lms/records/?page_size=15" "/records?_page=1&_limit=15")
  compare "list records, 100 stored" "$S/v1/lms/records/?page_size=15" \
    "$B/v1/lms/records/?page_size=15" get.lua "$SMALL_TOKEN" "${peers[@]}"
  list_small=$(cat "$WORK/median")
  # Prism's page is the same canned example whatever is stored: measured once, above
  peers=()
  if peer json-server; then peers=("json-server=http://127.0.0.1:$JSON_SERVER_PORT/large?_page=1&_limit=15"); fi
  compare "list records, 100,000 stored" "$S/v1/lms/records/?page_size=15" \
    "$B/v1/lms/records/?page_size=15" get.lua "$LARGE_TOKEN" "${peers[@]}"
  list_large=$(cat "$WORK/median")
fi
if want list-account; then
  # Record Listing filtered by the account that holds the 100,000 records (an index lookup); the
  # baseline answers its static page of 15 records, the same size as the stub's
  LARGE_ACCOUNT=$(curl -fsS "$S/v1/lms/records/?page_size=1" -H "Authorization: Bearer $LARGE_TOKEN" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["results"][0]["account"])')
  compare "list records by account, 100,000" "$S/v1/lms/records/?account=$LARGE_ACCOUNT&page_size=15" \
    "$B/v1/lms/records/?account=$LARGE_ACCOUNT&page_size=15" get.lua "$LARGE_TOKEN"
fi
if want create; then
  mapfile -t peers < <(peers_on "" "")
  compare "create a record" "$S" "$B" create.lua "$TOKEN" "${peers[@]}"
fi
if want flow; then
  # no peer keeps a record's lifecycle (Prism answers a canned record; json-server has no
  # transitions), so WireMock alone
  compare "create → mark processed" "$S" "$B" flow.lua "$TOKEN"
fi
echo
if want list; then
  read -r small_rps _ <<<"$list_small"; read -r large_rps _ <<<"$list_large"
  printf 'list with 100,000 records vs with 100: %.2fx the time per request (target ≤ 2x)\n' \
    "$(ratio "$small_rps" "$large_rps")"
fi
printf 'startup to first 200 (median of 3): stub %d ms on /__admin/health, %d ms on Record Listing (runs: %s ms); baseline %d ms on /__admin/health (target < 2000 ms)\n' \
  "$health_ms" "$api_ms" "${S_API[*]}" "$base_startup_ms"
printf '  with a class-data-sharing archive (as in the Docker image): %d ms on Record Listing (runs: %s ms)\n' \
  "$cds_api_ms" "${C_API[*]}"

rss_mb() { awk '/VmRSS/{printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
printf 'resident memory after the runs above: stub %s MB (holding the records stored above), baseline %s MB\n' \
  "$(rss_mb "$STUB_PID")" "$(rss_mb "${PIDS[1]}")"
if [ -z "${BENCH_SKIP_MEMORY:-}" ]; then
  # A fresh stub (demo data only, BENCH_MEMORY_JAVA_OPTS), so that what is measured is what
  # requests leave behind, not the records the scenarios above stored: GETs in 20 s slices until
  # 1,000,000 have been answered, the resident size read after each slice. Flat means it stops
  # growing once the JVM's heap has settled. At most 100 slices.
  MEM_PORT=$((STUB_PORT + 2))
  # shellcheck disable=SC2086
  java $MEMORY_JAVA_OPTS -jar "$STUB_JAR" --port "$MEM_PORT" --host 127.0.0.1 --token "$TOKEN" --seed demo \
    --quiet >"$WORK/memory-stub.log" 2>&1 &
  MEM_PID=$!; PIDS+=("$MEM_PID")
  first_answer "http://127.0.0.1:$MEM_PORT/__admin/health" 60 >/dev/null
  # a record of its own (demo ids are random per process)
  MEM_RECORD=$(curl -fsS "http://127.0.0.1:$MEM_PORT/v1/lms/records/?page_size=1" -H "Authorization: Bearer $TOKEN" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["results"][0]["id"])')
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
