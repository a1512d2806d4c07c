import { describe, expect, it } from "vitest";
import { canonicalEmail } from "./canonical-email";

describe("canonicalEmail", () => {
  it.each([
    ["Name+x@Example.com", "name@example.com"],
    ["  name@example.com ", "name@example.com"],
    ["first.last+petition@gmail.com", "firstlast@gmail.com"],
    ["First.Last@GoogleMail.com", "firstlast@gmail.com"],
    ["first.last@example.org", "first.last@example.org"],
    ["name@example.com.", "name@example.com"],
  ])("%s -> %s", (input, canonical) => {
    expect(canonicalEmail(input)).toBe(canonical);
  });
});
