import { randomUUID } from "node:crypto";
import { hashPassword } from "../auth/password";
import { encrypt } from "../crypto";
import { db } from "../db";
import type { SignatureState } from "../generated/prisma/enums";
import type { SignData } from "../petitions/schema";
import { sealCountry, sealName } from "../petitions/sealed";

// Test support: the rows tests insert again and again, with plain defaults a test overrides where
// its assertion depends on the value.

export interface TestStaff {
  id: string;
  email: string;
}

/**
 * A staff user with a unique address. Without a password (the usual case) tests sign in with
 * lib/test/staff-session.ts; with one, through the sign-in form or next-auth's endpoint.
 */
export async function createStaffRow(role: "ADMIN" | "MODERATOR", password?: string): Promise<TestStaff> {
  return db.staffUser.create({
    data: {
      email: `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@staff.test`,
      role,
      ...(password ? { passwordHash: await hashPassword(password) } : {}),
    },
    select: { id: true, email: true },
  });
}

/** A petition row (open, title = slug unless given). */
export function petitionRow(fields: { slug: string; title?: string; goal?: number; confirmedCount?: number }) {
  return db.petition.create({
    data: { title: fields.slug, summary: "s", body: "b", target: "t", goal: 100, ...fields },
    select: { id: true, slug: true },
  });
}

export interface SignatureFields {
  name: string | null;
  /** Stored encrypted; null or "" stores none (an anonymised signature). */
  email: string | null;
  country?: string;
  state: SignatureState;
  ipHash?: string | null;
  createdAt?: Date;
  confirmedAt?: Date | null;
}

/** The stored form of a signature, sealed as the signing path seals it, for `db.signature.createMany`. */
export function signatureData(petitionId: string, { name, email, country = "LT", ...rest }: SignatureFields) {
  return {
    petitionId,
    nameEncrypted: name === null ? null : sealName(name),
    emailEncrypted: email ? encrypt(email) : null,
    emailHash: randomUUID(),
    countryEncrypted: sealCountry(country),
    ...rest,
  };
}

/** The seeded open petition that signing tests sign. */
export const SIGNING_PETITION = "free-nasta-loika";

let signers = 0;
/** What the sign form would post, parsed: a new signer each call ("Alena Test3", alena3.1f2e3d@example.org). */
export function signInput(overrides: Partial<SignData> = {}, first = "Alena"): SignData {
  signers++;
  return {
    petition: SIGNING_PETITION,
    name: `${first} Test${signers}`,
    email: `${first.toLowerCase()}${signers}.${randomUUID().slice(0, 6)}@example.org`,
    country: "LT",
    showName: false,
    subscribe: false,
    ...overrides,
  };
}
