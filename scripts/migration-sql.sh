#!/usr/bin/env bash
# Prints the SQL that takes the database from one schema to another, for a new migration.
# Prisma 7's CLI cannot download its schema engine here; Prisma 6.19.3 ran the same engine as
# WebAssembly, so a throwaway Prisma 6 folder outside the repo produces the SQL.
# Usage: scripts/migration-sql.sh [OLD_SCHEMA] > prisma/migrations/<stamp>_<name>/migration.sql
#   OLD_SCHEMA defaults to the schema as committed at HEAD; pass "empty" for the first migration.
# PostgreSQL (decision 039): MIGRATION_POSTGRES_URL=postgresql://... (a scratch database the
# engine may connect to) scripts/migration-sql.sh > prisma/postgresql/migrations/<stamp>_<name>/migration.sql
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${PRISMA6_DIR:-/tmp/free-them-prisma6}
if [ ! -d "$work/node_modules/@prisma/adapter-pg" ]; then
  mkdir -p "$work"
  (cd "$work" && echo '{"name":"prisma6-diff","private":true}' > package.json &&
    npm i -E --silent prisma@6.19.3 @prisma/adapter-better-sqlite3@6.19.3 @prisma/adapter-pg@6.19.3 >&2)
fi
if [ -n "${MIGRATION_POSTGRES_URL:-}" ]; then
  provider=postgresql schema=prisma/postgresql/schema.prisma url=$MIGRATION_POSTGRES_URL
  adapter="import { PrismaPg } from \"@prisma/adapter-pg\"; const adapter = () => new PrismaPg({ connectionString: process.env.MIGRATION_POSTGRES_URL });"
else
  provider=sqlite schema=prisma/schema.prisma url=file:./scratch.db
  adapter="import { PrismaBetterSQLite3 } from \"@prisma/adapter-better-sqlite3\"; const adapter = () => new PrismaBetterSQLite3({ url: \"file:./scratch.db\" });"
fi
cat > "$work/prisma.config.ts" <<TS
import { defineConfig } from "prisma/config";
$adapter
export default defineConfig({
  experimental: { adapter: true }, engine: "js", schema: "new.prisma",
  async adapter() { return adapter(); },
});
TS
# Prisma 6 wants a url and a generator that needs no native query engine.
to_prisma6() {
  PROVIDER=$provider URL=$url python3 -c '
import os, re, sys
s = sys.stdin.read()
s = re.sub(r"generator client \{.*?\}\n", "generator client {\n  provider = \"prisma-client\"\n  output = \"./gen\"\n  engineType = \"client\"\n}\n", s, flags=re.S)
p = os.environ["PROVIDER"]
s = s.replace("provider = \"%s\"" % p, "provider = \"%s\"\n  url = \"%s\"" % (p, os.environ["URL"]), 1)
sys.stdout.write(s)'
}
to_prisma6 < "$repo/$schema" > "$work/new.prisma"
old=${1:-HEAD}
cd "$work"
export PRISMA_SCHEMA_ENGINE_BINARY=/bin/false PRISMA_QUERY_ENGINE_LIBRARY=/bin/false
if [ "$old" = "empty" ]; then
  npx prisma migrate diff --from-empty --to-schema-datamodel new.prisma --script
else
  if [ "$old" = "HEAD" ]; then git -C "$repo" show "HEAD:$schema"; else cat "$old"; fi | to_prisma6 > old.prisma
  npx prisma migrate diff --from-schema-datamodel old.prisma --to-schema-datamodel new.prisma --script
fi
