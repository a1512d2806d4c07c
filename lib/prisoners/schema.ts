import { z } from "zod";
import { PrisonerStatus } from "../generated/prisma/enums";

export const PRISONER_STATUSES = Object.values(PrisonerStatus) as [PrisonerStatus, ...PrisonerStatus[]];
export const PRISONERS_PER_PAGE = 24;

// Search state lives in the URL (?q=, ?status=, ?page=) so a search can be shared.
export const prisonerSearchSchema = z.object({
  q: z.string().trim().max(100, "the search is longer than 100 characters").default(""),
  status: z.enum(PRISONER_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export type PrisonerSearch = z.infer<typeof prisonerSearchSchema>;

type RawParams = Record<string, string | string[] | undefined>;

/** Reads the search from URL parameters; a bad parameter falls back to "everyone" with a reason. */
export function parsePrisonerSearch(params: RawParams): { search: PrisonerSearch; error?: string } {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const raw = {
    q: first(params.q),
    status: first(params.status) || undefined,
    page: first(params.page) || undefined,
  };
  const parsed = prisonerSearchSchema.safeParse(raw);
  if (parsed.success) return { search: parsed.data };
  return {
    search: { q: "", page: 1 },
    error: parsed.error.issues.map((issue) => issue.message).join("; "),
  };
}
