import { describe, expect, it } from "vitest";
import { signatureTaken } from "./signed-answer";

describe("signatureTaken", () => {
  it("reads the signed page's 303 (no JavaScript) and the in-place answer as taken, in every language", () => {
    expect(signatureTaken({ status: 303, location: "/petitions/free-nasta-loika/signed" })).toBe(true);
    expect(signatureTaken({ status: 303, location: "/be/petitions/free-nasta-loika/signed" })).toBe(true);
    expect(signatureTaken({ status: 303, location: "https://free-them.example.org/ru/petitions/x/signed" })).toBe(true);
    expect(signatureTaken({ status: 200, html: '<div role="status" data-testid="sign-sent">' })).toBe(true);
  });

  it("reads a refusal, an error page or a redirect elsewhere as not taken", () => {
    expect(signatureTaken({ status: 200, html: '<form data-testid="sign-form"><p data-testid="form-message">' })).toBe(false);
    expect(signatureTaken({ status: 303, location: "/petitions/free-nasta-loika" })).toBe(false);
    expect(signatureTaken({ status: 303, location: "/de/petitions/x/signed" })).toBe(false);
    expect(signatureTaken({ status: 303 })).toBe(false);
    expect(signatureTaken({ status: 500, html: 'data-testid="sign-sent"' })).toBe(false);
  });
});
