// Fills a separate database with clearly synthetic people, petitions and signatures, so the cost of
// growth can be measured (`npm run db:fill`, `npm run bench:growth`). Every row is made with the
// app's own helpers (search keys, sealing, keyed hashes, the DateTime format Prisma reads), and is
// written straight to SQLite with prepared statements in large transactions: a million signatures
// through Prisma would take most of an hour.
import { randomUUID } from "node:crypto";
import { existsSync, rmSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { encrypt, keyedHash, newToken } from "../../lib/crypto";
import { databaseKind, databaseUrlFromEnv, sqliteFilePath } from "../../lib/database-url";
import { createPrismaClient } from "../../lib/db/client";
import { migrateDatabase } from "../../lib/db/migrate";
import { sqliteDateTime } from "../../lib/db/sqlite";
import { firstName } from "../../lib/petitions/schema";
import { sealCountry, sealName } from "../../lib/petitions/sealed";
import { searchKeyForSpellings } from "../../lib/prisoners/search-key";
import { CONFIRM_LINK_LIFETIME_MS } from "../../lib/supporters/tokens";
import { emailHashOf } from "../../lib/supporters/identity";
import { seedDatabase } from "../../prisma/seed-database";
import { BENCH_PETITION } from "../bench/petition";

export const DEFAULT_SYNTHETIC_DATABASE = "file:./data/synthetic.db";
const BENCH_PETITION_SHARE = 0.1;
const BATCH = 10_000;
const PROGRESS_EVERY = 100_000;
const DAY_MS = 24 * 60 * 60 * 1000;
const COUNTRIES = ["BY", "LT", "PL", "DE", "UA", "GE", "GB", "US", "SE", "NL", "CZ", "FR"];
const LOCALES = ["en", "en", "be", "ru"];
// Digits spelled as syllables the search fold leaves alone (consonant + a/u: no digraph, no
// doubled letter, nothing that merges), so each person's code name is a key of its own.
const SYLLABLES = ["ba", "du", "fa", "ku", "la", "mu", "na", "pu", "ra", "vu"];

export interface FillOptions {
  /** A SQLite URL (file:...). Never the app's own DATABASE_URL. */
  database: string;
  profiles: number;
  signatures: number;
  petitions: number;
  /** Empty the database first; without it a database that holds anything is refused. */
  reset: boolean;
  log?: (line: string) => void;
}

export interface FillResult {
  file: string;
  counts: { prisoners: number; petitions: number; signatures: number; confirmed: number; pending: number };
  seconds: number;
  bytes: number;
}

/** "Synthetic Person 00042" and its code name "Babababamura": the search finds a person by the latter. */
export function syntheticPerson(n: number, width = 5) {
  const digits = String(n).padStart(width, "0");
  const code = [...digits].map((digit) => SYLLABLES[Number(digit)]).join("");
  return {
    slug: `synthetic-${digits}`,
    nameLatin: `Synthetic Person ${digits}`,
    codeName: `${code.charAt(0).toUpperCase()}${code.slice(1)}`,
  };
}

/** Throws unless `url` is a SQLite file other than the app's, empty or about to be emptied. */
export function checkTarget(url: string, reset: boolean, env: Record<string, string | undefined> = process.env): string {
  // The app's own database is refused first, whatever its kind: the message must say why.
  const appUrl = databaseUrlFromEnv(env);
  const isAppDatabase =
    url === appUrl ||
    (databaseKind(url) === "sqlite" && databaseKind(appUrl) === "sqlite" && sqliteFilePath(url) === sqliteFilePath(appUrl));
  if (isAppDatabase)
    throw new Error(`${url} is the database the app uses (DATABASE_URL): fill a separate one, e.g. ${DEFAULT_SYNTHETIC_DATABASE}`);
  if (databaseKind(url) !== "sqlite") throw new Error("only SQLite (file:...) is filled for now; PostgreSQL is not supported yet");
  const file = sqliteFilePath(url);
  if (!reset && existsSync(file) && statSync(file).size > 0) {
    const sqlite = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const tables = (sqlite.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number }).n;
      if (tables > 0) throw new Error(`${file} is not empty: pass --reset to replace what it holds`);
    } finally {
      sqlite.close();
    }
  }
  return file;
}

