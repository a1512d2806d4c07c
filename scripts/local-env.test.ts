import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ensureLocalEnv } from "./local-env";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "free-them-env-"));
  writeFileSync(join(dir, ".env.example"), "PORT=3000\nNEXTAUTH_SECRET=\nEMAIL_ENCRYPTION_KEY=\nHASH_KEY=\n");
  for (const name of ["NEXTAUTH_SECRET", "EMAIL_ENCRYPTION_KEY", "HASH_KEY"]) {
    vi.stubEnv(name, "");
    vi.stubEnv(`${name}_FILE`, "");
  }
});
afterEach(() => vi.unstubAllEnvs());

const paths = () => [join(dir, ".env"), join(dir, ".env.example")] as const;

describe("ensureLocalEnv", () => {
  it("creates .env from the example with a fresh secret, readable by its owner only", () => {
    expect(ensureLocalEnv(...paths())).toEqual(["NEXTAUTH_SECRET", "EMAIL_ENCRYPTION_KEY", "HASH_KEY"]);
    const text = readFileSync(paths()[0], "utf8");
    expect(text).toMatch(/^PORT=3000$/m);
    expect(text).toMatch(/^NEXTAUTH_SECRET=[A-Za-z0-9_-]{43}$/m);
    expect(statSync(paths()[0]).mode & 0o777).toBe(0o600);
  });

  it("keeps a secret once generated", () => {
    ensureLocalEnv(...paths());
    const first = readFileSync(paths()[0], "utf8");
    expect(ensureLocalEnv(...paths())).toEqual([]);
    expect(readFileSync(paths()[0], "utf8")).toBe(first);
  });

  it("leaves a secret given by the environment alone", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(40));
    expect(ensureLocalEnv(...paths())).toEqual(["EMAIL_ENCRYPTION_KEY", "HASH_KEY"]);
    expect(readFileSync(paths()[0], "utf8")).toMatch(/^NEXTAUTH_SECRET=$/m);
  });

  it("generates no secret that is read from a file, named in the environment or in .env", () => {
    vi.stubEnv("EMAIL_ENCRYPTION_KEY_FILE", "/run/credentials/free-them.service/email-key");
    writeFileSync(paths()[0], "NEXTAUTH_SECRET=\nEMAIL_ENCRYPTION_KEY=\nHASH_KEY=\nHASH_KEY_FILE=/run/secrets/hash-key\n");
    expect(ensureLocalEnv(...paths())).toEqual(["NEXTAUTH_SECRET"]);
    const text = readFileSync(paths()[0], "utf8");
    expect(text).toMatch(/^EMAIL_ENCRYPTION_KEY=$/m);
    expect(text).toMatch(/^HASH_KEY=$/m);
  });
});
