#!/bin/sh
# Runs once, when the postgres volume is initialised (docker-entrypoint-initdb.d).
# Creates the login Temporal uses; temporalio/auto-setup then creates its own
# databases (temporal, temporal_visibility) with it, separate from Beacon's.
set -eu
: "${TEMPORAL_DB_PASSWORD:?set TEMPORAL_DB_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  --set=pw="$TEMPORAL_DB_PASSWORD" <<'SQL'
SELECT 'CREATE ROLE temporal LOGIN CREATEDB PASSWORD ' || quote_literal(:'pw')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'temporal') \gexec
SQL
