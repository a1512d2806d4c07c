import "server-only";
import { headers } from "next/headers";
import { keyedHash } from "./crypto";
import { clientAddressIsResolved } from "./routing/client-address-mark";

// The client's address, only ever kept as a keyed hash (rate limits, bulk invalidation). The
// custom server (server/index.ts) resolves it from the socket, or from X-Forwarded-For of a
// proxy named in TRUST_PROXY, and overwrites X-Forwarded-For with that one address before Next
// sees the request (docs/decisions/016). In a process it did not start (a bare `next start`),
// the header may be the client's own words: then every client counts as one, so the limits
// hold for all of them together rather than for nobody.
export async function clientIpHash(): Promise<string> {
  if (!clientAddressIsResolved()) {
    warnUnresolvedOnce();
    return keyedHash("ip", "unresolved");
  }
  const ip = (await headers()).get("x-forwarded-for")?.trim() || "unknown";
  return keyedHash("ip", ip);
}

let warned = false;
function warnUnresolvedOnce() {
  if (warned) return;
  warned = true;
  console.warn("[request] Not started through server/index.ts: every client shares one rate-limit address. Use `npm start`.");
}

/**
 * One cookie of the request, read from its header. Signing reads it this way on purpose: calling
 * next/headers' cookies() in the sign action halved its throughput (measured with `npm run bench`).
 */
export async function requestCookie(name: string): Promise<string | undefined> {
  const header = (await headers()).get("cookie") ?? "";
  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}
