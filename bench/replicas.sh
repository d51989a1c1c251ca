#!/usr/bin/env bash
# Throughput of the stub on PostgreSQL with one and with two replicas, beside the in-memory stub in
# the same run: GET a record by id, create a record, create → mark processed. The client load is
# the same in every set-up: two wrk processes of 16 connections each, each for a company of its
# own (writes of one company are serialised by design, in every store; different companies'
# writes are not). On one replica both wrk processes load it; on two, one loads each.
#
#   bench/replicas.sh                  # 10 s per measured run (BENCH_SECONDS), 20 s warm-up
#   BENCH_WARMUP=60 bench/replicas.sh  # warm-up per set-up and scenario, s
#
# Needs: the built jar (./mvnw -B -DskipTests package), wrk (apt-get install wrk), curl, python3,
# and a PostgreSQL server: CREGO_BENCH_POSTGRES_URL (a JDBC URL whose user may create databases),
# else .ci/postgres.sh starts a throwaway one. Only loopback addresses are used.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN="${BENCH_SECONDS:-10}"
WARMUP="${BENCH_WARMUP:-20}"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms1g -Xmx1g}"
STUB_JAR=stub-server/target/crego-stub.jar
WORK="$(mktemp -d /tmp/crego-bench-replicas.XXXXXX)"
PIDS=()
PG_DIR=""

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$PG_DIR" ]; then .ci/postgres.sh stop "$PG_DIR" >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# shellcheck source=bench/lib/postgres.sh
. bench/lib/postgres.sh
need wrk "apt-get install wrk"
need curl "apt-get install curl"
need psql "apt-get install postgresql-client"
[ -f "$STUB_JAR" ] || { echo "bench: build the jar first: ./mvnw -B -DskipTests package" >&2; exit 2; }

bench_postgres

start_stub() { # name port [options...] → starts it, waits for its health check
  local name=$1 port=$2
  shift 2
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  java $JAVA_OPTS -jar "$STUB_JAR" --port "$port" --host 127.0.0.1 --quiet --token-ttl 86400 \
    --user bench-a:bench --user bench-b:bench "$@" >"$WORK/$name.log" 2>&1 &
  PIDS+=("$!")
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/__admin/health" && return 0
    sleep 0.1
  done
  echo "bench: the $name stub did not start:" >&2
  cat "$WORK/$name.log" >&2
  exit 1
}

# What a wrk process needs for one company on one replica: "token account bank record".
company_on() { # port user
  python3 - "$1" "$2" <<'PY'
import json, sys, urllib.request
port, user = sys.argv[1], sys.argv[2]
base = f"http://127.0.0.1:{port}"
def call(method, path, body=None, token=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    return json.load(urllib.request.urlopen(request))
token = call("POST", "/auth/login/", {"username": user, "password": "bench"})["access"]
page = call("GET", "/v1/lms/records/?status=processed&type=repayment&page_size=100", token=token)
banked = [r for r in page["results"] if r.get("collection_bank")]
account, bank = banked[0]["account"], banked[0]["collection_bank"]["id"]
record = call("POST", "/v1/lms/records/",
              {"account_id": account, "received_amount": 5000, "date": 1718610125}, token=token)["id"]
print(token, account, bank, record)
PY
}

# rps of one wrk process: port token account bank record scenario seconds
wrk_rps() {
  local port=$1 token=$2 account=$3 bank=$4 record=$5 scenario=$6 seconds=$7 url script
  case "$scenario" in
    get) url="http://127.0.0.1:$port/v1/lms/records/$record/"; script=get.lua ;;
    create) url="http://127.0.0.1:$port"; script=create.lua ;;
    flow) url="http://127.0.0.1:$port"; script=flow.lua ;;
  esac
  CREGO_TOKEN="$token" BENCH_ACCOUNT="$account" BENCH_BANK="$bank" \
    wrk -t1 -c16 -d"${seconds}s" --timeout 10s -s "bench/lua/$script" "$url" 2>&1 |
    awk '/Requests\/sec/ {print $2}'
}

# Total rps of the two companies' wrk processes, run at once: scenario seconds
load() {
  local scenario=$1 seconds=$2 out_a="$WORK/a.rps" out_b="$WORK/b.rps"
  # shellcheck disable=SC2086 # the company lines are word lists
  wrk_rps "$PORT_A" $COMPANY_A "$scenario" "$seconds" >"$out_a" &
  local pid_a=$!
  # shellcheck disable=SC2086
  wrk_rps "$PORT_B" $COMPANY_B "$scenario" "$seconds" >"$out_b" &
  local pid_b=$!
  wait "$pid_a" "$pid_b"
  python3 -c 'import sys; print(round(float(sys.argv[1]) + float(sys.argv[2])))' \
    "$(cat "$out_a")" "$(cat "$out_b")"
}

declare -A RESULT
measure() { # setup-name
  local scenario
  for scenario in get create flow; do
    load "$scenario" "$WARMUP" >/dev/null
    RESULT["$1 $scenario"]=$(load "$scenario" "$SECONDS_PER_RUN")
    echo "   $1 $scenario: ${RESULT["$1 $scenario"]} req/s"
  done
}

echo "== $(nproc) CPUs; stub, PostgreSQL and wrk share them"
echo "== in memory, one process"
start_stub memory 18180
PORT_A=18180 PORT_B=18180
COMPANY_A=$(company_on 18180 bench-a) COMPANY_B=$(company_on 18180 bench-b)
measure memory
kill "${PIDS[-1]}"; wait "${PIDS[-1]}" 2>/dev/null || true

echo "== PostgreSQL, one replica"
one=$(create_database "crego_bench_one_$$")
start_stub pg-one 18181 --store "$one"
PORT_A=18181 PORT_B=18181
COMPANY_A=$(company_on 18181 bench-a) COMPANY_B=$(company_on 18181 bench-b)
measure pg1
kill "${PIDS[-1]}"; wait "${PIDS[-1]}" 2>/dev/null || true

echo "== PostgreSQL, two replicas"
two=$(create_database "crego_bench_two_$$")
start_stub pg-two-a 18182 --store "$two"
start_stub pg-two-b 18183 --store "$two"
PORT_A=18182 PORT_B=18183
COMPANY_A=$(company_on 18182 bench-a) COMPANY_B=$(company_on 18183 bench-b)
measure pg2

echo
echo "| scenario | in memory | PostgreSQL, 1 replica | PostgreSQL, 2 replicas | 1 replica / memory | 2 replicas / 1 replica |"
echo "|---|---|---|---|---|---|"
for scenario in get create flow; do
  m=${RESULT["memory $scenario"]} p1=${RESULT["pg1 $scenario"]} p2=${RESULT["pg2 $scenario"]}
  python3 -c 'import sys; n, m, p1, p2 = sys.argv[1], *map(float, sys.argv[2:])
print(f"| {n} | {m:.0f} | {p1:.0f} | {p2:.0f} | {p1 / m:.2f} | {p2 / p1:.2f} |")' \
    "$scenario" "$m" "$p1" "$p2"
done
