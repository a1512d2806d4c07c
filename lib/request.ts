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
