import type { Database } from "../db/client";

/** Next limits a cache tag to 256 characters and a call to 128 tags; more is not from Next. */
const MAX_TAGS = 128;
const MAX_TAG_LENGTH = 256;

/** Shares one invalidation with every instance. The tags are page paths: nothing about a person. */
export async function recordInvalidation(
  db: Database,
  invalidation: { tags: string[]; expireSeconds: number | null; origin: string },
): Promise<void> {
  const tags = invalidation.tags.filter((tag) => tag && tag.length <= MAX_TAG_LENGTH && !tag.includes("\n")).slice(0, MAX_TAGS);
  if (!tags.length) return;
  await db.pageCacheInvalidation.create({
    data: { tags: tags.join("\n"), expireSeconds: invalidation.expireSeconds, origin: invalidation.origin },
  });
}

/** Removes invalidations older than `before`: every instance has read them long since. */
export async function pruneInvalidations(db: Database, before: Date): Promise<number> {
  const { count } = await db.pageCacheInvalidation.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
