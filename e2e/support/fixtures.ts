import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { test as base, expect, type APIRequestContext, type Browser, type Page, type PlaywrightWorkerArgs } from "@playwright/test";
import { newAddress, setAddress } from "./comments";
import { valueList, withE2eDatabase, type E2eDatabase } from "./database";
import { findForm, postForm } from "./forms";
import { signInAs, type StaffRole, type TestStaff } from "./staff";

// Playwright fixtures that create the rows a test needs and delete exactly those after it, passed
// or failed (as Epic Stack's tests/playwright-utils.ts). The one place the e2e suite writes rows
// itself: raw SQL into the test server's database (e2e/support/database.ts), keyed by the ids written
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
    await deleteStaff(created);
  },
  admin: async ({ createStaff }, provide) => provide(await createStaff("ADMIN")),
  moderator: async ({ createStaff }, provide) => provide(await createStaff("MODERATOR")),
  adminPage: async ({ browser, admin }, provide) => signedInPage(browser, admin, provide),
  moderatorPage: async ({ browser, moderator }, provide) => signedInPage(browser, moderator, provide),
  adminRequest: async ({ playwright, baseURL, admin }, provide) => signedInRequest(playwright, baseURL!, admin, provide),
  moderatorRequest: async ({ playwright, baseURL, moderator }, provide) => signedInRequest(playwright, baseURL!, moderator, provide),
  testPetition: async ({ request }, provide, testInfo) => {
    const petition = await insertPetition(`Test petition ${testInfo.project.name}`);
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
export async function setStaffAccess(staff: TestStaff, access: { role?: StaffRole; active?: boolean }) {
  await write(async (db) => {
    if (access.role) await db.run(`UPDATE "StaffUser" SET "role" = ? WHERE "id" = ?`, access.role, staff.id);
    if (access.active !== undefined)
      await db.run(`UPDATE "StaffUser" SET "active" = ${access.active ? "TRUE" : "FALSE"} WHERE "id" = ?`, staff.id);
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

/** A DateTime as Prisma's SQLite adapter stores it (PostgreSQL reads the same text into its timestamp). */
const storedNow = () => new Date().toISOString().replace("Z", "+00:00");

/** One write transaction on the test server's database. */
const write = <T>(work: (db: E2eDatabase) => Promise<T>) => withE2eDatabase(work, { transaction: true });

async function insertStaff(role: StaffRole): Promise<TestStaff> {
  const id = randomUUID();
  const email = `${role.toLowerCase()}-${id.slice(0, 8)}@staff.test`;
  const password = `pw-${randomUUID()}`;
  const passwordHash = await hash(password);
  const now = storedNow();
  await write((db) =>
    db.run(
      `INSERT INTO "StaffUser" ("id", "email", "role", "active", "passwordHash", "createdAt", "updatedAt") VALUES (?, ?, ?, TRUE, ?, ?, ?)`,
      id,
      email,
      role,
      passwordHash,
      now,
      now,
    ),
  );
  return { id, email, password };
}

async function deleteStaff(ids: string[]) {
  if (ids.length === 0) return;
  const list = valueList(ids);
  await write(async (db) => {
    // Audit entries are the product's evidence: only those by or about the test's own accounts go.
    await db.run(
      `DELETE FROM "AuditLog" WHERE "actorId" IN (${list}) OR ("entityType" = 'StaffUser' AND "entityId" IN (${list}))`,
      ...ids,
      ...ids,
    );
    // Rows that name the account without a foreign key, or would keep it as a null (SET NULL).
    await db.run(`DELETE FROM "ModerationDecision" WHERE "staffId" IN (${list})`, ...ids);
    await db.run(`DELETE FROM "BlockedAuthor" WHERE "createdById" IN (${list})`, ...ids);
    // Sessions and accounts go with it (ON DELETE CASCADE).
    await db.run(`DELETE FROM "StaffUser" WHERE "id" IN (${list})`, ...ids);
  });
}

async function insertPetition(title: string): Promise<TestPetition> {
  const petition = { id: randomUUID(), slug: `e2e-${randomUUID().slice(0, 8)}`, title };
  const now = storedNow();
  await write((db) =>
    db.run(
      `INSERT INTO "Petition" ("id", "slug", "title", "summary", "body", "target", "goal", "state", "confirmedCount", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, ?, 100, 'OPEN', 0, ?, ?)`,
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
  const list = valueList(ids);
  const confirmMails = `FROM "OutboxMessage" WHERE "kind" = 'signature-confirm' AND "createdAt" = ?`;
  const signedAt = (db: E2eDatabase) =>
    db.all<{ createdAt: string; count: number }>(
      `SELECT "createdAt", COUNT(*) AS "count" FROM "Signature" WHERE "petitionId" IN (${list}) GROUP BY "createdAt"`,
      ...ids,
    );
  const queued = () =>
    withE2eDatabase(async (db) => {
      for (const { createdAt } of await signedAt(db))
        if (await db.get(`SELECT 1 AS "queued" ${confirmMails} AND "state" = 'PENDING'`, createdAt)) return true;
      return false;
    });
  await waitWhile(queued, 10_000);
  await write(async (db) => {
    for (const { createdAt, count } of await signedAt(db))
      await db.run(
        `DELETE FROM "OutboxMessage" WHERE "id" IN (SELECT "id" ${confirmMails} AND "state" = 'SENT' LIMIT ?)`,
        createdAt,
        count,
      );
    await db.run(`DELETE FROM "Petition" WHERE "id" IN (${list})`, ...ids);
    await db.run(`DELETE FROM "ContentTranslation" WHERE "subject" = 'petition' AND "subjectId" IN (${list})`, ...ids);
  });
}

/** Waits while `busy()` holds, at most `ms`. */
async function waitWhile(busy: () => Promise<boolean>, ms: number) {
  const deadline = Date.now() + ms;
  while ((await busy()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
}

/**
 * Deletes what the staff forms created under these slugs. Spellings, charges, timeline events,
 * messages (with their reports and decisions), letter counts and links go with their prisoner or
 * update (ON DELETE CASCADE); a prisoner's sources go too once nothing else cites them.
 */
async function deleteContent(slugs: { prisoners: string[]; updates: string[]; petitions: string[] }) {
  const idsOf = async (db: E2eDatabase, table: string, list: string[]) =>
    (await db.all<{ id: string }>(`SELECT "id" FROM "${table}" WHERE "slug" IN (${valueList(list)})`, ...list)).map((row) => row.id);
  await deletePetitions(await withE2eDatabase((db) => idsOf(db, "Petition", slugs.petitions)));
  await write(async (db) => {
    const prisoners = await idsOf(db, "Prisoner", slugs.prisoners);
    const cited = valueList(prisoners);
    const sources = (
      await db.all<{ id: string }>(
        `SELECT "B" AS "id" FROM "_PrisonerSources" WHERE "A" IN (${cited})
         UNION SELECT es."A" FROM "_EventSources" es JOIN "TimelineEvent" e ON e."id" = es."B" WHERE e."prisonerId" IN (${cited})`,
        ...prisoners,
        ...prisoners,
      )
    ).map((row) => row.id);
    await db.run(`DELETE FROM "Prisoner" WHERE "id" IN (${cited})`, ...prisoners);
    await db.run(`DELETE FROM "Update" WHERE "slug" IN (${valueList(slugs.updates)})`, ...slugs.updates);
    await db.run(
      `DELETE FROM "Source" WHERE "id" IN (${valueList(sources)})
         AND "id" NOT IN (SELECT "B" FROM "_PrisonerSources") AND "id" NOT IN (SELECT "A" FROM "_EventSources")
         AND "id" NOT IN (SELECT "A" FROM "_UpdateSources") AND "id" NOT IN (SELECT "B" FROM "_CampaignFactSources")`,
      ...sources,
    );
  });
}
