// `npm run prisma:generate`: prisma/schema.prisma is the one schema; the PostgreSQL variant is
// written from it (provider switched, its client generated into its own folder) and both
// clients are generated. A test (scripts/schema-variants.test.ts) fails when the committed
// variant differs from what this writes, so nobody edits the copy by hand.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const SQLITE_SCHEMA = join("prisma", "schema.prisma");
export const POSTGRESQL_SCHEMA = join("prisma", "postgresql", "schema.prisma");

const HEADER =
  "// Written by scripts/schema-variants.ts from prisma/schema.prisma (`npm run prisma:generate`).\n" +
  "// Do not edit: change prisma/schema.prisma and regenerate.\n\n";

/** The PostgreSQL schema for a SQLite schema text: same models, own provider and client folder. */
export function postgresqlSchema(sqliteSchema: string): string {
  const datasource = /(datasource db \{[^}]*provider\s*=\s*)"sqlite"/;
  const output = /(generator client \{[^}]*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/;
  if (!datasource.test(sqliteSchema) || !output.test(sqliteSchema)) {
    throw new Error(`${SQLITE_SCHEMA}: expected provider "sqlite" and output "../lib/generated/prisma" to switch`);
  }
  return HEADER + sqliteSchema.replace(datasource, '$1"postgresql"').replace(output, '$1"../../lib/generated/prisma-pg"');
}

function main() {
  writeFileSync(POSTGRESQL_SCHEMA, postgresqlSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
  // The CLI would download a schema engine it does not need for `generate` (offline machine).
  const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false" };
  for (const schema of [SQLITE_SCHEMA, POSTGRESQL_SCHEMA]) {
    execFileSync(join("node_modules", ".bin", "prisma"), ["generate", "--schema", schema], { stdio: "inherit", env });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
