import { existsSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { simpleParser, type ParsedMail } from "mailparser";
import { createTransport as createNodemailerTransport } from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encrypt, newToken } from "../crypto";
import { sqliteFilePath } from "../database-url";
import { db } from "../db";
import { createPrismaClient } from "../db/client";
import { sqliteOnly } from "../test/database";
import { petitionRow } from "../test/rows";
import { LEGACY_PLAIN_PREFIX, openMail, outboxRow } from "./outbox";
import { listUnsubscribeHeaders, renderMail } from "./templates";
import { processOutboxOnce, purgeExpiredSupporterData, retryDelayMs, scrubAddresses, sealLegacyOutboxRows } from "./worker";

const ADDRESS_LIKE = /[^\s<>]+@[^\s<>]+/;
const DAY = 24 * 60 * 60_000;

interface Received {
  to: string[];
  mail: ParsedMail;
}

// A real SMTP server on 127.0.0.1, so the worker is tested through the same nodemailer code that
// talks to a mail provider in production.
async function startSmtp(options: { port?: number; delayMs?: number; rejectRecipients?: boolean } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 1000,
    onRcptTo(address, _session, callback) {
      // Real servers quote the address back when they refuse it.
      if (options.rejectRecipients)
        return callback(Object.assign(new Error(`<${address.address}>: Mailbox is full`), { responseCode: 552 }));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(async (mail) => {
        if (options.delayMs) await sleep(options.delayMs);
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  const transport = createNodemailerTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
  const stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  running.push(stop);
  return { port, received, transport, stop };
}

let running: (() => Promise<void>)[] = [];

beforeEach(async () => {
  await db.outboxMessage.deleteMany();
});

afterEach(async () => {
  await Promise.all(running.map((stop) => stop()));
  running = [];
});

async function queueConfirmMail(
  to: string,
  petitionTitle = "Free Maryia Kalesnikava",
  name = "Alesia",
  token = encodeURIComponent(petitionTitle),
) {
  const confirmUrl = `http://test.local/confirm/${token}`;
  const rendered = renderMail({ kind: "signature-confirm", name, petitionTitle, confirmUrl }, "en");
  return db.outboxMessage.create({ data: outboxRow({ kind: "signature-confirm", to, ...rendered }), omit: { sealed: false } });
}

/** Everything SQLite has written for the test database (main file and write-ahead log), as text. */
function databaseBytes(): string {
  const file = sqliteFilePath(process.env.DATABASE_URL!);
  return [file, `${file}-wal`]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path).toString("latin1"))
    .join("\n");
}

/** The row as the database holds it, every column, read past Prisma's models. */
async function rawRow(id: string): Promise<Record<string, unknown>> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "OutboxMessage" WHERE "id" = ${id}`;
  return rows[0]!;
}

/** A confirmation mail whose token, name and address appear nowhere else in the database. */
async function queueSecretMail() {
  const { token } = newToken();
  const secret = { token, name: `Nasta${token.slice(0, 8)}`, address: `seized-${token.slice(8, 16)}@example.org` };
  const row = await queueConfirmMail(secret.address, "Free Ihar Losik", secret.name, token);
  return { row, secret, readable: [secret.token, secret.name, secret.address, "Free Ihar Losik"] };
}

describe("processOutboxOnce", () => {
  it("delivers a pending mail once, to its recipient, with its content and headers", async () => {
    const smtp = await startSmtp();
    const unsubscribeUrl = "http://test.local/unsubscribe/tok-1";
    const rendered = renderMail(
      {
        kind: "campaign-update",
        title: "123 people released",
        summary: "Hundreds remain behind bars.",
        updateUrl: "http://test.local/updates/release",
        unsubscribeUrl,
      },
      "en",
    );
    const row = await db.outboxMessage.create({
      data: outboxRow({ kind: "campaign-update", to: "reader@example.org", ...rendered, headers: listUnsubscribeHeaders(unsubscribeUrl) }),
    });

    expect(await processOutboxOnce({ db, transport: smtp.transport })).toEqual({ sent: 1, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    const { to, mail } = smtp.received[0]!;
    expect(to).toEqual(["reader@example.org"]);
    expect(mail.from?.text).toBe('"Free Them" <no-reply@localhost>');
    expect(mail.subject).toBe("Free Them update: 123 people released");
    expect(mail.text?.trim()).toBe(rendered.text.trim());
    expect(mail.html).toBe(rendered.html);
    expect(mail.html).toContain('href="http://test.local/updates/release"');
    const headerLines = Object.fromEntries(mail.headerLines.map(({ key, line }) => [key, line.replace(/\r?\n\s+/g, " ")]));
    expect(headerLines["list-unsubscribe"]).toBe(`List-Unsubscribe: <${unsubscribeUrl}>`);
    expect(headerLines["list-unsubscribe-post"]).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

    const stored = await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id }, omit: { sealed: false } });
    expect(stored.state).toBe("SENT");
    expect(stored.sentAt).toBeInstanceOf(Date);
    expect(stored.lockedUntil).toBeNull();
    expect(stored.sealed).toBeNull();

    expect(await processOutboxOnce({ db, transport: smtp.transport })).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it("keeps a mail when the mail server is down and delivers it once after the retry delay", async () => {
    // A port that was just free: nothing listens there, so connecting is refused.
    const probe = await startSmtp();
    await probe.stop();
    running = [];
    const { row, secret, readable } = await queueSecretMail();

    const failedAt = new Date();
    expect(await processOutboxOnce({ db, transport: probe.transport, now: failedAt })).toEqual({ sent: 0, failed: 1 });
    const waiting = await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(waiting.state).toBe("PENDING");
    expect(waiting.attempts).toBe(1);
    expect(waiting.nextAttemptAt.getTime()).toBe(failedAt.getTime() + 5_000);
    expect(waiting.lockedUntil).toBeNull();
    expect(waiting.lastError).toMatch(/ECONNREFUSED/);
    expect(waiting.lastError).not.toMatch(ADDRESS_LIKE);
    // Waiting for the next attempt, the row is ciphertext only.
    const waitingRaw = JSON.stringify(await rawRow(row.id));
    for (const value of readable) expect(waitingRaw).not.toContain(value);

    const smtp = await startSmtp({ port: probe.port });
    // Not before its time, even with the server back.
    expect(await processOutboxOnce({ db, transport: smtp.transport, now: new Date(failedAt.getTime() + 1_000) })).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(smtp.received).toHaveLength(0);

    const later = new Date(waiting.nextAttemptAt.getTime() + 1);
    expect(await processOutboxOnce({ db, transport: smtp.transport, now: later })).toEqual({ sent: 1, failed: 0 });
    expect(await processOutboxOnce({ db, transport: smtp.transport, now: later })).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received.map((r) => r.to)).toEqual([[secret.address]]);
    // The mail that arrives after the retry is the one queued: same greeting, same link.
    const { mail } = smtp.received[0]!;
    expect(mail.subject).toBe("Confirm your signature: Free Ihar Losik");
    expect(mail.text).toContain(secret.name);
    expect(mail.text).toContain(`http://test.local/confirm/${secret.token}`);
    expect(mail.html).toContain(`href="http://test.local/confirm/${secret.token}"`);
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).state).toBe("SENT");
  });

  it("stores no address when the server's refusal quotes it", async () => {
    const smtp = await startSmtp({ rejectRecipients: true });
    const row = await queueConfirmMail("quoted.person@example.org");

    expect(await processOutboxOnce({ db, transport: smtp.transport })).toEqual({ sent: 0, failed: 1 });
    const stored = await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.lastError).toMatch(/Mailbox is full/);
    expect(stored.lastError).not.toContain("quoted.person");
    expect(stored.lastError).not.toMatch(ADDRESS_LIKE);
    expect(stored.state).toBe("PENDING");
  });

  it("delivers each mail once when two server processes send at the same time", async () => {
    // Slow enough that both runs are busy at once, each on its own database connection.
    const smtp = await startSmtp({ delayMs: 150 });
    const other = createPrismaClient(process.env.DATABASE_URL!);
    try {
      for (let i = 1; i <= 5; i++) await queueConfirmMail(`twice-${i}@example.org`, `Petition ${i}`);

      const results = await Promise.all([
        processOutboxOnce({ db, transport: smtp.transport }),
        processOutboxOnce({ db: other, transport: smtp.transport }),
      ]);

      expect(results[0]!.sent + results[1]!.sent).toBe(5);
      expect(results.every((result) => result.sent > 0)).toBe(true);
      expect(smtp.received.map((r) => r.to[0]).sort()).toEqual([1, 2, 3, 4, 5].map((i) => `twice-${i}@example.org`));
      expect(await db.outboxMessage.count({ where: { state: "SENT" } })).toBe(5);
    } finally {
      await other.$disconnect();
    }
  });
});

