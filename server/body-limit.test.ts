import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkBodySize } from "./body-limit";

// A real HTTP server: the limit decides, then (like Next) the handler reads what is left.
let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer(async (req, res) => {
    const verdict = await checkBodySize(req, 1000);
    if (verdict !== "within-limit") {
      res.writeHead(413).end(verdict);
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    res.end(`read ${Buffer.concat(chunks).toString()}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function post(body: string | string[], headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method: "POST", path: "/", headers }, (res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    // Several writes without Content-Length: Node sends them chunked.
    for (const part of Array.isArray(body) ? body : [body]) req.write(part);
    req.end();
  });
}

describe("request body cap", () => {
  it("passes a small chunked body through whole to whoever reads it next", async () => {
    expect(await post(["name=Anna", "&country=LT"])).toEqual({ status: 200, text: "read name=Anna&country=LT" });
  });

  it("refuses a chunked body once it grows past the cap, whatever the headers say", async () => {
    const result = await post(Array.from({ length: 30 }, () => "x".repeat(100)));
    expect(result.status).toBe(413);
  });

  it("refuses a declared Content-Length over the cap before reading it", async () => {
    const body = "x".repeat(1001);
    expect((await post(body, { "content-length": String(body.length) })).status).toBe(413);
  });

  it("takes a small body with Content-Length untouched", async () => {
    expect(await post("a=b", { "content-length": "3" })).toEqual({ status: 200, text: "read a=b" });
  });
});
