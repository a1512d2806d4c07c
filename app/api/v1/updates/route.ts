import { openDataError, openDataJson, openDataOptions } from "@/lib/open-data/http";
import { updateSummary } from "@/lib/open-data/serialize";
import { listUpdates } from "@/lib/updates/queries";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const params = [...new URL(request.url).searchParams.keys()];
  if (params.length) return openDataError(400, `This list takes no parameters (got ${params.join(", ")}).`);
  const updates = await listUpdates();
  return openDataJson({ data: updates.map(updateSummary) }, 300);
}

export const OPTIONS = openDataOptions;
