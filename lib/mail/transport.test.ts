import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fileTransport } from "./transport";

let dir: string | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("fileTransport (no SMTP_URL)", () => {
  it("writes a mail a newcomer can open, named by time and outbox id, without the recipient", async () => {
    dir = join(mkdtempSync(join(tmpdir(), "free-them-mail-")), "not-yet-created");
    const log = vi.spyOn(console, "log").mockImplementation(() => {});

    await fileTransport(dir).sendMail({
      from: "Free Them <no-reply@localhost>",
      to: "newcomer@example.org",
      subject: "Confirm your signature: Free them all",
      text: "Confirm my signature:\nhttp://localhost:3000/confirm/tok123\n",
      html: '<p><a href="http://localhost:3000/confirm/tok123">Confirm my signature</a></p>',
      messageId: "<cmoutbox123@localhost>",
    });

    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z-cmoutbox123\.eml$/);
    const raw = readFileSync(join(dir, files[0]!), "utf8");
    expect(raw).not.toContain("newcomer");

    const mail = await simpleParser(raw);
    expect(mail.subject).toBe("Confirm your signature: Free them all");
    expect(mail.text).toContain("http://localhost:3000/confirm/tok123");
    expect(mail.html).toContain('href="http://localhost:3000/confirm/tok123"');

    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toBe(`[mail] No SMTP_URL: wrote ${join(dir, files[0]!)}`);
  });
});
