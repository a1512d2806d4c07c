-- Queued mails are sealed (AES-256-GCM) by the app and wiped once sent (docs/decisions/015).
-- SQL has no key: rows still waiting keep their columns wrapped as 'legacy-plain:' || JSON, and
-- the mail worker seals them when it starts (sealLegacyOutboxRows, lib/mail/worker.ts). Rows
-- already sent lose their content here. Old pages may keep the old bytes until SQLite reuses them:
-- run VACUUM once after upgrading (docs/decisions/015-mail-and-secrets-at-rest.md).

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "sealed" TEXT,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME
);
INSERT INTO "new_OutboxMessage" ("attempts", "createdAt", "id", "kind", "lastError", "lockedUntil", "nextAttemptAt", "sealed", "sentAt", "state")
SELECT "attempts", "createdAt", "id", "kind", "lastError", "lockedUntil", "nextAttemptAt",
    CASE WHEN "state" = 'SENT' THEN NULL
         ELSE 'legacy-plain:' || json_object('toEncrypted', "toEncrypted", 'subject', "subject", 'text', "text", 'html', "html", 'headers', "headers")
    END,
    "sentAt", "state"
FROM "OutboxMessage";
DROP TABLE "OutboxMessage";
ALTER TABLE "new_OutboxMessage" RENAME TO "OutboxMessage";
CREATE INDEX "OutboxMessage_state_nextAttemptAt_idx" ON "OutboxMessage"("state", "nextAttemptAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
