import { expect, test, type APIRequestContext } from "@playwright/test";
import { signatureTaken } from "../../lib/petitions/signed-answer";
import { letters } from "../support/client";
import { findForm, postForm } from "../support/forms";
import { linkIn } from "../support/mail";
import { INSTANCE_A, INSTANCE_B, NGINX, sinkMessages, sleep, upstreamOf } from "./support";

// Supporters sign one petition on instance A, on instance B and through nginx, and confirm from
// their mails on each of the three in turn. Both instances run a mail worker on the one outbox:
// each confirmation mail must arrive exactly once, and both instances must count every signature.

const SLUG = "release-all-political-prisoners";
const SUBJECT = "Confirm your signature";

async function confirmedCount(client: APIRequestContext): Promise<number> {
  const response = await client.get(`/api/v1/petitions/${SLUG}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: { confirmedCount: number } }).data.confirmedCount;
}

test("signatures through both instances and nginx: every mail once, the count exact on both", async ({ playwright, request }) => {
  const clients = {
    a: await playwright.request.newContext({ baseURL: INSTANCE_A }),
    b: await playwright.request.newContext({ baseURL: INSTANCE_B }),
    nginx: await playwright.request.newContext({ baseURL: NGINX }),
  };
  const order = [clients.a, clients.b, clients.nginx, clients.a, clients.b, clients.nginx];
  const before = await confirmedCount(clients.a);
  expect(await confirmedCount(clients.b)).toBe(before);

  const run = letters(8);
  const signers = order.map((_, index) => ({ name: `Signer ${run} ${index}`, email: `signer-${run}-${index}@example.org` }));
  const upstreams = new Set<string>();
  const path = `/petitions/${SLUG}`;
  // One copy of the form (every instance serves the same build, so the same action): the posts
  // through nginx then follow one another and its round robin sends them to both instances.
  const form = await findForm(clients.a, path, "sign-form");
  for (const [index, signer] of signers.entries()) {
    const client = order[index]!;
    const response = await postForm(client, path, form, { name: signer.name, email: signer.email, country: "LT" });
    const answer = { status: response.status(), location: response.headers()["location"], html: await response.text() };
    expect(signatureTaken(answer), `signing ${index} is acknowledged (${answer.status})`).toBe(true);
    const upstream = upstreamOf(response);
    if (client === clients.nginx && upstream) upstreams.add(upstream);
  }

  // Each signer's confirmation mail arrives; then, after a few more mail-worker rounds, it is still
  // the only one: no row of the shared outbox was sent by both workers.
  const emails = new Set(signers.map((signer) => signer.email));
  const confirmMails = async () =>
    (await sinkMessages(request)).filter((mail) => mail.subject.includes(SUBJECT) && mail.to.some((to) => emails.has(to)));
  await expect.poll(async () => new Set((await confirmMails()).flatMap((mail) => mail.to)).size, { timeout: 30_000 }).toBe(signers.length);
  await sleep(5_000);
  const mails = await confirmMails();
  for (const signer of signers) {
    expect(
      mails.filter((mail) => mail.to.includes(signer.email)),
      `mails to ${signer.email}`,
    ).toHaveLength(1);
  }
  expect(new Set(mails.map((mail) => mail.headers["message-id"])).size, "distinct Message-IDs").toBe(signers.length);

  // Confirmed in turn on A, B and through nginx.
  for (const [index, signer] of signers.entries()) {
    const client = order[index]!;
    const mail = mails.find((candidate) => candidate.to.includes(signer.email))!;
    const confirmPath = new URL(linkIn(mail.text, "/confirm/")).pathname;
    const form = await findForm(client, confirmPath, /name="token"/);
    const response = await postForm(client, confirmPath, form, {});
    expect(response.status(), `confirming ${index}`).toBeLessThan(400);
    expect(await (await client.get(confirmPath)).text(), `confirmed ${index}`).toContain('data-testid="confirm-done"');
  }

  // N confirmations, +N on both instances: in the open data and on the petition's page.
  for (const client of [clients.a, clients.b]) {
    await expect.poll(() => confirmedCount(client), { timeout: 15_000 }).toBe(before + signers.length);
  }
  const shown = (before + signers.length).toLocaleString("en-US");
  for (const client of [clients.a, clients.b]) {
    await expect
      .poll(async () => (await (await client.get(path)).text()).match(/data-testid="signature-count"[^>]*>([^<]*)</)?.[1], {
        timeout: 15_000,
      })
      .toMatch(new RegExp(`^${shown}(?![\\d,])`));
  }
  // nginx spread the supporters over both instances.
  expect([...upstreams].sort()).toEqual(["127.0.0.1:3001", "127.0.0.1:3002"]);
  test.info().annotations.push({
    type: "signatures",
    description: `${signers.length} signed and confirmed, count ${before} -> ${before + signers.length}`,
  });

  for (const client of Object.values(clients)) await client.dispose();
});
