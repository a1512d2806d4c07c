import type { Database } from "../db/client";
import { testProvider } from "./database";

// Test-only SQL that SQLite and PostgreSQL spell differently, so a test states its intent once.

const onPostgresql = () => testProvider() === "postgresql";

/** Makes every `event` on `table` fail as a database refusing writes would, until `undo` is called. */
export async function refuseWritesTo(db: Database, table: string, event: "INSERT" | "UPDATE", message: string): Promise<() => Promise<void>> {
  const name = `refuse_${table}_${event}`.toLowerCase();
  if (onPostgresql()) {
    await db.$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${message}'; END $$`,
    );
    await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE ${event} ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${name}()`);
    return async () => {
      await db.$executeRawUnsafe(`DROP TRIGGER ${name} ON "${table}"`);
      await db.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
    };
  }
  await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE ${event} ON "${table}" BEGIN SELECT RAISE(ABORT, '${message}'); END`);
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER ${name}`);
  };
}

/** The names of a table's columns, as the database holds them. */
export async function columnNames(db: Database, table: string): Promise<string[]> {
  const rows = onPostgresql()
    ? await db.$queryRawUnsafe<{ name: string }[]>(
        `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
        table,
      )
    : await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pragma_table_info(?)`, table);
  return rows.map((row) => row.name).sort();
}