/**
 * A fixed pseudo-random sequence (mulberry32): the same options make the same database. Eight lines
 * instead of a dependency: fast-check (the fuzz's) draws through arbitraries, far slower for the
 * ~10^7 plain numbers a fill takes, and its pure-rand is not a direct dependency of ours.
 */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function fillSynthetic(options: FillOptions): Promise<FillResult> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  const file = checkTarget(options.database, options.reset);
  if (options.reset) for (const path of [file, `${file}-wal`, `${file}-shm`]) rmSync(path, { force: true });

  // The project's own steps first: migrations, then the normal seed content, so real pages work.
  await migrateDatabase(options.database);
  const prisma = createPrismaClient(options.database);
  try {
    await seedDatabase(prisma);
  } finally {
    await prisma.$disconnect();
  }
  log(`migrated and seeded ${file} (${seconds().toFixed(1)} s)`);

  const sqlite = new Database(file, { timeout: 5000 });
  // A synthetic database can be made again: no fsync per transaction while filling.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("cache_size = -200000");
  const now = new Date();
  const at = sqliteDateTime(now);
  const next = random(12);

  try {
    // People.
    const width = Math.max(5, String(options.profiles).length);
    const insertPrisoner = sqlite.prepare(
      `INSERT INTO "Prisoner" ("id", "slug", "nameLatin", "searchKey", "status", "detainedOn", "releasedOn", "sentence", "placeOfDetention", "biography", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertSpelling = sqlite.prepare(`INSERT INTO "NameSpelling" ("id", "prisonerId", "value", "language") VALUES (?, ?, ?, 'en')`);
    const prisonerIds: string[] = [];
    sqlite.transaction(() => {
      for (let n = 1; n <= options.profiles; n++) {
        const person = syntheticPerson(n, width);
        const id = randomUUID();
        const detainedOn = new Date(Date.UTC(2020, 7, 9) + Math.floor(next() * 5 * 365) * DAY_MS);
        const released = n % 10 === 0;
        insertPrisoner.run(
          id,
          person.slug,
          person.nameLatin,
          searchKeyForSpellings([person.nameLatin, person.codeName]),
          released ? "RELEASED" : "DETAINED",
          sqliteDateTime(detainedOn),
          released ? sqliteDateTime(new Date(detainedOn.getTime() + 400 * DAY_MS)) : null,
          `${2 + (n % 12)} years (synthetic)`,
          "Synthetic penal colony No. 0",
          "A synthetic profile made by npm run db:fill to measure the app as its data grows. Not a real person.",
          at,
          at,
        );
        insertSpelling.run(randomUUID(), id, person.nameLatin);
        insertSpelling.run(randomUUID(), id, person.codeName);
        prisonerIds.push(id);
      }
    })();
    log(`${options.profiles} synthetic profiles (${seconds().toFixed(1)} s)`);

    // Petitions, each calling for one synthetic person's release.
    const insertPetition = sqlite.prepare(
      `INSERT INTO "Petition" ("id", "slug", "title", "summary", "body", "target", "goal", "state", "confirmedCount", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', 0, ?, ?)`,
    );
    const linkPetition = sqlite.prepare(`INSERT INTO "_PetitionPrisoners" ("A", "B") VALUES (?, ?)`);
    const petitionIds: string[] = [];
    sqlite.transaction(() => {
      for (let p = 1; p <= options.petitions; p++) {
        const number = String(p).padStart(3, "0");
        const id = randomUUID();
        insertPetition.run(
          id,
          `synthetic-petition-${number}`,
          `Synthetic petition ${number}`,
          "A synthetic petition made by npm run db:fill.",
          "Synthetic text standing where a petition's call would be. Not a real petition.",
          "A synthetic authority",
          10_000 * (1 + (p % 10)),
          at,
          at,
        );
        const prisoner = prisonerIds[(p - 1) % Math.max(1, prisonerIds.length)];
        if (prisoner) linkPetition.run(id, prisoner);
        petitionIds.push(id);
      }
    })();
    const benchPetition = sqlite.prepare(`SELECT "id" FROM "Petition" WHERE "slug" = ?`).get(BENCH_PETITION) as { id: string } | undefined;
    const targets = petitionIds.length ? petitionIds : benchPetition ? [benchPetition.id] : [];
    if (options.signatures > 0 && targets.length === 0) throw new Error("no petition to sign: pass --petitions 1 or more");
    log(`${options.petitions} synthetic petitions (${seconds().toFixed(1)} s)`);

    // Signatures. Every row has its own address (per-row keyed hash and ciphertext) and its own
    // sealed name and country, as signing writes them; the mails they once caused are not made.
    const insertSignature = sqlite.prepare(
      `INSERT INTO "Signature" ("id", "petitionId", "nameEncrypted", "publicName", "emailEncrypted", "emailHash", "countryEncrypted", "state", "showName", "ipHash", "confirmTokenHash", "tokenExpiresAt", "shareCode", "locale", "createdAt", "confirmedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // A few hundred client addresses from the documentation range (192.0.2.0/24), hashed once.
    const ipHashes = Array.from({ length: 256 }, (_, i) => keyedHash("ip", `192.0.2.${i}`));
    const confirmedBy = new Map<string, number>();
    let confirmed = 0;
    const writeBatch = sqlite.transaction((from: number, to: number) => {
      for (let k = from; k < to; k++) {
        // A tenth on the petition the benches sign; the rest skewed toward the first petitions.
        const petitionId =
          benchPetition && next() < BENCH_PETITION_SHARE ? benchPetition.id : targets[Math.floor(next() ** 2 * targets.length)]!;
        const state = k % 10 === 9 ? "PENDING" : "CONFIRMED";
        const email = `signer-${k}@example.invalid`;
        const name = `Synthetic Signer ${k}`;
        const showName = k % 3 === 0;
        const createdAt = new Date(now.getTime() - Math.floor(next() * 365 * DAY_MS));
        const pending = state === "PENDING";
        insertSignature.run(
          randomUUID(),
          petitionId,
          sealName(name),
          showName ? firstName(name) : null,
          encrypt(email),
          emailHashOf(email),
          sealCountry(COUNTRIES[k % COUNTRIES.length]!),
          state,
          showName ? 1 : 0,
          ipHashes[k % ipHashes.length],
          pending ? newToken().tokenHash : null,
          pending ? sqliteDateTime(new Date(createdAt.getTime() + CONFIRM_LINK_LIFETIME_MS)) : null,
          pending ? null : `syn${k.toString(36)}`,
          LOCALES[k % LOCALES.length],
          sqliteDateTime(createdAt),
          pending ? null : sqliteDateTime(new Date(createdAt.getTime() + 5 * 60 * 1000)),
        );
        if (!pending) {
          confirmed++;
          confirmedBy.set(petitionId, (confirmedBy.get(petitionId) ?? 0) + 1);
        }
      }
    });
    for (let from = 0; from < options.signatures; from += BATCH) {
      const to = Math.min(options.signatures, from + BATCH);
      writeBatch(from, to);
      if (to % PROGRESS_EVERY === 0 || to === options.signatures)
        log(`${to} / ${options.signatures} signatures (${seconds().toFixed(1)} s)`);
    }
    // The stored count, kept as the confirmation path keeps it (added to what was there).
    const count = sqlite.prepare(`UPDATE "Petition" SET "confirmedCount" = "confirmedCount" + ? WHERE "id" = ?`);
    sqlite.transaction(() => {
      for (const [id, n] of confirmedBy) count.run(n, id);
    })();

    const total = (table: string, where = "") => (sqlite.prepare(`SELECT count(*) AS n FROM "${table}" ${where}`).get() as { n: number }).n;
    const counts = {
      prisoners: total("Prisoner"),
      petitions: total("Petition"),
      signatures: total("Signature"),
      confirmed: total("Signature", `WHERE "state" = 'CONFIRMED'`),
      pending: total("Signature", `WHERE "state" = 'PENDING'`),
    };
    if (counts.confirmed < confirmed) throw new Error(`only ${counts.confirmed} of ${confirmed} confirmed signatures were stored`);
    // Fold the WAL back into the file, so its size is the database's.
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    return { file, counts, seconds: seconds(), bytes: statSync(file).size };
  } finally {
    sqlite.close();
  }
}
