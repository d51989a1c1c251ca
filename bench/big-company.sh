#!/usr/bin/env bash
# The stub on PostgreSQL with one company of many records: list a page and GET by id with the
# company's seeded records and then with BENCH_RECORDS more (ratio; target within 2×), the heap
# after GC at both sizes (heap per stored record: near zero, the records are in the database), and
# the resident memory over BENCH_REQUESTS GETs by id (flat).
#
#   bench/big-company.sh                          # 1,000,000 records, 1,000,000 requests
#   BENCH_RECORDS=10000000 bench/big-company.sh   # ten million (a long load on a small machine)
#
# The records are loaded by SQL (INSERT ... SELECT from generate_series, one transaction under the
# company's row lock, as a write takes it): copies of a record the stub itself created through its
# API, each with its own id, with their index entries (status, UTR) and the kind's count, exactly
# the rows the stub's own writes make. Needs the built jar, wrk, curl, python3, psql, and a
# PostgreSQL server: CREGO_BENCH_POSTGRES_URL (a JDBC URL whose user may create databases), else
# .ci/postgres.sh starts a throwaway one. Only loopback addresses are used.
set -euo pipefail
cd "$(dirname "$0")/.."

RECORDS="${BENCH_RECORDS:-1000000}"
REQUESTS="${BENCH_REQUESTS:-1000000}"
SECONDS_PER_RUN="${BENCH_SECONDS:-10}"
WARMUP="${BENCH_WARMUP:-15}"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms256m -Xmx256m}"
PORT="${BENCH_PORT:-18190}"
STUB_JAR="${BENCH_STUB_JAR:-stub-server/target/crego-stub.jar}"
WORK="$(mktemp -d /tmp/crego-bench-big.XXXXXX)"
STUB_PID=""
PG_DIR=""

cleanup() {
  if [ -n "$STUB_PID" ]; then kill "$STUB_PID" 2>/dev/null || true; wait "$STUB_PID" 2>/dev/null || true; fi
  if [ -n "$PG_DIR" ]; then .ci/postgres.sh stop "$PG_DIR" >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# shellcheck source=bench/lib/postgres.sh
. bench/lib/postgres.sh
need wrk "apt-get install wrk"
need curl "apt-get install curl"
need psql "apt-get install postgresql-client"
need jcmd "a JDK"
[ -f "$STUB_JAR" ] || { echo "bench: build the jar first: ./mvnw -B -DskipTests package" >&2; exit 2; }

bench_postgres
DB="crego_bench_big_$$"
DB_JDBC_URL=$(create_database "$DB")
DB_URL="postgresql://${PG_USER:+$PG_USER@}$PG_HOSTPORT/$DB"
sql() { psql -qAtX -v ON_ERROR_STOP=1 "$DB_URL" "$@"; }

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
java $JAVA_OPTS -jar "$STUB_JAR" --port "$PORT" --host 127.0.0.1 --quiet --token-ttl 86400 \
  --user bench:bench --store "$DB_JDBC_URL" >"$WORK/stub.log" 2>&1 &
STUB_PID=$!
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/__admin/health" && break
  sleep 0.1
done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/__admin/health" || { cat "$WORK/stub.log" >&2; exit 1; }

# Log in (which seeds the company), create one record through the API: the template.
read -r TOKEN COMPANY RECORD < <(python3 - "$PORT" <<'PY'
import json, sys, urllib.request
base = f"http://127.0.0.1:{sys.argv[1]}"
def call(method, path, body=None, token=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    return json.load(urllib.request.urlopen(request))
token = call("POST", "/auth/login/", {"username": "bench", "password": "bench"})["access"]
company = call("GET", "/auth/ping/", token=token).get("company_id", "")
page = call("GET", "/v1/lms/records/?status=processed&type=repayment&page_size=100", token=token)
account = page["results"][0]["account"]
record = call("POST", "/v1/lms/records/",
              {"account_id": account, "received_amount": 5000, "date": 1718610125}, token=token)["id"]
print(token, company, record)
PY
)
[ -n "$COMPANY" ] || COMPANY=$(sql -c "SELECT company FROM kind_counts WHERE kind = 'records' LIMIT 1")
# Build the record indexes the way a user builds them: by asking for them.
curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/v1/lms/records/?status=pending"

# Adds copies of the template record to the company: count
load() {
sql -v company="$COMPANY" -v template="$RECORD" -v n="$1" <<'SQL'
BEGIN;
SELECT next_seq AS first FROM companies WHERE company = :'company' FOR UPDATE \gset
INSERT INTO documents (company, kind, id, seq, version, json)
  SELECT :'company', 'records', g.id, :first + g.n, c.version, replace(t.json, t.id, g.id)
  FROM (SELECT n, gen_random_uuid()::text AS id FROM generate_series(0, :n - 1) AS n) g,
       (SELECT id, json FROM documents WHERE company = :'company' AND kind = 'records' AND id = :'template') t,
       companies c
  WHERE c.company = :'company';
UPDATE companies SET next_seq = next_seq + :n, version = version + 1 WHERE company = :'company';
UPDATE kind_counts SET documents = documents + :n WHERE company = :'company' AND kind = 'records';
INSERT INTO index_entries (company, index_name, id, key, seq, amount)
  SELECT company, 'records/' || f.field, id, json::jsonb ->> f.field, seq, NULL
  FROM documents, (VALUES ('status'), ('utr')) AS f (field)
  WHERE company = :'company' AND kind = 'records' AND seq >= :first
    AND json::jsonb ->> f.field IS NOT NULL;
DELETE FROM index_keys WHERE company = :'company' AND index_name IN ('records/status', 'records/utr');
INSERT INTO index_keys (company, index_name, key, documents, total)
  SELECT company, index_name, key, count(*), NULL FROM index_entries
  WHERE company = :'company' AND index_name IN ('records/status', 'records/utr')
  GROUP BY company, index_name, key;
COMMIT;
ANALYZE;
SQL
}

rps() { # url seconds → requests/s
  CREGO_TOKEN="$TOKEN" wrk -t1 -c16 -d"${2}s" --timeout 10s -s bench/lua/get.lua "$1" 2>&1 |
    awk '/Requests\/sec/ {print $2}'
}
heap_kb() { # used heap after a full GC, KB
  jcmd "$STUB_PID" GC.run >/dev/null
  jcmd "$STUB_PID" GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -n 1
}
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$STUB_PID/status"; }

LIST="http://127.0.0.1:$PORT/v1/lms/records/?page_size=15"
BY_STATUS="http://127.0.0.1:$PORT/v1/lms/records/?status=pending&page_size=15"
declare -A RESULT
measure() { # size-name id
  local get="http://127.0.0.1:$PORT/v1/lms/records/$2/" name url
  for name in get list status; do
    case $name in get) url=$get ;; list) url=$LIST ;; status) url=$BY_STATUS ;; esac
    rps "$url" "$WARMUP" >/dev/null
    RESULT["$1 $name"]=$(rps "$url" "$SECONDS_PER_RUN")
    echo "   $1 $name: ${RESULT["$1 $name"]} req/s"
  done
  RESULT["$1 heap"]=$(heap_kb)
  RESULT["$1 count"]=$(sql -c "SELECT documents FROM kind_counts WHERE company = '$COMPANY' AND kind = 'records'")
  echo "   $1: ${RESULT["$1 count"]} records, heap after GC ${RESULT["$1 heap"]} KB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

