import { hasLocale, useLocale } from "next-intl";
import type { ReactNode } from "react";
import { routing } from "@/lib/i18n/routing";
import { feedPath } from "@/lib/paths";

/** A plain link to the Atom feed of the page's language (a route, not a page: never a client-side navigation). */
export function FeedLink({ className, children }: { className: string; children: ReactNode }) {
  const locale = useLocale();
  return (
    <a
      href={feedPath(hasLocale(routing.locales, locale) ? locale : routing.defaultLocale)}
      type="application/atom+xml"
      className={className}
    >
      {children}
    </a>
  );
}
