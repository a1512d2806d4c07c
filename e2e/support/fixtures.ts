import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { test as base, expect, type APIRequestContext, type Browser, type Page, type PlaywrightWorkerArgs } from "@playwright/test";
import type Database from "better-sqlite3";
import { newAddress, setAddress } from "./comments";
import { openE2eDatabase } from "./database";
import { findForm, postForm } from "./forms";
import { signInAs, type StaffRole, type TestStaff } from "./staff";

// Playwright fixtures that create the rows a test needs and delete exactly those after it, passed
// or failed (as Epic Stack's tests/playwright-utils.ts). The one place the e2e suite writes rows
// itself: raw SQL into the test server's database (playwright.config.ts), keyed by the ids written
// here, as the suite never imports the app's server code.

export { expect };

export interface TestPetition {
  id: string;
  slug: string;
  title: string;
}

/** Content a test has the app create through the staff forms, named by slug so it is deleted after the test. */
export interface CreatedContent {
  prisoner(slug: string): string;
  update(slug: string): string;
  petition(slug: string): string;
}

interface Fixtures {
  /** New staff accounts (the rows `npm run staff:add` writes); deleted after the test with their sessions. */
  createStaff: (role: StaffRole) => Promise<TestStaff>;
  admin: TestStaff;
  moderator: TestStaff;
  /** A browser of its own (like the test's, with or without JavaScript, from an address of its own), signed in as `admin`. */
  adminPage: Page;
  moderatorPage: Page;
  /** An HTTP client signed in as `admin` through the sign-in form, for posting the staff forms without a browser. */
  adminRequest: APIRequestContext;
  moderatorRequest: APIRequestContext;
  /** An open petition of the test's own, so its counts move only with what the test does. */
  testPetition: TestPetition;
  createdContent: CreatedContent;
}

type Provide<T> = (value: T) => Promise<void>;

// A fixture's first parameter names what it depends on (Playwright reads it): `{}` for nothing.
export const test = base.extend<Fixtures>({
  createStaff: async ({}, provide) => {
    const created: string[] = [];
    await provide(async (role) => {
      const staff = await insertStaff(role);
      created.push(staff.id);
      return staff;
    });
    deleteStaff(created);
  },
  admin: async ({ createStaff }, provide) => provide(await createStaff("ADMIN")),
  moderator: async ({ createStaff }, provide) => provide(await createStaff("MODERATOR")),
  adminPage: async ({ browser, admin }, provide) => signedInPage(browser, admin, provide),
  moderatorPage: async ({ browser, moderator }, provide) => signedInPage(browser, moderator, provide),
  adminRequest: async ({ playwright, baseURL, admin }, provide) => signedInRequest(playwright, baseURL!, admin, provide),
  moderatorRequest: async ({ playwright, baseURL, moderator }, provide) => signedInRequest(playwright, baseURL!, moderator, provide),
  testPetition: async ({ request }, provide, testInfo) => {
    const petition = insertPetition(`Test petition ${testInfo.project.name}`);
    // Written beside the app, as another instance would: the app's list of known pages notices it
    // within its reload interval (lib/routing/missing-pages.ts), so wait for the page to exist.
    await expect
      .poll(async () => (await request.get(`/petitions/${petition.slug}`, { maxRedirects: 0 })).status(), { timeout: 10_000 })
      .toBe(200);
    await provide(petition);
    await deletePetitions([petition.id]);
  },
  createdContent: async ({}, provide) => {
    const slugs = { prisoners: [] as string[], updates: [] as string[], petitions: [] as string[] };
    const named = (list: string[]) => (slug: string) => {
      list.push(slug);
      return slug;
    };
    await provide({ prisoner: named(slugs.prisoners), update: named(slugs.updates), petition: named(slugs.petitions) });
    await deleteContent(slugs);
  },
});

