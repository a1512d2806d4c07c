import { siteCard } from "@/lib/og/cards";
import { ogImageResponse } from "@/lib/og/render";

// The link-preview image of the pages that are not about one person, petition or update.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return ogImageResponse(siteCard(), request);
}
