import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { classifyPath, UNMATCHED_PATH } from "./lib/routing/missing-pages";

const handleLocale = createMiddleware(routing);

// Routing only, never access control: maps "/prisoners" to the [locale] segment, and sends
// requests for pages that do not exist to the styled 404.
export default async function proxy(request: NextRequest) {
  switch (await classifyPath(request.nextUrl.pathname)) {
    case "missing":
      return NextResponse.rewrite(new URL(`/${routing.defaultLocale}${UNMATCHED_PATH}`, request.url));
    case "outside-locale":
      return NextResponse.next();
    case "localized":
      return handleLocale(request);
  }
}

export const config = {
  // Everything but API routes, staff pages and Next's own files.
  matcher: "/((?!api|admin|_next|_vercel).*)",
};
