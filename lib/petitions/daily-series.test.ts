import { describe, expect, it } from "vitest";
import { chartDays, dailySeries } from "./daily-series";

describe("signatures per day", () => {
  const today = new Date("2026-01-02T22:00:00Z");

  it("fills the days without signatures with zeros, across a month and a year's end", () => {
    expect(
      dailySeries(
        [
          { day: "2025-12-30", count: 4 },
          { day: "2026-01-02", count: 1 },
          { day: "2025-12-01", count: 99 },
        ],
        today,
        5,
      ),
    ).toEqual([
      { day: "2025-12-29", count: 0 },
      { day: "2025-12-30", count: 4 },
      { day: "2025-12-31", count: 0 },
      { day: "2026-01-01", count: 0 },
      { day: "2026-01-02", count: 1 },
    ]);
  });

  it("covers the days since the first signature: at least a week, at most the maximum", () => {
    expect(chartDays(undefined, today)).toBe(7);
    expect(chartDays("2026-01-01", today)).toBe(7);
    expect(chartDays("2025-12-01", today)).toBe(33);
    expect(chartDays("2024-01-01", today)).toBe(90);
  });
});