describe.skipIf(sqliteOnly("reads the database file's bytes"))("what a copy of the database shows of a mail", () => {
  it("is only ciphertext while the mail waits: no token, name, address or title in any column or byte", async () => {
    const { row, secret, readable } = await queueSecretMail();

    const raw = await rawRow(row.id);
    expect(Object.keys(raw).sort()).toEqual(
      ["attempts", "createdAt", "id", "kind", "lastError", "lockedUntil", "nextAttemptAt", "sealed", "sentAt", "state"].sort(),
    );
    expect(raw.sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    const bytes = databaseBytes();
    expect(bytes).toContain(row.id);
    for (const value of readable) {
      expect(JSON.stringify(raw)).not.toContain(value);
      expect(bytes).not.toContain(value);
    }
    // The key opens it, and nothing else does: a ciphertext sealed for another purpose is refused.
    expect(openMail(row.sealed).to).toBe(secret.address);
    expect(() => openMail(encrypt(JSON.stringify({ to: "x@example.org" })))).toThrow();
  });

  it("keeps only kind, state, times and attempts once the mail is sent", async () => {
    const smtp = await startSmtp();
    const { row, readable } = await queueSecretMail();

    expect(await processOutboxOnce({ db, transport: smtp.transport })).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received[0]!.mail.text).toContain(readable[0]);

    const raw = await rawRow(row.id);
    expect(raw).toMatchObject({ kind: "signature-confirm", state: "SENT", attempts: 1, sealed: null, lockedUntil: null, lastError: null });
    expect(raw.sentAt).toBeTruthy();
    const bytes = databaseBytes();
    expect(bytes).toContain(row.id);
    for (const value of readable) expect(bytes).not.toContain(value);
  });

  it("seals mails that were waiting in clear when the database was upgraded, and still delivers them", async () => {
    const smtp = await startSmtp();
    const rendered = renderMail(
      {
        kind: "signature-confirm",
        name: "Old Row",
        petitionTitle: "Legacy",
        confirmUrl: "http://test.local/confirm/legacy-token-123456789012",
      },
      "en",
    );
    // What the migration 20261201110000_outbox_sealed leaves of a row that was waiting.
    const legacy = await db.outboxMessage.create({
      data: {
        kind: "signature-confirm",
        sealed: `${LEGACY_PLAIN_PREFIX}${JSON.stringify({ toEncrypted: encrypt("legacy@example.org"), ...rendered, headers: null })}`,
      },
    });

    expect(await sealLegacyOutboxRows(db)).toBe(1);
    const sealed = await db.outboxMessage.findUniqueOrThrow({ where: { id: legacy.id }, omit: { sealed: false } });
    expect(sealed.sealed).not.toContain("legacy-token");
    expect(openMail(sealed.sealed)).toEqual({ to: "legacy@example.org", ...rendered });
    expect(await sealLegacyOutboxRows(db)).toBe(0);

    expect(await processOutboxOnce({ db, transport: smtp.transport })).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received.map((r) => r.to)).toEqual([["legacy@example.org"]]);
    expect(smtp.received[0]!.mail.text).toContain("http://test.local/confirm/legacy-token-123456789012");
  });
});

