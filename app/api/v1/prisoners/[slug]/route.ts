import { openDataError, openDataJson, openDataOptions } from "@/lib/open-data/http";
import { prisonerDetail } from "@/lib/open-data/serialize";
import { getPrisonerProfile } from "@/lib/prisoners/queries";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return openDataError(400, "A profile's slug is lower-case letters, digits and hyphens.");
  const person = await getPrisonerProfile(slug);
  if (!person) return openDataError(404, `No profile with the slug "${slug}".`);
  return openDataJson({ data: prisonerDetail(person) }, 60);
}

export const OPTIONS = openDataOptions;
