#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on loopback for the tests that need a real server, and
# prints the JDBC URL to give them (CREGO_TEST_POSTGRES_URL). Installs Debian's postgresql package
# when it is missing. The cluster lives in a temporary directory; `.ci/postgres.sh stop DIR` ends it.
#
#   eval "$(.ci/postgres.sh)"   # exports CREGO_TEST_POSTGRES_URL and CREGO_TEST_POSTGRES_DIR
set -euo pipefail

PORT="${CREGO_TEST_POSTGRES_PORT:-55432}"

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

# The server refuses to run as root: run its tools as the postgres user when we are root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if [ "${1:-}" = "stop" ]; then
  bin=$(pg_bin)
  as_owner "$bin/pg_ctl" -D "$2/data" -m fast stop >&2
  rm -rf "$2"
  exit 0
fi

if ! pg_bin >/dev/null; then
  echo "Installing Debian's postgresql package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
bin=$(pg_bin)

dir=$(mktemp -d /tmp/crego-postgres.XXXXXX)
started=""
# A start that fails leaves nothing behind.
trap '[ -n "$started" ] || rm -rf "$dir"' EXIT
chmod 755 "$dir"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$dir"
fi
as_owner "$bin/initdb" -D "$dir/data" -U crego --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
# fsync stays on (the default): the crash tests rely on a commit being durable when it returns.
# A port already taken (another cluster, another checkout's run) moves on to the next one.
for attempt in $(seq 0 9); do
  port=$((PORT + attempt))
  if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200" start >&2; then
    break
  fi
  if ! grep -q "Address already in use" "$dir/server.log" || [ "$attempt" -eq 9 ]; then
    cat "$dir/server.log" >&2
    exit 1
  fi
done
PORT=$port
as_owner "$bin/createdb" -h 127.0.0.1 -p "$PORT" -U crego crego_test >&2
started=yes

echo "export CREGO_TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:$PORT/crego_test?user=crego'"
echo "export CREGO_TEST_POSTGRES_DIR='$dir'"
