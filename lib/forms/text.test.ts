import { describe, expect, it } from "vitest";
import { commentSchema } from "../comments/schema";
import { signSchema } from "../petitions/schema";

// Every name a supporter types passes one rule (lib/forms/text.ts): through the signing form and
// through the message-of-solidarity form alike.

const signing = (name: string) => signSchema.safeParse({ petition: "free-nasta-loika", name, email: "a@example.org", country: "LT" });
const message = (name: string, text = "Stay strong.") => commentSchema.safeParse({ page: "prisoner:someone", name, message: text });

const forms = [
  ["signing", (name: string) => signing(name)],
  ["message of solidarity", (name: string) => message(name)],
] as const;

const nameOf = (result: ReturnType<typeof signing> | ReturnType<typeof message>) => {
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data.name;
};
const nameErrors = (result: ReturnType<typeof signing> | ReturnType<typeof message>) =>
  result.success ? [] : result.error.issues.filter((issue) => issue.path[0] === "name").map((issue) => issue.message);

describe.each(forms)("a name typed into the %s form", (_form, parse) => {
  it.each([
    ["NUL", "Ma\u0000ria Test", "Maria Test"],
    ["BEL", "Ma\u0007ria Test", "Maria Test"],
    ["ESC (a terminal colour code)", "\u001b[31mMaria\u001b[0m Test", "[31mMaria[0m Test"],
    ["DEL", "Maria\u007f Test", "Maria Test"],
    ["C1 controls (NEL, CSI)", "Maria\u0085\u009b Test", "Maria Test"],
  ])("loses its control characters: %s", (_class, typed, stored) => {
    expect(nameOf(parse(typed))).toBe(stored);
  });

  it.each([
    ["zero-width space", "Ma\u200Bria"],
    ["zero-width joiner and non-joiner", "Ma\u200D\u200Cria"],
    ["word joiner", "Ma\u2060ria"],
    ["byte-order mark", "\uFEFFMaria"],
    ["soft hyphen", "Ma\u00ADria"],
    ["left-to-right and right-to-left marks", "\u200EMa\u200Fria"],
  ])("loses invisible characters: %s", (_class, typed) => {
    expect(nameOf(parse(typed))).toBe("Maria");
  });

  it.each([
    ["right-to-left override (RLO)", "Maria \u202Etxt.exe"],
    ["left-to-right override (LRO)", "Maria \u202Dx"],
    ["embeddings (LRE, RLE) and pop (PDF)", "Maria \u202A\u202Bx\u202C"],
    ["isolates (LRI, RLI, FSI, PDI)", "Maria \u2066\u2067\u2068x\u2069"],
  ])("is refused with a clear message when it holds bidirectional controls: %s", (_class, typed) => {
    expect(nameErrors(parse(typed))).toEqual(["nameDirection"]);
  });

  it("is stored in one Unicode form (NFC), with line breaks and tabs as single spaces", () => {
    expect(nameOf(parse("Jose\u0301 \t\n  Marti\u0301"))).toBe("Jos\u00e9 Mart\u00ed");
    expect(nameOf(parse("Ігар\r\nПацверджаны"))).toBe("Ігар Пацверджаны");
  });

  it("turns a broken character (a lone surrogate) into the replacement character", () => {
    expect(nameOf(parse("Maria \uD800"))).toBe("Maria \uFFFD");
  });

  it("is required: a name of invisible and control characters only is no name", () => {
    expect(nameErrors(parse("\u200B\u0000\u0007 \uFEFF"))).toEqual(["nameRequired"]);
  });

  it("keeps every ordinary name as typed", () => {
    for (const name of ["Алена Т.", "Łukasz Żółć", "Ні\u0301на", "O'Brien-Smith", "李雷", "שרה כהן", "محمد"]) {
      expect(nameOf(parse(name))).toBe(name.normalize("NFC"));
    }
  });
});

describe("a message of solidarity", () => {
  it("keeps its line breaks, loses its controls, and is refused with bidirectional controls", () => {
    const ok = message("Maria", "Stay\u0000 strong\u001b.\r\n\r\nWe are with you.");
    expect(ok.success && ok.data.message).toBe("Stay strong.\n\nWe are with you.");
    const refused = message("Maria", "Free \u202Eall\u202C now");
    expect(refused.success ? [] : refused.error.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["message", "messageDirection"],
    ]);
  });
});
