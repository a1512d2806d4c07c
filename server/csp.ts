import { createHash } from "node:crypto";

// A Content-Security-Policy without 'unsafe-inline' for scripts that keeps pages cacheable
// (docs/decisions/017). Next's pages carry a few inline scripts of their own: the flight
// bootstrap and the data pushes that hand React its payload. The server hashes those, and only
// those, in each HTML response; any other inline script (one that got in through a bug) has no
// hash in the policy, so the browser refuses to run it. Script files come from 'self'.

const BOOTSTRAP = "(self.__next_f=self.__next_f||[]).push([0])";
const DATA_PUSH = /^self\.__next_f\.push\((\[[\s\S]*\])\)$/;
// Turbopack's runtime list: which of the build's chunk files to load (each still from 'self').
const TURBOPACK_CHUNKS = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[\s\S]*\})\);$/;
const CHUNK_PATH = /^static\/chunks\/[\w.-]+\.(js|css)$/;

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** True for the inline scripts Next writes into every App Router page, and nothing else. */
export function isNextInlineScript(text: string): boolean {
  if (text === BOOTSTRAP) return true;
  const push = DATA_PUSH.exec(text);
  if (push) {
    // The argument must be data, not code: JSON that parses to [kind, ...values].
    const entry = parseJson(push[1]);
    return Array.isArray(entry) && typeof entry[0] === "number";
  }
  const chunks = TURBOPACK_CHUNKS.exec(text);
  if (chunks) {
    const entry = parseJson(chunks[1]) as { otherChunks?: unknown; runtimeModuleIds?: unknown } | undefined;
    return (
      typeof entry === "object" &&
      entry !== null &&
      Array.isArray(entry.otherChunks) &&
      entry.otherChunks.every((path) => typeof path === "string" && CHUNK_PATH.test(path)) &&
      Array.isArray(entry.runtimeModuleIds) &&
      entry.runtimeModuleIds.every((id) => typeof id === "number") &&
      Object.keys(entry).every((key) => key === "otherChunks" || key === "runtimeModuleIds")
    );
  }
  return false;
}

// <script> elements with no src and a JavaScript type (none, or text/javascript): the ones a CSP
// treats as inline scripts. JSON-LD (type="application/ld+json") is data and never runs.
const INLINE_SCRIPT = /<script((?:\s+[^>]*)?)>([\s\S]*?)<\/script\s*>/gi;

function isExecutableInline(attributes: string): boolean {
  if (/\ssrc\s*=/i.test(attributes)) return false;
  const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === "text/javascript" || type === "module";
}

/** 'sha256-…' sources for each of Next's own inline scripts in `html` (duplicates once). */
export function nextInlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", text = ""] of html.matchAll(INLINE_SCRIPT)) {
    if (!isExecutableInline(attributes) || !isNextInlineScript(text)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

export interface PolicyOptions {
  /** Inline scripts allowed by hash. */
  scriptHashes: string[];
  /** `next dev` evaluates code for its overlay and reloading; never in production. */
  development?: boolean;
}

export function contentSecurityPolicy({ scriptHashes, development = false }: PolicyOptions): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes, ...(development ? ["'unsafe-eval'"] : [])].join(" "),
    "script-src-attr 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/**
 * The policy of an HTML body, remembered per distinct body: a cached page is the same bytes for
 * every visitor until it is rendered again, and finding and hashing its scripts cost about eight
 * times what hashing the whole body does. Keyed by the body's SHA-256; the oldest of `capacity`
 * goes first, so pages rendered per request cannot grow it.
 */
export function policyCache({ development = false, capacity = 500 }: { development?: boolean; capacity?: number } = {}) {
  const policies = new Map<string, string>();
  return function policyFor(html: Buffer): string {
    const key = createHash("sha256").update(html).digest("base64");
    let policy = policies.get(key);
    if (policy === undefined) {
      policy = contentSecurityPolicy({ scriptHashes: nextInlineScriptHashes(html.toString("utf8")), development });
      if (policies.size >= capacity) policies.delete(policies.keys().next().value!);
      policies.set(key, policy);
    }
    return policy;
  };
}
