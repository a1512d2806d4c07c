// Raw HTTP to the app on loopback: bodies are bytes (invalid UTF-8 and broken multipart must reach
// the server as they are), headers are sent as given, redirects are not followed.
import http from "node:http";

export interface Wire {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface Answer {
  /** HTTP status, or 0 when the connection failed or timed out. */
  status: number;
  error?: string;
  /** The first bytes of the body, for the report. */
  excerpt: string;
}

let agent: http.Agent | undefined;

export function openAgent(maxSockets: number) {
  agent = new http.Agent({ keepAlive: true, maxSockets });
}

export function closeAgent() {
  agent?.destroy();
}

/** Node refuses header values outside Latin-1 and control characters; the rest goes as it is. */
const headerSafe = (value: string) => value.replace(/[^\t\x20-\x7e\x80-\xff]/g, "?");

/**
 * One request. A kept-alive socket the server closed just before it was reused fails without an
 * answer: that request is sent once more on a new connection (the server never saw it).
 */
export async function send(port: number, wire: Wire, timeoutMs = 30_000): Promise<Answer> {
  const answer = await sendOnce(port, wire, timeoutMs, agent);
  if (answer.status === 0 && answer.reused) return sendOnce(port, wire, timeoutMs, false);
  return answer;
}

function sendOnce(
  port: number,
  wire: Wire,
  timeoutMs: number,
  via: http.Agent | false | undefined,
): Promise<Answer & { reused?: boolean }> {
  const headers = Object.fromEntries(Object.entries(wire.headers).map(([name, value]) => [name, headerSafe(value)]));
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        method: wire.method,
        path: wire.path,
        headers: { ...headers, ...(wire.body ? { "content-length": String(wire.body.length) } : {}) },
        agent: via,
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          if (size < 2000) chunks.push(chunk);
          size += chunk.length;
        });
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, excerpt: Buffer.concat(chunks).toString("utf8").slice(0, 600) }),
        );
        response.on("error", (error) => resolve({ status: response.statusCode ?? 0, error: error.message, excerpt: "" }));
      },
    );
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", (error) => resolve({ status: 0, error: error.message, excerpt: "", reused: request.reusedSocket }));
    request.end(wire.body);
  });
}
