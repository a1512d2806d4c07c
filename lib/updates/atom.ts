import type { Locale } from "../i18n/routing";
import { bodyToPlainText } from "./body";

export interface FeedEntry {
  slug: string;
  title: string;
  summary: string;
  body: string;
  publishedAt: Date;
  updatedAt: Date;
  /** The fields still in English in a Belarusian or Russian feed (no translation yet). */
  untranslated?: readonly string[];
}

export interface FeedInfo {
  appUrl: string;
  /** The feed's language: its xml:lang, and the language of every text not marked otherwise. */
  locale: Locale;
  title: string;
  subtitle: string;
  /** Path of the updates page for the locale, e.g. "/updates" or "/be/updates". */
  updatesPath: string;
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids are dropped rather than breaking every reader.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "").replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** An Atom 1.0 document (RFC 4287) of campaign updates in one language. */
export function buildAtomFeed(info: FeedInfo, entries: FeedEntry[]): string {
  const base = `${info.appUrl}${info.updatesPath}`;
  const newest = entries.reduce((max, e) => (e.updatedAt > max ? e.updatedAt : max), new Date(0));
  const items = entries.map((entry) => {
    const url = `${base}/${entry.slug}`;
    // A text shown in English on a Belarusian or Russian feed says so, as the page marks it lang="en".
    const lang = (field: string) => (info.locale !== "en" && entry.untranslated?.includes(field) ? ' xml:lang="en"' : "");
    return `  <entry>
    <id>${escapeXml(url)}</id>
    <title${lang("title")}>${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <published>${entry.publishedAt.toISOString()}</published>
    <updated>${entry.updatedAt.toISOString()}</updated>
    <summary${lang("summary")}>${escapeXml(entry.summary)}</summary>
    <content type="text"${lang("body")}>${escapeXml(bodyToPlainText(entry.body))}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${info.locale}">
  <id>${escapeXml(`${base}/feed.xml`)}</id>
  <title>${escapeXml(info.title)}</title>
  <subtitle>${escapeXml(info.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(`${base}/feed.xml`)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(base)}"/>
  <updated>${newest.toISOString()}</updated>
${items.join("\n")}
</feed>
`;
}
