// The SMTP sink of a faults run (e2e/support/smtp-sink.ts on ports of its own) and the sums over
// what it received. The outbox worker gives each mail the Message-ID <outbox row id@sender
// domain> on every attempt (lib/mail/worker.ts), so a mail sent twice shows as one id twice.
import type { SinkMessage } from "../../e2e/support/smtp-sink";
import { startGroup, tail, waitForOk, type Started } from "./processes";

export const SINK_HOST = "127.0.0.1";
export const SINK_SMTP_PORT = 2625;
export const SINK_HTTP_PORT = 2626;
const SINK_URL = `http://${SINK_HOST}:${SINK_HTTP_PORT}`;

export interface Sink extends Started {
  messages(): Promise<SinkMessage[]>;
}

export async function startSink(logFile: string): Promise<Sink> {
  const started = startGroup(
    "npx",
    ["tsx", "e2e/support/smtp-sink.ts"],
    { ...process.env, SMTP_SINK_PORT: String(SINK_SMTP_PORT), SMTP_SINK_HTTP_PORT: String(SINK_HTTP_PORT) },
    logFile,
  );
  await waitForOk(
    `${SINK_URL}/health`,
    30_000,
    () => started.child.exitCode !== null,
    () => tail(logFile),
  );
  return {
    ...started,
    async messages() {
      const response = await fetch(`${SINK_URL}/messages`, { signal: AbortSignal.timeout(10_000) });
      if (!response.ok) throw new Error(`The SMTP sink answered ${response.status}`);
      return (await response.json()) as SinkMessage[];
    },
  };
}

/** The outbox row id a mail was sent from, read from its Message-ID. */
export function outboxIdOf(message: SinkMessage): string | undefined {
  return /<([^@<>\s]+)@/.exec(message.headers["message-id"] ?? "")?.[1];
}

export interface MailFigures {
  /** Outbox rows that had to be sent (one confirmation per pending signature). */
  expected: number;
  /** Of those, how many reached the sink at least once (distinct Message-IDs). */
  delivered: number;
  /** Mails that reached the sink again with a Message-ID it had already received. */
  duplicates: number;
  /** Message-IDs received more than once, with every time each arrived (epoch ms). */
  duplicated: { id: string; receivedAt: number[] }[];
  /** Expected rows that never reached the sink. */
  missing: number;
  /** Acknowledged signers whose address received no mail at all. */
  acknowledgedWithoutMail: number;
}

export function mailFigures(messages: SinkMessage[], expectedIds: Set<string>, acknowledgedEmails: string[]): MailFigures {
  const arrivals = new Map<string, number[]>();
  for (const message of messages) {
    const id = outboxIdOf(message);
    if (!id || !expectedIds.has(id)) continue;
    arrivals.set(id, [...(arrivals.get(id) ?? []), message.receivedAt]);
  }
  const recipients = new Set(messages.flatMap((message) => message.to));
  const duplicated = [...arrivals]
    .filter(([, times]) => times.length > 1)
    .map(([id, times]) => ({ id, receivedAt: times.sort((a, b) => a - b) }));
  return {
    expected: expectedIds.size,
    delivered: arrivals.size,
    duplicates: duplicated.reduce((sum, { receivedAt }) => sum + receivedAt.length - 1, 0),
    duplicated,
    missing: expectedIds.size - arrivals.size,
    acknowledgedWithoutMail: acknowledgedEmails.filter((email) => !recipients.has(email.toLowerCase())).length,
  };
}
