import { randomUUID } from "node:crypto";
import { openE2eDatabase, storedNow } from "./database";

/** An open petition of the test's own, so its counts move only with what the test does. */
export function createTestPetition(title: string): string {
  const slug = `e2e-${randomUUID().slice(0, 8)}`;
  const now = storedNow();
  const db = openE2eDatabase();
  db.prepare(
    `INSERT INTO "Petition" (id, slug, title, summary, body, target, goal, state, confirmedCount, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, 100, 'OPEN', 0, ?, ?)`,
  ).run(randomUUID(), slug, title, `${title}: a test petition.`, "A petition written by an end-to-end test.", "The test suite", now, now);
  db.close();
  return slug;
}

/** Where a petition's signatures came from, as stored, in signing order. */
export function signatureSources(slug: string): { referralCode: string | null; referralChannel: string | null }[] {
  const db = openE2eDatabase();
  const rows = db
    .prepare(
      `SELECT s.referralCode, s.referralChannel FROM "Signature" s JOIN "Petition" p ON p.id = s.petitionId WHERE p.slug = ? ORDER BY s.createdAt`,
    )
    .all(slug) as { referralCode: string | null; referralChannel: string | null }[];
  db.close();
  return rows;
}
