import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as petitionRoute } from "../../app/api/v1/petitions/[slug]/route";
import { GET as prisonerRoute } from "../../app/api/v1/prisoners/[slug]/route";
import { GET as prisonersRoute, OPTIONS } from "../../app/api/v1/prisoners/route";
import { GET as updatesRoute } from "../../app/api/v1/updates/route";
import { db } from "../db";
import { openMail } from "../mail/outbox";
import { confirmSignature, recordSignature } from "../petitions/mutations";
import { emailHashOf } from "../supporters/identity";

afterAll(() => db.$disconnect());

const get = (path: string) => new Request(`http://test.local${path}`);
const slug = (value: string) => ({ params: Promise.resolve({ slug: value }) });
const SUPPORTER = "open-data-supporter@example.org";

beforeAll(async () => {
  // A confirmed supporter who chose to be shown: their address must still never appear.
  await recordSignature(
    { petition: "free-marfa-rabkova", name: "Ira Opendata", email: SUPPORTER, country: "BY", showName: true, subscribe: true },
    "ip-hash-x",
    "en",
  );
  const mail = await db.outboxMessage.findFirstOrThrow({
    where: { kind: "signature-confirm" },
    orderBy: { createdAt: "desc" },
    select: { sealed: true },
  });
  await confirmSignature(openMail(mail.sealed).text.match(/\/confirm\/([A-Za-z0-9_-]{20,})/)![1]!);
});

describe("open data API", () => {
  it("names where a person is held, with the address, and the letter facts, in the profile and the list", async () => {
    const prison = await db.prison.create({
      data: {
        slug: "open-data-colony",
        nameLatin: "Open Data Colony",
        nameRussian: "Колония открытых данных",
        type: "PENAL_COLONY",
        region: "HOMIEL",
        postalAddress: "ул. Открытая, 1",
      },
    });
    await db.prisoner.create({
      data: {
        slug: "open-data-held",
        nameLatin: "Open Data Held",
        searchKey: "|open data held|",
        status: "DETAINED",
        prisonId: prison.id,
        region: "HOMIEL",
        canReceiveLetters: false,
        noContactSince: new Date("2026-01-01T00:00:00Z"),
        factsCheckedAt: new Date("2026-12-01T00:00:00Z"),
      },
    });
    const expected = {
      region: "HOMIEL",
      prison: {
        slug: "open-data-colony",
        url: "http://test.local/prisons/open-data-colony",
        name: { latin: "Open Data Colony", belarusian: null, russian: "Колония открытых данных" },
        region: "HOMIEL",
        postalAddress: "ул. Открытая, 1",
      },
      canReceiveLetters: false,
      noContactSince: "2026-01-01",
      noContactDays: expect.any(Number),
    };
    const detail = await (await prisonerRoute(get("/api/v1/prisoners/open-data-held"), slug("open-data-held"))).json();
    expect(detail.data).toMatchObject({ ...expected, factsCheckedAt: "2026-12-01", canReceiveLettersSource: null });
    const list = await (await prisonersRoute(get("/api/v1/prisoners?status=DETAINED"))).json();
    expect(list.data.find((p: { slug: string }) => p.slug === "open-data-held")).toMatchObject(expected);
    const other = await (await prisonerRoute(get("/api/v1/prisoners/nasta-loika"), slug("nasta-loika"))).json();
    expect(other.data).toMatchObject({ prison: null, canReceiveLetters: null, noContactSince: null });
    await db.prisoner.delete({ where: { slug: "open-data-held" } });
    await db.prison.delete({ where: { id: prison.id } });
  });

  it("lists profiles with the filters of the public list, and matches the database", async () => {
    const response = await prisonersRoute(get("/api/v1/prisoners?status=DETAINED"));
    expect(response.status).toBe(200);
    const body = await response.json();
    const detained = await db.prisoner.findMany({ where: { status: "DETAINED" }, select: { slug: true }, orderBy: { nameLatin: "asc" } });
    expect(body.data.map((p: { slug: string }) => p.slug)).toEqual(detained.map((p) => p.slug));
    expect(body.meta).toMatchObject({ page: 1, total: detained.length });
    expect(body.data[0]).toMatchObject({ status: "DETAINED", url: expect.stringMatching(/^http:\/\/test\.local\/prisoners\//) });
    const search = await (await prisonersRoute(get(`/api/v1/prisoners?q=${encodeURIComponent("Колесникова")}`))).json();
    expect(search.data.map((p: { slug: string }) => p.slug)).toEqual(["maryia-kalesnikava"]);
  });

  it("answers bad parameters with 400 and a message", async () => {
    for (const query of ["status=FREE", "page=0", "page=x", "sort=name"]) {
      const response = await prisonersRoute(get(`/api/v1/prisoners?${query}`));
      expect(response.status, query).toBe(400);
      expect((await response.json()).error).toMatch(/parameter/i);
    }
    expect((await updatesRoute(get("/api/v1/updates?page=2"))).status).toBe(400);
    expect((await prisonerRoute(get("/api/v1/prisoners/BAD!"), slug("BAD!"))).status).toBe(400);
    expect((await prisonerRoute(get("/api/v1/prisoners/nobody"), slug("nobody"))).status).toBe(404);
    expect((await petitionRoute(get("/api/v1/petitions/nothing"), slug("nothing"))).status).toBe(404);
  });

  it("gives a profile with its sourced timeline", async () => {
    const body = await (await prisonerRoute(get("/api/v1/prisoners/maryia-kalesnikava"), slug("maryia-kalesnikava"))).json();
    expect(body.data).toMatchObject({ status: "RELEASED", detainedOn: "2020-09-07", releasedOn: "2025-12-13", daysBehindBars: 1923 });
    expect(body.data.timeline.every((e: { sources: unknown[] }) => e.sources.length > 0)).toBe(true);
  });

  it("gives a petition's stored count, goal and state", async () => {
    const body = await (await petitionRoute(get("/api/v1/petitions/free-marfa-rabkova"), slug("free-marfa-rabkova"))).json();
    const stored = await db.petition.findUniqueOrThrow({ where: { slug: "free-marfa-rabkova" } });
    expect(body.data).toMatchObject({ confirmedCount: stored.confirmedCount, goal: stored.goal, state: "OPEN" });
    expect(stored.confirmedCount).toBeGreaterThan(0);
  });

  it("sends open CORS and caching headers, and answers preflight", async () => {
    const response = await updatesRoute(get("/api/v1/updates"));
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    expect((await response.json()).data[0].slug).toBe("belarus-releases-prominent-prisoners-2025-12-13");
    expect(OPTIONS().status).toBe(204);
  });

  it("never contains a supporter's address, its hash, or an IP hash", async () => {
    const bodies = await Promise.all([
      prisonersRoute(get("/api/v1/prisoners")).then((r) => r.text()),
      prisonerRoute(get("/api/v1/prisoners/marfa-rabkova"), slug("marfa-rabkova")).then((r) => r.text()),
      petitionRoute(get("/api/v1/petitions/free-marfa-rabkova"), slug("free-marfa-rabkova")).then((r) => r.text()),
      updatesRoute(get("/api/v1/updates")).then((r) => r.text()),
    ]);
    for (const body of bodies) {
      expect(body).not.toContain(SUPPORTER);
      expect(body).not.toContain(emailHashOf(SUPPORTER));
      expect(body).not.toContain("ip-hash-x");
      expect(body).not.toContain("Ira");
    }
  });
});
