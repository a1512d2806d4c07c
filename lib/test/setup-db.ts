import { randomUUID } from "node:crypto";
import { copyFileSync } from "node:fs";
import { join } from "node:path";

// Runs before each test file: a private copy of the template database, named in the
// environment before any module reads it. Tests never touch a database outside data/test/.
const TEST_DB_DIR = join(process.cwd(), "data", "test");
const file = join(TEST_DB_DIR, `${randomUUID()}.db`);
copyFileSync(join(TEST_DB_DIR, "template.db"), file);
process.env.DATABASE_URL = `file:${file}`;
process.env.APP_URL = "http://test.local";
process.env.EMAIL_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64url");
process.env.HASH_KEY = "test-hash-key-0123456789abcdef0123456789";
process.env.NEXTAUTH_SECRET = "test-nextauth-secret-0123456789abcdef0123";
Object.assign(process.env, { NODE_ENV: "test" });
// Tests stand where the custom server stands: X-Forwarded-For in a test's headers double is the
// address server/index.ts resolved for that request.
(globalThis as Record<symbol, boolean>)[Symbol.for("free-them.client-address-resolved")] = true;
