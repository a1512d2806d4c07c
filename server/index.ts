// The one way into the app (`npm start`, `npm run serve`, `npm run dev`): a small Node server in
// front of Next's request handler that, before Next sees a request, decides who sent it, caps its
// body, refuses bad writes with a 4xx, and after Next answers sets the script hashes of the
// Content-Security-Policy and compresses (docs/decisions/016 and 017).
import { AsyncLocalStorage } from "node:async_hooks";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import nextEnv from "@next/env";
import compression from "compression";
import next from "next";
import { processDatabase } from "../lib/db/client";
import { HOME_VARY } from "../lib/i18n/home-language";
import { localeOfPath } from "../lib/i18n/routing";
import { refusalPageHtml, refusalText, type RefusalKind } from "../lib/routing/refusal-page";
import { markClientAddressResolved } from "../lib/routing/client-address-mark";
import { bodyLimitFor, checkBodySize, peekBody } from "./body-limit";
import { compileTrustProxy, overwriteForwardedHeaders, resolveForwarding } from "./client-address";
import { policyCache } from "./csp";
import { holdResponse, isHtml } from "./html-response";
import { startPageCacheSync } from "./page-cache-sync";
import { isTextActionCall, refuseTextActionBody, refuseUndecodablePath, refuseWrite, type Refusal, type SiteOrigin } from "./refusals";

const dev = process.argv.includes("--dev");
// Next reads .env itself, but only once `next()` runs; the settings are needed before that.
nextEnv.loadEnvConfig(process.cwd(), dev, { info: () => {}, error: console.error });
const { env } = await import("../lib/env");

const trustProxy = compileTrustProxy(env.TRUST_PROXY);
const appOrigin = new URL(env.APP_URL).origin;
const distDir = process.env.NEXT_DIST_DIR || ".next";

// Ids of the build's server actions: a request naming another id is refused before Next sees it
// (Next answers it too, but logs a stack trace each time). Unknown in `next dev`: they change.
function loadActionIds(): Set<string> | undefined {
  if (dev) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
      node?: Record<string, unknown>;
      edge?: Record<string, unknown>;
    };
    return new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
  } catch {
    return undefined;
  }
}

interface RequestContext {
  /** A write to a page: may be a server action. */
  pageWrite: boolean;
  /** Set when Next failed the action because its body could not be decoded. */
  malformed?: string;
}
const requests = new AsyncLocalStorage<RequestContext>();

// Errors React or Next throw while decoding a server action's body, before any code of ours
// runs; Next answers them with a 500 and a stack trace. Anything else stays a 500: a bug.
const MALFORMED_ACTION = [
  /^Invalid forward reference/,
  /^Connection closed/,
  /^Unexpected end of form/,
  /^Unexpected end of JSON input/,
  /^Failed to parse body as FormData/,
  /^Malformed part header/,
  /^Multipart: Boundary not found/,
  /^Server Action arguments list is too long/,
  /^Invalid Server Actions? request/,
  /^The Server Reference ID did not match/,
  /^Failed to find Server Action/,
];

function isMalformedActionError(error: Error): boolean {
  if (MALFORMED_ACTION.some((pattern) => pattern.test(error.message))) return true;
  // A JSON.parse failure inside React's decoder (our own code never parses the wire format).
  if (error.name !== "SyntaxError") return false;
  const frames = (error.stack ?? "").split("\n").slice(1);
  return frames.length > 0 && frames.every((frame) => !frame.includes(join(distDir, "server")));
}

// Next logs a failed decode with console.error or console.warn, with a stack. Inside a write to
// a page, such a failure is recorded instead, and the answer becomes one 400 and one log line.
for (const level of ["error", "warn"] as const) {
  const print = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    const context = requests.getStore();
    const error = args.find((arg): arg is Error => arg instanceof Error);
    if (context?.pageWrite && error && isMalformedActionError(error)) {
      context.malformed ??= `${error.name}: ${(error.message.split("\n")[0] ?? "").slice(0, 100)}`;
      return;
    }
    print(...args);
  };
}

// Where a refusal is logged: the route, never the sender, and never a token in the path.
function routeForLog(req: IncomingMessage): string {
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  const segments = path.split("/").filter(Boolean);
  return `/${segments.slice(0, 2).join("/")}${segments.length > 2 ? "/…" : ""}`;
}

function logRefusal(req: IncomingMessage, status: number, reason: string) {
  console.warn(`[refused] ${status} ${req.method} ${routeForLog(req)}: ${reason}`);
}

function wantsHtml(req: IncomingMessage): boolean {
  const accept = req.headers.accept ?? "";
  return accept.includes("text/html") && req.headers["next-action"] === undefined;
}

/** The refusal body: the styled page for a browser's form post, one sentence for scripts; in the path's language. */
function refusalBody(req: IncomingMessage, kind: RefusalKind): { type: string; body: string } {
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  return wantsHtml(req)
    ? { type: "text/html; charset=utf-8", body: refusalPageHtml(kind, pathname) }
    : { type: "text/plain; charset=utf-8", body: `${refusalText(kind, localeOfPath(pathname))}\n` };
}

function refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal, readsBody: boolean) {
  logRefusal(req, refusal.status, refusal.reason);
  const { type, body } = refusalBody(req, refusal.message as RefusalKind);
  res.statusCode = refusal.status;
  res.setHeader("Content-Type", type);
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.setHeader("Cache-Control", "no-store");
  // Next's client router reloads the page when it sees this header (a form from an older build).
  if (refusal.message === "staleForm") res.setHeader("x-nextjs-action-not-found", "1");
  // The rest of an unread body is not worth reading: close the connection after answering.
  if (!readsBody) res.setHeader("Connection", "close");
  res.end(body);
}

