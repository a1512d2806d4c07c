import "server-only";
import { decrypt, encrypt } from "../crypto";
import type { Database } from "../db/client";

// A signer's name and country are sealed at rest like their address (AES-256-GCM, lib/crypto.ts),
// each with its own authenticated purpose, so a sealed name never opens as a country or an email.
// Only staff exports and the signer's own "my data" page open them; public pages show the first
// name and country of signers who chose to be shown (docs/decisions/018-signer-data-and-timing.md).

const NAME = "signature-name";
const COUNTRY = "signature-country";

/** The ciphertext format every sealed value has; a stored value without it is still in clear. */
export const SEALED_PREFIX = "v1.";

export function sealName(name: string): string {
  return encrypt(name, NAME);
}

export function sealCountry(country: string): string {
  return encrypt(country, COUNTRY);
}

function open(sealed: string | null, purpose: string): string {
  if (!sealed) return "";
  try {
    return decrypt(sealed, purpose);
  } catch {
    // A value this key cannot open (data from another installation): shown as nothing.
    return "";
  }
}

/** The signer's name; "" once erased or when this key cannot open it. */
export function openName(sealed: string | null): string {
  return open(sealed, NAME);
}

/** The signer's country code; "" when this key cannot open it. */
export function openCountry(sealed: string | null): string {
  return open(sealed, COUNTRY);
}

// Signatures written before 20261201120000_signatures_sealed hold their name and country in
// clear (the migration only renamed the columns: SQL has no key). They are sealed when a server
// starts (instrumentation.ts), a page at a time. Name and country are sealed in one update, so a
// row whose country is not in the ciphertext format is one still to seal (an ISO code never is).

const PAGE = 500;

/** Seals every signature still in clear; answers how many it sealed. Safe beside other servers doing the same. */
export async function sealPlainSignatures(db: Database): Promise<number> {
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