/** Changes a staff member's role or removes their access, as an admin would. */
export function setStaffAccess(staff: TestStaff, access: { role?: StaffRole; active?: boolean }) {
  write((db) => {
    if (access.role) db.prepare(`UPDATE "StaffUser" SET role = ? WHERE id = ?`).run(access.role, staff.id);
    if (access.active !== undefined) db.prepare(`UPDATE "StaffUser" SET active = ? WHERE id = ?`).run(access.active ? 1 : 0, staff.id);
  });
}

// ---------------------------------------------------------------------------
// Signed-in clients

async function signedInPage(browser: Browser, staff: TestStaff, provide: Provide<Page>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await setAddress(page);
  await signInAs(page, staff);
  await provide(page);
  await context.close();
}

async function signedInRequest(
  playwright: PlaywrightWorkerArgs["playwright"],
  baseURL: string,
  staff: TestStaff,
  provide: Provide<APIRequestContext>,
) {
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": newAddress() } });
  const form = await findForm(request, "/admin/sign-in", "sign-in-form");
  const response = await postForm(request, "/admin/sign-in", form, { email: staff.email, password: staff.password });
  expect(response.status(), "staff sign-in").toBeLessThan(400);
  await provide(request);
  await request.dispose();
}

// ---------------------------------------------------------------------------
// Rows

/** A DateTime as Prisma's SQLite adapter stores it. */
const storedNow = () => new Date().toISOString().replace("Z", "+00:00");

const placeholders = (values: readonly unknown[]) => values.map(() => "?").join(", ");

/** One transaction on the test server's database, foreign keys on so that deletes cascade as the schema says. */
function write<T>(work: (db: Database.Database) => T): T {
  const db = openE2eDatabase();
  db.pragma("foreign_keys = ON");
  try {
    // IMMEDIATE: the write lock is taken (waiting up to the busy timeout) before the first read;
    // a deferred transaction that reads, then writes after the app committed, fails at once.
    return db.transaction(work).immediate(db);
  } finally {
    db.close();
  }
}

async function insertStaff(role: StaffRole): Promise<TestStaff> {
  const id = randomUUID();
  const email = `${role.toLowerCase()}-${id.slice(0, 8)}@staff.test`;
  const password = `pw-${randomUUID()}`;
  const passwordHash = await hash(password);
  const now = storedNow();
  write((db) =>
    db
      .prepare(`INSERT INTO "StaffUser" (id, email, role, active, passwordHash, createdAt, updatedAt) VALUES (?, ?, ?, 1, ?, ?, ?)`)
      .run(id, email, role, passwordHash, now, now),
  );
  return { id, email, password };
}

function deleteStaff(ids: string[]) {
  if (ids.length === 0) return;
  const list = placeholders(ids);
  write((db) => {
    // Audit entries are the product's evidence: only those by or about the test's own accounts go.
    db.prepare(`DELETE FROM "AuditLog" WHERE actorId IN (${list}) OR (entityType = 'StaffUser' AND entityId IN (${list}))`).run(
      ...ids,
      ...ids,
    );
    // Rows that name the account without a foreign key, or would keep it as a null (SET NULL).
    db.prepare(`DELETE FROM "ModerationDecision" WHERE staffId IN (${list})`).run(...ids);
    db.prepare(`DELETE FROM "BlockedAuthor" WHERE createdById IN (${list})`).run(...ids);
    // Sessions and accounts go with it (ON DELETE CASCADE).
    db.prepare(`DELETE FROM "StaffUser" WHERE id IN (${list})`).run(...ids);
  });
}

function insertPetition(title: string): TestPetition {
  const petition = { id: randomUUID(), slug: `e2e-${randomUUID().slice(0, 8)}`, title };
  const now = storedNow();
  write((db) =>
    db
      .prepare(
        `INSERT INTO "Petition" (id, slug, title, summary, body, target, goal, state, confirmedCount, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, ?, ?, 100, 'OPEN', 0, ?, ?)`,
      )
      .run(
        petition.id,
        petition.slug,
        title,
        `${title}: a test petition.`,
        "A petition written by an end-to-end test.",
        "The test suite",
        now,
        now,
      ),
  );
  return petition;
}

