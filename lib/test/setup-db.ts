import { randomUUID } from "node:crypto";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, vi } from "vitest";
import {
  onPostgresqlAdmin,
  postgresqlAdminUrl,
  postgresqlTestDatabaseName,
  postgresqlUrl,
  refuseNonTestDatabase,
  TEMPLATE_FILE,
  testProvider,
  testRunDir,
} from "./database";
import { resetTestRequest } from "./next-headers";

// Runs before each test file: a private copy of the template database, named in the
// environment before any module reads it. Tests never touch a database outside data/test/ or
// this run's PostgreSQL databases (refused below).
delete process.env.DATABASE_URL_FILE;
if (testProvider() === "postgresql") {
  const adminUrl = postgresqlAdminUrl()!;
  const name = postgresqlTestDatabaseName(randomUUID().slice(0, 8));
  await onPostgresqlAdmin(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${postgresqlTestDatabaseName("template")}"`);
  process.env.DATABASE_URL = postgresqlUrl(adminUrl, name);
} else {
  const file = join(testRunDir(), `${randomUUID()}.db`);
  copyFileSync(join(testRunDir(), TEMPLATE_FILE), file);
  process.env.DATABASE_URL = `file:${file}`;
}
refuseNonTestDatabase(process.env);
process.env.APP_URL = "http://test.local";
// next-auth warns on every call when NEXTAUTH_URL is unset.
process.env.NEXTAUTH_URL ??= process.env.APP_URL;
process.env.EMAIL_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64url");
process.env.HASH_KEY = "test-hash-key-0123456789abcdef0123456789";
process.env.NEXTAUTH_SECRET = "test-nextauth-secret-0123456789abcdef0123";
Object.assign(process.env, { NODE_ENV: "test" });
// Tests stand where the custom server stands: X-Forwarded-For in a test's headers double is the
// address server/index.ts resolved for that request.
(globalThis as Record<symbol, boolean>)[Symbol.for("free-them.client-address-resolved")] = true;

// next/headers exists only inside a request: every file gets one stand-in (lib/test/next-headers.ts),
// and every test starts as an anonymous request from the default address.
vi.mock("next/headers", () => import("./next-headers"));
beforeEach(() => resetTestRequest());
