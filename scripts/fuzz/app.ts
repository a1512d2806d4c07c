// The app under test: its own build folder, database, port and mail folder, started with
// `npm start` like the end-to-end suite, its log written to a file the report counts lines of.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import { hash } from "@node-rs/argon2";
import Database from "better-sqlite3";
import type { Known } from "./inputs";

export const PORT = 3250;
export const ORIGIN = `http://127.0.0.1:${PORT}`;
export const DIST_DIR = ".next-fuzz";
export const DB_FILE = "data/fuzz.db";
export const MAIL_DIR = "data/fuzz-mail";
export const LOG_FILE = "data/fuzz-server.log";

export interface RunningApp {
  process?: ChildProcess;
  env: Record<string, string>;
  stop(): void;
}

/** Fresh secrets for every run: the row check decrypts with the same key. */
export function appEnv(): Record<string, string> {
  return {
    PORT: String(PORT),
    APP_URL: ORIGIN,
    NEXTAUTH_URL: ORIGIN,
    DATABASE_URL: `file:./${DB_FILE}`,
    NEXT_DIST_DIR: DIST_DIR,
    MAIL_DIR,
    // Every request comes from 127.0.0.1 with an X-Forwarded-For of its own: the limits per
    // address stay on (they are part of what is fuzzed) without hiding the write paths.
    TRUST_PROXY: "loopback",
    SIGN_LIMIT_PER_IP_PER_HOUR: "1000000",
    SMTP_URL: "",
    EMAIL_ENCRYPTION_KEY: randomBytes(32).toString("base64url"),
    HASH_KEY: randomBytes(32).toString("base64url"),
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  };
}

export function lineCount(file = LOG_FILE): number {
  if (!existsSync(file)) return 0;
  const text = readFileSync(file, "utf8");
  return text ? text.split("\n").length - (text.endsWith("\n") ? 1 : 0) : 0;
}

export function logSince(lines: number, file = LOG_FILE): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").split("\n").slice(lines).filter(Boolean);
}

export async function startApp(env: Record<string, string>): Promise<RunningApp> {
  for (const path of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, MAIL_DIR, LOG_FILE]) rmSync(path, { recursive: true, force: true });
  mkdirSync("data", { recursive: true });
  const log = openSync(LOG_FILE, "a");
  const child = spawn("npm", ["start"], { env: { ...process.env, ...env }, stdio: ["ignore", log, log], detached: true });
  closeSync(log);
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("exit", stop);
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app stopped while starting:\n${logSince(0).slice(-40).join("\n")}`);
    try {
      if ((await fetch(`${ORIGIN}/api/health`)).ok) return { process: child, env, stop };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  stop();
  throw new Error("The app did not answer /api/health within 10 minutes");
}

/** Slugs and ids of what the seed wrote (and the fuzz wrote so far). */
export function knownContent(): Known {
  const db = new Database(DB_FILE, { readonly: true });
  const list = (sql: string) => (db.prepare(sql).all() as { v: string }[]).map((row) => row.v);
  const known: Known = {
    prisoners: list(`SELECT slug AS v FROM "Prisoner" ORDER BY slug`),
    heldPrisoners: list(`SELECT slug AS v FROM "Prisoner" WHERE status = 'DETAINED' ORDER BY slug`),
    updates: list(`SELECT slug AS v FROM "Update" ORDER BY slug`),
    petitions: list(`SELECT slug AS v FROM "Petition" ORDER BY slug`),
    comments: list(`SELECT id AS v FROM "Comment" ORDER BY createdAt DESC LIMIT 200`),
  };
  db.close();
  return known;
}

/** An admin of the fuzz database, written as `npm run staff:add` writes one. */
export async function createAdmin(): Promise<{ email: string; password: string }> {
  const email = `fuzz-admin-${randomUUID().slice(0, 8)}@staff.test`;
  const password = `pw-${randomUUID()}`;
  const now = new Date().toISOString().replace("Z", "+00:00");
  const db = new Database(DB_FILE, { timeout: 5000 });
  db.prepare(
    `INSERT INTO "StaffUser" (id, email, role, active, passwordHash, createdAt, updatedAt) VALUES (?, ?, 'ADMIN', 1, ?, ?, ?)`,
  ).run(randomUUID(), email, await hash(password), now, now);
  db.close();
  return { email, password };
}
