import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "../lib/db/client";
import PageCache, { createSharedPageCache, RENDER_GRACE_MS } from "./page-cache.mjs";
import { startPageCacheSync, type PageCacheSync } from "./page-cache-sync";

// What Next stores for an app page: its tags (the implicit ones are "_N_T_" + each path segment).
function page(path: string, html: string) {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from(html),
    headers: { "x-next-cache-tags": `_N_T_/layout,_N_T_/[locale]/layout,_N_T_${path}` },
    status: 200,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the page cache", () => {
  it("keeps a page until its path is revalidated, then drops it", async () => {
    const cache = new PageCache({ shared: createSharedPageCache() });
    await cache.set("/en/updates", page("/en/updates", "<h1>Old title</h1>"), { cacheControl: { revalidate: 3600 } });
    expect((await cache.get("/en/updates", {}))?.value).toMatchObject({ html: "<h1>Old title</h1>" });

    await cache.revalidateTag(["_N_T_/en/prisoners"]);
    expect(await cache.get("/en/updates", {}), "another page's path leaves it").not.toBeNull();

    await cache.revalidateTag(["_N_T_/en/updates"]);
    expect(await cache.get("/en/updates", {})).toBeNull();
  });

  it("drops a page stored just after the revalidation too: its render may have read the old content", async () => {
    const cache = new PageCache({ shared: createSharedPageCache() });
    await cache.revalidateTag(["_N_T_/en"]);
    await cache.set("/en", page("/en", "rendered during the edit"), {});
    expect(await cache.get("/en", {})).toBeNull();

    await sleep(RENDER_GRACE_MS + 50);
    await cache.set("/en", page("/en", "rendered after"), {});
    expect(await cache.get("/en", {})).not.toBeNull();
  }, 10_000);

  it("serves a page stale once a profile-based revalidation marks its tag", async () => {
    const cache = new PageCache({ shared: createSharedPageCache() });
    await cache.set("/en", page("/en", "home"), {});
    await cache.revalidateTag(["_N_T_/en"], { expire: 60 });
    expect((await cache.get("/en", {}))?.lastModified, "stale: Next serves it and renders a fresh one").toBe(-1);
  });

  it("keeps memory bounded: the least recently used pages go first", async () => {
    const cache = new PageCache({ shared: createSharedPageCache(), maxMemoryCacheSize: 30_000 });
    for (let i = 0; i < 10; i++) await cache.set(`/en/prisoners/p${i}`, page(`/en/prisoners/p${i}`, "x".repeat(5_000)), {});
    expect(await cache.get("/en/prisoners/p0", {})).toBeNull();
    expect(await cache.get("/en/prisoners/p9", {})).not.toBeNull();
  });
});

describe("sharing invalidations between instances through the database", () => {
  const syncs: PageCacheSync[] = [];
  afterEach(() => {
    for (const sync of syncs.splice(0)) sync.stop();
  });

  it("drops on instance B a page that a staff edit on instance A revalidated, at B's next read", async () => {
    const db = createPrismaClient(process.env.DATABASE_URL!);
    const sharedA = createSharedPageCache();
    const sharedB = createSharedPageCache();
    syncs.push(startPageCacheSync(db, { shared: sharedA, pollMs: 60_000 }));
    const syncB = startPageCacheSync(db, { shared: sharedB, pollMs: 60_000 });
    syncs.push(syncB);
    const instanceA = new PageCache({ shared: sharedA });
    const instanceB = new PageCache({ shared: sharedB });
    await instanceB.set("/en/updates", page("/en/updates", "<h1>Old title</h1>"), {});
    await instanceB.set("/en/prisoners/ales-bialiatski", page("/en/prisoners/ales-bialiatski", "profile"), {});

    await instanceA.revalidateTag(["_N_T_/en/updates", "_N_T_/be/updates"]);
    expect(await instanceB.get("/en/updates", {}), "B has not read the database yet").not.toBeNull();

    expect(await syncB.poll()).toBe(1);
    expect(await instanceB.get("/en/updates", {})).toBeNull();
    expect(await instanceB.get("/en/prisoners/ales-bialiatski", {}), "pages of other paths stay cached").not.toBeNull();
    expect(await syncB.poll(), "each invalidation is applied once").toBe(0);
    await db.$disconnect();
  });

  it("does not apply an instance's own invalidations twice, and stores only the tags", async () => {
    const db = createPrismaClient(process.env.DATABASE_URL!);
    const shared = createSharedPageCache();
    const sync = startPageCacheSync(db, { shared, pollMs: 60_000, origin: "instance-a" });
    syncs.push(sync);
    await sync.poll(); // what the test before wrote
    await new PageCache({ shared }).revalidateTag("_N_T_/ru");
    const rows = await db.pageCacheInvalidation.findMany({ where: { origin: "instance-a" } });
    expect(rows).toEqual([expect.objectContaining({ tags: "_N_T_/ru", expireSeconds: null, origin: "instance-a" })]);
    expect(await sync.poll()).toBe(0);
    await db.$disconnect();
  });
});
