// `npm start`: prepares whatever is missing (local secrets, database, migrations, seed content,
// production build), then serves the app on $PORT. Safe to run again and again.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { config as loadDotenv } from "dotenv";
import { buildInputsHash, buildIsCurrent } from "./build-stamp";
import { ensureLocalEnv } from "./local-env";

// As `next start` does: the server below is a production server, and the settings are read as one.
Object.assign(process.env, { NODE_ENV: "production" });

const generated = ensureLocalEnv();
if (generated.length) console.log(`[start] Generated ${generated.join(", ")} in .env (git-ignored).`);
loadDotenv({ quiet: true });
// Next would otherwise report usage to its makers: nothing leaves this server that does not have to.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const { env } = await import("../lib/env");
const { migrateDatabase } = await import("../lib/db/migrate");
const migrated = await migrateDatabase(env.DATABASE_URL);
if (migrated.applied.length) console.log(`[start] Applied migrations: ${migrated.applied.join(", ")}`);

const { createPrismaClient } = await import("../lib/db/client");
const { seedDatabase } = await import("../prisma/seed-database");
const db = createPrismaClient(env.DATABASE_URL);
try {
  const { created } = await seedDatabase(db);
  if (Object.values(created).some(Boolean)) console.log(`[start] Seeded: ${JSON.stringify(created)}`);
} finally {
  await db.$disconnect();
}

const nextBin = join("node_modules", ".bin", "next");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const hash = buildInputsHash();
if (!buildIsCurrent(distDir, hash)) {
  console.log("[start] Building the app for production (a minute or two on first run)...");
  const build = spawnSync(nextBin, ["build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
  // Stamped with the inputs as the build left them: `next build` adds a new build folder's types to
  // tsconfig.json, and a stamp taken before that would make every later start (a second instance
  // on the same build included) build again, under the feet of the one already serving.
  writeFileSync(join(distDir, "free-them-build-stamp"), buildInputsHash());
}

// The custom server (server/index.ts) serves the build: client addresses, body cap, refusals,
// Content-Security-Policy (docs/decisions/016, 017). It runs in this process: a preparing parent
// kept alive beside a server child held a few hundred megabytes of its own for nothing.
await import("../server/index");
