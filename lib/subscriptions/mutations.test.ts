import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { POST as oneClickUnsubscribe } from "../../app/api/unsubscribe/[token]/route";
import { db } from "../db";
import { openMail } from "../mail/outbox";
import { emailHashOf } from "../supporters/identity";
import { describeUnsubscribeLink } from "./queries";
import { confirmSubscription, recordSubscription, unsubscribe } from "./mutations";

afterAll(() => db.$disconnect());
beforeEach(() => db.outboxMessage.deleteMany());

const labels = { all: "all campaign updates", person: (name: string) => `updates about ${name}` };
const latestMail = () =>
  db.outboxMessage
    .findFirstOrThrow({ orderBy: { createdAt: "desc" }, select: { kind: true, sealed: true } })
    .then(({ kind, sealed }) => ({ kind, ...openMail(sealed), headers: JSON.stringify(openMail(sealed).headers ?? null) }));
const linkToken = (text: string, path: string) => text.match(new RegExp(`${path}/([A-Za-z0-9_-]{20,})`))?.[1] ?? "";
const state = (email: string, scope = "all") =>
  db.subscription
    .findUniqueOrThrow({ where: { emailHash_scope: { emailHash: emailHashOf(email), scope } }, select: { state: true } })
    .then((s) => s.state);

describe("subscriptions", () => {
  it("needs a confirmation, and every mail carries one-click unsubscribe headers", async () => {
    expect(await recordSubscription("reader@example.org", "all", labels, "en")).toBe("pending");
    expect(await state("reader@example.org")).toBe("PENDING");
    const mail = await latestMail();
    expect(mail.kind).toBe("subscription-confirm");
    const headers = JSON.parse(mail.headers!);
    expect(headers["List-Unsubscribe"]).toMatch(/^<http:\/\/test\.local\/api\/unsubscribe\/[A-Za-z0-9_-]+>$/);
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(await confirmSubscription(linkToken(mail.text, "/subscriptions/confirm"))).toBe("confirmed");
    expect(await state("reader@example.org")).toBe("CONFIRMED");
  });

  it("tells an already subscribed address so by mail, and changes nothing", async () => {
    await recordSubscription("again@example.org", "all", labels, "en");
    await confirmSubscription(linkToken((await latestMail()).text, "/subscriptions/confirm"));
    await recordSubscription("Again+x@example.org", "all", labels, "en");
    expect((await latestMail()).kind).toBe("subscription-duplicate");
    expect(await state("again@example.org")).toBe("CONFIRMED");
  });

  it("follows one person, and refuses an unknown one", async () => {
    expect(await recordSubscription("case@example.org", "nasta-loika", labels, "en")).toBe("pending");
    const loika = await db.prisoner.findUniqueOrThrow({ where: { slug: "nasta-loika" }, select: { id: true } });
    expect(await state("case@example.org", loika.id)).toBe("PENDING");
    expect(await recordSubscription("case@example.org", "no-such-person", labels, "en")).toBe("unknown-scope");
  });

  it("unsubscribes from the mail's link, repeatably, and a new subscribe starts over", async () => {
    await recordSubscription("leaver@example.org", "all", labels, "en");
    const mail = await latestMail();
    await confirmSubscription(linkToken(mail.text, "/subscriptions/confirm"));
    const token = linkToken(mail.text, "/unsubscribe");
    expect(await describeUnsubscribeLink(token)).toBe("subscribed");
    expect(await unsubscribe(token)).toBe(true);
    expect(await unsubscribe(token)).toBe(true);
    expect(await state("leaver@example.org")).toBe("UNSUBSCRIBED");
    await recordSubscription("leaver@example.org", "all", labels, "en");
    expect(await state("leaver@example.org")).toBe("PENDING");
  });

  it("takes an RFC 8058 one-click POST, and refuses anything else", async () => {
    await recordSubscription("oneclick@example.org", "all", labels, "en");
    const url = JSON.parse((await latestMail()).headers!)["List-Unsubscribe"].slice(1, -1) as string;
    const token = url.split("/").at(-1)!;
    const post = (body: string, t = token) =>
      oneClickUnsubscribe(new Request(url, { method: "POST", body, headers: { "Content-Type": "application/x-www-form-urlencoded" } }), {
        params: Promise.resolve({ token: t }),
      });
    expect((await post("nothing=here")).status).toBe(400);
    expect(await state("oneclick@example.org")).toBe("PENDING");
    expect((await post("List-Unsubscribe=One-Click")).status).toBe(200);
    expect(await state("oneclick@example.org")).toBe("UNSUBSCRIBED");
    expect((await post("List-Unsubscribe=One-Click", "x".repeat(43))).status).toBe(404);
  });
});
