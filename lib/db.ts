import "server-only";
import { processDatabase } from "./db/client";
import { env } from "./env";

// The same client the proxy uses (lib/routing/missing-pages.ts): one connection pool per process.
export const db = processDatabase(env.DATABASE_URL);
