// The page router (lib/routing/page-proxy.ts) run by this server before Next sees a request,
// instead of as Next's proxy (docs/decisions/045). Next's proxy machinery (its request wrapper, a
// copy of every posted body, the rewrite's second routing pass) cost about a third of a page view;
// here a request costs the router's own work and one URL change.
//
// The router answers as Next middleware does, and its answer is applied the way Next applies one:
// a rewrite (`x-middleware-rewrite`) or a pass (`x-middleware-next`) changes the request's URL and
// the request headers it names (`x-middleware-override-headers`, `x-middleware-request-*`) and
// adds its response headers (a cookie, Vary); anything else (a redirect, a 405) is the answer.
import type { IncomingMessage, ServerResponse } from "node:http";
import { NextRequest } from "next/server";
import { isRoutedPath, routePage } from "../lib/routing/page-proxy";

const MIDDLEWARE_HEADER = /^x-middleware-/;

/** Routes a page request; false when the router answered it itself (the response is sent). */
export async function routePageRequest(req: IncomingMessage, res: ServerResponse, origin: string): Promise<boolean> {
  const url = new URL(req.url ?? "/", origin);
  if (!isRoutedPath(url.pathname)) return true;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  // The router reads the method, the URL and the headers, never the body.
  const request = new NextRequest(url, { method: req.method, headers });
  const answer = await routePage(request);

  const rewrite = answer.headers.get("x-middleware-rewrite");
  if (rewrite === null && answer.headers.get("x-middleware-next") !== "1") {
    // Next's URL names 127.0.0.1 "localhost": the router's redirects are made from it.
    await send(answer, res, request.nextUrl.origin);
    return false;
  }
  if (rewrite !== null) {
    const target = new URL(rewrite, origin);
    req.url = `${target.pathname}${target.search}`;
  }
  for (const name of answer.headers.get("x-middleware-override-headers")?.split(",") ?? []) {
    const value = answer.headers.get(`x-middleware-request-${name}`);
    if (value !== null) req.headers[name] = value;
  }
  for (const cookie of answer.headers.getSetCookie()) res.appendHeader("Set-Cookie", cookie);
  answer.headers.forEach((value, name) => {
    if (!MIDDLEWARE_HEADER.test(name) && name !== "set-cookie") res.setHeader(name, value);
  });
  return true;
}

async function send(answer: Response, res: ServerResponse, origin: string) {
  res.statusCode = answer.status;
  for (const cookie of answer.headers.getSetCookie()) res.appendHeader("Set-Cookie", cookie);
  answer.headers.forEach((value, name) => {
    if (name === "set-cookie" || MIDDLEWARE_HEADER.test(name)) return;
    // As Next does: a redirect within the site names the path only.
    res.setHeader(name, name === "location" ? sameSiteRelative(value, origin) : value);
  });
  res.end(Buffer.from(await answer.arrayBuffer()));
}

function sameSiteRelative(location: string, origin: string): string {
  const target = new URL(location, origin);
  return target.origin === origin ? `${target.pathname}${target.search}${target.hash}` : location;
}
