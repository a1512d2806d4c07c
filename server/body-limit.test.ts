import { createServer, request, type IncomingMessage, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyLimitFor, checkBodySize, peekBody } from "./body-limit";

// Reads a request the way Next clones it for the proxy: listeners for 'data' and 'end' attached
// a while after the request arrived. A stream that already emitted 'end' never answers.
function readLikeNext(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    setTimeout(() => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => resolve(Buffer.concat(chunks).toString()));
    }, 20);
  });
}

// A real HTTP server: the limit decides, then (like Next) the handler reads what is left.
let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer(async (req, res) => {
    if (req.url === "/peek") {
      const body = await peekBody(req, 1000);
      if (!Buffer.isBuffer(body)) return void res.writeHead(413).end(body);
      return void res.end(`peeked ${body.toString()}, read ${await readLikeNext(req)}`);
    }
    const verdict = await checkBodySize(req, 1000);
    if (verdict !== "within-limit") {
      res.writeHead(413).end(verdict);
      return;
    }
    res.end(`read ${await readLikeNext(req)}`);
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

/** Sends raw bytes in parts, `pauseMs` apart, and returns the answer's status line (or "no answer"). */
function raw(parts: string[], pauseMs = 50): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    const timer = setTimeout(() => {
      socket.destroy();
      resolve("no answer");
    }, 3000);
    socket.on("data", (chunk) => {
      answer += chunk.toString();
      if (answer.includes("\r\n\r\n") && /read|peeked|\r\n\r\n\d/.test(answer)) {
        clearTimeout(timer);
        socket.destroy();
        resolve(`${answer.split("\r\n")[0]} ${answer.split("\r\n\r\n")[1] ?? ""}`.trim());
      }
    });
    socket.on("error", reject);
    void (async () => {
      for (const part of parts) {
        socket.write(part);
        await new Promise((r) => setTimeout(r, pauseMs));
      }
    })();
  });
}

describe("request body cap", () => {
  // Found by the fuzzer: an OPTIONS request to a cached route never got an answer.
  it("answers a request with no body at all, whatever its method", async () => {
    expect(await raw(["OPTIONS / HTTP/1.1\r\nHost: x\r\n\r\n"])).toMatch(/^HTTP\/1.1 200 OK.*read\s*$/s);
  });

  it("answers a chunked request whose body is empty, sent in one piece or with the end later", async () => {
    expect(await raw(["POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"])).toMatch(
      /^HTTP\/1.1 200 OK.*read\s*$/s,
    );
    expect(await raw(["POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", "0\r\n\r\n"])).toMatch(
      /^HTTP\/1.1 200 OK.*read\s*$/s,
    );
  });

  it("passes a chunked body that arrives in slow pieces through whole", async () => {
    const answer = await raw([
      "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n",
      "4\r\na=b&\r\n",
      "3\r\nc=d\r\n",
      "0\r\n\r\n",
    ]);
    expect(answer).toMatch(/read a=b&c=d$/);
  });

  it("lets a peeked body be read again, an empty one too", async () => {
    expect(await raw(["POST /peek HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\na=b"])).toMatch(/peeked a=b, read a=b$/);
    expect(await raw(["POST /peek HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"])).toMatch(/peeked , read\s*$/);
  });

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

describe("bodyLimitFor", () => {
  it("lets the staff import page take a 10 MB file and keeps every other path at 64 KB", () => {
    expect(bodyLimitFor("/admin/import")).toBeGreaterThan(10 * 1024 * 1024 + 64 * 1024);
    expect(bodyLimitFor("/admin/import/other")).toBe(64 * 1024);
    expect(bodyLimitFor("/admin/words")).toBe(64 * 1024);
    expect(bodyLimitFor("/petitions/free-them")).toBe(64 * 1024);
  });
});
