import { describe, expect, it } from "vitest";
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
