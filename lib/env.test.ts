import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { databaseUrlFromEnv } from "./database-url";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("works with no configuration at all", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/free-them.db");
    expect(env.PORT).toBe(3000);
    expect(env.APP_URL).toBe("http://localhost:3000");
  });

  it("derives the public address from the port and drops a trailing slash", () => {
    expect(parseEnv({ PORT: "4100" }).APP_URL).toBe("http://localhost:4100");
    expect(parseEnv({ APP_URL: "https://free-them.example.org/" }).APP_URL).toBe("https://free-them.example.org");
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", NEXTAUTH_SECRET: "" }).DATABASE_URL).toBe("file:./data/free-them.db");
  });

  it("names each bad setting in one clear message", () => {
    const message = (() => {
      try {
        parseEnv({ DATABASE_URL: "mysql://x", PORT: "http", APP_URL: "ftp://x" });
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain("DATABASE_URL: must start with file: (SQLite) or postgresql://");
    expect(message).toContain("PORT: must be a port number");
    expect(message).toMatch(/APP_URL: /);
    expect(() => parseEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET: must be at least 32 characters/);
  });
});

describe("secrets read from files (X_FILE)", () => {
  const KEY = Buffer.alloc(32, 1).toString("base64url");
  const HASH = "h".repeat(40);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "free-them-secrets-"));
  });
  const secretFile = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content, { mode: 0o600 });
    return path;
  };
  const failure = (source: Record<string, string>) => {
    try {
      parseEnv(source);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error("parseEnv accepted it");
  };

  it("reads every secret from the file its X_FILE names, without the trailing newline", () => {
    const env = parseEnv({
      EMAIL_ENCRYPTION_KEY_FILE: secretFile("email-key", `${KEY}\n`),
      HASH_KEY_FILE: secretFile("hash-key", `${HASH}\n`),
      NEXTAUTH_SECRET_FILE: secretFile("nextauth", "n".repeat(40)),
      SMTP_URL_FILE: secretFile("smtp", "smtp://user:p%40ss@127.0.0.1:2525\n"),
      DATABASE_URL_FILE: secretFile("db", "postgresql://app:secret@127.0.0.1:5432/free_them\n"),
    });
    expect(env.EMAIL_ENCRYPTION_KEY).toBe(KEY);
    expect(env.HASH_KEY).toBe(HASH);
    expect(env.NEXTAUTH_SECRET).toBe("n".repeat(40));
    expect(env.SMTP_URL).toBe("smtp://user:p%40ss@127.0.0.1:2525");
    expect(env.DATABASE_URL).toBe("postgresql://app:secret@127.0.0.1:5432/free_them");
    expect(databaseUrlFromEnv({ DATABASE_URL_FILE: join(dir, "db") })).toBe("postgresql://app:secret@127.0.0.1:5432/free_them");
  });

  it("satisfies production's required secrets from files", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      EMAIL_ENCRYPTION_KEY_FILE: secretFile("email-key", KEY),
      HASH_KEY_FILE: secretFile("hash-key", HASH),
      NEXTAUTH_SECRET_FILE: secretFile("nextauth", "n".repeat(40)),
    });
    expect(env.HASH_KEY).toBe(HASH);
  });

  it("refuses a secret set both ways, naming both variables", () => {
    const message = failure({ HASH_KEY: HASH, HASH_KEY_FILE: secretFile("hash-key", HASH) });
    expect(message).toContain("HASH_KEY_FILE: set either HASH_KEY or HASH_KEY_FILE, not both");
    expect(() => databaseUrlFromEnv({ DATABASE_URL: "file:./a.db", DATABASE_URL_FILE: secretFile("db", "file:./b.db") })).toThrow(
      /set either DATABASE_URL or DATABASE_URL_FILE, not both/,
    );
  });

  it("names the variable and the path of a missing or empty file", () => {
    const missing = join(dir, "no-such-file");
    expect(failure({ EMAIL_ENCRYPTION_KEY_FILE: missing })).toContain(`EMAIL_ENCRYPTION_KEY_FILE: cannot read ${missing} (ENOENT)`);
    expect(failure({ NEXTAUTH_SECRET_FILE: dir })).toContain(`NEXTAUTH_SECRET_FILE: cannot read ${dir} (EISDIR)`);
    expect(failure({ HASH_KEY_FILE: secretFile("empty", "\n") })).toContain(`HASH_KEY_FILE: ${join(dir, "empty")} is empty`);
    expect(() => databaseUrlFromEnv({ DATABASE_URL_FILE: missing })).toThrow(`DATABASE_URL_FILE: cannot read ${missing} (ENOENT)`);
  });

  it("never shows a file's content, even when the value in it is wrong", () => {
    const content = "not-a-key-but-a-password-Zq81";
    const message = failure({ EMAIL_ENCRYPTION_KEY_FILE: secretFile("email-key", content), SMTP_URL_FILE: secretFile("smtp", content) });
    expect(message).toContain("EMAIL_ENCRYPTION_KEY: must be 32 bytes, base64-encoded (the value read from EMAIL_ENCRYPTION_KEY_FILE)");
    expect(message).toContain("SMTP_URL: must be an smtp:// or smtps:// URL (the value read from SMTP_URL_FILE)");
    expect(message).not.toContain("Zq81");
  });
});
