import "server-only";
import { hashToken } from "../crypto";
import { db } from "../db";
import { openCountry, openName } from "../petitions/sealed";
import { isTokenShaped } from "../supporters/token-shape";

/** The address a valid "my data" link stands for, as its keyed hash; null when the link is not valid. */
export async function emailHashForLink(token: string, now: Date = new Date()): Promise<string | null> {
  if (!isTokenShaped(token)) return null;
  const access = await db.accessToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { emailHash: true, expiresAt: true } });
  return access && access.expiresAt > now ? access.emailHash : null;
}

/** Everything kept about one address, in a form a supporter can read and export. */
export async function collectSupporterData(emailHash: string) {
  const [signatures, subscriptions] = await Promise.all([
    db.signature.findMany({
      where: { emailHash },
      select: {
        petition: { select: { slug: true, title: true } },
        nameEncrypted: true,
        countryEncrypted: true,
        showName: true,
        state: true,
        createdAt: true,
        confirmedAt: true,
        // The supporter's own share code, and the shared link they came through, if any.
        shareCode: true,
        referralCode: true,
        referralChannel: true,
        locale: true,
      },
      orderBy: { createdAt: "asc" },
    }),
    db.subscription.findMany({
      where: { emailHash },
      select: {
        scope: true,
        prisoner: { select: { slug: true, nameLatin: true } },
        state: true,
        createdAt: true,
        confirmedAt: true,
        unsubscribedAt: true,
        locale: true,
      },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return {
    // Opened for the supporter's own eyes only; the link proved they hold the address.
    signatures: signatures.map(({ petition, nameEncrypted, countryEncrypted, ...rest }) => ({
      petition,
      name: nameEncrypted ? openName(nameEncrypted) : null,
      country: openCountry(countryEncrypted),
      ...rest,
    })),
    subscriptions,
  };
}

export type SupporterData = Awaited<ReturnType<typeof collectSupporterData>>;
