// Keeps every instance's page cache as fresh as the one where staff made an edit: this process's
// invalidations are written to the database, and every second it reads the others' and drops the
// same pages (server/page-cache.mjs, docs/decisions/040).
import { randomUUID } from "node:crypto";
import type { Database } from "../lib/db/client";
import { pruneInvalidations, recordInvalidation } from "../lib/page-cache/mutations";
import { invalidationsSince } from "../lib/page-cache/queries";
import { sharedPageCache, type SharedPageCache } from "./page-cache.mjs";

/** How often the others' invalidations are read: the staleness bound between instances. */
export const POLL_MS = 1_000;
/**
 * Each read looks this far back before the previous one: a row whose transaction committed late,
 * or written by an instance whose clock is a little behind, is still seen (once: ids are kept).
 */
const OVERLAP_MS = 10_000;
/** Rows older than this are removed: every running instance has read them. */
const KEEP_MS = 10 * 60_000;
const PRUNE_EVERY_MS = 60_000;
const PAGE = 500;
/** `revalidateTag(tag, profile)` with a profile that never expires: stale now, gone after a year. */
const ONE_YEAR_S = 365 * 24 * 3600;

export interface PageCacheSync {
  /** Reads and applies the others' invalidations now (the timer does this every POLL_MS). */
  poll(): Promise<number>;
  stop(): void;
}

export function startPageCacheSync(
  db: Database,
  {
    shared = sharedPageCache(),
    pollMs = POLL_MS,
    origin = randomUUID(),
  }: { shared?: SharedPageCache; pollMs?: number; origin?: string } = {},
): PageCacheSync {
  shared.publish = (tags, durations) =>
    recordInvalidation(db, { tags, expireSeconds: durations ? (durations.expire ?? ONE_YEAR_S) : null, origin });

  // This process holds no page from before it started, so older rows need not be applied.
  let since = Date.now();
  let lastPrune = 0;
  const seen = new Map<number, number>();
  let failing = false;

  async function poll(): Promise<number> {
    const started = Date.now();
    const windowStart = new Date(since - OVERLAP_MS);
    let applied = 0;
    for (let afterId = 0; ;) {
      const rows = await invalidationsSince(db, windowStart, afterId, PAGE);
      for (const row of rows) {
        if (seen.has(row.id)) continue;
        seen.set(row.id, started);
        if (row.origin === origin) continue;
        shared.apply(row.tags, row.expireSeconds === null ? undefined : { expire: row.expireSeconds });
        applied++;
      }
      if (rows.length < PAGE) break;
      afterId = rows[rows.length - 1]!.id;
    }
    since = started;
    for (const [id, at] of seen) if (started - at > 3 * OVERLAP_MS) seen.delete(id);
    if (started - lastPrune > PRUNE_EVERY_MS) {
      lastPrune = started;
      await pruneInvalidations(db, new Date(started - KEEP_MS));
    }
    return applied;
  }

  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    // One read at a time: a slow database delays the next read rather than piling them up.
    running ??= poll()
      .then(() => {
        if (failing) console.warn("[page-cache] reading other instances' invalidations works again");
        failing = false;
      })
      .catch((error: unknown) => {
        // Logged once per outage: pages here may lag other instances' edits until it is back.
        if (!failing) console.error(`[page-cache] could not read other instances' invalidations: ${(error as Error)?.message ?? error}`);
        failing = true;
      })
      .finally(() => (running = undefined));
  }, pollMs);
  timer.unref();

  return {
    poll,
    stop() {
      clearInterval(timer);
      shared.publish = undefined;
    },
  };
}
