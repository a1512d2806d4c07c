import type { APIRequestContext, APIResponse } from "@playwright/test";
import type { SinkMessage } from "../support/smtp-sink";

// What the two-instance specs share: where each process listens (scripts/test-instances.ts starts
// them) and the mail sink's HTTP side on its own port.

export const INSTANCE_A = "http://127.0.0.1:3001";
export const INSTANCE_B = "http://127.0.0.1:3002";
export const NGINX = "http://127.0.0.1:8080";
const SINK = process.env.INSTANCES_SINK ?? "http://127.0.0.1:2536";

export async function sinkMessages(request: APIRequestContext): Promise<SinkMessage[]> {
  const response = await request.get(`${SINK}/messages`);
  if (!response.ok()) throw new Error(`The mail sink answered ${response.status()}: run these specs with npm run test:instances`);
  return (await response.json()) as SinkMessage[];
}

/** The instance nginx passed a request to (the test's nginx.conf adds the header; the repo's config does not). */
export function upstreamOf(response: APIResponse): string | undefined {
  return response.headers()["x-free-them-upstream"];
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
