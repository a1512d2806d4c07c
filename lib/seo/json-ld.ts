import type { Locale } from "../i18n/routing";

// Structured data (schema.org, JSON-LD) for profiles and updates. Rendered inside a <script>
// element by components/seo/JsonLd.tsx, so it is serialized with serializeJsonLd only.

type JsonLd = Record<string, unknown>;

/**
 * JSON that is safe inside <script>: "<" (so no "</script>" or "<!--" can end or change the element),
 * ">", "&" and the line separators JavaScript once rejected are written as \u escapes, which any
 * JSON parser reads back as the same characters.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

interface ProfileFacts {
  nameLatin: string;
  nameBelarusian: string | null;
  nameRussian: string | null;
  spellings: { value: string }[];
}

/**
 * A profile as a schema.org ProfilePage in the page's language, about a Person: the Latin name,
 * and the Cyrillic names and every other spelling as alternateName (search finds any of them).
 */
export function profileJsonLd(person: ProfileFacts, page: { url: string; locale: Locale }, image: { url: string } | null): JsonLd {
  const others = [person.nameBelarusian, person.nameRussian, ...person.spellings.map((s) => s.value)];
  const alternateName = [...new Set(others)].filter((name): name is string => Boolean(name) && name !== person.nameLatin);
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url: page.url,
    inLanguage: page.locale,
    mainEntity: {
      "@type": "Person",
      name: person.nameLatin,
      ...(alternateName.length > 0 ? { alternateName } : {}),
      ...(image ? { image: image.url } : {}),
    },
  };
}

/**
 * An update as a schema.org NewsArticle, published by the campaign. Its language is the one its
 * text is shown in: the page's, or English where the text is not yet translated.
 */
export function updateJsonLd(
  update: { title: string; publishedAt: Date; updatedAt: Date; untranslated?: readonly string[] },
  page: { url: string; locale: Locale },
  image: { url: string } | null,
  publisher: { name: string; url: string },
): JsonLd {
  const url = page.url;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    inLanguage: update.untranslated?.includes("body") ? "en" : page.locale,
    headline: update.title,
    datePublished: update.publishedAt.toISOString(),
    dateModified: update.updatedAt.toISOString(),
    ...(image ? { image: [image.url] } : {}),
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    publisher: { "@type": "Organization", name: publisher.name, url: publisher.url },
  };
}
