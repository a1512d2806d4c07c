import { describe, expect, it } from "vitest";
import { daysBehindBars } from "./days-behind-bars";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("daysBehindBars", () => {
  it("counts from detention to release for someone released", () => {
    // 7 September 2020 to 13 December 2025.
    expect(daysBehindBars(day("2020-09-07"), day("2025-12-13"), day("2026-11-28"))).toBe(1923);
  });

  it("counts to today for someone still held, and grows by one each day", () => {
    const detained = day("2020-09-17");
    const today = daysBehindBars(detained, null, day("2026-11-28"));
    const tomorrow = daysBehindBars(detained, null, day("2026-11-29"));
    expect(today).toBe(2263);
    expect(tomorrow).toBe(2264);
  });

  it("ignores the time of day and counts calendar days in UTC", () => {
    expect(daysBehindBars(day("2022-10-28"), null, new Date("2022-10-29T23:59:59Z"))).toBe(1);
    expect(daysBehindBars(day("2022-10-28"), null, new Date("2022-10-28T23:59:59Z"))).toBe(0);
  });

  it("knows nothing without a detention date", () => {
    expect(daysBehindBars(null, day("2025-12-13"))).toBeNull();
  });

  it("never goes negative on a bad date order", () => {
    expect(daysBehindBars(day("2025-01-02"), day("2025-01-01"))).toBe(0);
  });
});
