import { openE2eDatabase } from "./database";

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
