import { randomUUID } from "node:crypto";
import { join } from "node:path";

/** URL of a new, empty SQLite file under data/test/ (removed after the run). */
export function freshDatabaseUrl(): string {
  return `file:${join(process.cwd(), "data", "test", `fresh-${randomUUID()}.db`)}`;
}
