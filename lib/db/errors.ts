import { Prisma } from "../generated/prisma/client";

/** A known Prisma error by code: P2002 a unique value taken, P2025 a row that is no longer there. */
export function isPrismaError(error: unknown, code: "P2002" | "P2025"): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}

/**
 * What a failed save means for the form; anything unexpected is thrown again. P2025 says the row
 * the write was conditioned on is not there: "conflict" where the condition is the version read
 * (someone changed it meanwhile), "not-found" where it is only the id.
 */
export function saveFailure(error: unknown, rowMissing: "conflict" | "not-found"): { outcome: "slug-taken" | "conflict" | "not-found" } {
  if (isPrismaError(error, "P2002")) return { outcome: "slug-taken" };
  if (isPrismaError(error, "P2025")) return { outcome: rowMissing };
  throw error;
}