const securityHeaders = (https: boolean): [string, string][] => [
  ["Referrer-Policy", "no-referrer"],
  ...(https ? ([["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]] as [string, string][]) : []),
];

const compress = compression();
const policyFor = policyCache({ development: dev });

function isPageWrite(req: IncomingMessage, pathname: string): boolean {
  const method = req.method ?? "GET";
  return method !== "GET" && method !== "HEAD" && method !== "OPTIONS" && !pathname.startsWith("/api/") && !pathname.startsWith("/_next/");
}

export async function startServer() {
  const app = next({ dev, dir: process.cwd(), port: env.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Loaded once Next has set up its server runtime: next/server needs its AsyncLocalStorage.
  const { routePageRequest } = await import("./page-routing");
  markClientAddressResolved();
  startPageCacheSync(processDatabase(env.DATABASE_URL));
  const actionIds = loadActionIds();

  const server = createServer(async (req, res) => {
    const forwarding = resolveForwarding(req, trustProxy);
    overwriteForwardedHeaders(req, forwarding);
    const site: SiteOrigin = {
      appOrigin,
      requestOrigin: forwarding.host ? `${forwarding.proto}://${forwarding.host}` : undefined,
    };
    const https = forwarding.proto === "https" || appOrigin.startsWith("https:");
    for (const [name, value] of securityHeaders(https)) res.setHeader(name, value);
    const pathname = (req.url ?? "/").split("?")[0] ?? "/";

    const badPath = refuseUndecodablePath(pathname);
    if (badPath) return refuse(req, res, badPath, false);

    const bodyLimit = bodyLimitFor(pathname);
    const size = await checkBodySize(req, bodyLimit);
    if (size === "aborted") return void res.destroy();
    if (size === "too-large")
      return refuse(req, res, { status: 413, message: "tooLarge", reason: `body over ${bodyLimit / 1024} KB` }, false);

    const pageWrite = isPageWrite(req, pathname);
    if (pageWrite) {
      const refusal = refuseWrite(req, site, actionIds);
      if (refusal) return refuse(req, res, refusal, false);
      if (isTextActionCall(req)) {
        const body = await peekBody(req, bodyLimit);
        if (body === "aborted") return void res.destroy();
        if (body === "too-large")
          return refuse(req, res, { status: 413, message: "tooLarge", reason: `body over ${bodyLimit / 1024} KB` }, false);
        const malformed = refuseTextActionBody(body);
        if (malformed) return refuse(req, res, malformed, true);
      }
      // This server has checked where the write comes from (a page with Referrer-Policy
      // no-referrer sends Origin: null). Next checks again against X-Forwarded-Host: tell it.
      if (site.requestOrigin) req.headers.origin = site.requestOrigin;
    }

    // Locale prefixes, unknown pages, the home page's language, a shared link's referral.
    try {
      if (!(await routePageRequest(req, res, site.requestOrigin ?? appOrigin))) return;
    } catch (error) {
      // The router reads the list of pages from the database: without it, no page can be served.
      console.error(
        `[server] page routing failed for ${routeForLog(req)}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
      );
      res.statusCode = 503;
      res.setHeader("Retry-After", "5");
      res.setHeader("Cache-Control", "no-store");
      return void res.end();
    }

    const context: RequestContext = { pageWrite };
    requests.run(context, () =>
      compress(req as never, res as never, () => {
        holdResponse(res, {
          hold: (status, contentType) => status === 304 || isHtml(contentType),
          finish: (html, response) => {
            // A 304 (or a HEAD) has no body to hash, and a browser stores a 304's headers over
            // those of its cached page: a policy without the hashes would block its scripts.
            if (response.statusCode === 304 || req.method === "HEAD") response.removeHeader("Content-Security-Policy");
            else response.setHeader("Content-Security-Policy", policyFor(html));
            // The bare home page depends on the browser's languages (lib/routing/page-proxy.ts); Next writes its own
            // Vary over the proxy's, so it is added here, where the page's headers are final.
            if (pathname === "/") response.setHeader("Vary", [response.getHeader("Vary"), HOME_VARY].filter(Boolean).join(", "));
            return html;
          },
        });
        if (pageWrite) {
          // A failed action is a 500 from Next: hold it, and answer 400 if it failed to decode.
          holdResponse(res, {
            hold: (status) => status === 500,
            finish: (body, response) => {
              if (!context.malformed) return body;
              logRefusal(req, 400, `malformed server action (${context.malformed})`);
              const refusal = refusalBody(req, "malformed");
              for (const name of response.getHeaderNames()) if (name.startsWith("x-nextjs") || name === "vary") response.removeHeader(name);
              response.statusCode = 400;
              response.setHeader("Content-Type", refusal.type);
              response.setHeader("Cache-Control", "no-store");
              return Buffer.from(refusal.body);
            },
          });
        }
        void handle(req, res);
      }),
    );
  });
  // Node closes an idle kept-alive connection after 5 s; a client (or a proxy in front) that sends
  // on it just then gets a reset instead of an answer. Longer than the usual proxy idle time (60 s).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(env.PORT, env.HOST, () => {
    console.log(`[server] ${dev ? "Development" : "Production"} server on ${env.HOST}:${env.PORT}; public address ${env.APP_URL}`);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.close();
      void app.close().finally(() => process.exit(0));
    });
  }
  return server;
}

await startServer();
