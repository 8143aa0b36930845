#!/bin/sh
# Runs once, when the postgres volume is created: the database and its two roles.
#   luoshi_owner  owns the schema; only the migrate service logs in as it (MIGRATION_DATABASE_URL).
#   luoshi_app    owns nothing; the API and the worker log in as it (DATABASE_URL) and get their
#                 grants from the migrate step (data read/write, audit trail append-only).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$LUOSHI_OWNER_PASSWORD" -v app_password="$LUOSHI_APP_PASSWORD" <<'SQL'
CREATE ROLE luoshi_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
CREATE ROLE luoshi_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
CREATE DATABASE luoshi OWNER luoshi_owner;
REVOKE ALL ON DATABASE luoshi FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE luoshi TO luoshi_app;
SQL
