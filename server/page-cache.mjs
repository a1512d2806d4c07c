// Next's page cache (next.config.ts `cacheHandler`), shared in what matters between instances:
// entries stay in this process's memory (a bounded LRU), but an invalidation (`revalidatePath`
// after a staff edit) is also handed to the server's sync, which writes it to the database; every
// other instance reads it there within about a second and drops the same pages
// (docs/decisions/040). Plain JavaScript because Next imports it by path, in `next build` too,
// where nothing compiles TypeScript; it reaches the database only through the server's hook.
import { LRUCache } from "lru-cache";

/** Where this module and the server's sync meet: one object per process. */
const SHARED = Symbol.for("free-them.page-cache");
const TAGS_HEADER = "x-next-cache-tags";
/** Next's own default for its in-memory cache. */
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/**
 * A render that read the old content just before an invalidation can be stored just after it.
 * An entry stored this soon after an invalidation of one of its tags is treated as invalidated
 * too: at worst a page is rendered once more than needed.
 */
export const RENDER_GRACE_MS = 2_000;

/**
 * @typedef {{ stale?: number, expired?: number }} TagState  times in epoch milliseconds
 * @typedef {{ value: any, lastModified: number, cacheControl?: unknown }} Entry
 * @typedef {{
 *   tags: Map<string, TagState>,
 *   entries?: LRUCache<string, Entry>,
 *   apply: (tags: string[], durations?: { expire?: number }, now?: number) => void,
 *   publish?: (tags: string[], durations?: { expire?: number }) => Promise<void>,
 * }} Shared
 */

/**
 * The tag states and entries of one process (each instance of the app is one process).
 * @returns {Shared}
 */
export function createSharedPageCache() {
  const tags = new Map();
  return {
    tags,
    // The same meaning as Next's own handler: without durations the tags expire now; with them
    // they are stale now (served while a fresh copy renders) and expire after `expire` seconds.
    apply(names, durations, now = Date.now()) {
      for (const name of names) {
        const state = { ...tags.get(name) };
        if (durations) {
          state.stale = now;
          if (durations.expire !== undefined) state.expired = now + durations.expire * 1000;
        } else {
          state.expired = now;
        }
        tags.set(name, state);
      }
    },
  };
}

/** This process's, on globalThis: Next and the server load this module apart. @returns {Shared} */
export function sharedPageCache() {
  const global = /** @type {Record<symbol, Shared | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (global[SHARED] ??= createSharedPageCache());
}

function bufferSize(buffer) {
  return buffer?.length ?? 0;
}

/** Roughly the bytes an entry holds, as Next's own memory cache counts them. */
function entrySize({ value }, key) {
  let size = 25;
  if (value?.kind === "APP_PAGE") {
    size = value.html.length + bufferSize(value.rscData) + (value.postponed?.length ?? 0);
    for (const [path, buffer] of value.segmentData ?? []) size += path.length + bufferSize(buffer);
  } else if (value?.kind === "APP_ROUTE") {
    size = bufferSize(value.body);
  } else if (value?.kind === "FETCH") {
    size = JSON.stringify(value.data ?? "").length;
  } else if (value) {
    size = JSON.stringify(value).length;
  }
  return key.length + Math.max(1, size);
}

function tagsOf(value, ctx) {
  if (value?.kind === "FETCH") return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" ? header.split(",") : [];
}

/** Whether one of these tags was expired after (or just before) the entry was stored. */
export function isExpired(tags, lastModified, states, now = Date.now()) {
  return tags.some((tag) => {
    const expired = states.get(tag)?.expired;
    return expired !== undefined && expired <= now && expired + RENDER_GRACE_MS > lastModified;
  });
}

function isStale(tags, lastModified, states) {
  return tags.some((tag) => (states.get(tag)?.stale ?? 0) + RENDER_GRACE_MS > lastModified);
}

export default class PageCache {
  /** @param {{ maxMemoryCacheSize?: number, shared?: Shared }} [options] */
  constructor(options = {}) {
    this.shared = options.shared ?? sharedPageCache();
    // Next makes a handler per request; the entries are the process's.
    this.shared.entries ??= new LRUCache({
      maxSize: options.maxMemoryCacheSize || DEFAULT_MAX_BYTES,
      sizeCalculation: entrySize,
    });
  }

  async get(key, ctx) {
    const entries = this.shared.entries;
    const entry = entries?.get(key);
    if (!entry) return null;
    const tags = tagsOf(entry.value, ctx);
    if (isExpired(tags, entry.lastModified, this.shared.tags)) {
      entries.delete(key);
      return null;
    }
    // Next serves a stale entry once and renders a fresh one behind it.
    if (isStale(tags, entry.lastModified, this.shared.tags)) return { ...entry, lastModified: -1 };
    return entry;
  }

  async set(key, data, ctx) {
    this.shared.entries?.set(key, {
      value: data,
      lastModified: Date.now(),
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
    });
  }

  async revalidateTag(tags, durations) {
    const names = typeof tags === "string" ? [tags] : tags;
    if (!names.length) return;
    this.shared.apply(names, durations);
    // The server's sync (absent in `next build`) tells the other instances. A failure must not
    // fail the staff edit that caused it: this instance is already fresh, and the others catch
    // up when their pages revalidate on their own schedule.
    try {
      await this.shared.publish?.(names, durations);
    } catch (error) {
      console.error(`[page-cache] could not share an invalidation with other instances: ${error?.message ?? error}`);
    }
  }

  resetRequestCache() {}
}
