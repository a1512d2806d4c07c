import { createTranslator } from "next-intl";
import be from "../i18n/messages/be.json";
import en from "../i18n/messages/en.json";
import ru from "../i18n/messages/ru.json";
import type { Locale } from "../i18n/routing";
import { testRequest } from "./next-headers";

// Test support: next-intl/server reads the request's language from what its proxy and Next's
// build set up, neither of which exists in Vitest. This stand-in (an alias in vitest.config.ts)
// answers from `testRequest.locale`, the language of the page a test posts from, with the real
// catalogues.

const CATALOGUES: Record<Locale, typeof en> = { en, be: be as typeof en, ru: ru as typeof en };

export async function getLocale(): Promise<Locale> {
  return testRequest.locale;
}

export async function getTranslations(options?: string | { locale?: Locale; namespace?: string }) {
  const { locale = testRequest.locale, namespace } = typeof options === "string" ? { namespace: options } : (options ?? {});
  return createTranslator({ locale, messages: CATALOGUES[locale], namespace: namespace as never });
}

export function setRequestLocale(): void {}
