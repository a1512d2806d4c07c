import { databaseKind } from "../database-url";
import { env } from "../env";

/**
 * A `contains` filter that ignores case on both providers. SQLite's LIKE ignores ASCII case by
 * itself; PostgreSQL's is case-sensitive, and Prisma's `mode: "insensitive"` (ILIKE, which also
 * folds Cyrillic) exists only there, so the SQLite client's types do not know it.
 */
export function containsIgnoringCase(text: string): { contains: string } {
  if (databaseKind(env.DATABASE_URL) === "postgresql") return { contains: text, mode: "insensitive" } as { contains: string };
  return { contains: text };
}
