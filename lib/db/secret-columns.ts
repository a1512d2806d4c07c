import type { Prisma } from "../generated/prisma/client";

// Columns the shared Prisma client leaves out of every result (docs/decisions/031): a query sees
// one only when it names it in `select` (or `omit: { column: false }`), and
// lib/db/secret-columns.test.ts allows that in the modules listed there only. Each is either a
// supporter's data sealed at rest, a keyed hash that links rows to a person, or a credential.
export const SECRET_COLUMNS = {
  // Sealed name, address and country of a signer; the email hash links every row of one person;
  // the IP hash links a signature to an address; the token hash is a live confirmation link.
  signature: { nameEncrypted: true, emailEncrypted: true, emailHash: true, countryEncrypted: true, ipHash: true, confirmTokenHash: true },
  // Sealed address and its hash; the two token hashes are live confirm and unsubscribe links.
  subscription: { emailEncrypted: true, emailHash: true, confirmTokenHash: true, unsubscribeTokenHash: true },
  // Keyed hashes of the author and the address: they link messages to one person.
  comment: { authorHash: true, ipHash: true },
  commentReport: { ipHash: true },
  blockedAuthor: { ipHash: true, authorHash: true },
  // Credentials: a password hash, provider tokens, the stored hash of a session or sign-in token.
  staffUser: { passwordHash: true },
  account: { refresh_token: true, access_token: true, id_token: true },
  session: { sessionToken: true },
  verificationToken: { token: true },
  // Recipient, subject and body of a mail not sent yet, sealed together.
  outboxMessage: { sealed: true },
  // A correction reporter's sealed contact address, its hash, and the address hash limits count.
  correctionReport: { emailEncrypted: true, emailHash: true, ipHash: true },
  // A "my data" link: the hash of its token and of the address it opens.
  accessToken: { tokenHash: true, emailHash: true },
} as const satisfies Prisma.GlobalOmitConfig;
