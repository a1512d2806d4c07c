import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { HOME_VARY, homeLanguage } from "./lib/i18n/home-language";
import { LOCALE_HEADER, localeOfPath, routing } from "./lib/i18n/routing";
import { REFERRAL_COOKIE, REFERRAL_COOKIE_SECONDS, referralCookieValue, referralFromSearchParams } from "./lib/referrals/referral";
import { classifyPath, UNMATCHED_PATH } from "./lib/routing/missing-pages";
import { refusalPageHtml } from "./lib/routing/refusal-page";

const handleLocale = createMiddleware(routing);

// Routing only, never access control: maps "/prisoners" to the [locale] segment, and sends
// requests for pages that do not exist to the styled 404.
export default async function proxy(request: NextRequest) {
  if (isOversized(request)) return tooLarge(request);
  switch (await classifyPath(request.nextUrl.pathname)) {
    case "missing":
      return notFoundPage(request);
    case "outside-locale":
      return NextResponse.next();
    case "localized":
      return rememberReferral(request, request.nextUrl.pathname === "/" ? homePage(request) : handleLocale(request));
    case "feed":
      return READ_METHODS.has(request.method) ? handleLocale(request) : feedMethodAnswer(request);
  }
}

// The feeds (app/[locale]/updates/feed.xml) take GET and HEAD only. Other methods are answered
// here: Next's own OPTIONS answer to a cached route handler is stored as the route's page (a 204
// that every later GET then fails to replay, a 500).
const READ_METHODS = new Set(["GET", "HEAD"]);
const FEED_ALLOW = "GET, HEAD, OPTIONS";

function feedMethodAnswer(request: NextRequest): NextResponse {
  if (request.method === "OPTIONS") return new NextResponse(null, { status: 204, headers: { Allow: FEED_ALLOW } });
  return new NextResponse(null, { status: 405, headers: { Allow: FEED_ALLOW } });
}

// The 404 page in the language of the path's prefix: /be/nothing is a Belarusian 404. The page
// (app/global-not-found.tsx) reads the language the way next-intl passes it to every page.
function notFoundPage(request: NextRequest): NextResponse {
  const locale = localeOfPath(request.nextUrl.pathname);
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, locale);
  return NextResponse.rewrite(new URL(`/${locale}${UNMATCHED_PATH}`, request.url), { request: { headers } });
}

// The bare home page alone follows the browser's languages (lib/i18n/home-language.ts); both
// answers say so in Vary, so a shared cache keeps the English page and the redirects apart.
function homePage(request: NextRequest): NextResponse {
  const locale = homeLanguage(request.headers);
  const response = locale ? NextResponse.redirect(new URL(`/${locale}${request.nextUrl.search}`, request.url), 307) : handleLocale(request);
  response.headers.set("Vary", HOME_VARY);
  return response;
}

// A shared link's referral (?ref=…&ch=…) is kept in a first-party cookie for an hour, so it
// reaches the sign form even without JavaScript and the page itself stays cached (the same HTML
// for all). The sign action never deletes it: touching cookies there halves signing throughput.
function rememberReferral(request: NextRequest, response: NextResponse): NextResponse {
  const referral = referralFromSearchParams(request.nextUrl.searchParams);
  if (!referral) return response;
  response.cookies.set(REFERRAL_COOKIE, referralCookieValue(referral), {
    httpOnly: true,
    sameSite: "lax",
    secure: request.nextUrl.protocol === "https:",
    path: "/",
    maxAge: REFERRAL_COOKIE_SECONDS,
  });
  return response;
}

// Every form here is small. The custom server (server/index.ts) counts every body and refuses
// one over 64 KB before Next reads it; this check stays for a process started without it.
export const MAX_FORM_BYTES = 64 * 1024;

function isOversized(request: NextRequest): boolean {
  if (request.method !== "POST") return false;
  const length = Number(request.headers.get("content-length") ?? 0);
  return length > MAX_FORM_BYTES;
}

function tooLarge(request: NextRequest): NextResponse {
  return new NextResponse(refusalPageHtml("tooLarge", request.nextUrl.pathname), {
    status: 413,
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
}

export const config = {
  // Everything but API routes, staff pages and Next's own files.
  matcher: "/((?!api|admin|_next|_vercel).*)",
};
