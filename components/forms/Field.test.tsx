import { renderToStaticMarkup } from "react-dom/server";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { EmailField, SelectField, TextArea, TextField } from "./Field";

const registration = (name: string): UseFormRegisterReturn => ({
  name,
  onBlur: async () => {},
  onChange: async () => {},
  ref: () => {},
});

const attributes = (html: string, tag: string) => html.match(new RegExp(`<${tag}[^>]*>`))?.[0] ?? "";

// What every form relies on, public and staff: the control named for the post, tied to its
// label, its hint and its error, so no form has to write the aria wiring again.
describe("the form kit's fields", () => {
  it("tie the control to its label, hint and error", () => {
    const html = renderToStaticMarkup(
      <TextField id="x-name" label="Name" hint="Shown publicly" error="Please enter your name." registration={registration("name")} />,
    );
    expect(html).toContain('<label for="x-name"');
    const input = attributes(html, "input");
    expect(input).toContain('name="name"');
    expect(input).toContain('aria-invalid="true"');
    expect(input).toContain('aria-describedby="x-name-error x-name-hint"');
    expect(html).toMatch(/<span id="x-name-hint"[^>]*>Shown publicly<\/span>/);
    expect(html).toMatch(/<span id="x-name-error" aria-live="polite"[^>]*data-testid="error-x-name"[^>]*>Please enter your name\.<\/span>/);
  });

  it("say nothing is wrong until something is, and point only at what is there", () => {
    const html = renderToStaticMarkup(<SelectField id="x-country" label="Country" registration={registration("country")} />);
    const select = attributes(html, "select");
    expect(select).toContain('aria-invalid="false"');
    expect(select).toContain('aria-describedby="x-country-error"');
    expect(html).not.toContain("x-country-hint");
  });

  it("let a form override an attribute and give a starting value a page without JavaScript shows", () => {
    const html = renderToStaticMarkup(
      <TextArea
        id="x-body"
        label="Text"
        monospace
        defaultValue="## Heading"
        aria-describedby="elsewhere"
        registration={registration("body")}
      />,
    );
    const area = attributes(html, "textarea");
    expect(area).toContain('aria-describedby="elsewhere"');
    expect(area).toContain("font-mono");
    expect(html).toContain("## Heading</textarea>");
  });

  it("type an email field for addresses", () => {
    const input = attributes(renderToStaticMarkup(<EmailField id="x-email" label="Email" registration={registration("email")} />), "input");
    expect(input).toContain('type="email"');
    expect(input).toContain('autoComplete="email"');
    expect(input).toContain('maxLength="254"');
  });
});
