import { ogLocale, siteCard } from "@/lib/og/cards";
import { ogImageResponse } from "@/lib/og/render";

// The link-preview image of the pages that are not about one person, petition or update, in the
// language `?lang=` names (English without it); another language answers 404.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const locale = ogLocale(new URL(request.url).searchParams);
  return ogImageResponse(locale && siteCard(locale), request);
}
