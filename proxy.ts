import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

// Maps "/prisoners" to the [locale] segment. Only routing lives here, never access control.
export default createMiddleware(routing);

export const config = {
  // Everything but API routes, staff pages, Next's own files and files with an extension.
  matcher: "/((?!api|admin|_next|_vercel|.*\\..*).*)",
};
