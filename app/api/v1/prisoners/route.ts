import { openDataError, openDataJson, openDataOptions } from "@/lib/open-data/http";
import { prisonerSummary } from "@/lib/open-data/serialize";
import { searchPrisoners } from "@/lib/prisoners/queries";
import { parsePrisonerSearch, PRISONERS_PER_PAGE } from "@/lib/prisoners/schema";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const unknown = Object.keys(params).filter((name) => !["q", "status", "page"].includes(name));
  if (unknown.length) return openDataError(400, `Unknown parameter: ${unknown.join(", ")}. Use q, status and page.`);
  const { search, error } = parsePrisonerSearch(params);
  if (error) return openDataError(400, `Bad parameter: ${error}.`);
  const result = await searchPrisoners(search);
  return openDataJson(
    {
      data: result.items.map(prisonerSummary),
      meta: { page: result.page, perPage: PRISONERS_PER_PAGE, total: result.total, pageCount: result.pageCount },
    },
    60,
  );
}

export const OPTIONS = openDataOptions;
