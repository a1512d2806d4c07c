import { CATALOGUES } from "../i18n/catalogues";
import { localeOfPath, type Locale } from "../i18n/routing";

// The page a refused request gets (a body too large, a form sent from another site...): plain
// HTML with no script, so it reads the same with or without JavaScript. Used by the custom
// server (server/index.ts). The refusal comes before routing, so its language is read from the
// path's prefix (/be/..., /ru/...), as routing would read it.

export const REFUSAL_KINDS = [
  "tooLarge",
  "forbiddenOrigin",
  "methodNotAllowed",
  "unsupportedType",
  "malformed",
  "staleForm",
  "badAddress",
] as const;

export type RefusalKind = (typeof REFUSAL_KINDS)[number];

/** The sentence a refusal shows, in a language: the form's own "too large" message, or refusals.<kind>. */
export function refusalText(kind: RefusalKind, locale: Locale): string {
  const messages = CATALOGUES[locale];
  return kind === "tooLarge" ? messages.forms.errors.tooLarge : messages.refusals[kind];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The refusal page for a request to `pathname`, in the language of its prefix. */
export function refusalPageHtml(kind: RefusalKind, pathname: string): string {
  const locale = localeOfPath(pathname);
  const text = escapeHtml(refusalText(kind, locale));
  const home = locale === "en" ? "/" : `/${locale}`;
  return `<!doctype html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text}</title><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>${text}</h1><p><a href="${home}">${escapeHtml(CATALOGUES[locale].notFound.home)}</a></p></body></html>`;
}
