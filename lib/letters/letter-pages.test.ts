import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "../db/client";
import { classifyPath } from "../routing/missing-pages";

// Letter pages exist only for people still held; the proxy sends every other letter URL to the
// styled 404 page, which works without JavaScript (docs/decisions/004, 012).
const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());
afterEach(() => vi.restoreAllMocks());

describe("letter pages in the proxy", () => {
  it("lets the letter page of someone still held through, and 404s a released person's and an unknown one", async () => {
    expect(await classifyPath("/prisoners/nasta-loika/letter")).toBe("localized");
    expect(await classifyPath("/en/prisoners/marfa-rabkova/letter")).toBe("localized");
    expect(await classifyPath("/prisoners/maryia-kalesnikava/letter")).toBe("missing");
    expect(await classifyPath("/prisoners/no-such-person/letter")).toBe("missing");
    // The released person's profile itself stays.
    expect(await classifyPath("/prisoners/maryia-kalesnikava")).toBe("localized");
  });

  it("closes the letter page within seconds of a release", async () => {
    const now = Date.now();
    vi.spyOn(Date, "now").mockReturnValue(now);
    expect(await classifyPath("/prisoners/marfa-rabkova/letter")).toBe("localized");
    await db.prisoner.update({ where: { slug: "marfa-rabkova" }, data: { status: "RELEASED" } });
    vi.spyOn(Date, "now").mockReturnValue(now + 2500);
    expect(await classifyPath("/prisoners/marfa-rabkova/letter")).toBe("missing");
  });
});
