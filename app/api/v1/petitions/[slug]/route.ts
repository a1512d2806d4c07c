import { openDataError, openDataJson, openDataOptions } from "@/lib/open-data/http";
import { petitionDetail } from "@/lib/open-data/serialize";
import { getPetition } from "@/lib/petitions/queries";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return openDataError(400, "A petition's slug is lower-case letters, digits and hyphens.");
  const petition = await getPetition(slug);
  if (!petition) return openDataError(404, `No petition with the slug "${slug}".`);
  // Counts change by the second; a short cache keeps a viral petition's API cheap.
  return openDataJson({ data: petitionDetail(petition) }, 10);
}

export const OPTIONS = openDataOptions;