describe("retryDelayMs", () => {
  it("doubles from 5 seconds and stops at an hour", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(retryDelayMs(11)).toBe(60 * 60_000);
    expect(retryDelayMs(500)).toBe(60 * 60_000);
  });
});

describe("scrubAddresses", () => {
  it("replaces addresses and credentials in error text", () => {
    expect(scrubAddresses("550 5.1.1 <ivan@example.by>: Recipient address rejected")).toBe(
      "550 5.1.1 <<address>>: Recipient address rejected",
    );
    expect(scrubAddresses("Invalid login for smtp://user:secret@mail.example.org:587")).toBe("Invalid login for <address>");
    expect(scrubAddresses("bad recipient ivan%40example.by")).toBe("bad recipient <address>");
  });
});

describe("purgeExpiredSupporterData", () => {
  it("deletes unconfirmed sign-ups after 7 days, expired links and old sent mails, and keeps the rest", async () => {
    const now = new Date();
    const old = new Date(now.getTime() - 8 * DAY);
    const recent = new Date(now.getTime() - 1 * DAY);
    const petition = await petitionRow({ slug: "purge-test", title: "Purge test", goal: 10 });
    const signature = (key: string, state: "PENDING" | "CONFIRMED", createdAt: Date) =>
      db.signature.create({
        data: { petitionId: petition.id, emailHash: `sig-${key}`, countryEncrypted: encrypt("BY"), state, createdAt },
      });
    const subscription = (key: string, state: "PENDING" | "CONFIRMED", createdAt: Date) =>
      db.subscription.create({ data: { emailHash: `sub-${key}`, scope: "all", state, createdAt, unsubscribeTokenHash: `unsub-${key}` } });

    const oldPending = await signature("old-pending", "PENDING", old);
    const recentPending = await signature("recent-pending", "PENDING", recent);
    const oldConfirmed = await signature("old-confirmed", "CONFIRMED", old);
    const oldPendingSub = await subscription("old-pending", "PENDING", old);
    const recentPendingSub = await subscription("recent-pending", "PENDING", recent);
    const oldConfirmedSub = await subscription("old-confirmed", "CONFIRMED", old);
    const expiredToken = await db.accessToken.create({
      data: { tokenHash: "expired", emailHash: "e", expiresAt: new Date(now.getTime() - 1000) },
    });
    const liveToken = await db.accessToken.create({
      data: { tokenHash: "live", emailHash: "e", expiresAt: new Date(now.getTime() + 60_000) },
    });
    const mail = async (state: "SENT" | "PENDING", at: Date) => {
      const row = await queueConfirmMail("kept@example.org");
      return db.outboxMessage.update({ where: { id: row.id }, data: { state, createdAt: at, sentAt: state === "SENT" ? at : null } });
    };
    const oldSent = await mail("SENT", old);
    const recentSent = await mail("SENT", recent);
    const oldUnsent = await mail("PENDING", old);

    expect(await purgeExpiredSupporterData(db, now)).toEqual({ signatures: 1, subscriptions: 1, accessTokens: 1, outboxMessages: 1 });

    const ids = async <T extends { id: string }>(rows: Promise<T[]>) => (await rows).map((row) => row.id).sort();
    expect(await ids(db.signature.findMany({ where: { petitionId: petition.id } }))).toEqual([recentPending.id, oldConfirmed.id].sort());
    expect(
      await ids(db.subscription.findMany({ where: { id: { in: [oldPendingSub.id, recentPendingSub.id, oldConfirmedSub.id] } } })),
    ).toEqual([recentPendingSub.id, oldConfirmedSub.id].sort());
    expect(await ids(db.accessToken.findMany({ where: { id: { in: [expiredToken.id, liveToken.id] } } }))).toEqual([liveToken.id]);
    expect(await ids(db.outboxMessage.findMany())).toEqual([recentSent.id, oldUnsent.id].sort());
    expect(await db.signature.findUnique({ where: { id: oldPending.id } })).toBeNull();
    expect(await db.outboxMessage.findUnique({ where: { id: oldSent.id } })).toBeNull();
  });
});
