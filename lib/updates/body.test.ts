import { describe, expect, it } from "vitest";
import { bodyToPlainText, parseBody } from "./body";

describe("parseBody", () => {
  it("reads headings, paragraphs and lists", () => {
    const body = "First line\ncontinues.\n\n## A heading\n\n* one\n* two\n\nLast.";
    expect(parseBody(body)).toEqual([
      { type: "paragraph", text: "First line continues." },
      { type: "heading", text: "A heading" },
      { type: "list", items: ["one", "two"] },
      { type: "paragraph", text: "Last." },
    ]);
  });

  it("keeps markup as text: nothing becomes HTML", () => {
    const blocks = parseBody("<script>alert(1)</script> <img src=x onerror=alert(1)>");
    expect(blocks).toEqual([{ type: "paragraph", text: "<script>alert(1)</script> <img src=x onerror=alert(1)>" }]);
  });

  it("handles Windows line endings and stray blank lines", () => {
    expect(parseBody("\r\n\r\nOne\r\n\r\n\r\n* a\r\n")).toEqual([
      { type: "paragraph", text: "One" },
      { type: "list", items: ["a"] },
    ]);
  });

  it("gives plain text for feeds", () => {
    expect(bodyToPlainText("## Title\n\n* a\n* b")).toBe("Title\n\n• a\n• b");
  });
});
