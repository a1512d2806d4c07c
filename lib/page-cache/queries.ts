import type { Database } from "../db/client";

/** One shared invalidation of cached pages, as the sync reads it (server/page-cache-sync.ts). */
export interface PageCacheInvalidationRow {
  id: number;
  tags: string[];
  /** Null: expired at once. Otherwise stale at once and expired after this many seconds. */
  expireSeconds: number | null;
  origin: string;
}

/** Invalidations written since `since`, by id, past `afterId` (one page of `limit`). */
export async function invalidationsSince(db: Database, since: Date, afterId = 0, limit = 500): Promise<PageCacheInvalidationRow[]> {
  const rows = await db.pageCacheInvalidation.findMany({
    where: { createdAt: { gte: since }, id: { gt: afterId } },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true, tags: true, expireSeconds: true, origin: true },
  });
  return rows.map((row) => ({ ...row, tags: row.tags.split("\n").filter(Boolean) }));
}
