import { describe, expect, it } from "vitest";
import { errorsOf } from "../test/schema-errors";
import { parseSpellings, prisonerSchema } from "./schema";

// A valid profile form as the browser posts it: every field a string.
const profile = (overrides: Record<string, unknown> = {}) => ({
  id: "prisoner-id",
  previousStatus: "DETAINED",
  slug: "test-person",
  nameLatin: "Test Person",
  nameBelarusian: "",
  nameRussian: "",
  otherSpellings: "",
  status: "DETAINED",
  detainedOn: "2021-05-01",
  releasedOn: "",
  featured: "",
  ...overrides,
});

describe("prisonerSchema", () => {
  it("accepts a plain edit and reads empty fields as cleared facts", () => {
    const parsed = prisonerSchema.parse(profile({ sentence: "  ", featured: "on" }));
    expect(parsed).toMatchObject({ slug: "test-person", sentence: null, releasedOn: null, featured: true });
    expect(parsed.detainedOn?.toISOString()).toBe("2021-05-01T00:00:00.000Z");
  });

  it.each(["Test-Person", "test person", "test--person", "-test", "test-", "тест", "new", ""])("refuses the slug %j", (slug) => {
    expect(errorsOf(prisonerSchema, profile({ slug }))).toHaveProperty("slug");
  });

  it("needs a release date for every released status, and none for a detained person", () => {
    for (const status of ["RELEASED", "RELEASED_IN_EXILE", "FORCIBLY_EXPELLED"]) {
      const errors = errorsOf(prisonerSchema, profile({ status, previousStatus: status }));
      expect(errors.releasedOn?.[0]).toMatch(/Enter the release date/);
    }
    expect(errorsOf(prisonerSchema, profile({ status: "DETAINED", releasedOn: "2025-12-13" })).releasedOn?.[0]).toMatch(/no release date/);
  });

  it("refuses a release before the detention, and dates that do not exist", () => {
    const released = profile({ status: "RELEASED", previousStatus: "RELEASED", detainedOn: "2021-05-01" });
    expect(errorsOf(prisonerSchema, { ...released, releasedOn: "2020-01-01" }).releasedOn?.[0]).toMatch(/before the detention/);
    expect(errorsOf(prisonerSchema, { ...released, releasedOn: "2025-02-30" }).releasedOn?.[0]).toMatch(/YYYY-MM-DD/);
    expect(errorsOf(prisonerSchema, { ...released, releasedOn: "13.12.2025" }).releasedOn?.[0]).toMatch(/YYYY-MM-DD/);
    expect(errorsOf(prisonerSchema, { ...released, releasedOn: "2025-12-13" })).toEqual({});
  });

  it("asks for the date and the source when the status changes, and only then", () => {
    const change = profile({ status: "RELEASED", releasedOn: "2025-12-13" });
    const errors = errorsOf(prisonerSchema, change);
    expect(errors.changedOn?.[0]).toMatch(/date of this change/);
    expect(errors.sourceTitle?.[0]).toMatch(/source of this change/);
    expect(errorsOf(prisonerSchema, { ...change, changedOn: "2025-12-13", sourceTitle: "Viasna" })).toEqual({});
    expect(errorsOf(prisonerSchema, profile())).toEqual({});
  });

  it("checks the source address: a full http(s) address or nothing", () => {
    const change = profile({ status: "RELEASED", releasedOn: "2025-12-13", changedOn: "2025-12-13", sourceTitle: "Viasna" });
    for (const sourceUrl of ["spring96.org/news", "ftp://spring96.org/x", "javascript:alert(1)"]) {
      expect(errorsOf(prisonerSchema, { ...change, sourceUrl }).sourceUrl?.[0]).toMatch(/https:\/\//);
    }
    expect(prisonerSchema.parse({ ...change, sourceUrl: "https://spring96.org/en/news/112001" }).sourceUrl).toBe(
      "https://spring96.org/en/news/112001",
    );
    expect(prisonerSchema.parse({ ...change, sourceUrl: "" }).sourceUrl).toBeNull();
  });

  it("needs a source for a new profile", () => {
    const created = profile({ id: "", previousStatus: "" });
    expect(errorsOf(prisonerSchema, created).sourceTitle?.[0]).toMatch(/source of this profile/);
    expect(errorsOf(prisonerSchema, { ...created, sourceTitle: "Viasna" })).toEqual({});
  });

  it("reads other spellings one per line with their language, and names the line it cannot read", () => {
    const parsed = prisonerSchema.parse(profile({ otherSpellings: "BE: Тэст Асоба\n\n ru: Тест Персона \nen: Test Persona" }));
    expect(parsed.otherSpellings).toEqual([
      { language: "be", value: "Тэст Асоба" },
      { language: "ru", value: "Тест Персона" },
      { language: "en", value: "Test Persona" },
    ]);
    expect(errorsOf(prisonerSchema, profile({ otherSpellings: "en: Fine\nTest Persona" })).otherSpellings?.[0]).toMatch(/^Line 2:/);
    expect(parseSpellings("pl: Osoba").badLine).toBe(1);
  });

  it("reports every mistake at once", () => {
    const errors = errorsOf(prisonerSchema, profile({ slug: "Bad Slug", nameLatin: "", status: "RELEASED", releasedOn: "" }));
    expect(Object.keys(errors).sort()).toEqual(["changedOn", "nameLatin", "releasedOn", "slug", "sourceTitle"]);
  });
});
