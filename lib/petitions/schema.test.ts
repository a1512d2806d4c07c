import { describe, expect, it } from "vitest";
import { errorsOf } from "../test/schema-errors";
import { petitionSchema } from "./schema";

describe("petitionSchema", () => {
  const petition = { slug: "free-x", title: "Free X", summary: "S", body: "B", target: "The authorities", goal: "5000", state: "OPEN" };

  it("reads the goal as a positive whole number", () => {
    expect(petitionSchema.parse(petition).goal).toBe(5000);
    expect(petitionSchema.parse({ ...petition, goal: "10,000" }).goal).toBe(10_000);
    for (const goal of ["0", "-5", "1.5", "abc", ""]) {
      expect(errorsOf(petitionSchema, { ...petition, goal }).goal?.[0]).toMatch(/whole number of signatures greater than 0/);
    }
  });

  it("is open or closed, nothing else", () => {
    expect(errorsOf(petitionSchema, { ...petition, state: "PAUSED" })).toHaveProperty("state");
    expect(petitionSchema.parse({ ...petition, state: "CLOSED" }).state).toBe("CLOSED");
  });
});
