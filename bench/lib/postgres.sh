# shellcheck shell=bash
# Shared by the PostgreSQL benchmarks (bench/replicas.sh, bench/big-company.sh); sourced, not run.
# `need CMD HOW` stops the bench when a tool is missing. `bench_postgres` finds the server:
# CREGO_BENCH_POSTGRES_URL (a JDBC URL whose user may create databases), else a throwaway one from
# .ci/postgres.sh (PG_DIR names it, for the caller's cleanup to stop). It sets PG_SERVER
# (jdbc:postgresql://HOST:PORT), PG_QUERY (the URL's query, e.g. user=U), PG_USER and PG_HOSTPORT.
# `create_database NAME` makes a database on it and prints its JDBC URL.

need() { command -v "$1" >/dev/null || { echo "bench: needs $1 ($2)" >&2; exit 2; }; }

bench_postgres() {
  if [ -z "${CREGO_BENCH_POSTGRES_URL:-}" ]; then
    eval "$(.ci/postgres.sh)"
    PG_DIR="$CREGO_TEST_POSTGRES_DIR"
    CREGO_BENCH_POSTGRES_URL="$CREGO_TEST_POSTGRES_URL"
  fi
  # jdbc:postgresql://HOST:PORT/DB?user=U → the server, and a libpq URL for psql
  PG_SERVER="${CREGO_BENCH_POSTGRES_URL%%\?*}"
  PG_SERVER="${PG_SERVER%/*}"
  PG_QUERY="${CREGO_BENCH_POSTGRES_URL#*\?}"
  [ "$PG_QUERY" = "$CREGO_BENCH_POSTGRES_URL" ] && PG_QUERY=""
  PG_USER=$(sed -n 's/.*user=\([^&]*\).*/\1/p' <<<"$PG_QUERY")
  PG_HOSTPORT="${PG_SERVER#jdbc:postgresql://}"
}

create_database() { # name → JDBC URL of the new database
  psql -q "postgresql://${PG_USER:+$PG_USER@}$PG_HOSTPORT/postgres" -c "CREATE DATABASE $1" >&2
  echo "$PG_SERVER/$1${PG_QUERY:+?$PG_QUERY}"
}
