import { cardFor, ogLocale } from "@/lib/og/cards";
import { ogImageResponse } from "@/lib/og/render";

// /og/prisoners/<slug>, /og/petitions/<slug>, /og/updates/<slug> (?lang=be or ?lang=ru for the
// Belarusian and Russian image): the link-preview image, drawn from current data on every request
// (docs/decisions/011, 037). Unknown kinds, slugs and languages answer 404.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ kind: string; slug: string }> }) {
  const { kind, slug } = await params;
  const locale = ogLocale(new URL(request.url).searchParams);
  return ogImageResponse(locale && (await cardFor(kind, slug, locale)), request);
}
