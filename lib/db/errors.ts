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

/** SQLite refused a write because another connection held or had just taken the lock (Prisma's P1008 on SQLite). */
export function isBusy(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^(P1008|SQLITE_BUSY)/.test(code);
}

/**
 * Runs a step again when SQLite said busy: a transaction that read and then wrote is refused at
 * once when the process's other connection (the signing writer, the rate limiter) committed in
 * between, and busy_timeout cannot help that case (docs/decisions/041). Only for idempotent steps;
 * a refused transaction changed nothing.
 */
export async function whileBusy<T>(step: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (!isBusy(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * attempt + Math.random() * 50));
    }
  }
}
