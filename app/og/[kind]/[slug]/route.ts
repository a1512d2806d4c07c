import { cardFor } from "@/lib/og/cards";
import { ogImageResponse } from "@/lib/og/render";

// /og/prisoners/<slug>, /og/petitions/<slug>, /og/updates/<slug>: the link-preview image, drawn from
// current data on every request (docs/decisions/011). Unknown kinds and slugs answer 404.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ kind: string; slug: string }> }) {
  const { kind, slug } = await params;
  return ogImageResponse(await cardFor(kind, slug), request);
}
