// The product as the benches run it (`npm run bench`, `npm run bench:growth`): its build folder,
// its environment under load, and its signing form as a browser posts it.
import { createHmac, randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { actionId, type ActionTarget, type FormTarget } from "./load";
import { BENCH_PETITION } from "./petition";

export const PRODUCT_DIST = ".next-bench";

/** Removes a SQLite file and its WAL, so the next start migrates and seeds it anew. */
export function freshDatabase(file: string): void {
  for (const path of [file, `${file}-wal`, `${file}-shm`]) rmSync(path, { force: true });
}

/**
 * A server hash key chosen by the bench, so that stored signatures can be found by their
 * address's keyed hash (names are sealed at rest; docs/decisions/018).
 */
export function benchHashKey() {
  const key = randomBytes(32).toString("base64url");
  return { key, emailHash: (email: string) => createHmac("sha256", key).update(`email:${email}`).digest("hex") };
}

/** The address a bench signs with for one request's unique value. */
export const benchEmail = (unique: string) => `bench-${unique}@example.org`;

/**
 * As `npm start` serves it on its own database and build, with the per-IP limit lifted (all load
 * comes from 127.0.0.1) and the mail worker off (mails stay queued; sending is not measured).
 */
export function productBenchEnv(port: number, database: string, hashKey: string): Record<string, string> {
  return {
    APP_URL: `http://127.0.0.1:${port}`,
    // A SQLite file, or a database URL (file:…, postgresql://…).
    DATABASE_URL: /^[a-z]+:/.test(database) ? database : `file:./${database}`,
    NEXT_DIST_DIR: PRODUCT_DIST,
    MAIL_WORKER: "off",
    HASH_KEY: hashKey,
    SIGN_LIMIT_PER_IP_PER_HOUR: "1000000000",
  };
}

const signFields = (petition: string) => (unique: string) => ({
  petition,
  name: `Bench ${unique}`,
  email: benchEmail(unique),
  country: "LT",
});

/** The real signing form's server action, called as a form's action is from JavaScript. */
export function signTarget(origin: string, petition: string = BENCH_PETITION): ActionTarget {
  return { origin, path: `/petitions/${petition}`, id: actionId(PRODUCT_DIST, "signPetition"), fields: signFields(petition) };
}

/**
 * The real signing form posted as a browser without JavaScript posts it, with the hidden fields the
 * petition page wrote into it (scripts/bench/forms.ts). The page is cached: they are every visitor's.
 */
export function noScriptSignTarget(origin: string, hidden: [string, string][], petition: string = BENCH_PETITION): FormTarget {
  return { origin, path: `/petitions/${petition}`, hidden, fields: signFields(petition), sentMark: "sign-sent" };
}
