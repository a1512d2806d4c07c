import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { isTrustProxySetting } from "../lib/routing/trust-proxy-setting";
import { compileTrustProxy, overwriteForwardedHeaders, resolveForwarding } from "./client-address";

function request(socketAddress: string, headers: Record<string, string>): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, "remoteAddress", { value: socketAddress });
  const req = new IncomingMessage(socket);
  req.headers = { host: "free-them.example.org", ...headers };
  return req;
}

const forged = { "x-forwarded-for": "203.0.113.7", "x-forwarded-proto": "https", "x-forwarded-host": "evil.test" };

describe("client address", () => {
  it("uses the socket address and ignores forwarded headers when no proxy is trusted", () => {
    for (const setting of [undefined, "", "  "]) {
      const forwarding = resolveForwarding(request("198.51.100.20", forged), compileTrustProxy(setting));
      expect(forwarding).toEqual({ address: "198.51.100.20", proto: "http", host: "free-them.example.org" });
    }
  });

  it("ignores a forged X-Forwarded-For from a client that is not a trusted proxy", () => {
    const forwarding = resolveForwarding(request("198.51.100.20", forged), compileTrustProxy("loopback"));
    expect(forwarding.address).toBe("198.51.100.20");
    expect(forwarding.proto).toBe("http");
  });

  it("believes a trusted proxy: its X-Forwarded-For entry, proto and host", () => {
    const forwarding = resolveForwarding(request("127.0.0.1", forged), compileTrustProxy("loopback"));
    expect(forwarding).toEqual({ address: "203.0.113.7", proto: "https", host: "evil.test" });
  });

  it("takes the nearest untrusted entry: a client cannot prepend its way past the proxy", () => {
    // nginx with $proxy_add_x_forwarded_for appends the address it saw to what the client sent.
    const req = request("127.0.0.1", { "x-forwarded-for": "10.9.9.9, 203.0.113.7" });
    expect(resolveForwarding(req, compileTrustProxy("127.0.0.1")).address).toBe("203.0.113.7");
    expect(resolveForwarding(req, compileTrustProxy("1")).address).toBe("203.0.113.7");
    expect(resolveForwarding(req, compileTrustProxy("2")).address).toBe("10.9.9.9");
  });

  it("accepts CIDR lists and proxy-addr's names", () => {
    const req = request("10.1.2.3", { "x-forwarded-for": "203.0.113.7" });
    expect(resolveForwarding(req, compileTrustProxy("192.168.0.0/16, 10.0.0.0/8")).address).toBe("203.0.113.7");
    expect(resolveForwarding(req, compileTrustProxy("uniquelocal")).address).toBe("203.0.113.7");
    expect(resolveForwarding(req, compileTrustProxy("192.168.0.0/16")).address).toBe("10.1.2.3");
  });

  it("overwrites the forwarded headers with the one resolved address", () => {
    const req = request("198.51.100.20", { ...forged, forwarded: "for=1.2.3.4", "x-real-ip": "1.2.3.4" });
    overwriteForwardedHeaders(req, resolveForwarding(req, compileTrustProxy(undefined)));
    expect(req.headers["x-forwarded-for"]).toBe("198.51.100.20");
    expect(req.headers["x-forwarded-proto"]).toBe("http");
    expect(req.headers["x-forwarded-host"]).toBe("free-them.example.org");
    expect(req.headers.forwarded).toBeUndefined();
    expect(req.headers["x-real-ip"]).toBeUndefined();
  });

  it("validates TRUST_PROXY", () => {
    for (const good of ["1", "loopback", "127.0.0.1, ::1", "10.0.0.0/8,uniquelocal"]) expect(isTrustProxySetting(good)).toBe(true);
    for (const bad of ["yes", "10.0.0.0/99", "localhost", ","]) expect(isTrustProxySetting(bad)).toBe(false);
  });
});
