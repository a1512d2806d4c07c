import { createTranslator } from "next-intl";
import { CATALOGUES } from "../i18n/catalogues";
import type { Locale } from "../i18n/routing";
import { testRequest } from "./next-headers";

// Test support: next-intl/server reads the request's language from what its proxy and Next's
// build set up, neither of which exists in Vitest. This stand-in (an alias in vitest.config.ts)
// answers from `testRequest.locale`, the language of the page a test posts from, with the real
// catalogues.

export async function getLocale(): Promise<Locale> {
  return testRequest.locale;
}

export async function getTranslations(options?: string | { locale?: Locale; namespace?: string }) {
  const { locale = testRequest.locale, namespace } = typeof options === "string" ? { namespace: options } : (options ?? {});
  return createTranslator({ locale, messages: CATALOGUES[locale], namespace: namespace as never });
}

export function setRequestLocale(): void {}
