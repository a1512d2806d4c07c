import { describe, expect, it } from "vitest";
import { errorsOf } from "../test/schema-errors";
import { updateSchema } from "./schema";

describe("updateSchema", () => {
  const update = { slug: "news", title: "News", summary: "Short", body: "## Heading\n\n* item", publishedAt: "2026-01-02" };

  it("takes linked people from several checkboxes, one, or none", () => {
    expect(updateSchema.parse({ ...update, prisoners: ["a", "b"] }).prisoners).toEqual(["a", "b"]);
    expect(updateSchema.parse({ ...update, prisoners: "a" }).prisoners).toEqual(["a"]);
    expect(updateSchema.parse({ ...update, prisoners: false }).prisoners).toEqual([]);
    expect(updateSchema.parse(update).prisoners).toEqual([]);
  });

  it("needs a title, a text and a real publication date", () => {
    const errors = errorsOf(updateSchema, { ...update, title: " ", body: "", publishedAt: "2026-13-01" });
    expect(Object.keys(errors).sort()).toEqual(["body", "publishedAt", "title"]);
    expect(errorsOf(updateSchema, { ...update, publishedAt: "" }).publishedAt?.[0]).toBe("Enter the publication date.");
  });
});
