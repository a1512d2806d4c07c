// Types of server/page-cache.mjs (plain JavaScript: Next imports it by path, in `next build` too).

export interface TagState {
  /** Epoch ms after which entries with this tag are served stale while a fresh one renders. */
  stale?: number;
  /** Epoch ms after which entries with this tag are dropped. */
  expired?: number;
}

export interface TagDurations {
  expire?: number;
}

export interface SharedPageCache {
  tags: Map<string, TagState>;
  entries?: unknown;
  apply(tags: string[], durations?: TagDurations, now?: number): void;
  publish?: (tags: string[], durations?: TagDurations) => Promise<void>;
}

export const RENDER_GRACE_MS: number;
export function createSharedPageCache(): SharedPageCache;
export function sharedPageCache(): SharedPageCache;
export function isExpired(tags: string[], lastModified: number, states: Map<string, TagState>, now?: number): boolean;

export default class PageCache {
  constructor(options?: { maxMemoryCacheSize?: number; shared?: SharedPageCache });
  get(key: string, ctx?: unknown): Promise<{ value: unknown; lastModified: number; cacheControl?: unknown } | null>;
  set(key: string, data: unknown, ctx?: unknown): Promise<void>;
  revalidateTag(tags: string | string[], durations?: TagDurations): Promise<void>;
  resetRequestCache(): void;
}
