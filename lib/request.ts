import "server-only";
import { headers } from "next/headers";
import { keyedHash } from "./crypto";

// The client's address, only ever kept as a keyed hash (rate limits, bulk invalidation).
// Next sets X-Forwarded-For from the socket when no proxy did; behind a reverse proxy, the
// rightmost entry is the one the nearest proxy saw, so that is the one used (docs/decisions/006).
export async function clientIpHash(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for") ?? "";
  const ip =
    forwarded
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1) ?? "unknown";
  return keyedHash("ip", ip);
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
