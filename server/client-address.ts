import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";

// Who sent a request, decided once, before Next sees it (docs/decisions/016). Forwarded headers
// are believed only when they come from a proxy the operator named in TRUST_PROXY; everything
// else is the socket's own address. The headers Next and our code read are then overwritten
// with that decision, so nothing downstream can be fooled by what a client wrote into them.

export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * TRUST_PROXY in the syntax Express uses: unset or empty trusts no proxy; a whole number N
 * trusts N hops in front of the server; otherwise a comma-separated list of addresses, CIDR
 * ranges or the names loopback, linklocal, uniquelocal. Throws on a value proxy-addr rejects.
 */
export function compileTrustProxy(setting: string | undefined): TrustProxy {
  const value = (setting ?? "").trim();
  if (value === "") return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return proxyAddr.compile(
    value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
  );
}

export interface Forwarding {
  /** The client's address: the socket's, or the nearest untrusted one in X-Forwarded-For. */
  address: string;
  /** "https" when the connection is TLS or a trusted proxy says so. */
  proto: "http" | "https";
  /** The Host the client asked for: X-Forwarded-Host from a trusted proxy, else Host. */
  host: string | undefined;
}

function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(",")[0]?.trim() || undefined;
}

export function resolveForwarding(req: IncomingMessage, trust: TrustProxy): Forwarding {
  const socketAddress = req.socket.remoteAddress ?? "";
  const fromTrustedProxy = socketAddress !== "" && trust(socketAddress, 0);
  const encrypted = Boolean((req.socket as { encrypted?: boolean }).encrypted);
  const forwardedProto = fromTrustedProxy ? firstValue(req.headers["x-forwarded-proto"])?.toLowerCase() : undefined;
  return {
    address: proxyAddr(req, trust) || "unknown",
    proto: encrypted || forwardedProto === "https" ? "https" : "http",
    host: (fromTrustedProxy ? firstValue(req.headers["x-forwarded-host"]) : undefined) ?? req.headers.host,
  };
}

/**
 * Replaces the forwarded headers with the resolved values: X-Forwarded-For becomes the one
 * client address (lib/request.ts reads it), X-Forwarded-Proto and -Host say what the client used.
 */
export function overwriteForwardedHeaders(req: IncomingMessage, forwarding: Forwarding): void {
  req.headers["x-forwarded-for"] = forwarding.address;
  req.headers["x-forwarded-proto"] = forwarding.proto;
  if (forwarding.host) req.headers["x-forwarded-host"] = forwarding.host;
  else delete req.headers["x-forwarded-host"];
  delete req.headers["forwarded"];
  delete req.headers["x-real-ip"];
}
