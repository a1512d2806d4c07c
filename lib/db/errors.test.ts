import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { Prisma } from "../generated/prisma/client";
import { whileBusy } from "./errors";

const busy = () => new Prisma.PrismaClientKnownRequestError("Operations timed out", { code: "P1008", clientVersion: "test" });

describe("whileBusy", () => {
  it("tries a step again after SQLite said busy, and gives its answer", async () => {
    let calls = 0;
    const answer = await whileBusy(async () => {
      calls++;
      if (calls < 3) throw busy();
      return "confirmed";
    });
    expect(answer).toBe("confirmed");
    expect(calls).toBe(3);
  });

  it("gives up after four tries with SQLite's own refusal", async () => {
    let calls = 0;
    const refused = whileBusy(async () => {
      calls++;
      throw new Database.SqliteError("database is locked", "SQLITE_BUSY");
    });
    await expect(refused).rejects.toThrow("database is locked");
    expect(calls).toBe(4);
  });

  it("never repeats a step that failed for another reason", async () => {
    let calls = 0;
    const refused = whileBusy(async () => {
      calls++;
      throw new Prisma.PrismaClientKnownRequestError("Unique constraint failed", { code: "P2002", clientVersion: "test" });
    });
    await expect(refused).rejects.toThrow("Unique constraint failed");
    expect(calls).toBe(1);
  });
});
