#!/usr/bin/env bash
# Opt-in check of the suite's HTML report in a real headless browser (Debian's chromium), for the
# report of a bad target: the suite jar runs against the stub jar made to break the contract in a
# few ways (WireMock mappings that win over the emulator, and an injected slow answer), then the
# report is opened at 1280×900 and checked: no horizontal scroll, the summary above the fold,
# repeated violations and failures of one cause collapsed into few rows, setup failures and the
# time-out named. It leaves screenshots in conformance-tests/target/report-check/.
#
#   docs/report-check.sh            # uses the jars in */target/ (builds them if missing)
#   docs/report-check.sh --build    # rebuilds the jars first
#
# Needs: chromium (apt-get install -y chromium), node, npm and curl (playwright-core is installed
# into conformance-tests/target/report-check/; it drives the system chromium and downloads no
# browser).
set -euo pipefail

cd "$(dirname "$0")/.."
STUB_JAR=stub-server/target/crego-stub.jar
SUITE_JAR=conformance-tests/target/crego-conformance.jar
OUT=conformance-tests/target/report-check
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
PLAYWRIGHT_CORE_VERSION=1.65.1
TIMEOUT_SECONDS=2

fail() {
  echo "report-check: $*" >&2
  exit 2
}

[[ -x "$CHROMIUM" ]] || fail "no browser at $CHROMIUM; install it with: apt-get install -y chromium"
command -v node >/dev/null && command -v npm >/dev/null || fail "node and npm are needed"
command -v curl >/dev/null || fail "curl is needed"

if [[ "${1:-}" == "--build" || ! -f "$STUB_JAR" || ! -f "$SUITE_JAR" ]]; then
  echo "report-check: building $STUB_JAR and $SUITE_JAR"
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
fi

rm -rf "$OUT/suite" && mkdir -p "$OUT"
installed=$(node -p "require('./$OUT/node_modules/playwright-core/package.json').version" 2>/dev/null || true)
if [[ "$installed" != "$PLAYWRIGHT_CORE_VERSION" ]]; then
  echo "report-check: installing playwright-core $PLAYWRIGHT_CORE_VERSION into $OUT"
  npm install --prefix "$OUT" --no-save --no-audit --no-fund --loglevel=error \
    "playwright-core@$PLAYWRIGHT_CORE_VERSION" >/dev/null
fi

# The stub picks a free loopback port and says which in its banner.
java -jar "$STUB_JAR" --port 0 --host 127.0.0.1 --seed none >"$OUT/stub.log" 2>&1 &
STUB_PID=$!
trap 'kill "$STUB_PID" 2>/dev/null || true; wait "$STUB_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  grep -q ' ready$' "$OUT/stub.log" && break
  kill -0 "$STUB_PID" 2>/dev/null || { cat "$OUT/stub.log" >&2; fail "the stub did not start"; }
  sleep 0.5
done
grep -q ' ready$' "$OUT/stub.log" || fail "the stub did not say it was ready within 60 s"
STUB_URL=$(sed -n 's/^  listening on  \(http[^ ]*\).*/\1/p' "$OUT/stub.log")
echo "report-check: stub at $STUB_URL"

admin() { # METHOD PATH JSON: one admin call; its answer must be a success
  curl -sS --fail-with-body -X "$1" "$STUB_URL$2" -H 'Content-Type: application/json' -d "$3" \
    >/dev/null || fail "$1 $2 was refused"
}

# Breakage 1, a root cause with many victims: Create Record answers 200 (it declares 201) with
# another framework's body, so every test that needs a record fails in its setup.
admin POST /__admin/mappings '{"name": "report-check: createRecord answers outside the contract",
  "request": {"method": "POST", "urlPath": "/v1/lms/records/"},
  "response": {"status": 200, "headers": {"Content-Type": "application/json"},
    "jsonBody": {"detail": "created"}}}'
# Breakage 2, one violation repeated hundreds of times, with long unbroken text: every record a
# listing shows has a 2,000-character non-UUID id and lacks its other required fields.
LONG_ID=$(printf 'R%.0s' $(seq 1 2000))
RESULTS=$(printf '{"id": "'"$LONG_ID"'-%d"},' $(seq 1 25))
RESULTS=${RESULTS%,}
admin POST /__admin/mappings '{"name": "report-check: listRecords lists broken records",
  "request": {"method": "GET", "urlPath": "/v1/lms/records/"},
  "response": {"status": 200, "headers": {"Content-Type": "application/json"},
    "jsonBody": {"count": 25, "next": null, "previous": null, "current_page": 1,
      "total_pages": 1, "results": ['"$RESULTS"']}}}'
# Breakage 3, a time-out: Ping answers slower than the suite waits (the suite's reachability
# check takes a slow answer as reachable; its own test times out).
admin POST /__admin/crego/faults \
  '{"operationId": "ping", "delay_ms": '$((TIMEOUT_SECONDS * 1000 + 1500))', "times": 3}'

echo "report-check: running the suite against the broken stub (it must fail)"
set +e
java -jar "$SUITE_JAR" --base-url "$STUB_URL" --username admin --password admin \
  --timeout-seconds "$TIMEOUT_SECONDS" --progress groups --report-dir "$OUT/suite" \
  >"$OUT/suite.log" 2>&1
SUITE_EXIT=$?
set -e
tail -n 1 "$OUT/suite.log"
[[ $SUITE_EXIT -eq 1 ]] || { tail -n 30 "$OUT/suite.log" >&2; fail "the suite exited $SUITE_EXIT, expected 1 (tests failed)"; }
REPORT="$OUT/suite/conformance-report.html"
[[ -f "$REPORT" ]] || fail "no report at $REPORT"

REPORT="$(realpath "$REPORT")" OUT_DIR="$OUT" CHROMIUM="$CHROMIUM" \
  TIMEOUT_SECONDS="$TIMEOUT_SECONDS" NODE_PATH="$OUT/node_modules" node docs/report-check.cjs
