import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { HOME_VARY, homeLanguage } from "../i18n/home-language";
import { LOCALE_HEADER, localeOfPath, routing } from "../i18n/routing";
import { REFERRAL_COOKIE, REFERRAL_COOKIE_SECONDS, referralCookieValue, referralFromSearchParams } from "../referrals/referral";
import { classifyPath, UNMATCHED_PATH } from "./missing-pages";

const handleLocale = createMiddleware(routing);

// Routing only, never access control: maps "/prisoners" to the [locale] segment, and sends
// requests for pages that do not exist to the styled 404. Written as Next middleware (next-intl's
// is one), but run by the custom server before Next sees the request (server/page-routing.ts,
// docs/decisions/045): as Next's proxy it cost about a third of every page view.
export async function routePage(request: NextRequest): Promise<NextResponse> {
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

/** Whether a path goes through the page router: everything but API routes, staff pages and Next's own files. */
export function isRoutedPath(pathname: string): boolean {
  return !/^\/(api|admin|_next|_vercel)/.test(pathname);
}
