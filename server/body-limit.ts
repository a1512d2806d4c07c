import type { IncomingMessage } from "node:http";

// Every form here is small: a name, an address, a message of at most 2,000 characters.
export const MAX_BODY_BYTES = 64 * 1024;

export type BodyVerdict = "within-limit" | "too-large" | "aborted";

function declaredLength(req: IncomingMessage): number | undefined {
  const header = req.headers["content-length"];
  if (header === undefined || req.headers["transfer-encoding"] !== undefined) return undefined;
  const length = Number(header);
  return Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

/**
 * Decides whether a request body fits under `max` bytes before anything else reads it.
 * A declared Content-Length is believed (Node's parser never delivers more than it says), so
 * small forms take the fast path untouched. A body without one (chunked) is read and counted:
 * past the limit the verdict is "too-large" at once; within it, the bytes are put back into the
 * request stream, so whoever reads the request next (Next) gets the whole body as if unread.
 */
export function checkBodySize(req: IncomingMessage, max = MAX_BODY_BYTES): Promise<BodyVerdict> | BodyVerdict {
  const length = declaredLength(req);
  if (length !== undefined) return length > max ? "too-large" : "within-limit";
  if (req.method === "GET" || req.method === "HEAD") {
    if (req.headers["transfer-encoding"] === undefined) return "within-limit";
  }
  return readAndPutBack(req, max).then((read) => (typeof read === "string" ? read : "within-limit"));
}

/**
 * The whole body (at most `max` bytes), read and put back so Next still reads all of it; for the
 * few requests whose body must be looked at before Next decodes it.
 */
export function peekBody(req: IncomingMessage, max = MAX_BODY_BYTES): Promise<Buffer | "too-large" | "aborted"> {
  return readAndPutBack(req, max);
}

function readAndPutBack(req: IncomingMessage, max: number): Promise<Buffer | "too-large" | "aborted"> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const finish = (verdict: Buffer | "too-large" | "aborted") => {
      req.off("readable", onReadable);
      req.off("error", onError);
      req.off("aborted", onError);
      resolve(verdict);
    };
    const onError = () => finish("aborted");
    function onReadable() {
      let chunk: Buffer | null;
      while ((chunk = req.read() as Buffer | null) !== null) {
        total += chunk.length;
        if (total > max) return finish("too-large");
        chunks.push(chunk);
      }
      // `complete` is set once the parser has seen the whole message. The stream has ended but
      // has not emitted 'end' yet (that waits for a tick with nothing buffered), so the bytes
      // can still go back in front.
      if (req.complete) {
        const body = Buffer.concat(chunks, total);
        if (total > 0) req.unshift(body);
        finish(body);
      }
    }
    req.on("readable", onReadable);
    req.on("error", onError);
    req.on("aborted", onError);
  });
}
