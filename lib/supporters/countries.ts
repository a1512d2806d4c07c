import countries from "i18n-iso-countries";
import be from "i18n-iso-countries/langs/be.json";
import en from "i18n-iso-countries/langs/en.json";
import ru from "i18n-iso-countries/langs/ru.json";

// ISO 3166-1 alpha-2 codes with names in the reader's language.
for (const names of [en, be, ru]) countries.registerLocale(names);

const CODES = new Set(Object.keys(countries.getAlpha2Codes()));

export function isCountryCode(code: string): boolean {
  return CODES.has(code);
}

export function countryName(code: string, locale: string): string {
  return countries.getName(code, locale, { select: "official" }) ?? code;
}

export function countryOptions(locale: string): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale);
  return [...CODES].map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => collator.compare(a.name, b.name));
}
