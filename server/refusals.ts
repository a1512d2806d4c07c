import type { IncomingMessage } from "node:http";

// Requests refused before Next sees them, each with a 4xx and a sentence a person can act on
// (docs/decisions/016). Next would answer most of these with a 500 and a stack trace.

export interface Refusal {
  status: number;
  /** Shown to the sender (the styled page, or plain text to a script). */
  message: string;
  /** The one log line: what was refused, never who sent it. */
  reason: string;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function originOf(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

export interface SiteOrigin {
  /** APP_URL's origin: the address readers use. */
  appOrigin: string;
  /** The origin the request itself was addressed to (scheme + Host or trusted X-Forwarded-Host). */
  requestOrigin: string | undefined;
}

/**
 * Cross-origin protection for every write outside /api (pages and their server actions), the
 * way Go's net/http CrossOriginProtection does it: a browser's Sec-Fetch-Site says where a
 * request came from, whatever the page's referrer policy; without it, Origin must be this site.
 * A request with neither is not from a browser, so there is no visitor's session to abuse.
 */
export function isCrossOriginWrite(req: IncomingMessage, site: SiteOrigin): boolean {
  if (SAFE_METHODS.has(req.method ?? "GET")) return false;
  const fetchSite = header(req, "sec-fetch-site");
  if (fetchSite !== undefined) return fetchSite !== "same-origin" && fetchSite !== "none";
  const origin = header(req, "origin");
  if (origin === undefined) return false;
  const parsed = originOf(origin);
  return parsed === undefined || (parsed !== site.appOrigin && parsed !== site.requestOrigin);
}

/**
 * A path Next cannot decode (a stray "%" or an escape that is not UTF-8) fails in Next's router
 * before any route runs, and Next answers 500. Refused here as the bad address it is.
 */
export function refuseUndecodablePath(pathname: string): Refusal | undefined {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return undefined;
  } catch {
    return { status: 400, message: "badAddress", reason: "undecodable path" };
  }
}

/**
 * React sends a server action's arguments as text only when none is a form or a file, and then
 * always as a JSON list. Every other text (`null`, a number, broken JSON) makes Next fail while it
 * reads the arguments, with a 500: refused here. Needs the body, so only text/plain actions pay.
 */
export function isTextActionCall(req: IncomingMessage): boolean {
  return header(req, "next-action") !== undefined && (header(req, "content-type") ?? "").toLowerCase().startsWith("text/plain");
}

export function refuseTextActionBody(body: Buffer): Refusal | undefined {
  let args: unknown;
  try {
    args = JSON.parse(body.toString("utf8"));
  } catch {
    // falls through to the refusal
  }
  if (!Array.isArray(args)) return { status: 400, message: "malformed", reason: "server action arguments are not a list" };
  if (referencesMissingPart(args))
    return { status: 400, message: "malformed", reason: "server action arguments reference parts the body lacks" };
  return undefined;
}

// In React's reply format a string that starts with "$" is a reference, and "$$" an escaped "$".
// A text body is one part: only the references that carry their own value can be in it (Infinity,
// -0 and -Infinity, NaN, undefined, a date, a bigint). Any other ("$B" a file, "$A".."$V" typed
// arrays, "$K" a form, "$1" another part) points at parts a text body cannot have, and Next fails
// on it with a 500.
const SELF_CONTAINED_REFERENCE = /^\$[$IN\-uDn]/;

function referencesMissingPart(value: unknown): boolean {
  if (typeof value === "string") return value.startsWith("$") && !SELF_CONTAINED_REFERENCE.test(value);
  if (Array.isArray(value)) return value.some(referencesMissingPart);
  if (value && typeof value === "object") return Object.values(value).some(referencesMissingPart);
  return false;
}

const ACTION_CONTENT_TYPES = ["multipart/form-data", "text/plain", "application/x-www-form-urlencoded"];

/**
 * Checks a write to a page (server actions live there) that passed the origin check.
 * `actionIds` are the ids in the build's server-reference manifest (undefined: not known, as in
 * `next dev`, where they change with every edit).
 */
export function refuseWrite(req: IncomingMessage, site: SiteOrigin, actionIds: ReadonlySet<string> | undefined): Refusal | undefined {
  if (SAFE_METHODS.has(req.method ?? "GET")) return undefined;
  if (isCrossOriginWrite(req, site)) {
    return { status: 403, message: "forbiddenOrigin", reason: "cross-origin write" };
  }
  if (req.method !== "POST") return { status: 405, message: "methodNotAllowed", reason: `method ${req.method}` };
  const contentType = (header(req, "content-type") ?? "").toLowerCase();
  if (!ACTION_CONTENT_TYPES.some((type) => contentType.startsWith(type))) {
    return { status: 415, message: "unsupportedType", reason: "unsupported content type" };
  }
  if (contentType.startsWith("multipart/form-data") && !/;\s*boundary=/.test(contentType)) {
    return { status: 400, message: "malformed", reason: "multipart body without boundary" };
  }
  const actionId = header(req, "next-action");
  if (actionId !== undefined && actionIds && !actionIds.has(actionId)) {
    return { status: 404, message: "staleForm", reason: "unknown server action id" };
  }
  return undefined;
}
