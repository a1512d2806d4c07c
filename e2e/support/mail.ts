import type { APIRequestContext } from "@playwright/test";
import type { SinkMessage } from "./smtp-sink";

export type { SinkMessage };

/** The HTTP side of e2e/support/smtp-sink.ts. */
export const MAIL_SINK = "http://127.0.0.1:2526";

export interface MailMatch {
  /** Recipient address (case does not matter). */
  to: string;
  /** A string the subject contains, or a pattern it matches. */
  subject?: RegExp | string;
  /** Only mails received at or after this time (epoch ms, e.g. `Date.now()` before the action). */
  after?: number;
}

/** The newest mail in the sink that matches, waiting for it to arrive (the app sends from a background worker). */
export async function waitForMail(request: APIRequestContext, match: MailMatch, timeoutMs = 20_000): Promise<SinkMessage> {
  const deadline = Date.now() + timeoutMs;
  const to = match.to.toLowerCase();
  const subjectMatches = (subject: string) =>
    match.subject === undefined || (typeof match.subject === "string" ? subject.includes(match.subject) : match.subject.test(subject));

  for (;;) {
    const response = await request.get(`${MAIL_SINK}/messages`);
    if (!response.ok()) throw new Error(`The mail sink answered ${response.status()}: is it running (playwright.config.ts webServer)?`);
    const found = ((await response.json()) as SinkMessage[])
      .filter((mail) => mail.to.includes(to) && subjectMatches(mail.subject) && mail.receivedAt >= (match.after ?? 0))
      .sort((a, b) => b.receivedAt - a.receivedAt)[0];
    if (found) return found;
    if (Date.now() >= deadline) {
      throw new Error(`No mail to ${match.to}${match.subject ? ` with subject ${String(match.subject)}` : ""} within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The first absolute URL in `text` whose path starts with `pathPrefix`, e.g. linkIn(mail.text, "/confirm/"). */
export function linkIn(text: string, pathPrefix: string): string {
  for (const [candidate] of text.matchAll(/https?:\/\/[^\s<>"'()]+/g)) {
    // Sentence punctuation after a link is not part of it.
    const url = candidate.replace(/[.,;:!?]+$/, "");
    if (new URL(url).pathname.startsWith(pathPrefix)) return url;
  }
  throw new Error(`No link to ${pathPrefix}... in the mail`);
}
