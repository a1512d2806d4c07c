import { withE2eDatabase } from "./database";

/** Where a petition's signatures came from, as stored, in signing order. */
export function signatureSources(slug: string): Promise<{ referralCode: string | null; referralChannel: string | null }[]> {
  return withE2eDatabase((db) =>
    db.all<{ referralCode: string | null; referralChannel: string | null }>(
      `SELECT s."referralCode", s."referralChannel" FROM "Signature" s JOIN "Petition" p ON p."id" = s."petitionId"
       WHERE p."slug" = ? ORDER BY s."createdAt"`,
      slug,
    ),
  );
}
