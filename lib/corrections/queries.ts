import "server-only";
import { db } from "../db";

// Reads of correction reports. The reporter's sealed address and its hash are secret columns
// (lib/db/secret-columns.ts): the queue shows whether a reporter left an address, never the address.

export async function findReportablePrisoner(slug: string) {
  return db.prisoner.findUnique({ where: { slug }, select: { id: true, slug: true, nameLatin: true } });
}

/** The open queue, oldest first, with the profile's current value of each reported field. */
export async function openCorrections(take = 100) {
  return db.correctionReport.findMany({
    where: { state: "OPEN" },
    orderBy: { createdAt: "asc" },
    take,
    select: {
      id: true,
      field: true,
      problem: true,
      proposedValue: true,
      sourceUrl: true,
      locale: true,
      createdAt: true,
      prisoner: {
        select: {
          slug: true,
          nameLatin: true,
          sentence: true,
          court: true,
          placeOfDetention: true,
          judge: true,
          detainedOn: true,
          sentencedOn: true,
          releasedOn: true,
          birthDate: true,
        },
      },
    },
  });
}
