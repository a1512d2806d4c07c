import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

// Holds back a response until its last byte, so headers that depend on the whole body (the
// script hashes of the CSP) can be set, or the body replaced, before anything is sent. Next
// writes a cached page in one piece, so for those nothing waits; a page rendered per request is
// sent when it is complete instead of streamed. Responses not held pass through untouched.

type Write = ServerResponse["write"];
type End = ServerResponse["end"];
type Callback = (error?: Error | null) => void;

export function isHtml(contentType: unknown): boolean {
  return typeof contentType === "string" && contentType.toLowerCase().startsWith("text/html");
}

function headerFrom(headers: OutgoingHttpHeaders | unknown[] | undefined, name: string): unknown {
  if (!headers) return undefined;
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) if (String(headers[i]).toLowerCase() === name) return headers[i + 1];
    return undefined;
  }
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return value;
  return undefined;
}

function toBuffer(chunk: unknown, encoding?: BufferEncoding): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), encoding);
}

export interface HoldRules {
  /** Decided when the handler first writes: hold this response (by its status and type)? */
  hold: (statusCode: number, contentType: unknown) => boolean;
  /** Called with the whole body of a held response before its headers go out; may set headers and return another body. */
  finish: (body: Buffer, res: ServerResponse) => Buffer;
}

/** Applies `rules` to the response. Must be called before the handler writes anything. */
export function holdResponse(res: ServerResponse, rules: HoldRules): void {
  const original = {
    write: res.write,
    end: res.end,
    writeHead: res.writeHead,
    flushHeaders: res.flushHeaders,
  };
  let mode: "undecided" | "pass" | "hold" = "undecided";
  const chunks: Buffer[] = [];

  const restore = () => {
    res.write = original.write;
    res.end = original.end;
    res.writeHead = original.writeHead;
    res.flushHeaders = original.flushHeaders;
  };
  const decide = (contentType: unknown) => {
    if (mode !== "undecided") return;
    mode = rules.hold(res.statusCode, contentType) ? "hold" : "pass";
    if (mode === "pass") restore();
  };

  res.writeHead = function writeHead(this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    const headers = (typeof rest[0] === "string" ? rest[1] : rest[0]) as OutgoingHttpHeaders | unknown[] | undefined;
    res.statusCode = statusCode;
    decide(headerFrom(headers, "content-type") ?? res.getHeader("content-type"));
    if (mode === "pass") return original.writeHead.call(this, statusCode, ...(rest as [OutgoingHttpHeaders]));
    // Held: keep status and headers on the response; they are sent with the body.
    res.statusCode = statusCode;
    if (typeof rest[0] === "string") res.statusMessage = rest[0];
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string);
    } else if (headers) {
      for (const [key, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(key, value);
    }
    return this;
  } as ServerResponse["writeHead"];

  res.flushHeaders = function flushHeaders(this: ServerResponse) {
    decide(res.getHeader("content-type"));
    if (mode === "pass") original.flushHeaders.call(this);
  };

  res.write = function write(this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    decide(res.getHeader("content-type"));
    if (mode === "pass") return (original.write as (...args: unknown[]) => boolean).call(this, chunk, encoding, callback);
    const done = (typeof encoding === "function" ? encoding : callback) as Callback | undefined;
    chunks.push(toBuffer(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : undefined));
    if (done) process.nextTick(done);
    return true;
  } as Write;

  res.end = function end(this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    decide(res.getHeader("content-type"));
    if (mode === "pass") return (original.end as (...args: unknown[]) => ServerResponse).call(this, chunk, encoding, callback);
    let done: Callback | undefined;
    if (typeof chunk === "function") done = chunk as Callback;
    else {
      if (chunk !== undefined && chunk !== null)
        chunks.push(toBuffer(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : undefined));
      done = (typeof encoding === "function" ? encoding : callback) as Callback | undefined;
    }
    restore();
    const body = rules.finish(Buffer.concat(chunks), res);
    // The whole body is known now: say its length (a HEAD answer keeps the one Next set).
    if (body.length > 0) res.setHeader("content-length", body.length);
    return (original.end as (...args: unknown[]) => ServerResponse).call(this, body, done);
  } as End;
}
