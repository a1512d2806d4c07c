import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { encrypt } from "../crypto";
import { sqliteFilePath } from "../database-url";
import { MIGRATIONS_DIR, migrateSqlite, readMigrations } from "../db/migrate";
import { freshDatabaseUrl } from "../test/database";
import { LEGACY_PLAIN_PREFIX, openLegacyPlain } from "./outbox";

const SEALED = "20261201110000_outbox_sealed";

// A database from before the upgrade, with one mail waiting and one sent, migrated to sealed rows.
describe(`migration ${SEALED}`, () => {
  it("drops the content of sent mails and keeps waiting mails, wrapped for sealing, with their delivery state", () => {
    const dir = mkdtempSync(join(tmpdir(), "free-them-migrations-"));
    const earlier = readMigrations().filter((migration) => migration.name < SEALED);
    for (const { name } of earlier) cpSync(join(MIGRATIONS_DIR, name), join(dir, name), { recursive: true });
    const url = freshDatabaseUrl();
    migrateSqlite(url, dir);

    const sqlite = new Database(sqliteFilePath(url));
    try {
      const insert = sqlite.prepare(
        `INSERT INTO "OutboxMessage" ("id", "kind", "toEncrypted", "subject", "text", "html", "headers", "state", "attempts", "lastError", "sentAt")
         VALUES (?, 'signature-confirm', ?, 'Confirm', ?, '<p>html</p>', ?, ?, ?, ?, ?)`,
      );
      insert.run(
        "waiting",
        encrypt("waiting@example.org"),
        "http://x/confirm/waiting-token",
        '{"List-Unsubscribe":"<http://x/u>"}',
        "PENDING",
        2,
        "ECONNREFUSED",
        null,
      );
      insert.run("sent", encrypt("sent@example.org"), "http://x/confirm/sent-token", null, "SENT", 1, null, "2026-11-30 10:00:00");

      cpSync(join(MIGRATIONS_DIR, SEALED), join(dir, SEALED), { recursive: true });
      expect(migrateSqlite(url, dir).applied).toEqual([SEALED]);

      const rows = sqlite.prepare(`SELECT * FROM "OutboxMessage" ORDER BY "id"`).all() as Record<string, unknown>[];
      expect(rows.map((row) => [row.id, row.state, row.attempts, row.lastError])).toEqual([
        ["sent", "SENT", 1, null],
        ["waiting", "PENDING", 2, "ECONNREFUSED"],
      ]);
      const [sent, waiting] = rows;
      expect(sent!.sealed).toBeNull();
      expect(JSON.stringify(sent)).not.toContain("sent-token");
      expect(String(waiting!.sealed).startsWith(LEGACY_PLAIN_PREFIX)).toBe(true);
      expect(openLegacyPlain(String(waiting!.sealed))).toEqual({
        to: "waiting@example.org",
        subject: "Confirm",
        text: "http://x/confirm/waiting-token",
        html: "<p>html</p>",
        headers: { "List-Unsubscribe": "<http://x/u>" },
      });
    } finally {
      sqlite.close();
    }
  });
});