echo "== $(nproc) CPUs; stub, PostgreSQL and wrk share them; company $COMPANY"
sql -c "SELECT json FROM documents WHERE company = '$COMPANY' AND id = '$RECORD'" | cut -c1-400
echo "== the seeded company, made up to 100 records"
load $((100 - $(sql -c "SELECT documents FROM kind_counts WHERE company = '$COMPANY' AND kind = 'records'")))
measure small "$RECORD"

echo "== loading $RECORDS records by SQL"
started=$(date +%s)
load "$RECORDS"
echo "   loaded in $(($(date +%s) - started)) s"
MIDDLE=$(sql -c "SELECT id FROM documents WHERE company = '$COMPANY' AND kind = 'records' ORDER BY seq OFFSET $((RECORDS / 2)) LIMIT 1")
echo "== the company with $RECORDS more records"
measure big "$MIDDLE"

echo "== resident memory over $REQUESTS GETs by id (20 s slices)"
done_requests=0
slices="$(($(rss_kb) / 1024))"
while [ "$done_requests" -lt "$REQUESTS" ]; do
  n=$(CREGO_TOKEN="$TOKEN" wrk -t1 -c16 -d20s --timeout 10s -s bench/lua/get.lua \
    "http://127.0.0.1:$PORT/v1/lms/records/$MIDDLE/" 2>&1 | awk '/requests in/ {print $1}')
  done_requests=$((done_requests + n))
  slices="$slices $(($(rss_kb) / 1024))"
done
echo "   $done_requests requests; RSS MB at start and after each slice: $slices"

echo
echo "| figure | ${RESULT["small count"]} records | $((${RESULT["big count"]})) records | ratio |"
echo "|---|---:|---:|---:|"
for name in get list status; do
  python3 -c 'import sys; n, s, b = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
print(f"| {n} req/s | {s:.0f} | {b:.0f} | {s / b:.2f}× the time |")' "$name" "${RESULT["small $name"]}" "${RESULT["big $name"]}"
done
python3 -c 'import sys; sh, bh, sc, bc = map(float, sys.argv[1:])
print(f"| heap after GC | {sh / 1024:.1f} MB | {bh / 1024:.1f} MB | {(bh - sh) * 1024 / (bc - sc):.2f} bytes per record |")' \
  "${RESULT["small heap"]}" "${RESULT["big heap"]}" "${RESULT["small count"]}" "${RESULT["big count"]}"
