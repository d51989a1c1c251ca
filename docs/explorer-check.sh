#!/usr/bin/env bash
# Opt-in check of the stub's API explorer in a real headless browser (Debian's chromium): the
# page loads, lists every operation of the spec, the bearer dialog takes the dev token, and a
# "Try it out" call (Ping) answers 200. It leaves screenshots in stub-server/target/explorer-check/.
#
#   docs/explorer-check.sh            # uses stub-server/target/crego-stub.jar (builds it if missing)
#   docs/explorer-check.sh --build    # rebuilds the jar first
#
# Needs: chromium (apt-get install -y chromium), node and npm (playwright-core is installed
# into stub-server/target/explorer-check/; it drives the system chromium and downloads no browser).
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=stub-server/target/crego-stub.jar
OUT=stub-server/target/explorer-check
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
PLAYWRIGHT_CORE_VERSION=1.65.1

fail() {
  echo "explorer-check: $*" >&2
  exit 2
}

[[ -x "$CHROMIUM" ]] || fail "no browser at $CHROMIUM; install it with: apt-get install -y chromium"
command -v node >/dev/null && command -v npm >/dev/null || fail "node and npm are needed"

if [[ "${1:-}" == "--build" || ! -f "$JAR" ]]; then
  echo "explorer-check: building $JAR"
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl stub-server -am package
fi

mkdir -p "$OUT"
installed=$(node -p "require('./$OUT/node_modules/playwright-core/package.json').version" 2>/dev/null || true)
if [[ "$installed" != "$PLAYWRIGHT_CORE_VERSION" ]]; then
  echo "explorer-check: installing playwright-core $PLAYWRIGHT_CORE_VERSION into $OUT"
  npm install --prefix "$OUT" --no-save --no-audit --no-fund --loglevel=error \
    "playwright-core@$PLAYWRIGHT_CORE_VERSION" >/dev/null
fi

# The stub picks a free loopback port and says which in its banner.
java -jar "$JAR" --port 0 --host 127.0.0.1 >"$OUT/stub.log" 2>&1 &
STUB_PID=$!
trap 'kill "$STUB_PID" 2>/dev/null || true; wait "$STUB_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  grep -q ' ready$' "$OUT/stub.log" && break
  kill -0 "$STUB_PID" 2>/dev/null || { cat "$OUT/stub.log" >&2; fail "the stub did not start"; }
  sleep 0.5
done
grep -q ' ready$' "$OUT/stub.log" || fail "the stub did not say it was ready within 60 s"
STUB_URL=$(sed -n 's/^  listening on  \(http[^ ]*\).*/\1/p' "$OUT/stub.log")
STUB_TOKEN=$(sed -n 's/^  dev token     \([^ ]*\).*/\1/p' "$OUT/stub.log")
echo "explorer-check: stub at $STUB_URL; its banner says:"
grep '^  api explorer' "$OUT/stub.log" || fail "the banner does not name the API explorer"

STUB_URL="$STUB_URL" STUB_TOKEN="$STUB_TOKEN" OUT_DIR="$OUT" CHROMIUM="$CHROMIUM" \
  NODE_PATH="$OUT/node_modules" node docs/explorer-check.cjs

# The stub's own access log agrees that the browser's call reached it.
echo "explorer-check: the stub logged: $(grep -m1 '^GET /auth/ping/ ' "$OUT/stub.log" || echo 'no Ping call')"
