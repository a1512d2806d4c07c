import { describe, expect, it } from "vitest";
import { parseDay } from "./dates";

describe("parseDay", () => {
  it("reads YYYY-MM-DD as UTC midnight and nothing else", () => {
    expect(parseDay("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(parseDay("2023-02-29")).toBeNull();
    expect(parseDay("2024-2-9")).toBeNull();
    expect(parseDay("1800-01-01")).toBeNull();
  });
});
