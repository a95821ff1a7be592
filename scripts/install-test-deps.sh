#!/usr/bin/env bash
# Installs what the tests need beyond npm: Debian's Chromium for the browser tests, and Debian's
# PostgreSQL for the collector's Postgres tests (started, with a role and database for them:
# postgres://candor:candor@127.0.0.1:5432/candor_test, the default of CANDOR_TEST_DATABASE_URL).
# Needs root (or sudo) and Debian's package archive. Skips what is already there; safe to rerun.
set -euo pipefail
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
need=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROME_PATH:-}" ] || need+=(chromium)
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Start every PostgreSQL cluster that is down (the package creates one, e.g. 15/main on port 5432).
# pg_ctlcluster works as root without systemd, which CI machines and containers often lack.
if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  $SUDO pg_createcluster --start "$version" main >/dev/null
fi
pg_lsclusters -h | while read -r version cluster _port status _rest; do
  if [ "$status" != "online" ]; then $SUDO pg_ctlcluster "$version" "$cluster" start; fi
done

as_postgres() { if [ -z "$SUDO" ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
for _ in $(seq 1 30); do as_postgres pg_isready -q && break; sleep 0.5; done
psql_admin() { as_postgres psql -qAtX -v ON_ERROR_STOP=1 "$@"; }
if [ "$(psql_admin -c "select 1 from pg_roles where rolname = 'candor'")" != "1" ]; then
  psql_admin -c "create role candor login password 'candor'"
fi
if [ "$(psql_admin -c "select 1 from pg_database where datname = 'candor_test'")" != "1" ]; then
  psql_admin -c "create database candor_test owner candor"
fi

echo "test dependencies ready: chromium at ${CHROME_PATH:-$(command -v chromium)}; postgresql at postgres://candor:candor@127.0.0.1:5432/candor_test"
