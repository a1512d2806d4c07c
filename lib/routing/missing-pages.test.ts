import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "../db/client";
import { classifyPath, forgetKnownPages } from "./missing-pages";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());
afterEach(() => vi.restoreAllMocks());

const publicDir = mkdtempSync(join(tmpdir(), "free-them-public-"));
writeFileSync(join(publicDir, "favicon.ico"), "");
const classify = (path: string) => classifyPath(path, publicDir);

describe("classifyPath", () => {
  it("lets existing profiles and updates through to the locale router, with or without a prefix", async () => {
    expect(await classify("/prisoners/maryia-kalesnikava")).toBe("localized");
    expect(await classify("/en/prisoners/marfa-rabkova")).toBe("localized");
    expect(await classify("/updates/belarus-releases-prominent-prisoners-2025-12-13")).toBe("localized");
    expect(await classify("/prisoners")).toBe("localized");
    expect(await classify("/petitions/free-nasta-loika")).toBe("localized");
    expect(await classify("/no-such-page")).toBe("localized");
  });

  it("knows every language's feed, and sends a feed under no language to the 404", async () => {
    expect(await classify("/updates/feed.xml")).toBe("feed");
    expect(await classify("/be/updates/feed.xml")).toBe("feed");
    expect(await classify("/ru/updates/feed.xml")).toBe("feed");
    expect(await classify("/birthdays.ics")).toBe("feed");
    expect(await classify("/be/birthdays.ics")).toBe("feed");
    expect(await classify("/de/updates/feed.xml")).toBe("missing");
  });

  it("marks unknown profiles and updates as missing", async () => {
    expect(await classify("/prisoners/no-such-person")).toBe("missing");
    expect(await classify("/en/updates/no-such-update")).toBe("missing");
    expect(await classify("/petitions/no-such-petition")).toBe("missing");
  });

  it("knows a place of detention's page only when it is recorded, and the list always", async () => {
    await db.prison.create({ data: { slug: "classified-colony", nameLatin: "Classified Colony", type: "PENAL_COLONY", region: "HRODNA" } });
    forgetKnownPages();
    expect(await classify("/prisons")).toBe("localized");
    expect(await classify("/be/prisons/classified-colony")).toBe("localized");
    expect(await classify("/prisons/no-such-colony")).toBe("missing");
  });

  it("knows a petition's signed page, in every language, only for petitions that exist", async () => {
    expect(await classify("/petitions/free-nasta-loika/signed")).toBe("localized");
    expect(await classify("/ru/petitions/free-nasta-loika/signed")).toBe("localized");
    expect(await classify("/petitions/no-such-petition/signed")).toBe("missing");
  });

  it("passes files under public/ and routes outside the locale segment untouched", async () => {
    expect(await classify("/favicon.ico")).toBe("outside-locale");
    expect(await classify("/sitemap.xml")).toBe("outside-locale");
    expect(await classify("/robots.txt")).toBe("outside-locale");
    expect(await classify("/manifest.webmanifest")).toBe("outside-locale");
    expect(await classify("/og/prisoners/maryia-kalesnikava")).toBe("outside-locale");
    expect(await classify("/no-such-file.txt")).toBe("missing");
  });

  it("finds a profile added after the slugs were loaded, once the short reload interval has passed", async () => {
    const now = Date.now();
    vi.spyOn(Date, "now").mockReturnValue(now);
    expect(await classify("/prisoners/new-person")).toBe("missing");
    await db.prisoner.create({ data: { slug: "new-person", nameLatin: "New Person", searchKey: "|new pirsan|", status: "DETAINED" } });
    // Within the interval a miss is answered from memory: a flood of unknown slugs costs nothing.
    expect(await classify("/prisoners/new-person")).toBe("missing");
    vi.spyOn(Date, "now").mockReturnValue(now + 2500);
    expect(await classify("/prisoners/new-person")).toBe("localized");
  });

  it("finds a profile and its letter page at once after staff changed content", async () => {
    vi.spyOn(Date, "now").mockReturnValue(Date.now());
    expect(await classify("/prisoners/added-by-staff")).toBe("missing");
    expect(await classify("/prisoners/added-by-staff/letter")).toBe("missing");
    await db.prisoner.create({ data: { slug: "added-by-staff", nameLatin: "Added By Staff", searchKey: "|added|", status: "DETAINED" } });
    expect(await classify("/prisoners/added-by-staff")).toBe("missing");
    forgetKnownPages();
    expect(await classify("/prisoners/added-by-staff")).toBe("localized");
    expect(await classify("/prisoners/added-by-staff/letter")).toBe("localized");
  });
});
