import { describe, expect, it } from "vitest";
import { decrypt, encrypt, hashToken, keyedHash, newToken } from "./crypto";

describe("encrypt / decrypt", () => {
  it("round-trips and never stores the clear text", () => {
    const sealed = encrypt("supporter@example.org");
    expect(sealed).not.toContain("supporter");
    expect(decrypt(sealed)).toBe("supporter@example.org");
  });

  it("gives a different ciphertext each time (random IV)", () => {
    expect(encrypt("a@b.c")).not.toBe(encrypt("a@b.c"));
  });

  it("refuses a tampered value", () => {
    const [v, iv, tag, body] = encrypt("a@b.c").split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0]! ^= 1;
    expect(() => decrypt([v, iv, tag, flipped.toString("base64url")].join("."))).toThrow();
  });
});

describe("encrypt / decrypt with a purpose", () => {
  it("opens a value only for the purpose it was sealed for", () => {
    const sealed = encrypt("a mail", "outbox-mail");
    expect(decrypt(sealed, "outbox-mail")).toBe("a mail");
    expect(() => decrypt(sealed)).toThrow();
    expect(() => decrypt(sealed, "other")).toThrow();
    expect(() => decrypt(encrypt("an address"), "outbox-mail")).toThrow();
  });
});

describe("keyedHash", () => {
  it("is stable for one value and separates purposes", () => {
    expect(keyedHash("email", "a@b.c")).toBe(keyedHash("email", "a@b.c"));
    expect(keyedHash("email", "a@b.c")).not.toBe(keyedHash("ip", "a@b.c"));
    expect(keyedHash("email", "a@b.c")).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("tokens", () => {
  it("stores only a hash of the token", () => {
    const { token, tokenHash } = newToken();
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(tokenHash).toBe(hashToken(token));
    expect(tokenHash).not.toContain(token);
  });
});
