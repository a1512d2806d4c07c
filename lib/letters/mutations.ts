import "server-only";
import { keyedHash } from "../crypto";
import { db } from "../db";
import { anyLimited, RATE_LIMIT_POLICIES } from "../rate-limit";
import { HELD_STATUS } from "./held";

export type CountOutcome = { outcome: "counted"; count: number } | { outcome: "not-held" } | { outcome: "limited" };

/**
 * Counts one letter to a person still held. Refuses anyone else and a caller over the limits,
 * changing no count. Only the number is stored; the limiter keeps, until it expires, a keyed hash
 * of address and person together, so its table does not say who wrote to whom.
 */
export async function countLetter(slug: string, ipHash: string): Promise<CountOutcome> {
  const person = await db.prisoner.findFirst({ where: { slug, status: HELD_STATUS }, select: { id: true } });
  if (!person) return { outcome: "not-held" };
  const limited = await anyLimited([
    [RATE_LIMIT_POLICIES.letterPerIpPerPrisoner, keyedHash("letter", `${ipHash}:${person.id}`)],
    [RATE_LIMIT_POLICIES.letterPerIp, ipHash],
  ]);
  if (limited) return { outcome: "limited" };
  // One statement (INSERT ... ON CONFLICT DO UPDATE): concurrent clicks all count.
  const row = await db.letterCount.upsert({
    where: { prisonerId: person.id },
    create: { prisonerId: person.id, count: 1 },
    update: { count: { increment: 1 } },
    select: { count: true },
  });
  return { outcome: "counted", count: row.count };
}
