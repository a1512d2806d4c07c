import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { SEALED_PREFIX, sealCountry, sealName } from "../petitions/sealed";

// Signatures written before 20261201120000_signatures_sealed hold their name and country in
// clear (the migration only renamed the columns: SQL has no key). They are sealed when a server
// starts (instrumentation.ts), a page at a time. Name and country are sealed in one update, so a
// row whose country is not in the ciphertext format is one still to seal (an ISO code never is).

const PAGE = 500;

/** Seals every signature still in clear; answers how many it sealed. Safe beside other servers doing the same. */
export async function sealPlainSignatures(db: PrismaClient): Promise<number> {
  let sealed = 0;
  for (;;) {
    const rows = await db.signature.findMany({
      where: { NOT: { countryEncrypted: { startsWith: SEALED_PREFIX } } },
      select: { id: true, nameEncrypted: true, countryEncrypted: true },
      take: PAGE,
    });
    if (rows.length === 0) return sealed;
    for (const row of rows) {
      // Only if nobody sealed it meanwhile (another server starting at the same time).
      const update = await db.signature.updateMany({
        where: { id: row.id, countryEncrypted: row.countryEncrypted },
        data: {
          nameEncrypted: row.nameEncrypted === null ? null : sealName(row.nameEncrypted),
          countryEncrypted: sealCountry(row.countryEncrypted),
        },
      });
      sealed += update.count;
    }
  }
}