/**
 * Deletes petitions with their signatures (ON DELETE CASCADE) and the signatures' confirmation
 * mails. A mail names no petition (sealed, then emptied once sent), but it is written in the
 * signature's own transaction with the same createdAt: once sent, the rows of one kind and time
 * are alike, so one per signature goes. Waits a little for the worker to send those still queued,
 * so no other test's queued mail is taken.
 */
async function deletePetitions(ids: string[]) {
  if (ids.length === 0) return;
  const list = placeholders(ids);
  const confirmMails = `FROM "OutboxMessage" WHERE kind = 'signature-confirm' AND createdAt = ?`;
  const signedAt = (db: Database.Database) =>
    db.prepare(`SELECT createdAt, COUNT(*) AS count FROM "Signature" WHERE petitionId IN (${list}) GROUP BY createdAt`).all(...ids) as {
      createdAt: string;
      count: number;
    }[];
  const queued = () =>
    write((db) =>
      signedAt(db).some(({ createdAt }) => db.prepare(`SELECT 1 ${confirmMails} AND state = 'PENDING'`).get(createdAt) !== undefined),
    );
  await waitWhile(queued, 10_000);
  write((db) => {
    for (const { createdAt, count } of signedAt(db))
      db.prepare(`DELETE FROM "OutboxMessage" WHERE id IN (SELECT id ${confirmMails} AND state = 'SENT' LIMIT ?)`).run(createdAt, count);
    db.prepare(`DELETE FROM "Petition" WHERE id IN (${list})`).run(...ids);
    db.prepare(`DELETE FROM "ContentTranslation" WHERE subject = 'petition' AND subjectId IN (${list})`).run(...ids);
  });
}

/** Waits while `busy()` holds, at most `ms`. */
async function waitWhile(busy: () => boolean, ms: number) {
  const deadline = Date.now() + ms;
  while (busy() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
}

/**
 * Deletes what the staff forms created under these slugs. Spellings, charges, timeline events,
 * messages (with their reports and decisions), letter counts and links go with their prisoner or
 * update (ON DELETE CASCADE); a prisoner's sources go too once nothing else cites them.
 */
async function deleteContent(slugs: { prisoners: string[]; updates: string[]; petitions: string[] }) {
  const idsOf = (db: Database.Database, table: string, list: string[]) =>
    (db.prepare(`SELECT id FROM "${table}" WHERE slug IN (${placeholders(list)})`).all(...list) as { id: string }[]).map((row) => row.id);
  await deletePetitions(write((db) => idsOf(db, "Petition", slugs.petitions)));
  write((db) => {
    const prisoners = idsOf(db, "Prisoner", slugs.prisoners);
    const sources = (
      db
        .prepare(
          `SELECT B AS id FROM "_PrisonerSources" WHERE A IN (${placeholders(prisoners)})
           UNION SELECT es.A FROM "_EventSources" es JOIN "TimelineEvent" e ON e.id = es.B WHERE e.prisonerId IN (${placeholders(prisoners)})`,
        )
        .all(...prisoners, ...prisoners) as { id: string }[]
    ).map((row) => row.id);
    db.prepare(`DELETE FROM "Prisoner" WHERE id IN (${placeholders(prisoners)})`).run(...prisoners);
    db.prepare(`DELETE FROM "Update" WHERE slug IN (${placeholders(slugs.updates)})`).run(...slugs.updates);
    db.prepare(
      `DELETE FROM "Source" WHERE id IN (${placeholders(sources)})
         AND id NOT IN (SELECT B FROM "_PrisonerSources") AND id NOT IN (SELECT A FROM "_EventSources")
         AND id NOT IN (SELECT A FROM "_UpdateSources") AND id NOT IN (SELECT B FROM "_CampaignFactSources")`,
    ).run(...sources);
  });
}
