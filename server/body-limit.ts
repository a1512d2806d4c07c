import type { IncomingMessage } from "node:http";

// Every form here is small: a name, an address, a message of at most 2,000 characters.
export const MAX_BODY_BYTES = 64 * 1024;

// The one exception: the staff import page takes a file of up to 10 MB (lib/import/schema.ts).
// Its body may be larger still (the form's other fields, multipart framing, a file a little over
// the limit that the page refuses in words); far beyond that it is refused here like any other.
export const IMPORT_PAGE = "/admin/import";
export const MAX_IMPORT_BODY_BYTES = 16 * 1024 * 1024;

/** The body cap of a request to this path. */
export function bodyLimitFor(pathname: string): number {
  return pathname === IMPORT_PAGE ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES;
}

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
  // Neither Content-Length nor Transfer-Encoding: the request has no body (RFC 9112, 6.3).
  if (req.headers["transfer-encoding"] === undefined) return "within-limit";
  return readAndPutBack(req, max).then((read) => (typeof read === "string" ? read : "within-limit"));
}

/**
 * The whole body (at most `max` bytes), read and put back so Next still reads all of it; for the
 * few requests whose body must be looked at before Next decodes it.
 */
export function peekBody(req: IncomingMessage, max = MAX_BODY_BYTES): Promise<Buffer | "too-large" | "aborted"> {
  return readAndPutBack(req, max);
}

// The request must still look unread afterwards: Next waits for its 'end' event (to clone the
// body for the proxy), and a stream that has already emitted it leaves the request unanswered.
// An empty body is therefore never read: reading it emits 'end', and so does listening for
// 'readable' on a stream that ends before the next tick. Waiting one turn of the event loop lets
// the parser finish the packet in hand, so a body that came with the headers is seen whole.
async function readAndPutBack(req: IncomingMessage, max: number): Promise<Buffer | "too-large" | "aborted"> {
  await new Promise((resolve) => setImmediate(resolve));
  if (req.destroyed) return "aborted";
  if (req.complete && req.readableLength === 0) return Buffer.alloc(0);
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
      while (req.readableLength > 0) {
        const chunk = req.read() as Buffer;
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
