import { serializeJsonLd } from "@/lib/seo/json-ld";

/** Structured data for search engines; the JSON is escaped so no text in it can close the script. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
