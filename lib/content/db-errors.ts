import { Prisma } from "../generated/prisma/client";

/** A known Prisma error by code: P2002 a unique value taken, P2025 a row that is no longer there. */
export function isPrismaError(error: unknown, code: "P2002" | "P2025"): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}
