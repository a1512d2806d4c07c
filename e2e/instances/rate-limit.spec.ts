import { expect, test, type APIRequestContext } from "@playwright/test";
import { newAddress } from "../support/comments";
import { findForm, postForm } from "../support/forms";
import { INSTANCE_A, INSTANCE_B, NGINX, upstreamOf } from "./support";

// Messages of solidarity are limited per client address (lib/rate-limit.ts, commentPerIp: 5 per
// 10 minutes). The counters live in the database, so a visitor who lands on instance A, then B,
// then A again gets no more messages through than on one instance. Were the limit kept per process,
// the alternating run would get about twice as many through.

const PROFILE = "/prisoners/nasta-loika";
const MESSAGES_PER_ADDRESS = 5;
// The refusal as the form shows it: the sentence alone is also in the page's message bundle.
const REFUSED = /data-testid="form-message"[^>]*>You have sent several messages in a short time\./;

/** Posts messages in turn through `clients` until one is refused; returns how many were accepted before it. */
async function acceptedUntilRefused(clients: APIRequestContext[], label: string, headers?: Record<string, string>) {
  const upstreams = new Set<string>();
  for (let index = 0; index < MESSAGES_PER_ADDRESS * 3; index++) {
    const client = clients[index % clients.length]!;
    const form = await findForm(client, PROFILE, "comment-form", headers);
    const response = await postForm(
      client,
      PROFILE,
      form,
      { name: `Friend ${label} ${index}`, message: `Stay strong, we think of you every day (${label}, message ${index}).` },
      headers,
    );
    expect(response.status(), `${label} message ${index}`).toBe(200);
    const upstream = upstreamOf(response);
    if (upstream) upstreams.add(upstream);
    const html = await response.text();
    if (REFUSED.test(html)) return { accepted: index, upstreams };
    expect(html, `${label} message ${index} is accepted or refused for the limit`).toContain('data-testid="comment-sent"');
  }
  throw new Error(`${label}: never refused after ${MESSAGES_PER_ADDRESS * 3} messages`);
}

test("the message limit per address holds across both instances, at the same total as on one", async ({ playwright }) => {
  const a = await playwright.request.newContext({ baseURL: INSTANCE_A });
  const b = await playwright.request.newContext({ baseURL: INSTANCE_B });
  const nginx = await playwright.request.newContext({ baseURL: NGINX });

  // One instance, one visitor (an address of its own, as a proxy on loopback would name it).
  const alone = await acceptedUntilRefused([a], "one instance", { "x-forwarded-for": newAddress() });
  expect(alone.accepted).toBe(MESSAGES_PER_ADDRESS);

  // Another visitor, 127.0.0.1: straight to A, straight to B, and through nginx (which names the
  // client $remote_addr, 127.0.0.1 too) in turn.
  const spread = await acceptedUntilRefused([a, b, nginx, b, a, nginx], "both instances");
  expect(spread.accepted).toBe(alone.accepted);
  test.info().annotations.push({ type: "limit", description: `one instance ${alone.accepted}, both instances ${spread.accepted}` });

  for (const client of [a, b, nginx]) await client.dispose();
});
